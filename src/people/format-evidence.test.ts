import { describe, expect, it } from "vitest";
import { formatEvidence } from "./format-evidence.js";

const mask = (field: string, value: string): string =>
  field === "phone" ? `${value.slice(0, 3)}-****-${value.slice(-4)}` : value;

describe("formatEvidence", () => {
  const evidence = { name: "exact", birthdate: "exact", phone: "different" } as const;
  const values = {
    left: { name: "김하늘", birthdate: "2008-03-05", phone: "01011111234" },
    right: { name: "김하늘", birthdate: "2008-03-05", phone: "01022229876" },
  };

  it("English", () => {
    expect(formatEvidence(evidence, values, "en", mask)).toBe(
      "name exact · birthdate exact · phone different (010-****-1234 / 010-****-9876)",
    );
  });

  it("Korean", () => {
    expect(formatEvidence(evidence, values, "ko", mask)).toBe(
      "이름 일치 · 생년월일 일치 · 휴대폰 다름 (010-****-1234 / 010-****-9876)",
    );
  });

  it("missing values show as a dash, missing levels without values", () => {
    const text = formatEvidence(
      { name: "masked-compatible", birthdate: "same-yymmdd", phone: "missing" },
      {
        left: { name: "김*늘", birthdate: "080305", phone: null },
        right: { name: "김하늘", birthdate: "2008-03-05", phone: "01011111234" },
      },
      "en",
      (_f, v) => v,
    );
    expect(text).toBe(
      "name masked-compatible (김*늘 / 김하늘) · birthdate same-yymmdd (080305 / 2008-03-05) · phone missing",
    );
  });
});
