import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BirthdateLevel } from "../model/person.js";
import { birthSix, compareBirthdate, digitCount } from "./compare-birthdate.js";
import { isMasked, present } from "./mask-chars.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

/** birthSix as it was written before its slices: the digits by a regex replace, then their length decides. */
function referenceBirthSix(value: string | null): string | null {
  if (!present(value) || isMasked(value)) return null;
  const d = value.replace(/-/g, "");
  return d.length === 8 ? d.slice(2) : d.length === 6 ? d : null;
}

describe("compareBirthdate", () => {
  const table: [string | null, string | null, BirthdateLevel][] = [
    ["2008-03-05", "2008-03-05", "exact"],
    ["080305", "080305", "exact"],
    ["080305", "2008-03-05", "same-yymmdd"],
    ["2008-03-05", "080305", "same-yymmdd"],
    ["2008-**-**", "2008-03-05", "masked-compatible"],
    ["2008-03-**", "2008-03-05", "masked-compatible"],
    ["2008-**-**", "2008-03-**", "masked-compatible"],
    ["2008-**-**", "080305", "masked-compatible"],
    ["08****", "2008-03-05", "masked-compatible"],
    ["08****", "080305", "masked-compatible"],
    ["08****", "2008-**-**", "masked-compatible"],
    ["09****", "2008-03-05", "different"],
    ["2008-**-**", "2009-03-05", "different"],
    ["2008-04-**", "2008-03-05", "different"],
    ["2008-03-05", "2008-05-03", "swap-or-digit"],
    ["2008-03-05", "2008-03-06", "swap-or-digit"],
    ["2008-03-05", "2009-03-05", "swap-or-digit"],
    ["080305", "080503", "swap-or-digit"],
    ["080305", "2008-03-15", "swap-or-digit"],
    ["2008-03-05", "1908-03-05", "different"],
    ["2008-03-05", "2008-03-16", "different"],
    ["2008-03-05", "2010-05-03", "different"],
    [null, "2008-03-05", "missing"],
    ["****-**-**", "2008-03-05", "missing"],
    ["2008-03-05", "", "missing"],
  ];
  it.each(table)("%s vs %s → %s", (a, b, level) => {
    expect(compareBirthdate(a, b)).toBe(level);
    expect(compareBirthdate(b, a)).toBe(level);
  });

  it("birthSix takes the six digits of unmasked dates only", () => {
    expect(birthSix("2008-03-05")).toBe("080305");
    expect(birthSix("080305")).toBe("080305");
    expect(birthSix("2008-**-**")).toBeNull();
    expect(birthSix(null)).toBeNull();
  });
});

describe("birthdate digits", () => {
  // Dashes anywhere, masks, digits and a stray letter, at the lengths birthdates have and around them.
  const text = fc
    .array(fc.constantFrom("0", "3", "8", "-", "*", "a"), { minLength: 0, maxLength: 12 })
    .map((chars) => chars.join(""));

  it("birthSix and digitCount agree with the regex-replace reference on any text", () => {
    fc.assert(
      fc.property(
        fc.oneof(text, fc.constantFrom("2008-03-05", "2-08-03-05", "2008-03-0-", "20080-3-05")),
        (value) => {
          expect(birthSix(value)).toBe(referenceBirthSix(value));
          expect(digitCount(value)).toBe(value.replace(/-/g, "").length);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
