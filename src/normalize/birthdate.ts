// Birthdates. Exports write them in many ways; some write a resident registration number (or its front) where
// the birthdate should be. Only the date is ever kept from one: the rest of the number is read to skip it and
// is never returned (DESIGN §8). Two-digit years stay two-digit (`YYMMDD`): the century is unknown, and person
// resolution compares them on the six digits.

import { toDay } from "../model/day.js";
import { scanClock } from "./clock-scan.js";
import { dateParts, MASKED, MAX_YEAR, MIN_YEAR, scanDateParts } from "./date-scan.js";
import { cursor, digitValue, isDashCode, isDigitMaskCode, readDigits, skipSpaces, trimEnd } from "./lexer.js";

const MASKED_DAY_MONTH = "-**-**";

/** Whether s is exactly `YYYY-MM-DD` in ASCII, so a valid one can be returned as it is. */
function isIsoShape(s: string): boolean {
  if (s.length !== 10) return false;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 0x2d : c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Whether s is made of ASCII digits only. */
function isAsciiDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return s.length > 0;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function formatFull(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Count of digit-mask characters in a row at i. */
function countMasks(s: string, i: number, to: number): number {
  let j = i;
  while (j < to && isDigitMaskCode(s.charCodeAt(j))) j++;
  return j - i;
}

/** Whether [i, to) is empty or a midnight time (`00:00:00`, `T00:00`, `오전 12:00:00`) as Excel appends to dates. */
function isMidnightTail(s: string, i: number, to: number): boolean {
  if (i === to) return true;
  let j = skipSpaces(s, i, to);
  if (j === i) {
    if (s.charCodeAt(j) !== 0x54) return false; // ISO `T`
    j++;
  }
  return scanClock(s, j, to, false) === 0 && cursor.end === to;
}

/** A full date, when it exists and its year is plausible. */
function fullDate(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || toDay(year, month, day) === undefined) return undefined;
  return formatFull(year, month, day);
}

/** `YYMMDD` as six digits when the date exists in the 1900s or the 2000s (29 Feb needs a leap year). */
function sixDigits(yymmdd: number): string | undefined {
  const yy = Math.floor(yymmdd / 10_000);
  const mm = Math.floor(yymmdd / 100) % 100;
  const dd = yymmdd % 100;
  if (toDay(1900 + yy, mm, dd) === undefined && toDay(2000 + yy, mm, dd) === undefined) return undefined;
  return `${pad2(yy)}${pad2(mm)}${pad2(dd)}`;
}

/** Century of a resident number from its 7th digit G: 1/2/5/6 → 1900s, 3/4/7/8 → 2000s, 9/0 → 1800s. */
function centuryOf(g: number): number {
  if (g === 1 || g === 2 || g === 5 || g === 6) return 1900;
  if (g === 3 || g === 4 || g === 7 || g === 8) return 2000;
  return 1800;
}

/** The full date a resident number front (YYMMDD) and its G digit give. */
function fromResidentFront(yymmdd: number, g: number): string | undefined {
  return fullDate(centuryOf(g) + Math.floor(yymmdd / 10_000), Math.floor(yymmdd / 100) % 100, yymmdd % 100);
}

/** After `YYMMDD` at i: `-G`, `-GNNNNNN`, `-G******`, `-*******` (spaces allowed around the dash), or nothing. */
function afterSixDigits(s: string, yymmdd: number, i: number, to: number): string | undefined {
  if (i === to) return sixDigits(yymmdd);
  const masks = countMasks(s, i, to);
  if (masks === 2 && i + 2 === to) {
    // `YYYYMM**`: the six digits were a year and a month.
    const year = Math.floor(yymmdd / 100);
    const month = yymmdd % 100;
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
    return `${year}-${pad2(month)}-**`;
  }
  let j = skipSpaces(s, i, to);
  if (j >= to || !isDashCode(s.charCodeAt(j))) return undefined;
  j = skipSpaces(s, j + 1, to);
  const g = digitValue(s.charCodeAt(j));
  if (g < 0) {
    // `YYMMDD-*******`: the century digit is hidden too.
    return countMasks(s, j, to) === 7 && j + 7 === to ? sixDigits(yymmdd) : undefined;
  }
  j++;
  let back = 0;
  while (
    j + back < to &&
    (digitValue(s.charCodeAt(j + back)) >= 0 || isDigitMaskCode(s.charCodeAt(j + back)))
  ) {
    back++;
  }
  if ((back !== 0 && back !== 6) || j + back !== to) return undefined;
  return fromResidentFront(yymmdd, g);
}

/**
 * Normalised birthdate: `YYYY-MM-DD`, `YYMMDD` (century unknown), or masked `YYYY-**-**`, `YYYY-MM-**`, `YY****`;
 * undefined for anything else, an impossible date, or a year outside 1900–2100. A resident number (full, front
 * with its century digit, or masked) gives its full date and nothing more.
 */
export function normalizeBirthdate(raw: string): string | undefined {
  const to = trimEnd(raw, 0, raw.length);
  const i = skipSpaces(raw, 0, to);
  const value = readDigits(raw, i, to);
  const runEnd = cursor.end;
  const n = runEnd - i;
  if (n === 4 || n === 8) {
    if (n === 4 && countMasks(raw, runEnd, to) === 4 && runEnd + 4 === to) {
      return value >= MIN_YEAR && value <= MAX_YEAR ? `${value}${MASKED_DAY_MONTH}` : undefined;
    }
    const end = scanDateParts(raw, i, to, true);
    if (end < 0 || !isMidnightTail(raw, end, to)) return undefined;
    const { year, month, day } = dateParts;
    if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
    if (month === MASKED) return `${year}${MASKED_DAY_MONTH}`;
    if (day === MASKED) return month >= 1 && month <= 12 ? `${year}-${pad2(month)}-**` : undefined;
    // Already canonical: return the input itself rather than an equal copy.
    if (isIsoShape(raw)) {
      return fullDate(year, month, day) === undefined ? undefined : raw;
    }
    return fullDate(year, month, day);
  }
  if (n === 6) {
    if (raw.length === 6 && isAsciiDigits(raw)) {
      // Plain ASCII `YYMMDD`: validate without building a copy.
      return sixDigits(value) === undefined ? undefined : raw;
    }
    return afterSixDigits(raw, value, runEnd, to);
  }
  if (n === 13 && runEnd === to) {
    // `YYMMDDGNNNNNN` without its dash: the 13 digits fit a double exactly.
    return fromResidentFront(Math.floor(value / 10_000_000), Math.floor(value / 1_000_000) % 10);
  }
  if (n === 7 && countMasks(raw, runEnd, to) === 6 && runEnd + 6 === to) {
    return fromResidentFront(Math.floor(value / 10), value % 10);
  }
  if (n === 2 && countMasks(raw, runEnd, to) === 4 && runEnd + 4 === to) {
    return `${pad2(value)}****`;
  }
  return undefined;
}

/** Whether a normalised birthdate hides its month or day. */
export function isMaskedBirthdate(b: string): boolean {
  return b.includes("*");
}

/** The six digits `YYMMDD` of a normalised unmasked birthdate (`2008-03-05` → `080305`); null when masked. */
export function toYymmdd(b: string): string | null {
  if (b.length === 6 && isAsciiDigits(b)) return b;
  if (isIsoShape(b)) {
    return b.slice(2, 4) + b.slice(5, 7) + b.slice(8, 10);
  }
  return null;
}
