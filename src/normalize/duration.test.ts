import { describe, expect, it } from "vitest";
import { minutesBetween, parseClock, parseDuration } from "./duration.js";

describe("parseDuration", () => {
  it.each([
    ["15:30~16:30", 60],
    ["15:30-16:30", 60],
    ["15:30 ~ 16:30", 60],
    ["15:30～16:30", 60],
    ["15:30 – 16:30", 60],
    ["09:00~18:00", 540],
    ["9:00~12:30", 210],
    ["22:00~02:00", 240],
    ["10:00~10:00", 0],
    ["10:00~24:00", 840],
    ["오후 2:00~오후 4:30", 150],
    ["10시~16시", 360],
    ["10시 30분~12시", 90],
    ["14:00:00~15:30:00", 90],
    ["1:30", 90],
    ["0:45", 45],
    ["12:00", 720],
    ["25:30", 1530],
    ["90분", 90],
    ["2시간", 120],
    ["2시간 30분", 150],
    ["2시간30분", 150],
    ["2.5시간", 150],
    ["12시간", 720],
    ["0.5시간", 30],
    ["1h 30m", 90],
    ["1h30m", 90],
    ["90 min", 90],
    ["90 mins", 90],
    ["90 minutes", 90],
    ["2 h", 120],
    ["2 hours", 120],
    ["2 Hours", 120],
    ["1.5 hrs", 90],
    ["２시간", 120],
    ["0", 0],
    ["0시간", 0],
    ["0:00", 0],
  ])("%j → %d minutes", (raw, expected) => {
    expect(parseDuration(raw, "hours")).toBe(expected);
    expect(parseDuration(raw, "minutes")).toBe(expected === 0 || /[^\d.]/.test(raw) ? expected : undefined);
  });

  it.each([
    ["2.5", 150, 3],
    ["4.0", 240, 4],
    ["4", 240, 4],
    ["90", 5400, 90],
    ["0.1", 6, 0],
    ["1.01", 61, 1],
    ["2.675", 161, 3], // 160.5 rounds up
    ["0.0", 0, 0],
  ])("bare number %j → %d minutes as hours, %d as minutes", (raw, hours, minutes) => {
    expect(parseDuration(raw, "hours")).toBe(hours);
    expect(parseDuration(raw, "minutes")).toBe(minutes);
  });

  it.each([
    [""],
    ["-"],
    ["-2"],
    ["-2시간"],
    ["NaN"],
    ["두 시간"],
    ["abc"],
    ["2일"],
    ["2시"],
    ["2 days"],
    ["30분 2시간"], // minutes before hours
    ["2시간 3시간"],
    ["2시간 30"],
    ["2,5"],
    [".5"],
    ["2."],
    ["1e3"],
    ["1.01E+10"],
    ["15:30~"],
    ["15:30~16:60"],
    ["10~16"], // bare hours in a range: ambiguous
    ["15:30~16:30~17:00"],
    ["1:3"],
    ["1:75"],
    ["12345678"], // too many digits
    ["Infinity"],
  ])("%j → undefined", (raw) => {
    expect(parseDuration(raw, "hours")).toBeUndefined();
  });
});

describe("parseClock", () => {
  it.each([
    ["10", 600],
    ["0", 0],
    ["24", 1440],
    ["9", 540],
    ["10시", 600],
    ["10:30", 630],
    ["10시 30분", 630],
    ["10시30분", 630],
    ["오후 2:00", 840],
    ["오후 2시", 840],
    ["오전 12:00", 0],
    ["2:00 PM", 840],
    ["14:00:00", 840],
    ["24:00", 1440],
  ])("%j → minute %d", (raw, expected) => {
    expect(parseClock(raw)).toBe(expected);
  });

  it.each([
    [""],
    ["25"],
    ["24:30"],
    ["10:60"],
    ["오후 13:00"],
    ["10.5"],
    ["-1"],
    ["열시"],
    ["100"],
    ["10:30~11:00"],
  ])("%j → undefined", (raw) => {
    expect(parseClock(raw)).toBeUndefined();
  });
});

describe("minutesBetween", () => {
  it.each([
    [600, 960, 360],
    [930, 990, 60],
    [1320, 120, 240],
    [600, 600, 0],
    [0, 1440, 1440],
    [1439, 0, 1],
  ])("%d → %d = %d", (start, end, expected) => {
    expect(minutesBetween(start, end)).toBe(expected);
  });
});
