// Culture period records (DESIGN §2, §7): links are per day now. A period row of a person who also has
// per-day rows inside the period is a summary of them; one without is a record that cannot link.

import type { Entry } from "./entry.js";

/** Period rows (content order) that summarise per-day rows of the same person. */
export function periodSummaries(culture: readonly Entry[]): Set<Entry> {
  const days = culture
    .filter((e) => !e.period && e.rec.date !== null)
    .map((e) => e.rec.date as number)
    .sort((a, b) => a - b);
  const summaries = new Set<Entry>();
  for (const entry of culture) {
    if (!entry.period) continue;
    const start = entry.rec.date as number;
    const end = entry.rec.periodEnd as number;
    const first = lowerBound(days, start);
    if (first < days.length && days[first] <= end) summaries.add(entry);
  }
  return summaries;
}

/** First index whose value is ≥ `value` in an ascending array. */
export function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
