import { describe, expect, it } from "vitest";
import type { BirthdateLevel, NameLevel, PhoneLevel } from "../model/person.js";
import { classifyTier, matchTierRule, type TierOrNone } from "./classify-tier.js";

describe("classifyTier (DESIGN §6)", () => {
  const table: [NameLevel, BirthdateLevel, PhoneLevel, TierOrNone][] = [
    ["exact", "exact", "exact", "exact"],
    ["exact", "same-yymmdd", "legacy", "exact"],
    ["exact", "exact", "missing", "strong"],
    ["exact", "same-yymmdd", "masked-compatible", "strong"],
    ["exact", "missing", "exact", "strong"],
    ["exact", "masked-compatible", "legacy", "strong"],
    ["masked-compatible", "exact", "exact", "strong"],
    ["jamo-edit", "same-yymmdd", "exact", "strong"],
    ["surname-variant", "exact", "legacy", "strong"],
    ["exact", "exact", "different", "conflict"],
    ["exact", "same-yymmdd", "different", "conflict"],
    ["exact", "swap-or-digit", "exact", "conflict"],
    ["exact", "swap-or-digit", "legacy", "conflict"],
    // never links
    ["exact", "different", "exact", "none"],
    ["exact", "different", "missing", "none"],
    ["exact", "missing", "missing", "none"],
    ["different", "exact", "exact", "none"],
    ["missing", "exact", "exact", "none"],
    ["different", "missing", "exact", "none"],
    ["exact", "swap-or-digit", "missing", "none"],
    ["exact", "masked-compatible", "masked-compatible", "none"],
    ["exact", "swap-or-digit", "different", "none"],
    ["masked-compatible", "exact", "missing", "none"],
    ["jamo-edit", "swap-or-digit", "exact", "none"],
    ["exact", "missing", "different", "none"],
  ];
  it.each(table)("name %s · birthdate %s · phone %s → %s", (name, birthdate, phone, tier) => {
    expect(classifyTier({ name, birthdate, phone })).toBe(tier);
  });

  it("conflict rules name the field that disagrees", () => {
    expect(matchTierRule({ name: "exact", birthdate: "exact", phone: "different" })?.conflictField).toBe(
      "phone",
    );
    expect(matchTierRule({ name: "exact", birthdate: "swap-or-digit", phone: "exact" })?.conflictField).toBe(
      "birthdate",
    );
  });
});
