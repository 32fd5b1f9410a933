// Pairing pass 2 (DESIGN §7): per person and date, the records left over after pass 1. A record split in one
// system and merged in the other adds up to the same total: all paired. Different totals: paired as a group,
// with one hours-mismatch. Only records that could be each other's counterpart (by origin) take part.

import { sortSmall } from "../model/sort-small.js";
import type { Entry } from "./entry.js";
import { pairAll } from "./entry.js";
import { acceptsOrigin } from "./flows.js";

export interface MismatchGroup {
  /** Upstream records of the group, content order. */
  upstream: Entry[];
  /** Credits of the group, content order. */
  credits: Entry[];
  upstreamMinutes: number;
  creditedMinutes: number;
}

function sum(entries: readonly Entry[]): number {
  let total = 0;
  for (const e of entries) total += e.minutes;
  return total;
}

function byDate(entries: Iterable<Entry>): Map<number, Entry[]> {
  const map = new Map<number, Entry[]>();
  for (const e of entries) {
    const date = e.rec.date as number;
    const list = map.get(date);
    if (list === undefined) map.set(date, [e]);
    else list.push(e);
  }
  return map;
}

/** `upstream` and `credits` in content order. Returns the groups whose totals differ. */
export function pairDateTotals(upstream: readonly Entry[], credits: readonly Entry[]): MismatchGroup[] {
  const open = upstream.filter((u) => !u.paired && !u.period && u.rec.date !== null && u.originRule !== null);
  // Most people have nothing left after the first pass: no maps for them.
  if (open.length === 0) return [];
  const upstreamByDate = byDate(open);
  const creditsByDate = byDate(credits.filter((c) => !c.paired && c.rec.date !== null));
  const mismatches: MismatchGroup[] = [];
  const dates = sortSmall([...upstreamByDate.keys()], (a, b) => a - b);
  for (const date of dates) {
    const ups = upstreamByDate.get(date) as Entry[];
    const available = creditsByDate.get(date) ?? [];
    const groupCredits = available.filter((c) => ups.some((u) => acceptsOrigin(u.originRule!, c.rec.origin)));
    const groupUpstream = ups.filter((u) =>
      groupCredits.some((c) => acceptsOrigin(u.originRule!, c.rec.origin)),
    );
    if (groupUpstream.length === 0 || groupCredits.length === 0) continue;
    pairAll(groupUpstream, groupCredits);
    const upstreamMinutes = sum(groupUpstream);
    const creditedMinutes = sum(groupCredits);
    if (upstreamMinutes !== creditedMinutes) {
      mismatches.push({ upstream: groupUpstream, credits: groupCredits, upstreamMinutes, creditedMinutes });
    }
  }
  return mismatches;
}

export { sum as sumMinutes };
