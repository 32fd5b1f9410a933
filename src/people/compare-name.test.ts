import { describe, expect, it } from "vitest";
import type { NameLevel } from "../model/person.js";
import { compareName, editDistanceIsOne } from "./compare-name.js";

describe("compareName", () => {
  const table: [string | null, string | null, NameLevel][] = [
    ["홍길동", "홍길동", "exact"],
    ["Jane Doe", "Jane Doe", "exact"],
    ["홍*동", "홍길동", "masked-compatible"],
    ["홍길동", "홍**", "masked-compatible"],
    ["홍*", "홍길", "masked-compatible"],
    ["홍*동", "홍*동", "masked-compatible"],
    ["홍*동", "홍길순", "different"],
    ["홍**", "*길동", "different"],
    ["홍*동", "홍길", "different"],
    ["이서윤", "리서윤", "surname-variant"],
    ["류하준", "유하준", "surname-variant"],
    ["임도현", "림도현", "surname-variant"],
    ["노지안", "로지안", "surname-variant"],
    ["나은비", "라은비", "surname-variant"],
    ["양시우", "량시우", "surname-variant"],
    ["홍길동", "홍길둥", "jamo-edit"],
    ["김민준", "김민중", "jamo-edit"],
    ["박서연", "박서여", "jamo-edit"],
    ["최과일", "최고일", "jamo-edit"],
    ["홍길동", "홍길도", "jamo-edit"],
    ["홍길동", "홍동", "different"],
    ["홍길동", "홍길똥", "jamo-edit"],
    ["홍길동", "홍길뚱", "different"],
    ["김민준", "이민준", "different"],
    ["Jane Doe", "Jane Dou", "different"],
    ["홍길동", "김영희", "different"],
    [null, "홍길동", "missing"],
    ["홍길동", "", "missing"],
    ["***", "홍길동", "missing"],
    [null, null, "missing"],
  ];
  it.each(table)("%s vs %s → %s", (a, b, level) => {
    expect(compareName(a, b)).toBe(level);
    expect(compareName(b, a)).toBe(level);
  });

  it("editDistanceIsOne", () => {
    expect(editDistanceIsOne("abc", "abd")).toBe(true);
    expect(editDistanceIsOne("abc", "ab")).toBe(true);
    expect(editDistanceIsOne("ab", "xab")).toBe(true);
    expect(editDistanceIsOne("abc", "abc")).toBe(false);
    expect(editDistanceIsOne("abc", "bca")).toBe(false);
    expect(editDistanceIsOne("abc", "a")).toBe(false);
  });
});
