// The working view of one record inside reconciliation: the record, its file and person, and what the
// rules decided about it. Entries live only while their person is reconciled.

import type { BuiltinSource, CanonicalRecord, IngestedFile } from "../model/record.js";
import type { OriginRule } from "./flows.js";

export type EntryStatus =
  /** A 1365 record. */
  | "credit"
  /** An upstream record that must reach 1365 (takes part in pairing). */
  | "expected"
  /** VMS record pending or rejected. */
  | "not-approved"
  /** Blood donation that does not count (date or cap). */
  | "ineligible"
  /** A blood row showing a donation already shown by another row. */
  | "duplicate"
  /** A donation carried to 1365 by its VMS conversion record. */
  | "converted"
  /** A culture period row that summarises per-day rows of the same person. */
  | "summary";

export interface Entry {
  /** Global record number in the run (for the ledger). */
  readonly g: number;
  readonly rec: CanonicalRecord;
  readonly file: IngestedFile;
  readonly role: BuiltinSource;
  readonly person: number | null;
  /** Minutes used in arithmetic: a donation's value for blood rows, 0 when the record has none. */
  readonly minutes: number;
  /** Minutes shown in findings: a donation's value for blood rows, else the record's own (maybe null). */
  readonly shownMinutes: number | null;
  /** True for a record spanning several days (periodEnd after date). */
  readonly period: boolean;
  /** Rank in the person's content order (content, then path, then line): every tie-break uses it. */
  order: number;
  status: EntryStatus;
  /** Credit origins this upstream record accepts (set for expected records). */
  originRule: OriginRule | null;
  /** A VMS record that is a blood donation's conversion (the donation, not a second activity). */
  conversion: boolean;
  paired: boolean;
  /** The records it was paired with, in content order of pairing (add with addPartners). */
  partners: readonly Entry[];
}

/** Most entries never get a partner: they share this empty list until addPartners gives them their own. */
const NO_PARTNERS: readonly Entry[] = Object.freeze([]);

/** Record that `e` was paired with `partners`. */
export function addPartners(e: Entry, partners: readonly Entry[]): void {
  e.partners = e.partners === NO_PARTNERS ? [...partners] : [...e.partners, ...partners];
}

export function isPeriodRecord(rec: CanonicalRecord): boolean {
  return rec.periodEnd !== null && rec.date !== null && rec.periodEnd > rec.date;
}

export function makeEntry(
  g: number,
  rec: CanonicalRecord,
  file: IngestedFile,
  person: number | null,
  bloodMinutes: number,
): Entry {
  const blood = file.role === "blood";
  return {
    g,
    rec,
    file,
    role: file.role,
    person,
    minutes: blood ? bloodMinutes : (rec.minutes ?? 0),
    shownMinutes: blood ? bloodMinutes : rec.minutes,
    period: isPeriodRecord(rec),
    order: 0,
    status: file.role === "1365" ? "credit" : "expected",
    originRule: null,
    conversion: false,
    paired: false,
    partners: NO_PARTNERS,
  };
}

/** Pair two groups of records with each other. */
export function pairAll(upstream: readonly Entry[], credits: readonly Entry[]): void {
  for (const u of upstream) {
    u.paired = true;
    addPartners(u, credits);
  }
  for (const c of credits) {
    c.paired = true;
    addPartners(c, upstream);
  }
}

/** Pair one upstream record with one credit: pairAll([u], [c]) without the two arrays. */
export function pairOne(u: Entry, c: Entry): void {
  u.paired = true;
  u.partners = u.partners === NO_PARTNERS ? [c] : [...u.partners, c];
  c.paired = true;
  c.partners = c.partners === NO_PARTNERS ? [u] : [...c.partners, u];
}

export function byOrder(a: Entry, b: Entry): number {
  return a.order - b.order;
}

/** By date, then content order: for entries that all have a date. */
export function byDateThenOrder(a: Entry, b: Entry): number {
  return (a.rec.date as number) - (b.rec.date as number) || a.order - b.order;
}
