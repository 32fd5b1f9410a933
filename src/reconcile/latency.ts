// Latency (DESIGN §7): when an upstream record is due in 1365. One row per upstream role: an optional
// latency after the recorded send time, else a number of days after the activity date (or a period's end).

import type { Latencies } from "../model/reconciliation.js";
import type { CanonicalRecord } from "../model/record.js";
import type { UpstreamRole } from "./flows.js";

type MinutesKey = { [K in keyof Latencies]: K extends `${string}Minutes` ? K : never }[keyof Latencies];
type DaysKey = { [K in keyof Latencies]: K extends `${string}Days` ? K : never }[keyof Latencies];

export interface DueRule {
  /** Minutes after `transferAt`, when the record has one. */
  afterSend: MinutesKey | null;
  /** Days after the activity date (a period's last day) otherwise. */
  afterDate: DaysKey;
}

export const DUE_RULES: Readonly<Record<UpstreamRole, DueRule>> = {
  vms: { afterSend: "vmsAfterSendMinutes", afterDate: "vmsWithoutSendDays" },
  culture: { afterSend: null, afterDate: "cultureDays" },
  redcross: { afterSend: null, afterDate: "redcrossDays" },
  blood: { afterSend: null, afterDate: "bloodDays" },
};

const MINUTES_PER_DAY = 1440;

/** Epoch minute from which the record should be visible in 1365; null when the record has no date at all. */
export function dueOf(record: CanonicalRecord, role: UpstreamRole, latencies: Latencies): number | null {
  const rule = DUE_RULES[role];
  if (rule.afterSend !== null && record.transferAt !== null) {
    return record.transferAt + latencies[rule.afterSend];
  }
  const last =
    record.date === null ? record.periodEnd : Math.max(record.date, record.periodEnd ?? record.date);
  if (last === null) return null;
  return (last + latencies[rule.afterDate]) * MINUTES_PER_DAY;
}

/** Overdue when "now" has reached the due time; a record without any date is always overdue. */
export function isOverdue(due: number | null, asOf: number): boolean {
  return due === null || asOf >= due;
}
