// `vhr check` on the demo folder through the real CLI: every finding kind, exit codes, the exact key sets of
// the JSON report (DESIGN §8) at every level, the ledger, and the ways to give inputs (a folder, files, '-'
// with a source prefix, prefixes on files) and an output file (-o).

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FINDING_KINDS } from "../src/model/finding.js";
import { type FileJson, ledgerTotal, REPORT_KEYS, type ReportJson } from "./helpers/report-json.js";
import { runCli, runCliJson } from "./helpers/run-cli.js";

const AS_OF = "2026-11-22";
const DEMO = "fixtures/demo";
const DEMO_FILES = [
  "1365.csv",
  "blood.csv",
  "culture-daily.csv",
  "culture-list.csv",
  "redcross.csv",
  "vms.csv",
];
const SOURCE_OF: Record<string, string> = {
  "1365.csv": "1365",
  "blood.csv": "blood",
  "culture-daily.csv": "culture",
  "culture-list.csv": "culture",
  "redcross.csv": "redcross",
  "vms.csv": "vms",
};

const checkJson = (inputs: string[], options: { input?: Uint8Array } = {}) =>
  runCliJson<ReportJson>(["check", ...inputs, "--json", "--as-of", AS_OF], options);

let folderRun: ReturnType<typeof checkJson>;
beforeAll(() => {
  folderRun = checkJson([DEMO]);
});

describe("vhr check fixtures/demo", () => {
  it("finds every one of the sixteen kinds", () => {
    expect(Object.keys(folderRun.json.summary.findings).sort()).toEqual([...FINDING_KINDS].sort());
    // Keys in the documented order, counts equal to the findings listed.
    expect(Object.keys(folderRun.json.summary.findings)).toEqual([...FINDING_KINDS]);
    for (const kind of FINDING_KINDS) {
      expect(folderRun.json.summary.findings[kind], kind).toBe(
        folderRun.json.findings.filter((f) => f.kind === kind).length,
      );
    }
  });

  it("exits 1 (error findings), and `vhr demo` exits 0 on the same files", () => {
    expect(folderRun.stderr).toBe("");
    expect(folderRun.status).toBe(1);
    const table = runCli(["check", DEMO, "--as-of", AS_OF]);
    expect(table.status).toBe(1);
    const demo = runCli(["demo"]);
    expect(demo.stderr).toBe("");
    expect(demo.status).toBe(0);
    expect(runCli(["demo", "--json"]).stdout).toBe(folderRun.stdout);
  });

  it("gives file warnings the keys code and message", () => {
    const { json } = runCliJson<ReportJson>(["check", "fixtures/student", "--json", "--as-of", AS_OF]);
    const warnings = json.files.flatMap((f) => f.warnings);
    expect(warnings.map((w) => w.code)).toContain("no-identity-columns");
    for (const warning of warnings) expect(Object.keys(warning)).toEqual(REPORT_KEYS.warning);
  });

  it("has exactly the key sets of DESIGN §8 at every level", () => {
    const report = folderRun.json;
    expect(Object.keys(report)).toEqual(REPORT_KEYS.report);
    expect(report.schema).toBe("vhr.report/1");
    expect(report.asOf).toBe(AS_OF);
    expect(report.files.length).toBe(DEMO_FILES.length);
    for (const file of report.files) {
      expect(Object.keys(file)).toEqual(REPORT_KEYS.file);
      expect(Object.keys(file.ledger)).toEqual(REPORT_KEYS.ledger);
      for (const row of file.rejected) {
        expect(Object.keys(row)).toEqual(REPORT_KEYS.rejected);
      }
      for (const warning of file.warnings) expect(Object.keys(warning)).toEqual(REPORT_KEYS.warning);
    }
    expect(report.people.length).toBeGreaterThan(0);
    for (const person of report.people) {
      expect(Object.keys(person)).toEqual(REPORT_KEYS.person);
      expect(Object.keys(person.minutes)).toEqual(REPORT_KEYS.minutes);
      expect(person.schoolYears.length).toBeGreaterThan(0);
      for (const year of person.schoolYears) {
        expect(Object.keys(year)).toEqual(REPORT_KEYS.schoolYear);
      }
    }
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(REPORT_KEYS.finding);
      if (finding.counterpart !== null) {
        expect(Object.keys(finding.counterpart)).toEqual(REPORT_KEYS.counterpart);
      }
    }
    expect(report.findings.some((f) => f.counterpart !== null)).toBe(true);
    expect(Object.keys(report.summary)).toEqual(REPORT_KEYS.summary);
  });

  it("lists the files in path order with their sources, and every ledger adds up to the file's rows", () => {
    const report = folderRun.json;
    expect(report.files.map((f) => f.path)).toEqual(DEMO_FILES.map((name) => `${DEMO}/${name}`));
    for (const file of report.files) {
      const name = file.path.slice(DEMO.length + 1);
      expect(file.source, name).toBe(SOURCE_OF[name]);
      expect(file.encoding).toBe("utf-8");
      expect(ledgerTotal(file.ledger), name).toBe(file.rows);
      expect(file.ledger.rejected).toBe(file.rejected.length);
      // Every data line of the fixture is a row (the demo has no blank or total lines).
      const lines = readFileSync(file.path, "utf8")
        .split("\n")
        .filter((line) => line !== "");
      expect(file.rows, name).toBe(lines.length - 1);
    }
  });

  it("sums the rows, rejected rows and people in the summary", () => {
    const report = folderRun.json;
    expect(report.summary.rows).toBe(report.files.reduce((n, f) => n + f.rows, 0));
    expect(report.summary.rejected).toBe(report.files.reduce((n, f) => n + f.rejected.length, 0));
    expect(report.summary.people).toBe(report.people.length);
    expect(report.people.map((p) => p.id)).toEqual(report.people.map((_, i) => `P${i + 1}`));
  });

  it("names only files and people of the report in its findings", () => {
    const report = folderRun.json;
    const paths = new Set(report.files.map((f) => f.path));
    const ids = new Set(report.people.map((p) => p.id));
    for (const f of report.findings) {
      if (f.file !== null) expect(paths.has(f.file)).toBe(true);
      if (f.counterpart !== null) expect(paths.has(f.counterpart.file)).toBe(true);
      if (f.person !== null) expect(ids.has(f.person)).toBe(true);
    }
  });
});

describe("inputs", () => {
  it("the demo's files one by one give the same report as the folder", () => {
    const files = checkJson(DEMO_FILES.map((name) => `${DEMO}/${name}`));
    expect(files.status).toBe(1);
    expect(files.stdout).toBe(folderRun.stdout);
  });

  it("a folder with a trailing slash is the same folder", () => {
    expect(checkJson([`${DEMO}/`]).stdout).toBe(folderRun.stdout);
  });

  it("source prefixes on every file give the same report as detection", () => {
    const prefixed = checkJson(DEMO_FILES.map((name) => `${SOURCE_OF[name]}:${DEMO}/${name}`));
    expect(prefixed.status).toBe(1);
    expect(prefixed.stdout).toBe(folderRun.stdout);
  });

  it("'-' reads standard input; `vms:-` gives it its source", () => {
    const others = DEMO_FILES.filter((name) => name !== "vms.csv").map((name) => `${DEMO}/${name}`);
    const stdin = checkJson(["vms:-", ...others], { input: readFileSync(`${DEMO}/vms.csv`) });
    expect(stdin.stderr).toBe("");
    expect(stdin.status).toBe(1);
    const report = stdin.json;
    const fromStdin = report.files.find((f) => f.path === "-") as FileJson;
    expect(fromStdin).toBeDefined();
    expect(fromStdin.source).toBe("vms");

    // The same report once '-' is named as the file it stands for.
    const vmsPath = `${DEMO}/vms.csv`;
    const rename = (path: string) => (path === "-" ? vmsPath : path);
    const renamed: ReportJson = {
      ...report,
      files: report.files
        .map((f) => ({ ...f, path: rename(f.path) }))
        .sort((a, b) => (a.path < b.path ? -1 : 1)),
      findings: report.findings.map((f) => ({
        ...f,
        file: f.file === null ? null : rename(f.file),
        counterpart: f.counterpart === null ? null : { ...f.counterpart, file: rename(f.counterpart.file) },
      })),
    };
    const expected = folderRun.json;
    // Paths appear in the text of file warnings and rejected rows only; vms.csv has neither.
    expect(renamed).toEqual(expected);
  });

  it("a missing file: exit 2, a message naming it, nothing on stdout", () => {
    const result = runCli(["check", `${DEMO}/no-such-file.csv`, "--as-of", AS_OF]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${DEMO}/no-such-file.csv`);
    expect(result.stderr.startsWith("vhr: ")).toBe(true);
  });

  it("a missing file among good ones still stops the run (exit 2)", () => {
    const result = runCli(["check", DEMO, "missing.csv", "--json", "--as-of", AS_OF]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("missing.csv");
  });
});

describe("rejected rows", () => {
  const dir = mkdtempSync(join(tmpdir(), "vhr-rejected-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are listed with the keys line, reason, column, value, message; one is enough for exit 1", () => {
    const path = join(dir, "vms.csv");
    writeFileSync(
      path,
      [
        "성명,생년월일,휴대폰번호,봉사일자,인증기관,봉사내용,봉사시간,승인상태",
        "오세린,2008-02-14,010-0000-3101,2026-11-20,한빛노인복지관,말벗 봉사,2,승인",
        "오세린,2008-02-14,010-0000-3101,2026-13-40,한빛노인복지관,말벗 봉사,2,승인",
        "",
      ].join("\n"),
    );
    const result = checkJson([path]);
    // The only finding is information (in transit): the rejected row alone makes the exit code 1.
    expect(result.json.findings.map((f) => f.severity)).toEqual(["info"]);
    expect(result.status).toBe(1);
    const [file] = result.json.files;
    expect(file.rows).toBe(2);
    expect(file.ledger).toEqual({ paired: 0, unpaired: 0, finding: 1, ignored: 0, rejected: 1 });
    expect(file.rejected).toHaveLength(1);
    expect(Object.keys(file.rejected[0])).toEqual(REPORT_KEYS.rejected);
    expect(file.rejected[0]).toMatchObject({ line: 3, reason: "invalid-date", column: "봉사일자" });
    expect(result.json.summary.rejected).toBe(1);
  });
});

describe("-o FILE", () => {
  const dir = mkdtempSync(join(tmpdir(), "vhr-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  for (const format of ["json", "csv", "table"] as const) {
    it(`--format ${format} -o writes the file and prints nothing on stdout`, () => {
      const out = join(dir, `report.${format}`);
      const result = runCli(["check", DEMO, "--format", format, "--as-of", AS_OF, "-o", out]);
      expect(result.stdout).toBe("");
      expect(result.stderr).toBe("");
      expect(result.status).toBe(1);
      const written = readFileSync(out, "utf8");
      const printed = runCli(["check", DEMO, "--format", format, "--as-of", AS_OF]).stdout;
      expect(written).toBe(printed);
      if (format === "json") expect(written).toBe(folderRun.stdout);
    });
  }

  it("--output FILE is the same option; `vhr demo -o FILE` exits 0", () => {
    const out = join(dir, "demo.json");
    const result = runCli(["demo", "--json", "--output", out]);
    expect(result.stdout).toBe("");
    expect(result.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(folderRun.stdout);
  });

  it("a JSON report written over a longer file (in place, then cut) leaves the report alone", () => {
    const out = join(dir, "over.json");
    const old = `${"이전 보고서 ".repeat(20_000)}\n`;
    writeFileSync(out, old);
    expect(readFileSync(out).length).toBeGreaterThan(Buffer.byteLength(folderRun.stdout));
    const result = runCli(["check", DEMO, "--format", "json", "--as-of", AS_OF, "-o", out]);
    expect(result.stderr).toBe("");
    expect(readFileSync(out, "utf8")).toBe(folderRun.stdout);
  });

  it("-o to a device that has no length to cut (/dev/null)", () => {
    const result = runCli(["check", DEMO, "--format", "json", "--as-of", AS_OF, "-o", "/dev/null"]);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
  });
});
