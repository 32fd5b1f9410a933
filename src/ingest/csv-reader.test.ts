import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReader, type CsvSink, readCsvText } from "./csv-reader.js";
import { csvParseRecovering, csvParseRows } from "./test-csv-parse-oracle.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

/**
 * `text` cut at the given offsets (sorted, deduplicated, inside the text). Unless `anywhere`, a cut never
 * separates the two halves of a surrogate pair: decoders never do, and csv-parse, which turns each chunk into
 * UTF-8 bytes, would read a lone half as U+FFFD.
 */
function split(text: string, cuts: readonly number[], anywhere = false): string[] {
  const inPair = (i: number) => i > 0 && i < text.length && /[\uDC00-\uDFFF]/.test(text.charAt(i));
  const at = [
    ...new Set(cuts.map((c) => c % (text.length + 1)).map((c) => (!anywhere && inPair(c) ? c - 1 : c))),
  ].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const cut of at) {
    chunks.push(text.slice(from, cut));
    from = cut;
  }
  chunks.push(text.slice(from));
  return chunks;
}

// Characters that matter to CSV (quotes, delimiters, newlines, spaces) and some that do not (Hangul,
// full-width, a BOM, an astral character). No CR: decode-text.ts has turned line ends into LF.
const CHARS = [
  '"',
  '"',
  '"',
  ",",
  ";",
  "\t",
  "\n",
  "\n",
  " ",
  "a",
  "b",
  "가",
  "똠",
  "１",
  "\uFEFF",
  "😀",
  "|",
];
const cell = fc.oneof(
  fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map((cs) => cs.join("")),
  // A well-formed quoted cell.
  fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map((cs) => `"${cs.join("").replaceAll('"', '""')}"`),
  fc.constantFrom("", "홍길동", "2026-09-05", "15:30~16:30"),
);
const delimiterArb = fc.constantFrom(",", ";", "\t");
/** Rows of cells joined by the delimiter (ragged, blank lines included), maybe without a final newline. */
const csvText = (delimiter: string) =>
  fc
    .tuple(
      fc.array(fc.array(cell, { minLength: 0, maxLength: 5 }), { minLength: 0, maxLength: 8 }),
      fc.boolean(),
    )
    .map(([rows, finalNewline]) => {
      const text = rows.map((cells) => cells.join(delimiter)).join("\n");
      return finalNewline && text.length > 0 ? `${text}\n` : text;
    });
const anyText = fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }).map((cs) => cs.join(""));
/** A delimiter and a text: CSV written with it, or any characters at all. */
const delimitedText = delimiterArb.chain((d) => fc.tuple(fc.constant(d), fc.oneof(csvText(d), anyText)));

describe("CsvReader reads what csv-parse reads (ingest's options: relax_quotes, ragged rows, LF)", () => {
  it("generated CSV, random chunk boundaries", async () => {
    await fc.assert(
      fc.asyncProperty(
        delimitedText,
        fc.array(fc.nat(), { maxLength: 6 }),
        async ([delimiter, text], cuts) => {
          const expected = await csvParseRows([text], delimiter);
          expect(readCsvText(split(text, cuts), delimiter)).toEqual(expected);
          // csv-parse itself reads the same whatever the chunking.
          expect(await csvParseRows(split(text, cuts), delimiter)).toEqual(expected);
          // The reader even keeps a surrogate pair cut in two (as a UTF-16 decoder may cut it).
          expect(readCsvText(split(text, cuts, true), delimiter)).toEqual(readCsvText([text], delimiter));
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("one character per chunk", async () => {
    await fc.assert(
      fc.asyncProperty(delimitedText, async ([delimiter, text]) => {
        // One code point per chunk ([...text] keeps surrogate pairs together).
        expect(readCsvText([...text], delimiter)).toEqual(await csvParseRows([text], delimiter));
        expect(readCsvText(text.split(""), delimiter)).toEqual(readCsvText([text], delimiter));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("reading on after an unclosed quote (then with plain quotes), as the recovering ingest did", async () => {
    await fc.assert(
      fc.asyncProperty(
        delimitedText,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.integer({ min: 0, max: 3 }),
        async ([delimiter, text], cuts, quoteRecoveries) => {
          const expected = await csvParseRecovering(text, delimiter, quoteRecoveries);
          expect(readCsvText(split(text, cuts), delimiter, { recover: true, quoteRecoveries })).toEqual(
            expected,
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it.each([
    ["empty", "", []],
    ["a blank line", "\n", [{ cells: [""], line: 1 }]],
    ["no final newline", "a,b", [{ cells: ["a", "b"], line: 1 }]],
    [
      "blank lines in between",
      "a\n\n\nb\n",
      [
        { cells: ["a"], line: 1 },
        { cells: [""], line: 2 },
        { cells: [""], line: 3 },
        { cells: ["b"], line: 4 },
      ],
    ],
    ["a trailing delimiter", "a,\n", [{ cells: ["a", ""], line: 1 }]],
    [
      "ragged rows",
      "a,b,c\nd\n",
      [
        { cells: ["a", "b", "c"], line: 1 },
        { cells: ["d"], line: 2 },
      ],
    ],
    [
      "quoted delimiter, quote and newline",
      'x,"a,b ""c""\nd",y\nz',
      [
        { cells: ["x", 'a,b "c"\nd', "y"], line: 1 },
        { cells: ["z"], line: 3 },
      ],
    ],
    ["an empty quoted field", '"",""', [{ cells: ["", ""], line: 1 }]],
    ["a quote inside an unquoted field is text", 'a"b,c"', [{ cells: ['a"b', 'c"'], line: 1 }]],
    ["text after a closing quote keeps both quotes", '"a"b,c', [{ cells: ['"a"b', "c"], line: 1 }]],
    ["doubled quotes then text", '"a""b"c', [{ cells: ['"a"b"c'], line: 1 }]],
    ["a space before a quote makes it text", ' "a",b', [{ cells: [' "a"', "b"], line: 1 }]],
    [
      "an unclosed quote: the rows before it, then the broken row",
      'a\nb,"c\nd\n',
      [
        { cells: ["a"], line: 1 },
        { cells: [], line: -2 },
      ],
    ],
    ["an unclosed quote on the first line", '"abc', [{ cells: [], line: -1 }]],
    ["three quotes", '"""', [{ cells: [], line: -1 }]],
  ])("%s", async (_name, text, rows) => {
    expect(readCsvText(text, ",")).toEqual(rows);
    expect(await csvParseRows([text], ",")).toEqual(rows);
  });

  it("chunks cut between the two quotes of an escaped quote, after a delimiter, inside a quoted newline", () => {
    const text = 'a,"b""c",\n"d\ne"\n';
    const expected = [
      { cells: ["a", 'b"c', ""], line: 1 },
      { cells: ["d\ne"], line: 2 },
    ];
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) {
        expect(readCsvText([text.slice(0, i), text.slice(i, j), text.slice(j)], ",")).toEqual(expected);
      }
    }
  });
});

/** The reader with recovery fed these chunks: its rows, and its broken rows with their reasons. */
function readReporting(chunks: readonly string[], maxRecordChars: number) {
  const broken: { reason: string; line: number }[] = [];
  const rows: { cells: string[]; line: number }[] = [];
  const reader = new CsvReader(",", { maxRecordChars, recover: true });
  const sink: CsvSink = {
    row: (cells, line) => rows.push({ cells, line }),
    broken: (reason, line) => broken.push({ reason, line }),
  };
  for (const chunk of chunks) reader.write(chunk, sink);
  reader.end(sink);
  return { rows, broken };
}

/** `text` in chunks of `size` characters. */
function chunksOf(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
}

describe("CsvReader: broken rows", () => {
  it("an unclosed quote in the middle: reported on its line, reading goes on from the next line", () => {
    const text = 'h1,h2\n1,"open\n2,x\n3,y\n';
    expect(readCsvText(text, ",", { recover: true })).toEqual([
      { cells: ["h1", "h2"], line: 1 },
      { cells: [], line: -2 },
      { cells: ["2", "x"], line: 3 },
      { cells: ["3", "y"], line: 4 },
    ]);
  });

  it("a row longer than maxRecordChars is broken, whichever chunks carry it", () => {
    const long = "x".repeat(50);
    const text = `a\n${long}\nb\n`;
    const { rows, broken } = readReporting(split(text, [3, 10, 30, 53]), 20);
    expect(broken).toEqual([{ reason: "row-too-long", line: 2 }]);
    expect(rows).toEqual([
      { cells: ["a"], line: 1 },
      { cells: ["b"], line: 3 },
    ]);
  });

  it("a row longer than maxRecordChars is broken wherever it ends: inside one chunk, or in the chunk after", () => {
    for (const size of [5, 8, 16, 1000]) {
      const text = `a,b\n${"y".repeat(23)}\nc,"d\ne"\n${"z".repeat(21)}`;
      const { rows, broken } = readReporting(chunksOf(text, size), 20);
      expect(broken).toEqual([
        { reason: "row-too-long", line: 2 },
        { reason: "row-too-long", line: 5 },
      ]);
      expect(rows).toEqual([
        { cells: ["a", "b"], line: 1 },
        { cells: ["c", "d\ne"], line: 3 },
      ]);
    }
  });

  it("a quote that stays open for more than maxRecordChars: broken as unterminated, the lines after it read", () => {
    const after = Array.from({ length: 20 }, (_, i) => `r${i},v`);
    const text = `a,b\n1,"open\n${after.join("\n")}\n`;
    const { rows, broken } = readReporting(chunksOf(text, 16), 40);
    expect(broken).toEqual([{ reason: "unterminated-quote", line: 2 }]);
    expect(rows.map((r) => r.line)).toEqual([1, ...after.map((_, i) => i + 3)]);
    expect(rows[1]).toEqual({ cells: ["r0", "v"], line: 3 });
  });

  it("without recover, the first broken row ends the reading; with it, quotes turn plain after quoteRecoveries", async () => {
    // Line 1's row never ends (its second quote opens a field); read again from line 2, that row ends.
    const text = 'a,"x\n"y,"z\nb\n';
    expect(readCsvText(text, ",")).toEqual([{ cells: [], line: -1 }]);
    expect(readCsvText(text, ",", { recover: true })).toEqual([
      { cells: [], line: -1 },
      { cells: ['"y,"z'], line: 2 },
      { cells: ["b"], line: 3 },
    ]);
    const thrice = '"a\n"b\n"c\nd,"e"\n';
    for (const quoteRecoveries of [0, 1, 2, 3, 100]) {
      expect(readCsvText(thrice, ",", { recover: true, quoteRecoveries })).toEqual(
        await csvParseRecovering(thrice, ",", quoteRecoveries),
      );
    }
    // Quotes plain from the start: nothing is left open.
    expect(readCsvText(thrice, ",", { recover: true, quoteRecoveries: 0 })).toEqual([
      { cells: ['"a'], line: 1 },
      { cells: ['"b'], line: 2 },
      { cells: ['"c'], line: 3 },
      { cells: ["d", '"e"'], line: 4 },
    ]);
  });
});

/** The reader's rows when the rows `accept` picks are taken whole (readCsvText's takePlain), and those rows. */
function readOfferingPlain(
  chunks: readonly string[],
  delimiter: string,
  options: { recover?: boolean; quoteRecoveries?: number; maxRecordChars?: number },
  accept: (row: string) => boolean,
) {
  const plain: string[] = [];
  const rows = readCsvText(chunks, delimiter, options, (row) => {
    if (!accept(row)) return false;
    plain.push(row);
    return true;
  });
  return { rows, plain };
}

describe("CsvReader offers rows without quotes to the sink whole (sink.plain)", () => {
  it("taking any of them changes no row, line or broken row; none holds a quote or a newline", async () => {
    await fc.assert(
      fc.asyncProperty(
        delimitedText,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 0, max: 3 }),
        fc.nat(),
        async ([delimiter, text], cuts, quoteRecoveries, seed) => {
          // Accept rows by a hash of their text, so that whether a row is taken does not follow its place.
          const accept = (row: string) => {
            let h = seed;
            for (let i = 0; i < row.length; i++) h = (h * 31 + row.charCodeAt(i)) | 0;
            return (h & 1) === 0;
          };
          const options = { recover: true, quoteRecoveries };
          const got = readOfferingPlain(split(text, cuts), delimiter, options, accept);
          expect(got.rows).toEqual(readCsvText(split(text, cuts), delimiter, options));
          for (const row of got.plain) expect(row).not.toMatch(/["\n]/);
          // Taking every row offered: still the same rows.
          expect(readOfferingPlain([text], delimiter, options, () => true).rows).toEqual(
            readCsvText([text], delimiter, options),
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("offers only rows that end in the chunk and fit maxRecordChars", () => {
    const offered: string[] = [];
    const reader = new CsvReader(",", { maxRecordChars: 5, recover: true });
    const sink: CsvSink = {
      row: () => {},
      broken: () => {},
      plain: (text, start, end) => {
        offered.push(text.slice(start, end));
        return true;
      },
    };
    reader.write("ab,c\nlonger,row\nd,e", sink);
    reader.write("f\ng\n", sink);
    reader.end(sink);
    // `longer,row` is too long, `d,ef` spans two chunks: both go through the splitting path.
    expect(offered).toEqual(["ab,c", "g"]);
  });
});
