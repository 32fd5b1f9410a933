// Phone comparison levels (DESIGN §6). Normalised phones are digits only, masked digits as `*`
// (`010****5678`); the normaliser has already restored a leading zero Excel stripped.

import type { PhoneLevel } from "../model/person.js";
import { isMasked, maskCompatible, present } from "./mask-chars.js";

/** Pre-2004 mobile prefixes that became 010 numbers keeping their last digits (번호이동 / 010 통합). */
export const LEGACY_PREFIXES: readonly string[] = ["011", "016", "017", "018", "019"];

/** The last seven digits of an unmasked phone (the whole number when shorter), or null. */
export function phoneLastSeven(value: string | null | undefined): string | null {
  if (!present(value) || isMasked(value)) return null;
  return value.length > 7 ? value.slice(-7) : value;
}

/**
 * Compare two normalised phones.
 * - `missing`: either side absent (or nothing but masks);
 * - `exact`: equal and unmasked;
 * - `legacy`: one side 011/016/017/018/019, the other 010, the same last 7 digits;
 * - `masked-compatible`: a side is masked, same length, the visible digits agree (`010****5678` vs `01012345678`);
 * - `different`.
 */
export function comparePhone(a: string | null | undefined, b: string | null | undefined): PhoneLevel {
  if (!present(a) || !present(b)) return "missing";
  if (isMasked(a) || isMasked(b)) {
    return maskCompatible(Array.from(a), Array.from(b)) ? "masked-compatible" : "different";
  }
  if (a === b) return "exact";
  if (isLegacyPair(a, b) || isLegacyPair(b, a)) return "legacy";
  return "different";
}

function isLegacyPair(legacy: string, modern: string): boolean {
  return (
    modern.startsWith("010") &&
    modern.length === 11 &&
    legacy.length >= 10 &&
    LEGACY_PREFIXES.includes(legacy.slice(0, 3)) &&
    legacy.slice(-7) === modern.slice(-7)
  );
}
