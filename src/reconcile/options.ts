// Default reconciliation options (DESIGN §7, domain-facts): every number a user may want to change.

import { toDay } from "../model/day.js";
import type { Latencies, ReconcileOptions } from "../model/reconciliation.js";

export const DEFAULT_LATENCIES: Readonly<Latencies> = {
  vmsAfterSendMinutes: 24 * 60,
  vmsWithoutSendDays: 7,
  cultureDays: 3,
  redcrossDays: 30,
  bloodDays: 0,
};

/** 2010-07-01: the first donation day that counts as volunteer hours. */
export const BLOOD_SINCE_DAY = toDay(2010, 7, 1)!;

/** Options with the documented defaults; `asOf` is "now" in epoch minutes. */
export function defaultReconcileOptions(asOf: number): ReconcileOptions {
  return {
    asOf,
    latencies: { ...DEFAULT_LATENCIES },
    bloodMinutes: 240,
    bloodSince: BLOOD_SINCE_DAY,
    bloodYearlyCap: { whole: 5, component: 24 },
    bloodSchoolYearCap: null,
    dailyCapMinutes: 480,
  };
}
