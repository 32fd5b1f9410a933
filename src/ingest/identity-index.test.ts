import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Identity } from "../model/record.js";
import { IdentityIndex } from "./identity-index.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

type Values = [string | null, string | null, string | null, string | null];

/** Numbers identities as IdentityIndex does, the way row-reader.ts did before it: a Map of joined values. */
function numberByJoinedKey(rows: readonly Values[]): number[] {
  const byKey = new Map<string, number>();
  return rows.map((values) => {
    const key = values.map((value) => value ?? "").join("\u0001");
    let index = byKey.get(key);
    if (index === undefined) {
      index = byKey.size;
      byKey.set(key, index);
    }
    return index;
  });
}

function numberByIndex(rows: readonly Values[]): { numbers: number[]; identities: Identity[] } {
  const identities: Identity[] = [];
  const index = new IdentityIndex(identities);
  const numbers = rows.map(([name, birthdate, phone, memberId]) => {
    const known = index.indexOf(name, birthdate, phone, memberId);
    return known >= 0 ? known : index.add({ name, birthdate, phone, memberId });
  });
  return { numbers, identities };
}

/** Few distinct values, so that rows repeat identities; "" and null both, and values that join alike. */
const value = fc.constantFrom<string | null>(
  null,
  "",
  "김하늘",
  "김하",
  "늘",
  "2008-03-05",
  "010-1234-5678",
  "a",
);
const row = fc.tuple(value, value, value, value);

describe("IdentityIndex", () => {
  it("numbers identities in order of first appearance, as a Map of the joined values does", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 200 }), (rows) => {
        const { numbers, identities } = numberByIndex(rows);
        expect(numbers).toEqual(numberByJoinedKey(rows));
        expect(identities.length).toBe(new Set(numbers).size);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("keeps the first identity's values and treats an absent value as an empty one", () => {
    const { numbers, identities } = numberByIndex([
      [null, "2008-03-05", null, null],
      ["", "2008-03-05", "", ""],
    ]);
    expect(numbers).toEqual([0, 0]);
    expect(identities).toEqual([{ name: null, birthdate: "2008-03-05", phone: null, memberId: null }]);
  });

  it("tells apart values that only split differently between fields", () => {
    const { numbers } = numberByIndex([
      ["김하", "늘", null, null],
      ["김하늘", "", null, null],
      ["김", "하늘", null, null],
    ]);
    expect(numbers).toEqual([0, 1, 2]);
  });

  it("finds every identity again after the table has grown many times", () => {
    const rows: Values[] = [];
    for (let i = 0; i < 20_000; i++)
      rows.push([`이바다${i % 97}`, `2008-03-${i % 28}`, `010-0000-${i}`, null]);
    const { numbers } = numberByIndex([...rows, ...[...rows].reverse()]);
    const firsts = rows.map((_, i) => i);
    expect(numbers).toEqual([...firsts, ...[...firsts].reverse()]);
  });

  it("refuses to add without a failed look-up just before", () => {
    const identities: Identity[] = [];
    const index = new IdentityIndex(identities);
    const kim = { name: "김하늘", birthdate: null, phone: null, memberId: null };
    expect(() => index.add(kim)).toThrow();
    expect(index.indexOf("김하늘", null, null, null)).toBe(-1);
    expect(index.add(kim)).toBe(0);
    expect(() => index.add(kim)).toThrow();
    expect(index.indexOf("이바다", null, null, null)).toBe(-1);
    expect(index.indexOf("김하늘", null, null, null)).toBe(0);
    expect(() => index.add({ ...kim, name: "이바다" })).toThrow();
  });
});
