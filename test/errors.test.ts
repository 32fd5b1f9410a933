// Every rejected-row reason and every fatal error, each from its own fixture through the real CLI, with the
// exact message and exit code (DESIGN §5, §8, §10; hledger `test/errors` style). Exit codes: 1 when a row is
// rejected, 2 when the job cannot be done. Personal data is masked in every value a message echoes.

import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REJECT_REASONS } from "../src/model/record.js";
import { FATAL_CODES } from "../src/model/vhr-error.js";
import { runCli, runCliJson } from "./helpers/run-cli.js";

const AS_OF = "2026-11-22";

interface RejectedEntry {
  line: number;
  reason: string;
  column: string | null;
  value: string | null;
  message: string;
}

interface InspectJson {
  source: string;
  rows: number;
  records: number;
  rejected: RejectedEntry[];
}

interface RejectCase {
  /** File name in fixtures/rejects. */
  file: string;
  source: string;
  rows: number;
  records: number;
  rejected: RejectedEntry[];
}

/** Runs of `vhr inspect --json` by arguments: the PII checks read the same output as the reject checks. */
const inspectRuns = new Map<string, ReturnType<typeof runCliJson<InspectJson>>>();

function inspectJson(path: string, ...extra: string[]) {
  const args = ["inspect", "--json", "--as-of", AS_OF, ...extra, path];
  const key = args.join("\u0000");
  let result = inspectRuns.get(key);
  if (result === undefined) {
    result = runCliJson<InspectJson>(args);
    inspectRuns.set(key, result);
  }
  return result;
}

// ─── Rejected rows ───────────────────────────────────────────────────────────────────────────────────────

/** The exact output of `vhr inspect --json --as-of 2026-11-22 fixtures/rejects/<file>`. */
const REJECT_CASES: RejectCase[] = [
  {
    file: "column-count-too-few.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "column-count",
        column: null,
        value: null,
        message:
          "fixtures/rejects/column-count-too-few.csv:3: the row has 7 cells, the header 8. A value containing a comma or a line break must be in double quotes: make this row have as many cells as the header.",
      },
    ],
  },
  {
    file: "column-count-too-many.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "column-count",
        column: null,
        value: null,
        message:
          "fixtures/rejects/column-count-too-many.csv:3: the row has 9 cells, the header 8. A value containing a comma or a line break must be in double quotes: make this row have as many cells as the header.",
      },
    ],
  },
  {
    file: "date-out-of-range-before-1980.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 2,
        reason: "date-out-of-range",
        column: "봉사일",
        value: "1970-01-01",
        message:
          'fixtures/rejects/date-out-of-range-before-1980.csv:2, column "봉사일": "1970-01-01" is out of range (expected between 1980-01-01 and 2026-11-22). Correct the date.',
      },
    ],
  },
  {
    file: "date-out-of-range-future.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "date-out-of-range",
        column: "봉사일",
        value: "2026-12-05",
        message:
          'fixtures/rejects/date-out-of-range-future.csv:3, column "봉사일": "2026-12-05" is out of range (expected between 1980-01-01 and 2026-11-22). Correct the date.',
      },
    ],
  },
  {
    file: "invalid-birthdate.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-birthdate",
        column: "생년월일",
        value: "2007-**-**",
        message:
          'fixtures/rejects/invalid-birthdate.csv:3, column "생년월일": "2007-**-**" is not a birthdate. Expected YYYY-MM-DD, YYYYMMDD, YYMMDD or YYYY년 M월 D일. Correct the birthdate.',
      },
    ],
  },
  {
    file: "invalid-code.csv",
    source: "culture",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-code",
        column: "코드",
        value: "3OO",
        message:
          'fixtures/rejects/invalid-code.csv:3, column "코드": "3OO" is not a known result code. Expected 99, 100, 200, 300, 400. Correct the code.',
      },
    ],
  },
  {
    file: "invalid-date.csv",
    source: "vms",
    rows: 3,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-date",
        column: "봉사일",
        value: "2026-09-31",
        message:
          'fixtures/rejects/invalid-date.csv:3, column "봉사일": "2026-09-31" is not a date. Expected YYYY-MM-DD (or YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일). Change the date to one of these forms.',
      },
      {
        line: 4,
        reason: "invalid-date",
        column: "봉사일",
        value: "******-*******",
        message:
          'fixtures/rejects/invalid-date.csv:4, column "봉사일": "******-*******" is not a date. Expected YYYY-MM-DD (or YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일). Change the date to one of these forms.',
      },
    ],
  },
  {
    file: "invalid-duration-over-24h.csv",
    source: "1365",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-duration",
        column: "인정시간",
        value: "25시간",
        message:
          'fixtures/rejects/invalid-duration-over-24h.csv:3, column "인정시간": "25시간" is over 24 h for one day (25 h). Expected e.g. 2시간, 2시간 30분, 90분, 1:30, 2.5, 15:30~16:30 (more than 0 and at most 24 h for one day). Correct the hours.',
      },
    ],
  },
  {
    file: "invalid-duration-zero.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-duration",
        column: "봉사시간",
        value: "0",
        message:
          'fixtures/rejects/invalid-duration-zero.csv:3, column "봉사시간": "0" is zero. Expected e.g. 2시간, 2시간 30분, 90분, 1:30, 2.5, 15:30~16:30 (more than 0 and at most 24 h for one day). Correct the hours.',
      },
    ],
  },
  {
    file: "invalid-name.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-name",
        column: "성명",
        value: "0************",
        message:
          'fixtures/rejects/invalid-name.csv:3, column "성명": "0************" is not a name (it has no letters). Correct the name or leave the cell empty.',
      },
    ],
  },
  {
    file: "invalid-period.csv",
    source: "culture",
    rows: 3,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-period",
        column: "활동기간",
        value: "20261031~20261003",
        message:
          'fixtures/rejects/invalid-period.csv:3, column "활동기간": "20261031~20261003" has its dates reversed: it ends before it starts. Change it to "20261003~20261031".',
      },
      {
        line: 4,
        reason: "invalid-period",
        column: "활동기간",
        value: "2026.08~2026.09",
        message:
          'fixtures/rejects/invalid-period.csv:4, column "활동기간": "2026.08~2026.09" is not a period. Expected YYYYMMDD~YYYYMMDD (or YYYY-MM-DD~YYYY-MM-DD). Change the period to this form.',
      },
    ],
  },
  {
    file: "invalid-phone.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-phone",
        column: "휴대폰번호",
        value: "*.01E+10",
        message:
          'fixtures/rejects/invalid-phone.csv:3, column "휴대폰번호": "*.01E+10" is not a phone number. Expected 010-1234-5678 (or 01012345678, +82 10-1234-5678). Excel turned the number into scientific notation and lost its digits: format the column as text in Excel, type the number again or export again, and save the CSV.',
      },
    ],
  },
  {
    file: "invalid-time.csv",
    source: "culture",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "invalid-time",
        column: "시작시간",
        value: "10;30",
        message:
          'fixtures/rejects/invalid-time.csv:3, column "시작시간": "10;30" is not a time. Expected 15:30 or an hour (10), a range as 15:30~16:30. Correct the time.',
      },
    ],
  },
  {
    file: "missing-value.csv",
    source: "1365",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "missing-value",
        column: "인정시간",
        value: "",
        message:
          'fixtures/rejects/missing-value.csv:3, column "인정시간": the value is empty (hours). The record cannot be read without it: export it again from the source system or fill in the cell.',
      },
    ],
  },
  {
    file: "unknown-status.csv",
    source: "vms",
    rows: 2,
    records: 1,
    rejected: [
      {
        line: 3,
        reason: "unknown-status",
        column: "승인상태",
        value: "보류",
        message:
          'fixtures/rejects/unknown-status.csv:3, column "승인상태": "보류" is not a known status (approval). Expected one of: 승인, 승인완료, 인증, 인증완료, approved, y, 대기, 승인대기, 미승인, 확인중, pending, n, 반려, 취소, 승인취소, rejected. Correct the value, or add the word to a user profile (--profile).',
      },
    ],
  },
  {
    file: "unterminated-quote.csv",
    source: "vms",
    // The row after the broken one is still read (DESIGN §5: reading never stops at a bad row).
    rows: 3,
    records: 2,
    rejected: [
      {
        line: 3,
        reason: "unterminated-quote",
        column: null,
        value: null,
        message:
          'fixtures/rejects/unterminated-quote.csv:3: a double quote (") opened on this line never closes, so the row cannot be split into cells; the lines after it were read on their own. A quote inside a value must be doubled (""): close the quote or pair them up.',
      },
    ],
  },
];

describe("rejected rows: one fixture per reason, exact entry and message, exit code 1", () => {
  it("covers every reason of REJECT_REASONS, and every fixture in fixtures/rejects has a case", () => {
    const reasons = new Set(REJECT_CASES.flatMap((c) => c.rejected.map((r) => r.reason)));
    // A row over 4,000,000 characters cannot be a committed fixture: test/malformed.test.ts generates one.
    for (const generated of ["row-too-long"]) reasons.add(generated);
    expect([...reasons].sort()).toEqual([...REJECT_REASONS].sort());
    const files = readdirSync("fixtures/rejects").filter((name) => name.endsWith(".csv"));
    expect(REJECT_CASES.map((c) => c.file).sort()).toEqual(files.sort());
  });

  it.each(REJECT_CASES.map((c) => [c.file, c] as const))("%s", (_file, c) => {
    const result = inspectJson(`fixtures/rejects/${c.file}`);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    expect(result.json.source).toBe(c.source);
    // At least one good row: the file is usable, only the bad row is set aside.
    expect(result.json.records).toBeGreaterThan(0);
    expect({ rows: result.json.rows, records: result.json.records }).toEqual({
      rows: c.rows,
      records: c.records,
    });
    expect(result.json.rejected).toEqual(c.rejected);
    // The ledger adds up: every row after the header is a record, ignored or rejected.
    expect(c.records + c.rejected.length).toBe(c.rows);
  });

  it("lists the rejected rows in the text form too, with exit code 1", () => {
    const result = runCli(["inspect", "--as-of", AS_OF, "fixtures/rejects/invalid-date.csv"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const lines = result.stdout.split("\n");
    const first = lines.findIndex((line) => line.startsWith("rejected"));
    expect(lines.slice(first, first + 2)).toEqual([
      'rejected    fixtures/rejects/invalid-date.csv:3, column "봉사일": "2026-09-31" is not a date. Expected YYYY-MM-DD (or YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일). Change the date to one of these forms.',
      '            fixtures/rejects/invalid-date.csv:4, column "봉사일": "******-*******" is not a date. Expected YYYY-MM-DD (or YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일). Change the date to one of these forms.',
    ]);
  });

  it("a date after --as-of is out of range, the same date with a later --as-of is not", () => {
    const later = inspectJson("fixtures/rejects/date-out-of-range-future.csv", "--as-of", "2026-12-31");
    expect(later.status).toBe(0);
    expect(later.json.rejected).toEqual([]);
    expect(later.json.records).toBe(2);
  });

  it.each([
    [
      "missing-value.csv",
      [
        "fixtures/rejects/missing-value.csv:3, '인정시간' 열: 값이 비어 있습니다 (봉사시간). 이 값이 있어야 기록을 읽을 수 있습니다: 원본 시스템에서 다시 내보내거나 칸을 채우세요.",
      ],
    ],
    [
      "invalid-phone.csv",
      [
        "fixtures/rejects/invalid-phone.csv:3, '휴대폰번호' 열: 값 \"*.01E+10\": 휴대폰 번호로 읽을 수 없습니다. 기대한 형식: 010-1234-5678 (또는 01012345678, +82 10-1234-5678). 엑셀이 번호를 지수 표기로 바꾸면서 숫자를 잃었습니다: 엑셀에서 열 서식을 텍스트로 바꾸고 번호를 다시 입력하거나 다시 내보낸 뒤 CSV로 저장하세요.",
      ],
    ],
    [
      "invalid-period.csv",
      [
        'fixtures/rejects/invalid-period.csv:3, \'활동기간\' 열: 값 "20261031~20261003": 시작과 끝 날짜가 뒤바뀌었습니다(끝 날짜가 시작 날짜보다 앞섭니다). "20261003~20261031"처럼 고치세요.',
        "fixtures/rejects/invalid-period.csv:4, '활동기간' 열: 값 \"2026.08~2026.09\": 기간으로 읽을 수 없습니다. 기대한 형식: YYYYMMDD~YYYYMMDD (또는 YYYY-MM-DD~YYYY-MM-DD). 기간을 이 형식으로 고치세요.",
      ],
    ],
    [
      "unterminated-quote.csv",
      [
        'fixtures/rejects/unterminated-quote.csv:3: 이 줄에서 시작한 큰따옴표(")가 닫히지 않아 이 행을 칸으로 나눌 수 없습니다. 다음 줄부터는 따로 읽었습니다. 값 안의 큰따옴표는 두 번("") 써야 합니다: 따옴표를 닫거나 짝을 맞추세요.',
      ],
    ],
  ])("--lang ko: %s", (file, messages) => {
    const result = inspectJson(`fixtures/rejects/${file}`, "--lang", "ko");
    expect(result.status).toBe(1);
    expect(result.json.rejected.map((r) => r.message)).toEqual(messages);
  });

  it("LANG=ko_KR.UTF-8 alone gives Korean messages", () => {
    const result = runCliJson<InspectJson>(
      ["inspect", "--json", "--as-of", AS_OF, "fixtures/rejects/missing-value.csv"],
      { env: { LANG: "ko_KR.UTF-8" } },
    );
    expect(result.json.rejected[0].message).toContain("값이 비어 있습니다");
  });

  it("check reports the same rejected rows in its JSON report and exits 1", () => {
    const result = runCliJson<{
      files: {
        path: string;
        rows: number;
        ledger: { rejected: number };
        rejected: Omit<RejectedEntry, "column" | "value">[];
      }[];
      summary: { rejected: number };
    }>(["check", "--json", "--as-of", AS_OF, "fixtures/rejects/invalid-duration-over-24h.csv"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("");
    const [file] = result.json.files;
    expect(file.ledger.rejected).toBe(1);
    expect(result.json.summary.rejected).toBe(1);
    expect(file.rejected).toEqual([
      expect.objectContaining({
        line: 3,
        reason: "invalid-duration",
        message:
          'fixtures/rejects/invalid-duration-over-24h.csv:3, column "인정시간": "25시간" is over 24 h for one day (25 h). Expected e.g. 2시간, 2시간 30분, 90분, 1:30, 2.5, 15:30~16:30 (more than 0 and at most 24 h for one day). Correct the hours.',
      }),
    ]);
  });
});

// ─── Personal data ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Personal data of the invented people in the reject fixtures, in every spelling a leak could take: names,
 * full birthdates (also the invalid 2007-02-30), full phones, and the resident number's back digits.
 */
const PII = [
  "김하늘",
  "이도윤",
  "하늘",
  "도윤",
  "2008-03-05",
  "2007-11-21",
  "2007-02-30",
  "02-30",
  "080305",
  "010-0000-1234",
  "010-0000-5678",
  "0000-1234",
  "0000-5678",
  "01000001234",
  "01000005678",
  "3000000",
];

describe("personal data is masked in every echoed value", () => {
  it.each(REJECT_CASES.map((c) => [c.file]))("inspect %s (JSON and text)", (file) => {
    const json = inspectJson(`fixtures/rejects/${file}`);
    const text = runCli(["inspect", "--as-of", AS_OF, `fixtures/rejects/${file}`]);
    for (const output of [json.stdout, json.stderr, text.stdout, text.stderr]) {
      for (const value of PII) expect(output).not.toContain(value);
    }
  });

  it("check --json over every reject fixture shows no name, full birthdate, full phone or resident number", () => {
    const result = runCli(["check", "--json", "--as-of", AS_OF, "fixtures/rejects"]);
    expect(result.status).toBe(1);
    for (const value of PII) expect(result.stdout + result.stderr).not.toContain(value);
  });

  it("masks the rejected identity values with the one masking rule", () => {
    const values = REJECT_CASES.flatMap((c) => c.rejected)
      .filter((r) => r.column === "성명" || r.column === "생년월일" || r.column === "휴대폰번호")
      .map((r) => [r.column, r.value]);
    expect(values).toEqual([
      ["생년월일", "2007-**-**"],
      ["성명", "0************"],
      ["휴대폰번호", "*.01E+10"],
    ]);
  });
});

// ─── Fatal errors ────────────────────────────────────────────────────────────────────────────────────────

interface FatalCase {
  name: string;
  code: (typeof FATAL_CODES)[number];
  args: () => string[];
  /** Exact standard error, or a pattern where a part comes from Node itself. */
  stderr: string | RegExp | (() => string);
  input?: string;
}

let scratch = "";
let socket: Server | null = null;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "vhr-errors-"));
  mkdirSync(join(scratch, "empty-folder"));
  // A path that exists but cannot be opened as a file (ENXIO): what EACCES is for a non-root user.
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(join(scratch, "socket.csv"), resolve));
  socket = server;
});

afterAll(async () => {
  if (socket) await new Promise<void>((resolve) => socket?.close(() => resolve()));
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const SEE_CHECK_HELP = "  → See vhr check --help.\n";
const SEE_INSPECT_HELP = "  → See vhr inspect --help.\n";
const EXPORT_AGAIN = "  → Export it again from the source system.\n";
const NO_IMAGES =
  "  → vhr cannot read images (a screenshot or photo of a list): download the list from the site as CSV.\n";
const NEED_HEADER =
  "  → The file needs a line of column names (e.g. 봉사일, 봉사시간). See the known names with vhr sources, and how the file is read with vhr inspect.\n";
const KNOWN_SOURCES =
  "  → Known sources: vms, 1365, redcross, blood, culture. Prefix the file (vms:FILE), pass --source ID, or add a format with --profile. vhr inspect FILE shows how the file is read.\n";
const CHECK_PATH = "  → Check the path. A folder reads the *.csv files in it.\n";
const PROFILE_SCHEMA = "  → vhr sources --json prints the profile schema: make the profile follow it.\n";
const PERSON_FORM =
  '  → Give it as "name,birthdate,phone", e.g. --person "김하늘,2008-03-15,010-0000-0000".\n';
const VMS_COLUMNS = "The file's columns: 봉사일, 수요처, 활동내역, 구분, 전송일자, 결과, 재전송.";
const DURATION_ALIASES =
  "  → A column with one of these headers is needed: 봉사시간, 활동시간, 인정시간, 총시간, 실적시간, hours, duration, time, minutes, 시작시간, 시작, start, start time. Rename the column, or add an alias with --profile.\n";

const FATAL_CASES: FatalCase[] = [
  {
    name: "a 0-byte file",
    code: "file-empty",
    args: () => ["inspect", "fixtures/fatal/file-empty.csv"],
    stderr: `vhr: The file is empty: fixtures/fatal/file-empty.csv\n${EXPORT_AGAIN}`,
  },
  {
    name: "a file holding only a UTF-8 BOM",
    code: "file-empty",
    args: () => ["inspect", "fixtures/fatal/file-empty-bom-only.csv"],
    stderr: `vhr: The file is empty: fixtures/fatal/file-empty-bom-only.csv\n${EXPORT_AGAIN}`,
  },
  {
    name: "empty standard input",
    code: "file-empty",
    args: () => ["inspect", "vms:-"],
    input: "",
    stderr: `vhr: The file is empty: -\n${EXPORT_AGAIN}`,
  },
  {
    name: "a PNG saved as .csv",
    code: "not-text",
    args: () => ["inspect", "fixtures/fatal/not-text.csv"],
    stderr: `vhr: Not a text (CSV) file: fixtures/fatal/not-text.csv (an image)\n${NO_IMAGES}`,
  },
  {
    name: "an .xlsx (zip) renamed to .csv",
    code: "not-text",
    args: () => ["inspect", "fixtures/fatal/not-text-xlsx.csv"],
    stderr:
      "vhr: Not a text (CSV) file: fixtures/fatal/not-text-xlsx.csv (an Excel workbook, .xlsx)\n" +
      '  → Open it in Excel and save it as "CSV UTF-8 (Comma delimited)", then give vhr that file.\n',
  },
  {
    name: "an HTML table saved as .csv",
    code: "html-file",
    args: () => ["inspect", "fixtures/fatal/html-file.csv"],
    stderr:
      'vhr: An HTML file (a web page, or an "Excel" download that is really HTML): fixtures/fatal/html-file.csv\n' +
      '  → Open it in Excel and save it as "CSV UTF-8 (Comma delimited)", then give vhr that file.\n',
  },
  {
    name: "a file of only a title line",
    code: "no-header",
    args: () => ["inspect", "fixtures/fatal/no-header-title-only.csv"],
    stderr: `vhr: No header line found in fixtures/fatal/no-header-title-only.csv (looked at its first row)\n${NEED_HEADER}`,
  },
  {
    name: "a file whose lines name no known column",
    code: "no-header",
    args: () => ["inspect", "fixtures/fatal/no-header-unknown-columns.csv"],
    stderr: `vhr: No header line found in fixtures/fatal/no-header-unknown-columns.csv (looked at the first 3 rows)\n${NEED_HEADER}`,
  },
  {
    name: "a VMS file without 봉사시간, forced with vms:",
    code: "missing-column",
    args: () => ["inspect", "vms:fixtures/fatal/missing-column-vms.csv"],
    stderr: `vhr: fixtures/fatal/missing-column-vms.csv (VMS): no hours or start time column. ${VMS_COLUMNS}\n${DURATION_ALIASES}`,
  },
  {
    name: "a VMS file without 봉사시간, detected",
    code: "missing-column",
    args: () => ["inspect", "fixtures/fatal/missing-column-vms.csv"],
    stderr: `vhr: fixtures/fatal/missing-column-vms.csv (VMS): no hours or start time column. ${VMS_COLUMNS}\n${DURATION_ALIASES}`,
  },
  {
    name: "a blood-donation file without 헌혈일자, detected",
    code: "missing-column",
    args: () => ["inspect", "fixtures/fatal/missing-column-auto.csv"],
    stderr:
      "vhr: fixtures/fatal/missing-column-auto.csv (blood donation): no date column. The file's columns: 성명, 생년월일, 헌혈종류, 헌혈장소, 헌혈증서번호.\n" +
      "  → A column with one of these headers is needed: 헌혈일자, 헌혈일, 일자, donation date, date. Rename the column, or add an alias with --profile.\n",
  },
  {
    name: "headers shared by several sources and a neutral file name",
    code: "source-ambiguous",
    args: () => ["inspect", "fixtures/fatal/source-ambiguous.csv"],
    stderr:
      "vhr: fixtures/fatal/source-ambiguous.csv: cannot tell which system this file comes from. Candidates: 1365, culture, redcross, vms.\n" +
      "  → Prefix the file with its source (1365:fixtures/fatal/source-ambiguous.csv) or pass --source 1365.\n",
  },
  {
    name: "--source nosuch",
    code: "source-unknown",
    args: () => ["inspect", "--source", "nosuch", "fixtures/sources/vms-list.csv"],
    stderr: `vhr: Unknown source: nosuch\n${KNOWN_SOURCES}`,
  },
  {
    name: "--encoding latin9",
    code: "encoding-unknown",
    args: () => ["inspect", "--encoding", "latin9", "fixtures/sources/vms-list.csv"],
    stderr:
      "vhr: Unknown encoding: latin9\n  → Supported encodings: utf-8, cp949 (euc-kr), utf-16le, utf-16be.\n",
  },
  {
    name: "a CP949 file read with --encoding utf-8",
    code: "encoding-invalid",
    args: () => ["inspect", "--encoding", "utf-8", "fixtures/fatal/encoding-invalid.csv"],
    stderr:
      "vhr: fixtures/fatal/encoding-invalid.csv: bytes that are not valid utf-8.\n" +
      "  → Leave out --encoding to let vhr detect it, or pass the right one (Excel on Korean Windows saves cp949).\n",
  },
  {
    name: "a --profile with a schema error",
    code: "profile-invalid",
    args: () => [
      "inspect",
      "--profile",
      "fixtures/fatal/profile-invalid-schema.json",
      "fixtures/sources/vms-list.csv",
    ],
    stderr:
      "vhr: Invalid profile fixtures/fatal/profile-invalid-schema.json: columns.duration: Invalid input: expected array, received string\n" +
      PROFILE_SCHEMA,
  },
  {
    name: "a --profile that is not JSON",
    code: "profile-invalid",
    args: () => [
      "inspect",
      "--profile",
      "fixtures/fatal/profile-invalid-not-json.json",
      "fixtures/sources/vms-list.csv",
    ],
    // The parser's words come from Node; newer versions add "(line 2 column 3)".
    stderr:
      /^vhr: Invalid profile fixtures\/fatal\/profile-invalid-not-json\.json: not JSON: Expected property name or '}' in JSON at position 4(?: \(line 2 column 3\))?\n {2}→ vhr sources --json prints the profile schema: make the profile follow it\.\n$/,
  },
  {
    name: "--person with no such birthdate (2008-02-30)",
    code: "person-invalid",
    args: () => [
      "check",
      "--person",
      "김하늘,2008-02-30,010-0000-1234",
      "fixtures/sources/vms-link-2020.csv",
    ],
    stderr: `vhr: The birthdate in --person, "2008-**-**", is not a date.\n${PERSON_FORM}`,
  },
  {
    name: "--person with Excel's scientific-notation phone",
    code: "person-invalid",
    args: () => ["inspect", "--person", "김하늘,2008-03-05,1.01E+10", "fixtures/sources/vms-link-2020.csv"],
    stderr: `vhr: The phone number in --person, "*.01E+10", is not a phone number.\n${PERSON_FORM}`,
  },
  {
    name: "a file that does not exist",
    code: "file-not-found",
    args: () => ["inspect", "fixtures/fatal/no-such-file.csv"],
    stderr: `vhr: No such file: fixtures/fatal/no-such-file.csv\n${CHECK_PATH}`,
  },
  {
    name: "a path holding a resident number, which is masked",
    code: "file-not-found",
    args: () => ["inspect", "080305-3000000.csv"],
    stderr: `vhr: No such file: ******-*******.csv\n${CHECK_PATH}`,
  },
  {
    name: "an unknown prefix, which is not a prefix but part of the path",
    code: "file-not-found",
    args: () => ["inspect", "nosuch:fixtures/sources/vms-list.csv"],
    stderr: `vhr: No such file: nosuch:fixtures/sources/vms-list.csv\n${CHECK_PATH}`,
  },
  {
    // ENXIO: Linux refuses to open a Unix socket as a file.
    name: "a path that exists but cannot be opened (a socket)",
    code: "file-unreadable",
    args: () => ["inspect", join(scratch, "socket.csv")],
    stderr: () =>
      `vhr: Cannot read ${join(scratch, "socket.csv")} (ENXIO)\n` +
      "  → Check the permissions; if another program (such as Excel) has the file open, close it and run again.\n",
  },
  {
    name: "an empty folder",
    code: "no-inputs",
    args: () => ["check", join(scratch, "empty-folder")],
    stderr: () =>
      `vhr: No CSV files in ${join(scratch, "empty-folder")}.\n` +
      "  → Give files or folders, e.g. vhr check vms.csv 1365.csv ('-' reads standard input).\n",
  },
  {
    name: "check without inputs",
    code: "no-inputs",
    args: () => ["check"],
    stderr:
      "vhr: No input files.\n  → Give files or folders, e.g. vhr check vms.csv 1365.csv ('-' reads standard input).\n",
  },
  {
    name: "-o into a folder that does not exist",
    code: "output-unwritable",
    args: () => ["check", "--as-of", AS_OF, "-o", "/nonexistent-dir/x.json", "fixtures/sources/vms-list.csv"],
    stderr:
      "vhr: Cannot write the output file /nonexistent-dir/x.json (ENOENT)\n" +
      "  → Check that the folder exists, that you may write there, and that Excel does not have the file open.\n",
  },
  {
    name: "--as-of 2026-13-01",
    code: "usage",
    args: () => ["check", "--as-of", "2026-13-01", "fixtures/sources/vms-list.csv"],
    stderr: `vhr: --as-of: invalid value "2026-13-01" (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)\n${SEE_CHECK_HELP}`,
  },
  {
    name: "inspect --as-of 2026-13-01",
    code: "usage",
    args: () => ["inspect", "--as-of", "2026-13-01", "fixtures/sources/vms-list.csv"],
    stderr: `vhr: --as-of: invalid value "2026-13-01" (expected YYYY-MM-DD or YYYY-MM-DD HH:MM)\n${SEE_INSPECT_HELP}`,
  },
  {
    name: "--blood-cap -1",
    code: "usage",
    args: () => ["check", "--blood-cap", "-1", "fixtures/sources/vms-list.csv"],
    stderr: `vhr: --blood-cap: invalid value "-1" (expected a whole number from 0 to 100)\n${SEE_CHECK_HELP}`,
  },
  {
    name: "an unknown option",
    code: "usage",
    args: () => ["check", "--frobnicate", "fixtures/sources/vms-list.csv"],
    stderr: `vhr: unknown option '--frobnicate'\n${SEE_CHECK_HELP}`,
  },
  {
    name: "an unknown --format",
    code: "usage",
    args: () => ["check", "--format", "xml", "fixtures/sources/vms-list.csv"],
    stderr: `vhr: --format: invalid value "xml" (expected one of table, json, csv)\n${SEE_CHECK_HELP}`,
  },
];

describe("fatal errors: exact message, exit code 2, no stack trace", () => {
  it("covers every fatal code", () => {
    expect([...new Set(FATAL_CASES.map((c) => c.code))].sort()).toEqual([...FATAL_CODES].sort());
  });

  it.each(FATAL_CASES.map((c) => [`${c.code}: ${c.name}`, c] as const))("%s", (_name, c) => {
    const result = runCli(c.args(), c.input === undefined ? {} : { input: c.input });
    const expected = typeof c.stderr === "function" ? c.stderr() : c.stderr;
    if (typeof expected === "string") expect(result.stderr).toBe(expected);
    else expect(result.stderr).toMatch(expected);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).not.toContain("    at ");
    expect(result.stderr).not.toContain("internal error");
  });

  it.each([
    ["이도윤,2007-02-30,010-0000-5678", ["2007-02-30", "02-30"]],
    ["이도윤,2007-11-21,1.01E+10", ["2007-11-21", "11-21"]],
    ["이도윤,2007-11-21,010-0000-5678,3반", ["2007-11-21", "0000-5678", "3반"]],
  ])("--person %s never echoes the name, the full birthdate or the full phone", (person, leaks) => {
    // (The remedy's example, 김하늘, is the catalogue's own invented person: the test uses another.)
    const result = runCli(["check", "--person", person, "fixtures/sources/vms-link-2020.csv"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^vhr: (?:The (?:birthdate|phone number) in --person, |--person has 4 parts)/,
    );
    for (const value of ["이도윤", "도윤", "010-0000-5678", "0000-5678", ...leaks]) {
      expect(result.stderr).not.toContain(value);
    }
  });

  it.each([
    [["inspect"], "vhr: missing required argument 'file'\n  → See vhr inspect --help.\n"],
    [
      ["inspect", "a.csv", "b.csv"],
      "vhr: too many arguments (at most 1 argument)\n  → See vhr inspect --help.\n",
    ],
    [["check", "--jsn"], "vhr: unknown option '--jsn' (did you mean --json?)\n  → See vhr check --help.\n"],
    [["check", "--as-of"], "vhr: option '--as-of' needs a value\n  → See vhr check --help.\n"],
    [["--bogus"], "vhr: unknown option '--bogus'\n  → See vhr --help.\n"],
    [["frobnicate"], "vhr: unknown command 'frobnicate'\n  → See vhr --help.\n"],
  ])("commander's usage errors follow the vhr shape: %j", (args, stderr) => {
    const result = runCli(args);
    expect(result.stderr).toBe(stderr);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
  });

  it("--debug adds the stack trace (and only then)", () => {
    const result = runCli(["inspect", "--debug", "fixtures/fatal/file-empty.csv"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("vhr: The file is empty: fixtures/fatal/file-empty.csv\n");
    expect(result.stderr).toContain("    at ");
  });

  it.each([
    [
      ["inspect", "--lang", "ko", "fixtures/fatal/file-empty.csv"],
      "vhr: 파일이 비어 있습니다: fixtures/fatal/file-empty.csv\n  → 원본 시스템에서 다시 내보내세요.\n",
    ],
    [
      ["inspect", "--lang", "ko", "fixtures/fatal/source-ambiguous.csv"],
      "vhr: fixtures/fatal/source-ambiguous.csv: 어느 시스템의 파일인지 정할 수 없습니다. 후보: 1365, culture, redcross, vms.\n" +
        "  → 파일 앞에 출처를 붙이거나(예: 1365:fixtures/fatal/source-ambiguous.csv) --source 1365처럼 출처를 지정하세요.\n",
    ],
    [
      ["inspect", "--lang", "ko", "fixtures/fatal/not-text.csv"],
      "vhr: 텍스트(CSV) 파일이 아닙니다: fixtures/fatal/not-text.csv (이미지)\n" +
        "  → vhr은 이미지(목록의 화면 캡처나 사진)를 읽지 못합니다: 사이트에서 목록을 CSV로 내려받으세요.\n",
    ],
    // Korean usage errors are Korean through and through: the facts come from the code, the words from ko.ts.
    [
      ["check", "--lang", "ko", "--as-of", "2026-13-01", "fixtures/sources/vms-list.csv"],
      'vhr: 옵션 --as-of: 잘못된 값 "2026-13-01" (기대: YYYY-MM-DD 또는 YYYY-MM-DD HH:MM)\n' +
        "  → 사용법은 vhr check --help로 보세요.\n",
    ],
    [
      ["check", "--lang", "ko", "--blood-cap", "200", "fixtures/sources/vms-list.csv"],
      'vhr: 옵션 --blood-cap: 잘못된 값 "200" (기대: 0부터 100까지의 정수)\n  → 사용법은 vhr check --help로 보세요.\n',
    ],
    [
      ["check", "--lang", "ko", "--frobnicate", "fixtures/sources/vms-list.csv"],
      "vhr: 알 수 없는 옵션: --frobnicate\n  → 사용법은 vhr check --help로 보세요.\n",
    ],
    [
      ["inspect", "--lang", "ko", "--format", "xml", "fixtures/sources/vms-list.csv"],
      "vhr: 알 수 없는 옵션: --format\n  → 사용법은 vhr inspect --help로 보세요.\n",
    ],
    [
      ["check", "--lang", "ko", "--format", "xml", "fixtures/sources/vms-list.csv"],
      'vhr: 옵션 --format: 잘못된 값 "xml" (기대: table, json, csv 중 하나)\n  → 사용법은 vhr check --help로 보세요.\n',
    ],
    [
      [
        "check",
        "--lang",
        "ko",
        "--person",
        "이도윤,2007-11-21,010-0000-5678,3반",
        "fixtures/sources/vms-list.csv",
      ],
      "vhr: --person 값이 4개 부분으로 나뉩니다: 이름, 생년월일, 휴대폰 최대 3개를 쉼표로 구분해 주세요.\n" +
        '  → "이름,생년월일,휴대폰" 형식으로 주세요. 예: --person "김하늘,2008-03-15,010-0000-0000"\n',
    ],
    [["frobnicate", "--lang", "ko"], "vhr: 알 수 없는 명령: frobnicate\n  → 사용법은 vhr --help로 보세요.\n"],
  ])("--lang ko: %j", (args, stderr) => {
    const result = runCli(args);
    expect(result.stderr).toBe(stderr);
    expect(result.status).toBe(2);
  });

  it("a header-only file is not fatal: it is read with 0 rows and exits 0", () => {
    const result = inspectJson("fixtures/fatal/header-only.csv");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.json).toMatchObject({ source: "vms", rows: 0, records: 0, rejected: [] });
  });
});
