// Runs the real CLI (`node bin/vhr.js …`, which loads the built dist/cli/vhr.js) the way a user does: a
// child process in the repository root, English messages, no colour. `npm test` builds dist/ first.

import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root: every fixture path in the tests is relative to it, as a user would type it. */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

const BIN = fileURLToPath(new URL("../../bin/vhr.js", import.meta.url));
const BUILT = fileURLToPath(new URL("../../dist/cli/vhr.js", import.meta.url));

export interface CliResult {
  stdout: string;
  stderr: string;
  /** Exit code; null when the process was killed by a signal. */
  status: number | null;
}

export interface RunOptions {
  /** Extra environment variables (override the defaults below). */
  env?: NodeJS.ProcessEnv;
  /** Bytes or text for standard input. */
  input?: string | Uint8Array;
}

/** `vhr ...args` with LANG=en_US.UTF-8 (LC_ALL and LC_MESSAGES empty, so LANG decides) and NO_COLOR=1. */
export function runCli(args: readonly string[], options: RunOptions = {}): CliResult {
  if (!existsSync(BUILT)) {
    throw new Error(`${BUILT} does not exist: run \`npm run build\` first (\`npm test\` does it).`);
  }
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "1", ...options.env },
    input: options.input,
    encoding: "utf8",
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** `vhr ...args` whose standard output is JSON, parsed. */
export function runCliJson<T = unknown>(
  args: readonly string[],
  options: RunOptions = {},
): CliResult & { json: T } {
  const result = runCli(args, options);
  let json: T;
  try {
    json = JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(
      `vhr ${args.join(" ")} printed no JSON (exit ${result.status}).\nstdout: ${result.stdout}\nstderr: ${result.stderr}`,
    );
  }
  return { ...result, json };
}
