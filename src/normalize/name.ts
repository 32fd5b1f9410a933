// Person names. Exports disagree on spacing (`홍 길동`) and on the mask character (`홍*동`, `홍○동`, `홍x동`),
// and macOS hands out decomposed Hangul; person resolution compares names only after this.

import { isAsciiLetterCode, isSpaceCode, skipSpaces, trimEnd } from "./lexer.js";
import { toNfc } from "./text.js";

/** Any letter, for names in scripts other than Hangul and Latin; only run when the cheap checks found none. */
const LETTER = /\p{L}/u;

/** Hangul syllables and jamo (conjoining, compatibility, extended). */
export function isHangulCode(c: number): boolean {
  return (
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3131 && c <= 0x318e) ||
    (c >= 0xa960 && c <= 0xa97f) ||
    (c >= 0xd7b0 && c <= 0xd7ff)
  );
}

/** Mask characters in any name. */
function isNameMaskCode(c: number): boolean {
  return c === 0x2a || c === 0xff0a || c === 0x25cb || c === 0x25cf || c === 0x25ef || c === 0x5f;
}

/**
 * Characters that are letters elsewhere but masks inside a Hangul name: `x`/`X` (`홍x동`), `O`/`o` and the
 * jamo `ㅇ` (`김OO`, `김ㅇㅇ`, the usual Korean anonymisation). No Hangul name contains them as letters.
 */
function isLetterMaskCode(c: number): boolean {
  return c === 0x78 || c === 0x58 || c === 0x6f || c === 0x4f || c === 0x3147;
}

/**
 * NFC, trimmed; a Hangul name loses its inner spaces (`홍 길동` → `홍길동`), any other name keeps its case and
 * gets single spaces. Mask characters become `*`; `x`, `X`, `O`, `o` and `ㅇ` count as masks only in a name
 * otherwise made of Hangul (`홍x동`, `김OO`), since elsewhere they are letters. Undefined when there is no
 * letter at all (`1234`, `-`, `***`). Stray compatibility jamo are not composed into syllables: in a name they
 * are far more often a mask (`김ㅇㅇ`) than a typing accident, and decomposed (NFD) text uses conjoining jamo,
 * which NFC composes.
 */
export function normalizeName(raw: string): string | undefined {
  const s = toNfc(raw);
  const to = trimEnd(s, 0, s.length);
  const from = skipSpaces(s, 0, to);
  let hangul = 0;
  let syllables = 0;
  let letterMasks = 0;
  let spaces = 0;
  let latin = 0;
  let other = 0;
  let unusualSpace = false;
  let unusualMask = false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isLetterMaskCode(c)) {
      letterMasks++;
      if (c !== 0x3147) latin++; // x and o are letters outside a Hangul name; ㅇ alone is no name
    } else if (isHangulCode(c)) {
      hangul++;
      if (c >= 0xac00 && c <= 0xd7a3) syllables++;
    } else if (isSpaceCode(c)) {
      spaces++;
      if (c !== 0x20 || isSpaceCode(s.charCodeAt(i + 1))) unusualSpace = true;
    } else if (isNameMaskCode(c)) {
      if (c !== 0x2a) unusualMask = true;
    } else {
      other++;
      if (isAsciiLetterCode(c)) latin++;
    }
  }
  const hangulName = hangul > 0 && other === 0;
  // ㅇ masks only next to syllables (`김ㅇㅇ`); among loose jamo (`ㅎㅗㅇ`) it is a letter.
  const jamoMask = hangulName && syllables > 0;
  if (hangulName) {
    if (spaces === 0 && letterMasks === 0 && !unusualMask) {
      return from === 0 && to === s.length ? s : s.slice(from, to);
    }
  } else {
    if (latin === 0 && hangul === 0 && (other === 0 || !LETTER.test(s))) return undefined;
    if (!unusualSpace && !unusualMask) return from === 0 && to === s.length ? s : s.slice(from, to);
  }
  let out = "";
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (isSpaceCode(c)) {
      i = skipSpaces(s, i, to);
      if (!hangulName) out += " ";
      continue;
    }
    const masked = hangulName && isLetterMaskCode(c) && (c !== 0x3147 || jamoMask);
    out += masked || isNameMaskCode(c) ? "*" : s.charAt(i);
    i++;
  }
  return out;
}

/** Whether a normalised name hides some of its characters. */
export function isMaskedName(name: string): boolean {
  return name.includes("*");
}
