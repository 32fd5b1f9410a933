import { describe, expect, it } from "vitest";
import { toDay } from "../model/day.js";
import { parsePeriod } from "./period.js";

const plain = { excelSerial: false };
const excel = { excelSerial: true };
const D = (y: number, m: number, d: number) => toDay(y, m, d) as number;
const AUG_4 = D(2021, 8, 4);
const SEP_30 = D(2021, 9, 30);

describe("parsePeriod", () => {
  it.each([
    ["20210804~20210930"],
    ["20210804~ 20210930"],
    ["20210804 ~ 20210930"],
    ["20210804-20210930"],
    ["2021-08-04 ~ 2021-09-30"],
    ["2021-08-04~2021-09-30"],
    ["2021-08-04-2021-09-30"],
    ["2021.08.04-2021.09.30"],
    ["2021.08.04.~2021.09.30."],
    ["2021. 8. 4. ~ 2021. 9. 30."],
    ["2021/08/04~2021/09/30"],
    ["2021-08-04～2021-09-30"],
    ["2021-08-04 〜 2021-09-30"],
    ["2021-08-04 – 2021-09-30"],
    ["2021-08-04 — 2021-09-30"],
    ["2021년 8월 4일 ~ 2021년 9월 30일"],
  ])("%j → 2021-08-04..2021-09-30", (raw) => {
    expect(parsePeriod(raw, plain)).toEqual({ start: AUG_4, end: SEP_30 });
  });

  it.each([["2021-08-04"], ["20210804"], ["2021.08.04."]])("single date %j → one day", (raw) => {
    expect(parsePeriod(raw, plain)).toEqual({ start: AUG_4, end: AUG_4 });
  });

  it("same start and end", () => {
    expect(parsePeriod("2021-08-04~2021-08-04", plain)).toEqual({ start: AUG_4, end: AUG_4 });
  });

  it("Excel serials when allowed", () => {
    expect(parsePeriod("44412~44469", excel)).toEqual({ start: AUG_4, end: SEP_30 });
    expect(parsePeriod("44412~44469", plain)).toBeUndefined();
  });

  it.each([
    [""],
    ["~"],
    ["기간"],
    ["20210930~20210804"], // end before start
    ["2021-08-04~"],
    ["~2021-09-30"],
    ["2021-08-04~2021-09-31"],
    ["2021-02-29~2021-03-01"],
    ["2021-08-04~2021-09-30~2021-10-01"],
    ["2021-08-04 2021-09-30"],
    ["2021-08-04/2021-09-30"],
    ["21.08.04~21.09.30"],
    ["2021-08-04~09-30"],
    ["1899-12-31~1900-01-02"],
  ])("%j → undefined", (raw) => {
    expect(parsePeriod(raw, plain)).toBeUndefined();
  });

  it.each([["44412~2021-09-30"], ["2021-08-04~44469"], ["2021-13-45"]])(
    "%j mixes serials and dates → undefined",
    (raw) => {
      expect(parsePeriod(raw, excel)).toBeUndefined();
    },
  );
});
