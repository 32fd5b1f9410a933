// Property tests: every normaliser, parser and mask takes any string without throwing (a million cells of
// arbitrary exports go through them), and no resident number survives masking or birthdate normalisation.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CANONICAL_FIELDS } from "../model/record.js";
import {
  cleanText,
  isMaskedBirthdate,
  isMaskedName,
  isMaskedPhone,
  looksLikeResidentNumber,
  maskBirthdate,
  maskCellForEcho,
  maskMemberId,
  maskName,
  maskPhone,
  maskResidentNumbers,
  minutesBetween,
  normalizeBirthdate,
  normalizeHeader,
  normalizeName,
  normalizePhone,
  normalizeWord,
  parseClock,
  parseDate,
  parseDateTime,
  parseDuration,
  parsePeriod,
  toYymmdd,
} from "./index.js";

const numRuns = Number(process.env.VHR_PROPERTY_RUNS ?? "") || 300;

/** Characters the parsers branch on, so random strings reach deep paths rather than failing on the first char. */
const FIELD_CHARS = [
  ..."0123456789０１２３４５６７８９",
  ..."-.:/~～〜–—+()[]*＊●○◯xX_ TtEe\u00a0\u3000\ufeff\t\n",
  ..."년월일시간분초오전후수(hm)",
  "am",
  "pm",
  "min",
  "hours",
  "홍",
  "길",
  "동",
  "\u1112\u1169\u11bc", // decomposed 홍
  "😀",
  "\ud800",
];

const strings = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.string({ unit: fc.constantFrom(...FIELD_CHARS), maxLength: 30 }),
);

const stringFunctions: Record<string, (s: string) => unknown> = {
  cleanText,
  normalizeWord,
  normalizeHeader,
  normalizeName,
  isMaskedName,
  normalizeBirthdate,
  isMaskedBirthdate,
  toYymmdd,
  normalizePhone,
  isMaskedPhone,
  parseDate: (s) => parseDate(s, { excelSerial: false }),
  parseDateExcel: (s) => parseDate(s, { excelSerial: true }),
  parseDateTime: (s) => parseDateTime(s, { excelSerial: false }),
  parseDateTimeExcel: (s) => parseDateTime(s, { excelSerial: true }),
  parsePeriod: (s) => parsePeriod(s, { excelSerial: false }),
  parsePeriodExcel: (s) => parsePeriod(s, { excelSerial: true }),
  parseDurationHours: (s) => parseDuration(s, "hours"),
  parseDurationMinutes: (s) => parseDuration(s, "minutes"),
  parseClock,
  maskName,
  maskMemberId,
  maskPhone,
  maskBirthdate,
  maskResidentNumbers,
  looksLikeResidentNumber,
};

describe("never throws", () => {
  it.each(Object.keys(stringFunctions))("%s", (name) => {
    const fn = stringFunctions[name];
    fc.assert(
      fc.property(strings, (s) => {
        fn(s);
      }),
      { numRuns },
    );
  });

  it("maskCellForEcho, every field", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CANONICAL_FIELDS), strings, (field, s) => {
        const shown = maskCellForEcho(field, s);
        expect(shown.length).toBeLessThanOrEqual(60);
      }),
      { numRuns },
    );
  });

  it("masks of normalised values", () => {
    fc.assert(
      fc.property(strings, (s) => {
        const name = normalizeName(s);
        if (name !== undefined) maskName(name);
        const phone = normalizePhone(s);
        if (phone !== undefined) maskPhone(phone);
        const birthdate = normalizeBirthdate(s);
        if (birthdate !== undefined) {
          maskBirthdate(birthdate);
          toYymmdd(birthdate);
        }
      }),
      { numRuns },
    );
  });

  it("minutesBetween", () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (a, b) => {
        minutesBetween(a, b);
      }),
      { numRuns },
    );
  });
});

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(""));
const gap = fc.constantFrom("", " ", "  ");
const dash = fc.constantFrom("", "-", "–", "－");
const residentNumber = fc
  .tuple(digits(6), gap, dash, gap, digits(7))
  .map(([front, g1, d, g2, back]) => ({ front, back, text: `${front}${g1}${d}${g2}${back}` }));

describe("resident numbers", () => {
  it("maskResidentNumbers output never looks like a resident number", () => {
    const text = fc.oneof(
      strings,
      fc.tuple(strings, residentNumber, strings).map(([a, r, b]) => `${a} ${r.text} ${b}`),
      fc.string({ unit: fc.constantFrom(..."0123456789- *"), maxLength: 60 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(looksLikeResidentNumber(maskResidentNumbers(t))).toBe(false);
      }),
      { numRuns },
    );
  });

  it("a resident number embedded in text is masked entirely", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("", "번호 ", "a:"),
        residentNumber,
        fc.constantFrom("", " 끝", ")"),
        (a, r, b) => {
          const masked = maskResidentNumbers(`${a}${r.text}${b}`);
          expect(masked).toBe(`${a}******-*******${b}`);
        },
      ),
      { numRuns },
    );
  });

  it("normalizeBirthdate never returns the back digits of a resident number", () => {
    fc.assert(
      fc.property(residentNumber, ({ front, back, text }) => {
        const b = normalizeBirthdate(text);
        if (b === undefined) return;
        expect(b).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(b.slice(2).replace(/-/g, "")).toBe(front);
        expect(b).not.toContain(back.slice(1));
      }),
      { numRuns },
    );
  });

  it("maskCellForEcho never shows a resident number, whatever the field", () => {
    fc.assert(
      fc.property(fc.constantFrom(...CANONICAL_FIELDS), strings, residentNumber, (field, a, r) => {
        // A space keeps the number apart: digits run into it would make a longer number, not a resident one.
        const shown = maskCellForEcho(field, `${a} ${r.text}`);
        expect(looksLikeResidentNumber(shown)).toBe(false);
        expect(shown).not.toContain(r.back);
      }),
      { numRuns },
    );
  });
});
