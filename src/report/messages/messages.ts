// Entry points of the message catalogues: pick a language, format hours, and fill a template from a code
// and its `detail` (the typed lookup hides the per-kind generics of the Catalogue type).

import type { Finding } from "../../model/finding.js";
import type { FileWarning, RejectedRow } from "../../model/record.js";
import type { FatalCode } from "../../model/vhr-error.js";
import { maskResidentNumbers } from "../../normalize/mask.js";
import type { Lang } from "../report-model.js";
import type { Catalogue, FindingContext } from "./catalogue.js";
import { en } from "./en.js";
import { ko } from "./ko.js";

export const LANGS: readonly Lang[] = ["ko", "en"];

const CATALOGUES: Record<Lang, Catalogue> = { ko, en };

export function messagesFor(lang: Lang): Catalogue {
  return CATALOGUES[lang];
}

/** Korean when LC_ALL (else LC_MESSAGES, else LANG) starts with `ko`; English otherwise. Empty counts as unset. */
export function langFromEnv(env: NodeJS.ProcessEnv): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("ko") ? "ko" : "en";
}

/** `12시간 30분` / `12 h 30 min`; `0분` / `0 min`; `4시간` / `4 h`. */
export function formatMinutes(minutes: number, lang: Lang): string {
  return CATALOGUES[lang].formatMinutes(minutes);
}

interface AnyFindingText {
  message(finding: Finding, ctx: FindingContext): string;
  remedy(finding: Finding, ctx: FindingContext): string;
}

/** Message and remedy of a finding. `finding.detail` must follow `FindingDetails[finding.kind]`. */
export function findingText(
  catalogue: Catalogue,
  finding: Finding,
  ctx: FindingContext,
): { message: string; remedy: string } {
  const text = catalogue.findings[finding.kind] as unknown as AnyFindingText;
  return { message: text.message(finding, ctx), remedy: text.remedy(finding, ctx) };
}

type AnyRejectText = (ctx: {
  path: string;
  line: number;
  column: string | null;
  value: string | null;
  detail: RejectedRow["detail"];
}) => string;

/** The message of a rejected row; `path` is the path of `row.file`. */
export function rejectText(catalogue: Catalogue, path: string, row: RejectedRow): string {
  const text = catalogue.rejects[row.reason] as unknown as AnyRejectText;
  return text({ path, line: row.line, column: row.column, value: row.value, detail: row.detail });
}

type AnyWarningText = (ctx: { path: string; detail: FileWarning["detail"] }) => string;

export function warningText(catalogue: Catalogue, path: string, warning: FileWarning): string {
  const text = catalogue.warnings[warning.code] as unknown as AnyWarningText;
  return text({ path, detail: warning.detail });
}

interface AnyFatalText {
  message(detail: Record<string, string | number>): string;
  remedy(detail: Record<string, string | number>): string;
}

/**
 * Message and remedy of a fatal error (a VhrError's code and detail), for the CLI to print; resident-number-like
 * text is masked.
 */
export function fatalText(
  error: { code: FatalCode; detail: Record<string, string | number> },
  lang: Lang,
): { message: string; remedy: string } {
  const text = CATALOGUES[lang].fatals[error.code] as unknown as AnyFatalText;
  return {
    message: maskResidentNumbers(text.message(error.detail)),
    remedy: maskResidentNumbers(text.remedy(error.detail)),
  };
}
