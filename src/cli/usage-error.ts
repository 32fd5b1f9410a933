// Commander's own usage errors ("error: unknown option '--frobnicate'") as the facts of a `usage` fatal error,
// so that they print like every other error (`vhr: … / → See vhr <command> --help.`) and in the user's
// language. Commander gives only its English sentence, so the facts are read back from it; a sentence this
// does not know is kept as it is.

import type { FatalDetails } from "../report/messages/catalogue.js";

type UsageDetail = FatalDetails["usage"];

/** `-o, --output <file>` → `--output`; `--format <format>` → `--format`. */
function optionName(flags: string): string {
  const names = flags.split(/[ ,|]+/).filter((part) => part.startsWith("-"));
  return names.find((name) => name.startsWith("--")) ?? names[0] ?? flags;
}

/** `(Did you mean --json?)`, `(Did you mean one of a, b?)` → `--json`, `a, b`. */
function suggestionOf(text: string): { suggestion: string } | Record<string, never> {
  const m = /\(Did you mean (?:one of )?(.+?)\?\)/s.exec(text);
  return m ? { suggestion: m[1] } : {};
}

/**
 * The facts of one commander error message, for the command whose `--help` the remedy names (null for the
 * top-level program).
 */
export function usageFromCommander(message: string, command: string | null): UsageDetail {
  const text = message.trim().replace(/^error:\s*/, "");
  const where: UsageDetail = command === null ? {} : { command };
  let m = /^unknown option '([^']+)'/.exec(text);
  if (m) return { ...where, problem: "unknown-option", option: m[1], ...suggestionOf(text) };
  m = /^unknown command '([^']+)'/.exec(text);
  if (m) return { ...where, problem: "unknown-command", value: m[1], ...suggestionOf(text) };
  m = /^option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are (.+?)\.?$/s.exec(text);
  if (m) return { ...where, problem: "invalid-choice", option: optionName(m[1]), value: m[2], choices: m[3] };
  m = /^option '([^']+)' argument missing/.exec(text);
  if (m) return { ...where, problem: "missing-option-value", option: optionName(m[1]) };
  m = /^missing required argument '([^']+)'/.exec(text);
  if (m) return { ...where, problem: "missing-argument", value: m[1] };
  m = /^too many arguments(?: for '[^']+')?\. Expected (\d+) arguments? but got \d+\./.exec(text);
  if (m) return { ...where, problem: "too-many-arguments", max: Number(m[1]) };
  return { ...where, message: text };
}
