// All three field levels of a pair of identities.

import type { FieldEvidence } from "../model/person.js";
import { compareBirthdate } from "./compare-birthdate.js";
import { compareName } from "./compare-name.js";
import { comparePhone } from "./compare-phone.js";
import { isMasked, present } from "./mask-chars.js";

export interface IdentityFields {
  name: string | null;
  birthdate: string | null;
  phone: string | null;
}

export function compareIdentity(a: IdentityFields, b: IdentityFields): FieldEvidence {
  return {
    name: compareName(a.name, b.name),
    birthdate: compareBirthdate(a.birthdate, b.birthdate),
    phone: comparePhone(a.phone, b.phone),
  };
}

const SELF_LEVELS = ["missing", "masked-compatible", "exact"] as const;

/**
 * The 27 possible self evidences, built once and shared (frozen): people resolution takes one for every tuple,
 * and at 1M rows an object each was 100k more objects for the young generation to copy.
 */
const SELF_EVIDENCES: readonly FieldEvidence[] = SELF_LEVELS.flatMap((name) =>
  SELF_LEVELS.flatMap((birthdate) => SELF_LEVELS.map((phone) => Object.freeze({ name, birthdate, phone }))),
);

/**
 * `compareIdentity(t, t)` without the work: a present value equals itself `exact`ly when unmasked and is
 * `masked-compatible` with itself when masked (it shows at least one character, or it would not be present).
 * The object is shared by every identity with the same levels: never modify it.
 */
export function selfEvidence(t: IdentityFields): FieldEvidence {
  return SELF_EVIDENCES[selfLevel(t.name) * 9 + selfLevel(t.birthdate) * 3 + selfLevel(t.phone)];
}

/** Index into SELF_LEVELS. */
function selfLevel(value: string | null): number {
  if (!present(value)) return 0;
  return isMasked(value) ? 1 : 2;
}
