// A file's records and identities in columns (typed arrays and one string table), so that a worker thread can
// hand a million records to the main thread by transferring a few buffers instead of structured-cloning a
// million objects (DESIGN §9). decodeRecords gives back records equal to the encoded ones, key order included.

import type {
  Approval,
  CanonicalRecord,
  DonationKind,
  Identity,
  Origin,
  TransferState,
} from "../model/record.js";

/** Integer columns: a null is this value (no line, identity or day comes near it). */
const NULL_INT = -2147483648;

/** Records in columns, in blocks of up to BLOCK_SIZE (no growing and copying of one big buffer). */
export interface EncodedRecords {
  count: number;
  /** The records' source (one per file). */
  source: string;
  blocks: RecordBlock[];
  strings: string[];
}

/** Up to BLOCK_SIZE records, one typed array per field. */
export interface RecordBlock {
  count: number;
  line: Int32Array;
  identity: Int32Array;
  date: Int32Array;
  periodEnd: Int32Array;
  /** Nullable numbers of any size: NaN is null. */
  minutes: Float64Array;
  transferAt: Float64Array;
  transferCode: Float64Array;
  /** Index into `strings`; -1 is null. */
  institution: Int32Array;
  activity: Int32Array;
  seq: Int32Array;
  approval: Int32Array;
  approvalRaw: Int32Array;
  transferKind: Int32Array;
  transferState: Int32Array;
  transferRaw: Int32Array;
  origin: Int32Array;
  donationKind: Int32Array;
  certificateNo: Int32Array;
  /** -1 null, 0 false, 1 true. */
  converted: Int8Array;
}

/** Records per block: 64 Ki records are about 5 MB of columns. */
const BLOCK_SIZE = 65_536;

function newBlock(): RecordBlock {
  const n = BLOCK_SIZE;
  return {
    count: 0,
    line: new Int32Array(n),
    identity: new Int32Array(n),
    date: new Int32Array(n),
    periodEnd: new Int32Array(n),
    minutes: new Float64Array(n),
    transferAt: new Float64Array(n),
    transferCode: new Float64Array(n),
    institution: new Int32Array(n),
    activity: new Int32Array(n),
    seq: new Int32Array(n),
    approval: new Int32Array(n),
    approvalRaw: new Int32Array(n),
    transferKind: new Int32Array(n),
    transferState: new Int32Array(n),
    transferRaw: new Int32Array(n),
    origin: new Int32Array(n),
    donationKind: new Int32Array(n),
    certificateNo: new Int32Array(n),
    converted: new Int8Array(n),
  };
}

export interface EncodedIdentities {
  count: number;
  /** Index into `strings`; -1 is null. */
  name: Int32Array;
  birthdate: Int32Array;
  phone: Int32Array;
  memberId: Int32Array;
  strings: string[];
}

/** Distinct strings, numbered in order of first use. */
class StringTable {
  readonly strings: string[] = [];
  private readonly index = new Map<string, number>();

  id(value: string | null): number {
    if (value === null) return -1;
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.index.set(value, id);
    }
    return id;
  }
}

/** Collects records one by one (so they can die young) into columns. */
export class RecordEncoder {
  private readonly blocks: RecordBlock[] = [];
  private block: RecordBlock | null = null;
  private count = 0;
  private readonly table = new StringTable();
  private source: string | null = null;

  constructor(private readonly fileIndex: number) {}

  add(rec: CanonicalRecord): void {
    if (rec.file !== this.fileIndex) throw new Error(`record of file ${rec.file} in file ${this.fileIndex}`);
    if (this.source === null) this.source = rec.source;
    else if (rec.source !== this.source) throw new Error("records of two sources in one file");
    let b = this.block;
    if (b === null || b.count === BLOCK_SIZE) {
      b = newBlock();
      this.blocks.push(b);
      this.block = b;
    }
    const i = b.count++;
    this.count++;
    const t = this.table;
    b.line[i] = rec.line;
    b.identity[i] = rec.identity;
    b.date[i] = rec.date ?? NULL_INT;
    b.periodEnd[i] = rec.periodEnd ?? NULL_INT;
    b.minutes[i] = rec.minutes ?? Number.NaN;
    b.transferAt[i] = rec.transferAt ?? Number.NaN;
    b.transferCode[i] = rec.transferCode ?? Number.NaN;
    b.institution[i] = t.id(rec.institution);
    b.activity[i] = t.id(rec.activity);
    b.seq[i] = t.id(rec.seq);
    b.approval[i] = t.id(rec.approval);
    b.approvalRaw[i] = t.id(rec.approvalRaw);
    b.transferKind[i] = t.id(rec.transferKind);
    b.transferState[i] = t.id(rec.transferState);
    b.transferRaw[i] = t.id(rec.transferRaw);
    b.origin[i] = t.id(rec.origin);
    b.donationKind[i] = t.id(rec.donationKind);
    b.certificateNo[i] = t.id(rec.certificateNo);
    b.converted[i] = rec.converted === null ? -1 : rec.converted ? 1 : 0;
  }

  finish(): EncodedRecords {
    return { count: this.count, source: this.source ?? "", blocks: this.blocks, strings: this.table.strings };
  }
}

/** The buffers of an encoding, for a postMessage transfer list. */
export function transferables(encoded: EncodedRecords | EncodedIdentities): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  const add = (columns: object) => {
    for (const value of Object.values(columns)) {
      if (ArrayBuffer.isView(value)) out.push(value.buffer as ArrayBuffer);
    }
  };
  if ("blocks" in encoded) for (const block of encoded.blocks) add(block);
  else add(encoded);
  return out;
}

function intOrNull(value: number): number | null {
  return value === NULL_INT ? null : value;
}

function numberOrNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

export function decodeRecords(e: EncodedRecords, fileIndex: number): CanonicalRecord[] {
  const s = e.strings;
  const str = (id: number): string | null => (id < 0 ? null : s[id]);
  const records: CanonicalRecord[] = [];
  for (const b of e.blocks) {
    for (let i = 0; i < b.count; i++) {
      const converted = b.converted[i];
      // Same keys in the same order as RowReader.read builds them.
      records.push({
        file: fileIndex,
        line: b.line[i],
        source: e.source,
        identity: b.identity[i],
        date: intOrNull(b.date[i]),
        periodEnd: intOrNull(b.periodEnd[i]),
        minutes: numberOrNull(b.minutes[i]),
        institution: s[b.institution[i]],
        activity: s[b.activity[i]],
        seq: str(b.seq[i]),
        approval: str(b.approval[i]) as Approval | null,
        approvalRaw: str(b.approvalRaw[i]),
        transferKind: str(b.transferKind[i]),
        transferAt: numberOrNull(b.transferAt[i]),
        transferState: str(b.transferState[i]) as TransferState | null,
        transferRaw: str(b.transferRaw[i]),
        transferCode: numberOrNull(b.transferCode[i]),
        origin: str(b.origin[i]) as Origin | null,
        donationKind: str(b.donationKind[i]) as DonationKind | null,
        certificateNo: str(b.certificateNo[i]),
        converted: converted < 0 ? null : converted === 1,
      });
    }
  }
  return records;
}

export function encodeIdentities(identities: readonly Identity[]): EncodedIdentities {
  const n = identities.length;
  const table = new StringTable();
  const name = new Int32Array(n);
  const birthdate = new Int32Array(n);
  const phone = new Int32Array(n);
  const memberId = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const identity = identities[i];
    name[i] = table.id(identity.name);
    birthdate[i] = table.id(identity.birthdate);
    phone[i] = table.id(identity.phone);
    memberId[i] = table.id(identity.memberId);
  }
  return { count: n, name, birthdate, phone, memberId, strings: table.strings };
}

export function decodeIdentities(e: EncodedIdentities): Identity[] {
  const s = e.strings;
  const str = (id: number): string | null => (id < 0 ? null : s[id]);
  const identities: Identity[] = [];
  for (let i = 0; i < e.count; i++) {
    identities.push({
      name: str(e.name[i]),
      birthdate: str(e.birthdate[i]),
      phone: str(e.phone[i]),
      memberId: str(e.memberId[i]),
    });
  }
  return identities;
}
