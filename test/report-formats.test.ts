// The output formats of `vhr check` through the real CLI (DESIGN §8): the demo's table in Korean and English
// as file snapshots; the CSV for Excel (UTF-8 BOM, CRLF, one row per finding, formula cells neutralised);
// personal data masked by default in every format and shown with --show-pii.

import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { type FixturePii, leakedPii, readFixturePii } from "./helpers/fixture-pii.js";
import type { ReportJson } from "./helpers/report-json.js";
import { type CliResult, type RunOptions, runCli, runCliJson } from "./helpers/run-cli.js";

const AS_OF = "2026-11-22";
const KO: RunOptions = { env: { LANG: "ko_KR.UTF-8" } };

describe("table (the default format)", () => {
  it("vhr demo in English, no colour", async () => {
    const result = runCli(["demo", "--lang", "en"], { env: { NO_COLOR: "1" } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    await expect(result.stdout).toMatchFileSnapshot("__snapshots__/demo-table.en.txt");
  });

  it("vhr demo in Korean, no colour", async () => {
    const result = runCli(["demo", "--lang", "ko"], { env: { NO_COLOR: "1" } });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    await expect(result.stdout).toMatchFileSnapshot("__snapshots__/demo-table.ko.txt");
  });

  it("vhr check fixtures/demo prints the same table as vhr demo", () => {
    const check = runCli(["check", "fixtures/demo", "--as-of", AS_OF]);
    expect(check.status).toBe(1);
    expect(check.stdout).toBe(runCli(["demo"]).stdout);
  });
});

// ─── CSV ────────────────────────────────────────────────────────────────────────────────────────────────

const BOM = "\uFEFF";
/** First characters a spreadsheet may take for a formula (DESIGN §8, OWASP), full-width forms included. */
const FORMULA_START = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"];
/** Column positions of the CSV (labels are in the report's language). */
const COL = {
  person: 0,
  name: 1,
  source: 2,
  date: 3,
  minutes: 4,
  hours: 5,
  kind: 6,
  severity: 7,
  message: 8,
  remedy: 9,
  institution: 10,
  activity: 11,
  file: 12,
  line: 13,
};

function parseCsv(text: string): string[][] {
  return parse(text, { bom: true }) as string[][];
}

/** A cell as vhr must write it: a leading `'` before anything a spreadsheet could run. */
function neutralised(value: string): string {
  return FORMULA_START.includes(value.charAt(0)) || value.startsWith("'") ? `'${value}` : value;
}

describe("--format csv", () => {
  let csv: CliResult;
  let json: ReportJson;
  beforeAll(() => {
    csv = runCli(["check", "fixtures/demo", "--format", "csv", "--as-of", AS_OF]);
    json = runCliJson<ReportJson>(["check", "fixtures/demo", "--json", "--as-of", AS_OF]).json;
  });

  it("starts with the UTF-8 BOM and ends every line with CRLF", () => {
    expect(csv.status).toBe(1);
    expect(csv.stdout.startsWith(BOM)).toBe(true);
    expect(csv.stdout.slice(1).includes(BOM)).toBe(false);
    expect(csv.stdout.endsWith("\r\n")).toBe(true);
    // No line break other than CRLF (no cell of the demo holds one).
    expect(csv.stdout.replaceAll("\r\n", "")).not.toMatch(/[\r\n]/);
  });

  it("parses back to a header and one row per finding, in report order", () => {
    const [header, ...rows] = parseCsv(csv.stdout);
    expect(header).toHaveLength(Object.keys(COL).length);
    expect(rows).toHaveLength(json.findings.length);
    rows.forEach((row, i) => {
      const f = json.findings[i];
      expect(row).toHaveLength(header.length);
      expect(row[COL.person]).toBe(f.person ?? "");
      expect(row[COL.date]).toBe(f.date ?? "");
      expect(row[COL.minutes]).toBe(f.minutes === null ? "" : String(f.minutes));
      expect(row[COL.message]).toBe(neutralised(f.message));
      expect(row[COL.remedy]).toBe(neutralised(f.remedy));
      expect(row[COL.institution]).toBe(neutralised(f.institution ?? ""));
      expect(row[COL.activity]).toBe(neutralised(f.activity ?? ""));
      expect(row[COL.file]).toBe(f.file ?? "");
      expect(row[COL.line]).toBe(f.line === null ? "" : String(f.line));
    });
  });

  it("labels the columns in the chosen language", () => {
    const en = parseCsv(csv.stdout)[0];
    const ko = parseCsv(
      runCli(["check", "fixtures/demo", "--format", "csv", "--as-of", AS_OF], KO).stdout,
    )[0];
    expect(en[COL.date]).toBe("Date");
    expect(ko).toHaveLength(en.length);
    expect(ko).not.toEqual(en);
  });

  it("neutralises every cell that starts like a formula, full-width forms included", () => {
    const result = runCli(["check", "fixtures/findings/csv-injection", "--format", "csv", "--as-of", AS_OF]);
    expect(result.status).toBe(1);
    const [, ...rows] = parseCsv(result.stdout);
    const cells = rows.map((row) => [row[COL.institution], row[COL.activity]]);
    // The input cells start with = @ tab LF (institution) and - + CR ＝ (activity) in vms.csv, ＋ ＠ and - ' in
    // 1365.csv; leading whitespace is trimmed when the files are read, so what follows it is what counts.
    expect(cells).toEqual([
      [`'=HYPERLINK("x")`, "'-3+2"],
      ["'@SUM(A1)", "'+cmd|' /C calc'!A0"],
      ["'=1+1", "'+2"],
      ["'-3", "'＝1＋1"],
      ["'＋기관", "'－활동"],
      ["'＠기관", "''인용"],
    ]);
    for (const row of rows) {
      for (const cell of row)
        expect(FORMULA_START.includes(cell.charAt(0)), JSON.stringify(cell)).toBe(false);
    }
  });
});

// ─── Personal data ──────────────────────────────────────────────────────────────────────────────────────

describe("personal data", () => {
  const pii: FixturePii = readFixturePii("fixtures/demo");

  it("the demo fixtures hold the identities the checks look for", () => {
    expect(pii.names.length).toBeGreaterThanOrEqual(8);
    expect(pii.birthdates.length).toBeGreaterThanOrEqual(8);
    expect(pii.phones.length).toBeGreaterThanOrEqual(9);
    expect(pii.names).toContain("김하늘");
    expect(pii.birthdates).toContain("2008-03-05");
    expect(pii.phones).toContain("01000001234");
  });

  const DEFAULT_OUTPUTS: Array<{ label: string; args: string[]; options?: RunOptions }> = [
    { label: "check table (en)", args: ["check", "fixtures/demo", "--as-of", AS_OF] },
    { label: "check table (ko)", args: ["check", "fixtures/demo", "--as-of", AS_OF], options: KO },
    { label: "check json", args: ["check", "fixtures/demo", "--format", "json", "--as-of", AS_OF] },
    { label: "check csv", args: ["check", "fixtures/demo", "--format", "csv", "--as-of", AS_OF] },
    {
      label: "check csv (ko)",
      args: ["check", "fixtures/demo", "--format", "csv", "--as-of", AS_OF],
      options: KO,
    },
    { label: "demo table", args: ["demo"] },
    { label: "people table", args: ["people", "fixtures/demo", "--as-of", AS_OF] },
    { label: "people table (ko)", args: ["people", "fixtures/demo", "--as-of", AS_OF], options: KO },
    { label: "people json", args: ["people", "fixtures/demo", "--json", "--as-of", AS_OF] },
  ];

  for (const { label, args, options } of DEFAULT_OUTPUTS) {
    it(`${label}: no name, phone, birthdate or member ID by default`, () => {
      const result = runCli(args, options);
      expect(result.status).not.toBe(2);
      expect(result.stdout.length).toBeGreaterThan(0);
      expect(leakedPii(result.stdout, pii)).toEqual([]);
      expect(leakedPii(result.stderr, pii)).toEqual([]);
    });
  }

  it("masked forms are what shows instead", () => {
    const report = runCliJson<ReportJson>(["check", "fixtures/demo", "--json", "--as-of", AS_OF]).json;
    for (const p of report.people) {
      if (p.name !== null) expect(p.name).toMatch(/^\p{Script=Hangul}\*+\p{Script=Hangul}?$/u);
      if (p.birthdate !== null) expect(p.birthdate).toMatch(/^\d{4}-\*\*-\*\*$/);
      if (p.phone !== null) expect(p.phone).toMatch(/^010-\*\*\*\*-\d{4}$/);
    }
  });

  it("--show-pii shows every name, birthdate and phone of the fixtures in the JSON report", () => {
    const result = runCli(["check", "fixtures/demo", "--json", "--show-pii", "--as-of", AS_OF]);
    for (const name of pii.names) expect(result.stdout).toContain(name);
    for (const date of pii.birthdates) expect(result.stdout).toContain(date);
    for (const phone of pii.phones) {
      expect(result.stdout).toContain(`${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`);
    }
  });

  for (const { label, args } of [
    { label: "check table", args: ["check", "fixtures/demo", "--as-of", AS_OF] },
    { label: "check csv", args: ["check", "fixtures/demo", "--format", "csv", "--as-of", AS_OF] },
    { label: "people table", args: ["people", "fixtures/demo", "--as-of", AS_OF] },
    { label: "people json", args: ["people", "fixtures/demo", "--json", "--as-of", AS_OF] },
  ]) {
    it(`${label} --show-pii: the names appear`, () => {
      const result = runCli([...args, "--show-pii"]);
      for (const name of pii.names) expect(result.stdout).toContain(name);
      expect(leakedPii(result.stdout, pii).length).toBeGreaterThan(pii.names.length);
    });
  }
});
