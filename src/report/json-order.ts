// Key order of the JSON outputs (DESIGN §8): objects are rebuilt key by key, so the output's key order does not
// depend on how a report object was assembled. One function per element of the big arrays, so that
// write-json.ts can order (and write) them one at a time.

import { FINDING_KINDS } from "../model/finding.js";
import { LEDGER_STATES } from "../model/reconciliation.js";
import type { PeopleReport, PeopleReportPerson } from "./build-people-report.js";
import type { Report, ReportFile, ReportFinding, ReportPerson, ReportSummary } from "./report-model.js";

export function orderFinding(f: ReportFinding): ReportFinding {
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

export function orderPerson(p: ReportPerson): ReportPerson {
  const m = p.minutes;
  // Literals only, no spread of a shared head: object spreads are an order of magnitude slower, and a
  // million-row audit has 100k people.
  return {
    id: p.id,
    name: p.name,
    birthdate: p.birthdate,
    phone: p.phone,
    tier: p.tier,
    sources: p.sources.slice(),
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

export function orderFile(f: ReportFile): ReportFile {
  return {
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
  };
}

export function orderSummary(summary: ReportSummary): ReportSummary {
  const counts: ReportSummary["findings"] = {};
  for (const kind of FINDING_KINDS) {
    const n = summary.findings[kind];
    if (n !== undefined) counts[kind] = n;
  }
  return {
    people: summary.people,
    rows: summary.rows,
    rejected: summary.rejected,
    findings: counts,
  };
}

export function orderPeoplePerson(p: PeopleReportPerson): PeopleReportPerson {
  return {
    id: p.id,
    name: p.name,
    birthdate: p.birthdate,
    phone: p.phone,
    tier: p.tier,
    sources: p.sources.slice(),
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
  };
}

/** The whole report in DESIGN §8 key order at once: write-json.test.ts checks the streamed text against it. */
export function orderReport(report: Report): Report {
  return {
    schema: report.schema,
    asOf: report.asOf,
    files: report.files.map(orderFile),
    people: report.people.map(orderPerson),
    findings: report.findings.map(orderFinding),
    summary: orderSummary(report.summary),
  };
}

/** The people view (vhr.people/1) in its documented key order. */
export function orderPeopleReport(report: PeopleReport): PeopleReport {
  return {
    schema: report.schema,
    people: report.people.map(orderPeoplePerson),
    findings: report.findings.map(orderFinding),
  };
}
