import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CanonicalField } from "../model/record.js";
import {
  looksLikeResidentNumber,
  maskBirthdate,
  maskCellForEcho,
  maskMemberId,
  maskName,
  maskPhone,
  maskResidentNumbers,
  RESIDENT_NUMBER_MASK,
  RESIDENT_NUMBER_SOURCE,
} from "./mask.js";

const FULL = "******-*******";

describe("maskName", () => {
  it.each([
    ["김하늘", "김*늘"],
    ["이도윤", "이*윤"],
    ["김솔", "김*"],
    ["남궁하늘", "남**늘"],
    ["남궁하늘빛", "남***빛"],
    ["솔", "*"],
    ["김 하늘", "김*늘"],
    ["홍*동", "홍*동"],
    ["홍**", "홍**"],
    ["Daniel Kim", "D***** K**"],
    ["Alex", "A***"],
    ["Maria-José", "M*********"],
    ["김 Daniel", "김 D*****"],
    ["", ""],
  ])("%j → %j", (name, expected) => {
    expect(maskName(name)).toBe(expected);
  });
});

describe("maskMemberId", () => {
  it.each([
    ["haneul2008", "ha********"],
    ["ab", "ab"],
    ["a", "a"],
    ["하늘이", "하늘*"],
    ["", ""],
  ])("%j → %j", (id, expected) => {
    expect(maskMemberId(id)).toBe(expected);
  });
});

describe("maskPhone", () => {
  it.each([
    ["01000001234", "010-****-1234"],
    ["010****1234", "010-****-1234"],
    ["01000**1234", "010-****-1234"],
    ["0110001234", "011-***-1234"],
    ["0100001234", "010-***-1234"],
    ["03100001234", "031-****-1234"],
    ["020001234", "02-***-1234"],
    ["0200001234", "02-****-1234"],
    ["*******1234", "***-****-1234"],
    ["0100", "0100"],
    ["010-0000-1234", "***-****-1234"],
    ["", ""],
  ])("%j → %j", (p, expected) => {
    expect(maskPhone(p)).toBe(expected);
  });
});

describe("maskBirthdate", () => {
  it.each([
    ["2008-03-05", "2008-**-**"],
    ["2008-03-**", "2008-**-**"],
    ["2008-**-**", "2008-**-**"],
    ["080305", "08****"],
    ["08****", "08****"],
    ["2008/3/5", "2008/*/*"],
    ["", ""],
  ])("%j → %j", (b, expected) => {
    expect(maskBirthdate(b)).toBe(expected);
  });
});

describe("maskResidentNumbers / looksLikeResidentNumber", () => {
  it.each([
    ["080305-3000000", FULL],
    ["0803053000000", FULL],
    ["080305 - 3000000", FULL],
    ["080305 -3000000", FULL],
    ["080305 3000000", FULL],
    ["080305–3000000", FULL],
    ["080305－3000000", FULL],
    ["０８０３０５-３０００００１", FULL],
    ["080305-9000000", FULL],
    ["080305-0000000", FULL],
    ["080305-3******", FULL],
    ["080305-3xxxxxx", FULL],
    ["주민번호: 080305-3000000 확인", `주민번호: ${FULL} 확인`],
    ["080305-3000000, 991231-2000000", `${FULL}, ${FULL}`],
    ["(080305-3000000)", `(${FULL})`],
  ])("%j → %j", (text, expected) => {
    expect(looksLikeResidentNumber(text)).toBe(true);
    expect(maskResidentNumbers(text)).toBe(expected);
    expect(looksLikeResidentNumber(maskResidentNumbers(text))).toBe(false);
  });

  it.each([
    ["010-0000-1234"],
    ["01000001234"],
    ["080305-3"],
    ["080305"],
    ["2008-03-05"],
    ["080305-300000"], // 12 digits
    ["12345678901234"], // 14 digits: not a resident number's shape
    ["1080305-3000000"],
    ["080305-30000001"],
    ["김하늘"],
    [""],
  ])("%j is left alone", (text) => {
    expect(looksLikeResidentNumber(text)).toBe(false);
    expect(maskResidentNumbers(text)).toBe(text);
  });
});

describe("maskCellForEcho", () => {
  it.each<[CanonicalField, string, string]>([
    ["name", "김하늘", "김*늘"],
    ["name", "김 하늘", "김*늘"],
    ["name", "김솔", "김*"],
    ["name", "1234", "1***"],
    ["name", "080305-3000000", "**************"],
    ["phone", "010-0000-1234", "010-****-1234"],
    ["phone", "+82 10-0000-1234", "010-****-1234"],
    ["phone", "010-0000-12345", "***-****-*2345"],
    ["phone", "1.01E+10", "*.01E+10"],
    ["phone", "080305-3000000", FULL],
    ["birthdate", "2008-03-05", "2008-**-**"],
    ["birthdate", "080305", "08****"],
    ["birthdate", "080305-3000000", FULL], // never shown in any form, not even as its birthdate
    ["birthdate", "2008-02-30", "2008-**-**"],
    ["birthdate", "2008/02/30", "2008/**/**"],
    ["birthdate", "20080230", "2008****"],
    ["memberId", "haneul2008", "ha********"],
    ["memberId", "h", "h"],
    ["rrn", "080305-3000000", FULL],
    ["rrn", "080305-300000", "******-******"],
    ["date", "2023-02-29", "2023-02-29"],
    ["duration", "2시간  30분", "2시간 30분"],
    ["activity", "상담 080305-3000000 문의", `상담 ${FULL} 문의`],
    ["activity", "줄\n바꿈", "줄 바꿈"],
  ])("%s %j → %j", (field, raw, expected) => {
    expect(maskCellForEcho(field, raw)).toBe(expected);
  });

  it("cuts long values to 60 characters with …", () => {
    const shown = maskCellForEcho("activity", "가".repeat(100));
    expect(shown).toHaveLength(60);
    expect(shown.endsWith("…")).toBe(true);
  });

  it("masks a resident number before cutting, so no part of one survives the cut", () => {
    const shown = maskCellForEcho("activity", `${"가".repeat(50)} 080305-3000000`);
    expect(shown).not.toMatch(/\d/);
  });

  it("does not split a surrogate pair when cutting", () => {
    const shown = maskCellForEcho("activity", "😀".repeat(40));
    expect(shown.endsWith("😀…")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(60);
  });
});

describe("the resident-number pre-check", () => {
  // Pieces that make near misses likely: digit runs of every length, full-width digits, masks, dashes, spaces.
  const pieces = [
    "0",
    "9",
    "０",
    "080315",
    "3123456",
    "-3",
    "******",
    "*",
    "●",
    "x",
    "-",
    "－",
    "\u2010",
    " ",
    "\t",
    "\u00A0",
    "\u3000",
    "가",
  ];
  const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((parts) => parts.join(""));
  const pattern = new RegExp(RESIDENT_NUMBER_SOURCE);

  it("never hides a match: looksLikeResidentNumber agrees with the pattern on every text", () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(looksLikeResidentNumber(text)).toBe(pattern.test(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("never hides a match from maskResidentNumbers: the same text as the regex replacement alone", () => {
    const all = new RegExp(RESIDENT_NUMBER_SOURCE, "g");
    fc.assert(
      fc.property(textArb, (text) => {
        let expected = text;
        for (let pass = 0; pass < 4 && pattern.test(expected); pass++) {
          expected = expected.replace(all, RESIDENT_NUMBER_MASK);
        }
        expect(maskResidentNumbers(text)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a report message with a date and a six-digit line number as holding none", () => {
    const message = "The VMS record (2026-09-26, 3 h) at vms.csv line 457106 is not approved yet.";
    expect(looksLikeResidentNumber(message)).toBe(false);
    expect(maskResidentNumbers(message)).toBe(message);
  });
});
