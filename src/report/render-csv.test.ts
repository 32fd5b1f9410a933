import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FINDING_KINDS } from "../model/finding.js";
import { buildReport } from "./build-report.js";
import { BOM, csvTable, neutraliseCell, renderCsv } from "./render-csv.js";
import type { Report, ReportFinding } from "./report-model.js";
import { sampleInput } from "./test-report-input.js";

const RUNS = Number(process.env.VHR_PROPERTY_RUNS) || 200;
const TRIGGERS = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"];

/** Parses the CSV as Excel would read it, then removes the neutralising `'`. */
function readBack(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const rows = parse(csv.slice(BOM.length), { record_delimiter: "\r\n" }) as string[][];
  return rows.map((row) => row.map((cell) => (cell.startsWith("'") ? cell.slice(1) : cell)));
}

describe("renderCsv", () => {
  const report = buildReport(sampleInput({ lang: "ko" }));

  it("starts with a BOM, ends lines with CRLF, and has the header in the language", () => {
    const csv = renderCsv(report, "ko");
    expect(
      csv.startsWith(`${BOM}사람,이름,출처,날짜,분,시간,종류,심각도,내용,할 일,기관,활동,파일,줄\r\n`),
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(renderCsv(report, "en")).toContain(
      "Person,Name,Source,Date,Minutes,Hours,Kind,Severity,Message,Remedy,Institution,Activity,File,Line\r\n",
    );
    expect(csv.split("\r\n")).toHaveLength(report.findings.length + 2);
  });

  it("has one row per finding", () => {
    const rows = readBack(renderCsv(report, "ko"));
    expect(rows[1]).toEqual([
      "P1",
      "김*늘",
      "VMS",
      "2026-09-10",
      "150",
      "2시간 30분",
      "전송 누락",
      "오류",
      report.findings[0]?.message,
      report.findings[0]?.remedy,
      "가람센터 ******-*******",
      "여가선용",
      "class-3/vms.csv",
      "2",
    ]);
  });

  it.each(TRIGGERS)("neutralises a cell starting with %j", (c) => {
    expect(neutraliseCell(`${c}1+1`)).toBe(`'${c}1+1`);
    const withCell: Report = {
      ...report,
      findings: report.findings.map((f) => ({ ...f, institution: `${c}cmd|' /C calc'!A0` })),
    };
    const parsed = parse(renderCsv(withCell, "en").slice(1), { record_delimiter: "\r\n" }) as string[][];
    expect(parsed[1]?.[10]).toBe(`'${c}cmd|' /C calc'!A0`);
  });

  it("neutralises the fixture's formula-like activities", () => {
    const csv = renderCsv(report, "en");
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain("'-공연 안내");
  });

  it("leaves ordinary cells alone and keeps `'` unambiguous", () => {
    expect(neutraliseCell("가람센터")).toBe("가람센터");
    expect(neutraliseCell("")).toBe("");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(neutraliseCell("'quoted")).toBe("''quoted");
  });

  it("round-trips: parsing it back gives the same table", () => {
    const specials = fc.constantFrom(...TRIGGERS, "'", '"', ",", "\r\n", " ", "\uFEFF", "김", "＂");
    const text = fc
      .array(fc.oneof(specials, fc.string({ unit: "binary", maxLength: 6 })), { maxLength: 6 })
      .map((parts) => parts.join(""));
    const nullable = fc.option(text, { nil: null });
    const findingArb = fc.record({
      kind: fc.constantFrom(...FINDING_KINDS),
      severity: fc.constantFrom("error" as const, "warning" as const, "info" as const),
      person: fc.constantFrom("P1", "P2", null),
      source: fc.option(fc.constantFrom("vms", "1365", "culture", "my-source"), { nil: null }),
      date: nullable,
      minutes: fc.option(fc.integer({ min: -2000, max: 2000 }), { nil: null }),
      institution: nullable,
      activity: nullable,
      file: nullable,
      line: fc.option(fc.nat(), { nil: null }),
      counterpart: fc.constant(null),
      code: fc.constant(null),
      message: text,
      remedy: text,
    }) as fc.Arbitrary<ReportFinding>;
    fc.assert(
      fc.property(
        fc.array(findingArb, { maxLength: 5 }),
        text,
        fc.constantFrom("ko" as const, "en" as const),
        (findings, name, lang) => {
          const r: Report = {
            ...report,
            people: report.people.map((p) => ({ ...p, name })),
            findings,
          };
          expect(readBack(renderCsv(r, lang))).toEqual(csvTable(r, lang));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
