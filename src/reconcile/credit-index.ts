// Credits of one person by date, for candidate look-ups: one date, or every date inside a period.

import { lowerBound } from "./culture-periods.js";
import type { Entry } from "./entry.js";

export class CreditIndex {
  private readonly dated: Entry[];
  private readonly days: number[];

  /** `credits` in content order; credits without a date are never candidates. */
  constructor(credits: readonly Entry[]) {
    this.dated = credits
      .filter((c) => c.rec.date !== null)
      .sort((a, b) => (a.rec.date as number) - (b.rec.date as number) || a.order - b.order);
    this.days = this.dated.map((c) => c.rec.date as number);
  }

  /** Credits dated in [first, last], by date then content order. */
  between(first: number, last: number): Entry[] {
    const out: Entry[] = [];
    for (let i = lowerBound(this.days, first); i < this.days.length && this.days[i] <= last; i++) {
      out.push(this.dated[i]);
    }
    return out;
  }

  /** Candidate dates of an upstream record: its day, or its whole period. */
  around(upstream: Entry): Entry[] {
    const date = upstream.rec.date;
    if (date === null) return [];
    return this.between(date, upstream.period ? (upstream.rec.periodEnd as number) : date);
  }
}
