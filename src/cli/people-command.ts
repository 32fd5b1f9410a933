// `vhr people`: person resolution only, each person with the evidence of every link.

import type { Command } from "commander";
import { endOfToday, parseAsOf } from "../pipeline/as-of.js";
import { runPeople } from "../pipeline/run-people.js";
import { renderPeopleTable } from "../report/render-people-table.js";
import {
  addOutputOptions,
  addReadOptions,
  type OutputFlags,
  type ReadFlags,
  resolveLang,
} from "./common-options.js";
import { emit, type Io, shouldColour } from "./io.js";

const EXAMPLES = `Examples:
  vhr people council/                     who is who across the exports, with the evidence of each link
  vhr people --json council/              JSON (schema vhr.people/1)
  vhr people --show-pii vms.csv 1365.csv  unmasked names, birthdates and phones (careful: personal data)

`;

interface PeopleFlags extends ReadFlags, OutputFlags {
  json?: boolean;
  output?: string;
}

export function registerPeople(program: Command, io: Io): void {
  const command = program
    .command("people")
    .summary("resolve who is who across exports, with evidence")
    .description(
      "Link the same person across exports by name, birthdate and phone. Each person shows its tier (exact,\n" +
        "strong, conflict), the files and rows it came from, and the evidence of each link; identity findings\n" +
        "(identity-mismatch, ambiguous-identity, duplicate-account) follow.",
    )
    .argument("[inputs...]", "files, folders or '-', optionally prefixed with a source id (vms:file.csv)")
    .option("--json", "print JSON (schema vhr.people/1)")
    .option("-o, --output <file>", "write to a file instead of standard output")
    .addHelpText("before", EXAMPLES);
  addReadOptions(command);
  addOutputOptions(command).action(async (inputs: string[], flags: PeopleFlags) => {
    const lang = resolveLang(io, flags.lang);
    const asOf = flags.asOf !== undefined ? parseAsOf(flags.asOf) : endOfToday(new Date());
    const report = await runPeople({
      inputs,
      profileFiles: flags.profile,
      source: flags.source ?? null,
      encoding: flags.encoding ?? null,
      person: flags.person ?? null,
      latestDay: Math.floor(asOf / 1440),
      readStdin: () => io.readStdin(),
      lang,
      showPii: flags.showPii === true,
    });
    const toTerminal = flags.output === undefined || flags.output === "-";
    const text = flags.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : renderPeopleTable(report, {
          lang,
          colour: toTerminal && shouldColour(io, io.stdoutIsTty, flags.color),
        });
    await emit(io, text, flags.output);
  });
}
