import { describe, expect, it } from "vitest";
import { cleanText, normalizeHeader, normalizeWord } from "./text.js";

const NFD_HANEUL = "김하늘".normalize("NFD");

describe("cleanText", () => {
  it.each([
    ["가람복지관", "가람복지관"],
    ["  가람  복지관  ", "가람 복지관"],
    ["가람\u00a0\u00a0복지관", "가람 복지관"],
    ["가람\u3000복지관", "가람 복지관"],
    ["가람\t\n복지관", "가람 복지관"],
    ["가람\r\n 복지관", "가람 복지관"],
    [NFD_HANEUL, "김하늘"],
    ["\ufeff(사)푸른나눔", "(사)푸른나눔"],
    ["a b", "a b"],
    ["   ", ""],
    ["", ""],
  ])("%j → %j", (raw, expected) => {
    expect(cleanText(raw)).toBe(expected);
  });

  it("returns the same string when nothing changes", () => {
    const s = "급식 보조";
    expect(cleanText(s)).toBe(s);
  });
});

describe("normalizeWord", () => {
  it.each([
    ["승인완료", "승인완료"],
    ["승인 완료", "승인완료"],
    ["전송 성공", "전송성공"],
    [" 전송\u00a0성공 ", "전송성공"],
    ["Y", "y"],
    ["Sent", "sent"],
    ["Red Cross", "redcross"],
    ["연계\u3000실패", "연계실패"],
    ["전송성공".normalize("NFD"), "전송성공"],
    ["", ""],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeWord(raw)).toBe(expected);
  });
});

describe("normalizeHeader", () => {
  it.each([
    ["이름", "이름", null],
    ["\ufeff이름", "이름", null],
    ["\ufeff성명", "성명", null],
    ["봉사시간(분)", "봉사시간", "minutes"],
    ["봉사시간 (분)", "봉사시간", "minutes"],
    ["봉사시간(시간)", "봉사시간", "hours"],
    ["봉사시간[시간]", "봉사시간", "hours"],
    ["봉사시간（분）", "봉사시간", "minutes"],
    ["봉사시간(단위: 분)", "봉사시간", "minutes"],
    ["Hours (h)", "hours", "hours"],
    ["Duration (min)", "duration", "minutes"],
    ["Duration (minutes)", "duration", "minutes"],
    ["Duration (hours)", "duration", "hours"],
    ["Duration (hrs)", "duration", "hours"],
    ["봉사처(기관)", "봉사처", null],
    ["*이름", "이름", null],
    ["이름*", "이름", null],
    ['"이름"', "이름", null],
    ['"*봉사시간(분)"', "봉사시간", "minutes"],
    ["'성명'", "성명", null],
    ["Phone Number", "phonenumber", null],
    ["Date of Birth", "dateofbirth", null],
    ["1365연계", "1365연계", null],
    ["(분)", "(분)", null],
    ["", "", null],
  ])("%j → key %j, unit %j", (raw, key, unit) => {
    expect(normalizeHeader(raw)).toEqual({ key, unit });
  });
});
