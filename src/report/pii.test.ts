// Default outputs of every format hold no unmasked identity value of the input; with showPii they do.

import { describe, expect, it } from "vitest";
import { buildPeopleReport } from "./build-people-report.js";
import { buildReport } from "./build-report.js";
import { formatPhone } from "./pii.js";
import { renderCsv } from "./render-csv.js";
import { renderJson } from "./render-json.js";
import { renderPeopleTable } from "./render-people-table.js";
import { renderTable } from "./render-table.js";
import { PII, PLANTED_RRN, sampleInput } from "./test-report-input.js";

function outputs(lang: "ko" | "en", showPii: boolean): Record<string, string> {
  const input = sampleInput({ lang, showPii });
  const report = buildReport(input);
  const people = buildPeopleReport(input);
  return {
    table: renderTable(report, { lang, colour: false }),
    json: renderJson(report),
    csv: renderCsv(report, lang),
    peopleTable: renderPeopleTable(people, { lang, colour: false }),
    peopleJson: renderJson(people),
  };
}

const unmasked = [...PII.names, ...PII.birthdates, ...PII.phones, ...PII.phonesShown, "haneul08"];

describe.each(["ko", "en"] as const)("personal data (%s)", (lang) => {
  it("is masked in every format by default", () => {
    for (const [format, text] of Object.entries(outputs(lang, false))) {
      for (const value of unmasked) expect(text, `${format} shows ${value}`).not.toContain(value);
      expect(text, format).toContain("*");
    }
  });

  it("is shown with showPii", () => {
    const out = outputs(lang, true);
    for (const format of ["table", "json", "csv", "peopleTable", "peopleJson"]) {
      for (const name of PII.names) expect(out[format], `${format} lacks ${name}`).toContain(name);
      // The identity-mismatch message shows both phones.
      expect(out[format]).toContain("010-5555-6666");
      expect(out[format]).toContain("010-9876-5432");
    }
    for (const format of ["json", "peopleTable", "peopleJson"]) {
      for (const value of [...PII.birthdates, ...PII.phonesShown.slice(0, 2)]) {
        expect(out[format], `${format} lacks ${value}`).toContain(value);
      }
    }
  });

  it("never shows a resident number, even with showPii", () => {
    for (const showPii of [false, true]) {
      for (const [format, text] of Object.entries(outputs(lang, showPii))) {
        expect(text, format).not.toContain(PLANTED_RRN);
        expect(text, format).not.toContain("4123456");
      }
    }
  });
});

describe("helpers", () => {
  it("formats phones for --show-pii", () => {
    expect(formatPhone("01012345678")).toBe("010-1234-5678");
    expect(formatPhone("0111234567")).toBe("011-123-4567");
    expect(formatPhone("0212345678")).toBe("02-1234-5678");
    expect(formatPhone("021234567")).toBe("02-123-4567");
    expect(formatPhone("010****5678")).toBe("010-****-5678");
    expect(formatPhone("+1 555")).toBe("+1 555");
  });
});
