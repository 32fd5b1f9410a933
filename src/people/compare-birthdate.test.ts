import { describe, expect, it } from "vitest";
import type { BirthdateLevel } from "../model/person.js";
import { birthSix, compareBirthdate } from "./compare-birthdate.js";

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
