// Blocking keys (DESIGN §9: block before comparing). Two identities are compared only when they share a key.
//
// Every tier rule needs two fields that agree *unmasked*:
//   name exact + birthdate exact|same-yymmdd   → both have the same name and the same six birth digits  → key N
//   name exact + phone exact|legacy            → same name and the same last 7 phone digits             → key P
//   birthdate agrees + phone agrees            → same six birth digits and the same last 7 phone digits → key B
// (exact and conflict rules are covered by N or P, the strong rules by N, P or B). Masked values never make a
// key: a masked name reaches its candidates through B, a masked birthdate through P, a masked phone through N.
// So every pair that can link shares at least one key (blocking.test.ts checks this as a property).

import { birthSix } from "./compare-birthdate.js";
import type { IdentityFields } from "./compare-identity.js";
import { phoneLastSeven } from "./compare-phone.js";
import { isMasked, present } from "./mask-chars.js";

const SEP = "\u001f";

/**
 * A block shared by more distinct identities than this is skipped. Real blocks hold one person's variants and
 * the odd namesake born the same day (a handful); a key shared by over 100 distinct identities (a placeholder
 * phone `01000000000` with a common birthday, a test name repeated with made-up numbers) identifies nobody, and
 * comparing inside it is quadratic. A pair that truly matches there still meets through its other keys when it
 * has one. The cut depends on content only, so it is order independent; `ResolveStats.oversizedBlocks` counts it.
 */
export const MAX_BLOCK_SIZE = 100;

/**
 * The block keys of an identity. `nameKeys: false` leaves out the keys that hold the name (N and P): the caller
 * knows that no other identity has this name, so those blocks would hold this identity alone.
 */
export function blockKeys(identity: IdentityFields, nameKeys = true): string[] {
  const name = nameKeys && present(identity.name) && !isMasked(identity.name) ? identity.name : null;
  const six = birthSix(identity.birthdate);
  const seven = phoneLastSeven(identity.phone);
  const keys: string[] = [];
  if (name !== null && six !== null) keys.push(`N${SEP}${name}${SEP}${six}`);
  if (name !== null && seven !== null) keys.push(`P${SEP}${name}${SEP}${seven}`);
  if (six !== null && seven !== null) keys.push(`B${SEP}${six}${SEP}${seven}`);
  return keys;
}
