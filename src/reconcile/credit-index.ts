// Credits of one person by date, for candidate look-ups: one date, or every date inside a period.

import { sortSmall } from "../model/sort-small.js";
import { lowerBound } from "./culture-periods.js";
import { byDateThenOrder, type Entry } from "./entry.js";

/** The last day an upstream record dated `date` finds credits on: that day, or its period's last day. */
export function lastCandidateDay(upstream: Entry, date: number): number {
  return upstream.period ? (upstream.rec.periodEnd as number) : date;
}

export class CreditIndex {
  private readonly dated: Entry[];
  private readonly days: number[];

  /** `credits` in content order; credits without a date are never candidates. */
  constructor(credits: readonly Entry[]) {
    const dated: Entry[] = [];
    for (const c of credits) if (c.rec.date !== null) dated.push(c);
    this.dated = sortSmall(dated, byDateThenOrder);
    this.days = this.dated.map((c) => c.rec.date as number);
  }

  /** Number of dated credits; `credit(i)` is the i-th by date then content order. */
  get length(): number {
    return this.dated.length;
  }

  credit(i: number): Entry {
    return this.dated[i];
  }

  /** Day of `credit(i)`. */
  day(i: number): number {
    return this.days[i];
  }

  /** Position of the first credit dated `first` or later. */
  firstFrom(first: number): number {
    return lowerBound(this.days, first);
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
    return this.between(date, lastCandidateDay(upstream, date));
  }
}
