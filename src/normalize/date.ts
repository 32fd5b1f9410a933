// Activity dates and timestamps (transfer times). A day is days since 1970-01-01 and a time is minutes since
// 1970-01-01 00:00 on the same naive clock (src/model/day.ts): Korea has no daylight saving time, so a
// timestamp with a zone (`Z`, `+09:00`) is refused rather than silently shifted.

import { toDay } from "../model/day.js";
import { scanClock } from "./clock-scan.js";
import { MAX_DAY, MIN_DAY, scanDay } from "./date-scan.js";
import { excelSerialDay, scanExcelSerial } from "./excel-serial.js";
import { cursor, skipSpaces, trimEnd } from "./lexer.js";

export interface DateOptions {
  /** Accept Excel serial numbers (`45123`); only when the profile says its dates may be numbers. */
  excelSerial: boolean;
}

/** The day and minute of day read by the last readWhen. */
const when = { day: 0, minute: 0 };

/** Whether `(수)` — a weekday in brackets, as Korean sites print after a date — is at i. */
function isWeekdayAt(s: string, i: number, to: number): boolean {
  if (i + 2 >= to || s.charCodeAt(i) !== 0x28 || s.charCodeAt(i + 2) !== 0x29) return false;
  const c = s.charCodeAt(i + 1);
  // 일 월 화 수 목 금 토
  return (
    c === 0xc77c ||
    c === 0xc6d4 ||
    c === 0xd654 ||
    c === 0xc218 ||
    c === 0xbaa9 ||
    c === 0xae08 ||
    c === 0xd1a0
  );
}

/** Value of the ASCII digits s[i, i + n), or -1 when one of them is not an ASCII digit. */
function asciiNumber(s: string, i: number, n: number): number {
  let value = 0;
  for (let k = i; k < i + n; k++) {
    const d = s.charCodeAt(k) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * The shapes nearly every export writes, read without the general scanners: `YYYY-MM-DD` (or `.`, `/`),
 * `YYYYMMDD`, and the first followed by ` HH:MM` or ` HH:MM:SS` (or `T`). Only ever answers true, for a
 * valid date in MIN_DAY–MAX_DAY and a time below 24:00, exactly as the general path would; anything else
 * (false) goes to the general path, which decides.
 */
function readWhenFast(s: string): boolean {
  const n = s.length;
  let year: number;
  let month: number;
  let day: number;
  if (n === 8) {
    year = asciiNumber(s, 0, 4);
    month = asciiNumber(s, 4, 2);
    day = asciiNumber(s, 6, 2);
  } else if (n === 10 || n === 16 || n === 19) {
    const sep = s.charCodeAt(4);
    if ((sep !== 0x2d && sep !== 0x2e && sep !== 0x2f) || s.charCodeAt(7) !== sep) return false;
    year = asciiNumber(s, 0, 4);
    month = asciiNumber(s, 5, 2);
    day = asciiNumber(s, 8, 2);
  } else {
    return false;
  }
  if (year < 0 || month < 0 || day < 0) return false;
  const epochDay = toDay(year, month, day);
  if (epochDay === undefined || epochDay < MIN_DAY || epochDay > MAX_DAY) return false;
  let minute = 0;
  if (n > 10) {
    const joint = s.charCodeAt(10);
    if ((joint !== 0x20 && joint !== 0x54) || s.charCodeAt(13) !== 0x3a) return false;
    const hh = asciiNumber(s, 11, 2);
    const mm = asciiNumber(s, 14, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
    if (n === 19) {
      const ss = asciiNumber(s, 17, 2);
      if (s.charCodeAt(16) !== 0x3a || ss < 0 || ss > 59) return false;
    }
    minute = hh * 60 + mm;
  }
  when.day = epochDay;
  when.minute = minute;
  return true;
}

/** Reads a whole cell as a date with an optional time into `when`; false when it is not one. */
function readWhen(s: string, excelSerial: boolean): boolean {
  if (readWhenFast(s)) return true;
  const to = trimEnd(s, 0, s.length);
  const i = skipSpaces(s, 0, to);
  if (i >= to) return false;
  const day = scanDay(s, i, to);
  if (day === undefined) {
    if (!excelSerial) return false;
    const serial = scanExcelSerial(s, i, to);
    if (serial < 0 || cursor.end !== to) return false;
    const serialDay = excelSerialDay(serial);
    if (serialDay === undefined || serialDay < MIN_DAY || serialDay > MAX_DAY) return false;
    when.day = serialDay;
    when.minute = Math.round((serial - Math.floor(serial)) * 1440);
    return true;
  }
  when.day = day;
  when.minute = 0;
  const dateEnd = cursor.end;
  let j = skipSpaces(s, dateEnd, to);
  if (isWeekdayAt(s, j, to)) j = skipSpaces(s, j + 3, to);
  if (j === to) return true;
  if (j === dateEnd) {
    // Without a space, only ISO's `T` may join a date and a time.
    if (s.charCodeAt(j) !== 0x54) return false;
    j++;
  }
  const clock = scanClock(s, j, to, false);
  if (clock < 0 || cursor.end !== to) return false;
  when.minute = clock;
  return true;
}

/**
 * Epoch day of a date (`2017-06-07`, `2017.06.07`, `2017. 6. 7.`, `2017/06/07`, `20170607`, `2017년 6월 7일`),
 * also with a time (`2017-06-07 14:03`, `2017.06.07 오후 2:03`, `2017-06-07T14:03:22`) or, with
 * `excelSerial`, an Excel serial; undefined otherwise and for years outside 1900–2100.
 */
export function parseDate(raw: string, options: DateOptions): number | undefined {
  return readWhen(raw, options.excelSerial) ? when.day : undefined;
}

/** Epoch minutes of what parseDate accepts; a bare date is 00:00 of that day. */
export function parseDateTime(raw: string, options: DateOptions): number | undefined {
  return readWhen(raw, options.excelSerial) ? when.day * 1440 + when.minute : undefined;
}
