// Options shared by the commands that read exports, declared once so that every command spells and
// documents them the same way.

import { type Command, Option } from "commander";
import { VhrError } from "../model/vhr-error.js";
import { langFromEnv } from "../report/messages/messages.js";
import type { Lang } from "../report/report-model.js";
import type { Io } from "./io.js";

export interface ReadFlags {
  profile: string[];
  source?: string;
  encoding?: string;
  person?: string;
  asOf?: string;
}

export interface OutputFlags {
  lang?: string;
  color: boolean;
  showPii?: boolean;
  debug?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function addReadOptions(command: Command): Command {
  return command
    .option(
      "--source <id>",
      "read every file without a prefix as this source (vms, 1365, redcross, blood, culture)",
    )
    .option("--encoding <enc>", "force the encoding: utf-8, cp949 (euc-kr), utf-16le, utf-16be")
    .option(
      "--profile <file>",
      "add or extend a source with a JSON profile (repeatable; see `vhr sources --json`)",
      collect,
      [],
    )
    .option("--person <name,birthdate,phone>", "identity for files without name/birthdate/phone columns")
    .option(
      "--as-of <date>",
      "\"now\" for transfer latencies: YYYY-MM-DD (end of that day) or 'YYYY-MM-DD HH:MM'",
    );
}

export function addOutputOptions(command: Command): Command {
  return command
    .addOption(
      new Option("--lang <lang>", "language of messages (default: from LC_ALL/LANG)").choices(["ko", "en"]),
    )
    .option("--show-pii", "show names, phones and birthdates unmasked")
    .option("--no-color", "no colour (also off when not a terminal, with NO_COLOR or TERM=dumb)")
    .option("--debug", "show stack traces of internal errors");
}

export function resolveLang(io: Io, flag: string | undefined): Lang {
  if (flag === "ko" || flag === "en") return flag;
  return langFromEnv(io.env);
}

/** `--blood-cap N`, `--school-year YYYY`: whole numbers in a range. */
export function parseWholeNumber(option: string, min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      // Facts, not prose: the catalogue words "a whole number from min to max" in the user's language.
      throw new VhrError("usage", { option, value, min, max });
    }
    return n;
  };
}
