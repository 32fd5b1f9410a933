// The vhr program: commander wiring, and the one place where errors become messages and exit codes
// (0 nothing to do, 1 attention needed, 2 the job could not be done).

import { readFileSync } from "node:fs";
import { Command, CommanderError } from "commander";
import { isVhrError, type VhrError } from "../model/vhr-error.js";
import { maskResidentNumbers } from "../normalize/mask.js";
import { fatalText, langFromEnv } from "../report/messages/messages.js";
import type { Lang } from "../report/report-model.js";
import { registerCheck } from "./check-command.js";
import { registerDemo } from "./demo-command.js";
import { registerInspect } from "./inspect-command.js";
import { createProcessIo, type Io } from "./io.js";
import { registerPeople } from "./people-command.js";
import { registerSources } from "./sources-command.js";
import { usageFromCommander } from "./usage-error.js";

const EXAMPLES = `Examples:
  vhr demo                                   see it work on a class of invented students
  vhr check vms.csv 1365.csv                 which of my hours have not reached 1365, and what to do
  vhr check class-folder/ --format csv -o findings.csv
  vhr inspect export.csv                     how a file is read (encoding, source, columns)
  vhr people council/                        who is who across exports
  vhr sources                                the formats vhr reads and their headers

`;

function packageVersion(): string {
  try {
    const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
    return (JSON.parse(text) as { version: string }).version;
  } catch {
    return "unknown";
  }
}

/**
 * Where commander's own usage errors go: printed like every other fatal error, `vhr: …` and a remedy naming
 * `vhr <command> --help` (the exit code, 2, is set where the CommanderError is caught).
 */
function usageOutput(io: Io, lang: Lang, command: string | null) {
  return (text: string) =>
    io.err(formatFatal({ code: "usage", detail: usageFromCommander(text, command) }, lang));
}

function buildProgram(io: Io, lang: Lang): Command {
  const program = new Command();
  program
    .name("vhr")
    .description(
      "Reconcile Korean volunteer-hour records across VMS, 1365, Red Cross, blood donation and 문화품앗이:\n" +
        "every hour that has not arrived where it must be, why, and what to do about it.",
    )
    .version(packageVersion(), "-V, --version")
    .addHelpText("before", EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: usageOutput(io, lang, null),
    });
  registerCheck(program, io);
  registerInspect(program, io);
  registerPeople(program, io);
  registerSources(program, io);
  registerDemo(program, io);
  for (const command of program.commands) {
    command.exitOverride().configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      outputError: usageOutput(io, lang, command.name()),
    });
  }
  return program;
}

/** The language of error messages: --lang if the command line has it, else the environment's. */
function langOfArgv(argv: readonly string[], io: Io): Lang {
  const i = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (i >= 0) {
    const value = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
    if (value === "ko" || value === "en") return value;
  }
  return langFromEnv(io.env);
}

function formatFatal(error: { code: VhrError["code"]; detail: VhrError["detail"] }, lang: Lang): string {
  // fatalText masks resident-number-like text (a path or a value may hold one: DESIGN §8).
  const text = fatalText(error, lang);
  return `vhr: ${text.message}\n  → ${text.remedy}\n`;
}

function formatInternal(error: unknown, lang: Lang, debug: boolean): string {
  // The first line of the error's own words, resident-number-like text masked (a value may have reached it).
  const first = maskResidentNumbers((error instanceof Error ? error.message : String(error)).split("\n")[0]);
  const lines =
    lang === "ko"
      ? [
          `vhr: 내부 오류입니다 (${first}).`,
          "  → 실행한 명령과 이 메시지를 vhr 이슈 트래커에 알려 주세요. 내보낸 파일은 개인정보이므로 첨부하지 마세요.",
          "  → --debug 를 붙이면 자세한 추적 정보가 나옵니다.",
        ]
      : [
          `vhr: internal error (${first}).`,
          "  → Please report the command you ran and this message on the vhr issue tracker. Do not attach the exports: they hold personal data.",
          "  → Run again with --debug for the stack trace.",
        ];
  if (debug && error instanceof Error && error.stack) lines.push(maskResidentNumbers(error.stack));
  return `${lines.join("\n")}\n`;
}

export async function runCli(argv: readonly string[], io: Io = createProcessIo()): Promise<void> {
  const lang = langOfArgv(argv, io);
  const program = buildProgram(io, lang);
  const debug = argv.includes("--debug");
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      process.exitCode = 2;
      return;
    }
    await program.parseAsync(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; any other commander error is a usage error it has already printed.
      process.exitCode =
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
          ? 0
          : 2;
      return;
    }
    if (isVhrError(error)) {
      // A bad option value found by a command (--as-of, --blood-cap): its remedy names that command's --help.
      const command = program.commands.find((c) => c.name() === argv[2])?.name();
      const detail =
        error.code === "usage" && command !== undefined && error.detail.command === undefined
          ? { ...error.detail, command }
          : error.detail;
      io.err(formatFatal({ code: error.code, detail }, lang));
      if (debug && error.stack) io.err(`${error.stack}\n`);
    } else {
      io.err(formatInternal(error, lang, debug));
    }
    process.exitCode = 2;
  }
}
