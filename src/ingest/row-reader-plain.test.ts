// RowReader.readPlain and the plain-row scanner (plain-rows.ts, on a UTF-8 file's bytes) are shortcuts for the
// common row of a big export: a file read with them must be exactly the file read without them (every row
// through `read`), whatever its rows hold and wherever its chunks are cut.

import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { HEADERS } from "../../bench/generate.js";
import { PLANTED_RRN } from "../report/test-report-input.js";
import { compileProfile } from "./compile-profile.js";
import { type IngestOptions, ingestFile, type ReadFile } from "./ingest-file.js";
import { bufferInput, type InputFile } from "./input-file.js";
import { plainRowScannerAvailable } from "./plain-rows.js";
import { buildProfiles } from "./profile-registry.js";
import { RecordEncoder } from "./record-columns.js";
import { RowReader } from "./row-reader.js";
import { chunksOf } from "./test-chunks.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);
const AS_OF_DAY = 20_779; // 2026-11-22

const profiles = buildProfiles([]).map(compileProfile);

/** The bytes as a file read in chunks cut at `cuts` (offsets; those outside the bytes are ignored). */
function chunkedInput(bytes: Uint8Array, cuts: readonly number[]): InputFile {
  return { ...bufferInput("test.csv", null, bytes), read: () => chunksOf(bytes, cuts) };
}

/** A file read with the scanner, and the lines of the rows the scanner encoded itself. */
async function scanned(text: string, cuts: number[] = []): Promise<{ file: ReadFile; lines: number[] }> {
  const lines: number[] = [];
  const addPlain = RecordEncoder.prototype.addPlain;
  const spy = vi.spyOn(RecordEncoder.prototype, "addPlain").mockImplementation(function (
    this: RecordEncoder,
    ...args: Parameters<RecordEncoder["addPlain"]>
  ) {
    lines.push(args[1]);
    addPlain.apply(this, args);
  });
  try {
    return { file: await ingest(text, true, true, cuts), lines };
  } finally {
    spy.mockRestore();
  }
}

async function ingest(
  text: string,
  plainRows: boolean,
  byteScan = false,
  cuts: number[] = [],
): Promise<ReadFile> {
  const options: IngestOptions = {
    profiles,
    encoding: null,
    person: null,
    latestDay: AS_OF_DAY,
    source: null,
    plainRows,
    byteScan,
  };
  return ingestFile(chunkedInput(new TextEncoder().encode(text), cuts), 0, options);
}

/** Where a file's chunks are cut (byte offsets; the scanner carries a row across a cut). */
const cutsArb = fc.array(fc.nat({ max: 1500 }), { maxLength: 6 });

/** What a read file holds, records as objects. */
function contentOf(file: ReadFile) {
  return {
    source: file.source,
    rows: file.rows,
    records: file.records.toArray(),
    identities: file.identities,
    rejected: file.rejected,
    warnings: file.warnings,
    ignoredLines: file.ignoredLines,
  };
}

// Cells as exports write them (first list, most rows) and as they break (second list): spaces, empty marks,
// masks, total words, resident numbers, Excel damage, dates and hours that do not parse or fall out of range,
// unknown status words.
const NAMES = [
  ["김하늘", "이바다"],
  [
    "김 하늘",
    " 김하늘",
    "김하늘 ",
    "\t김하늘  ",
    "김  하 늘",
    "Kim Ha Neul",
    "김 Haneul",
    "김*늘",
    "합계",
    "※ 참고",
    "#",
    "",
    "-",
    "Sum",
    "나",
    `김하늘 ${PLANTED_RRN}`,
    // Names that start as total words do, and total words with spaces.
    "소재영",
    "총무",
    "소",
    "소 계",
    "합  계",
    "누계",
    "계",
    "계영",
    // A control character the scanner uses to separate identity cells.
    "김\u0001하늘",
  ],
] as const;
const BIRTHS = [
  ["2008-03-15", "20080315"],
  ["080315", "2008.03.15", "", "-", "2008-13-45", "080315-3000000"],
] as const;
const PHONES = [
  ["010-1234-5678", "01012345678"],
  ["010-****-5678", "", "1.01E+10", " 010-1234-5678"],
] as const;
const DATES = [
  ["2026-09-05", "2026.09.05", "20260905", "2025-11-30"],
  [
    "2026-9-5",
    "2026-02-30",
    "",
    "-",
    "1970-01-01",
    "2099-01-01",
    " 2026-09-05",
    "2026-09-05 ",
    "\t2026-09-05",
    "2026-09-05 10:00",
    "45900",
  ],
  ["20210804~20210930", "2026. 9. 5.", "합계"],
] as const;
const HOURS = [
  ["4", "4시간", "2", "11:00~14:00"],
  ["0", "-2", "", "25", "1.5", "abc", " 3 ", "2:30", "-"],
] as const;
const TEXTS = [
  ["새봄작은도서관", "독서 지도", "늘봄푸드뱅크 분류 보조 활동"],
  [" 새봄작은도서관", "", "-", `센터 ${PLANTED_RRN}`, "=SUM(A1)", "n/a", "합계"],
] as const;
const APPROVALS = [
  ["승인", "승인완료"],
  ["대기", "반려", "", "모름", " 승인 ", "승 인"],
] as const;
const SENT_AT = [
  ["2025-05-20 18:13", "2025-05-20"],
  ["", "bad", "2025.05.20", "2099-01-01 10:00", " 2025-05-20 18:13 ", "  ", "-"],
] as const;
const MEMBERS = [
  ["haneul01", "sea_02"],
  ["", "-", " haneul01", PLANTED_RRN, `id ${PLANTED_RRN}`],
] as const;
const RESULTS = [["전송성공"], ["전송실패", "", "??", "전송 성공"]] as const;
const ORIGINS = [
  ["VMS", "한국사회복지협의회"],
  ["DOVOL", "", " vms ", "-"],
] as const;

/** A cell: a common value 4 times in 5, else an odd one. */
const pick = (values: readonly (readonly string[])[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values[0]) },
    { weight: 1, arbitrary: fc.constantFrom(...values.slice(1).flat()) },
  );

/** Rows of one person in a run, as the exports list them: the identity cells, then the rest per row. */
const identityArb = fc.tuple(pick(NAMES), pick(BIRTHS), pick(PHONES));
const vmsRestArb = fc.tuple(
  pick(DATES),
  pick(TEXTS),
  pick(TEXTS),
  pick(HOURS),
  pick(APPROVALS),
  pick(SENT_AT),
  pick(RESULTS),
);
const restOf1365Arb = fc.tuple(pick(DATES), pick(TEXTS), pick(TEXTS), pick(HOURS), pick(ORIGINS));
/** A row's shape: as written, one cell more or fewer, a blank line, or quoted cells. */
const shapeArb = fc.oneof(
  { weight: 12, arbitrary: fc.constant("plain") },
  {
    weight: 1,
    arbitrary: fc.constantFrom("extra", "extraBlank", "short", "blank", "quoted", "nul", "cr", "lateQuote"),
  },
);

function shaped(cells: string[], shape: string, delimiter = ","): string {
  switch (shape) {
    case "extra":
      return [...cells, "x"].join(delimiter);
    case "extraBlank":
      return [...cells, ""].join(delimiter);
    case "short":
      return cells.slice(0, -1).join(delimiter);
    case "blank":
      return "";
    case "quoted":
      return cells.map((c) => `"${c}"`).join(delimiter);
    case "nul":
      return [`${cells[0]}\u0000`, ...cells.slice(1)].join(delimiter);
    case "cr":
      // A lone CR is a line end of its own.
      return [cells[0], `${cells[1]}\r`, ...cells.slice(2)].join(delimiter);
    case "lateQuote":
      // A quote in the last cell: a quoted field that runs on to the next line.
      return [...cells.slice(0, -1), `"${cells[cells.length - 1]}`].join(delimiter);
    default:
      return cells.join(delimiter);
  }
}

/** The delimiters exports use: the reader detects it from the header. */
const delimiterArb = fc.constantFrom(",", ";", "\t");

/** With a member id column (1365 and VMS exports may have one). */
const memberIdentityArb = fc.tuple(pick(NAMES), pick(BIRTHS), pick(PHONES), pick(MEMBERS));

const runsArb = <I, T>(identity: fc.Arbitrary<I>, rest: fc.Arbitrary<T>) =>
  fc.array(fc.tuple(identity, fc.array(fc.tuple(rest, shapeArb), { minLength: 1, maxLength: 6 })), {
    minLength: 1,
    maxLength: 6,
  });

/** The columns in another order (a rotation): identity columns are not always first. */
function rotate<T>(cells: readonly T[], by: number): T[] {
  const k = by % cells.length;
  return [...cells.slice(k), ...cells.slice(0, k)];
}

function fileText(header: readonly string[], rows: string[], crlf: boolean, delimiter = ","): string {
  return [header.join(delimiter), ...rows].join(crlf ? "\r\n" : "\n");
}

describe("RowReader.readPlain and the plain-row scanner read a file exactly as `read` does", () => {
  it("the scanner is built (else the tests below would not run it)", () => {
    expect(plainRowScannerAvailable()).toBe(true);
  });

  for (const byteScan of [false, true]) {
    const by = byteScan ? "the scanner" : "readPlain";
    it(`VMS exports (${by}): rows of one person after another, every kind of cell, columns in any order, any delimiter, any chunks`, async () => {
      await fc.assert(
        fc.asyncProperty(
          runsArb(identityArb, vmsRestArb),
          fc.boolean(),
          fc.nat(9),
          delimiterArb,
          cutsArb,
          fc.boolean(),
          async (runs, crlf, by, d, cuts, bom) => {
            const rows: string[] = [];
            for (const [[name, birth, phone], rests] of runs) {
              for (const [[date, institution, activity, hours, approval, sentAt, result], shape] of rests) {
                const cells = [
                  name,
                  birth,
                  phone,
                  date,
                  institution,
                  activity,
                  hours,
                  approval,
                  sentAt,
                  result,
                ];
                rows.push(shaped(rotate(cells, by), shape, d));
              }
            }
            const text = (bom ? "\uFEFF" : "") + fileText(rotate(HEADERS.vms, by), rows, crlf, d);
            expect(contentOf(await ingest(text, true, byteScan, cuts))).toEqual(
              contentOf(await ingest(text, false)),
            );
          },
        ),
        { numRuns: NUM_RUNS },
      );
    });

    it(`1365 exports (${by}): an origin column, a member id column`, async () => {
      await fc.assert(
        fc.asyncProperty(runsArb(memberIdentityArb, restOf1365Arb), cutsArb, async (runs, cuts) => {
          const rows: string[] = [];
          for (const [[name, birth, phone, member], rests] of runs) {
            for (const [[date, institution, activity, hours, origin], shape] of rests) {
              rows.push(
                shaped([name, birth, phone, date, institution, activity, hours, origin, member], shape),
              );
            }
          }
          const text = fileText([...HEADERS["1365"], "아이디"], rows, false);
          expect(contentOf(await ingest(text, true, byteScan, cuts))).toEqual(
            contentOf(await ingest(text, false)),
          );
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it("takes the common rows: repeats of a person, and a new person whose cells read", async () => {
    const row =
      "김하늘,2008-03-15,010-1234-5678,2026-09-05,새봄작은도서관,독서 지도,4,승인,2026-09-06 10:00,전송성공";
    const other = row.replace("김하늘,2008-03-15,010-1234-5678", "이바다,2007-01-02,010-9876-5432");
    // With a final line end: the last row of a file without one is split in cells (it ends at the input's end).
    const text = `${fileText(HEADERS.vms, [row, row, other, row.replace("2026-09-05", "2026-09-07")], false)}\n`;
    // The lines readPlain took: all but the file's first row (a repeat, a new person, a person seen before).
    const taken: number[] = [];
    const readPlain = RowReader.prototype.readPlain;
    const spy = vi.spyOn(RowReader.prototype, "readPlain").mockImplementation(function (
      this: RowReader,
      ...args: Parameters<RowReader["readPlain"]>
    ) {
      const record = readPlain.apply(this, args);
      if (record !== undefined) taken.push(record.line);
      return record;
    });
    try {
      const file = await ingest(text, true);
      expect(file.records.toArray().map((r) => r.line)).toEqual([2, 3, 4, 5]);
      expect(taken).toEqual([3, 4, 5]);
      expect(contentOf(file)).toEqual(contentOf(await ingest(text, false)));
    } finally {
      spy.mockRestore();
    }
  });

  it("the scanner takes the common rows from the header on, and hands back the rows it cannot read", async () => {
    const row =
      "김하늘,2008-03-15,010-1234-5678,2026-09-05,새봄작은도서관,독서 지도,4,승인,2026-09-06 10:00,전송성공";
    const other = row.replace("김하늘,2008-03-15,010-1234-5678", "이바다,2007-01-02,010-9876-5432");
    // Read from text: line 2 (its institution and activity are new: free text is read from text the first time,
    // which masks and counts a resident number), line 4 (a date the scanner does not parse) and line 6 (no
    // final line end).
    const rows = [row, other, row.replace("2026-09-05", "2026. 9. 7."), row, row.replace("4,승인", "2,승인")];
    const text = fileText(HEADERS.vms, rows, true);
    const { file, lines } = await scanned(text, [200, 201]);
    expect(file.records.toArray().map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(lines).toEqual([3, 5]);
    expect(contentOf(file)).toEqual(contentOf(await ingest(text, false)));
  });

  it("an identity cell holding U+0001 (the scanner's separator) leaves that row to the text path, and no other", async () => {
    const row =
      "김하늘,2008-03-15,010-1234-5678,2026-09-05,새봄작은도서관,독서 지도,4,승인,2026-09-06 10:00,전송성공";
    const odd = row.replace("김하늘", "김\u0001하늘");
    const other = row.replace("김하늘,2008-03-15,010-1234-5678", "이바다,2007-01-02,010-9876-5432");
    const text = `${fileText(HEADERS.vms, [row, row, odd, other, other], false)}\n`;
    const { file, lines } = await scanned(text);
    // Line 2 holds free text seen for the first time; line 4 the odd name.
    expect(lines).toEqual([3, 5, 6]);
    expect(contentOf(file)).toEqual(contentOf(await ingest(text, false)));
  });

  it("the scanner reads a file cut anywhere near its end the same (short last chunks after long ones)", async () => {
    const rows: string[] = [];
    for (let i = 0; i < 30; i++) {
      const day = String(1 + (i % 28)).padStart(2, "0");
      rows.push(
        `김하늘,2008-03-15,010-1234-5678,2026-09-${day},새봄작은도서관,독서 지도,${1 + (i % 4)},승인,2026-09-${day} 10:00,전송성공`,
      );
    }
    // No final line end: the last row ends at the input's end, in a chunk of a few bytes.
    const text = fileText(HEADERS.vms, rows, false);
    const expected = contentOf(await ingest(text, false));
    const length = new TextEncoder().encode(text).length;
    for (let k = 1; k <= 40; k++) {
      expect(contentOf(await ingest(text, true, true, [length - 2 * k, length - k]))).toEqual(expected);
    }
  });

  it("a row whose first cells make a total line stays an ignored line, even when its words were read before", async () => {
    // Columns from the date on: a person's second row has a total word as its second cell, a word the first
    // row had as free text further right (so it is a known cell).
    const header = rotate(HEADERS.vms, 3);
    const first = rotate(
      [
        "김하늘",
        "2008-03-15",
        "010-1234-5678",
        "2026-09-05",
        "새봄작은도서관",
        "합계",
        "4",
        "승인",
        "",
        "전송성공",
      ],
      3,
    );
    const second = rotate(
      [
        "김하늘",
        "2008-03-15",
        "010-1234-5678",
        "2026-09-06",
        "합계",
        "새봄작은도서관",
        "4",
        "승인",
        "",
        "전송성공",
      ],
      3,
    );
    const text = fileText(header, [first.join(","), second.join(",")], false);
    const file = await ingest(text, true);
    expect(file.ignoredLines).toEqual([3]);
    expect(contentOf(file)).toEqual(contentOf(await ingest(text, false)));
  });
});
