// Name comparison levels (DESIGN §6), splink style: ordered, labelled, the first that applies wins.

import { disassemble } from "es-hangul";
import type { NameLevel } from "../model/person.js";
import { isMasked, maskCompatible, present } from "./mask-chars.js";

/** Surname spellings that the 두음법칙 (initial-sound rule) makes interchangeable; each pair both ways. */
export const SURNAME_VARIANTS: readonly (readonly [string, string])[] = [
  ["이", "리"],
  ["유", "류"],
  ["임", "림"],
  ["노", "로"],
  ["나", "라"],
  ["양", "량"],
];

const VARIANT_OF = new Map<string, string>();
for (const [a, b] of SURNAME_VARIANTS) {
  VARIANT_OF.set(a, b);
  VARIANT_OF.set(b, a);
}

const HANGUL_SYLLABLES = /^[\uAC00-\uD7A3]+$/;

/**
 * Compare two normalised names.
 * - `missing`: either side absent (null, empty, or nothing but masks);
 * - `exact`: equal and unmasked (two equal masked names are only `masked-compatible`: `홍*동` may be 홍길동 or 홍민동);
 * - `masked-compatible`: a side is masked, same length, the shown characters agree (`홍*동`/`홍**` vs `홍길동`);
 * - `surname-variant`: first syllable 이·리, 유·류, 임·림, 노·로, 나·라, 양·량, the rest equal;
 * - `jamo-edit`: Hangul names of the same syllable count, one jamo inserted, deleted or substituted;
 * - `different`.
 *
 * Surname-variant is tested before jamo-edit: every listed pair is itself one jamo apart (ㅇ↔ㄹ, ㄴ↔ㄹ), so in
 * the other order the more specific label could never be given. Both levels weigh the same in the tier rules.
 */
export function compareName(a: string | null | undefined, b: string | null | undefined): NameLevel {
  if (!present(a) || !present(b)) return "missing";
  const maskedA = isMasked(a);
  const maskedB = isMasked(b);
  if (!maskedA && !maskedB) {
    if (a === b) return "exact";
  } else {
    return maskCompatible(Array.from(a), Array.from(b)) ? "masked-compatible" : "different";
  }
  if (isSurnameVariant(a, b)) return "surname-variant";
  if (isOneJamoEdit(a, b)) return "jamo-edit";
  return "different";
}

function isSurnameVariant(a: string, b: string): boolean {
  const ca = Array.from(a);
  const cb = Array.from(b);
  if (ca.length < 2 || ca.length !== cb.length) return false;
  if (VARIANT_OF.get(ca[0]) !== cb[0]) return false;
  return a.slice(ca[0].length) === b.slice(cb[0].length);
}

function isOneJamoEdit(a: string, b: string): boolean {
  if (!HANGUL_SYLLABLES.test(a) || !HANGUL_SYLLABLES.test(b) || a.length !== b.length) return false;
  return editDistanceIsOne(disassemble(a), disassemble(b));
}

/** True when exactly one insertion, deletion or substitution turns `a` into `b` (linear time). */
export function editDistanceIsOne(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  return a.slice(i) === b.slice(i + 1);
}
