// Phone numbers → digits only, as the one form person resolution compares. Masked digits stay in place as `*`
// (`010****5678`), so a masked number can still be compared on what it shows.

import { digitValue, isDashCode, isDigitMaskCode, isSpaceCode, skipSpaces, trimEnd } from "./lexer.js";

/** Longest input worth reading: `+82 (0)10-1234-5678` has 14 digits and marks. */
const MAX_MARKS = 16;

function isPhoneSeparatorCode(c: number): boolean {
  return isSpaceCode(c) || isDashCode(c) || c === 0x2e || c === 0x28 || c === 0x29;
}

/** `82…` (country code) → the domestic form, whose trunk prefix 0 the country code replaces. */
function stripCountryCode(d: string): string {
  const rest = d.slice(2);
  return rest.charCodeAt(0) === 0x30 ? rest : `0${rest}`;
}

/**
 * Excel drops the leading 0 of a number typed into a numeric cell: `1012345678`, `111234567`. Only mobile
 * prefixes (10, 11, 16–19) are restored: for anything else the missing digit cannot be told.
 */
function restoreLeadingZero(d: string): string | undefined {
  if (d.charCodeAt(0) !== 0x31 || (d.length !== 9 && d.length !== 10)) return undefined;
  const second = d.charCodeAt(1);
  if (second === 0x30 || second === 0x31 || (second >= 0x36 && second <= 0x39)) return `0${d}`;
  return undefined;
}

/** Whether a domestic number has a length its prefix allows (mobile 01x: 10–11; Seoul 02: 9–10; others 10–11). */
function hasValidShape(d: string): boolean {
  const len = d.length;
  if (len < 9 || len > 11) return false;
  const first = d.charCodeAt(0);
  const second = d.charCodeAt(1);
  if (first === 0x2a) return true; // prefix hidden: only the length can be checked
  if (first !== 0x30 || second === 0x30) return false; // 00… is an international call prefix
  if (second === 0x31) {
    const third = d.charCodeAt(2);
    const known = third === 0x30 || third === 0x31 || (third >= 0x36 && third <= 0x39) || third === 0x2a;
    return known && len >= 10;
  }
  if (second === 0x32) return len <= 10;
  return len >= 10;
}

/**
 * Digits of a Korean phone number (`010-1234-5678`, `+82 10-1234-5678`, `(010)1234-5678`, `1012345678` from
 * Excel) with masked digits as `*` (`010****5678`); undefined for letters (also Excel's `1.01E+10`), another
 * country code, or a length outside 9–11 digits.
 */
export function normalizePhone(raw: string): string | undefined {
  const to = trimEnd(raw, 0, raw.length);
  let i = skipSpaces(raw, 0, to);
  let plus = false;
  const first = raw.charCodeAt(i);
  if (first === 0x2b || first === 0xff0b) {
    plus = true;
    i++;
  }
  let marks = 0;
  let digits = 0;
  let plainDigits = i === 0 && to === raw.length;
  for (let j = i; j < to; j++) {
    const c = raw.charCodeAt(j);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (digitValue(c) >= 0) {
      digits++;
      plainDigits = false;
    } else if (isDigitMaskCode(c)) {
      marks++;
      plainDigits = false;
    } else if (isPhoneSeparatorCode(c)) plainDigits = false;
    else return undefined;
    if (digits + marks > MAX_MARKS) return undefined;
  }
  if (digits === 0) return undefined;
  let d = raw;
  if (!plainDigits) {
    d = "";
    for (let j = i; j < to; j++) {
      const c = raw.charCodeAt(j);
      const v = digitValue(c);
      if (v >= 0) d += v;
      else if (isDigitMaskCode(c)) d += "*";
    }
  }
  if (plus || (d.charCodeAt(0) === 0x38 && d.charCodeAt(1) === 0x32)) {
    if (!d.startsWith("82")) return undefined;
    d = stripCountryCode(d);
  }
  if (d.charCodeAt(0) !== 0x30 && d.charCodeAt(0) !== 0x2a) {
    const restored = restoreLeadingZero(d);
    if (restored === undefined) return undefined;
    d = restored;
  }
  return hasValidShape(d) ? d : undefined;
}

/** Whether a normalised phone hides some digits. */
export function isMaskedPhone(p: string): boolean {
  return p.includes("*");
}
