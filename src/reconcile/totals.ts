// Per-person totals (DESIGN §7), in minutes, and per school year. Upstream totals and expected minutes come
// from the entries' final status; missing and in-transit minutes come from the person's findings, so the
// totals cannot disagree with what the report lists.

import { withAppended } from "../model/append.js";
import { schoolYearOf } from "../model/day.js";
import type { Finding, FindingKind } from "../model/finding.js";
import type { PersonMinutes, SchoolYearTotals } from "../model/reconciliation.js";
import { sortSmall } from "../model/sort-small.js";
import type { Entry } from "./entry.js";

/** Error findings whose subject's minutes are missing from 1365. */
export const MISSING_KINDS: ReadonlySet<FindingKind> = new Set<FindingKind>([
  "missing-transfer",
  "sent-not-received",
  "transfer-failed",
  "blood-not-converted",
]);

/**
 * School year per epoch day from 1970 to 2149 (0: not computed yet), filled as days are met: looked up for every
 * record (2M at 1M rows), where a map keyed by day cost ~30 ms.
 */
const SCHOOL_YEAR_OF_DAY = new Int16Array(1 << 16);
function schoolYearOfDay(day: number): number {
  if (!(day >= 0 && day < SCHOOL_YEAR_OF_DAY.length && (day | 0) === day)) return schoolYearOf(day);
  let year = SCHOOL_YEAR_OF_DAY[day];
  if (year === 0) {
    year = schoolYearOf(day);
    SCHOOL_YEAR_OF_DAY[day] = year;
  }
  return year;
}

export function emptyMinutes(): PersonMinutes {
  return {
    vms: 0,
    redcross: 0,
    culture: 0,
    blood: 0,
    expected1365: 0,
    credited1365: 0,
    missing: 0,
    inTransit: 0,
  };
}

/** The per-source totals of upstream records. */
export type UpstreamTotal = "vms" | "redcross" | "culture" | "blood";

/** Which upstream total an entry adds to, and whether 1365 is expected to show its minutes. */
function upstreamShare(entry: Entry): { total: UpstreamTotal | null; expected: boolean } {
  switch (entry.role) {
    case "vms":
      // A donation's conversion is the donation: counted once, as blood.
      return entry.status === "expected" && !entry.conversion
        ? { total: "vms", expected: true }
        : { total: null, expected: false };
    case "redcross":
      return {
        total: entry.status === "expected" ? "redcross" : null,
        expected: entry.status === "expected",
      };
    case "culture":
      if (entry.status !== "expected") return { total: null, expected: false };
      // A period record with no per-day detail cannot link: expected only when an old-style link credited it.
      return { total: "culture", expected: !entry.period || entry.paired };
    case "blood":
      return entry.status === "expected" || entry.status === "converted"
        ? { total: "blood", expected: true }
        : { total: null, expected: false };
    default:
      return { total: null, expected: false };
  }
}

/**
 * One person's totals, added record by record: what personTotals adds for each entry, and what the plain
 * path (plain-person.ts) adds for each record it reads from the columns, so that the two cannot differ.
 */
export class TotalsBuilder {
  readonly minutes = emptyMinutes();
  /**
   * The person's school years, found by a walk: a person has a few, and a map per person (100k at 1M rows)
   * with its iteration at the end was most of what the plain path allocated.
   */
  private years: SchoolYearTotals[] = [];

  private yearOfDay(day: number): SchoolYearTotals {
    const schoolYear = schoolYearOfDay(day);
    const years = this.years;
    for (let i = 0; i < years.length; i++) if (years[i].schoolYear === schoolYear) return years[i];
    const totals = { schoolYear, expectedMinutes: 0, creditedMinutes: 0, neisHours: 0 };
    this.years = withAppended(years, totals);
    return totals;
  }

  /** A 1365 credit of `minutes` dated `date`. */
  addCredit(date: number | null, minutes: number): void {
    this.minutes.credited1365 += minutes;
    if (date !== null) {
      const year = this.yearOfDay(date);
      year.creditedMinutes += minutes;
      year.neisHours += Math.floor(minutes / 60);
    }
  }

  /** An upstream record: added to its role's total (if any), and to what 1365 should show when expected. */
  addUpstream(total: UpstreamTotal | null, expected: boolean, date: number | null, minutes: number): void {
    if (total !== null) this.minutes[total] += minutes;
    if (expected) {
      this.minutes.expected1365 += minutes;
      if (date !== null) this.yearOfDay(date).expectedMinutes += minutes;
    }
  }

  /** The totals, with missing and in-transit minutes from the person's findings. */
  finish(findings: readonly Finding[]): { minutes: PersonMinutes; schoolYears: SchoolYearTotals[] } {
    const minutes = this.minutes;
    for (const finding of findings) {
      if (MISSING_KINDS.has(finding.kind)) minutes.missing += finding.minutes ?? 0;
      else if (finding.kind === "in-transit") minutes.inTransit += finding.minutes ?? 0;
      else if (finding.kind === "hours-mismatch") {
        const shortfall = Number(finding.detail.upstreamMinutes) - Number(finding.detail.creditedMinutes);
        if (shortfall > 0) minutes.missing += shortfall;
      }
    }
    const schoolYears = sortSmall(this.years, (a, b) => a.schoolYear - b.schoolYear);
    return { minutes, schoolYears };
  }
}

export function personTotals(
  entries: readonly Entry[],
  findings: readonly Finding[],
): { minutes: PersonMinutes; schoolYears: SchoolYearTotals[] } {
  const totals = new TotalsBuilder();
  for (const entry of entries) {
    if (entry.status === "credit") {
      totals.addCredit(entry.rec.date, entry.minutes);
      continue;
    }
    const share = upstreamShare(entry);
    totals.addUpstream(share.total, share.expected, entry.rec.date, entry.minutes);
  }
  return totals.finish(findings);
}
