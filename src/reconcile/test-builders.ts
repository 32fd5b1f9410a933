// Test builders: small IngestedFiles, records and a PeopleResolution with one person per distinct identity.
// Invented people only.

import { RecordColumns } from "../ingest/record-columns.js";
import { toDay } from "../model/day.js";
import type { Finding } from "../model/finding.js";
import type { PeopleResolution, Person } from "../model/person.js";
import type { ReconcileOptions, Reconciliation } from "../model/reconciliation.js";
import type {
  Approval,
  BuiltinSource,
  CanonicalRecord,
  DonationKind,
  Identity,
  IngestedFile,
  Origin,
  TransferState,
} from "../model/record.js";
import { defaultReconcileOptions } from "./options.js";
import { reconcile } from "./reconcile.js";

/** Epoch day of `YYYY-MM-DD`. */
export function day(text: string): number {
  const [y, m, d] = text.split("-").map(Number);
  const value = toDay(y, m, d);
  if (value === undefined) throw new Error(`bad test date ${text}`);
  return value;
}

/** Epoch minute of `YYYY-MM-DD HH:MM` (a date alone is 00:00). */
export function minute(text: string): number {
  const [date, time = "00:00"] = text.split(" ");
  const [hh, mm] = time.split(":").map(Number);
  return day(date) * 1440 + hh * 60 + mm;
}

/** --as-of for a date: the end of that day. */
export function endOfDay(text: string): number {
  return day(text) * 1440 + 1439;
}

export interface RecordSpec {
  /** The person's name; each distinct name is one person (default 김하늘). */
  person?: string;
  date?: string | null;
  periodEnd?: string | null;
  minutes?: number | null;
  institution?: string;
  activity?: string;
  seq?: string | null;
  approval?: Approval | null;
  approvalRaw?: string | null;
  transferKind?: string | null;
  transferAt?: string | null;
  transferState?: TransferState | null;
  transferRaw?: string | null;
  transferCode?: number | null;
  origin?: Origin | null;
  donationKind?: DonationKind | null;
  certificateNo?: string | null;
  converted?: boolean | null;
  /** Physical line; default: position + 2 (the header is line 1). */
  line?: number;
}

export interface FileExtras {
  path?: string;
  source?: string;
  ignoredLines?: number[];
  /** Number of rejected rows to add after the records. */
  rejected?: number;
}

export const DEFAULT_PERSON = "김하늘";

/** Birthdate of an invented person: stable per name. */
function birthdateOf(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 10_000;
  return `2008-${String((h % 12) + 1).padStart(2, "0")}-${String((h % 28) + 1).padStart(2, "0")}`;
}

/** An IngestedFile (index 0 until `indexFiles`). */
export function file(
  role: BuiltinSource,
  specs: readonly RecordSpec[],
  extras: FileExtras = {},
): IngestedFile {
  const identities: Identity[] = [];
  const identityIndex = new Map<string, number>();
  const records: CanonicalRecord[] = specs.map((spec, i) => {
    const name = spec.person ?? DEFAULT_PERSON;
    let identity = identityIndex.get(name);
    if (identity === undefined) {
      identity = identities.length;
      identityIndex.set(name, identity);
      identities.push({ name, birthdate: birthdateOf(name), phone: null, memberId: null });
    }
    return {
      file: 0,
      line: spec.line ?? i + 2,
      source: extras.source ?? role,
      identity,
      date: spec.date === undefined ? day("2024-05-01") : spec.date === null ? null : day(spec.date),
      periodEnd: spec.periodEnd == null ? null : day(spec.periodEnd),
      minutes: spec.minutes === undefined ? (role === "blood" ? null : 120) : spec.minutes,
      institution: spec.institution ?? "",
      activity: spec.activity ?? "",
      seq: spec.seq ?? null,
      approval: spec.approval ?? null,
      approvalRaw: spec.approvalRaw ?? null,
      transferKind: spec.transferKind ?? null,
      transferAt: spec.transferAt == null ? null : minute(spec.transferAt),
      transferState: spec.transferState ?? null,
      transferRaw: spec.transferRaw ?? null,
      transferCode: spec.transferCode ?? null,
      origin: spec.origin ?? null,
      donationKind: spec.donationKind ?? null,
      certificateNo: spec.certificateNo ?? null,
      converted: spec.converted ?? null,
    };
  });
  const lastLine = records.reduce((max, r) => Math.max(max, r.line), 1);
  const ignoredLines = extras.ignoredLines ?? [];
  const rejectedCount = extras.rejected ?? 0;
  const firstRejected = Math.max(lastLine, ...ignoredLines) + 1;
  return {
    index: 0,
    path: extras.path ?? `${role}.csv`,
    source: extras.source ?? role,
    role,
    detection: { scores: {}, reason: "test" },
    encoding: "utf-8",
    bom: false,
    delimiter: ",",
    headerLine: 1,
    columns: [],
    rows: records.length + ignoredLines.length + rejectedCount,
    ignoredLines,
    records: RecordColumns.of(0, records),
    identities,
    rejected: Array.from({ length: rejectedCount }, (_, i) => ({
      file: 0,
      line: firstRejected + i,
      reason: "invalid-date" as const,
      column: null,
      value: null,
      detail: {},
    })),
    warnings: [],
    identityFromOption: false,
  };
}

/** Copies with index = position (records' `file` too), as ingest numbers the files of a run. */
export function indexFiles(files: readonly IngestedFile[]): IngestedFile[] {
  return files.map((f, index) => ({
    ...f,
    index,
    records: RecordColumns.of(
      index,
      Array.from(f.records, (r) => ({ ...r, file: index })),
    ),
    rejected: f.rejected.map((r) => ({ ...r, file: index })),
  }));
}

function identityKey(identity: Identity): string {
  return `${identity.name ?? ""}|${identity.birthdate ?? ""}|${identity.phone ?? ""}`;
}

/** One person per distinct identity (name, birthdate, phone), people in content order of that key. */
export function peopleOf(files: readonly IngestedFile[], findings: Finding[] = []): PeopleResolution {
  const keys = new Map<string, Identity>();
  for (const f of files) for (const identity of f.identities) keys.set(identityKey(identity), identity);
  const sorted = [...keys.keys()].sort();
  const indexOf = new Map(sorted.map((k, i) => [k, i]));
  const people: Person[] = sorted.map((k) => {
    const identity = keys.get(k) as Identity;
    return {
      name: identity.name,
      birthdate: identity.birthdate,
      phone: identity.phone,
      tier: "exact",
      sources: [],
      members: [],
      links: [],
    };
  });
  const personOf: Int32Array[] = [];
  for (const f of files) {
    personOf[f.index] = Int32Array.from(f.identities, (identity, i) => {
      const p = indexOf.get(identityKey(identity)) as number;
      people[p].members.push({ file: f.index, identity: i });
      if (!people[p].sources.includes(f.source)) people[p].sources.push(f.source);
      return p;
    });
  }
  for (const p of people) p.sources.sort();
  return { people, personOf, findings };
}

export interface RunResult {
  result: Reconciliation;
  files: IngestedFile[];
  people: PeopleResolution;
  options: ReconcileOptions;
}

/** Index the files, resolve people and reconcile. `asOf` is a date (end of day) or an epoch minute. */
export function run(
  files: readonly IngestedFile[],
  asOf: string | number,
  overrides: Partial<ReconcileOptions> = {},
  identityFindings: Finding[] = [],
): RunResult {
  const indexed = indexFiles(files);
  const people = peopleOf(indexed, identityFindings);
  const options = {
    ...defaultReconcileOptions(typeof asOf === "number" ? asOf : endOfDay(asOf)),
    ...overrides,
  };
  return { result: reconcile(indexed, people, options), files: indexed, people, options };
}

/** Findings of one kind. */
export function findingsOf(result: Reconciliation, kind: Finding["kind"]): Finding[] {
  return result.findings.filter((f) => f.kind === kind);
}
