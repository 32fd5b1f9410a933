// `vhr inspect` through the real CLI on every fixture of fixtures/sources and fixtures/read: how each file is
// read (source, encoding, BOM, delimiter, header line, counts), the exact JSON shape of DESIGN §8, and the
// text form of one file.

import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type CliResult, runCli } from "./helpers/run-cli.js";

const AS_OF = "2026-11-22";

interface InspectJson {
  path: string;
  source: string;
  detection: { scores: Record<string, number>; reason: string };
  encoding: string;
  bom: boolean;
  delimiter: string;
  headerLine: number;
  columns: { header: string; field: string | null }[];
  rows: number;
  records: number;
  ignored: number;
  rejected: { line: number; reason: string; column: string | null; value: string | null; message: string }[];
  warnings: { code: string; message: string }[];
}

interface Expected {
  source: string;
  encoding: "utf-8" | "cp949" | "utf-16le";
  bom: boolean;
  delimiter: string;
  headerLine: number;
  rows: number;
  records: number;
  ignored: number;
  /** Codes of the file warnings, in order. */
  warnings: string[];
}

// 재전송 (VMS) and 구분 (문화품앗이) are known columns the profiles ignore on purpose: no unmapped warning.
const NO_IDENTITY = ["no-identity-columns"];

function plain(source: string, headerLine: number, rows: number, records: number, warnings: string[] = []) {
  return {
    source,
    encoding: "utf-8",
    bom: false,
    delimiter: ",",
    headerLine,
    rows,
    records,
    ignored: 0,
    warnings,
  } satisfies Expected;
}

const EXPECTED: Record<string, Expected> = {
  "fixtures/sources/1365.csv": plain("1365", 1, 3, 3),
  "fixtures/sources/blood.csv": plain("blood", 1, 2, 2),
  "fixtures/sources/culture-daily.csv": plain("culture", 1, 3, 3, ["no-identity-columns"]),
  "fixtures/sources/culture-list.csv": plain("culture", 1, 2, 2, NO_IDENTITY),
  "fixtures/sources/redcross.csv": plain("redcross", 1, 2, 2),
  "fixtures/sources/vms-link-2017.csv": plain("vms", 1, 3, 3, NO_IDENTITY),
  "fixtures/sources/vms-link-2020.csv": plain("vms", 1, 2, 2, NO_IDENTITY),
  "fixtures/sources/vms-list.csv": plain("vms", 1, 4, 4),
  "fixtures/read/bom-crlf-1365.csv": { ...plain("1365", 1, 2, 2), bom: true },
  "fixtures/read/cp949-vms.csv": { ...plain("vms", 1, 2, 2, NO_IDENTITY), encoding: "cp949" },
  // CRLF, LF and a lone CR: three physical lines after the header.
  "fixtures/read/mixed-line-endings-vms.csv": plain("vms", 1, 3, 3, NO_IDENTITY),
  // A quoted line break makes one record span two lines: 2 rows, not 3.
  "fixtures/read/quoted-fields-vms.csv": plain("vms", 1, 2, 2, NO_IDENTITY),
  "fixtures/read/rrn-column-vms.csv": plain("vms", 1, 1, 1, ["rrn-column-dropped"]),
  "fixtures/read/semicolon-blood.csv": { ...plain("blood", 1, 1, 1), delimiter: ";" },
  "fixtures/read/tab-culture.csv": { ...plain("culture", 1, 1, 1, ["no-identity-columns"]), delimiter: "\t" },
  // A title and a blank line above the header.
  "fixtures/read/title-line-1365.csv": plain("1365", 3, 1, 1),
  // The 합계 line is counted as a row and ignored, not rejected.
  "fixtures/read/total-line-redcross.csv": { ...plain("redcross", 1, 3, 2), ignored: 1 },
  "fixtures/read/utf16le-vms.csv": { ...plain("vms", 1, 1, 1, NO_IDENTITY), encoding: "utf-16le", bom: true },
};

const runs = new Map<string, CliResult>();

/** `vhr inspect --json --as-of 2026-11-22 <path>`, run once per path. */
function inspect(path: string): CliResult & { json: InspectJson } {
  let result = runs.get(path);
  if (result === undefined) {
    result = runCli(["inspect", "--json", "--as-of", AS_OF, path]);
    runs.set(path, result);
  }
  return { ...result, json: JSON.parse(result.stdout) as InspectJson };
}

const INSPECT_KEYS = [
  "path",
  "source",
  "detection",
  "encoding",
  "bom",
  "delimiter",
  "headerLine",
  "columns",
  "rows",
  "records",
  "ignored",
  "rejected",
  "warnings",
];

describe("vhr inspect --json on every source and read fixture", () => {
  it("has an expectation for every fixture in fixtures/sources and fixtures/read", () => {
    const files = ["fixtures/sources", "fixtures/read"].flatMap((folder) =>
      readdirSync(folder)
        .filter((name) => name.endsWith(".csv"))
        .map((name) => `${folder}/${name}`),
    );
    expect(Object.keys(EXPECTED).sort()).toEqual(files.sort());
  });

  it.each(Object.entries(EXPECTED))("%s", (path, expected) => {
    const result = inspect(path);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const { json } = result;
    expect({
      source: json.source,
      encoding: json.encoding,
      bom: json.bom,
      delimiter: json.delimiter,
      headerLine: json.headerLine,
      rows: json.rows,
      records: json.records,
      ignored: json.ignored,
      warnings: json.warnings.map((w) => w.code),
    }).toEqual(expected);
    expect(json.path).toBe(path);
    expect(json.rejected).toEqual([]);
    // The ledger of inspect adds up.
    expect(json.records + json.ignored + json.rejected.length).toBe(json.rows);
  });

  it.each(Object.keys(EXPECTED))("%s has exactly the keys of DESIGN §8", (path) => {
    const { json } = inspect(path);
    expect(Object.keys(json)).toEqual(INSPECT_KEYS);
    expect(Object.keys(json.detection)).toEqual(["scores", "reason"]);
    expect(json.detection.reason.length).toBeGreaterThan(0);
    expect(Object.keys(json.detection.scores).sort()).toEqual([
      "1365",
      "blood",
      "culture",
      "redcross",
      "vms",
    ]);
    // The chosen source has the best score.
    expect(Math.max(...Object.values(json.detection.scores))).toBe(json.detection.scores[json.source]);
    expect(json.columns.length).toBeGreaterThan(0);
    for (const column of json.columns) expect(Object.keys(column)).toEqual(["header", "field"]);
    for (const warning of json.warnings) expect(Object.keys(warning)).toEqual(["code", "message"]);
  });

  it("a rejected entry has exactly line, reason, column, value, message", () => {
    const result = runCli(["inspect", "--json", "--as-of", AS_OF, "fixtures/rejects/invalid-phone.csv"]);
    const json = JSON.parse(result.stdout) as InspectJson;
    expect(Object.keys(json)).toEqual(INSPECT_KEYS);
    expect(json.rejected).toHaveLength(1);
    expect(Object.keys(json.rejected[0])).toEqual(["line", "reason", "column", "value", "message"]);
  });

  it("decodes the CP949 header and maps its columns", () => {
    expect(inspect("fixtures/read/cp949-vms.csv").json.columns).toEqual([
      { header: "봉사일", field: "date" },
      { header: "수요처", field: "institution" },
      { header: "활동내역", field: "activity" },
      { header: "봉사시간", field: "duration" },
      { header: "연계구분", field: "transferKind" },
      { header: "전송일시", field: "transferAt" },
      { header: "연계결과", field: "transferResult" },
      { header: "재전송", field: null },
    ]);
  });

  it("drops the resident-number column and never prints its values", () => {
    const result = inspect("fixtures/read/rrn-column-vms.csv");
    expect(result.json.columns[1]).toEqual({ header: "주민등록번호", field: null });
    expect(result.json.warnings).toEqual([
      {
        code: "rrn-column-dropped",
        message:
          'fixtures/read/rrn-column-vms.csv: the resident-number column "주민등록번호" was dropped unread; vhr never keeps resident numbers.',
      },
    ]);
    expect(result.stdout).not.toContain("3000000");
    expect(result.stdout).not.toContain("080305");
  });

  it("says why it chose the source", () => {
    expect(inspect("fixtures/sources/vms-list.csv").json.detection.reason).toBe(
      '8 columns mapped; headers 인증기관, 승인상태; file name contains "vms"',
    );
    expect(inspect("fixtures/sources/culture-daily.csv").json.detection).toEqual({
      scores: { "1365": 4, vms: 5, redcross: 5, blood: 0, culture: 16 },
      reason: '6 columns mapped; headers 총시간, 연계결과, 코드; file name contains "culture"',
    });
  });

  it("reads a forced source from standard input (vms:-)", () => {
    const result = runCli(["inspect", "--json", "--as-of", AS_OF, "vms:-"], {
      input: "봉사일,수요처,활동내역,봉사시간\n2026-09-05,가람가정봉사원지원센터,여가선용,15:30~16:30\n",
    });
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as InspectJson;
    expect(json).toMatchObject({
      path: "-",
      source: "vms",
      detection: { reason: "chosen by prefix" },
      encoding: "utf-8",
      rows: 1,
      records: 1,
    });
  });
});

describe("CP949-only syllables survive to the report", () => {
  it("check --json --show-pii shows 똠, 햏 and 갂 exactly", () => {
    const result = runCli(["check", "--json", "--show-pii", "--as-of", AS_OF, "fixtures/read/cp949-vms.csv"]);
    expect(result.stderr).toBe("");
    const report = JSON.parse(result.stdout) as {
      files: { encoding: string }[];
      findings: { institution: string | null; activity: string | null; line: number | null }[];
    };
    expect(report.files[0].encoding).toBe("cp949");
    const byLine = new Map(report.findings.map((f) => [f.line, [f.institution, f.activity]]));
    expect(byLine.get(2)).toEqual(["똠양꿍나눔센터", "햏살 봉사"]);
    expect(byLine.get(3)).toEqual(["갂골복지관", "말벗"]);
  });
});

describe("vhr inspect as text", () => {
  it("shows encoding, delimiter, source and why, the column mapping, counts and warnings", () => {
    const result = runCli(["inspect", "--as-of", AS_OF, "fixtures/read/rrn-column-vms.csv"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatchInlineSnapshot(`
      "file        fixtures/read/rrn-column-vms.csv
      source      vms
      why         8 columns mapped; headers 인증기관, 승인상태; file name contains "vms"
      encoding    utf-8 (no BOM)
      delimiter   comma (,)
      header line 1
      columns     성명 → name
                  주민등록번호 → (not used)
                  생년월일 → birthdate
                  휴대폰 → phone
                  봉사일자 → date
                  인증기관 → institution
                  봉사내용 → activity
                  봉사시간 → duration
                  승인상태 → approval
      rows        1 after the header: 1 record, 0 ignored (blank or total lines), 0 rejected
      warnings    fixtures/read/rrn-column-vms.csv: the resident-number column "주민등록번호" was dropped unread; vhr never keeps resident numbers.
      "
    `);
  });
});
