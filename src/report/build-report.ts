// Builds the one report object (DESIGN §8, vhr.report/1) from the pipeline's outputs. Everything a renderer
// needs is decided here: person ids, masking, the language of every message and remedy, date formats, the
// --school-year view. Renderers only lay it out.

import { formatDay, schoolYearOf } from "../model/day.js";
import { FINDING_KINDS, type Finding, type FindingKind } from "../model/finding.js";
import type { PeopleResolution } from "../model/person.js";
import { LEDGER_STATES, type LedgerCounts, type Reconciliation } from "../model/reconciliation.js";
import { BUILTIN_SOURCES, type BuiltinSource, type IngestedFile } from "../model/record.js";
import { emptyMinutes } from "../reconcile/totals.js";
import type { Catalogue, FindingContext } from "./messages/catalogue.js";
import { findingText, messagesFor, rejectText, warningText } from "./messages/messages.js";
import { identityShower, maskMemberIds, type ShowIdentity, scrub, showOrNull } from "./pii.js";
import type {
  Lang,
  Report,
  ReportCounterpart,
  ReportFile,
  ReportFinding,
  ReportPerson,
  ReportSummary,
} from "./report-model.js";

export interface BuildReportInput {
  files: readonly IngestedFile[];
  people: PeopleResolution;
  reconciliation: Reconciliation;
  /** "Now", epoch minutes (ReconcileOptions.asOf). */
  asOf: number;
  lang: Lang;
  showPii: boolean;
  /** --school-year: limit the view to one school year (totals stay whole). */
  schoolYear: number | null;
}

/** Findings about identity: kept by --school-year whatever their date. */
export const IDENTITY_KINDS: readonly FindingKind[] = [
  "identity-mismatch",
  "duplicate-account",
  "ambiguous-identity",
];

export function personId(index: number): string {
  return `P${index + 1}`;
}

/** What turning findings into report findings needs; shared with the people view. */
export interface FindingView {
  catalogue: Catalogue;
  files: ReadonlyMap<number, IngestedFile>;
  /** Each file's path as shown (scrubbed once here, not twice per finding: 69k findings at 1M rows). */
  paths: ReadonlyMap<number, string>;
  show: ShowIdentity;
  showPii: boolean;
}

export function findingView(files: readonly IngestedFile[], lang: Lang, showPii: boolean): FindingView {
  return {
    catalogue: messagesFor(lang),
    files: new Map(files.map((f) => [f.index, f])),
    paths: new Map(files.map((f) => [f.index, scrub(f.path)])),
    show: identityShower(showPii),
    showPii,
  };
}

function pathOf(view: FindingView, file: number | null): string | null {
  return file === null ? null : (view.paths.get(file) ?? null);
}

const isBuiltin = (source: string | null): source is BuiltinSource =>
  source !== null && (BUILTIN_SOURCES as readonly string[]).includes(source);

/**
 * Free text of a finding with resident numbers masked, member ids masked unless --show-pii. The finding itself
 * when nothing needs masking, as for nearly every finding: nothing downstream changes it, and copying each with
 * its detail took 82 ms (now 53) plus its collection at 1M rows.
 */
function cleanFinding(finding: Finding, showPii: boolean): Finding {
  const original = finding.detail;
  let detail = original;
  for (const key of Object.keys(original)) {
    const value = original[key];
    if (typeof value !== "string") continue;
    const scrubbed = scrub(value);
    if (scrubbed === value) continue;
    if (detail === original) detail = { ...original };
    detail[key] = scrubbed;
  }
  const memberIds = detail.memberIds;
  if (finding.kind === "duplicate-account" && !showPii && typeof memberIds === "string") {
    if (detail === original) detail = { ...original };
    detail.memberIds = maskMemberIds(memberIds);
  }
  const institution = scrub(finding.institution);
  const activity = scrub(finding.activity);
  const code = typeof finding.code === "string" ? scrub(finding.code) : finding.code;
  if (
    detail === original &&
    institution === finding.institution &&
    activity === finding.activity &&
    code === finding.code
  ) {
    return finding;
  }
  // A literal rather than a spread of `finding`: object spreads are an order of magnitude slower.
  return {
    kind: finding.kind,
    severity: finding.severity,
    person: finding.person,
    source: finding.source,
    date: finding.date,
    minutes: finding.minutes,
    institution,
    activity,
    file: finding.file,
    line: finding.line,
    counterpart: finding.counterpart,
    code,
    detail,
  };
}

const emptyToNull = (text: string | null): string | null => (text === null || text === "" ? null : text);

/** A finding as the report shows it: ids, paths, dates, masked values, message and remedy in the language. */
export function reportFinding(view: FindingView, raw: Finding): ReportFinding {
  const finding = cleanFinding(raw, view.showPii);
  const file = finding.file === null ? undefined : view.files.get(finding.file);
  const cp = finding.counterpart;
  const ctx: FindingContext = {
    file: pathOf(view, finding.file),
    role: file?.role ?? (isBuiltin(finding.source) ? finding.source : null),
    counterpartFile: cp === null ? null : pathOf(view, cp.file),
    show: view.show,
    showPii: view.showPii,
  };
  const { message, remedy } = findingText(view.catalogue, finding, ctx);
  const counterpart: ReportCounterpart | null =
    cp === null
      ? null
      : {
          source: cp.source,
          file: pathOf(view, cp.file) ?? "",
          line: cp.line,
          date: cp.date === null ? null : formatDay(cp.date),
          minutes: cp.minutes,
        };
  return {
    kind: finding.kind,
    severity: finding.severity,
    person: finding.person === null ? null : personId(finding.person),
    source: finding.source,
    date: finding.date === null ? null : formatDay(finding.date),
    minutes: finding.minutes,
    institution: emptyToNull(finding.institution),
    activity: emptyToNull(finding.activity),
    file: ctx.file,
    line: finding.line,
    counterpart,
    code: finding.code,
    message: scrub(message),
    remedy: scrub(remedy),
  };
}

function zeroLedger(): LedgerCounts {
  return Object.fromEntries(LEDGER_STATES.map((s) => [s, 0])) as LedgerCounts;
}

function reportFiles(
  files: readonly IngestedFile[],
  reconciliation: Reconciliation,
  catalogue: Catalogue,
): ReportFile[] {
  // Files in content order (path, then source), whatever order they were given in (DESIGN §3.6).
  const sorted = [...files].sort(
    (a, b) => cmp(a.path, b.path) || cmp(a.source, b.source) || a.index - b.index,
  );
  return sorted.map((file) => {
    const path = scrub(file.path);
    const counts = reconciliation.ledger[file.index] ?? zeroLedger();
    const ledger = Object.fromEntries(LEDGER_STATES.map((s) => [s, counts[s] ?? 0])) as LedgerCounts;
    const rejected = [...file.rejected]
      .sort((a, b) => a.line - b.line)
      .map((row) => ({
        line: row.line,
        reason: row.reason,
        column: scrub(row.column),
        value: scrub(row.value),
        message: scrub(
          rejectText(catalogue, path, { ...row, column: scrub(row.column), value: scrub(row.value) }),
        ),
      }));
    const warnings = file.warnings.map((warning) => ({
      code: warning.code,
      message: scrub(warningText(catalogue, path, warning)),
    }));
    return {
      path,
      source: file.source,
      encoding: file.encoding,
      rows: file.rows,
      ledger,
      rejected,
      warnings,
    };
  });
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether a finding belongs to the view of one school year. Dateless findings stay (they belong to none). */
export function inSchoolYear(finding: Finding, schoolYear: number | null): boolean {
  if (schoolYear === null || finding.date === null) return true;
  if (IDENTITY_KINDS.includes(finding.kind)) return true;
  return schoolYearOf(finding.date) === schoolYear;
}

export function countFindings(
  findings: readonly { kind: FindingKind }[],
): Partial<Record<FindingKind, number>> {
  const counts = new Map<FindingKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const out: Partial<Record<FindingKind, number>> = {};
  for (const kind of FINDING_KINDS) {
    const n = counts.get(kind);
    if (n !== undefined) out[kind] = n;
  }
  return out;
}

export function buildReport(input: BuildReportInput): Report {
  const { reconciliation, schoolYear } = input;
  const view = findingView(input.files, input.lang, input.showPii);

  const files = reportFiles(input.files, reconciliation, view.catalogue);

  // A person's sources, minutes and school years are the resolution's and reconciliation's own objects, in
  // the report's key order, not copies: nothing changes them once made, and at 1M rows the copies (~400k
  // objects) cost their making and, surviving into the old generation, their collection.
  const people: ReportPerson[] = input.people.people.map((person, i) => {
    const years = reconciliation.schoolYears[i] ?? [];
    return {
      id: personId(i),
      name: showOrNull(view.show, "name", person.name),
      birthdate: showOrNull(view.show, "birthdate", person.birthdate),
      phone: showOrNull(view.show, "phone", person.phone),
      tier: person.tier,
      sources: person.sources,
      minutes: reconciliation.minutes[i] ?? emptyMinutes(),
      schoolYears: schoolYear === null ? years : years.filter((y) => y.schoolYear === schoolYear),
    };
  });

  const findings = reconciliation.findings
    .filter((f) => inSchoolYear(f, schoolYear))
    .map((f) => reportFinding(view, f));

  const summary: ReportSummary = {
    people: people.length,
    rows: files.reduce((n, f) => n + f.rows, 0),
    rejected: files.reduce((n, f) => n + f.rejected.length, 0),
    findings: countFindings(findings),
  };

  return {
    schema: "vhr.report/1",
    asOf: formatDay(Math.floor(input.asOf / 1440)),
    files,
    people,
    findings,
    summary,
  };
}
