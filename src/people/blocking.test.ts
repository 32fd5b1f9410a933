import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockKeys, findBlocks } from "./blocking.js";
import { classifyTier } from "./classify-tier.js";
import { compareIdentity, type IdentityFields, selfEvidence } from "./compare-identity.js";

// Exhaustive over small pools that hit every level (masks, variants, legacy numbers, century-less dates):
// every pair that can link must share a block key, or blocking would silently lose links.
const NAMES = ["이서윤", "리서윤", "이*윤", "이**", "이서연", "이서윤이", "김하늘", "**", null];
const BIRTHDATES = [
  "2008-03-05",
  "080305",
  "2008-**-**",
  "2008-03-**",
  "08****",
  "2008-05-03",
  "2008-03-06",
  "080306",
  "1908-03-05",
  null,
];
const PHONES = ["01012345678", "0112345678", "01612345678", "010****5678", "01012345679", "0212345678", null];

describe("blockKeys", () => {
  it("every linkable pair shares a key", () => {
    const all: IdentityFields[] = [];
    for (const name of NAMES)
      for (const birthdate of BIRTHDATES) for (const phone of PHONES) all.push({ name, birthdate, phone });
    const keys = all.map((t) => new Set(blockKeys(t)));
    let linkable = 0;
    for (let i = 0; i < all.length; i++) {
      for (let j = i; j < all.length; j++) {
        if (classifyTier(compareIdentity(all[i], all[j])) === "none") continue;
        linkable++;
        const shared = [...keys[i]].some((k) => keys[j].has(k));
        if (!shared) throw new Error(`no shared key: ${JSON.stringify(all[i])} / ${JSON.stringify(all[j])}`);
      }
    }
    expect(linkable).toBeGreaterThan(1000);
  });

  it("selfEvidence equals comparing an identity with itself", () => {
    for (const name of NAMES)
      for (const birthdate of BIRTHDATES)
        for (const phone of PHONES) {
          const t = { name, birthdate, phone };
          expect(selfEvidence(t)).toEqual(compareIdentity(t, t));
        }
  });

  it("leaves out the keys holding the name when asked (a name no other identity has)", () => {
    const t = { name: "이서윤", birthdate: "2008-03-05", phone: "01012345678" };
    expect(blockKeys(t)).toHaveLength(3);
    const withoutName = blockKeys(t, false);
    expect(withoutName).toHaveLength(1);
    expect(withoutName[0]).not.toContain("이서윤");
    expect(blockKeys(t)).toContain(withoutName[0]);
  });

  it("masked values make no key", () => {
    expect(blockKeys({ name: "이*윤", birthdate: "2008-**-**", phone: "010****5678" })).toEqual([]);
    expect(blockKeys({ name: "이서윤", birthdate: "2008-03-05", phone: null })).toHaveLength(1);
  });
});

/** The blocks as grouping blockKeys' strings in a map gives them, each as "i,j,…", sorted. */
function blocksOfStrings(all: readonly IdentityFields[], skip: boolean[], nameKeys: boolean[]): string[] {
  const groups = new Map<string, number[]>();
  all.forEach((t, i) => {
    if (skip[i]) return;
    for (const key of blockKeys(t, nameKeys[i])) groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.join(","))
    .sort();
}

describe("findBlocks", () => {
  // Values a normaliser makes, and some it never does (letters, long or short digit runs, leading zeros), which
  // a test file or a user profile could still hold: they must block as their strings do.
  const names = [...NAMES, "이 서윤", "A", ""];
  const birthdates = [...BIRTHDATES, "08a305", "2008-03-0x", "0803055", "20080305", "", "1-2-3-4-5-6"];
  const phones = [...PHONES, "5678", "05678", "0005678", "12345678", "010-1234-5678", "abcdefg", "", "0"];
  const identityArb = fc.record({
    name: fc.constantFrom(...names),
    birthdate: fc.constantFrom(...birthdates),
    phone: fc.constantFrom(...phones),
  });

  it("makes the blocks that grouping the string keys makes", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(identityArb, fc.boolean(), fc.boolean()), { maxLength: 60 }), (rows) => {
        const all = rows.map(([t]) => t);
        const skip = rows.map(([, s]) => s);
        const nameKeys = rows.map(([, , k]) => k);
        const blocks = findBlocks(
          all,
          (i) => skip[i],
          (i) => nameKeys[i],
        );
        for (const block of blocks) expect(block).toEqual([...block].sort((a, b) => a - b));
        expect(blocks.map((b) => b.join(",")).sort()).toEqual(blocksOfStrings(all, skip, nameKeys));
      }),
      { numRuns: 300 },
    );
  });

  it("tells digit strings of different lengths apart", () => {
    const all = [
      { name: "이서윤", birthdate: "080305", phone: "5678" },
      { name: "이서윤", birthdate: "080305", phone: "05678" },
      { name: "이서윤", birthdate: "080305", phone: "0005678" },
    ];
    // Only the name-and-birthdate key is shared; the phones differ though their values are equal.
    expect(
      findBlocks(
        all,
        () => false,
        () => true,
      ),
    ).toEqual([[0, 1, 2]]);
  });
});
