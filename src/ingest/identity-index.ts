// A file's identities numbered by their content (row-reader.ts): the same normalised (name, birthdate, phone,
// memberId) gets the same number, whatever row it is read on. An open-addressing table over a hash of the four
// values rather than a Map keyed by the values joined into one string: a big export has ~100k identities, and
// each new one cost a joined key (a string to flatten and hash) and a share of the Map's rehashing as it grew,
// ~1 µs an identity. An absent value and an empty one are the same value, as they were in the joined key.

import type { Identity } from "../model/record.js";

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
/** Ends each value in the hash, so that ("ab", "c") and ("a", "bc") hash apart. */
const END = 0x1f;
const EMPTY = -1;

/** FNV-1a over a value's UTF-16 code units and an end mark. */
function hashValue(hash: number, value: string | null): number {
  let h = hash;
  if (value !== null)
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), FNV_PRIME);
  return Math.imul(h ^ END, FNV_PRIME);
}

function sameValue(a: string | null, b: string | null): boolean {
  return a === b || (a ?? "") === (b ?? "");
}

export class IdentityIndex {
  private mask = 1023;
  /** Per slot: the index of the identity there, or EMPTY. Kept at most half full. */
  private slots = new Int32Array(1024).fill(EMPTY);
  /** Per identity: its hash. */
  private hashes = new Int32Array(1024);

  /** Where the last `indexOf` that found nothing would put its identity: slot and hash. */
  private freeSlot = -1;
  private freeHash = 0;

  /** `identities` is the list numbered: it is read here, and added to only by `add`. */
  constructor(private readonly identities: Identity[]) {}

  /** The index of the identity with these values, or -1 when there is none (then `add` may add it). */
  indexOf(
    name: string | null,
    birthdate: string | null,
    phone: string | null,
    memberId: string | null,
  ): number {
    const hash = hashValue(hashValue(hashValue(hashValue(FNV_OFFSET, name), birthdate), phone), memberId);
    const identities = this.identities;
    const slots = this.slots;
    let at = hash & this.mask;
    for (let index = slots[at]; index !== EMPTY; index = slots[at]) {
      if (this.hashes[index] === hash) {
        const known = identities[index];
        if (
          sameValue(known.name, name) &&
          sameValue(known.birthdate, birthdate) &&
          sameValue(known.phone, phone) &&
          sameValue(known.memberId, memberId)
        ) {
          this.freeSlot = -1;
          return index;
        }
      }
      at = (at + 1) & this.mask;
    }
    this.freeSlot = at;
    this.freeHash = hash;
    return -1;
  }

  /**
   * Adds `identity`, whose values the last `indexOf` did not find, as the list's next; returns its index. Only
   * right after that `indexOf`: its slot is the one it found free.
   */
  add(identity: Identity): number {
    if (this.freeSlot < 0) throw new Error("IdentityIndex.add without a failed indexOf");
    const index = this.identities.length;
    this.identities.push(identity);
    if (index >= this.hashes.length) {
      const grown = new Int32Array(this.hashes.length * 2);
      grown.set(this.hashes);
      this.hashes = grown;
    }
    this.hashes[index] = this.freeHash;
    this.slots[this.freeSlot] = index;
    this.freeSlot = -1;
    if (this.identities.length * 2 > this.mask) this.grow();
    return index;
  }

  private grow(): void {
    const mask = this.mask * 2 + 1;
    const slots = new Int32Array(mask + 1).fill(EMPTY);
    const count = this.identities.length;
    for (let index = 0; index < count; index++) {
      let at = this.hashes[index] & mask;
      while (slots[at] !== EMPTY) at = (at + 1) & mask;
      slots[at] = index;
    }
    this.mask = mask;
    this.slots = slots;
  }
}
