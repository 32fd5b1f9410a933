// Activity periods (문화품앗이 `활동기간`: `20210804~ 20210930`). A period record cannot link to 1365 any more
// (links are per day), so reconciliation needs its first and last day to say so.

import type { DateOptions } from "./date.js";
import { MAX_DAY, MIN_DAY, scanDay } from "./date-scan.js";
import { excelSerialDay, scanExcelSerial } from "./excel-serial.js";
import { cursor, isRangeSeparatorCode, skipSpaces, trimEnd } from "./lexer.js";

export interface Period {
  /** First day (epoch day). */
  start: number;
  /** Last day (epoch day), inclusive. */
  end: number;
}

/** Whether the last endpoint scanned was an Excel serial: both ends of a period must be of one kind. */
let endpointWasSerial = false;

/** Epoch day of the date (or, when allowed, Excel serial) at i; sets `cursor.end`. */
function scanEndpoint(s: string, i: number, to: number, excelSerial: boolean): number | undefined {
  endpointWasSerial = false;
  const day = scanDay(s, i, to);
  if (day !== undefined || !excelSerial) return day;
  const serial = scanExcelSerial(s, i, to);
  if (serial < 0) return undefined;
  endpointWasSerial = true;
  const serialDay = excelSerialDay(serial);
  return serialDay !== undefined && serialDay >= MIN_DAY && serialDay <= MAX_DAY ? serialDay : undefined;
}

/**
 * First and last day of `2021-08-04 ~ 2021-09-30` (separators `~ ～ 〜 - – —`, spaces optional, every date form
 * of parseDate); a single date is a one-day period. Undefined when the end is before the start.
 */
export function parsePeriod(raw: string, options: DateOptions): Period | undefined {
  const to = trimEnd(raw, 0, raw.length);
  const i = skipSpaces(raw, 0, to);
  const start = scanEndpoint(raw, i, to, options.excelSerial);
  if (start === undefined) return undefined;
  const startWasSerial = endpointWasSerial;
  let j = skipSpaces(raw, cursor.end, to);
  if (j === to) return { start, end: start };
  if (!isRangeSeparatorCode(raw.charCodeAt(j))) return undefined;
  j = skipSpaces(raw, j + 1, to);
  const end = scanEndpoint(raw, j, to, options.excelSerial);
  if (end === undefined || cursor.end !== to || end < start || endpointWasSerial !== startWasSerial) {
    return undefined;
  }
  return { start, end };
}
