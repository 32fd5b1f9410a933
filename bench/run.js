#!/usr/bin/env node
// Entry point of `npm run bench` (which first runs `npm run build` for vhr itself). Plain JS so that it runs on a
// fresh clone: it compiles bench/*.ts (bench/tsconfig.json → bench/dist), installs the benchmark-only DuckDB
// package into bench/node_modules from bench/package-lock.json when it is missing or stale, then runs
// bench/dist/run.js with the same arguments. See bench/README.md.

import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const bench = dirname(fileURLToPath(import.meta.url));
const root = join(bench, "..");
const args = process.argv.slice(2);

function run(command, commandArgs, what) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: "inherit" });
  if (result.status !== 0)
    process.stderr.write(`bench: ${what} failed (exit ${result.status ?? result.signal})\n`);
  return result.status === 0;
}

// 1. Compile the benchmark (typescript is a root devDependency).
const tsc = createRequire(join(root, "package.json")).resolve("typescript/bin/tsc");
if (!run(process.execPath, [tsc, "-p", join(bench, "tsconfig.json")], "tsc -p bench/tsconfig.json"))
  process.exit(2);

// 2. DuckDB, kept out of vhr's own dependencies. `npm ci` installs exactly the locked version; the platform binary
//    ships inside the registry package @duckdb/node-bindings-<platform>, nothing is downloaded from elsewhere.
if (!args.includes("--skip-duckdb") && !args.includes("--stages")) {
  const wanted = JSON.parse(readFileSync(join(bench, "package.json"), "utf8")).dependencies[
    "@duckdb/node-api"
  ];
  const installedPath = join(bench, "node_modules", "@duckdb", "node-api", "package.json");
  const installed = existsSync(installedPath)
    ? JSON.parse(readFileSync(installedPath, "utf8")).version
    : null;
  if (installed !== wanted) {
    process.stderr.write(`bench: installing @duckdb/node-api ${wanted} into bench/node_modules\n`);
    const npmCli = process.env.npm_execpath;
    const [npm, npmArgs] =
      npmCli?.endsWith(".js") === true
        ? [process.execPath, [npmCli]]
        : [process.platform === "win32" ? "npm.cmd" : "npm", []];
    run(npm, [...npmArgs, "ci", "--prefix", bench, "--no-audit", "--no-fund"], "npm ci --prefix bench");
  }
}

// 3. Run.
const { main } = await import("./dist/run.js");
process.exitCode = await main(args);
