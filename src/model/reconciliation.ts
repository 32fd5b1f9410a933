// Reconciliation's output (DESIGN §7): findings, per-person totals and the ledger.

import type { Finding } from "./finding.js";

export const LEDGER_STATES = ["paired", "unpaired", "finding", "ignored", "rejected"] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];
export type LedgerCounts = Record<LedgerState, number>;

/** Minutes per person, as DESIGN §7 defines them. */
export interface PersonMinutes {
  vms: number;
  redcross: number;
  culture: number;
  blood: number;
  expected1365: number;
  credited1365: number;
  missing: number;
  inTransit: number;
}

export interface SchoolYearTotals {
  schoolYear: number;
  expectedMinutes: number;
  creditedMinutes: number;
  /** Sum over credited records of their whole hours (NEIS drops leftover minutes per record). */
  neisHours: number;
}

export interface Reconciliation {
  /** All findings, identity findings included, in content order (see reconcile/sort-findings). */
  findings: Finding[];
  /** minutes[p] for person index p. */
  minutes: PersonMinutes[];
  /** schoolYears[p], ascending by school year. */
  schoolYears: SchoolYearTotals[][];
  /** Ledger counts per file index; they add up to IngestedFile.rows. */
  ledger: LedgerCounts[];
}

export interface Latencies {
  /** VMS: after transferAt (default 24 h). */
  vmsAfterSendMinutes: number;
  /** VMS without transfer data: after the activity date (default 7 days). */
  vmsWithoutSendDays: number;
  /** 문화품앗이: after the activity date (default 3 days). */
  cultureDays: number;
  /** Red Cross: after the activity date (default 30 days). */
  redcrossDays: number;
  /** Blood donation conversion (default 0 days). */
  bloodDays: number;
}

export interface ReconcileOptions {
  /**
   * "Now", epoch minutes. A date given as --as-of means the end of that day: day × 1440 + 1439.
   * A record is due at (activity day + N days) × 1440, or transferAt + 24 h: overdue when asOf ≥ due.
   */
  asOf: number;
  latencies: Latencies;
  /** Minutes one eligible donation is worth (240). */
  bloodMinutes: number;
  /** First day (epoch day) a donation counts: 2010-07-01. */
  bloodSince: number;
  /** Calendar-year caps on donations that count. */
  bloodYearlyCap: { whole: number; component: number };
  /** A school's cap on donations per school year (--blood-cap), null when off. */
  bloodSchoolYearCap: number | null;
  /** Student daily cap on credited minutes (480). */
  dailyCapMinutes: number;
}
