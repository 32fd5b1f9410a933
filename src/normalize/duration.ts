// Durations → whole minutes. Exports write them as clock ranges (VMS: `15:30~16:30`), `h:mm`, Korean or
// English units (`2시간 30분`, `1h 30m`) or bare numbers whose unit the profile knows (hours unless it says
// minutes). Zero is returned as 0: the caller rejects it with its own message.

import { scanClock } from "./clock-scan.js";
import {
  cursor,
  digitValue,
  isAsciiLetterCode,
  isRangeSeparatorCode,
  readDigits,
  skipSpaces,
  trimEnd,
} from "./lexer.js";

export type DurationUnit = "hours" | "minutes";

const MINUTES_PER_DAY = 1440;
const HOURS = 60;
const MINUTES = 1;
const SI = 0xc2dc; // 시
const GAN = 0xac04; // 간
const BUN = 0xbd84; // 분
const MAX_WHOLE_DIGITS = 7;
const MAX_FRACTION_DIGITS = 6;

/** The last decimal read: numerator / scale, exact for up to 13 digits. */
const decimal = { numerator: 0, scale: 1 };

/** Reads `digits[.digits]` at i into `decimal`; returns the index after it, or -1. */
function readDecimal(s: string, i: number, to: number): number {
  const whole = readDigits(s, i, to);
  let end = cursor.end;
  if (whole < 0 || end - i > MAX_WHOLE_DIGITS) return -1;
  let numerator = whole;
  let scale = 1;
  if (end < to && s.charCodeAt(end) === 0x2e) {
    let j = end + 1;
    while (j < to) {
      const d = digitValue(s.charCodeAt(j));
      if (d < 0) break;
      numerator = numerator * 10 + d;
      scale *= 10;
      j++;
    }
    if (j === end + 1 || j - end - 1 > MAX_FRACTION_DIGITS) return -1;
    end = j;
  }
  decimal.numerator = numerator;
  decimal.scale = scale;
  return end;
}

/** Whether the ASCII letters s[i, end) spell one of the words (lower case). */
function isWordIn(s: string, i: number, end: number, words: readonly string[]): boolean {
  for (const word of words) {
    if (word.length !== end - i) continue;
    let k = 0;
    while (k < word.length && (s.charCodeAt(i + k) | 0x20) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

const HOUR_WORDS = ["h", "hr", "hrs", "hour", "hours"] as const;
const MINUTE_WORDS = ["m", "min", "mins", "minute", "minutes"] as const;

/** Unit word at i → minutes per unit (HOURS, MINUTES) or 0; sets `cursor.end`. */
function readUnit(s: string, i: number, to: number): number {
  const c = s.charCodeAt(i);
  if (c === SI && i + 1 < to && s.charCodeAt(i + 1) === GAN) {
    cursor.end = i + 2;
    return HOURS;
  }
  if (c === BUN) {
    cursor.end = i + 1;
    return MINUTES;
  }
  let end = i;
  while (end < to && isAsciiLetterCode(s.charCodeAt(end))) end++;
  if (end === i) return 0;
  cursor.end = end;
  if (isWordIn(s, i, end, HOUR_WORDS)) return HOURS;
  if (isWordIn(s, i, end, MINUTE_WORDS)) return MINUTES;
  return 0;
}

/** Minutes from a start to an end minute of day; an end at or before the start is on the next day. */
export function minutesBetween(startMinuteOfDay: number, endMinuteOfDay: number): number {
  if (endMinuteOfDay === startMinuteOfDay) return 0;
  const diff = endMinuteOfDay - startMinuteOfDay;
  return diff > 0 ? diff : diff + MINUTES_PER_DAY;
}

/** `h:mm` or `h:mm:ss` as a length of time (hours may exceed 24); -1 when [i, to) is not that. */
function readHoursColonMinutes(s: string, i: number, to: number): number {
  const hours = readDigits(s, i, to);
  let j = cursor.end;
  if (hours < 0 || j - i > 3 || j >= to || s.charCodeAt(j) !== 0x3a) return -1;
  const minutes = readDigits(s, j + 1, to);
  if (cursor.end - (j + 1) !== 2 || minutes > 59) return -1;
  j = cursor.end;
  let seconds = 0;
  if (j < to && s.charCodeAt(j) === 0x3a) {
    seconds = readDigits(s, j + 1, to);
    if (cursor.end - (j + 1) !== 2 || seconds > 59) return -1;
    j = cursor.end;
  }
  return j === to ? hours * 60 + minutes + Math.round(seconds / 60) : -1;
}

/**
 * Whole minutes of a duration: a clock range (`15:30~16:30`, `22:00~02:00` over midnight), `h:mm`, units
 * (`90분`, `2시간 30분`, `2.5시간`, `1h 30m`, `90 min`) or a bare number in `unit`, rounded to the nearest
 * minute. Undefined when unparseable or negative; 0 for zero.
 */
export function parseDuration(raw: string, unit: DurationUnit): number | undefined {
  const to = trimEnd(raw, 0, raw.length);
  const i = skipSpaces(raw, 0, to);
  if (i >= to) return undefined;

  const start = scanClock(raw, i, to, false);
  if (start >= 0) {
    const sep = skipSpaces(raw, cursor.end, to);
    if (sep < to && isRangeSeparatorCode(raw.charCodeAt(sep))) {
      const end = scanClock(raw, skipSpaces(raw, sep + 1, to), to, false);
      return end >= 0 && cursor.end === to ? minutesBetween(start, end) : undefined;
    }
  }
  const hm = readHoursColonMinutes(raw, i, to);
  if (hm >= 0) return hm;

  // Number–unit pairs: hours before minutes, each at most once (`2시간 30분`).
  let total = 0;
  let lastUnit = 0;
  let j = i;
  while (j < to) {
    const numberEnd = readDecimal(raw, j, to);
    if (numberEnd < 0) return undefined;
    const { numerator, scale } = decimal;
    const k = skipSpaces(raw, numberEnd, to);
    if (k === to && j === i) {
      // A bare number is in the profile's unit.
      return Math.round((numerator * (unit === "hours" ? HOURS : MINUTES)) / scale);
    }
    const perUnit = readUnit(raw, k, to);
    if (perUnit === 0 || (lastUnit !== 0 && perUnit >= lastUnit)) return undefined;
    total += (numerator * perUnit) / scale;
    lastUnit = perUnit;
    j = skipSpaces(raw, cursor.end, to);
  }
  return Math.round(total);
}

/**
 * Minute of day (0–1440) of a clock cell: `10` and `10시` (hours), `10:30`, `10시 30분`, `오후 2:00`, `14:00:00`;
 * undefined otherwise.
 */
export function parseClock(raw: string): number | undefined {
  const to = trimEnd(raw, 0, raw.length);
  const minute = scanClock(raw, skipSpaces(raw, 0, to), to, true);
  return minute >= 0 && cursor.end === to ? minute : undefined;
}
