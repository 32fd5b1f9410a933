// The benchmark behind `npm run bench` (issue 6, DESIGN §9). For each size (VMS rows):
//   1. generate the council exports and truth.json (cached in bench/out/n<rows>-s<seed>/),
//   2. run `vhr check <4 files> --as-of 2026-11-22 --format json -o …/report.json` N times: median wall time,
//      rows/s (all input rows / median seconds), peak RSS; check summary.findings (and rows, people, rejected)
//      against truth.json,
//   3. run the DuckDB anti-join of the same VMS and 1365 files N times (bench/duckdb-antijoin.ts), taking turns
//      with the vhr runs (vhr 1, DuckDB 1, vhr 2, …) so that both are measured on the same machine state,
// then print a table with the vhr/DuckDB ratio and the growth from the smallest to the largest size, and write
// bench/out/results.json. Exit code: 0 when the report agrees with the truth (and, with --strict, every performance
// target is met), 1 otherwise, 2 on a usage error.
//
//   node bench/run.js [--sizes 100000,1000000] [--runs 5] [--seed 42] [--skip-vhr] [--skip-duckdb] [--strict]
//   node bench/run.js --stages [--sizes 1000000] [--runs 3]: stage times instead (bench/stages.ts)
//   env: VHR_BENCH_SIZES, VHR_BENCH_RUNS, VHR_BENCH_SEED (flags win), e.g. VHR_BENCH_SIZES=20000 VHR_BENCH_RUNS=1

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, cpus, totalmem } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import {
  AS_OF,
  FILE_KEYS,
  FILE_NAMES,
  type FileKey,
  GENERATOR_VERSION,
  generate,
  type Truth,
} from "./generate.js";
import { type Measurement, measure, median } from "./measure.js";
import { formatStages, type StageTimes, timeStages } from "./stages.js";

const BENCH_DIR = resolve(dirname(fileURLToPath(import.meta.url)), ".."); // bench/dist/run.js → bench/
const ROOT = resolve(BENCH_DIR, "..");

/** Targets of issue 6. */
export const TARGETS = {
  /** vhr median at the largest size within this factor of the DuckDB anti-join. */
  ratioToDuckDB: 4,
  /** Peak RSS of every vhr run, bytes. */
  peakRssBytes: 1024 ** 3,
  /** Median time growth from 100k to 1M VMS rows (10× the rows): 11×, i.e. 1.1 × the growth in rows. */
  growthPerRowGrowth: 1.1,
};

interface Options {
  sizes: number[];
  runs: number;
  seed: number;
  skipVhr: boolean;
  skipDuckDB: boolean;
  strict: boolean;
  /** Time the stages of vhr check (bench/stages.ts) instead of comparing with DuckDB. */
  stages: boolean;
  outRoot: string;
}

interface RunStats {
  runs: number;
  wallSeconds: number[];
  medianSeconds: number | null;
  peakRssMiB: number | null;
  rssMethod: Measurement["rssMethod"];
  /** User + system CPU seconds per run and their median (null without /usr/bin/time). */
  cpuSeconds: (number | null)[];
  medianCpuSeconds: number | null;
}

interface VhrResult extends RunStats {
  rowsPerSecond: number | null;
  exitCodes: (number | null)[];
  /** Findings the report counted (summary.findings) next to the planted truth. */
  findings: { kind: string; expected: number; actual: number }[];
  checks: { check: string; expected: number; actual: number | null }[];
  matchesTruth: boolean;
  error: string | null;
}

interface DuckDBResult extends RunStats {
  /** In-process time per run (create instance, anti-join, COPY result, count), seconds. */
  querySeconds: number[];
  queryMedianSeconds: number | null;
  count: number | null;
  expectedCount: number;
  version: string | null;
  error: string | null;
}

interface SizeResult {
  vmsRows: number;
  dir: string;
  people: number;
  rows: Record<FileKey, number>;
  totalRows: number;
  generate: { seconds: number | null; cached: boolean };
  vhr: VhrResult | null;
  duckdb: DuckDBResult | null;
  /**
   * vhr median wall time / DuckDB median in-process time (instance creation → anti-join → result written). The
   * ~1 s it takes Node to load libduckdb.so is left out, so the comparison is the strict one.
   */
  ratio: number | null;
  /**
   * vhr run i / DuckDB run i (in-process), for the runs both sides made. The sides take turns, so each pair shares
   * the machine's state of the moment: their median resists drift better than the ratio of the medians (which the
   * target keeps, as the plain definition).
   */
  pairedRatios: number[];
  pairedRatioMedian: number | null;
}

// ---------------------------------------------------------------------------------------------------------------

function parseOptions(argv: readonly string[]): Options {
  const env = process.env;
  const options: Options = {
    sizes: (env.VHR_BENCH_SIZES ?? "100000,1000000")
      .split(",")
      .map((s) => Number(s.trim().replaceAll("_", ""))),
    runs: Number(env.VHR_BENCH_RUNS ?? 5),
    seed: Number(env.VHR_BENCH_SEED ?? 42),
    skipVhr: false,
    skipDuckDB: false,
    strict: false,
    stages: false,
    outRoot: join(BENCH_DIR, "out"),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf("=");
    const flag = eq < 0 ? arg : arg.slice(0, eq);
    const value = (): string => {
      const v = eq < 0 ? argv[++i] : arg.slice(eq + 1);
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === "--sizes")
      options.sizes = value()
        .split(",")
        .map((s) => Number(s.trim().replaceAll("_", "")));
    else if (flag === "--runs") options.runs = Number(value());
    else if (flag === "--seed") options.seed = Number(value());
    else if (flag === "--out") options.outRoot = resolve(value());
    else if (flag === "--skip-vhr") options.skipVhr = true;
    else if (flag === "--skip-duckdb") options.skipDuckDB = true;
    else if (flag === "--strict") options.strict = true;
    else if (flag === "--stages") options.stages = true;
    else if (flag === "--help" || flag === "-h") {
      process.stdout.write(
        "usage: node bench/run.js [--sizes 100000,1000000] [--runs 5] [--seed 42] [--out bench/out]\n" +
          "                         [--skip-vhr] [--skip-duckdb] [--strict] [--stages]\n" +
          "env: VHR_BENCH_SIZES, VHR_BENCH_RUNS, VHR_BENCH_SEED\n",
      );
      process.exit(0);
    } else throw new UsageError(`unknown argument: ${arg}`);
  }
  if (options.sizes.length === 0 || options.sizes.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new UsageError(`--sizes must list positive integers: ${options.sizes.join(",")}`);
  }
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new UsageError(`--runs must be ≥ 1: ${options.runs}`);
  if (!Number.isInteger(options.seed) || options.seed < 0)
    throw new UsageError(`--seed must be ≥ 0: ${options.seed}`);
  return options;
}

class UsageError extends Error {}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const log = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

function stats(measurements: readonly Measurement[]): RunStats {
  const wall = measurements.map((m) => m.wallMs / 1000);
  const rss = measurements.map((m) => m.peakRssKiB).filter((v): v is number => v !== null);
  const med = median(wall);
  const cpu = measurements.map((m) => m.cpuSeconds);
  const cpuMedian = median(cpu.filter((v): v is number => v !== null));
  return {
    cpuSeconds: cpu,
    medianCpuSeconds: cpuMedian === null ? null : round(cpuMedian, 2),
    runs: measurements.length,
    wallSeconds: wall.map((s) => round(s, 3)),
    medianSeconds: med === null ? null : round(med, 3),
    peakRssMiB: rss.length === 0 ? null : round(Math.max(...rss) / 1024, 1),
    rssMethod: measurements[0]?.rssMethod ?? "none",
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Data

function cachedTruth(dir: string, vmsRows: number, seed: number): Truth | null {
  const truthPath = join(dir, "truth.json");
  if (!existsSync(truthPath)) return null;
  if (!Object.values(FILE_NAMES).every((name) => existsSync(join(dir, name)))) return null;
  try {
    const truth = JSON.parse(readFileSync(truthPath, "utf8")) as Truth;
    const g = truth.generator;
    return g.version === GENERATOR_VERSION && g.seed === seed && g.vmsRows === vmsRows ? truth : null;
  } catch {
    return null;
  }
}

async function prepare(
  vmsRows: number,
  options: Options,
): Promise<{ dir: string; truth: Truth; seconds: number | null }> {
  const dir = join(options.outRoot, `n${vmsRows}-s${options.seed}`);
  const cached = cachedTruth(dir, vmsRows, options.seed);
  if (cached !== null) {
    log(`data   ${vmsRows.toLocaleString("en")} VMS rows: cached in ${relative(ROOT, dir)}`);
    return { dir, truth: cached, seconds: null };
  }
  log(`data   ${vmsRows.toLocaleString("en")} VMS rows: generating into ${relative(ROOT, dir)} …`);
  const started = process.hrtime.bigint();
  const truth = await generate({ vmsRows, seed: options.seed, outDir: dir });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  log(`       done in ${seconds.toFixed(1)} s`);
  return { dir, truth, seconds: round(seconds, 2) };
}

// ---------------------------------------------------------------------------------------------------------------
// vhr

const childEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" });

function vhrReady(): { ready: boolean; why: string } {
  const bin = join(ROOT, "bin", "vhr.js");
  const result = spawnSync(process.execPath, [bin, "check", "--help"], {
    cwd: ROOT,
    env: childEnv(),
    encoding: "utf8",
  });
  if (result.status === 0) return { ready: true, why: "" };
  const tail = `${result.stderr ?? ""}${result.stdout ?? ""}`.trim().split("\n").slice(-3).join(" | ");
  return { ready: false, why: `\`node bin/vhr.js check --help\` exited ${result.status}: ${tail}` };
}

interface ReportSummaryLike {
  summary?: { people?: number; rows?: number; rejected?: number; findings?: Record<string, number> };
  files?: { source?: string; rows?: number; ledger?: { rejected?: number } }[];
}

export function compareWithTruth(
  truth: Truth,
  report: ReportSummaryLike,
): Pick<VhrResult, "findings" | "checks" | "matchesTruth"> {
  const actual = report.summary?.findings ?? {};
  const expected: Record<string, number> = { ...truth.findings };
  const kinds = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  const findings = kinds.map((kind) => ({ kind, expected: expected[kind] ?? 0, actual: actual[kind] ?? 0 }));
  const rowsBySource = (source: string): number | null => {
    const files = (report.files ?? []).filter((f) => f.source === source);
    return files.length === 0 ? null : files.reduce((sum, f) => sum + (f.rows ?? 0), 0);
  };
  const checks: VhrResult["checks"] = [
    { check: "people", expected: truth.people, actual: report.summary?.people ?? null },
    { check: "rejected rows", expected: 0, actual: report.summary?.rejected ?? null },
    ...FILE_KEYS.map((source) => ({
      check: `rows ${source}`,
      expected: truth.rows[source],
      actual: rowsBySource(source),
    })),
  ];
  const matchesTruth =
    findings.every((f) => f.expected === f.actual) && checks.every((c) => c.expected === c.actual);
  return { findings, checks, matchesTruth };
}

/**
 * One side of the comparison, run one measurement at a time: the sides take turns (vhr run 1, DuckDB run 1, vhr
 * run 2, …), so that both see the same machine. A shared 2-core VM drifts by 20% and more within minutes; run
 * after each other, the two medians could come from different machines.
 */
interface Contender<T> {
  /** One more run; false when it failed and the side should not be run again. */
  step(run: number, runs: number): Promise<boolean>;
  result(): T;
}

function vhrContender(dir: string, truth: Truth, totalRows: number): Contender<VhrResult> {
  const files = FILE_KEYS.map((key) => relative(ROOT, join(dir, FILE_NAMES[key])));
  const reportPath = join(dir, "report.json");
  const args = [
    join(ROOT, "bin", "vhr.js"),
    "check",
    ...files,
    "--as-of",
    AS_OF,
    "--format",
    "json",
    "-o",
    relative(ROOT, reportPath),
  ];
  log(`vhr    node bin/vhr.js ${args.slice(1).join(" ")}`);
  const measurements: Measurement[] = [];
  const exitCodes: (number | null)[] = [];
  let error: string | null = null;
  return {
    async step(r, runs) {
      const m = await measure(process.execPath, args, { cwd: ROOT, env: childEnv() });
      exitCodes.push(m.exitCode);
      // 1 is expected: the planted error findings. 2 (or a signal) means the job could not be done.
      if (m.exitCode !== 0 && m.exitCode !== 1) {
        error = `run ${r + 1} exited ${m.exitCode ?? m.signal}: ${m.stderr.trim().split("\n").slice(-5).join(" | ")}`;
        log(`       vhr ${error}`);
        return false;
      }
      measurements.push(m);
      log(
        `       run ${r + 1}/${runs} vhr:    ${(m.wallMs / 1000).toFixed(2)} s, peak RSS ${m.peakRssKiB === null ? "?" : `${(m.peakRssKiB / 1024).toFixed(0)} MiB`}`,
      );
      return true;
    },
    result() {
      const s = stats(measurements);
      let comparison: Pick<VhrResult, "findings" | "checks" | "matchesTruth"> = {
        findings: [],
        checks: [],
        matchesTruth: false,
      };
      if (error === null) {
        try {
          comparison = compareWithTruth(
            truth,
            JSON.parse(readFileSync(reportPath, "utf8")) as ReportSummaryLike,
          );
        } catch (e) {
          error = `cannot read ${relative(ROOT, reportPath)}: ${e instanceof Error ? e.message : String(e)}`;
        }
      }
      return {
        ...s,
        rowsPerSecond:
          s.medianSeconds === null || error !== null ? null : Math.round(totalRows / s.medianSeconds),
        exitCodes,
        ...comparison,
        error,
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// DuckDB

function duckdbAvailable(): { ok: boolean; why: string } {
  try {
    createRequire(join(BENCH_DIR, "package.json")).resolve("@duckdb/node-api");
    return { ok: true, why: "" };
  } catch {
    return {
      ok: false,
      why: "@duckdb/node-api is not installed in bench/node_modules (npm ci --prefix bench)",
    };
  }
}

function duckdbContender(dir: string, truth: Truth): Contender<DuckDBResult> {
  const script = join(BENCH_DIR, "dist", "duckdb-antijoin.js");
  const args = [
    script,
    join(dir, FILE_NAMES.vms),
    join(dir, FILE_NAMES["1365"]),
    join(dir, "duckdb-missing.csv"),
  ];
  log(`duckdb anti-join of ${relative(ROOT, args[1])} and ${relative(ROOT, args[2])}`);
  const measurements: Measurement[] = [];
  const queryMs: number[] = [];
  let count: number | null = null;
  let version: string | null = null;
  let error: string | null = null;
  return {
    async step(r, runs) {
      const m = await measure(process.execPath, args, { cwd: ROOT, env: childEnv() });
      if (m.exitCode !== 0) {
        error = `run ${r + 1} exited ${m.exitCode ?? m.signal}: ${m.stderr.trim().split("\n").slice(-5).join(" | ")}`;
        log(`       duckdb ${error}`);
        return false;
      }
      const out = JSON.parse(m.stdout.trim().split("\n").pop() ?? "{}") as {
        count: number;
        queryMs: number;
        version: string;
      };
      count = out.count;
      version = out.version;
      queryMs.push(out.queryMs);
      measurements.push(m);
      log(
        `       run ${r + 1}/${runs} duckdb: ${(m.wallMs / 1000).toFixed(2)} s (query ${(out.queryMs / 1000).toFixed(2)} s), peak RSS ${m.peakRssKiB === null ? "?" : `${(m.peakRssKiB / 1024).toFixed(0)} MiB`}`,
      );
      return true;
    },
    result() {
      const expectedCount = truth.detail.vmsApprovedWithoutCredit;
      if (error === null && count !== expectedCount) {
        error = `anti-join found ${count} approved VMS rows without a 1365 row; the truth says ${expectedCount}`;
      }
      const q = median(queryMs);
      return {
        ...stats(measurements),
        querySeconds: queryMs.map((ms) => round(ms / 1000, 3)),
        queryMedianSeconds: q === null ? null : round(q / 1000, 3),
        count,
        expectedCount,
        version,
        error,
      };
    },
  };
}

/** Runs the contenders' measurements in turns: run 1 of each, then run 2 of each, … */
async function runInTurns(contenders: readonly Contender<unknown>[], runs: number): Promise<void> {
  const active = new Set(contenders);
  for (let r = 0; r < runs && active.size > 0; r++) {
    for (const contender of contenders) {
      if (active.has(contender) && !(await contender.step(r, runs))) active.delete(contender);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
}

function printTable(results: readonly SizeResult[], options: Options, growth: Growth): void {
  const fmt = (n: number | null | undefined, digits = 2): string =>
    n === null || n === undefined ? "—" : n.toFixed(digits);
  const int = (n: number | null | undefined): string =>
    n === null || n === undefined ? "—" : n.toLocaleString("en");
  const header = [
    "VMS rows",
    "all rows",
    "gen s",
    "vhr s",
    "rows/s",
    "vhr CPU s",
    "vhr RSS MiB",
    "DuckDB s",
    "(wall s)",
    "DuckDB CPU s",
    "DuckDB RSS",
    "vhr/DuckDB",
    "truth",
  ];
  const rows = results.map((r) => [
    int(r.vmsRows),
    int(r.totalRows),
    r.generate.cached ? "cached" : fmt(r.generate.seconds, 1),
    fmt(r.vhr?.medianSeconds),
    int(r.vhr?.rowsPerSecond),
    fmt(r.vhr?.medianCpuSeconds, 1),
    fmt(r.vhr?.peakRssMiB, 0),
    fmt(r.duckdb?.queryMedianSeconds),
    fmt(r.duckdb?.medianSeconds),
    fmt(r.duckdb?.medianCpuSeconds, 1),
    fmt(r.duckdb?.peakRssMiB, 0),
    r.ratio === null ? "—" : `${r.ratio.toFixed(2)}×`,
    r.vhr === null ? "skipped" : r.vhr.error !== null ? "error" : r.vhr.matchesTruth ? "match" : "MISMATCH",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const out: string[] = [];
  out.push("");
  out.push(
    `vhr check --as-of ${AS_OF} --format json: median of ${options.runs} run(s), seed ${options.seed}; ` +
      `${availableParallelism()} cores, node ${process.version}`,
  );
  out.push(pad(header, widths));
  out.push(
    pad(
      widths.map((w) => "-".repeat(w)),
      widths,
    ),
  );
  for (const row of rows) out.push(pad(row, widths));
  if (growth.vhr !== null || growth.duckdb !== null) {
    out.push(
      `growth ${int(growth.from)} → ${int(growth.to)} VMS rows: vhr ${growth.vhr === null ? "—" : `${growth.vhr.toFixed(2)}×`}, ` +
        `DuckDB ${growth.duckdb === null ? "—" : `${growth.duckdb.toFixed(2)}×`}`,
    );
  }
  for (const r of results) {
    if (r.pairedRatios.length === 0) continue;
    out.push(
      `vhr/DuckDB run by run at ${int(r.vmsRows)}: ${r.pairedRatios.map((x) => `${x.toFixed(2)}×`).join(", ")} ` +
        `(median ${fmt(r.pairedRatioMedian)}×)`,
    );
  }
  for (const r of results) {
    if (r.vhr === null) continue;
    if (r.vhr.error !== null) {
      out.push(`vhr at ${int(r.vmsRows)}: ${r.vhr.error}`);
      continue;
    }
    const bad = [
      ...r.vhr.findings
        .filter((f) => f.expected !== f.actual)
        .map(
          (f) =>
            `${f.kind}: expected ${f.expected}, got ${f.actual} (${f.actual - f.expected > 0 ? "+" : ""}${f.actual - f.expected})`,
        ),
      ...r.vhr.checks
        .filter((c) => c.expected !== c.actual)
        .map((c) => `${c.check}: expected ${c.expected}, got ${c.actual ?? "—"}`),
    ];
    out.push(
      bad.length === 0
        ? `findings at ${int(r.vmsRows)}: ${r.vhr.findings.map((f) => `${f.kind} ${f.actual}`).join(", ")} — equal to the truth`
        : `findings at ${int(r.vmsRows)} differ from the truth:\n  ${bad.join("\n  ")}`,
    );
  }
  for (const r of results) if (r.duckdb?.error) out.push(`DuckDB at ${int(r.vmsRows)}: ${r.duckdb.error}`);
  out.push("");
  process.stdout.write(`${out.join("\n")}\n`);
}

interface Growth {
  from: number | null;
  to: number | null;
  vhr: number | null;
  duckdb: number | null;
}

interface TargetResult {
  target: string;
  value: number | null;
  limit: number;
  met: boolean | null;
}

function evaluateTargets(results: readonly SizeResult[], growth: Growth): TargetResult[] {
  const largest = results[results.length - 1];
  const rss = results.map((r) => r.vhr?.peakRssMiB).filter((v): v is number => v !== null && v !== undefined);
  const maxRss = rss.length === 0 ? null : Math.max(...rss);
  const verdict = (value: number | null, limit: number): boolean | null =>
    value === null ? null : value <= limit;
  const growthLimit =
    growth.from !== null && growth.to !== null
      ? round((TARGETS.growthPerRowGrowth * growth.to) / growth.from, 2)
      : 0;
  const findingsOk = results.every((r) => r.vhr === null || (r.vhr.error === null && r.vhr.matchesTruth));
  return [
    {
      target: `vhr/DuckDB at ${largest.vmsRows} VMS rows`,
      value: largest.ratio,
      limit: TARGETS.ratioToDuckDB,
      met: verdict(largest.ratio, TARGETS.ratioToDuckDB),
    },
    {
      target: "vhr peak RSS (MiB)",
      value: maxRss,
      limit: TARGETS.peakRssBytes / 1024 ** 2,
      met: maxRss === null ? null : maxRss < TARGETS.peakRssBytes / 1024 ** 2,
    },
    {
      target:
        growth.from === null
          ? "vhr growth (needs two sizes)"
          : `vhr growth ${growth.from} → ${growth.to} VMS rows`,
      value: growth.vhr,
      limit: growthLimit,
      met: verdict(growth.vhr, growthLimit),
    },
    {
      target: "finding counts equal the truth",
      value: null,
      limit: 0,
      met: results.some((r) => r.vhr !== null) ? findingsOk : null,
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------

export async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      log(`bench: ${error.message}`);
      return 2;
    }
    throw error;
  }
  mkdirSync(options.outRoot, { recursive: true });
  if (options.stages) return await mainStages(options);
  const notes: string[] = [];

  let runVhr = !options.skipVhr;
  if (runVhr) {
    const ready = vhrReady();
    if (!ready.ready) {
      runVhr = false;
      notes.push(`vhr not run: ${ready.why}`);
      log(`bench: vhr CLI not ready: ${ready.why}`);
    }
  }
  let runDuckDB = !options.skipDuckDB;
  if (runDuckDB) {
    const available = duckdbAvailable();
    if (!available.ok) {
      runDuckDB = false;
      notes.push(`DuckDB not run: ${available.why}`);
      log(`bench: ${available.why}`);
    }
  }

  const results: SizeResult[] = [];
  for (const vmsRows of [...new Set(options.sizes)].sort((a, b) => a - b)) {
    const { dir, truth, seconds } = await prepare(vmsRows, options);
    const totalRows = Object.values(truth.rows).reduce((a, b) => a + b, 0);
    const vhrSide = runVhr ? vhrContender(dir, truth, totalRows) : null;
    const duckdbSide = runDuckDB ? duckdbContender(dir, truth) : null;
    await runInTurns(
      [vhrSide, duckdbSide].filter((c): c is Contender<VhrResult> | Contender<DuckDBResult> => c !== null),
      options.runs,
    );
    const vhr = vhrSide?.result() ?? null;
    const duckdb = duckdbSide?.result() ?? null;
    const ratio =
      vhr?.medianSeconds != null &&
      vhr.error === null &&
      duckdb?.queryMedianSeconds != null &&
      duckdb.queryMedianSeconds > 0
        ? round(vhr.medianSeconds / duckdb.queryMedianSeconds, 2)
        : null;
    const pairedRatios: number[] = [];
    if (vhr !== null && vhr.error === null && duckdb !== null) {
      const pairs = Math.min(vhr.wallSeconds.length, duckdb.querySeconds.length);
      for (let r = 0; r < pairs; r++) {
        if (duckdb.querySeconds[r] > 0)
          pairedRatios.push(round(vhr.wallSeconds[r] / duckdb.querySeconds[r], 2));
      }
    }
    const pairedMedian = median(pairedRatios);
    results.push({
      vmsRows,
      dir: relative(ROOT, dir),
      people: truth.people,
      rows: truth.rows,
      totalRows,
      generate: { seconds, cached: seconds === null },
      vhr,
      duckdb,
      ratio,
      pairedRatios,
      pairedRatioMedian: pairedMedian === null ? null : round(pairedMedian, 2),
    });
  }

  const first = results[0];
  const last = results[results.length - 1];
  const growthOf = (a: number | null | undefined, b: number | null | undefined): number | null =>
    results.length > 1 && a != null && b != null && a > 0 ? round(b / a, 2) : null;
  const growth: Growth = {
    from: results.length > 1 ? first.vmsRows : null,
    to: results.length > 1 ? last.vmsRows : null,
    vhr:
      first.vhr?.error === null && last.vhr?.error === null
        ? growthOf(first.vhr.medianSeconds, last.vhr.medianSeconds)
        : null,
    duckdb: growthOf(first.duckdb?.queryMedianSeconds, last.duckdb?.queryMedianSeconds),
  };
  const targets = evaluateTargets(results, growth);
  printTable(results, options, growth);
  for (const t of targets) {
    const state = t.met === null ? "not measured" : t.met ? "met" : "MISSED";
    const value = t.value === null ? "" : ` ${t.value} (limit ${t.limit})`;
    process.stdout.write(`target ${t.target}:${value} ${state}\n`);
  }
  for (const note of notes) process.stdout.write(`note: ${note}\n`);

  const resultsPath = join(options.outRoot, "results.json");
  const cpuList = cpus();
  const output = {
    schema: "vhr.bench-results/1",
    asOf: AS_OF,
    seed: options.seed,
    runs: options.runs,
    machine: {
      cores: availableParallelism(),
      cpu: cpuList[0]?.model ?? null,
      memoryGiB: round(totalmem() / 1024 ** 3, 1),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    sizes: results,
    growth,
    targets,
    notes,
  };
  writeFileSync(resultsPath, `${JSON.stringify(output, null, 2)}\n`);
  process.stdout.write(`results: ${relative(ROOT, resultsPath)}\n`);

  const truthOk = results.every(
    (r) =>
      (r.vhr === null || (r.vhr.error === null && r.vhr.matchesTruth)) &&
      (r.duckdb === null || r.duckdb.error === null),
  );
  const ranEverything = runVhr === !options.skipVhr && runDuckDB === !options.skipDuckDB;
  const targetsOk = targets.every((t) => t.met !== false);
  return truthOk && ranEverything && (!options.strict || targetsOk) ? 0 : 1;
}

/** `--stages`: each size's stage times (bench/stages.ts), printed and written to bench/out/stages.json. */
async function mainStages(options: Options): Promise<number> {
  const ready = vhrReady();
  if (!ready.ready) {
    log(`bench: vhr CLI not ready: ${ready.why}`);
    return 1;
  }
  const sizes: { vmsRows: number; dir: string; runs: StageTimes[] }[] = [];
  for (const vmsRows of [...new Set(options.sizes)].sort((a, b) => a - b)) {
    const { dir } = await prepare(vmsRows, options);
    log(`stages ${vmsRows.toLocaleString("en")} VMS rows: ${options.runs} run(s) …`);
    let runs: StageTimes[];
    try {
      runs = timeStages(dir, options.runs);
    } catch (error) {
      log(`bench: ${(error as Error).message}`);
      return 1;
    }
    process.stdout.write(formatStages(vmsRows, runs));
    sizes.push({ vmsRows, dir: relative(ROOT, dir), runs });
  }
  const path = join(options.outRoot, "stages.json");
  const output = {
    schema: "vhr.bench-stages/1",
    asOf: AS_OF,
    seed: options.seed,
    node: process.version,
    sizes,
  };
  writeFileSync(path, `${JSON.stringify(output, null, 2)}\n`);
  process.stdout.write(`results: ${relative(ROOT, path)}\n`);
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
