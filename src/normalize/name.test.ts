import { describe, expect, it } from "vitest";
import { isMaskedName, normalizeName } from "./name.js";

describe("normalizeName", () => {
  it.each([
    ["김하늘", "김하늘"],
    [" 김하늘 ", "김하늘"],
    ["김 하늘", "김하늘"],
    ["김 하 늘", "김하늘"],
    ["김\u00a0하늘", "김하늘"],
    ["김\u3000하늘", "김하늘"],
    ["김하늘".normalize("NFD"), "김하늘"],
    ["남궁 민수", "남궁민수"],
    ["이도윤", "이도윤"],
    ["Daniel Kim", "Daniel Kim"],
    ["Daniel   Kim", "Daniel Kim"],
    ["daniel KIM", "daniel KIM"],
    ["Maria-José O'Neil", "Maria-José O'Neil"],
    ["Alex", "Alex"],
    ["Max", "Max"],
    ["Olivia Ko", "Olivia Ko"],
    ["ㅎㅗㅇ", "ㅎㅗㅇ"],
    ["李道允", "李道允"],
    ["김 Daniel", "김 Daniel"],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it.each([
    ["홍*동", "홍*동"],
    ["홍**", "홍**"],
    ["홍＊동", "홍*동"],
    ["홍○동", "홍*동"],
    ["홍●동", "홍*동"],
    ["홍◯동", "홍*동"],
    ["홍x동", "홍*동"],
    ["홍X동", "홍*동"],
    ["홍xx", "홍**"],
    ["홍_동", "홍*동"],
    ["김OO", "김**"],
    ["김oo", "김**"],
    ["김ㅇㅇ", "김**"],
    ["김 ㅇ ㅇ", "김**"],
    ["홍 * 동", "홍*동"],
    ["남**수", "남**수"],
    ["D***** K**", "D***** K**"],
  ])("masked %j → %j", (raw, expected) => {
    expect(normalizeName(raw)).toBe(expected);
  });

  it.each([["1234"], ["-"], ["***"], ["○○○"], ["ㅇㅇ"], ["12-34"], ["."], ["()"], ["   "], [""]])(
    "%j has no letter → undefined",
    (raw) => {
      expect(normalizeName(raw)).toBeUndefined();
    },
  );
});

describe("isMaskedName", () => {
  it.each([
    ["홍*동", true],
    ["홍**", true],
    ["김하늘", false],
    ["Daniel Kim", false],
  ])("%j → %j", (name, expected) => {
    expect(isMaskedName(name)).toBe(expected);
  });
});
