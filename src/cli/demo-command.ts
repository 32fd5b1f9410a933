// `vhr demo`: `check` on the bundled class of invented students (what `npm start` runs).

import { isAbsolute, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { addCheckOptions, type CheckFlags, executeCheck } from "./check-command.js";
import type { Io } from "./io.js";

/** The demo's fixtures are dated around this day; a fixed "now" keeps the demo the same every day. */
export const DEMO_AS_OF = "2026-11-22";

/** fixtures/demo of the installed package, relative to the working directory when it is below it. */
export function demoFolder(): string {
  // dist/cli/demo-command.js → <package>/fixtures/demo
  const folder = fileURLToPath(new URL("../../fixtures/demo", import.meta.url));
  const relativePath = relative(process.cwd(), folder);
  return relativePath.startsWith("..") || isAbsolute(relativePath) ? folder : relativePath;
}

const EXAMPLES = `Examples:
  vhr demo                    the table for a class of invented students (every finding kind)
  vhr demo --lang en          in English
  vhr demo --json             the JSON report

`;

export function registerDemo(program: Command, io: Io): void {
  const command = program
    .command("demo")
    .summary("check the bundled class of invented students")
    .description(
      `Run \`vhr check\` on fixtures/demo, a class of invented students whose exports show every finding kind,\n` +
        `as of ${DEMO_AS_OF} unless --as-of says otherwise. Exits 0 when the demo ran.`,
    )
    .addHelpText("before", EXAMPLES);
  addCheckOptions(command).action(async (flags: CheckFlags) => {
    await executeCheck(io, [demoFolder()], flags, DEMO_AS_OF);
    // The demo's findings are the point of the demo, not a failure of the run.
    process.exitCode = 0;
  });
}
