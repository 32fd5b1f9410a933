// A file's records in columns (typed arrays and one string table), DESIGN §9: a million-row audit held two
// million records as objects, ~400 MB of heap that every full garbage collection walked, and a worker thread
// had to turn its columns into objects on arrival. Records now stay in columns from the read to the end of the
// run; `get` builds a record when a stage needs one (it dies young). A worker thread hands its columns over
// by transferring their buffers. Identities (a tenth of the records or fewer) stay objects; they cross the
// thread boundary as one string of their values (see EncodedIdentities).

import type {
  Approval,
  CanonicalRecord,
  DonationKind,
  Identity,
  Origin,
  RecordList,
  TransferState,
} from "../model/record.js";

/** Integer columns: a null is this value (no line, identity or day comes near it). */
const NULL_INT = -2147483648;

/** Records in columns, in blocks of BLOCK_SIZE (the last one may be shorter), as a worker thread sends them. */
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

/** Records per block (64 Ki: about 5 MB of columns); record i is in block i >>> BLOCK_BITS. */
const BLOCK_BITS = 16;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;
/** A block starts this small and doubles as it fills: a file of three records must not take 5 MB. */
const FIRST_CAPACITY = 256;

/** A block of `capacity` records holding the first `count` records of `from` (when given). */
function newBlock(capacity: number, from?: RecordBlock): RecordBlock {
  const block: RecordBlock = {
    count: from?.count ?? 0,
    line: new Int32Array(capacity),
    identity: new Int32Array(capacity),
    date: new Int32Array(capacity),
    periodEnd: new Int32Array(capacity),
    minutes: new Float64Array(capacity),
    transferAt: new Float64Array(capacity),
    transferCode: new Float64Array(capacity),
    institution: new Int32Array(capacity),
    activity: new Int32Array(capacity),
    seq: new Int32Array(capacity),
    approval: new Int32Array(capacity),
    approvalRaw: new Int32Array(capacity),
    transferKind: new Int32Array(capacity),
    transferState: new Int32Array(capacity),
    transferRaw: new Int32Array(capacity),
    origin: new Int32Array(capacity),
    donationKind: new Int32Array(capacity),
    certificateNo: new Int32Array(capacity),
    converted: new Int8Array(capacity),
  };
  if (from !== undefined) {
    const n = from.count;
    for (const key of COLUMN_KEYS) block[key].set(from[key].subarray(0, n));
  }
  return block;
}

const COLUMN_KEYS = [
  "line",
  "identity",
  "date",
  "periodEnd",
  "minutes",
  "transferAt",
  "transferCode",
  "institution",
  "activity",
  "seq",
  "approval",
  "approvalRaw",
  "transferKind",
  "transferState",
  "transferRaw",
  "origin",
  "donationKind",
  "certificateNo",
  "converted",
] as const satisfies readonly (keyof RecordBlock)[];

/**
 * Identities as they cross the thread boundary: their values one after another in one string, which a
 * structured clone copies in one piece. Numbering distinct values in a string table instead (as records'
 * strings are) cost the worker 120–190 ms at the end of a 950k-row file (177k distinct values of 100k
 * identities, hashed one by one), while the main thread waited for it.
 */
export interface EncodedIdentities {
  count: number;
  /** Per identity, its name, birthdate, phone and memberId: the value's length in `text`, -1 for null. */
  lengths: Int32Array;
  text: string;
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

/** The string fields of a record given to RecordEncoder.addPlain, as string table numbers (-1: null). */
export interface PlainStrings {
  institution: number;
  activity: number;
  approval: number;
  approvalRaw: number;
  transferState: number;
  transferRaw: number;
  origin: number;
}

/** Collects the records of one file one by one (so that each can die young) into columns. */
export class RecordEncoder {
  private readonly blocks: RecordBlock[] = [];
  private block: RecordBlock | null = null;
  private count = 0;
  private readonly table = new StringTable();
  private source: string | null = null;
  private finished = false;

  /** Capacity of a new block: FIRST_CAPACITY, or for a file expected to be big its expected records. */
  private readonly firstCapacity: number;

  /**
   * `expectedRecords`, when known (a file's size / a generous row length), starts each block that large (at
   * most BLOCK_SIZE): a big file's blocks are not grown from 256 records by copying them over and over.
   */
  constructor(
    private readonly fileIndex: number,
    expectedRecords = 0,
  ) {
    this.firstCapacity = Math.min(BLOCK_SIZE, Math.max(FIRST_CAPACITY, expectedRecords));
  }

  add(rec: CanonicalRecord): void {
    if (rec.file !== this.fileIndex) throw new Error(`record of file ${rec.file} in file ${this.fileIndex}`);
    const b = this.blockFor(rec.source);
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

  /** The block the next record of `source` goes to, with room for it. */
  private blockFor(source: string): RecordBlock {
    // The columns made by finish() share their blocks with the encoder.
    if (this.finished) throw new Error("RecordEncoder.add after finish");
    if (this.source === null) this.source = source;
    else if (source !== this.source) throw new Error("records of two sources in one file");
    let b = this.block;
    if (b === null || b.count === BLOCK_SIZE) {
      b = newBlock(this.firstCapacity);
      this.blocks.push(b);
      this.block = b;
    } else if (b.count === b.line.length) {
      b = newBlock(b.count * 2, b);
      this.blocks[this.blocks.length - 1] = b;
      this.block = b;
    }
    return b;
  }

  /** The number `value` has (or now gets) in the columns' string table; -1 for null. */
  stringId(value: string | null): number {
    return this.table.id(value);
  }

  /**
   * A record of readPlain's kind (RowReader.readPlain): no period, code, sequence, transfer kind, donation or
   * certificate; its strings given by their stringId. The same columns as `add` of that record.
   */
  addPlain(
    source: string,
    line: number,
    identity: number,
    date: number,
    minutes: number,
    transferAt: number | null,
    strings: PlainStrings,
  ): void {
    const b = this.blockFor(source);
    const i = b.count++;
    this.count++;
    b.line[i] = line;
    b.identity[i] = identity;
    b.date[i] = date;
    b.periodEnd[i] = NULL_INT;
    b.minutes[i] = minutes;
    b.transferAt[i] = transferAt ?? Number.NaN;
    b.transferCode[i] = Number.NaN;
    b.institution[i] = strings.institution;
    b.activity[i] = strings.activity;
    b.seq[i] = -1;
    b.approval[i] = strings.approval;
    b.approvalRaw[i] = strings.approvalRaw;
    b.transferKind[i] = -1;
    b.transferState[i] = strings.transferState;
    b.transferRaw[i] = strings.transferRaw;
    b.origin[i] = strings.origin;
    b.donationKind[i] = -1;
    b.certificateNo[i] = -1;
    b.converted[i] = -1;
  }

  /** The records added; no record can be added after. */
  finish(): RecordColumns {
    this.finished = true;
    const last = this.block;
    // The last block cut to its records: no unused capacity is kept (or transferred).
    if (last !== null && last.count < last.line.length)
      this.blocks[this.blocks.length - 1] = newBlock(last.count, last);
    this.block = null;
    const encoded = {
      count: this.count,
      source: this.source ?? "",
      blocks: this.blocks,
      strings: this.table.strings,
    };
    return RecordColumns.fromEncoded(encoded, this.fileIndex);
  }
}

function intOrNull(value: number): number | null {
  return value === NULL_INT ? null : value;
}

/** A nullable number column's value; whole numbers come back as integers (small, unboxed in a record). */
function numberOrNull(value: number): number | null {
  if (Number.isNaN(value)) return null;
  const whole = value | 0;
  // -0 stays -0 (`whole` would be 0).
  return whole === value && (whole !== 0 || 1 / value > 0) ? whole : value;
}

/** The records of one file in columns: `get` builds record i, equal to the one encoded, key order included. */
export class RecordColumns implements RecordList {
  private constructor(
    private readonly fileIndex: number,
    private readonly data: EncodedRecords,
  ) {}

  /** Columns sent by a worker thread (or made by RecordEncoder) as the records of file `fileIndex`. */
  static fromEncoded(data: EncodedRecords, fileIndex: number): RecordColumns {
    return new RecordColumns(fileIndex, data);
  }

  /** The records of file `fileIndex`, in columns. */
  static of(fileIndex: number, records: Iterable<CanonicalRecord>): RecordColumns {
    const encoder = new RecordEncoder(fileIndex);
    for (const record of records) encoder.add(record);
    return encoder.finish();
  }

  get length(): number {
    return this.data.count;
  }

  /** The columns, to be sent to another thread (see `transferables`). */
  get encoded(): EncodedRecords {
    return this.data;
  }

  get(index: number): CanonicalRecord {
    const b = this.data.blocks[index >>> BLOCK_BITS];
    const i = index & BLOCK_MASK;
    if (b === undefined || i >= b.count || index < 0) throw new RangeError(`no record ${index}`);
    const s = this.data.strings;
    const converted = b.converted[i];
    // Same keys in the same order as RowReader.read builds them.
    return {
      file: this.fileIndex,
      line: b.line[i],
      source: this.data.source,
      identity: b.identity[i],
      date: intOrNull(b.date[i]),
      periodEnd: intOrNull(b.periodEnd[i]),
      minutes: numberOrNull(b.minutes[i]),
      institution: s[b.institution[i]],
      activity: s[b.activity[i]],
      seq: stringOrNull(s, b.seq[i]),
      approval: stringOrNull(s, b.approval[i]) as Approval | null,
      approvalRaw: stringOrNull(s, b.approvalRaw[i]),
      transferKind: stringOrNull(s, b.transferKind[i]),
      transferAt: numberOrNull(b.transferAt[i]),
      transferState: stringOrNull(s, b.transferState[i]) as TransferState | null,
      transferRaw: stringOrNull(s, b.transferRaw[i]),
      transferCode: numberOrNull(b.transferCode[i]),
      origin: stringOrNull(s, b.origin[i]) as Origin | null,
      donationKind: stringOrNull(s, b.donationKind[i]) as DonationKind | null,
      certificateNo: stringOrNull(s, b.certificateNo[i]),
      converted: converted < 0 ? null : converted === 1,
    };
  }

  identityAt(index: number): number {
    return this.data.blocks[index >>> BLOCK_BITS].identity[index & BLOCK_MASK];
  }

  lineAt(index: number): number {
    return this.data.blocks[index >>> BLOCK_BITS].line[index & BLOCK_MASK];
  }

  dateAt(index: number): number | null {
    return intOrNull(this.data.blocks[index >>> BLOCK_BITS].date[index & BLOCK_MASK]);
  }

  periodEndAt(index: number): number | null {
    return intOrNull(this.data.blocks[index >>> BLOCK_BITS].periodEnd[index & BLOCK_MASK]);
  }

  minutesAt(index: number): number | null {
    return numberOrNull(this.data.blocks[index >>> BLOCK_BITS].minutes[index & BLOCK_MASK]);
  }

  approvalAt(index: number): Approval | null {
    const id = this.data.blocks[index >>> BLOCK_BITS].approval[index & BLOCK_MASK];
    return stringOrNull(this.data.strings, id) as Approval | null;
  }

  originAt(index: number): Origin | null {
    const id = this.data.blocks[index >>> BLOCK_BITS].origin[index & BLOCK_MASK];
    return stringOrNull(this.data.strings, id) as Origin | null;
  }

  *[Symbol.iterator](): Iterator<CanonicalRecord> {
    for (let i = 0; i < this.data.count; i++) yield this.get(i);
  }

  toArray(): CanonicalRecord[] {
    return Array.from(this);
  }
}

function stringOrNull(strings: readonly string[], id: number): string | null {
  return id < 0 ? null : strings[id];
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

export function encodeIdentities(identities: readonly Identity[]): EncodedIdentities {
  const n = identities.length;
  const lengths = new Int32Array(n * 4);
  const parts: string[] = [];
  const put = (at: number, value: string | null): void => {
    if (value === null) lengths[at] = -1;
    else {
      lengths[at] = value.length;
      parts.push(value);
    }
  };
  for (let i = 0; i < n; i++) {
    const identity = identities[i];
    put(4 * i, identity.name);
    put(4 * i + 1, identity.birthdate);
    put(4 * i + 2, identity.phone);
    put(4 * i + 3, identity.memberId);
  }
  return { count: n, lengths, text: parts.join("") };
}

export function decodeIdentities(e: EncodedIdentities): Identity[] {
  const { lengths, text } = e;
  let at = 0;
  const take = (k: number): string | null => {
    const length = lengths[k];
    if (length < 0) return null;
    const value = text.slice(at, at + length);
    at += length;
    return value;
  };
  const identities: Identity[] = [];
  for (let i = 0; i < e.count; i++) {
    // One statement per field: the values lie in this order in `text`.
    const name = take(4 * i);
    const birthdate = take(4 * i + 1);
    const phone = take(4 * i + 2);
    const memberId = take(4 * i + 3);
    identities.push({ name, birthdate, phone, memberId });
  }
  return identities;
}
