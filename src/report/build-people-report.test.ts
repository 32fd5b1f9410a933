import { describe, expect, it } from "vitest";
import { buildPeopleReport } from "./build-people-report.js";
import { renderPeopleTable } from "./render-people-table.js";
import { sampleInput } from "./test-report-input.js";
import { displayWidth } from "./text-layout.js";

describe("buildPeopleReport", () => {
  const report = buildPeopleReport(sampleInput());

  it("lists people as the report does, with their records and link evidence", () => {
    expect(report.schema).toBe("vhr.people/1");
    expect(report.people[1]).toEqual({
      id: "P2",
      name: "이*다",
      birthdate: "2007-**-**",
      phone: "010-****-5432",
      tier: "conflict",
      sources: ["1365", "culture"],
      members: [
        { file: "class-3/1365.csv", source: "1365", line: 3 },
        { file: "class-3/culture.csv", source: "culture", line: 2 },
      ],
      evidence: [
        {
          from: { file: "class-3/culture.csv", source: "culture", line: 2 },
          to: { file: "class-3/1365.csv", source: "1365", line: 3 },
          tier: "conflict",
          name: "exact",
          birthdate: "exact",
          phone: "different",
          text: "이름 일치 · 생년월일 일치 · 휴대폰 다름 (010-****-6666 / 010-****-5432)",
        },
      ],
    });
  });

  it("carries the identity findings as the report does", () => {
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      kind: "identity-mismatch",
      person: "P2",
      file: "class-3/culture.csv",
      line: 2,
    });
  });

  it("shows values with showPii and in English", () => {
    const shown = buildPeopleReport(sampleInput({ showPii: true, lang: "en" }));
    expect(shown.people[1]?.evidence[0]?.text).toBe(
      "name exact · birthdate exact · phone different (010-5555-6666 / 010-9876-5432)",
    );
  });
});

describe("renderPeopleTable", () => {
  const report = buildPeopleReport(sampleInput({ lang: "en" }));

  it("English, colour off", () => {
    expect(renderPeopleTable(report, { lang: "en", colour: false })).toMatchInlineSnapshot(`
      "People
      ID  Name   Birthdate   Phone          Tier      Sources
      --  -----  ----------  -------------  --------  ----------------
      P1  김*늘  2008-**-**  010-****-5678  exact     1365, VMS
      P2  이*다  2007-**-**  010-****-5432  conflict  1365, 문화품앗이

      P1 김*늘
        Records: class-3/1365.csv:2 (1365) · class-3/vms.csv:6 (VMS)
        Links: class-3/vms.csv:6 ↔ class-3/1365.csv:2  exact
          name exact · birthdate exact · phone exact

      P2 이*다
        Records: class-3/1365.csv:3 (1365) · class-3/culture.csv:2 (문화품앗이)
        Links: class-3/culture.csv:2 ↔ class-3/1365.csv:3  conflict
          name exact · birthdate exact · phone different (010-****-6666 /
          010-****-5432)

      Identity findings
      P2 이*다 · 1 finding
        [warning]  문화품앗이  identity mismatch
          The phone number differs between 문화품앗이 and 1365: 문화품앗이
          010-****-6666, 1365 010-****-5432 (--show-pii shows the values). This
          difference can make transfers fail.
          → Make the phone number identical in both systems (문화품앗이, 1365), as in
            the resident register, then link again.

      2 people · 1 identity finding
      "
    `);
  });

  it("Korean fits 80 columns without colour codes; colour on has them", () => {
    const ko = buildPeopleReport(sampleInput({ lang: "ko" }));
    const text = renderPeopleTable(ko, { lang: "ko", colour: false });
    expect(text).not.toContain("\x1b[");
    for (const line of text.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    expect(renderPeopleTable(ko, { lang: "ko", colour: true })).toContain("\x1b[");
  });
});
