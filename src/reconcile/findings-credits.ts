// Findings about one person's 1365 credits (DESIGN §7): duplicate-credit (credited twice), unmatched-credit,
// daily-cap and neis-fraction.

import type { Finding } from "../model/finding.js";
import type { Entry } from "./entry.js";
import { findingOf } from "./finding-factory.js";
import { prefersOrigin, UPSTREAM_ORIGINS, type UpstreamRole } from "./flows.js";

const MINUTES_PER_HOUR = 60;

/** Credits per date (credits without a date left out), each list in the given order. */
function groupByDate(credits: readonly Entry[]): Map<number, Entry[]> {
  const map = new Map<number, Entry[]>();
  for (const c of credits) {
    if (c.rec.date === null) continue;
    const list = map.get(c.rec.date);
    if (list === undefined) map.set(c.rec.date, [c]);
    else list.push(c);
  }
  return map;
}

/**
 * The credit a leftover credit repeats: a paired credit of the same date and minutes whose upstream record
 * belongs to the leftover's (known) origin. First in content order.
 */
function repeatedCredit(leftover: Entry, pairedOnDate: readonly Entry[]): Entry | undefined {
  const origin = leftover.rec.origin;
  if (origin === null) return undefined;
  return pairedOnDate.find(
    (c) =>
      c.minutes === leftover.minutes &&
      c.partners.some((u) => u.originRule !== null && prefersOrigin(u.originRule, origin)),
  );
}

/** Leftover credits: duplicate-credit, else unmatched-credit when their origin's role has an input file. */
export function leftoverCreditFindings(
  credits: readonly Entry[],
  rolesWithFiles: ReadonlySet<UpstreamRole>,
): Finding[] {
  const findings: Finding[] = [];
  // Most people have every credit paired: nothing is left over.
  if (credits.every((c) => c.paired)) return findings;
  const pairedByDate = groupByDate(credits.filter((c) => c.paired));
  for (const credit of credits) {
    if (credit.paired) continue;
    const date = credit.rec.date;
    const first = date === null ? undefined : repeatedCredit(credit, pairedByDate.get(date) ?? []);
    if (first !== undefined) {
      findings.push(
        findingOf("duplicate-credit", credit, { reason: "credited-twice" }, { counterpart: first }),
      );
      continue;
    }
    const origin = credit.rec.origin;
    const role = origin === null ? null : UPSTREAM_ORIGINS[origin];
    if (origin !== null && role !== null && rolesWithFiles.has(role)) {
      findings.push(findingOf("unmatched-credit", credit, { origin }));
    }
  }
  return findings;
}

/**
 * Dated credits in runs of one date, dates ascending, each run in the given order. Credits come in content
 * order, which starts with the date: then the runs are read off in one pass, without a map or a sort.
 */
function dateRuns(credits: readonly Entry[]): Entry[][] {
  const runs: Entry[][] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const c of credits) {
    const date = c.rec.date;
    if (date === null) continue;
    if (date < last) {
      const byDate = groupByDate(credits);
      return [...byDate.keys()].sort((a, b) => a - b).map((d) => byDate.get(d) as Entry[]);
    }
    if (date === last) runs[runs.length - 1].push(c);
    else runs.push([c]);
    last = date;
  }
  return runs;
}

/** One daily-cap per date whose credited minutes exceed the cap, on the credit that crosses it. */
export function dailyCapFindings(credits: readonly Entry[], capMinutes: number): Finding[] {
  const findings: Finding[] = [];
  for (const day of dateRuns(credits)) {
    let total = 0;
    let crossing: Entry | undefined;
    for (const credit of day) {
      total += credit.minutes;
      if (crossing === undefined && total > capMinutes) crossing = credit;
    }
    if (crossing === undefined) continue;
    findings.push(
      findingOf(
        "daily-cap",
        crossing,
        { capMinutes, creditedMinutes: total, excessMinutes: total - capMinutes },
        { minutes: total },
      ),
    );
  }
  return findings;
}

/** Whether a credit of these minutes leaves minutes NEIS drops (it counts whole hours per record). */
export function dropsNeisMinutes(minutes: number): boolean {
  return minutes % MINUTES_PER_HOUR !== 0;
}

/** NEIS counts whole hours per record: one neis-fraction per credit with leftover minutes. */
export function neisFractionFindings(credits: readonly Entry[]): Finding[] {
  const findings: Finding[] = [];
  for (const credit of credits) {
    const minutes = credit.rec.minutes;
    if (minutes === null || !dropsNeisMinutes(minutes)) continue;
    const dropped = minutes % MINUTES_PER_HOUR;
    findings.push(
      findingOf(
        "neis-fraction",
        credit,
        {
          creditedMinutes: minutes,
          neisHours: Math.floor(minutes / MINUTES_PER_HOUR),
          droppedMinutes: dropped,
        },
        { minutes: dropped },
      ),
    );
  }
  return findings;
}
