// Run a command and measure its wall time (hrtime, spawn to exit) and peak RSS.
// Peak RSS: GNU time's %M (wait4 rusage: exact, and it covers waited-for child processes) when /usr/bin/time is
// installed; otherwise polling /proc/<pid>/status VmHWM every 10 ms (a high-water mark, so only growth in the last
// few milliseconds before exit can be missed).

import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

/** The median of some measurements, null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Measurement {
  wallMs: number;
  /** KiB, or null when it could not be read. */
  peakRssKiB: number | null;
  rssMethod: "gnu-time" | "proc-vmhwm" | "none";
  /** User + system CPU seconds of the process (GNU time %U + %S), null without /usr/bin/time. */
  cpuSeconds: number | null;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface MeasureOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Keep at most this many characters of stdout and stderr (the tail). */
  keepChars?: number;
}

let gnuTimeWorks: boolean | undefined;
function hasGnuTime(): boolean {
  if (gnuTimeWorks === undefined)
    gnuTimeWorks = existsSync(GNU_TIME) && process.env.VHR_BENCH_NO_GNU_TIME !== "1";
  return gnuTimeWorks;
}

function readVmHwmKiB(pid: number): number | null {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "latin1"));
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function measure(
  command: string,
  args: readonly string[],
  options: MeasureOptions = {},
): Promise<Measurement> {
  const keep = options.keepChars ?? 20_000;
  const useTime = hasGnuTime();
  const scratch = useTime ? mkdtempSync(join(tmpdir(), "vhr-bench-")) : null;
  const timeFile = scratch === null ? null : join(scratch, "rss");
  const [file, argv] =
    timeFile === null
      ? [command, [...args]]
      : [GNU_TIME, ["-f", "%M %U %S", "-o", timeFile, command, ...args]];

  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
    stdout = (stdout + chunk).slice(-keep);
  });
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-keep);
  });

  let polled: number | null = null;
  const poll =
    timeFile === null && child.pid !== undefined
      ? setInterval(() => {
          const hwm = readVmHwmKiB(child.pid!);
          if (hwm !== null && (polled === null || hwm > polled)) polled = hwm;
        }, 10)
      : null;

  const { exitCode, signal, wallMs } = await new Promise<{
    exitCode: number | null;
    signal: NodeJS.Signals | null;
    wallMs: number;
  }>((resolvePromise, reject) => {
    let wallMs = 0;
    child.once("error", reject);
    child.once("exit", () => {
      wallMs = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.once("close", (code, sig) => resolvePromise({ exitCode: code, signal: sig, wallMs }));
  });
  if (poll !== null) clearInterval(poll);

  let peakRssKiB: number | null = polled;
  let cpuSeconds: number | null = null;
  let rssMethod: Measurement["rssMethod"] = polled === null ? "none" : "proc-vmhwm";
  if (timeFile !== null) {
    try {
      // GNU time writes "Command exited with non-zero status N" before the values when the status is not 0.
      const lines = readFileSync(timeFile, "utf8").trim().split("\n");
      const [rss, user, system] = lines[lines.length - 1].trim().split(/\s+/).map(Number);
      if (Number.isFinite(rss) && rss > 0) {
        peakRssKiB = rss;
        rssMethod = "gnu-time";
      }
      if (Number.isFinite(user) && Number.isFinite(system))
        cpuSeconds = Math.round((user + system) * 100) / 100;
    } catch {
      // no value: leave it null
    }
    rmSync(scratch!, { recursive: true, force: true });
  }
  return { wallMs, peakRssKiB, rssMethod, cpuSeconds, exitCode, signal, stdout, stderr };
}
