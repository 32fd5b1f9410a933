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

/** Key parts are numbered below 2^26, so that two of them make one exact number (below 2^52). */
const PART_LIMIT = 2 ** 26;

/**
 * Numbers for the digit strings of keys (a birthdate's six digits, a phone's last seven): equal strings get equal
 * numbers and different strings different ones. A string of up to seven ASCII digits is numbered by its value
 * and its length (`0123` ≠ `123`); anything else (a normaliser never makes one, a test or a profile may) is
 * looked up in a map, numbered past them.
 */
class PartNumbers {
  private readonly others = new Map<string, number>();

  of(text: string): number {
    if (text.length <= 7) {
      let value = 0;
      let i = 0;
      for (; i < text.length; i++) {
        const c = text.charCodeAt(i) - 0x30;
        if (c < 0 || c > 9) break;
        value = value * 10 + c;
      }
      if (i === text.length) return value + DIGITS_OFFSET[text.length];
    }
    let n = this.others.get(text);
    if (n === undefined) {
      n = DIGITS_OFFSET[8] + this.others.size;
      if (n >= PART_LIMIT) throw new RangeError("too many distinct block key parts");
      this.others.set(text, n);
    }
    return n;
  }
}

/** DIGITS_OFFSET[l]: how many digit strings are shorter than l characters (the first number of length l). */
const DIGITS_OFFSET: readonly number[] = [0, 1, 11, 111, 1111, 11111, 111111, 1111111, 11111111];

/**
 * The blocks of a list of identities: for each key that `blockKeys(identities[i], nameKeys(i))` gives at least
 * two of them (those not skipped), their indices in ascending order. The same blocks as grouping the string keys
 * in a map (a test checks it), built from numbers: each key is two numbered parts in one number, each kind of key
 * in a typed array sorted natively, and only keys found twice are grouped. At 1M rows blocking with a map of
 * ~150k joined strings, each made for one look-up, took 0.14–0.2 s, its hottest line the look-up; this takes
 * 0.07–0.09 s. Blocks come kind by kind (N, P, B), each kind in the order of its first index.
 */
export function findBlocks(
  identities: readonly IdentityFields[],
  skip: (i: number) => boolean,
  nameKeys: (i: number) => boolean,
): number[][] {
  const n = identities.length;
  const parts = new PartNumbers();
  const names = new Map<string, number>();
  const byName = new Float64Array(n).fill(Number.NaN);
  const byPhone = new Float64Array(n).fill(Number.NaN);
  const byBirth = new Float64Array(n).fill(Number.NaN);
  for (let i = 0; i < n; i++) {
    if (skip(i)) continue;
    const identity = identities[i];
    const six = birthSix(identity.birthdate);
    const seven = phoneLastSeven(identity.phone);
    const sixPart = six === null ? -1 : parts.of(six);
    const sevenPart = seven === null ? -1 : parts.of(seven);
    if (sixPart >= 0 && sevenPart >= 0) byBirth[i] = sixPart * PART_LIMIT + sevenPart;
    const name = identity.name;
    if ((sixPart < 0 && sevenPart < 0) || !nameKeys(i) || !present(name) || isMasked(name)) continue;
    let namePart = names.get(name);
    if (namePart === undefined) {
      namePart = names.size;
      if (namePart >= PART_LIMIT) throw new RangeError("too many distinct names to block");
      names.set(name, namePart);
    }
    if (sixPart >= 0) byName[i] = namePart * PART_LIMIT + sixPart;
    if (sevenPart >= 0) byPhone[i] = namePart * PART_LIMIT + sevenPart;
  }
  const blocks: number[][] = [];
  for (const keys of [byName, byPhone, byBirth]) groupShared(keys, blocks);
  return blocks;
}

/** Appends to `blocks` the indices of each key (NaN: none) that two indices or more share. */
function groupShared(keys: Float64Array, blocks: number[][]): void {
  // NaN sorts last in a typed array.
  const sorted = keys.slice().sort();
  const shared = new Set<number>();
  for (let i = 1; i < sorted.length && !Number.isNaN(sorted[i]); i++) {
    if (sorted[i] === sorted[i - 1]) shared.add(sorted[i]);
  }
  if (shared.size === 0) return;
  const groups = new Map<number, number[]>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!shared.has(key)) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  }
  for (const group of groups.values()) blocks.push(group);
}
