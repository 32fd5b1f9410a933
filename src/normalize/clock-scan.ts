// Reads a clock time (`14:03`, `14:03:22`, `오후 2:03`, `2:03 PM`, `10시 30분`, bare `10`) at a position. Shared
// by dates with a time, durations given as clock ranges, and start/end columns.

import { cursor, isAsciiLetterCode, readDigits, skipSpaces } from "./lexer.js";

const AM = 1;
const PM = 2;
const COLON = 0x3a;
const DOT = 0x2e;
const SI = 0xc2dc; // 시
const BUN = 0xbd84; // 분
const CHO = 0xcd08; // 초

/** 오전/오후/AM/PM/a.m./p.m. at i → AM, PM or 0; sets `cursor.end` when found. */
function readMeridiem(s: string, i: number, to: number): number {
  if (i + 1 >= to) return 0;
  const c = s.charCodeAt(i);
  if (c === 0xc624) {
    const d = s.charCodeAt(i + 1);
    if (d !== 0xc804 && d !== 0xd6c4) return 0;
    cursor.end = i + 2;
    return d === 0xc804 ? AM : PM;
  }
  const lower = c | 0x20;
  if (lower !== 0x61 && lower !== 0x70) return 0;
  let j = i + 1;
  if (s.charCodeAt(j) === DOT) j++;
  if (j >= to || (s.charCodeAt(j) | 0x20) !== 0x6d) return 0;
  j++;
  if (j < to && s.charCodeAt(j) === DOT) j++;
  // "amount" is not a meridiem.
  if (j < to && isAsciiLetterCode(s.charCodeAt(j))) return 0;
  cursor.end = j;
  return lower === 0x61 ? AM : PM;
}

/**
 * Minute of day (0–1440) of the clock time at i, or -1. Sets `cursor.end` after the time (trailing spaces are
 * not consumed unless a meridiem follows them). Seconds are read and dropped. A bare hour (`10`) is accepted
 * only with `allowBareHour`, because in a date cell or a range a lone number is more likely something else.
 * `24:00` (end of day) is 1440.
 */
export function scanClock(s: string, i: number, to: number, allowBareHour: boolean): number {
  let j = i;
  let meridiem = readMeridiem(s, j, to);
  if (meridiem !== 0) j = skipSpaces(s, cursor.end, to);
  const hour = readDigits(s, j, to);
  let end = cursor.end;
  if (hour < 0 || end - j > 2) return -1;
  let minute = 0;
  let second = 0;
  const c = end < to ? s.charCodeAt(end) : -1;
  if (c === COLON) {
    minute = readDigits(s, end + 1, to);
    if (cursor.end - (end + 1) !== 2) return -1;
    end = cursor.end;
    if (end < to && s.charCodeAt(end) === COLON) {
      second = readDigits(s, end + 1, to);
      if (cursor.end - (end + 1) !== 2) return -1;
      end = cursor.end;
      if (end < to && s.charCodeAt(end) === DOT) {
        readDigits(s, end + 1, to);
        if (cursor.end === end + 1) return -1;
        end = cursor.end;
      }
    }
  } else if (c === SI) {
    end++;
    const k = skipSpaces(s, end, to);
    const mm = readDigits(s, k, to);
    if (mm >= 0) {
      const unitAt = cursor.end;
      if (unitAt - k > 2 || unitAt >= to || s.charCodeAt(unitAt) !== BUN) return -1;
      minute = mm;
      end = unitAt + 1;
      const k2 = skipSpaces(s, end, to);
      const ss = readDigits(s, k2, to);
      if (ss >= 0) {
        const choAt = cursor.end;
        if (choAt - k2 > 2 || choAt >= to || s.charCodeAt(choAt) !== CHO) return -1;
        second = ss;
        end = choAt + 1;
      }
    }
  } else if (!allowBareHour) {
    return -1;
  }
  if (meridiem === 0) {
    const k = skipSpaces(s, end, to);
    meridiem = readMeridiem(s, k, to);
    if (meridiem !== 0) end = cursor.end;
  }
  if (minute > 59 || second > 59) return -1;
  let h = hour;
  if (meridiem !== 0) {
    // 오전 12:30 is 00:30 and 오후 12:30 is 12:30, as on a 12-hour clock.
    if (hour > 12) return -1;
    h = (hour % 12) + (meridiem === PM ? 12 : 0);
  } else if (hour > 24 || (hour === 24 && (minute !== 0 || second !== 0))) {
    return -1;
  }
  cursor.end = end;
  return h * 60 + minute;
}
