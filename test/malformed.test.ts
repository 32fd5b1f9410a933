// Hostile and broken inputs through the real CLI (issue 7): every file ends as read rows and rejected rows with
// reasons, or as a fatal error with exit code 2 — never a stack trace, never a hang — and the ledger of every
// file read adds up to its rows. fixtures/malformed holds the small cases; the large ones (a 1 MB cell, a row
// of millions of characters, CP949 first seen past the 64 KiB sample) are generated into a temporary folder.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCli } from "./helpers/run-cli.js";

const AS_OF = "2026-11-22";
/** Per test: a hang fails the test instead of stalling the run (run-cli also kills a child after 30 s). */
const TIMEOUT = 60_000;
const DIR = "fixtures/malformed";

interface InspectJson {
  source: string;
  encoding: string;
  bom: boolean;
  headerLine: number;
  rows: number;
  records: number;
  ignored: number;
  rejected: { line: number; reason: string; column: string | null; value: string | null; message: string }[];
  warnings: { code: string; message: string }[];
}

interface ReportJson {
  files: {
    path: string;
    rows: number;
    ledger: Record<"paired" | "unpaired" | "finding" | "ignored" | "rejected", number>;
    rejected: { line: number; reason: string; message: string }[];
    warnings: { code: string; message: string }[];
  }[];
  people: { name: string | null; birthdate: string | null; phone: string | null }[];
  findings: {
    kind: string;
    severity: string;
    line: number | null;
    date: string | null;
    institution: string | null;
    activity: string | null;
  }[];
  summary: { rows: number; rejected: number };
}

/** Whatever the input, vhr answers with its own words: no stack trace, no internal error. */
function expectNoCrash(result: CliResult): void {
  expect(result.status === 0 || result.status === 1 || result.status === 2, `exit ${result.status}`).toBe(
    true,
  );
  expect(result.stderr).not.toContain("    at ");
  expect(result.stderr).not.toContain("internal error");
  expect(result.stderr).not.toMatch(/^(?:\w*Error|TypeError|RangeError):/m);
}

function inspect(path: string, ...extra: string[]): CliResult & { json: InspectJson } {
  const result = runCli(["inspect", "--json", "--as-of", AS_OF, ...extra, path]);
  expectNoCrash(result);
  expect(result.stderr, result.stderr).toBe("");
  return { ...result, json: JSON.parse(result.stdout) as InspectJson };
}

function check(path: string, ...extra: string[]): CliResult & { json: ReportJson } {
  const result = runCli(["check", "--json", "--show-pii", "--as-of", AS_OF, ...extra, path]);
  expectNoCrash(result);
  expect(result.stderr, result.stderr).toBe("");
  return { ...result, json: JSON.parse(result.stdout) as ReportJson };
}

/** Every row of every file is in exactly one ledger state (DESIGN §7). */
function expectLedgerAddsUp(report: ReportJson): void {
  for (const file of report.files) {
    const { paired, unpaired, finding, ignored, rejected } = file.ledger;
    expect(paired + unpaired + finding + ignored + rejected, file.path).toBe(file.rows);
    expect(rejected).toBe(file.rejected.length);
  }
  expect(report.summary.rows).toBe(report.files.reduce((sum, f) => sum + f.rows, 0));
}

// ─── Files that are read ─────────────────────────────────────────────────────────────────────────────────

interface ReadCase {
  file: string;
  /** Extra arguments (a profile, an encoding). */
  args?: string[];
  encoding?: string;
  bom?: boolean;
  headerLine?: number;
  rows: number;
  records: number;
  ignored?: number;
  /** `line reason` of each rejected row, in order. */
  rejected?: string[];
  warnings?: string[];
}

const READ_CASES: ReadCase[] = [
  {
    // Ragged rows deep inside a 40-row file are set aside; every other row, before and after, is read.
    file: "ragged-rows-mid.csv",
    rows: 40,
    records: 37,
    rejected: ["15 column-count", "16 column-count", "27 column-count"],
  },
  {
    // The quote opened on line 4 never closes: line 4 is rejected and lines 5–7 are still read.
    file: "unterminated-quote-mid.csv",
    rows: 6,
    records: 5,
    rejected: ["4 unterminated-quote"],
  },
  { file: "quote-in-title.csv", headerLine: 3, rows: 2, records: 2 },
  { file: "mixed-line-endings.csv", rows: 4, records: 4 },
  { file: "nul-in-cells.csv", rows: 3, records: 3, warnings: ["nul-removed"] },
  { file: "duplicate-header.csv", rows: 2, records: 2, warnings: ["duplicate-header"] },
  { file: "header-only-blank-lines.csv", rows: 2, records: 0, ignored: 2 },
  { file: "utf16be-bom.csv", encoding: "utf-16be", bom: true, rows: 2, records: 2 },
  { file: "utf16le-no-bom.csv", encoding: "utf-16le", bom: false, rows: 2, records: 2 },
  { file: "utf16be-no-bom.csv", encoding: "utf-16be", bom: false, rows: 2, records: 2 },
  {
    file: "excel-serial-date.csv",
    rows: 3,
    records: 1,
    rejected: ["2 invalid-date", "3 invalid-date"],
  },
  {
    file: "excel-serial-date.csv",
    args: ["--profile", `${DIR}/excel-serial-profile.json`],
    rows: 3,
    records: 3,
  },
  {
    file: "scientific-phone.csv",
    rows: 3,
    records: 1,
    rejected: ["2 invalid-phone", "3 invalid-phone"],
  },
  {
    file: "far-dates.csv",
    rows: 7,
    records: 1,
    rejected: [
      "2 date-out-of-range",
      "3 date-out-of-range",
      "4 invalid-date",
      "5 date-out-of-range",
      "6 date-out-of-range",
      "7 date-out-of-range",
    ],
  },
  {
    file: "zero-and-long-durations.csv",
    rows: 9,
    records: 2,
    rejected: [
      "2 invalid-duration",
      "3 invalid-duration",
      "4 invalid-duration",
      "5 invalid-duration",
      "6 invalid-duration",
      "7 invalid-duration",
      "8 invalid-duration",
    ],
  },
  {
    file: "rrn-in-cells.csv",
    rows: 5,
    records: 4,
    rejected: ["5 invalid-date"],
    warnings: ["rrn-value-masked"],
  },
  { file: "formula-cells.csv", rows: 5, records: 3, rejected: ["5 invalid-date", "6 invalid-duration"] },
];

describe("malformed files that are still read: rejected rows with reasons, the ledger adds up", () => {
  it.each(READ_CASES.map((c) => [[c.file, ...(c.args ?? [])].join(" "), c] as const))(
    "%s",
    (_name, c) => {
      const path = `${DIR}/${c.file}`;
      const rejected = c.rejected ?? [];
      const { json, status } = inspect(path, ...(c.args ?? []));
      expect(status).toBe(rejected.length > 0 ? 1 : 0);
      expect(json.source).toBe("vms");
      expect(json.encoding).toBe(c.encoding ?? "utf-8");
      if (c.bom !== undefined) expect(json.bom).toBe(c.bom);
      expect(json.headerLine).toBe(c.headerLine ?? 1);
      expect({ rows: json.rows, records: json.records, ignored: json.ignored }).toEqual({
        rows: c.rows,
        records: c.records,
        ignored: c.ignored ?? 0,
      });
      expect(json.rejected.map((r) => `${r.line} ${r.reason}`)).toEqual(rejected);
      expect(json.warnings.map((w) => w.code)).toEqual(c.warnings ?? []);
      expect(json.records + json.ignored + json.rejected.length).toBe(json.rows);

      // The whole pipeline on the same file: the report's ledger accounts for every row.
      const report = check(path, ...(c.args ?? []));
      const attention = rejected.length > 0 || report.json.findings.some((f) => f.severity === "error");
      expect(report.status).toBe(attention ? 1 : 0);
      expectLedgerAddsUp(report.json);
      expect(report.json.files[0].rows).toBe(c.rows);
      expect(report.json.files[0].ledger.rejected).toBe(rejected.length);
    },
    TIMEOUT,
  );

  it("every fixture in fixtures/malformed has a case", () => {
    const covered = new Set([...READ_CASES.map((c) => c.file), ...FATAL_CASES.map((c) => c.file)]);
    const files = readdirSync(DIR).filter((name) => name.endsWith(".csv"));
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
  });

  it(
    "the rows around a ragged or broken row are read as they are",
    () => {
      const ragged = check(`${DIR}/ragged-rows-mid.csv`).json;
      const lines = ragged.findings.map((f) => f.line).filter((l) => l !== null);
      expect(lines).toContain(14);
      expect(lines).toContain(17);
      expect(lines).toContain(30); // trailing empty cells are not a column-count problem
      expect(lines).toContain(41);
      const quote = check(`${DIR}/unterminated-quote-mid.csv`).json;
      expect(quote.findings.map((f) => f.line).sort()).toEqual([2, 3, 5, 6, 7]);
      expect(quote.files[0].rejected[0].message).toBe(
        `${DIR}/unterminated-quote-mid.csv:4: a double quote (") opened on this line never closes, so the row ` +
          "cannot be split into cells; the lines after it were read on their own. A quote inside a value must be " +
          'doubled (""): close the quote or pair them up.',
      );
    },
    TIMEOUT,
  );

  it(
    "mixed line endings: CRLF, LF, a lone CR and a CRLF inside quotes keep their physical lines",
    () => {
      const report = check(`${DIR}/mixed-line-endings.csv`).json;
      expect(report.findings.map((f) => [f.line, f.date, f.activity])).toEqual([
        [2, "2026-09-05", "말벗 봉사"],
        [3, "2026-09-06", "말벗 봉사"],
        [4, "2026-09-07", "말벗 봉사"],
        [6, "2026-09-08", "말벗 봉사"],
      ]);
    },
    TIMEOUT,
  );

  it(
    "NUL bytes inside cells are dropped, with a warning",
    () => {
      const report = check(`${DIR}/nul-in-cells.csv`).json;
      expect(report.findings.map((f) => [f.date, f.institution])).toEqual([
        ["2026-09-05", "가온노인복지관"],
        ["2026-09-06", "가온노인복지관"],
        ["2026-09-07", "가온노인복지관"],
      ]);
      expect(report.files[0].warnings).toEqual([
        {
          code: "nul-removed",
          message: `${DIR}/nul-in-cells.csv: removed 2 NUL characters (zero bytes, never data). The file may be damaged: if values look wrong, export it again.`,
        },
      ]);
    },
    TIMEOUT,
  );

  it(
    "duplicate header names: the first column is used, the second named in a warning",
    () => {
      const report = check(`${DIR}/duplicate-header.csv`).json;
      expect(report.findings.map((f) => f.date)).toEqual(["2026-09-05", "2026-09-06"]);
      expect(report.files[0].warnings.map((w) => w.message)).toEqual([
        `${DIR}/duplicate-header.csv: column "봉사일자" (column 9) is ignored: it maps to the same field (date) as "봉사일자", which is used.`,
      ]);
    },
    TIMEOUT,
  );

  it(
    "UTF-16 without a BOM is read as UTF-16, Korean intact",
    () => {
      for (const file of ["utf16le-no-bom.csv", "utf16be-no-bom.csv", "utf16be-bom.csv"]) {
        const report = check(`${DIR}/${file}`).json;
        expect(report.findings.map((f) => f.institution)).toEqual([
          "가온종합사회복지관",
          "가온종합사회복지관",
        ]);
        expect(report.people.map((p) => p.name)).toEqual(["한서윤"]);
      }
    },
    TIMEOUT,
  );

  it(
    "Excel serial dates: rejected with a hint, or read as dates with a profile that accepts them",
    () => {
      const rejected = inspect(`${DIR}/excel-serial-date.csv`).json.rejected;
      expect(rejected[0].message).toBe(
        `${DIR}/excel-serial-date.csv:2, column "봉사일자": "45900" is not a date. Expected YYYY-MM-DD (or ` +
          "YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일). It looks like an Excel date serial number: format the " +
          "column as a date in Excel and save the CSV again, or read the file with a --profile whose defaults have " +
          "excelSerialDates: true.",
      );
      const accepted = check(`${DIR}/excel-serial-date.csv`, "--profile", `${DIR}/excel-serial-profile.json`);
      expect(accepted.json.findings.map((f) => f.date)).toEqual(["2025-08-31", "2025-08-31", "2026-09-05"]);
    },
    TIMEOUT,
  );

  it(
    "scientific-notation phones are rejected with a hint; a phone Excel stripped of its leading 0 is read",
    () => {
      const { json } = inspect(`${DIR}/scientific-phone.csv`);
      expect(json.rejected.map((r) => r.value)).toEqual(["*.01E+10", "*.********68E+10"]);
      for (const r of json.rejected)
        expect(r.message).toContain("Excel turned the number into scientific notation");
      expect(check(`${DIR}/scientific-phone.csv`).json.people.map((p) => p.phone)).toEqual(["010-0000-2468"]);
    },
    TIMEOUT,
  );

  it(
    "dates far in the future or before 1900 are out of range, not unreadable",
    () => {
      const messages = inspect(`${DIR}/far-dates.csv`).json.rejected.map((r) => r.message);
      expect(messages[0]).toBe(
        `${DIR}/far-dates.csv:2, column "봉사일자": "9999-12-31" is out of range (expected between 1980-01-01 and 2026-11-22). Correct the date.`,
      );
      expect(messages[1]).toContain('"1899-12-31" is out of range');
      expect(messages[2]).toContain('"0999-01-01" is not a date');
    },
    TIMEOUT,
  );

  it(
    "durations of 0, below 0 and over 24 h say which",
    () => {
      const why = inspect(`${DIR}/zero-and-long-durations.csv`).json.rejected.map((r) =>
        r.message.replace(/^.*?, column "봉사시간": /, "").replace(/\. Expected.*$/, ""),
      );
      expect(why).toEqual([
        '"0" is zero',
        '"0:00" is zero',
        '"0분" is zero',
        '"00:00~00:00" is zero',
        '"25" is over 24 h for one day (25 h)',
        '"24시간 1분" is over 24 h for one day (24 h 1 min)',
        '"-2" is negative',
      ]);
    },
    TIMEOUT,
  );

  it(
    "formula-looking cells are kept as text and neutralised in the CSV output",
    () => {
      const result = runCli(["check", "--format", "csv", "--as-of", AS_OF, `${DIR}/formula-cells.csv`]);
      expectNoCrash(result);
      expect(result.status).toBe(1);
      for (const cell of [
        `"'=HYPERLINK(`,
        ",'@SUM(A1:A3),",
        ",'+가온노인복지관,",
        ",'-말벗 봉사,",
        ",'＝가온노인복지관,",
      ]) {
        expect(result.stdout).toContain(cell);
      }
    },
    TIMEOUT,
  );
});

describe("resident numbers inside name, institution, activity and member-id cells", () => {
  const path = `${DIR}/rrn-in-cells.csv`;
  const BACK = "3000417";

  it(
    "never reach any output, even with --show-pii; the masking is a warning",
    () => {
      const outputs: CliResult[] = [
        runCli(["inspect", "--json", "--as-of", AS_OF, path]),
        runCli(["inspect", "--as-of", AS_OF, path]),
        runCli(["inspect", "--lang", "ko", "--as-of", AS_OF, path]),
        runCli(["people", "--json", "--show-pii", path]),
      ];
      for (const format of ["json", "csv", "table"]) {
        outputs.push(runCli(["check", "--format", format, "--as-of", AS_OF, path]));
        outputs.push(runCli(["check", "--format", format, "--show-pii", "--as-of", AS_OF, path]));
      }
      for (const result of outputs) {
        expectNoCrash(result);
        expect(result.stdout.length).toBeGreaterThan(0);
        expect(result.stdout + result.stderr).not.toContain(BACK);
        expect(result.stdout + result.stderr).not.toContain("071203-3");
      }
      expect(inspect(path).json.warnings).toEqual([
        {
          code: "rrn-value-masked",
          message: `${path}: masked 4 values that look like resident numbers (first: line 2, column "아이디").`,
        },
      ]);
      // Beside a name, the resident number is dropped and the name kept.
      expect(check(path).json.people.map((p) => p.name)).toEqual(["오지호"]);
    },
    TIMEOUT,
  );
});

// ─── Files that cannot be read ──────────────────────────────────────────────────────────────────────────

interface FatalCase {
  file: string;
  args?: string[];
  stderr: string;
}

const OPEN_IN_EXCEL =
  '  → Open it in Excel and save it as "CSV UTF-8 (Comma delimited)", then give vhr that file.\n';
const NO_DOCUMENTS =
  '  → vhr cannot read documents: download the list from the site as CSV (or as Excel, then save it as "CSV UTF-8 (Comma delimited)").\n';
const NO_IMAGES =
  "  → vhr cannot read images (a screenshot or photo of a list): download the list from the site as CSV.\n";
const EXPORT_CSV =
  '  → Export CSV from the source system, or save it from Excel as "CSV UTF-8 (Comma delimited)".\n';

const FATAL_CASES: FatalCase[] = [
  {
    file: "bom-only-utf16le.csv",
    stderr: `vhr: The file is empty: ${DIR}/bom-only-utf16le.csv\n  → Export it again from the source system.\n`,
  },
  {
    file: "bom-and-blank-lines.csv",
    stderr: `vhr: The file is empty: ${DIR}/bom-and-blank-lines.csv\n  → Export it again from the source system.\n`,
  },
  {
    file: "title-only-blank-lines.csv",
    stderr:
      `vhr: No header line found in ${DIR}/title-only-blank-lines.csv (looked at the first 3 rows)\n` +
      "  → The file needs a line of column names (e.g. 봉사일, 봉사시간). See the known names with vhr sources, and how the file is read with vhr inspect.\n",
  },
  {
    file: "html-table-bom.csv",
    stderr: `vhr: An HTML file (a web page, or an "Excel" download that is really HTML): ${DIR}/html-table-bom.csv\n${OPEN_IN_EXCEL}`,
  },
  {
    file: "xls-workbook.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/xls-workbook.csv (an Excel 97–2003 workbook, .xls)\n${OPEN_IN_EXCEL}`,
  },
  {
    file: "hwp-document.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/hwp-document.csv (a 한글 (HWP) document)\n${NO_DOCUMENTS}`,
  },
  {
    file: "hwpx-document.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/hwpx-document.csv (a 한글 (HWP) document)\n${NO_DOCUMENTS}`,
  },
  {
    // The container of .xls and .hwp, holding neither: only "not text" can be said.
    file: "compound-unknown.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/compound-unknown.csv\n${EXPORT_CSV}`,
  },
  {
    file: "zip-archive.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/zip-archive.csv (a zip archive)\n  → Unzip it and give vhr the CSV files inside (or their folder).\n`,
  },
  {
    file: "pdf-document.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/pdf-document.csv (a PDF document)\n${NO_DOCUMENTS}`,
  },
  {
    file: "jpeg-image.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/jpeg-image.csv (an image)\n${NO_IMAGES}`,
  },
  {
    file: "gif-image.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/gif-image.csv (an image)\n${NO_IMAGES}`,
  },
  {
    file: "control-bytes.csv",
    stderr: `vhr: Not a text (CSV) file: ${DIR}/control-bytes.csv\n${EXPORT_CSV}`,
  },
];

describe("malformed files that cannot be read: one fatal error, exit code 2, no stack trace", () => {
  it.each(FATAL_CASES.map((c) => [c.file, c] as const))(
    "%s",
    (_file, c) => {
      for (const command of ["inspect", "check"]) {
        const result = runCli([command, "--as-of", AS_OF, ...(c.args ?? []), `${DIR}/${c.file}`]);
        expectNoCrash(result);
        expect(result.stderr).toBe(c.stderr);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe("");
      }
    },
    TIMEOUT,
  );

  it(
    "a CP949 file read with --encoding utf-8 (check, as inspect in errors.test.ts)",
    () => {
      const result = runCli([
        "check",
        "--json",
        "--encoding",
        "utf-8",
        "fixtures/fatal/encoding-invalid.csv",
      ]);
      expectNoCrash(result);
      expect(result.status).toBe(2);
      expect(result.stderr).toBe(
        "vhr: fixtures/fatal/encoding-invalid.csv: bytes that are not valid utf-8.\n" +
          "  → Leave out --encoding to let vhr detect it, or pass the right one (Excel on Korean Windows saves cp949).\n",
      );
    },
    TIMEOUT,
  );
});

// ─── Large inputs, generated ────────────────────────────────────────────────────────────────────────────

const HEADER = "성명,생년월일,휴대폰번호,봉사일자,인증기관,봉사내용,봉사시간,승인상태";

function row(date: string, activity = "말벗 봉사"): string {
  return `한서윤,2008-04-11,010-0000-2468,${date},가온노인복지관,${activity},2,승인`;
}

/** `count` rows on the days of September and October 2026. */
function rows(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    row(`2026-${i % 2 === 0 ? "09" : "10"}-${String(1 + (i % 28)).padStart(2, "0")}`),
  );
}

describe("large malformed inputs", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "vhr-malformed-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    "a 1 MB cell: read in full as free text, and cut to 60 characters when a rejected value echoes it",
    () => {
      const big = "가".repeat(350_000); // ~1 MB in UTF-8
      const path = join(dir, "vms-big-cell.csv");
      writeFileSync(
        path,
        `${[HEADER, row("2026-09-05", big), row("2026-09-06"), row("9".repeat(1_000_000))].join("\n")}\n`,
      );
      const { json } = inspect(path);
      expect({ rows: json.rows, records: json.records }).toEqual({ rows: 3, records: 2 });
      expect(json.rejected.map((r) => [r.line, r.reason, r.value?.length])).toEqual([
        [4, "invalid-date", 60],
      ]);
      expect(json.rejected[0].message.length).toBeLessThan(400);
      // The whole pipeline, its report written to a file (standard output would be megabytes).
      const out = join(dir, "report.json");
      const result = runCli(["check", "--json", "--show-pii", "--as-of", AS_OF, "-o", out, path]);
      expectNoCrash(result);
      expect(result.status).toBe(1);
      const report = JSON.parse(readFileSync(out, "utf8")) as ReportJson;
      expectLedgerAddsUp(report);
      expect(report.findings.map((f) => f.activity?.length)).toEqual([big.length, "말벗 봉사".length]);
    },
    TIMEOUT,
  );

  it(
    "a row of more than 4,000,000 characters is rejected and reading goes on",
    () => {
      const path = join(dir, "vms-long-row.csv");
      writeFileSync(
        path,
        `${[HEADER, row("2026-09-05"), "x".repeat(4_100_000), row("2026-09-06")].join("\n")}\n`,
      );
      const { json, status } = inspect(path);
      expect(status).toBe(1);
      expect({ rows: json.rows, records: json.records }).toEqual({ rows: 3, records: 2 });
      expect(json.rejected).toEqual([
        {
          line: 3,
          reason: "row-too-long",
          column: null,
          value: null,
          message: `${path}:3: the row is longer than 4,000,000 characters, so it is not a row of an export; the lines after it were read on their own. Check that this is the right file, or export it again.`,
        },
      ]);
    },
    TIMEOUT,
  );

  it(
    "a quote left open near the top of a large file: that row is rejected, the 80,000 rows after it are read",
    () => {
      const path = join(dir, "vms-open-quote.csv");
      // More than MAX_RECORD_CHARS after the quote: the parser gives up on the row before the end of the file.
      const after = rows(80_000);
      expect(after.join("\n").length).toBeGreaterThan(4_000_000);
      writeFileSync(
        path,
        `${[HEADER, row("2026-09-05"), row("2026-09-06", '"말벗 봉사'), ...after].join("\n")}\n`,
      );
      const { json, status } = inspect(path);
      expect(status).toBe(1);
      expect({ rows: json.rows, records: json.records }).toEqual({ rows: 80_002, records: 80_001 });
      expect(json.rejected.map((r) => `${r.line} ${r.reason}`)).toEqual(["3 unterminated-quote"]);
    },
    TIMEOUT,
  );

  it(
    "CP949 first seen past the 64 KiB sample: detected and read; with --encoding utf-8 a fatal error",
    () => {
      const path = join(dir, "vms-late-cp949.csv");
      // ASCII-only rows first (the header too: English aliases), then one row with Korean in CP949.
      const ascii = Array.from(
        { length: 1500 },
        (_, i) =>
          `Han,2008-04-11,010-0000-2468,2026-09-${String(1 + (i % 28)).padStart(2, "0")},Gaon,talk,2,approved`,
      );
      const head = Buffer.from(
        `name,birthdate,phone,date,institution,activity,hours,approval\n${ascii.join("\n")}\n`,
      );
      expect(head.length).toBeGreaterThan(65_536);
      writeFileSync(
        path,
        Buffer.concat([head, iconv.encode(`${row("2026-09-29", "똠얌꿍 나눔")}\n`, "cp949")]),
      );
      const read = inspect(`vms:${path}`);
      expect(read.json).toMatchObject({ encoding: "cp949", rows: 1501, records: 1501, rejected: [] });
      const forced = runCli(["inspect", "--encoding", "utf-8", `vms:${path}`]);
      expectNoCrash(forced);
      expect(forced.status).toBe(2);
      expect(forced.stderr).toBe(
        `vhr: ${path}: bytes that are not valid utf-8.\n` +
          "  → Leave out --encoding to let vhr detect it, or pass the right one (Excel on Korean Windows saves cp949).\n",
      );
    },
    TIMEOUT,
  );
});
