// The JSON report of `vhr check --format json` (DESIGN §8, schema vhr.report/1) as the end-to-end tests read
// it, and small helpers to compare it. The types are written out here, not imported from src/, so that a
// change of the report model that breaks the documented shape also breaks these tests.

import { basename } from "node:path";

export interface LedgerJson {
  paired: number;
  unpaired: number;
  finding: number;
  ignored: number;
  rejected: number;
}

export interface RejectedJson {
  line: number;
  reason: string;
  column: string | null;
  value: string | null;
  message: string;
}

export interface FileJson {
  path: string;
  source: string;
  encoding: string;
  rows: number;
  ledger: LedgerJson;
  rejected: RejectedJson[];
  warnings: { code: string; message: string }[];
}

export interface MinutesJson {
  vms: number;
  redcross: number;
  culture: number;
  blood: number;
  expected1365: number;
  credited1365: number;
  missing: number;
  inTransit: number;
}

export interface SchoolYearJson {
  schoolYear: number;
  expectedMinutes: number;
  creditedMinutes: number;
  neisHours: number;
}

export interface PersonJson {
  id: string;
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  tier: string;
  sources: string[];
  minutes: MinutesJson;
  schoolYears: SchoolYearJson[];
}

export interface CounterpartJson {
  source: string;
  file: string;
  line: number;
  date: string | null;
  minutes: number | null;
}

export interface FindingJson {
  kind: string;
  severity: string;
  person: string | null;
  source: string | null;
  date: string | null;
  minutes: number | null;
  institution: string | null;
  activity: string | null;
  file: string | null;
  line: number | null;
  counterpart: CounterpartJson | null;
  code: number | string | null;
  message: string;
  remedy: string;
}

export interface ReportJson {
  schema: string;
  asOf: string;
  files: FileJson[];
  people: PersonJson[];
  findings: FindingJson[];
  summary: { people: number; rows: number; rejected: number; findings: Record<string, number> };
}

/**
 * Key order of every object of the report (DESIGN §8), written out once for the tests that check it: the
 * renderer's unit test and the end-to-end test of the CLI's output.
 */
export const REPORT_KEYS = {
  report: ["schema", "asOf", "files", "people", "findings", "summary"],
  file: ["path", "source", "encoding", "rows", "ledger", "rejected", "warnings"],
  ledger: ["paired", "unpaired", "finding", "ignored", "rejected"],
  rejected: ["line", "reason", "column", "value", "message"],
  warning: ["code", "message"],
  person: ["id", "name", "birthdate", "phone", "tier", "sources", "minutes", "schoolYears"],
  minutes: ["vms", "redcross", "culture", "blood", "expected1365", "credited1365", "missing", "inTransit"],
  schoolYear: ["schoolYear", "expectedMinutes", "creditedMinutes", "neisHours"],
  finding: [
    "kind",
    "severity",
    "person",
    "source",
    "date",
    "minutes",
    "institution",
    "activity",
    "file",
    "line",
    "counterpart",
    "code",
    "message",
    "remedy",
  ],
  counterpart: ["source", "file", "line", "date", "minutes"],
  summary: ["people", "rows", "rejected", "findings"],
} as const;

/** Minutes of a person with every total not given at 0. */
export function minutes(given: Partial<MinutesJson> = {}): MinutesJson {
  return {
    vms: 0,
    redcross: 0,
    culture: 0,
    blood: 0,
    expected1365: 0,
    credited1365: 0,
    missing: 0,
    inTransit: 0,
    ...given,
  };
}

/** A finding without its prose, paths cut to the file name: what the findings tables compare. */
export interface FindingFacts {
  kind: string;
  severity: string;
  person: string | null;
  source: string | null;
  date: string | null;
  minutes: number | null;
  file: string | null;
  line: number | null;
  code: number | string | null;
  counterpart: CounterpartJson | null;
}

export function findingFacts(f: FindingJson): FindingFacts {
  return {
    kind: f.kind,
    severity: f.severity,
    person: f.person,
    source: f.source,
    date: f.date,
    minutes: f.minutes,
    file: f.file === null ? null : basename(f.file),
    line: f.line,
    code: f.code,
    counterpart: f.counterpart === null ? null : { ...f.counterpart, file: basename(f.counterpart.file) },
  };
}

/** The sum of a file's ledger states (DESIGN §7: it must equal the file's rows). */
export function ledgerTotal(ledger: LedgerJson): number {
  return ledger.paired + ledger.unpaired + ledger.finding + ledger.ignored + ledger.rejected;
}
