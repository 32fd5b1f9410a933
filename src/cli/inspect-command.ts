// `vhr inspect FILE`: how one file is read — encoding, delimiter, source and why, column mapping, counts,
// the first rejected rows with reasons.

import type { Command } from "commander";
import { endOfToday, parseAsOf } from "../pipeline/as-of.js";
import { readInputs } from "../pipeline/ingest-all.js";
import { buildInspectReport } from "../report/inspect-report.js";
import { renderInspectText } from "../report/render-inspect.js";
import {
  addOutputOptions,
  addReadOptions,
  type OutputFlags,
  type ReadFlags,
  resolveLang,
} from "./common-options.js";
import type { Io } from "./io.js";

const EXAMPLES = `Examples:
  vhr inspect vms-2020.csv                 how the file is read, as text
  vhr inspect --json 1365.csv              the same as JSON (path, source, detection, encoding, columns, …)
  vhr inspect blood:donations.csv          check the mapping of a file whose source you force
  vhr inspect --encoding cp949 old.csv     override the encoding detection

`;

interface InspectFlags extends ReadFlags, OutputFlags {
  json?: boolean;
}

export function registerInspect(program: Command, io: Io): void {
  const command = program
    .command("inspect")
    .summary("show exactly how one file is read")
    .description(
      "Show how one export is read: encoding, delimiter, which source and why, each column's field, unmapped\n" +
        "columns, row counts, and the rejected rows with their reasons. Exit code 1 when a row is rejected.",
    )
    .argument("<file>", "a CSV export, optionally prefixed with a source id (vms:file.csv), or '-'")
    .option("--json", "print JSON (DESIGN §8 inspect shape)")
    .addHelpText("before", EXAMPLES);
  addReadOptions(command);
  addOutputOptions(command).action(async (file: string, flags: InspectFlags) => {
    const lang = resolveLang(io, flags.lang);
    const asOf = flags.asOf !== undefined ? parseAsOf(flags.asOf) : endOfToday(new Date());
    const { files } = await readInputs({
      inputs: [file],
      profileFiles: flags.profile,
      source: flags.source ?? null,
      encoding: flags.encoding ?? null,
      person: flags.person ?? null,
      latestDay: Math.floor(asOf / 1440),
      readStdin: () => io.readStdin(),
    });
    for (const ingested of files) {
      const report = buildInspectReport(ingested, lang);
      io.out(flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderInspectText(report, lang));
      if (report.rejected.length > 0) process.exitCode = 1;
    }
  });
}
