// The canonical record: what every source row becomes after its profile is applied and its values are
// normalised: a flat object of primitives (numbers and shared strings). A file keeps its records in columns
// (RecordList) and builds the objects when a stage reads them. Identity lives in a per-file table (`identities`),
// because within one file rows with the same normalised identity are one source-person (DESIGN §6).

/** Built-in source ids (DESIGN §4). User profiles may add others. */
export const BUILTIN_SOURCES = ["vms", "1365", "redcross", "blood", "culture"] as const;
export type BuiltinSource = (typeof BUILTIN_SOURCES)[number];
export type SourceId = string;

export type Approval = "approved" | "pending" | "rejected";
export type TransferState = "not-sent" | "requested" | "sent" | "failed";
/** Which system a 1365 credit came from. */
export type Origin = "vms" | "redcross" | "culture" | "blood" | "1365";
/** Blood donation kinds; every component kind shares the 성분 yearly cap. */
export type DonationKind = "whole" | "plasma" | "platelet" | "platelet-plasma";

/** Canonical fields a profile can map a column to (DESIGN §4). `rrn` is recognised only to be dropped. */
export const CANONICAL_FIELDS = [
  "name",
  "birthdate",
  "phone",
  "memberId",
  "rrn",
  "date",
  "period",
  "timeRange",
  "start",
  "end",
  "duration",
  "institution",
  "activity",
  "seq",
  "approval",
  "transferKind",
  "transferAt",
  "transferResult",
  "transferCode",
  "origin",
  "donationKind",
  "certificateNo",
  "converted",
] as const;
export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/**
 * Normalised identity of a source-person.
 * - name: NFC, trimmed, inner spaces removed for Hangul; masks (`*`, `○`, `●`, `＊`, `x`) become `*`.
 * - birthdate: `YYYY-MM-DD` (full), `YYMMDD` (six digits, century unknown) or masked `YYYY-**-**`/`YYYY-MM-**`.
 * - phone: digits only (`01012345678`), masked digits as `*` (`010****5678`).
 * - memberId: the source's account id as written (trimmed).
 */
export interface Identity {
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  memberId: string | null;
}

export interface CanonicalRecord {
  /** Index of the file in the run (IngestedFile.index). */
  file: number;
  /** 1-based physical line of the row in its file (a quoted newline makes a row span lines: its first). */
  line: number;
  source: SourceId;
  /** Index into IngestedFile.identities. */
  identity: number;
  /** Activity date (epoch day), or the first day of a period record; null when the row has neither. */
  date: number | null;
  /** Last day of a period record (inclusive); null for a single-day record. */
  periodEnd: number | null;
  /** Whole minutes; for blood donations the 240 minutes are applied by reconciliation, not here. */
  minutes: number | null;
  /** Institution as written (trimmed, NFC), "" when absent. */
  institution: string;
  /** Activity title as written (trimmed, NFC), "" when absent. */
  activity: string;
  seq: string | null;
  approval: Approval | null;
  /** The word the export used for approval, kept for messages. */
  approvalRaw: string | null;
  /** 신규 / 재전송 in a VMS link table. */
  transferKind: string | null;
  /** When the record was sent (epoch minutes, naive clock); a date alone is taken as 00:00 of that day. */
  transferAt: number | null;
  transferState: TransferState | null;
  /** The word the export used for the transfer result (전송성공, 연계실패, …). */
  transferRaw: string | null;
  /** 문화품앗이 result code (99, 100, 200, 300, 400). */
  transferCode: number | null;
  origin: Origin | null;
  donationKind: DonationKind | null;
  certificateNo: string | null;
  /** Blood: whether the donation was converted to volunteer hours in VMS. */
  converted: boolean | null;
}

/**
 * A record with every value empty (no date, no minutes, no text): the one `readPlain` fills in row after row,
 * and the base test builders set a few values of. Keys in the order every reader builds them.
 */
export function blankRecord(file: number, line: number, source: SourceId, identity: number): CanonicalRecord {
  return {
    file,
    line,
    source,
    identity,
    date: null,
    periodEnd: null,
    minutes: null,
    institution: "",
    activity: "",
    seq: null,
    approval: null,
    approvalRaw: null,
    transferKind: null,
    transferAt: null,
    transferState: null,
    transferRaw: null,
    transferCode: null,
    origin: null,
    donationKind: null,
    certificateNo: null,
    converted: null,
  };
}

/**
 * The records of one file, kept compactly (in columns, ingest/record-columns.ts): `get` builds a fresh record,
 * for a stage to use and drop. Two million records held as objects were ~400 MB of heap (DESIGN §9).
 */
export interface RecordList extends Iterable<CanonicalRecord> {
  readonly length: number;
  /** Record `index` (0 ≤ index < length). */
  get(index: number): CanonicalRecord;
  /** The identity, line and date of record `index`, without building it. */
  identityAt(index: number): number;
  lineAt(index: number): number;
  dateAt(index: number): number | null;
  /** The fields reconciliation's plain path reads (reconcile/plain-person.ts), without building the record. */
  periodEndAt(index: number): number | null;
  minutesAt(index: number): number | null;
  approvalAt(index: number): Approval | null;
  originAt(index: number): Origin | null;
}

/** Reason codes of rejected rows (DESIGN §5). */
export const REJECT_REASONS = [
  "column-count",
  "missing-value",
  "invalid-date",
  "invalid-period",
  "invalid-duration",
  "invalid-time",
  "invalid-birthdate",
  "invalid-phone",
  "invalid-name",
  "invalid-code",
  "unknown-status",
  "date-out-of-range",
  "unterminated-quote",
  "row-too-long",
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export interface RejectedRow {
  file: number;
  line: number;
  reason: RejectReason;
  /** The header of the offending column as written in the file, null for a whole-row problem. */
  column: string | null;
  /** The offending value, personal data already masked, cut to a readable length. */
  value: string | null;
  /** Extra facts for the message (expected cell count, accepted words, …). */
  detail: Record<string, string | number>;
}

export const FILE_WARNING_CODES = [
  "rrn-column-dropped",
  "rrn-value-masked",
  "duplicate-header",
  "unmapped-columns",
  "no-identity-columns",
  "encoding-override",
  "nul-removed",
] as const;
export type FileWarningCode = (typeof FILE_WARNING_CODES)[number];

export interface FileWarning {
  code: FileWarningCode;
  detail: Record<string, string | number>;
}

export type Encoding = "utf-8" | "cp949" | "utf-16le" | "utf-16be";

export interface ColumnMapping {
  header: string;
  field: CanonicalField | null;
}

export interface Detection {
  /** Score per candidate source id. */
  scores: Record<string, number>;
  /** How the source was chosen: `prefix`, `--source`, or the winning headers and file-name hint. */
  reason: string;
}

/** A file after read → detect → map → normalise. */
export interface IngestedFile {
  index: number;
  /** The path as the user gave it (or `-` for stdin). */
  path: string;
  source: SourceId;
  /** The built-in flow its records follow (DESIGN §7): the source itself, or what a user profile declares. */
  role: BuiltinSource;
  detection: Detection;
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
  /** 1-based physical line of the header. */
  headerLine: number;
  columns: ColumnMapping[];
  /** Every record after the header: data rows + ignored (blank, total) + rejected. */
  rows: number;
  /** Physical lines of ignored rows (blank lines, 합계/총계 total lines), in file order. */
  ignoredLines: number[];
  records: RecordList;
  identities: Identity[];
  rejected: RejectedRow[];
  warnings: FileWarning[];
  /** True when the file has no identity column and took its identity from `--person` (or the anonymous user). */
  identityFromOption: boolean;
}
