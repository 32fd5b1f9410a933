import { describe, expect, it } from "vitest";
import { FINDING_KINDS } from "../model/finding.js";
import { buildReport } from "./build-report.js";
import { day, finding, PLANTED_RRN, sampleInput } from "./test-report-input.js";

describe("buildReport", () => {
  const report = buildReport(sampleInput());

  it("has the §8 header, person ids and as-of date", () => {
    expect(report.schema).toBe("vhr.report/1");
    expect(report.asOf).toBe("2026-11-22");
    expect(report.people.map((p) => p.id)).toEqual(["P1", "P2"]);
    expect(report.findings[0]).toMatchObject({
      kind: "missing-transfer",
      severity: "error",
      person: "P1",
      source: "vms",
      date: "2026-09-10",
      minutes: 150,
      file: "class-3/vms.csv",
      line: 2,
      counterpart: null,
      code: null,
    });
  });

  it("masks identity values by default and shows them with showPii", () => {
    expect(report.people[0]).toMatchObject({
      name: "김*늘",
      birthdate: "2008-**-**",
      phone: "010-****-5678",
    });
    const shown = buildReport(sampleInput({ showPii: true }));
    expect(shown.people[0]).toMatchObject({
      name: "김하늘",
      birthdate: "2008-03-15",
      phone: "010-1234-5678",
    });
  });

  it("masks identity-mismatch values in the message, by field", () => {
    const mismatch = report.findings.find((f) => f.kind === "identity-mismatch");
    expect(mismatch?.message).toContain("010-****-6666");
    expect(mismatch?.message).toContain("010-****-5432");
    expect(mismatch?.message).not.toContain("5555");
  });

  it("resolves counterparts to paths and dates", () => {
    expect(report.findings[1]?.counterpart).toEqual({
      source: "1365",
      file: "class-3/1365.csv",
      line: 2,
      date: "2026-09-12",
      minutes: 180,
    });
  });

  it("lists files by path with ledger, rejected rows and warnings", () => {
    expect(report.files.map((f) => f.path)).toEqual([
      "class-3/1365.csv",
      "class-3/culture.csv",
      "class-3/vms.csv",
    ]);
    const vms = report.files[2];
    expect(vms?.ledger).toEqual({ paired: 1, unpaired: 0, finding: 3, ignored: 1, rejected: 1 });
    expect(vms?.rejected).toEqual([
      {
        line: 5,
        reason: "invalid-date",
        column: "봉사일",
        value: "2026-13-01",
        message: expect.stringContaining("class-3/vms.csv:5, '봉사일' 열: 값 \"2026-13-01\""),
      },
    ]);
    expect(vms?.warnings).toEqual([
      { code: "unmapped-columns", message: "class-3/vms.csv: 쓰지 않는 열: 비고, 메모." },
    ]);
  });

  it("summarises people, rows, rejected rows and findings per kind in FINDING_KINDS order", () => {
    expect(report.summary.people).toBe(2);
    expect(report.summary.rows).toBe(9);
    expect(report.summary.rejected).toBe(1);
    const kinds = Object.keys(report.summary.findings);
    expect(kinds).toEqual(FINDING_KINDS.filter((k) => kinds.includes(k)));
    expect(report.summary.findings).toEqual({
      "missing-transfer": 1,
      "transfer-failed": 1,
      "hours-mismatch": 1,
      "identity-mismatch": 1,
      "not-approved": 1,
      "in-transit": 1,
      "neis-fraction": 1,
    });
  });

  it("writes every message and remedy in the chosen language", () => {
    const en = buildReport(sampleInput({ lang: "en" }));
    expect(report.findings[0]?.message).toContain("1365에 없습니다");
    expect(en.findings[0]?.message).toContain("is not in 1365");
    expect(en.files[2]?.rejected[0]?.message).toContain("is not a date");
  });

  it("never lets a resident number through", () => {
    const json = JSON.stringify(buildReport(sampleInput({ showPii: true })));
    expect(json).not.toContain(PLANTED_RRN);
    expect(json).toContain("가람센터 ******-*******");
  });

  it("limits the view to --school-year: dated findings of that year and identity findings; totals unchanged", () => {
    const sy2025 = buildReport(sampleInput({ schoolYear: 2025 }));
    expect(sy2025.findings.map((f) => f.kind)).toEqual(["not-approved", "identity-mismatch"]);
    expect(sy2025.people[0]?.schoolYears.map((y) => y.schoolYear)).toEqual([2025]);
    expect(sy2025.people[1]?.schoolYears).toEqual([]);
    expect(sy2025.people.map((p) => p.minutes)).toEqual(report.people.map((p) => p.minutes));
    expect(sy2025.summary.findings).toEqual({ "identity-mismatch": 1, "not-approved": 1 });
    expect(sy2025.summary.people).toBe(2);
    expect(buildReport(sampleInput({ schoolYear: 2026 })).findings).toHaveLength(6);
  });

  it("masks member ids of duplicate-account unless showPii", () => {
    const input = sampleInput();
    input.reconciliation.findings.push(
      finding(
        "duplicate-account",
        { person: 0, source: "1365" },
        { source: "1365", memberIds: "haneul08, haneul09" },
      ),
    );
    const masked = buildReport(input).findings.at(-1);
    expect(masked?.message).toContain("ha******, ha******");
    expect(masked?.remedy).toContain("중복ID 통합 신청");
    const shown = buildReport({ ...input, showPii: true }).findings.at(-1);
    expect(shown?.message).toContain("haneul08, haneul09");
  });

  it("handles empty inputs", () => {
    const empty = buildReport({
      files: [],
      people: { people: [], personOf: [], findings: [] },
      reconciliation: { findings: [], minutes: [], schoolYears: [], ledger: [] },
      asOf: day("2026-03-01") * 1440,
      lang: "en",
      showPii: false,
      schoolYear: null,
    });
    expect(empty).toEqual({
      schema: "vhr.report/1",
      asOf: "2026-03-01",
      files: [],
      people: [],
      findings: [],
      summary: { people: 0, rows: 0, rejected: 0, findings: {} },
    });
  });
});
