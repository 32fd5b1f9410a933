import { describe, expect, it } from "vitest";
import { REPORT_KEYS } from "../../test/helpers/report-json.js";
import { buildPeopleReport } from "./build-people-report.js";
import { buildReport } from "./build-report.js";
import { renderJson } from "./render-json.js";
import type { Report } from "./report-model.js";
import { sampleInput } from "./test-report-input.js";

describe("renderJson", () => {
  const report = buildReport(sampleInput({ lang: "en" }));

  it("is 2-space JSON with a final newline", () => {
    const json = renderJson(report);
    expect(json.endsWith("}\n")).toBe(true);
    expect(json.split("\n")[1]).toBe('  "schema": "vhr.report/1",');
    expect(JSON.parse(json)).toEqual(report);
  });

  it("orders keys exactly as DESIGN §8, however the object was built", () => {
    const reverseKeys = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reverseKeys)
        : value !== null && typeof value === "object"
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reverseKeys(v)]),
            )
          : value;
    const reversed = reverseKeys(report) as Report;
    expect(Object.keys(reversed)[0]).toBe("summary");
    for (const candidate of [report, reversed]) {
      const parsed = JSON.parse(renderJson(candidate));
      expect(Object.keys(parsed)).toEqual(REPORT_KEYS.report);
      expect(Object.keys(parsed.files[0])).toEqual(REPORT_KEYS.file);
      expect(Object.keys(parsed.files[0].ledger)).toEqual(REPORT_KEYS.ledger);
      expect(Object.keys(parsed.files[2].rejected[0])).toEqual(REPORT_KEYS.rejected);
      expect(Object.keys(parsed.people[0])).toEqual(REPORT_KEYS.person);
      expect(Object.keys(parsed.people[0].minutes)).toEqual(REPORT_KEYS.minutes);
      expect(Object.keys(parsed.people[0].schoolYears[0])).toEqual(REPORT_KEYS.schoolYear);
      expect(Object.keys(parsed.findings[0])).toEqual(REPORT_KEYS.finding);
      expect(Object.keys(parsed.findings[1].counterpart)).toEqual(REPORT_KEYS.counterpart);
      expect(Object.keys(parsed.summary)).toEqual(REPORT_KEYS.summary);
    }
  });

  it("renders the people view with its schema and key order", () => {
    const people = JSON.parse(renderJson(buildPeopleReport(sampleInput())));
    expect(Object.keys(people)).toEqual(["schema", "people", "findings"]);
    expect(people.schema).toBe("vhr.people/1");
    expect(Object.keys(people.people[0])).toEqual([
      "id",
      "name",
      "birthdate",
      "phone",
      "tier",
      "sources",
      "members",
      "evidence",
    ]);
    expect(Object.keys(people.people[0].evidence[0])).toEqual([
      "from",
      "to",
      "tier",
      "name",
      "birthdate",
      "phone",
      "text",
    ]);
  });
});
