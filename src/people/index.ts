// Person resolution (DESIGN §6): public API of src/people.

export { blockKeys, findBlocks, MAX_BLOCK_SIZE } from "./blocking.js";
export {
  classifyTier,
  matchTierRule,
  TIER_RANK,
  TIER_RULES,
  type TierOrNone,
  type TierRule,
} from "./classify-tier.js";
export { birthSix, compareBirthdate } from "./compare-birthdate.js";
export { compareIdentity, type IdentityFields, selfEvidence } from "./compare-identity.js";
export { compareName, SURNAME_VARIANTS } from "./compare-name.js";
export { comparePhone, LEGACY_PREFIXES, phoneLastSeven } from "./compare-phone.js";
export {
  type EvidenceLang,
  type EvidenceValues,
  formatEvidence,
  type IdentityField,
  type IdentityValues,
  type MaskValue,
} from "./format-evidence.js";
export { type ResolveStats, resolvePeople, resolvePeopleWithStats } from "./resolve-people.js";
