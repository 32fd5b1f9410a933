// Personal data as it may be shown (DESIGN §8): one masking rule per field, used by every output and every
// error message, because different rules for one value let a reader rebuild it from two outputs.
// Resident registration numbers are never shown in any form, not even masked to their front.

import type { CanonicalField } from "../model/record.js";
import { normalizeBirthdate } from "./birthdate.js";
import { digitValue, isDashCode, isSpaceCode } from "./lexer.js";
import { isHangulCode, normalizeName } from "./name.js";
import { normalizePhone } from "./phone.js";
import { cleanText } from "./text.js";

/** What replaces a resident registration number: nothing of it survives, not even its shape's digits. */
export const RESIDENT_NUMBER_MASK = "******-*******";
/** Longest echo of a cell in a message, `…` included. */
export const ECHO_MAX_LENGTH = 60;

const DIGIT = "[0-9\\uFF10-\\uFF19]";
const GAP = "[ \\t\\u00A0\\u3000]*";
const DASH = "[-\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]";
const DIGIT_MASK = "[*\\uFF0AxX\\u25CF\\u25CB\\u25EF]";
/**
 * `YYMMDD-GNNNNNN` (G any digit: the 7th digit's meaning changed for foreigners, and checksums stopped in
 * 2020), with or without the dash, spaces around it, full-width digits, and the half-masked `YYMMDD-G******`
 * (which still gives birthdate and sex away). Not inside a longer run of digits.
 */
export const RESIDENT_NUMBER_SOURCE = `(?<!${DIGIT})${DIGIT}{6}${GAP}${DASH}?${GAP}${DIGIT}(?:${DIGIT}{6}|${DIGIT_MASK}{6})(?!${DIGIT})`;
const RESIDENT_NUMBER = new RegExp(RESIDENT_NUMBER_SOURCE);
const RESIDENT_NUMBERS = new RegExp(RESIDENT_NUMBER_SOURCE, "g");

/**
 * Cheap pre-check, a necessary condition of the pattern: six digits that start a run of digits, then (after
 * optional spaces, an optional dash and optional spaces) another digit. Counting digits was not enough: a
 * report's message with a date and a line number has 13 of them, and the regex ran on nearly every one.
 */
function mayHoldResidentNumber(text: string): boolean {
  const n = text.length;
  // The shortest match: 6 digits, 1 digit, 6 digits or masks.
  if (n < 13) return false;
  // No match starts before i. A run of six digits that starts in [i, i + 5] covers i + 5, so one look there
  // clears six characters of text without digits (most of a message).
  let i = 0;
  while (i + 13 <= n) {
    const probe = i + 5;
    if (!isDigitAt(text, probe)) {
      i = probe + 1;
      continue;
    }
    let start = probe;
    while (start > 0 && isDigitAt(text, start - 1)) start--;
    let end = probe + 1;
    while (end < n && isDigitAt(text, end)) end++;
    // A match starts where a run of digits starts (the pattern's look-behind), with six of them. Any space
    // stands for the pattern's GAP here: a wider class keeps the check necessary, and the regex decides.
    if (start >= i && end - start >= 6) {
      let j = start + 6;
      while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      if (j < n && isDashCode(text.charCodeAt(j))) {
        j++;
        while (j < n && isSpaceCode(text.charCodeAt(j))) j++;
      }
      if (j < n && isDigitAt(text, j)) return true;
    }
    i = end;
  }
  return false;
}

function isDigitAt(text: string, i: number): boolean {
  return digitValue(text.charCodeAt(i)) >= 0;
}

/** Whether the text holds something shaped like a resident registration number. */
export function looksLikeResidentNumber(text: string): boolean {
  return mayHoldResidentNumber(text) && RESIDENT_NUMBER.test(text);
}

/** The text with every resident-number-like run replaced by `******-*******`. */
export function maskResidentNumbers(text: string): string {
  if (!mayHoldResidentNumber(text)) return text;
  let out = text;
  // A replacement can, in contrived text, complete a new match next to it; a few passes settle it.
  for (let pass = 0; pass < 4 && RESIDENT_NUMBER.test(out); pass++) {
    out = out.replace(RESIDENT_NUMBERS, RESIDENT_NUMBER_MASK);
  }
  return out;
}

/** The text with every resident-number-like run cut out (a space in its place), for a value that must not hold one. */
export function withoutResidentNumbers(text: string): string {
  if (!mayHoldResidentNumber(text)) return text;
  let out = text;
  for (let pass = 0; pass < 4 && RESIDENT_NUMBER.test(out); pass++) out = out.replace(RESIDENT_NUMBERS, " ");
  return out;
}

/** Each code point after the first `keep` replaced by `*`. */
function keepFirst(text: string, keep: number): string {
  let out = "";
  let kept = 0;
  for (const ch of text) {
    out += kept < keep ? ch : "*";
    kept++;
  }
  return out;
}

/**
 * A name as it may be shown: Hangul `홍*` (2 syllables), `홍*동` (3), `남**수` (4+: first and last kept); other
 * names keep the first letter of each word (`D***** K**`). An already masked name is returned unchanged.
 */
export function maskName(name: string): string {
  if (name.includes("*")) return name;
  // A Hangul name (spaces aside) keeps its first and last syllables.
  let hangul = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (isHangulCode(c)) {
      hangul++;
      if (first < 0) first = i;
      last = i;
    } else if (!isSpaceCode(c)) {
      hangul = -1;
      break;
    }
  }
  if (hangul === 1) return "*";
  if (hangul === 2) return `${name.charAt(first)}*`;
  if (hangul > 2) return name.charAt(first) + "*".repeat(hangul - 2) + name.charAt(last);
  let out = "";
  let atWordStart = true;
  for (const ch of name) {
    if (ch.length === 1 && isSpaceCode(ch.charCodeAt(0))) {
      if (!atWordStart) out += " ";
      atWordStart = true;
      continue;
    }
    out += atWordStart ? ch : "*";
    atWordStart = false;
  }
  return out.trimEnd();
}

/** Each digit but the last `keep` replaced by `*`; other characters kept. */
function maskDigitsExceptLast(text: string, keep: number): string {
  let digits = 0;
  for (let i = 0; i < text.length; i++) if (digitValue(text.charCodeAt(i)) >= 0) digits++;
  let out = "";
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (digitValue(c) >= 0 && seen++ < digits - keep) out += "*";
    else out += text.charAt(i);
  }
  return out;
}

/** Each digit after the first `keep` replaced by `*`; other characters kept. */
function maskDigitsAfterFirst(text: string, keep: number): string {
  let out = "";
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (digitValue(c) >= 0 && seen++ >= keep) out += "*";
    else out += text.charAt(i);
  }
  return out;
}

/** A member (account) id as it may be shown: its first 2 characters, the rest `*` (`haneul2008` → `ha********`). */
export function maskMemberId(id: string): string {
  return keepFirst(id, 2);
}

/**
 * A phone as it may be shown, from its normalised digits (masked or not): `010-****-5678` (11 digits),
 * `011-***-5678` (10), Seoul `02-****-5678` / `02-***-5678`. Anything else: every digit but the last 4 hidden.
 */
export function maskPhone(p: string): string {
  const len = p.length;
  if (len < 9 || len > 11 || !/^[0-9*]+$/.test(p)) return maskDigitsExceptLast(p, 4);
  const last = p.slice(len - 4);
  if (p.startsWith("02")) return `02-${"*".repeat(len - 6)}-${last}`;
  if (len === 9) return `${p.slice(0, 2)}-***-${last}`;
  return `${p.slice(0, 3)}-${"*".repeat(len - 7)}-${last}`;
}

/**
 * A birthdate as it may be shown: the year only (`2008-**-**`) for `YYYY-MM-DD` and `YYYY-MM-**`, `08****` for
 * `YYMMDD`; already fully masked forms unchanged. Anything else: every digit after the first 4 hidden.
 */
export function maskBirthdate(b: string): string {
  if (/^\d{4}-(?:\d\d|\*\*)-(?:\d\d|\*\*)$/.test(b)) return `${b.slice(0, 4)}-**-**`;
  if (/^\d\d(?:\d{4}|\*{4})$/.test(b)) return `${b.slice(0, 2)}****`;
  return maskDigitsAfterFirst(b, 4);
}

/** The text cut to ECHO_MAX_LENGTH with `…`, never between the halves of a surrogate pair. */
function cutForEcho(text: string): string {
  if (text.length <= ECHO_MAX_LENGTH) return text;
  let cut = ECHO_MAX_LENGTH - 1;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

/** Longest part of a cell worth masking for an echo (the rest is cut anyway). */
const ECHO_READ_LIMIT = 1024;

/**
 * The value of a rejected cell as an error message may show it: personal fields masked with the rules above
 * (even when the value did not parse: a name keeps its first character, a phone its last 4 digits, a
 * birthdate its first 4 digits, a member id its first 2 characters; a resident number nothing), resident
 * numbers masked in every field, whitespace collapsed, cut to 60 characters with `…`.
 */
export function maskCellForEcho(field: CanonicalField, raw: string): string {
  const text = maskResidentNumbers(
    cleanText(raw.length > ECHO_READ_LIMIT ? raw.slice(0, ECHO_READ_LIMIT) : raw),
  );
  let shown: string;
  switch (field) {
    case "name": {
      const name = normalizeName(text);
      shown = name === undefined ? keepFirst(text, 1) : maskName(name);
      break;
    }
    case "phone": {
      const phone = normalizePhone(text);
      shown = phone === undefined ? maskDigitsExceptLast(text, 4) : maskPhone(phone);
      break;
    }
    case "birthdate": {
      const birthdate = normalizeBirthdate(text);
      shown = birthdate === undefined ? maskDigitsAfterFirst(text, 4) : maskBirthdate(birthdate);
      break;
    }
    case "memberId":
      shown = maskMemberId(text);
      break;
    case "rrn":
      shown = maskDigitsAfterFirst(text, 0);
      break;
    default:
      shown = text;
  }
  return cutForEcho(maskResidentNumbers(shown));
}
