// The one report object (DESIGN §8, schema vhr.report/1). Every renderer (table, JSON, CSV) takes it as is:
// personal data is already masked (unless --show-pii) and messages are already in the chosen language.

import type { FindingKind, Severity } from "../model/finding.js";
import type { Tier } from "../model/person.js";
import type { LedgerCounts, PersonMinutes, SchoolYearTotals } from "../model/reconciliation.js";
import type { Encoding, FileWarningCode, RejectReason, SourceId } from "../model/record.js";

export type Lang = "ko" | "en";

export interface ReportRejectedRow {
  line: number;
  reason: RejectReason;
  /** Header of the offending column as written; null for a whole-row problem. */
  column: string | null;
  /** Masked. */
  value: string | null;
  message: string;
}

export interface ReportWarning {
  code: FileWarningCode;
  message: string;
}

/** Files in content order (path, then source). */
export interface ReportFile {
  /** As the user gave it (`-` for stdin). */
  path: string;
  source: SourceId;
  encoding: Encoding;
  rows: number;
  ledger: LedgerCounts;
  rejected: ReportRejectedRow[];
  warnings: ReportWarning[];
}

export interface ReportPerson {
  /** `P1`, `P2`, … in PeopleResolution order. */
  id: string;
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  tier: Tier;
  sources: SourceId[];
  /** Whole totals, not limited by --school-year. */
  minutes: PersonMinutes;
  /** Ascending; only the --school-year one when it is given. */
  schoolYears: SchoolYearTotals[];
}

export interface ReportCounterpart {
  source: SourceId;
  file: string;
  line: number;
  date: string | null;
  minutes: number | null;
}

export interface ReportFinding {
  kind: FindingKind;
  severity: Severity;
  /** Person id (`P1`), null when no person applies. */
  person: string | null;
  source: SourceId | null;
  /** `YYYY-MM-DD`. */
  date: string | null;
  minutes: number | null;
  institution: string | null;
  activity: string | null;
  file: string | null;
  line: number | null;
  counterpart: ReportCounterpart | null;
  code: number | string | null;
  message: string;
  remedy: string;
}

export interface ReportSummary {
  people: number;
  rows: number;
  rejected: number;
  /** Findings per kind: only kinds present, keys in FINDING_KINDS order. */
  findings: Partial<Record<FindingKind, number>>;
}

export interface Report {
  schema: "vhr.report/1";
  asOf: string;
  files: ReportFile[];
  people: ReportPerson[];
  findings: ReportFinding[];
  summary: ReportSummary;
}
