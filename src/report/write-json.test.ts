import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildPeopleReport } from "./build-people-report.js";
import { buildReport } from "./build-report.js";
import { orderPeopleReport, orderReport } from "./json-order.js";
import { renderJson } from "./render-json.js";
import type { Report, ReportFinding, ReportPerson } from "./report-model.js";
import { sampleInput } from "./test-report-input.js";
import { writeJson } from "./write-json.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

/** What renderJson gave before it was streamed: the whole ordered report stringified at once. */
function wholeJson(report: Report): string {
  return `${JSON.stringify(orderReport(report), null, 2)}\n`;
}

function chunksOf(report: Parameters<typeof writeJson>[0]): string[] {
  const chunks: string[] = [];
  writeJson(report, (chunk) => chunks.push(chunk));
  return chunks;
}

const text = fc.string({ unit: fc.constantFrom("a", "가", '"', "\\", "\n", "\t", "\u2028", "😀", " ") });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const personArb: fc.Arbitrary<ReportPerson> = fc.record({
  id: text,
  name: nullable(text),
  birthdate: nullable(text),
  phone: nullable(text),
  tier: fc.constantFrom("exact", "strong", "conflict"),
  sources: fc.array(fc.constantFrom("vms", "1365")),
  minutes: fc.record({
    vms: fc.nat(),
    redcross: fc.nat(),
    culture: fc.nat(),
    blood: fc.nat(),
    expected1365: fc.nat(),
    credited1365: fc.nat(),
    missing: fc.nat(),
    inTransit: fc.nat(),
  }),
  schoolYears: fc.array(
    fc.record({
      schoolYear: fc.nat(),
      expectedMinutes: fc.nat(),
      creditedMinutes: fc.nat(),
      neisHours: fc.nat(),
    }),
    { maxLength: 3 },
  ),
});

const findingArb: fc.Arbitrary<ReportFinding> = fc.record({
  kind: fc.constantFrom("missing-transfer", "hours-mismatch"),
  severity: fc.constantFrom("error", "warning", "info"),
  person: nullable(text),
  source: nullable(text),
  date: nullable(text),
  minutes: nullable(fc.integer()),
  institution: nullable(text),
  activity: nullable(text),
  file: nullable(text),
  line: nullable(fc.nat()),
  counterpart: nullable(
    fc.record({
      source: text,
      file: text,
      line: fc.nat(),
      date: nullable(text),
      minutes: nullable(fc.nat()),
    }),
  ),
  code: nullable(fc.oneof(fc.integer(), text)),
  message: text,
  remedy: text,
});

describe("writeJson: the streamed report is byte for byte the whole one", () => {
  it("the sample report, in English and Korean, and its people view", () => {
    for (const lang of ["en", "ko"] as const) {
      const report = buildReport(sampleInput({ lang }));
      expect(chunksOf(report).join("")).toBe(wholeJson(report));
      expect(renderJson(report)).toBe(wholeJson(report));
      const people = buildPeopleReport(sampleInput({ lang }));
      expect(renderJson(people)).toBe(`${JSON.stringify(orderPeopleReport(people), null, 2)}\n`);
    }
  });

  it("generated reports: empty arrays, long arrays (several batches), odd strings", () => {
    const base = buildReport(sampleInput({ lang: "en" }));
    fc.assert(
      fc.property(
        fc.array(personArb, { maxLength: 1200 }),
        fc.array(findingArb, { maxLength: 700 }),
        fc.boolean(),
        (people, findings, noFiles) => {
          const report: Report = { ...base, people, findings, files: noFiles ? [] : base.files };
          expect(renderJson(report)).toBe(wholeJson(report));
        },
      ),
      { numRuns: Math.max(10, Math.floor(NUM_RUNS / 10)) },
    );
  });

  it("large outputs come in several chunks", () => {
    const base = buildReport(sampleInput({ lang: "ko" }));
    const people = Array.from({ length: 20_000 }, (_, i) => ({ ...base.people[0], id: `P${i + 1}` }));
    const report: Report = { ...base, people };
    const chunks = chunksOf(report);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join("")).toBe(wholeJson(report));
  });
});
