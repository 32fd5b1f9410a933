// Reading files in parallel (issue 6): the CLI with an ingest worker thread gives byte-identical output to the
// CLI reading every file on the main thread, and the same error when files fail. VHR_INGEST_WORKERS=1 turns
// the worker on whatever the input size, =0 off.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../bench/generate.js";
import { runCli } from "./helpers/run-cli.js";

const scratch = mkdtempSync(join(tmpdir(), "vhr-parallel-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const WORKERS = { VHR_INGEST_WORKERS: "1" };
const MAIN_ONLY = { VHR_INGEST_WORKERS: "0" };
const TIMEOUT = 120_000;

function both(args: string[]) {
  const parallel = runCli(args, { env: WORKERS });
  const sequential = runCli(args, { env: MAIN_ONLY });
  return { parallel, sequential };
}

describe("vhr check with an ingest worker thread", () => {
  const generated = join(scratch, "gen");
  beforeAll(async () => {
    await generate({ vmsRows: 20_000, seed: 7, outDir: generated });
  }, TIMEOUT);

  it(
    "generated council exports: the same JSON and CSV, whatever the order the files are named in",
    () => {
      const files = ["vms", "1365", "redcross", "blood"].map((name) => join(generated, `${name}.csv`));
      for (const format of ["json", "csv"]) {
        const out = (name: string) => join(scratch, `${name}.${format}`);
        const args = ["check", "--as-of", "2026-11-22", "--format", format];
        const parallel = runCli([...args, "-o", out("parallel"), ...files], { env: WORKERS });
        const sequential = runCli([...args, "-o", out("sequential"), ...files], { env: MAIN_ONLY });
        expect(parallel.status).toBe(1);
        expect(parallel.status).toBe(sequential.status);
        expect(parallel.stderr).toBe(sequential.stderr);
        const expected = readFileSync(out("sequential"), "utf8");
        expect(expected.length).toBeGreaterThan(100_000);
        expect(readFileSync(out("parallel"), "utf8")).toBe(expected);
        if (format === "json") {
          runCli([...args, "-o", out("reversed"), ...[...files].reverse()], { env: WORKERS });
          expect(readFileSync(out("reversed"), "utf8")).toBe(expected);
        }
      }
    },
    TIMEOUT,
  );

  it(
    "the demo folder (six sources), with -o",
    () => {
      const outParallel = join(scratch, "parallel.json");
      const outSequential = join(scratch, "sequential.json");
      const base = ["check", "fixtures/demo", "--as-of", "2026-11-22", "--json", "--show-pii"];
      const parallel = runCli([...base, "-o", outParallel], { env: WORKERS });
      const sequential = runCli([...base, "-o", outSequential], { env: MAIN_ONLY });
      expect(parallel.status).toBe(sequential.status);
      expect(readFileSync(outParallel, "utf8")).toBe(readFileSync(outSequential, "utf8"));
    },
    TIMEOUT,
  );

  it(
    "files that fail: the error of the first one in path order, as when reading one by one",
    () => {
      const dir = join(scratch, "failing");
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, "a-vms.csv"),
        "이름,생년월일,봉사일자,봉사시간\n김하늘,2008-03-15,2026-09-05,2\n",
      );
      writeFileSync(join(dir, "b-empty.csv"), "");
      writeFileSync(join(dir, "c-title-only.csv"), "봉사 실적\n\n\n");
      writeFileSync(
        join(dir, "d-vms.csv"),
        "이름,생년월일,봉사일자,봉사시간\n이바다,2007-11-02,2026-09-06,3\n",
      );
      const { parallel, sequential } = both(["check", dir, "--as-of", "2026-11-22", "--json"]);
      expect(sequential.status).toBe(2);
      expect(parallel.status).toBe(2);
      expect(parallel.stderr).toBe(sequential.stderr);
      expect(parallel.stderr).toContain("b-empty.csv");
    },
    TIMEOUT,
  );
});
