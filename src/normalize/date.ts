// Activity dates and timestamps (transfer times). A day is days since 1970-01-01 and a time is minutes since
// 1970-01-01 00:00 on the same naive clock (src/model/day.ts): Korea has no daylight saving time, so a
// timestamp with a zone (`Z`, `+09:00`) is refused rather than silently shifted.

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

/** Reads a whole cell as a date with an optional time into `when`; false when it is not one. */
function readWhen(s: string, excelSerial: boolean): boolean {
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
