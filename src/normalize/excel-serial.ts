// Excel stores dates as serial numbers, and a CSV saved from a sheet whose column was not formatted as text
// carries them raw (`45123`, `45123.5`). The 1900 date system counts 1900-01-01 as 1 and keeps Lotus 1-2-3's
// fictitious 1900-02-29 as 60, so serials from 61 on are one day ahead of a true count.

import { cursor, digitValue, readDigits } from "./lexer.js";

/** Largest serial Excel accepts: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2_958_465;
/** 1970-01-01 (epoch day 0) as a serial. */
const EPOCH_SERIAL = 25_569;
const FICTITIOUS_LEAP_DAY = 60;

/** Reads `digits[.digits]` at i (up to 7 whole digits) → the serial as a number, or -1; sets `cursor.end`. */
export function scanExcelSerial(s: string, i: number, to: number): number {
  const whole = readDigits(s, i, to);
  let end = cursor.end;
  if (whole < 0 || end - i > 7) return -1;
  let fraction = 0;
  if (end < to && s.charCodeAt(end) === 0x2e) {
    let scale = 0.1;
    let j = end + 1;
    while (j < to) {
      const d = digitValue(s.charCodeAt(j));
      if (d < 0) break;
      fraction += d * scale;
      scale /= 10;
      j++;
    }
    if (j === end + 1) return -1;
    end = j;
  }
  cursor.end = end;
  return whole + fraction;
}

/** Epoch day of a serial's whole part, or undefined outside 1..MAX_EXCEL_SERIAL and for the fictitious 60. */
export function excelSerialDay(serial: number): number | undefined {
  const whole = Math.floor(serial);
  if (!(whole >= 1 && whole <= MAX_EXCEL_SERIAL) || whole === FICTITIOUS_LEAP_DAY) return undefined;
  return whole < FICTITIOUS_LEAP_DAY ? whole - EPOCH_SERIAL + 1 : whole - EPOCH_SERIAL;
}
