// Stage times of `vhr check --format json` (`npm run bench -- --stages`): where a run's time goes. Each run is a
// fresh process (bench/dist/stages.js --child DIR) that does what the CLI does, through the same functions —
// runCheck, then writeJson to DIR/report.json — and times it by runCheck's own progress events, so the stages
// are the pipeline's, not a copy of it:
//
//   start-up   process start → runCheck called (loading the modules)
//   read       decode, split, map and normalise every file, both threads, then a full collection
//   people     people resolution
//   reconcile  pairing, the rules, totals, ledger
//   report     the report object: messages, remedies, masking
//   json       JSON text, written to the file
//
// The parent runs the children one after another and prints each stage's minimum, median and maximum.

import { spawnSync } from "node:child_process";
import { closeSync, openSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { AS_OF, FILE_KEYS, FILE_NAMES } from "./generate.js";
import { median } from "./measure.js";

const HERE = dirname(fileURLToPath(import.meta.url));
/** bench/: this file runs compiled, from bench/dist/, and as source under the tests. */
const BENCH_DIR = basename(HERE) === "dist" ? resolve(HERE, "..") : HERE;
const ROOT = resolve(BENCH_DIR, "..");

export const STAGES = ["start-up", "read", "people", "reconcile", "report", "json"] as const;
export type Stage = (typeof STAGES)[number];
/** Seconds per stage, the total (process start → file written) and the process's peak RSS. */
export type StageTimes = Record<Stage, number> & { total: number; rssMiB: number };

type ProgressEvent = { stage: string };
/** The parts of vhr's built modules the child calls (imported by path: bench/ compiles apart from src/). */
interface VhrModules {
  runCheck(request: {
    inputs: string[];
    profileFiles: string[];
    source: null;
    encoding: null;
    person: null;
    readStdin: () => Promise<Uint8Array>;
    asOf: number;
    lang: "ko";
    showPii: false;
    schoolYear: null;
    bloodCap: null;
    onProgress: (event: ProgressEvent) => void;
  }): Promise<{ report: unknown }>;
  parseAsOf(text: string): number;
  writeJson(report: unknown, write: (chunk: string) => void): void;
}

async function loadVhr(): Promise<VhrModules> {
  const load = (path: string): Promise<Record<string, unknown>> =>
    import(pathToFileURL(join(ROOT, "dist", path)).href) as Promise<Record<string, unknown>>;
  const [runCheck, asOf, json] = await Promise.all([
    load("pipeline/run-check.js"),
    load("pipeline/as-of.js"),
    load("report/write-json.js"),
  ]);
  return {
    runCheck: runCheck.runCheck as VhrModules["runCheck"],
    parseAsOf: asOf.parseAsOf as VhrModules["parseAsOf"],
    writeJson: json.writeJson as VhrModules["writeJson"],
  };
}

/** One run in this process: the four files of `dir`, the report written to `dir/report.json`. */
export async function timeStagesOnce(dir: string): Promise<StageTimes> {
  const vhr = await loadVhr();
  const started = performance.now();
  const at: Partial<Record<string, number>> = {};
  const { report } = await vhr.runCheck({
    inputs: FILE_KEYS.map((key) => join(dir, FILE_NAMES[key])),
    profileFiles: [],
    source: null,
    encoding: null,
    person: null,
    readStdin: async () => new Uint8Array(),
    asOf: vhr.parseAsOf(AS_OF),
    lang: "ko",
    showPii: false,
    schoolYear: null,
    bloodCap: null,
    onProgress: (event) => {
      if (event.stage !== "read") at[event.stage] ??= performance.now();
    },
  });
  const built = performance.now();
  const fd = openSync(join(dir, "report.json"), "w");
  try {
    vhr.writeJson(report, (chunk) => {
      writeSync(fd, chunk);
    });
  } finally {
    closeSync(fd);
  }
  const written = performance.now();
  const mark = (stage: string): number => {
    const t = at[stage];
    if (t === undefined) throw new Error(`runCheck reported no "${stage}" stage`);
    return t;
  };
  const seconds = (ms: number): number => Math.round(ms) / 1000;
  return {
    "start-up": seconds(started),
    read: seconds(mark("people") - started),
    people: seconds(mark("reconcile") - mark("people")),
    reconcile: seconds(mark("report") - mark("reconcile")),
    report: seconds(built - mark("report")),
    json: seconds(written - built),
    total: seconds(written),
    rssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

/** `runs` runs of `dir`, each in a fresh process, one after another; throws when a run fails. */
export function timeStages(dir: string, runs: number): StageTimes[] {
  const script = join(BENCH_DIR, "dist", "stages.js");
  const out: StageTimes[] = [];
  for (let run = 0; run < runs; run++) {
    const result = spawnSync(process.execPath, [script, "--child", dir], { cwd: ROOT, encoding: "utf8" });
    if (result.status !== 0) {
      const tail = `${result.stderr ?? ""}`.trim().split("\n").slice(-3).join(" | ");
      throw new Error(`stage run ${run + 1} exited ${result.status ?? result.signal}: ${tail}`);
    }
    out.push(JSON.parse(result.stdout) as StageTimes);
  }
  return out;
}

/** A table of the runs: each stage's minimum–maximum and median, in seconds. */
export function formatStages(vmsRows: number, runs: readonly StageTimes[]): string {
  const rows: [string, number[]][] = [
    ...STAGES.map((stage): [string, number[]] => [stage, runs.map((r) => r[stage])]),
    ["total", runs.map((r) => r.total)],
  ];
  const lines = [
    `stages at ${vmsRows.toLocaleString("en")} VMS rows: ${runs.length} run(s), one process each; seconds, min–max (median)`,
  ];
  for (const [name, values] of rows) {
    const range = `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`;
    lines.push(`  ${name.padEnd(10)} ${range.padStart(11)}  (${(median(values) ?? 0).toFixed(2)})`);
  }
  lines.push(`  peak RSS: ${Math.max(...runs.map((r) => r.rssMiB))} MiB (the largest of the runs)`);
  return `${lines.join("\n")}\n`;
}

if (process.argv[2] === "--child" && process.argv[3] !== undefined) {
  process.stdout.write(`${JSON.stringify(await timeStagesOnce(resolve(process.argv[3])))}\n`);
}
