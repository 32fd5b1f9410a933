import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sortRange, sortSmall } from "./sort-small.js";

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

  it("sortRange sorts only its range, as sorting the slice would, ranges past 64 elements included", () => {
    const long = fc
      .array(fc.integer({ min: 0, max: 5 }), { maxLength: 150 })
      .map((keys) => keys.map((key, tag) => ({ key, tag })));
    fc.assert(
      fc.property(long, fc.nat(), fc.nat(), (items, a, b) => {
        const from = Math.min(a, b) % (items.length + 1);
        const to = Math.max(from, Math.max(a, b) % (items.length + 1));
        const compare = (x: { key: number }, y: { key: number }): number => x.key - y.key;
        const expected = [
          ...items.slice(0, from),
          ...items.slice(from, to).sort(compare),
          ...items.slice(to),
        ];
        const copy = [...items];
        expect(sortRange(copy, from, to, compare)).toBe(copy);
        expect(copy).toEqual(expected);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
