// Findings (DESIGN §7): a closed set of kinds, each with a severity. The core emits codes and facts;
// messages and remedies in Korean and English are added when the report is built.

import type { SourceId } from "./record.js";

export const FINDING_KINDS = [
  "missing-transfer",
  "sent-not-received",
  "transfer-failed",
  "blood-not-converted",
  "hours-mismatch",
  "identity-mismatch",
  "duplicate-account",
  "ambiguous-identity",
  "not-approved",
  "period-record",
  "blood-ineligible",
  "duplicate-credit",
  "daily-cap",
  "in-transit",
  "unmatched-credit",
  "neis-fraction",
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type Severity = "error" | "warning" | "info";

/** Default severity of each kind; hours-mismatch is a warning when 1365 has more than upstream. */
export const FINDING_SEVERITY: Record<FindingKind, Severity> = {
  "missing-transfer": "error",
  "sent-not-received": "error",
  "transfer-failed": "error",
  "blood-not-converted": "error",
  "hours-mismatch": "error",
  "identity-mismatch": "warning",
  "duplicate-account": "warning",
  "ambiguous-identity": "warning",
  "not-approved": "warning",
  "period-record": "warning",
  "blood-ineligible": "warning",
  "duplicate-credit": "warning",
  "daily-cap": "warning",
  "in-transit": "info",
  "unmatched-credit": "info",
  "neis-fraction": "info",
};

/** The other side of a finding: the 1365 credit of an hours-mismatch, the first credit of a duplicate, … */
export interface Counterpart {
  file: number;
  line: number;
  source: SourceId;
  date: number | null;
  minutes: number | null;
}

/**
 * The facts each kind carries in `Finding.detail` (the contract between reconcile and the message catalogue).
 * Times are `YYYY-MM-DD HH:MM`, dates `YYYY-MM-DD`, durations whole minutes.
 */
export interface FindingDetails {
  "missing-transfer": { transferRaw: string | null; due: string };
  "sent-not-received": { transferRaw: string | null; sentAt: string | null; due: string };
  "transfer-failed": { transferRaw: string | null; code: number | null };
  "blood-not-converted": { donationKind: string | null; converted: "yes" | "no" | null };
  "hours-mismatch": { upstreamMinutes: number; creditedMinutes: number; differenceMinutes: number };
  "identity-mismatch": {
    field: "name" | "birthdate" | "phone";
    left: string;
    right: string;
    fromSource: string;
    toSource: string;
  };
  "duplicate-account": { source: string; memberIds: string };
  "ambiguous-identity": { candidates: number; tier: string };
  "not-approved": { approval: "pending" | "rejected"; approvalRaw: string | null };
  "period-record": { periodStart: string; periodEnd: string };
  "blood-ineligible": {
    rule: "before-2010-07-01" | "yearly-cap-whole" | "yearly-cap-component" | "school-year-cap";
    cap: number | null;
    year: number | null;
  };
  "duplicate-credit": { reason: "credited-twice" | "code-400" };
  "daily-cap": { capMinutes: number; creditedMinutes: number; excessMinutes: number };
  "in-transit": { due: string };
  "unmatched-credit": { origin: string };
  "neis-fraction": { creditedMinutes: number; neisHours: number; droppedMinutes: number };
}

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** Index into PeopleResolution.people, or null when no person applies. */
  person: number | null;
  source: SourceId | null;
  /** Epoch day. */
  date: number | null;
  minutes: number | null;
  institution: string | null;
  activity: string | null;
  /** The subject row: IngestedFile.index and physical line. */
  file: number | null;
  line: number | null;
  counterpart: Counterpart | null;
  /** Result code or raw word that explains the finding (e.g. 200, "전송실패"). */
  code: number | string | null;
  /**
   * Facts for the message and remedy templates (e.g. `{ field: "phone", left: "01012345678", right: … }`,
   * `{ dueAt: 29_000_000 }`). Identity values are unmasked here; the report masks them.
   */
  detail: Record<string, string | number | null>;
}
