// The stage timer of the benchmark (bench/stages.ts, `npm run bench -- --stages`): it runs what `vhr check
// --format json` runs, and reports every stage.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AS_OF, FILE_KEYS, FILE_NAMES, generate } from "../bench/generate.js";
import { formatStages, STAGES, type StageTimes, timeStagesOnce } from "../bench/stages.js";

const scratch = mkdtempSync(join(tmpdir(), "vhr-bench-stages-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("bench stages", () => {
  it("times every stage of a run whose report is the CLI's, byte for byte", async () => {
    const dir = join(scratch, "n2000");
    await generate({ vmsRows: 2_000, seed: 7, outDir: dir });
    const times = await timeStagesOnce(dir);
    for (const stage of STAGES) expect(times[stage]).toBeGreaterThanOrEqual(0);
    const stages = STAGES.reduce((sum, stage) => sum + times[stage], 0);
    // Rounded to milliseconds stage by stage.
    expect(Math.abs(times.total - stages)).toBeLessThan(0.01);
    expect(times.rssMiB).toBeGreaterThan(0);

    const cliReport = join(scratch, "cli-report.json");
    const cli = spawnSync(
      process.execPath,
      [
        resolve("bin/vhr.js"),
        "check",
        ...FILE_KEYS.map((key) => join(dir, FILE_NAMES[key])),
        "--as-of",
        AS_OF,
        "--lang",
        "ko",
        "--format",
        "json",
        "-o",
        cliReport,
      ],
      { encoding: "utf8" },
    );
    expect(cli.stderr).toBe("");
    expect(readFileSync(join(dir, "report.json"), "utf8")).toBe(readFileSync(cliReport, "utf8"));
  });

  it("prints each stage's range and median", () => {
    const run = (scale: number): StageTimes => ({
      "start-up": 0.2 * scale,
      read: 2 * scale,
      people: 1 * scale,
      reconcile: 1.5 * scale,
      report: 0.5 * scale,
      json: 0.5 * scale,
      total: 5.7 * scale,
      rssMiB: Math.round(500 * scale),
    });
    const text = formatStages(1_000_000, [run(1), run(1.1), run(0.9)]);
    expect(text).toContain("stages at 1,000,000 VMS rows: 3 run(s)");
    expect(text).toMatch(/\n {2}read +1\.80–2\.20 +\(2\.00\)\n/);
    expect(text).toMatch(/\n {2}total +5\.13–6\.27 +\(5\.70\)\n/);
    expect(text).toContain("peak RSS: 550 MiB");
  });
});
