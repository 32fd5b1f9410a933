// The one report object (DESIGN §8, schema vhr.report/1). Every renderer (table, JSON, CSV) takes it as is:
// personal data is already masked (unless --show-pii) and messages are already in the chosen language.

import type { FindingKind, Severity } from "../model/finding.js";
import type { LedgerCounts, PersonMinutes, SchoolYearTotals } from "../model/reconciliation.js";
import type { Encoding, SourceId } from "../model/record.js";
import type { Tier } from "../model/person.js";

export type Lang = "ko" | "en";

export interface ReportRejectedRow {
  line: number;
  reason: string;
  column: string | null;
  /** Masked. */
  value: string | null;
  message: string;
}

export interface ReportWarning {
  code: string;
  message: string;
}

export interface ReportFile {
  path: string;
  source: SourceId;
  encoding: Encoding;
  rows: number;
  ledger: LedgerCounts;
  rejected: ReportRejectedRow[];
  warnings: ReportWarning[];
}

export interface ReportPerson {
  id: string;
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  tier: Tier;
  sources: SourceId[];
  minutes: PersonMinutes;
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
  person: string | null;
  source: SourceId | null;
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
