// Reads a calendar date at a position: `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYY. M. D.`, `YYYY/MM/DD`, `YYYY년 M월 D일`
// and `YYYYMMDD`. Birthdates, activity dates and periods share this grammar, so they accept the same forms.
// Two-digit years (`21.08.04`) are not a form here: the century would be a guess.

import { toDay } from "../model/day.js";
import { cursor, isDigitMaskCode, readDigits, skipSpaces } from "./lexer.js";

/** Value of a month or day written as mask characters (`2008-**-**`). */
export const MASKED = -2;

/** The parts of the last date scanned; valid until the next call. */
export const dateParts = { year: 0, month: 0, day: 0 };

/** Years a date may have: volunteer records and birthdates of living volunteers. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
export const MIN_DAY = toDay(MIN_YEAR, 1, 1) as number;
export const MAX_DAY = toDay(MAX_YEAR, 12, 31) as number;

const HYPHEN = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const NYEON = 0xb144; // 년
const WOL = 0xc6d4; // 월
const IL = 0xc77c; // 일

/** A month or day of 1–2 digits, or (with allowMasks) 1–2 mask characters → MASKED; -1 when neither. */
function readPart(s: string, i: number, to: number, allowMasks: boolean): number {
  const value = readDigits(s, i, to);
  const n = cursor.end - i;
  if (n >= 1) return n <= 2 ? value : -1;
  if (!allowMasks) return -1;
  let j = i;
  while (j < to && j - i < 2 && isDigitMaskCode(s.charCodeAt(j))) j++;
  if (j === i) return -1;
  cursor.end = j;
  return MASKED;
}

/**
 * Reads a date at i into `dateParts` without checking the calendar; returns the index after it, or -1.
 * With `allowMasks`, month and day may be MASKED (a masked month needs a masked day).
 */
export function scanDateParts(s: string, i: number, to: number, allowMasks: boolean): number {
  const value = readDigits(s, i, to);
  let end = cursor.end;
  const n = end - i;
  if (n === 8) {
    dateParts.year = Math.floor(value / 10_000);
    dateParts.month = Math.floor(value / 100) % 100;
    dateParts.day = value % 100;
    return end;
  }
  if (n !== 4) return -1;
  dateParts.year = value;
  let k = skipSpaces(s, end, to);
  if (k >= to) return -1;
  const sep = s.charCodeAt(k);
  if (sep !== HYPHEN && sep !== DOT && sep !== SLASH && sep !== NYEON) return -1;
  const month = readPart(s, skipSpaces(s, k + 1, to), to, allowMasks);
  if (month === -1) return -1;
  k = skipSpaces(s, cursor.end, to);
  if (k >= to || s.charCodeAt(k) !== (sep === NYEON ? WOL : sep)) return -1;
  const day = readPart(s, skipSpaces(s, k + 1, to), to, allowMasks);
  if (day === -1 || (month === MASKED && day !== MASKED)) return -1;
  end = cursor.end;
  if (sep === NYEON) {
    const j = skipSpaces(s, end, to);
    if (j < to && s.charCodeAt(j) === IL) end = j + 1;
  } else if (sep === DOT && end < to && s.charCodeAt(end) === DOT) {
    end++; // `2021. 8. 4.`
  }
  dateParts.month = month;
  dateParts.day = day;
  return end;
}

/** Epoch day of the date at i when it exists and lies in 1900–2100, else undefined; sets `cursor.end`. */
export function scanDay(s: string, i: number, to: number): number | undefined {
  const end = scanDateParts(s, i, to, false);
  if (end < 0) return undefined;
  const { year, month, day } = dateParts;
  if (year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const result = toDay(year, month, day);
  cursor.end = end;
  return result;
}
