// Free text, vocabulary words and column headers. Korean text reaches us composed (NFC) from Windows and
// decomposed (NFD) from macOS, with NBSP or full-width spaces from web copies; compare only after this.

import { isSpaceCode, skipSpaces, trimEnd } from "./lexer.js";

export type HeaderUnit = "hours" | "minutes";

export interface NormalizedHeader {
  /** Lower-case header without spaces, markers, quotes or the bracketed suffix: what aliases are matched on. */
  key: string;
  /** Unit named by the suffix (`봉사시간(분)` → minutes), null when there is none or it names no unit. */
  unit: HeaderUnit | null;
}

/**
 * NFC form of s. Skips the (allocating) normaliser when every character is one NFC cannot change: below
 * U+0300 (no combining marks) or a precomposed Hangul syllable, which covers nearly every cell.
 */
export function toNfc(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && (c < 0xac00 || c > 0xd7a3)) return s.normalize("NFC");
  }
  return s;
}

/** NFC, trimmed, every run of whitespace (NBSP, U+3000, tabs, newlines…) collapsed to one space. */
export function cleanText(raw: string): string {
  const s = toNfc(raw);
  const to = trimEnd(s, 0, s.length);
  const from = skipSpaces(s, 0, to);
  let clean = true;
  for (let i = from; i < to && clean; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c) && (c !== 0x20 || isSpaceCode(s.charCodeAt(i + 1)))) clean = false;
  }
  if (clean) return from === 0 && to === s.length ? s : s.slice(from, to);
  let out = "";
  let runStart = from;
  let i = from;
  while (i < to) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    out += `${s.slice(runStart, i)} `;
    i = skipSpaces(s, i, to);
    runStart = i;
  }
  return out + s.slice(runStart, to);
}

/** NFC, no whitespace at all, lower case: the form vocabulary words (`전송 성공`, `Y`) are compared in. */
export function normalizeWord(raw: string): string {
  const s = toNfc(raw);
  let spaces = 0;
  let mayHaveUpper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) spaces++;
    else if ((c >= 0x41 && c <= 0x5a) || (c > 0x7f && (c < 0xac00 || c > 0xd7a3))) mayHaveUpper = true;
  }
  let out = s;
  if (spaces > 0) {
    out = "";
    let runStart = 0;
    for (let i = 0; i < s.length; i++) {
      if (!isSpaceCode(s.charCodeAt(i))) continue;
      if (i > runStart) out += s.slice(runStart, i);
      runStart = i + 1;
    }
    out += s.slice(runStart);
  }
  return mayHaveUpper ? out.toLowerCase() : out;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019" };
const BRACKET_OPENERS: Record<string, string> = {
  ")": "(",
  "]": "[",
  "\uff09": "\uff08",
  "\u3011": "\u3010",
};
const MINUTE_UNITS = new Set(["분", "min", "mins", "minute", "minutes", "m"]);
const HOUR_UNITS = new Set(["시간", "시", "h", "hr", "hrs", "hour", "hours"]);

/** Strips required-field markers (`*이름`, `이름*`) and surrounding quotes, repeatedly (`"*이름"`). */
function stripDecorations(key: string): string {
  let k = key;
  for (;;) {
    const first = k.charAt(0);
    const last = k.charAt(k.length - 1);
    if (k.length > 1 && (first === "*" || first === "＊")) k = k.slice(1);
    else if (k.length > 1 && (last === "*" || last === "＊")) k = k.slice(0, -1);
    else if (k.length > 2 && QUOTE_PAIRS[first] === last) k = k.slice(1, -1);
    else return k;
  }
}

function unitOf(suffix: string): HeaderUnit | null {
  // `(단위: 분)` names the unit after a label.
  let word = suffix;
  if (word.startsWith("단위")) word = word.slice(2).replace(/^[:：]/, "");
  if (MINUTE_UNITS.has(word)) return "minutes";
  if (HOUR_UNITS.has(word)) return "hours";
  return null;
}

/**
 * The key a header is matched on: no BOM, NFC, no whitespace, lower case, without a required-field `*`,
 * surrounding quotes, or one trailing bracketed suffix — whose unit, if it names one, is returned.
 */
export function normalizeHeader(raw: string): NormalizedHeader {
  // normalizeWord drops the BOM too: U+FEFF counts as whitespace.
  let key = stripDecorations(normalizeWord(raw));
  let unit: HeaderUnit | null = null;
  const opener = BRACKET_OPENERS[key.charAt(key.length - 1)];
  if (opener !== undefined) {
    const closer = key.charAt(key.length - 1);
    let depth = 0;
    for (let i = key.length - 1; i > 0; i--) {
      const ch = key.charAt(i);
      if (ch === closer) depth++;
      else if (ch === opener && --depth === 0) {
        unit = unitOf(key.slice(i + 1, -1));
        key = stripDecorations(key.slice(0, i));
        break;
      }
    }
  }
  return { key, unit };
}
