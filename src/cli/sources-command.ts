// `vhr sources`: the built-in (and --profile) source formats, their detection and header aliases.

import type { Command } from "commander";
import { z } from "zod";
import { loadProfiles } from "../pipeline/ingest-all.js";
import { renderSourcesText } from "../report/render-sources.js";
import { SourceProfileSchema } from "../sources/source-profile.js";
import type { Io } from "./io.js";

const EXAMPLES = `Examples:
  vhr sources                          every source with its accepted headers
  vhr sources --json                   the profiles and the JSON Schema a --profile file must follow
  vhr sources --profile my-vms.json    how a user profile extends a built-in one

`;

export function registerSources(program: Command, io: Io): void {
  program
    .command("sources")
    .summary("list the source formats and their accepted headers")
    .description(
      "List the source formats vhr reads: detection signature, file-name hints, header aliases per field.",
    )
    .option("--json", "print { sources: [profile…], schema: <JSON Schema of a profile> }")
    .option(
      "--profile <file>",
      "add or extend a source with a JSON profile (repeatable)",
      (v: string, p: string[]) => [...p, v],
      [],
    )
    .addHelpText("before", EXAMPLES)
    .action(async (flags: { json?: boolean; profile: string[] }) => {
      const profiles = (await loadProfiles(flags.profile)).map((compiled) => compiled.profile);
      if (flags.json) {
        const schema = z.toJSONSchema(SourceProfileSchema, { io: "input" });
        io.out(`${JSON.stringify({ sources: profiles, schema }, null, 2)}\n`);
      } else {
        io.out(renderSourcesText(profiles));
      }
    });
}
