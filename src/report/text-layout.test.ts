import { describe, expect, it } from "vitest";
import { displayWidth, wrap, wrapPath } from "./text-layout.js";

describe("text layout", () => {
  it("counts Hangul as two columns and colour codes as none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("김하늘")).toBe(6);
    expect(displayWidth("\x1b[31m오류\x1b[39m")).toBe(4);
    expect(displayWidth("＝")).toBe(2);
  });

  it("wraps at spaces with a hanging indent", () => {
    expect(wrap("가나다 라마바 사아자 차카타", 14, "  → ", "    ")).toEqual([
      "  → 가나다",
      "    라마바",
      "    사아자",
      "    차카타",
    ]);
    expect(wrap("one two three", 80, "- ", "  ")).toEqual(["- one two three"]);
  });

  it("breaks a word too wide for the line", () => {
    for (const line of wrap("x".repeat(30), 10, "", "")) expect(displayWidth(line)).toBeLessThanOrEqual(10);
  });

  it("wraps paths after separators", () => {
    expect(wrapPath("a/b.csv", 20)).toBe("a/b.csv");
    expect(wrapPath("class-3/culture.csv", 12)).toBe("class-3/\nculture.csv");
    expect(wrapPath("abcdefghijklmnop", 5)).toBe("abcde\nfghij\nklmno\np");
  });
});
