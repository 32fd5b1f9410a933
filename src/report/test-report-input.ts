// Test helper: a small hand-built pipeline output (files, people, reconciliation) for the report tests.
// Invented people only. Not a test file itself, so it carries no vitest import.

import { RecordColumns } from "../ingest/record-columns.js";
import { toDay } from "../model/day.js";
import type { Finding, FindingDetails, FindingKind } from "../model/finding.js";
import { FINDING_SEVERITY } from "../model/finding.js";
import type { PeopleResolution } from "../model/person.js";
import type { Reconciliation } from "../model/reconciliation.js";
import { blankRecord, type CanonicalRecord, type IngestedFile, type SourceId } from "../model/record.js";
import type { BuildReportInput } from "./build-report.js";

/** The people's identities, unmasked: no output may show them unless --show-pii. */
export const PII = {
  names: ["김하늘", "이바다"],
  birthdates: ["2008-03-15", "2007-11-02"],
  phones: ["01012345678", "01098765432", "01055556666"],
  /** How --show-pii shows the phones. */
  phonesShown: ["010-1234-5678", "010-9876-5432", "010-5555-6666"],
} as const;

/** A resident-number-like text planted in free text: it must never reach an output. */
export const PLANTED_RRN = "080315-4123456";

export function day(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  const n = toDay(y as number, m as number, d as number);
  if (n === undefined) throw new Error(`bad date ${iso}`);
  return n;
}

function record(
  file: number,
  line: number,
  source: SourceId,
  identity: number,
  date: string,
): CanonicalRecord {
  return { ...blankRecord(file, line, source, identity), date: day(date), minutes: 120 };
}

function file(
  index: number,
  path: string,
  source: "vms" | "1365" | "culture",
  identities: IngestedFile["identities"],
  records: CanonicalRecord[],
  extra: Partial<IngestedFile> = {},
): IngestedFile {
  return {
    index,
    path,
    source,
    role: source,
    detection: { scores: { [source]: 10 }, reason: "headers" },
    encoding: "utf-8",
    bom: false,
    delimiter: ",",
    headerLine: 1,
    columns: [],
    rows: records.length,
    ignoredLines: [],
    records: RecordColumns.of(index, records),
    identities,
    rejected: [],
    warnings: [],
    identityFromOption: false,
    ...extra,
  };
}

export function finding<K extends FindingKind>(
  kind: K,
  fields: Partial<Omit<Finding, "kind" | "detail">>,
  detail: FindingDetails[K],
): Finding {
  return {
    kind,
    severity: FINDING_SEVERITY[kind],
    person: null,
    source: null,
    date: null,
    minutes: null,
    institution: null,
    activity: null,
    file: null,
    line: null,
    counterpart: null,
    code: null,
    ...fields,
    detail: detail as unknown as Finding["detail"],
  };
}

export function sampleFiles(): IngestedFile[] {
  const kim = { name: "김하늘", birthdate: "2008-03-15", phone: "01012345678", memberId: "haneul08" };
  const lee = { name: "이바다", birthdate: "2007-11-02", phone: "01098765432", memberId: null };
  const leeCulture = { name: "이바다", birthdate: "2007-11-02", phone: "01055556666", memberId: null };
  return [
    file(
      0,
      "class-3/vms.csv",
      "vms",
      [kim],
      [
        record(0, 2, "vms", 0, "2026-09-10"),
        record(0, 3, "vms", 0, "2026-09-12"),
        record(0, 4, "vms", 0, "2026-11-21"),
        record(0, 6, "vms", 0, "2026-02-10"),
      ],
      {
        rows: 6,
        ignoredLines: [7],
        rejected: [
          {
            file: 0,
            line: 5,
            reason: "invalid-date",
            column: "봉사일",
            value: "2026-13-01",
            detail: { field: "date" },
          },
        ],
        warnings: [{ code: "unmapped-columns", detail: { columns: "비고, 메모" } }],
      },
    ),
    file(
      1,
      "class-3/1365.csv",
      "1365",
      [kim, lee],
      [record(1, 2, "1365", 0, "2026-09-12"), record(1, 3, "1365", 1, "2026-08-09")],
    ),
    file(2, "class-3/culture.csv", "culture", [leeCulture], [record(2, 2, "culture", 0, "2026-08-09")]),
  ];
}

export function samplePeople(): PeopleResolution {
  const mismatch = finding(
    "identity-mismatch",
    { person: 1, source: "culture", file: 2, line: 2 },
    { field: "phone", left: "01055556666", right: "01098765432", fromSource: "culture", toSource: "1365" },
  );
  return {
    people: [
      {
        name: "김하늘",
        birthdate: "2008-03-15",
        phone: "01012345678",
        tier: "exact",
        sources: ["1365", "vms"],
        members: [
          { file: 0, identity: 0 },
          { file: 1, identity: 0 },
        ],
        links: [
          {
            from: { file: 0, identity: 0 },
            to: { file: 1, identity: 0 },
            tier: "exact",
            evidence: { name: "exact", birthdate: "exact", phone: "exact" },
          },
        ],
      },
      {
        name: "이바다",
        birthdate: "2007-11-02",
        phone: "01098765432",
        tier: "conflict",
        sources: ["1365", "culture"],
        members: [
          { file: 2, identity: 0 },
          { file: 1, identity: 1 },
        ],
        links: [
          {
            from: { file: 2, identity: 0 },
            to: { file: 1, identity: 1 },
            tier: "conflict",
            evidence: { name: "exact", birthdate: "exact", phone: "different" },
          },
        ],
      },
    ],
    personOf: [Int32Array.of(0), Int32Array.of(0, 1), Int32Array.of(1)],
    findings: [mismatch],
  };
}

export function sampleReconciliation(people: PeopleResolution): Reconciliation {
  const findings: Finding[] = [
    finding(
      "missing-transfer",
      {
        person: 0,
        source: "vms",
        date: day("2026-09-10"),
        minutes: 150,
        institution: `가람센터 ${PLANTED_RRN}`,
        activity: "여가선용",
        file: 0,
        line: 2,
      },
      { transferRaw: null, due: "2026-09-17 00:00" },
    ),
    finding(
      "hours-mismatch",
      {
        person: 0,
        source: "vms",
        date: day("2026-09-12"),
        minutes: 240,
        institution: "푸른도서관",
        activity: "도서 정리",
        file: 0,
        line: 3,
        counterpart: { file: 1, line: 2, source: "1365", date: day("2026-09-12"), minutes: 180 },
      },
      { upstreamMinutes: 240, creditedMinutes: 180, differenceMinutes: -60 },
    ),
    finding(
      "in-transit",
      {
        person: 0,
        source: "vms",
        date: day("2026-11-21"),
        minutes: 60,
        institution: "푸른도서관",
        activity: "도서 정리",
        file: 0,
        line: 4,
      },
      { due: "2026-11-28 00:00" },
    ),
    finding(
      "not-approved",
      {
        person: 0,
        source: "vms",
        date: day("2026-02-10"),
        minutes: 120,
        institution: "푸른도서관",
        activity: '=HYPERLINK("x")',
        file: 0,
        line: 6,
      },
      { approval: "pending", approvalRaw: "대기" },
    ),
    finding(
      "transfer-failed",
      {
        person: 1,
        source: "culture",
        date: day("2026-08-09"),
        minutes: 360,
        institution: "마을극장",
        activity: "-공연 안내",
        file: 2,
        line: 2,
        code: 200,
      },
      { transferRaw: "연계실패", code: 200 },
    ),
    ...people.findings,
    finding(
      "neis-fraction",
      {
        person: 1,
        source: "1365",
        date: day("2026-08-09"),
        minutes: 90,
        institution: "마을극장",
        file: 1,
        line: 3,
      },
      { creditedMinutes: 90, neisHours: 1, droppedMinutes: 30 },
    ),
  ];
  return {
    findings,
    minutes: [
      {
        vms: 570,
        redcross: 0,
        culture: 0,
        blood: 0,
        expected1365: 390,
        credited1365: 180,
        missing: 210,
        inTransit: 60,
      },
      {
        vms: 0,
        redcross: 0,
        culture: 360,
        blood: 0,
        expected1365: 360,
        credited1365: 90,
        missing: 360,
        inTransit: 0,
      },
    ],
    schoolYears: [
      [
        { schoolYear: 2025, expectedMinutes: 0, creditedMinutes: 0, neisHours: 0 },
        { schoolYear: 2026, expectedMinutes: 390, creditedMinutes: 180, neisHours: 3 },
      ],
      [{ schoolYear: 2026, expectedMinutes: 360, creditedMinutes: 90, neisHours: 1 }],
    ],
    ledger: [
      { paired: 1, unpaired: 0, finding: 3, ignored: 1, rejected: 1 },
      { paired: 1, unpaired: 1, finding: 0, ignored: 0, rejected: 0 },
      { paired: 0, unpaired: 0, finding: 1, ignored: 0, rejected: 0 },
    ],
  };
}

/** A complete buildReport input: as of the end of 2026-11-22, masked, no school-year view. */
export function sampleInput(overrides: Partial<BuildReportInput> = {}): BuildReportInput {
  const people = samplePeople();
  return {
    files: sampleFiles(),
    people,
    reconciliation: sampleReconciliation(people),
    asOf: day("2026-11-22") * 1440 + 1439,
    lang: "ko",
    showPii: false,
    schoolYear: null,
    ...overrides,
  };
}
