// Tiers (DESIGN §6) as one ordered table: the first rule whose three level sets all contain the pair's
// levels gives the tier; no rule → "none". Every rule needs two fields that agree unmasked, so phone alone or
// name alone never links, and a birthdate at level `different` never appears in any rule.

import type { BirthdateLevel, FieldEvidence, NameLevel, PhoneLevel, Tier } from "../model/person.js";

export type TierOrNone = Tier | "none";

/** Tier strength, strongest first: exact > strong > conflict. */
export const TIER_RANK: Record<Tier, number> = { exact: 0, strong: 1, conflict: 2 };

/** The field a conflict rule lets disagree (named by the identity-mismatch finding). */
export type ConflictField = "phone" | "birthdate";

export interface TierRule {
  tier: Tier;
  /** Short id used in tests and evidence. */
  id: string;
  name: readonly NameLevel[];
  birthdate: readonly BirthdateLevel[];
  phone: readonly PhoneLevel[];
  /** For conflict rules: the field that disagrees. */
  conflictField?: ConflictField;
}

const BIRTHDATE_AGREES: readonly BirthdateLevel[] = ["exact", "same-yymmdd"];
const PHONE_AGREES: readonly PhoneLevel[] = ["exact", "legacy"];
const NAME_CLOSE: readonly NameLevel[] = ["masked-compatible", "jamo-edit", "surname-variant"];

export const TIER_RULES: readonly TierRule[] = [
  // exact: all three agree
  { tier: "exact", id: "all-agree", name: ["exact"], birthdate: BIRTHDATE_AGREES, phone: PHONE_AGREES },
  // strong: name + birthdate agree, phone missing (on one or both sides) or masked-compatible
  {
    tier: "strong",
    id: "name-birthdate",
    name: ["exact"],
    birthdate: BIRTHDATE_AGREES,
    phone: ["missing", "masked-compatible"],
  },
  // strong: name + phone agree, birthdate missing or masked-compatible
  {
    tier: "strong",
    id: "name-phone",
    name: ["exact"],
    birthdate: ["missing", "masked-compatible"],
    phone: PHONE_AGREES,
  },
  // strong: birthdate + phone agree, name masked or one small difference
  {
    tier: "strong",
    id: "birthdate-phone",
    name: NAME_CLOSE,
    birthdate: BIRTHDATE_AGREES,
    phone: PHONE_AGREES,
  },
  // conflict: name + birthdate agree, phones differ
  {
    tier: "conflict",
    id: "phone-differs",
    name: ["exact"],
    birthdate: BIRTHDATE_AGREES,
    phone: ["different"],
    conflictField: "phone",
  },
  // conflict: name + phone agree, birthdates differ by a day–month swap or one digit
  {
    tier: "conflict",
    id: "birthdate-differs",
    name: ["exact"],
    birthdate: ["swap-or-digit"],
    phone: PHONE_AGREES,
    conflictField: "birthdate",
  },
];

/** The first rule that applies, or null. */
export function matchTierRule(evidence: FieldEvidence): TierRule | null {
  for (const rule of TIER_RULES) {
    if (
      rule.name.includes(evidence.name) &&
      rule.birthdate.includes(evidence.birthdate) &&
      rule.phone.includes(evidence.phone)
    ) {
      return rule;
    }
  }
  return null;
}

export function classifyTier(evidence: FieldEvidence): TierOrNone {
  return matchTierRule(evidence)?.tier ?? "none";
}
