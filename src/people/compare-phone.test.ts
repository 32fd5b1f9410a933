import { describe, expect, it } from "vitest";
import type { PhoneLevel } from "../model/person.js";
import { comparePhone, phoneLastSeven } from "./compare-phone.js";

describe("comparePhone", () => {
  const table: [string | null, string | null, PhoneLevel][] = [
    ["01012345678", "01012345678", "exact"],
    ["0212345678", "0212345678", "exact"],
    ["0112345678", "01012345678", "legacy"],
    ["01612345678", "01012345678", "legacy"],
    ["01012345678", "0172345678", "legacy"],
    ["0182345678", "01012345678", "legacy"],
    ["0192345678", "01042345678", "legacy"],
    ["0112345678", "0162345678", "different"],
    ["0112345679", "01012345678", "different"],
    ["010****5678", "01012345678", "masked-compatible"],
    ["010****5678", "010****5678", "masked-compatible"],
    ["010****5678", "01012345679", "different"],
    ["010****5678", "0101235678", "different"],
    ["01012345678", "01098765432", "different"],
    [null, "01012345678", "missing"],
    ["", "01012345678", "missing"],
    ["***********", "01012345678", "missing"],
  ];
  it.each(table)("%s vs %s → %s", (a, b, level) => {
    expect(comparePhone(a, b)).toBe(level);
    expect(comparePhone(b, a)).toBe(level);
  });

  it("phoneLastSeven", () => {
    expect(phoneLastSeven("01012345678")).toBe("2345678");
    expect(phoneLastSeven("0112345678")).toBe("2345678");
    expect(phoneLastSeven("010****5678")).toBeNull();
  });
});
