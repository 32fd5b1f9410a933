import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { civilOf, formatDay, formatMinute, schoolYearOf, toDay, yearOf } from "./day.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);
const MS_PER_DAY = 86_400_000;

/** The Date-based arithmetic day.ts replaced (issue 6): the reference the integer arithmetic must equal. */
const reference = {
  toDay(year: number, month: number, day: number): number | undefined {
    if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
    if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return undefined;
    const ms = Date.UTC(year, month - 1, day);
    const check = new Date(ms);
    if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
      return undefined;
    }
    return Math.floor(ms / MS_PER_DAY);
  },
  civilOf(day: number) {
    const d = new Date(day * MS_PER_DAY);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  },
};

describe("day arithmetic equals the Date-based one", () => {
  it("toDay on every day of some years and on invalid parts", () => {
    for (const year of [1, 99, 100, 1582, 1899, 1900, 1970, 2000, 2024, 2100, 9999, 10000]) {
      for (let month = -1; month <= 14; month++) {
        for (let day = -1; day <= 33; day++) {
          expect(toDay(year, month, day)).toBe(reference.toDay(year, month, day));
        }
      }
    }
    for (const bad of [
      [2020.5, 1, 1],
      [2020, 1.5, 1],
      [Number.NaN, 1, 1],
      [2020, 2, Number.POSITIVE_INFINITY],
    ]) {
      expect(toDay(bad[0], bad[1], bad[2])).toBeUndefined();
    }
  });

  it("toDay, civilOf, formatDay, schoolYearOf on random values", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 10_005 }),
        fc.integer({ min: -1, max: 14 }),
        fc.integer({ min: -1, max: 33 }),
        (year, month, day) => {
          expect(toDay(year, month, day)).toBe(reference.toDay(year, month, day));
        },
      ),
      { numRuns: NUM_RUNS * 10 },
    );
    fc.assert(
      fc.property(fc.integer({ min: -800_000, max: 2_900_000 }), (day) => {
        const expected = reference.civilOf(day);
        expect(civilOf(day)).toEqual(expected);
        expect(yearOf(day)).toBe(expected.year);
        expect(schoolYearOf(day)).toBe(expected.month >= 3 ? expected.year : expected.year - 1);
        expect(formatDay(day)).toBe(
          `${String(expected.year).padStart(4, "0")}-${String(expected.month).padStart(2, "0")}-${String(expected.day).padStart(2, "0")}`,
        );
      }),
      { numRuns: NUM_RUNS * 10 },
    );
  });

  it("formatMinute", () => {
    expect(formatMinute(toDay(2026, 11, 22)! * 1440 + 14 * 60 + 3)).toBe("2026-11-22 14:03");
    expect(formatMinute(-1)).toBe("1969-12-31 23:59");
  });
});
