import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDate, parseDateTime } from "./date.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

// The fast path of readWhen takes only exact shapes (`YYYY-MM-DD`, `YYYYMMDD`, `… HH:MM[:SS]`); a leading
// space sends the same text through the general scanners, which must agree on every value.
const digit = fc.constantFrom(..."0123456789", "０", "9");
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(""));
const sep = fc.constantFrom("-", ".", "/", " ", "x");
const shaped = fc.oneof(
  fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}${m}${d}`),
  fc.tuple(digits(4), sep, digits(2), sep, digits(2)).map((p) => p.join("")),
  fc
    .tuple(
      digits(4),
      sep,
      digits(2),
      sep,
      digits(2),
      fc.constantFrom(" ", "T", "_"),
      digits(2),
      fc.constantFrom(":", "."),
      digits(2),
    )
    .map((p) => p.join("")),
  fc
    .tuple(
      digits(4),
      sep,
      digits(2),
      sep,
      digits(2),
      fc.constantFrom(" ", "T"),
      digits(2),
      fc.constant(":"),
      digits(2),
      fc.constantFrom(":", "-"),
      digits(2),
    )
    .map((p) => p.join("")),
  // Plausible values, so that the valid ones are common.
  fc
    .tuple(
      fc.integer({ min: 1890, max: 2110 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.integer({ min: 0, max: 25 }),
      fc.integer({ min: 0, max: 61 }),
      fc.constantFrom("-", ".", "/"),
      fc.constantFrom(0, 1, 2),
    )
    .map(([y, m, d, hh, mm, s, shape]) => {
      const p = (n: number) => String(n).padStart(2, "0");
      const date = `${y}${s}${p(m)}${s}${p(d)}`;
      return shape === 0
        ? date
        : shape === 1
          ? `${date} ${p(hh)}:${p(mm)}`
          : `${date}T${p(hh)}:${p(mm)}:${p(mm)}`;
    }),
);

describe("dates: the fast path reads what the general path reads", () => {
  it("parseDate and parseDateTime, with and without Excel serials", () => {
    fc.assert(
      fc.property(shaped, fc.boolean(), (text, excelSerial) => {
        const options = { excelSerial };
        expect(parseDate(text, options)).toBe(parseDate(` ${text}`, options));
        expect(parseDateTime(text, options)).toBe(parseDateTime(` ${text}`, options));
      }),
      { numRuns: NUM_RUNS * 10 },
    );
  });
});
