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

/**
 * `compareIdentity(t, t)` without the work: a present value equals itself `exact`ly when unmasked and is
 * `masked-compatible` with itself when masked (it shows at least one character, or it would not be present).
 */
export function selfEvidence(t: IdentityFields): FieldEvidence {
  return {
    name: selfLevel(t.name),
    birthdate: selfLevel(t.birthdate),
    phone: selfLevel(t.phone),
  } as FieldEvidence;
}

function selfLevel(value: string | null): "exact" | "masked-compatible" | "missing" {
  if (!present(value)) return "missing";
  return isMasked(value) ? "masked-compatible" : "exact";
}
