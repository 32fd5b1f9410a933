// JSON output: 2-space indentation and a final newline. Objects are rebuilt key by key in the order of
// DESIGN §8, so the output's key order does not depend on how a report object was assembled.

import { FINDING_KINDS } from "../model/finding.js";
import { LEDGER_STATES } from "../model/reconciliation.js";
import type { PeopleReport, PeopleReportPerson } from "./build-people-report.js";
import type { Report, ReportFinding, ReportPerson } from "./report-model.js";

function finding(f: ReportFinding): ReportFinding {
  return {
    kind: f.kind,
    severity: f.severity,
    person: f.person,
    source: f.source,
    date: f.date,
    minutes: f.minutes,
    institution: f.institution,
    activity: f.activity,
    file: f.file,
    line: f.line,
    counterpart:
      f.counterpart === null
        ? null
        : {
            source: f.counterpart.source,
            file: f.counterpart.file,
            line: f.counterpart.line,
            date: f.counterpart.date,
            minutes: f.counterpart.minutes,
          },
    code: f.code,
    message: f.message,
    remedy: f.remedy,
  };
}

function personHead(p: ReportPerson | PeopleReportPerson) {
  return {
    id: p.id,
    name: p.name,
    birthdate: p.birthdate,
    phone: p.phone,
    tier: p.tier,
    sources: [...p.sources],
  };
}

function person(p: ReportPerson): ReportPerson {
  const m = p.minutes;
  return {
    ...personHead(p),
    minutes: {
      vms: m.vms,
      redcross: m.redcross,
      culture: m.culture,
      blood: m.blood,
      expected1365: m.expected1365,
      credited1365: m.credited1365,
      missing: m.missing,
      inTransit: m.inTransit,
    },
    schoolYears: p.schoolYears.map((y) => ({
      schoolYear: y.schoolYear,
      expectedMinutes: y.expectedMinutes,
      creditedMinutes: y.creditedMinutes,
      neisHours: y.neisHours,
    })),
  };
}

/** The report in DESIGN §8 key order. */
export function orderReport(report: Report): Report {
  const counts: Report["summary"]["findings"] = {};
  for (const kind of FINDING_KINDS) {
    const n = report.summary.findings[kind];
    if (n !== undefined) counts[kind] = n;
  }
  return {
    schema: report.schema,
    asOf: report.asOf,
    files: report.files.map((f) => ({
      path: f.path,
      source: f.source,
      encoding: f.encoding,
      rows: f.rows,
      ledger: Object.fromEntries(LEDGER_STATES.map((s) => [s, f.ledger[s]])) as typeof f.ledger,
      rejected: f.rejected.map((r) => ({
        line: r.line,
        reason: r.reason,
        column: r.column,
        value: r.value,
        message: r.message,
      })),
      warnings: f.warnings.map((w) => ({ code: w.code, message: w.message })),
    })),
    people: report.people.map(person),
    findings: report.findings.map(finding),
    summary: {
      people: report.summary.people,
      rows: report.summary.rows,
      rejected: report.summary.rejected,
      findings: counts,
    },
  };
}

/** The people view (vhr.people/1) in its documented key order. */
export function orderPeopleReport(report: PeopleReport): PeopleReport {
  return {
    schema: report.schema,
    people: report.people.map((p) => ({
      ...personHead(p),
      members: p.members.map((m) => ({ file: m.file, source: m.source, line: m.line })),
      evidence: p.evidence.map((e) => ({
        from: { file: e.from.file, source: e.from.source, line: e.from.line },
        to: { file: e.to.file, source: e.to.source, line: e.to.line },
        tier: e.tier,
        name: e.name,
        birthdate: e.birthdate,
        phone: e.phone,
        text: e.text,
      })),
    })),
    findings: report.findings.map(finding),
  };
}

/** `vhr check --format json` and `vhr people --json`: 2-space JSON and a newline. */
export function renderJson(report: Report | PeopleReport): string {
  const ordered = report.schema === "vhr.people/1" ? orderPeopleReport(report) : orderReport(report);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
