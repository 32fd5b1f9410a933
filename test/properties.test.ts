// Property tests of the whole read → report pipeline, in-process (readInputs / runCheck on temporary files),
// so that hundreds of runs take seconds (issue 7):
//  (a) any bytes saved as a .csv: reading gives a file or a VhrError, never another exception, and a file's
//      rows are each a record, a rejected row or an ignored line;
//  (b) CSV text with the real headers of every source and random or hostile cells: the same, and the report
//      of `check` accounts for every row in its ledger;
//  (c) the default outputs (table, JSON, CSV, people, inspect) never show a generated identity unmasked;
//  (d) no output, not even under --show-pii, shows a generated resident number's back digits.
// VHR_PROPERTY_RUNS sets the number of runs (default 200), e.g. VHR_PROPERTY_RUNS=5000 npx vitest run.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { IngestedFile } from "../src/model/record.js";
import { isVhrError, type VhrError } from "../src/model/vhr-error.js";
import { parseAsOf } from "../src/pipeline/as-of.js";
import { readInputs } from "../src/pipeline/ingest-all.js";
import { runCheck } from "../src/pipeline/run-check.js";
import { runPeople } from "../src/pipeline/run-people.js";
import { buildInspectReport, type InspectReport } from "../src/report/inspect-report.js";
import { renderCsv } from "../src/report/render-csv.js";
import { renderInspectText } from "../src/report/render-inspect.js";
import { renderJson } from "../src/report/render-json.js";
import { renderPeopleTable } from "../src/report/render-people-table.js";
import { renderTable } from "../src/report/render-table.js";
import type { Lang, Report } from "../src/report/report-model.js";

const RUNS = Number(process.env.VHR_PROPERTY_RUNS) || 200;
/** Generous: a few tens of milliseconds a run, more on a loaded machine. */
const TIMEOUT = 60_000 + RUNS * 500;
const AS_OF = parseAsOf("2026-11-22");
const LATEST_DAY = Math.floor(AS_OF / 1440);
const SOURCES = ["vms", "1365", "redcross", "blood", "culture"] as const;

let dir = "";
let runNo = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vhr-properties-"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder for one run's files. */
function runFolder(): string {
  const folder = join(dir, String(runNo++));
  mkdirSync(folder);
  return folder;
}

const noStdin = async () => new Uint8Array();

/** Read one file; a VhrError is an answer, any other exception fails the property. */
async function readOne(input: string): Promise<IngestedFile | VhrError> {
  try {
    const { files } = await readInputs({
      inputs: [input],
      profileFiles: [],
      source: null,
      encoding: null,
      person: null,
      latestDay: LATEST_DAY,
      readStdin: noStdin,
    });
    expect(files).toHaveLength(1);
    return files[0];
  } catch (error) {
    if (isVhrError(error)) return error;
    throw error;
  }
}

/** Every row after the header is exactly one of: a record, a rejected row, an ignored line. */
function expectRowsAccounted(file: IngestedFile): void {
  expect(file.records.length + file.rejected.length + file.ignoredLines.length).toBe(file.rows);
  const lines = [
    ...[...file.records].map((r) => r.line),
    ...file.rejected.map((r) => r.line),
    ...file.ignoredLines,
  ];
  expect(new Set(lines).size).toBe(lines.length);
  for (const line of lines) expect(line).toBeGreaterThan(file.headerLine);
}

/** The report's ledger adds up to the rows of each file, and the summary to the files. */
function expectLedgerAddsUp(report: Report, files: readonly IngestedFile[]): void {
  expect(report.files).toHaveLength(files.length);
  for (const [i, file] of report.files.entries()) {
    const { paired, unpaired, finding, ignored, rejected } = file.ledger;
    expect(paired + unpaired + finding + ignored + rejected).toBe(file.rows);
    expect(file.rows).toBe(files[i].rows);
    expect(rejected).toBe(files[i].rejected.length);
    expect(ignored).toBe(files[i].ignoredLines.length);
  }
  expect(report.summary.rows).toBe(files.reduce((sum, f) => sum + f.rows, 0));
  expect(report.summary.rejected).toBe(files.reduce((sum, f) => sum + f.rejected.length, 0));
}

// ─── (a) arbitrary bytes ─────────────────────────────────────────────────────────────────────────────────

/** Real exports to mutate: random damage to a real file reaches far deeper than random bytes alone. */
const SEED_FILES = ["fixtures/sources", "fixtures/read", "fixtures/rejects", "fixtures/malformed"].flatMap(
  (folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith(".csv"))
      .map((name) => readFileSync(join(folder, name))),
);

const MAGIC = [
  [0xef, 0xbb, 0xbf],
  [0xff, 0xfe],
  [0xfe, 0xff],
  [0x50, 0x4b, 0x03, 0x04],
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x25, 0x50, 0x44, 0x46],
  [0x3c, 0x74, 0x61, 0x62, 0x6c, 0x65, 0x3e], // <table>
  [0x22], // a lone quote
  [],
];

interface Edit {
  at: number;
  remove: number;
  insert: Uint8Array;
}

/**
 * Damage to a real file: mostly structural (quotes, delimiters, line breaks, NULs, BOMs, a total line), sometimes
 * raw bytes or a cut (which, in UTF-8 Korean text, usually makes the whole file CP949 and so headerless: a
 * fatal error, which is also an answer).
 */
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.nat({ max: 8 }) }),
  insert: fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 8 }) },
    {
      weight: 5,
      arbitrary: fc.constantFrom(
        ...[
          "\u0000",
          '"',
          '""',
          ",",
          ";",
          "\t",
          "\r",
          "\n",
          "\r\n",
          "\uFEFF",
          "080315-3578965",
          "합계",
          "=1+1",
          "45900",
        ].map((s) => Buffer.from(s)),
      ),
    },
  ),
});

function applyEdits(seed: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let bytes = Buffer.from(seed);
  for (const edit of edits) {
    const at = bytes.length === 0 ? 0 : edit.at % (bytes.length + 1);
    bytes = Buffer.concat([
      bytes.subarray(0, at),
      edit.insert,
      bytes.subarray(Math.min(bytes.length, at + edit.remove)),
    ]);
  }
  return bytes;
}

const bytesArb: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 2, arbitrary: fc.uint8Array({ maxLength: 4096 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...MAGIC), fc.uint8Array({ maxLength: 2048 }))
      .map(([magic, rest]) => Buffer.concat([Buffer.from(magic), rest])),
  },
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...SEED_FILES), fc.array(editArb, { minLength: 1, maxLength: 6 }))
      .map(([seed, edits]) => applyEdits(seed, edits)),
  },
  // A real file cut anywhere: in the middle of a quoted cell, a UTF-8 sequence, a UTF-16 code unit.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...SEED_FILES), fc.nat())
      .map(([seed, n]) => seed.subarray(0, n % (seed.length + 1))),
  },
);

describe("(a) arbitrary bytes saved as .csv", () => {
  it(
    "give an ingested file whose rows are all accounted for, or a VhrError — never another exception",
    async () => {
      let read = 0;
      await fc.assert(
        fc.asyncProperty(
          bytesArb,
          fc.oneof(fc.constant(null), fc.constantFrom(...SOURCES)),
          async (bytes, source) => {
            const path = join(runFolder(), "export.csv");
            writeFileSync(path, bytes);
            const result = await readOne(source === null ? path : `${source}:${path}`);
            if (!isVhrError(result)) {
              read++;
              expectRowsAccounted(result);
            }
          },
        ),
        { numRuns: RUNS },
      );
      // Not only fatal errors: damaged real files are still read (with rejected rows) often enough.
      expect(read).toBeGreaterThan(RUNS * 0.05);
    },
    TIMEOUT,
  );
});

// ─── (b) realistic headers, hostile cells ────────────────────────────────────────────────────────────────

/** The header lines of the sources' own fixtures, plus a few variants: every source, every layout. */
const HEADER_SETS: string[][] = [
  ...readdirSync("fixtures/sources").map((name) =>
    readFileSync(join("fixtures/sources", name), "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0]
      .split(","),
  ),
  ["성명", "주민등록번호", "생년월일", "휴대폰", "봉사일자", "인증기관", "봉사내용", "봉사시간", "승인상태"],
  ["이름", "아이디", "생년월일", "휴대폰번호", "활동일자", "기관명", "봉사명", "실적시간", "연계기관"],
  ["봉사자명", "생일", "연락처", "활동기간", "봉사처", "프로그램명", "활동시간(분)", "상태", "비고"],
];

/** Generated resident numbers: back digits only from 5–9, so that no other number can contain them. */
const rrnArb = fc
  .tuple(
    fc.integer({ min: 2000, max: 2012 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.constantFrom("3", "4"),
    fc.array(fc.constantFrom("5", "6", "7", "8", "9"), { minLength: 6, maxLength: 6 }),
    fc.constantFrom("-", "", " - ", "－"),
  )
  .map(([y, m, d, g, back, dash]) => ({
    text: `${String(y % 100).padStart(2, "0")}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}${dash}${g}${back.join("")}`,
    back: back.join(""),
  }));

const VALID_CELLS = [
  "2026-09-05",
  "20260912",
  "2026.10.03",
  "2026. 9. 5.",
  "2026년 9월 19일",
  "20260804~20260930",
  "2",
  "1.5",
  "1:30",
  "90분",
  "2시간 30분",
  "15:30~16:30",
  "10",
  "16",
  "김하늘",
  "이도윤",
  "홍*동",
  "2008-03-05",
  "2008-**-**",
  "080305",
  "010-0000-1234",
  "01000005678",
  "010-****-5678",
  "승인",
  "대기",
  "반려",
  "전송성공",
  "전송실패",
  "연계신청",
  "연계완료",
  "연계실패",
  "신규",
  "재전송",
  "VMS",
  "적십자",
  "헌혈",
  "전혈",
  "혈장성분",
  "300",
  "200",
  "99",
  "가람가정봉사원지원센터",
  "(사)한빛노인복지관",
  "헌혈의집 중앙로센터",
  "말벗 봉사",
  "합계",
  "-",
];

const HOSTILE_CELLS = [
  "",
  " ",
  '"',
  '""',
  'a"b',
  '"quoted, with comma"',
  "\n",
  "\r\n",
  "\r",
  ",",
  ";",
  "\t",
  '=HYPERLINK("http://example.invalid")',
  "+82 10-0000-1234",
  "-2",
  "@SUM(A1)",
  "＝1+1",
  "45900",
  "1.01E+10",
  "9999-12-31",
  "1899-12-31",
  "0",
  "25:00",
  "\u0000",
  "\uFEFF",
  "※ 비고",
  "#",
  "똠얌꿍",
  "x".repeat(300),
];

const cellArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...VALID_CELLS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CELLS) },
  { weight: 1, arbitrary: rrnArb.map((r) => r.text) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
);

type Quoting = "proper" | "raw" | "always";

function serialiseCell(cell: string, quoting: Quoting): string {
  if (quoting === "raw") return cell;
  if (quoting === "always" || /[",\r\n]/.test(cell)) return `"${cell.replaceAll('"', '""')}"`;
  return cell;
}

interface CsvSpec {
  header: string[];
  rows: string[][];
  quoting: Quoting;
  eol: string[];
  preamble: string[];
  encoding: "utf-8" | "utf-8-bom" | "utf-16le-bom" | "utf-16be" | "cp949";
  source: (typeof SOURCES)[number] | null;
  fileName: string;
}

const csvSpecArb: fc.Arbitrary<CsvSpec> = fc
  .tuple(fc.constantFrom(...HEADER_SETS), fc.nat({ max: 2 }))
  .chain(([header, extra]) =>
    fc.record({
      header: fc.constant(header),
      rows: fc.array(
        fc.array(cellArb, { minLength: Math.max(0, header.length - 1), maxLength: header.length + extra }),
        { maxLength: 12 },
      ),
      quoting: fc.constantFrom<Quoting>("proper", "proper", "raw", "always"),
      eol: fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: 1, maxLength: 3 }),
      preamble: fc.array(fc.constantFrom("", "2026학년도 봉사실적", '"제목', "합계"), { maxLength: 2 }),
      encoding: fc.constantFrom<CsvSpec["encoding"]>(
        "utf-8",
        "utf-8",
        "utf-8-bom",
        "utf-16le-bom",
        "utf-16be",
        "cp949",
      ),
      source: fc.constantFrom(null, null, ...SOURCES),
      fileName: fc.constantFrom(
        "export.csv",
        "vms-export.csv",
        "1365.csv",
        "적십자.csv",
        "헌혈.csv",
        "culture.csv",
      ),
    }),
  );

function encodeCsv(spec: CsvSpec): Uint8Array {
  const lines = [
    ...spec.preamble,
    spec.header.join(","),
    ...spec.rows.map((r) => r.map((c) => serialiseCell(c, spec.quoting)).join(",")),
  ];
  const text = lines.map((line, i) => line + spec.eol[i % spec.eol.length]).join("");
  switch (spec.encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);
    case "utf-16le-bom":
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be":
      return iconv.encode(text, "utf-16be");
    case "cp949":
      return iconv.encode(text, "cp949");
  }
}

/** Write the files of one run; the inputs as vhr is given them (a source prefix when the spec has one). */
function writeSpecs(specs: readonly CsvSpec[]): string[] {
  const folder = runFolder();
  return specs.map((spec, i) => {
    const path = join(folder, `${i}-${spec.fileName}`);
    writeFileSync(path, encodeCsv(spec));
    return spec.source === null ? path : `${spec.source}:${path}`;
  });
}

async function check(inputs: string[], lang: Lang, showPii: boolean) {
  try {
    return await runCheck({
      inputs,
      profileFiles: [],
      source: null,
      encoding: null,
      person: null,
      readStdin: noStdin,
      asOf: AS_OF,
      lang,
      showPii,
      schoolYear: null,
      bloodCap: null,
    });
  } catch (error) {
    if (isVhrError(error)) return error;
    throw error;
  }
}

describe("(b) realistic headers with random and hostile cells", () => {
  it(
    "each file reads with every row accounted for, or stops with a VhrError",
    async () => {
      let read = 0;
      await fc.assert(
        fc.asyncProperty(csvSpecArb, async (spec) => {
          const [input] = writeSpecs([spec]);
          const result = await readOne(input);
          if (!isVhrError(result)) {
            read++;
            expectRowsAccounted(result);
          }
        }),
        { numRuns: RUNS },
      );
      expect(read).toBeGreaterThan(RUNS * 0.5);
    },
    TIMEOUT,
  );

  it(
    "check on one to three such files gives a report whose ledgers add up, or a VhrError",
    async () => {
      let reported = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(csvSpecArb, { minLength: 1, maxLength: 3 }),
          fc.constantFrom<Lang>("ko", "en"),
          async (specs, lang) => {
            const result = await check(writeSpecs(specs), lang, false);
            if (isVhrError(result)) return;
            reported++;
            for (const file of result.files) expectRowsAccounted(file);
            expectLedgerAddsUp(result.report, result.files);
            expect(result.exitCode).toBe(
              result.report.summary.rejected > 0 || result.report.findings.some((f) => f.severity === "error")
                ? 1
                : 0,
            );
          },
        ),
        { numRuns: RUNS },
      );
      expect(reported).toBeGreaterThan(RUNS * 0.2);
    },
    TIMEOUT,
  );
});

// ─── (c), (d) personal data in every output ─────────────────────────────────────────────────────────────

/**
 * Given-name syllables that appear in no label, message, institution or activity of vhr or of these files,
 * so that a generated 3-syllable name found in an output can only be the name itself.
 */
const RARE_SYLLABLES = [..."햏뷁쀍뙇꿻휑퓌샾쫑뺙똘뀽"];
const SURNAMES = [..."김이박최정강조윤장임"];

interface Person {
  name: string;
  /** YYYY-MM-DD, years 2000–2012: never an activity, transfer or as-of date. */
  birthdate: string;
  /** 11 digits `010` + 8 digits from 0–4: no run of 5–9 digits, so no resident number's back digits. */
  phone: string;
}

const personArb: fc.Arbitrary<Person> = fc.record({
  name: fc
    .tuple(
      fc.constantFrom(...SURNAMES),
      fc.constantFrom(...RARE_SYLLABLES),
      fc.constantFrom(...RARE_SYLLABLES),
    )
    .map((parts) => parts.join("")),
  birthdate: fc
    .tuple(
      fc.integer({ min: 2000, max: 2012 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  phone: fc
    .array(fc.constantFrom("0", "1", "2", "3", "4"), { minLength: 8, maxLength: 8 })
    .map((digits) => `010${digits.join("")}`),
});

/** The ways exports write a birthdate and a phone (all read by vhr). */
function birthdateAs(b: string, style: number): string {
  const [y, m, d] = b.split("-");
  return [b, `${y}${m}${d}`, `${y}.${m}.${d}`, `${y}년 ${Number(m)}월 ${Number(d)}일`][style % 4];
}

function phoneAs(p: string, style: number): string {
  return [
    p,
    `${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`,
    `+82 ${p.slice(1, 3)}-${p.slice(3, 7)}-${p.slice(7)}`,
    p.slice(1),
  ][style % 4];
}

/** Identity-column layouts of four sources, and how to write one row of each. */
const LAYOUTS = {
  vms: {
    header: ["성명", "생년월일", "휴대폰번호", "봉사일자", "인증기관", "봉사내용", "봉사시간", "승인상태"],
    row: (p: Person, s: number, date: string) => [
      p.name,
      birthdateAs(p.birthdate, s),
      phoneAs(p.phone, s),
      date,
      "가람가정봉사원지원센터",
      "말벗 봉사",
      "2",
      s % 5 === 0 ? "대기" : "승인",
    ],
  },
  "1365": {
    header: ["이름", "생년월일", "휴대폰", "봉사일자", "봉사처", "활동내용", "인정시간", "실적구분"],
    row: (p: Person, s: number, date: string) => [
      p.name,
      birthdateAs(p.birthdate, s + 1),
      phoneAs(p.phone, s + 2),
      date,
      "가람가정봉사원지원센터",
      "말벗 봉사",
      s % 3 === 0 ? "1시간 30분" : "2시간",
      "VMS",
    ],
  },
  redcross: {
    header: ["성명", "생년월일", "봉사회", "봉사일자", "활동내용", "봉사시간", "1365연계"],
    row: (p: Person, s: number, date: string) => [
      p.name,
      birthdateAs(p.birthdate, s),
      "한빛청소년봉사회",
      date,
      "급식 지원",
      "3",
      "연계완료",
    ],
  },
  blood: {
    header: ["성명", "생년월일", "헌혈일자", "헌혈종류", "헌혈장소", "헌혈증서번호"],
    row: (p: Person, s: number, date: string) => [
      p.name,
      birthdateAs(p.birthdate, s),
      date,
      s % 2 === 0 ? "전혈" : "혈장성분",
      "헌혈의집 중앙로센터",
      `00-00-${String(s).padStart(6, "0")}`,
    ],
  },
} as const;

type LayoutId = keyof typeof LAYOUTS;

interface PeopleRun {
  people: Person[];
  files: {
    layout: LayoutId;
    rows: { person: number; style: number; date: string; broken: number | null }[];
  }[];
  /** Resident numbers planted in cells: [file, row, column, rrn]. */
  planted: { file: number; row: number; column: number; rrn: { text: string; back: string } }[];
  lang: Lang;
}

const ACTIVITY_DATES = Array.from(
  { length: 40 },
  (_, i) => `2026-${String(3 + (i % 9)).padStart(2, "0")}-${String(1 + ((i * 7) % 28)).padStart(2, "0")}`,
);
/** Values that get a row rejected, so that rejected-row echoes are part of the outputs too. */
const BREAKERS = ["2026-13-01", "1.01E+10", "2008-02-30", "0", "25시간", "보류"];

const peopleRunArb: fc.Arbitrary<PeopleRun> = fc
  .uniqueArray(personArb, { minLength: 1, maxLength: 4, selector: (p) => p.name })
  .chain((people) =>
    fc
      .record({
        people: fc.constant(people),
        files: fc.array(
          fc.record({
            layout: fc.constantFrom<LayoutId>("vms", "1365", "redcross", "blood"),
            rows: fc.array(
              fc.record({
                person: fc.nat({ max: people.length - 1 }),
                style: fc.nat({ max: 11 }),
                date: fc.constantFrom(...ACTIVITY_DATES),
                broken: fc.option(fc.nat({ max: BREAKERS.length - 1 }), { freq: 5 }),
              }),
              { minLength: 1, maxLength: 8 },
            ),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        lang: fc.constantFrom<Lang>("ko", "en"),
      })
      .chain((run) =>
        fc
          .array(
            fc.record({
              file: fc.nat({ max: run.files.length - 1 }),
              row: fc.nat({ max: 7 }),
              column: fc.nat({ max: 7 }),
              rrn: rrnArb,
            }),
            { maxLength: 4 },
          )
          .map((planted) => ({ ...run, planted })),
      ),
  );

/** The run's files on disk, named by source (so detection finds them). */
function writePeopleRun(run: PeopleRun): string[] {
  const folder = runFolder();
  return run.files.map((file, f) => {
    const layout = LAYOUTS[file.layout];
    const rows = file.rows.map((r, i) => {
      const cells: string[] = [...layout.row(run.people[r.person], r.style, r.date)];
      if (r.broken !== null) cells[(r.style + 3) % cells.length] = BREAKERS[r.broken];
      for (const p of run.planted) {
        if (p.file === f && p.row % file.rows.length === i) {
          const c = p.column % cells.length;
          // Beside the value, with a boundary: `김햏뷁 080315-3578965`, or alone.
          cells[c] = p.rrn.back.charCodeAt(0) % 2 === 0 ? `${cells[c]} ${p.rrn.text}` : p.rrn.text;
        }
      }
      return cells.map((cell) => serialiseCell(cell, "proper")).join(",");
    });
    const path = join(folder, `${f}-${file.layout}.csv`);
    writeFileSync(path, `${[layout.header.join(","), ...rows].join("\r\n")}\r\n`);
    return path;
  });
}

/** Every output a user can get from these files: check in three formats, people, inspect. */
async function allOutputs(inputs: string[], lang: Lang, showPii: boolean): Promise<string[]> {
  const outputs: string[] = [];
  const result = await check(inputs, lang, showPii);
  if (isVhrError(result)) {
    outputs.push(JSON.stringify(result.detail));
    return outputs;
  }
  expectLedgerAddsUp(result.report, result.files);
  outputs.push(renderTable(result.report, { lang, colour: false }));
  outputs.push(renderJson(result.report));
  outputs.push(renderCsv(result.report, lang));
  const people = await runPeople({
    inputs,
    profileFiles: [],
    source: null,
    encoding: null,
    person: null,
    latestDay: LATEST_DAY,
    readStdin: noStdin,
    lang,
    showPii,
  });
  outputs.push(renderPeopleTable(people, { lang, colour: false }));
  outputs.push(renderJson(people));
  for (const file of result.files) {
    const inspect: InspectReport = buildInspectReport(file, lang);
    outputs.push(renderInspectText(inspect, lang));
    outputs.push(JSON.stringify(inspect));
  }
  return outputs;
}

/** Every spelling in which a person's identity would leak. */
function leaksOf(p: Person): string[] {
  const [y, m, d] = p.birthdate.split("-");
  return [
    p.name,
    p.birthdate,
    `${y}${m}${d}`,
    `${y}.${m}.${d}`,
    p.phone,
    `${p.phone.slice(0, 3)}-${p.phone.slice(3, 7)}-${p.phone.slice(7)}`,
    `${p.phone.slice(3, 7)}-${p.phone.slice(7)}`,
    p.phone.slice(1),
  ];
}

describe("(c) default outputs never show a generated identity unmasked", () => {
  it(
    "table, JSON, CSV, people and inspect, in both languages",
    async () => {
      await fc.assert(
        fc.asyncProperty(peopleRunArb, async (run) => {
          const outputs = await allOutputs(writePeopleRun(run), run.lang, false);
          for (const output of outputs) {
            for (const person of run.people) {
              for (const leak of leaksOf(person)) expect(output, leak).not.toContain(leak);
            }
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it("the generated identities do reach the outputs under --show-pii (the check above is not vacuous)", async () => {
    const sample = fc.sample(peopleRunArb, { numRuns: 20, seed: 7 });
    let shown = 0;
    for (const run of sample) {
      const outputs = (await allOutputs(writePeopleRun({ ...run, planted: [] }), run.lang, true)).join("\n");
      if (run.people.some((p) => outputs.includes(p.name))) shown++;
    }
    expect(shown).toBeGreaterThan(10);
  });
});

describe("(d) no output shows a generated resident number's back digits", () => {
  it(
    "in any cell of any column, with or without --show-pii",
    async () => {
      await fc.assert(
        fc.asyncProperty(peopleRunArb, fc.boolean(), async (run, showPii) => {
          const outputs = await allOutputs(writePeopleRun(run), run.lang, showPii);
          for (const output of outputs) {
            for (const { rrn } of run.planted) expect(output, rrn.text).not.toContain(rrn.back);
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "nor from cells of random files (b), read and reported",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(csvSpecArb, { minLength: 1, maxLength: 2 }),
          fc.array(rrnArb, { minLength: 1, maxLength: 3 }),
          fc.boolean(),
          async (specs, rrns, showPii) => {
            // Each resident number goes into a cell of a row of the first file, beside a boundary.
            const first = specs[0];
            const rows = first.rows.length > 0 ? first.rows.map((r) => [...r]) : [first.header.map(() => "")];
            rrns.forEach((rrn, i) => {
              const row = rows[i % rows.length];
              row[(i * 3) % row.length] = `비고 ${rrn.text}`;
            });
            const inputs = writeSpecs([{ ...first, rows }, ...specs.slice(1)]);
            const outputs = await allOutputs(inputs, "ko", showPii);
            for (const output of outputs)
              for (const rrn of rrns) expect(output, rrn.text).not.toContain(rrn.back);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
