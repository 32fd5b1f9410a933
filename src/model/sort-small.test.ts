import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortSmall } from "./sort-small.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

/** Elements with many equal keys, tagged so that the order of equal ones shows. */
const tagged = fc
  .array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 })
  .map((keys) => keys.map((key, tag) => ({ key, tag })));

describe("sortSmall", () => {
  it("orders as Array.prototype.sort does, equal elements included, short and long arrays alike", () => {
    fc.assert(
      fc.property(tagged, (items) => {
        const compare = (a: { key: number }, b: { key: number }): number => a.key - b.key;
        const expected = [...items].sort(compare);
        const copy = [...items];
        const result = sortSmall(copy, compare);
        expect(result).toBe(copy);
        expect(result).toEqual(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("keeps equal elements in their order (stable)", () => {
    const items = [
      { key: 1, tag: "a" },
      { key: 0, tag: "b" },
      { key: 1, tag: "c" },
      { key: 0, tag: "d" },
    ];
    expect(sortSmall(items, (a, b) => a.key - b.key).map((i) => i.tag)).toEqual(["b", "d", "a", "c"]);
  });
});
