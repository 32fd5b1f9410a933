// "Now" for latencies (DESIGN §7): `--as-of` as a date means the end of that day; a datetime is taken as
// given. Without it, the wall clock — the only place vhr reads it.

import { toDay } from "../model/day.js";
import { VhrError } from "../model/vhr-error.js";

const AS_OF = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/** Epoch minutes of `--as-of`. */
export function parseAsOf(text: string): number {
  const m = AS_OF.exec(text.trim());
  const day = m ? toDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
  if (!m || day === undefined) {
    throw new VhrError("usage", { option: "--as-of", value: text, format: "date-or-datetime" });
  }
  if (m[4] === undefined) return day * 1440 + 1439;
  const hh = Number(m[4]);
  const mm = Number(m[5]);
  if (hh > 23 || mm > 59) {
    throw new VhrError("usage", { option: "--as-of", value: text, format: "date-or-datetime" });
  }
  return day * 1440 + hh * 60 + mm;
}

/** The end of today on the local clock, as epoch minutes of the naive clock. */
export function endOfToday(now: Date): number {
  const day = toDay(now.getFullYear(), now.getMonth() + 1, now.getDate()) ?? 0;
  return day * 1440 + 1439;
}
