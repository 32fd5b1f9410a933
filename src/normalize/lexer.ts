// Character-level helpers shared by the field parsers. They read a string by index and never slice it, so
// normalising a million cells allocates nothing but the results. A scanner that reads a token reports where it
// stopped through the shared `cursor` (one mutable slot instead of a result object per call): read
// `cursor.end` right after the call, before calling another scanner.

/** Where the last scanner stopped (index just past what it read). */
export const cursor = { end: 0 };

/** Whitespace as spreadsheets and web copies produce it: ASCII, NBSP, U+3000 (full-width), zero-width, BOM. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x85) return false;
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** 0–9 for an ASCII or full-width digit (Korean IMEs produce both), -1 otherwise. */
export function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Hyphen-like characters: word processors and IMEs turn `-` into any of these. */
export function isDashCode(c: number): boolean {
  return (
    c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xff0d || c === 0xfe63 || c === 0xfe58
  );
}

/** Tilde-like range separators: `~`, full-width `～`, wave dash `〜`, `∼`. */
export function isTildeCode(c: number): boolean {
  return c === 0x7e || c === 0xff5e || c === 0x301c || c === 0x223c;
}

/** Separator of a range (`a~b`, `a - b`, `a–b`). */
export function isRangeSeparatorCode(c: number): boolean {
  return isTildeCode(c) || isDashCode(c);
}

/** Characters that hide a digit in masked birthdates, phones and resident numbers. */
export function isDigitMaskCode(c: number): boolean {
  return (
    c === 0x2a || c === 0xff0a || c === 0x78 || c === 0x58 || c === 0x25cf || c === 0x25cb || c === 0x25ef
  );
}

export function isAsciiLetterCode(c: number): boolean {
  const lower = c | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

/** First index ≥ i in [i, to) that is not whitespace (or `to`). */
export function skipSpaces(s: string, i: number, to: number): number {
  let j = i;
  while (j < to && isSpaceCode(s.charCodeAt(j))) j++;
  return j;
}

/** `to` moved left past trailing whitespace, not before `from`. */
export function trimEnd(s: string, from: number, to: number): number {
  let j = to;
  while (j > from && isSpaceCode(s.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * Reads a run of digits at i. Returns its value (-1 when there is no digit) and sets `cursor.end`; the caller
 * checks the digit count (`cursor.end - i`), since a long run loses precision but never throws.
 */
export function readDigits(s: string, i: number, to: number): number {
  let value = -1;
  let j = i;
  while (j < to) {
    const d = digitValue(s.charCodeAt(j));
    if (d < 0) break;
    value = value < 0 ? d : value * 10 + d;
    j++;
  }
  cursor.end = j;
  return value;
}
