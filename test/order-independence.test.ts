// DESIGN §3 principle 6: the same files in any order give byte-identical output; rows shuffled within a file
// give the same report once each `line` is mapped back to the row's original line (the line numbers move,
// nothing else may). Property tests (fast-check) over the demo's files, run through the pipeline itself
// (runCheck / runPeople on files in a temporary folder) rather than a CLI process per run.
// VHR_PROPERTY_RUNS sets the number of runs (default 25: each run reads, resolves and reconciles everything).

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAsOf } from "../src/pipeline/as-of.js";
import { type CheckRequest, runCheck } from "../src/pipeline/run-check.js";
import { runPeople } from "../src/pipeline/run-people.js";
import type { PeopleReport } from "../src/report/build-people-report.js";
import { renderJson } from "../src/report/render-json.js";
import type { Report } from "../src/report/report-model.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? "") || 25;
const AS_OF = "2026-11-22";
const DEMO = "fixtures/demo";

/** A CSV file as a header line and single-line data rows (the demo quotes no line break). */
interface SplitFile {
  name: string;
  header: string;
  rows: string[];
}

function splitFile(name: string, text: string): SplitFile {
  expect(text.includes('"'), `${name}: a quoted cell could hold a line break`).toBe(false);
  expect(text.includes("\r"), `${name}: LF line ends expected`).toBe(false);
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const [header, ...rows] = lines;
  return { name, header, rows };
}

const DEMO_FILES: SplitFile[] = readdirSync(DEMO)
  .filter((name) => name.endsWith(".csv"))
  .sort()
  .map((name) => splitFile(name, readFileSync(join(DEMO, name), "utf8")));

/** A file with rows that are rejected, and one that is read, so that rejected rows' lines move too. */
const REJECTS_FILE: SplitFile = {
  name: "vms-rejects.csv",
  header: "성명,생년월일,휴대폰번호,봉사일자,인증기관,봉사내용,봉사시간,승인상태,전송일시,연계결과",
  rows: [
    "김하늘,2008-03-05,010-0000-1234,2026-13-45,가람가정봉사원지원센터,여가선용,2,승인,,",
    "김하늘,2008-03-05,010-0000-1234,2026-11-01,한빛노인복지관,말벗 봉사,0,승인,,",
    "김하늘,2008-03-05,010-0000-1234,2026-11-02,한빛노인복지관,말벗 봉사,2,승인,,",
    "김하늘,2008-03-05,010-0000-1234,2026-11-03,한빛노인복지관,말벗 봉사,두시간,승인,,",
  ],
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vhr-order-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function request(inputs: string[]): CheckRequest {
  return {
    inputs,
    profileFiles: [],
    source: null,
    encoding: null,
    person: null,
    readStdin: async () => new Uint8Array(),
    asOf: parseAsOf(AS_OF),
    lang: "en",
    showPii: false,
    schoolYear: null,
    bloodCap: null,
  };
}

async function checkJson(inputs: string[]): Promise<{ report: Report; text: string }> {
  const { report } = await runCheck(request(inputs));
  return { report, text: renderJson(report) };
}

async function peopleReport(inputs: string[]): Promise<PeopleReport> {
  const { asOf: _asOf, schoolYear: _y, bloodCap: _c, ...read } = request(inputs);
  return runPeople({ ...read, latestDay: Math.floor(parseAsOf(AS_OF) / 1440) });
}

/**
 * Writes each file with its rows in the given order (a permutation of row indices), into `dir`, and returns
 * for each written path the map from new physical line to original line.
 */
function writeShuffled(
  files: readonly SplitFile[],
  orders: readonly number[][],
  into: string = dir,
): Map<string, Map<number, number>> {
  const lineMaps = new Map<string, Map<number, number>>();
  files.forEach((file, f) => {
    const order = orders[f];
    const path = join(into, file.name);
    writeFileSync(path, `${[file.header, ...order.map((r) => file.rows[r])].join("\n")}\n`);
    // The header is line 1, so row index r was on line r + 2.
    lineMaps.set(path, new Map(order.map((r, k) => [k + 2, r + 2])));
  });
  return lineMaps;
}

function writeOriginal(files: readonly SplitFile[], into: string = dir): void {
  writeShuffled(
    files,
    files.map((file) => file.rows.map((_, i) => i)),
    into,
  );
}

type LineMaps = Map<string, Map<number, number>>;

function mapLine(maps: LineMaps, path: string | null, line: number | null): number | null {
  if (path === null || line === null) return line;
  const map = maps.get(path);
  if (map === undefined) throw new Error(`no line map for ${path}`);
  const original = map.get(line);
  if (original === undefined) throw new Error(`${path}:${line} is not a data row`);
  return original;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The report with every line of a finding, a counterpart and a rejected row mapped back to the original.
 * Rejected rows are listed by line, so their order moves with their lines: they are put back in line order.
 */
function mapReportLines(report: Report, maps: LineMaps): Report {
  return {
    ...report,
    files: report.files.map((file) => ({
      ...file,
      rejected: file.rejected
        .map((row) => {
          const line = mapLine(maps, file.path, row.line) as number;
          // The message names the place (`path:line: …`): it moves with the line.
          const message = row.message.replace(`${file.path}:${row.line}`, `${file.path}:${line}`);
          return { ...row, line, message };
        })
        .sort((a, b) => a.line - b.line),
    })),
    findings: report.findings.map((f) => ({
      ...f,
      line: mapLine(maps, f.file, f.line),
      counterpart:
        f.counterpart === null
          ? null
          : { ...f.counterpart, line: mapLine(maps, f.counterpart.file, f.counterpart.line) as number },
    })),
  };
}

type Member = PeopleReport["people"][number]["members"][number];

/** build-people-report's order of members: by place (file, line, source). */
function compareMembers(a: Member, b: Member): number {
  return cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.source, b.source);
}

/**
 * The people view with every line mapped back to the original. Members and links are listed by place, so
 * their order moves with their lines: they are put back in place order.
 */
function mapPeopleLines(report: PeopleReport, maps: LineMaps): PeopleReport {
  const member = (m: Member): Member => ({ ...m, line: mapLine(maps, m.file, m.line) });
  return {
    ...report,
    people: report.people.map((p) => ({
      ...p,
      members: p.members.map(member).sort(compareMembers),
      evidence: p.evidence
        .map((e) => ({ ...e, from: member(e.from), to: member(e.to) }))
        .sort((a, b) => compareMembers(a.from, b.from) || compareMembers(a.to, b.to)),
    })),
    findings: report.findings.map((f) => ({ ...f, line: mapLine(maps, f.file, f.line) })),
  };
}

/** A permutation of the rows of every file, and an order of the files. */
function shuffles(files: readonly SplitFile[]) {
  return fc.record({
    rows: fc.tuple(
      ...files.map((file) => {
        const indices = file.rows.map((_, i) => i);
        return fc.shuffledSubarray(indices, { minLength: indices.length, maxLength: indices.length });
      }),
    ),
    files: fc.shuffledSubarray(
      files.map((_, i) => i),
      { minLength: files.length, maxLength: files.length },
    ),
  });
}

async function checkRowAndFileOrder(files: readonly SplitFile[], into: string = dir): Promise<void> {
  writeOriginal(files, into);
  const paths = files.map((file) => join(into, file.name));
  const baseline = await checkJson(paths);

  await fc.assert(
    fc.asyncProperty(shuffles(files), async ({ rows, files: fileOrder }) => {
      const maps = writeShuffled(files, rows, into);
      const { report } = await checkJson(fileOrder.map((f) => paths[f]));
      expect(renderJson(mapReportLines(report, maps))).toBe(baseline.text);
    }),
    { numRuns: NUM_RUNS },
  );
}

describe("vhr check: row order and file order never change the report (beyond the moved line numbers)", () => {
  it("the demo's files, rows shuffled within each file, files given in a shuffled order", async () => {
    await checkRowAndFileOrder(DEMO_FILES);
  });

  it("the same with a file of rejected rows: their lines and messages move, nothing else", async () => {
    writeOriginal([REJECTS_FILE]);
    const { report } = await checkJson([join(dir, REJECTS_FILE.name)]);
    expect(report.files[0].rejected.map((r) => r.line)).toEqual([2, 3, 5]);
    await checkRowAndFileOrder([...DEMO_FILES, REJECTS_FILE]);
  });

  // Folders of fixtures/findings whose people have several rows in one file: the line of an identity finding
  // (identity-mismatch, duplicate-account) must name the same row whatever the row order.
  for (const folder of [
    "school-year-view",
    "duplicate-account",
    "ambiguous-identity",
    "not-approved",
    "split-merge",
  ]) {
    it(`fixtures/findings/${folder}, rows and files shuffled`, async () => {
      const source = join("fixtures/findings", folder);
      const files = readdirSync(source)
        .filter((name) => name.endsWith(".csv"))
        .sort()
        .map((name) => splitFile(name, readFileSync(join(source, name), "utf8")));
      const into = mkdtempSync(join(dir, `${folder}-`));
      await checkRowAndFileOrder(files, into);
    });
  }

  it("file order alone: byte-identical, no mapping at all", async () => {
    const paths = DEMO_FILES.map((file) => join(DEMO, file.name));
    const baseline = await checkJson(paths);
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(paths, { minLength: paths.length, maxLength: paths.length }),
        async (order) => {
          expect((await checkJson(order)).text).toBe(baseline.text);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    // The folder gives the same as its files.
    expect((await checkJson([DEMO])).text).toBe(baseline.text);
  });
});

describe("vhr people --json: the same people whatever the order", () => {
  it("rows shuffled within each file, files in a shuffled order", async () => {
    writeOriginal(DEMO_FILES);
    const paths = DEMO_FILES.map((file) => join(dir, file.name));
    const baseline = renderJson(await peopleReport(paths));
    await fc.assert(
      fc.asyncProperty(shuffles(DEMO_FILES), async ({ rows, files: fileOrder }) => {
        const maps = writeShuffled(DEMO_FILES, rows);
        const report = await peopleReport(fileOrder.map((f) => paths[f]));
        expect(renderJson(mapPeopleLines(report, maps))).toBe(baseline);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("file order alone: byte-identical", async () => {
    const paths = DEMO_FILES.map((file) => join(DEMO, file.name));
    const baseline = renderJson(await peopleReport(paths));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(paths, { minLength: paths.length, maxLength: paths.length }),
        async (order) => {
          expect(renderJson(await peopleReport(order))).toBe(baseline);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
