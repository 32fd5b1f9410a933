// The message catalogue: every user-visible word of the report, in one object per language. The `Catalogue`
// type maps every finding kind, reject reason, file-warning code and fatal code to a template, so a language
// that forgets one does not compile (ko.ts and en.ts are checked with `satisfies Catalogue`).
//
// Templates receive facts, never formatted prose: the core (ingest, reconcile) emits codes and `detail`
// objects, the catalogue turns them into a message and a remedy. Whoever fills a `detail` follows the
// `*Details` interfaces below; keys marked optional may be left out and the text reads well without them.
// Personal data in a `detail` must already be masked, except `Finding.detail` of identity-mismatch, whose
// `left`/`right` the report masks by field (FindingContext.show).

import { formatDay } from "../../model/day.js";
import type { Finding, FindingDetails, FindingKind, Severity } from "../../model/finding.js";
import type { Tier } from "../../model/person.js";
import type { LedgerState } from "../../model/reconciliation.js";
import type {
  BuiltinSource,
  CanonicalField,
  Encoding,
  FileWarningCode,
  RejectReason,
} from "../../model/record.js";
import type { BinaryKind, FatalCode } from "../../model/vhr-error.js";
import type { Lang } from "../report-model.js";

export type IdentityField = "name" | "birthdate" | "phone";

// ─── Findings ────────────────────────────────────────────────────────────────────────────────────────────

/** A finding whose `detail` has the keys of its kind (model/finding.ts `FindingDetails`). */
export type FindingOf<K extends FindingKind> = Omit<Finding, "kind" | "detail"> & {
  kind: K;
  detail: FindingDetails[K];
};

/** What a finding template may use besides the finding itself. */
export interface FindingContext {
  /** Path of the finding's file (Finding.file resolved), null when the finding has no file. */
  file: string | null;
  /** The built-in flow the finding's record follows (IngestedFile.role), null when unknown. */
  role: BuiltinSource | null;
  /** Path of the counterpart's file, null when there is no counterpart. */
  counterpartFile: string | null;
  /** An identity value as the report may show it: masked by default, as is under --show-pii. */
  show(field: IdentityField, value: string): string;
  /** True under --show-pii. */
  showPii: boolean;
}

export interface FindingText<K extends FindingKind> {
  /** What is wrong, naming the record (source, date, institution, hours) and the facts of `detail`. */
  message(finding: FindingOf<K>, ctx: FindingContext): string;
  /** What to do about it (domain-facts.md), specific to the source and result code. */
  remedy(finding: FindingOf<K>, ctx: FindingContext): string;
}

export type FindingTexts = { [K in FindingKind]: FindingText<K> };

// ─── Rejected rows ───────────────────────────────────────────────────────────────────────────────────────

/**
 * `RejectedRow.detail` per reason. The place and the value are not in `detail`: they are RejectedRow's own
 * `file` (→ path), `line`, `column` (the header as written) and `value` (masked, cut short).
 * Every reason may also carry `field`: the canonical field the column was mapped to (`date`, `duration`, …).
 */
export interface RejectDetails {
  /** The row has a different number of cells than the header. */
  "column-count": RejectBase & {
    /** Cells in the header. */
    expected: number;
    /** Cells in this row. */
    actual: number;
  };
  /** A required value is empty (e.g. no date, no hours). `field` names the missing field. */
  "missing-value": RejectBase;
  /**
   * Not a date in any accepted form, or no such calendar day (2025-02-30). `hint: "excel-serial"` when the
   * value is an Excel date serial number (`45900`) and the profile does not accept them.
   */
  "invalid-date": RejectBase & { hint?: "excel-serial" };
  /** A period (`20210804~20210930`) that cannot be read, or ends before it starts. */
  "invalid-period": RejectBase & {
    problem?: "unreadable" | "reversed";
    /** With `reversed`: the period with its two ends swapped, as the fix to suggest (`20261003~20261031`). */
    swapped?: string;
  };
  /** Hours that cannot be read, or are zero, negative, or over 24 h for one day. */
  "invalid-duration": RejectBase & {
    problem?: "unreadable" | "zero" | "negative" | "too-long";
    /** The minutes read, when they could be read (zero / negative / too-long). */
    minutes?: number;
  };
  /** A start/end time or clock range (`15:30~16:30`) that cannot be read. */
  "invalid-time": RejectBase;
  /** A birthdate that cannot be read or is no calendar day. */
  "invalid-birthdate": RejectBase;
  /**
   * A phone number that is not a Korean mobile/landline number. `hint: "excel-number"` when Excel turned it
   * into a number in scientific notation (`1.01E+10`), whose digits are lost.
   */
  "invalid-phone": RejectBase & { hint?: "excel-number" };
  /** A name that is empty after normalisation or contains no letters. */
  "invalid-name": RejectBase;
  /** A result code that is not a number, or not one the source knows. */
  "invalid-code": RejectBase & {
    /** Accepted codes, joined with ", " (e.g. "99, 100, 200, 300, 400"). */
    expected?: string;
  };
  /** A status word (approval, link result, origin, donation kind, converted) the profile does not know. */
  "unknown-status": RejectBase & {
    /** Accepted words, joined with ", " (e.g. "승인, 승인완료, 대기, 반려"). */
    expected?: string;
  };
  /** A valid date outside the plausible range (before `min` or after `max`, both YYYY-MM-DD). */
  "date-out-of-range": RejectBase & { min?: string; max?: string };
  /**
   * A quoted value opened on `line` never closes (or not within MAX_RECORD_CHARS), so this row cannot be split
   * into cells. Reading goes on with the next line. `column` and `value` are null.
   */
  "unterminated-quote": RejectBase;
  /**
   * A record longer than `max` characters (ingest MAX_RECORD_CHARS) with no quote open: not a row of an export.
   * Reading goes on with the next line. `column` and `value` are null.
   */
  "row-too-long": RejectBase & { max?: number };
}

export interface RejectBase {
  /** Canonical field the column was mapped to. */
  field?: CanonicalField;
}

export interface RejectContext<R extends RejectReason> {
  /** The file's path as the user gave it. */
  path: string;
  line: number;
  /** Header of the offending column as written, null for a whole-row problem. */
  column: string | null;
  /** The offending value, already masked. */
  value: string | null;
  detail: RejectDetails[R];
}

/** One sentence group: place (`file:line`, column), the value, what was expected, what to change. */
export type RejectTexts = { [R in RejectReason]: (ctx: RejectContext<R>) => string };

// ─── File warnings ───────────────────────────────────────────────────────────────────────────────────────

/** `FileWarning.detail` per code. */
export interface WarningDetails {
  /**
   * A resident-number column was found and dropped at read time. `column`: its header as written;
   * `columnNumber`: its 1-based position.
   */
  "rrn-column-dropped": { column: string; columnNumber?: number };
  /** Resident-number-like values were found in other columns and masked. */
  "rrn-value-masked": {
    /** How many cells were masked. */
    count: number;
    /** Header of the first column where one was seen. */
    column?: string;
    /** Line of the first one. */
    line?: number;
  };
  /**
   * Two columns map to the same field; the first is used. `column`: the ignored column's header,
   * `columnNumber` its 1-based position, `field` the field, `first` the header of the column that is used.
   */
  "duplicate-header": { column: string; columnNumber?: number; field?: CanonicalField; first?: string };
  /** Columns that map to no field and are ignored: their headers, joined with ", ". */
  "unmapped-columns": { columns: string };
  /**
   * The file has no name/birthdate/phone column: its records belong to the `--person` given (`from: "option"`)
   * or to one anonymous person (`from: "anonymous"`).
   */
  "no-identity-columns": { from?: "option" | "anonymous" };
  /** `--encoding` was given and used instead of detection; `detected` is what detection would have chosen. */
  "encoding-override": { encoding: Encoding | string; detected?: Encoding };
  /** NUL characters (`count`) were found in the text and dropped: they are never data, but the file is damaged. */
  "nul-removed": { count: number };
}

export interface WarningContext<W extends FileWarningCode> {
  path: string;
  detail: WarningDetails[W];
}

export type WarningTexts = { [W in FileWarningCode]: (ctx: WarningContext<W>) => string };

// ─── Fatal errors (exit code 2) ──────────────────────────────────────────────────────────────────────────

/** `VhrError.detail` per code. Lists are joined with ", ". */
export interface FatalDetails {
  /**
   * A bad option or argument, as facts the catalogue words in the user's language: `option` and its `value`,
   * and what the value must be — a `format` token, a whole number from `min` to `max`, or one of `choices`
   * (joined with ", "). `problem` names what the command-line parser found (with `option`/`value` holding the
   * option, command or argument it names, and `suggestion` its "did you mean"); `command` the subcommand whose
   * --help the remedy points to. `expected` is a ready-made description and `message` a ready-made text (e.g.
   * commander's), each used only when nothing else is given.
   */
  usage: {
    option?: string;
    value?: string;
    format?: UsageFormat;
    min?: number;
    max?: number;
    choices?: string;
    problem?: UsageProblem;
    suggestion?: string;
    command?: string;
    expected?: string;
    message?: string;
  };
  "file-not-found": { path: string };
  /** `reason`: the OS error code (EACCES, EISDIR, …). */
  "file-unreadable": { path: string; reason?: string };
  "file-empty": { path: string };
  /** Binary content. `kind` when recognised from the first bytes (ingest/sniff-binary.ts). */
  "not-text": { path: string; kind?: BinaryKind };
  /** An HTML page (often an "Excel" download that is really HTML). */
  "html-file": { path: string };
  /**
   * No line looks like a header. `lines`: how many rows (CSV records, which a quoted line break can make span
   * several physical lines) were examined.
   */
  "no-header": { path: string; lines?: number };
  /**
   * A required column is missing. `field`: the canonical field, or several joined with "|" when any one of
   * them will do ("date|period"); `aliases`: the accepted headers, joined with ", "; `headers`: the file's.
   */
  "missing-column": { path: string; source: string; field: string; aliases: string; headers?: string };
  /** Detection could not choose. `candidates`: source ids, best first, joined with ", ". */
  "source-ambiguous": { path: string; candidates: string };
  /**
   * With `source`: a prefix or --source names no known profile. Without: no profile matches `path`'s headers.
   * `known`: the known source ids.
   */
  "source-unknown": { path?: string; source?: string; known: string };
  /** `--encoding` names an encoding vhr cannot read. */
  "encoding-unknown": { encoding: string; supported?: string };
  /** The bytes are not valid in `encoding` (given or detected); `line` where it broke, when known. */
  "encoding-invalid": { path: string; encoding: string; line?: number };
  /** A --profile file that is not valid JSON or fails the schema. `problem`: the parser's/schema's words. */
  "profile-invalid": { path: string; problem: string; at?: string };
  /**
   * `--person` cannot be read. `field`: the part that is wrong, `value` that part masked. Without `field`,
   * `problem` says what is wrong with the whole: `too-many-parts` (`parts` how many were given) or `no-name`.
   */
  "person-invalid": {
    value?: string;
    field?: IdentityField;
    problem?: "too-many-parts" | "no-name";
    parts?: number;
  };
  /** Nothing to read; `path` when a folder held no *.csv. */
  "no-inputs": { path?: string };
  "output-unwritable": { path: string; reason?: string };
}

/** What a `usage` value must look like: `date-or-datetime` is `YYYY-MM-DD` or `YYYY-MM-DD HH:MM`. */
export type UsageFormat = "date" | "date-or-datetime";

/** Usage errors found by the command-line parser (commander). */
export type UsageProblem =
  | "unknown-option"
  | "unknown-command"
  | "invalid-choice"
  | "missing-option-value"
  | "missing-argument"
  | "too-many-arguments";

export interface FatalText<C extends FatalCode> {
  message(detail: FatalDetails[C]): string;
  /** What to do. */
  remedy(detail: FatalDetails[C]): string;
}

export type FatalTexts = { [C in FatalCode]: FatalText<C> };

// ─── Labels and fixed texts ──────────────────────────────────────────────────────────────────────────────

/** Column headers of the findings CSV (and the findings parts of the table). */
export interface FindingColumnLabels {
  person: string;
  name: string;
  source: string;
  date: string;
  minutes: string;
  hours: string;
  kind: string;
  severity: string;
  message: string;
  remedy: string;
  institution: string;
  activity: string;
  file: string;
  line: string;
}

export interface PeopleColumnLabels {
  id: string;
  name: string;
  birthdate: string;
  phone: string;
  tier: string;
  sources: string;
  vms: string;
  redcross: string;
  culture: string;
  blood: string;
  expected1365: string;
  credited1365: string;
  missing: string;
  inTransit: string;
  /** NEIS hours of one school year. */
  neis(schoolYear: number): string;
}

export interface FileColumnLabels extends Record<LedgerState, string> {
  path: string;
  source: string;
  rows: string;
  /** Rejected-row list: the `file:line` and column headings. */
  place: string;
  column: string;
  message: string;
}

export interface Labels {
  findings: FindingColumnLabels;
  people: PeopleColumnLabels;
  files: FileColumnLabels;
  kinds: Record<FindingKind, string>;
  severities: Record<Severity, string>;
  sources: Record<BuiltinSource, string>;
  tiers: Record<Tier, string>;
  fields: Record<CanonicalField, string>;
}

/** Headings and sentences of the table views. */
export interface Texts {
  title(asOf: string): string;
  hoursBySource: string;
  hoursIn1365(schoolYear: number): string;
  findings: string;
  files: string;
  rejectedRows: string;
  warnings: string;
  /** After the first rejected rows of a file: how many more the table does not list. */
  moreRejected(count: number): string;
  /** The friendly line of a report without findings. */
  noFindings: string;
  /** Heading of the findings of one person. */
  personHeading(id: string, name: string | null, findings: number): string;
  /** Heading of findings that belong to nobody. */
  noPerson(findings: number): string;
  summary(counts: {
    people: number;
    findings: number;
    error: number;
    warning: number;
    info: number;
    rejected: number;
  }): string;
  /** People view. */
  people: string;
  members: string;
  evidence: string;
  identityFindings: string;
  noIdentityFindings: string;
  peopleSummary(people: number, findings: number): string;
  /** Shown instead of a missing value. */
  none: string;
}

// ─── The catalogue ───────────────────────────────────────────────────────────────────────────────────────

export interface Catalogue {
  lang: Lang;
  /** `12시간 30분` / `12 h 30 min`; `0분` / `0 min`; `4시간` / `4 h`. */
  formatMinutes(minutes: number): string;
  labels: Labels;
  text: Texts;
  findings: FindingTexts;
  rejects: RejectTexts;
  warnings: WarningTexts;
  fatals: FatalTexts;
}

/** Label of a source id: the catalogue's word for a built-in source, the id itself for a user profile. */
export function sourceLabel(catalogue: Catalogue, source: string | null): string {
  if (source === null) return catalogue.text.none;
  const labels: Record<string, string> = catalogue.labels.sources;
  return Object.hasOwn(labels, source) ? (labels[source] as string) : source;
}

/** What a message says of a record: its source and, as far as known, date, place, activity and minutes. */
export type RecordFacts = Pick<Finding, "source" | "date" | "institution" | "activity" | "minutes">;

/**
 * Shared by both languages: a record's date, institution, activity and minutes (formatted by `minutes`) joined
 * by ", ", the ones it lacks left out; "" when it has none. Concatenated, not an array joined: every finding's
 * message names one or two records (69k findings at 1M rows).
 */
export function recordFactList(f: RecordFacts, minutes: (value: number) => string): string {
  let list = f.date !== null ? formatDay(f.date) : "";
  if (f.institution) list = list === "" ? f.institution : `${list}, ${f.institution}`;
  if (f.activity) list = list === "" ? f.activity : `${list}, ${f.activity}`;
  if (f.minutes !== null) list = list === "" ? minutes(f.minutes) : `${list}, ${minutes(f.minutes)}`;
  return list;
}

/** Shared by both languages: a signed whole-minute amount as hours and minutes with the given units. */
export function hoursAndMinutes(minutes: number, hourUnit: string, minuteUnit: string): string {
  const sign = minutes < 0 ? "-" : "";
  const abs = Math.abs(Math.round(minutes));
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  if (h === 0) return `${sign}${m}${minuteUnit}`;
  if (m === 0) return `${sign}${h}${hourUnit}`;
  return `${sign}${h}${hourUnit} ${m}${minuteUnit}`;
}
