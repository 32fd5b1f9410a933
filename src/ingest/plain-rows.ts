// The common rows of a big UTF-8 export read on their bytes (DESIGN §9). RowReader.readPlain reads such a row
// from decoded text, and at 1M rows most of the read was that work: decoding every byte, cutting every cell,
// hashing cells to find their values. The scanner (wasm/plain-rows.ts, compiled to WebAssembly) does it on the
// bytes instead: it finds each row's cells, parses its dates as readWhenFast does, and numbers each distinct
// raw cell per column; this side asks the row reader once per distinct cell what it reads as (the same
// helpers readPlain uses) and encodes each row from those answers. Whatever the scanner or the row reader
// cannot vouch for goes to the text path row by row, and a quote ends the scanning: the file is then read as
// text from that row on. Reading `vms.csv` alone (1M rows): see bench/README.md.

import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { MAX_DAY, MIN_DAY } from "../normalize/date-scan.js";
import type { RecordEncoder } from "./record-columns.js";
import { clean, type PlainLayout, type RowReader } from "./row-reader.js";

// Node has WebAssembly; the project's `lib` (no DOM) does not declare it: what this file uses of it.
interface WasmModule {
  readonly kind?: "module";
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (
    module: WasmModule,
    imports: Record<string, Record<string, () => void>>,
  ) => { readonly exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** The compiled scanner, next to dist/ingest (src/ingest under the test runner reads the built one too). */
const WASM_URL = new URL("../../dist/wasm/plain-rows.wasm", import.meta.url);

interface ScannerExports {
  memory: { readonly buffer: ArrayBuffer };
  init(
    cells: number,
    delimiter: number,
    earliestDay: number,
    latestDay: number,
    minDay: number,
    maxDay: number,
  ): void;
  setIdColumn(k: number, column: number): void;
  setDictColumn(k: number, column: number): void;
  setDateColumns(date: number, transferAt: number): void;
  reserveInput(bytes: number): number;
  begin(length: number): void;
  scan(): number;
  scanPosition(): number;
  lastStopReason(): number;
  outPointer(k: number): number;
  entries(table: number): number;
  entryKeyOffset(table: number, entry: number): number;
  entryKeyLength(table: number, entry: number): number;
  /** Rows a scan returns at most: the length of the output columns. */
  OUT_ROWS: { readonly value: number };
}

/** Output columns of a scan (outPointer), and the interned columns in the scanner's order (tables 1–6). */
const OUT = { start: 0, end: 1, flag: 2, identity: 3, day: 4, at: 5, dict: 6 } as const;
const DICT = ["duration", "approval", "transferResult", "origin", "institution", "activity"] as const;
const DICT_COLUMNS = DICT.length;
/** Why a scan returned (lastStopReason). */
const Stop = { NoWholeRow: 0, OutputFull: 1, Quote: 2 } as const;
/** A carried row longer than this many bytes goes to the text path, which bounds rows (MAX_RECORD_CHARS). */
const MAX_CARRY_BYTES = 4_000_000;

let scannerModule: WasmModule | null | undefined;

/** The compiled scanner module, or null when it was not built (the text path then reads every row). */
function loadScanner(): WasmModule | null {
  if (scannerModule === undefined) {
    const path = fileURLToPath(WASM_URL);
    scannerModule = existsSync(path) ? new wasm.Module(readFileSync(path)) : null;
  }
  return scannerModule ?? null;
}

/** Whether the byte scanner can run here (it is built). */
export function plainRowScannerAvailable(): boolean {
  return loadScanner() !== null;
}

/** Where the scanner hands rows back to the text path. */
export interface ScannedRowSink {
  /** A whole row (bytes, line end included) for the text path, starting on `line`; returns the next line. */
  readAsText(bytes: Uint8Array, line: number): number;
  /** A row encoded by the scanner (progress). */
  taken(): void;
}

/** Not known yet, and known not to be readable here (the row goes to the text path). */
const UNKNOWN = undefined;
const DECLINED = -2;
/** An interned cell not asked about yet (no value is below -1 but DECLINED, which is never kept). */
const NOT_READ = -3;

export class PlainRowScanner {
  private readonly x: ScannerExports;
  private buffer: ArrayBuffer | null = null;
  private bytes = new Uint8Array(0);
  /** Bytes of a row begun at the end of the last chunk, at the start of the input. */
  private carry = 0;
  private line: number;
  /** Per distinct identity key: its entry (RowReader.scannedIdentityOf). */
  private readonly identityEntries: (number | undefined)[] = [];
  /** Per identity key, its four cells until its entry is known (decodeIdentityKeys). */
  private readonly identityCells: (string | undefined)[] = [];
  private decodedKeys = 0;
  /**
   * Per interned column and distinct cell: the number (minutes, string id; NOT_READ until asked) and a second
   * string id. Typed arrays, grown to the scanner's entries before each batch of rows: a row reads six of each.
   */
  private readonly first: Int32Array[] = DICT.map(() => new Int32Array(0));
  private readonly second: Int32Array[] = DICT.map(() => new Int32Array(0));
  /** The values of an absent column's empty cell. */
  private readonly absentFirst: number[] = [];
  private readonly absentSecond: number[] = [];
  private readonly strings = {
    institution: -1,
    activity: -1,
    approval: -1,
    approvalRaw: -1,
    transferState: -1,
    transferRaw: -1,
    origin: -1,
  };
  private readonly decoder = new TextDecoder();

  private constructor(
    module: WasmModule,
    layout: PlainLayout,
    private readonly reader: RowReader,
    private readonly encoder: RecordEncoder,
    private readonly source: string,
    line: number,
  ) {
    const instance = new wasm.Instance(module, {
      env: {
        abort: () => {
          throw new Error("plain-row scanner aborted");
        },
      },
    });
    this.x = instance.exports as unknown as ScannerExports;
    this.x.init(layout.cells, layout.delimiter, layout.earliestDay, layout.latestDay, MIN_DAY, MAX_DAY);
    for (let k = 0; k < layout.identity.length; k++) this.x.setIdColumn(k, layout.identity[k]);
    for (let k = 0; k < DICT_COLUMNS; k++) this.x.setDictColumn(k, layout[DICT[k]]);
    this.x.setDateColumns(layout.date, layout.transferAt);
    for (let k = 0; k < DICT_COLUMNS; k++) {
      // An absent column reads as an empty cell; the scanner numbers it -1.
      this.absentFirst[k] = this.valueOf(k, "");
      this.absentSecond[k] = this.valueSecond;
    }
    this.line = line;
  }

  /**
   * A scanner for the rest of a file whose rows readPlain reads, from line `line` on; null when the scanner
   * is not built or the file's layout does not suit it.
   */
  static create(
    reader: RowReader,
    encoder: RecordEncoder,
    source: string,
    line: number,
  ): PlainRowScanner | null {
    const module = loadScanner();
    const layout = reader.plainLayout();
    if (module === null || layout === null) return null;
    return new PlainRowScanner(module, layout, reader, encoder, source, line);
  }

  /** The line the next row starts on. */
  get nextLine(): number {
    return this.line;
  }

  /**
   * Scan the next chunk of bytes. Returns null, or, when a quote ended the scanning, the bytes from that row
   * on (this chunk's rest), which the caller reads as text from `nextLine`, as every later chunk.
   */
  write(chunk: Uint8Array, sink: ScannedRowSink): Uint8Array | null {
    const length = this.carry + chunk.length;
    const at = this.x.reserveInput(length);
    this.refresh();
    this.bytes.set(chunk, at + this.carry);
    this.x.begin(length);
    for (;;) {
      const rows = this.x.scan();
      this.refresh();
      this.takeRows(rows, at, sink);
      const reason = this.x.lastStopReason();
      if (reason === Stop.OutputFull) continue;
      const position = this.x.scanPosition();
      if (reason === Stop.Quote) return this.bytes.slice(at + position, at + length);
      // The row begun at the end: to the input's start, for the next chunk.
      this.carry = length - position;
      this.bytes.copyWithin(at, at + position, at + length);
      if (this.carry > MAX_CARRY_BYTES) {
        const rest = this.bytes.slice(at, at + this.carry);
        this.carry = 0;
        return rest;
      }
      return null;
    }
  }

  /** The bytes of a last row without a line end, for the text path (empty when there is none). */
  finish(): Uint8Array {
    const at = this.x.reserveInput(this.carry);
    this.refresh();
    const rest = this.bytes.slice(at, at + this.carry);
    this.carry = 0;
    return rest;
  }

  /** Views of the scanner's memory, again after it grew. */
  private refresh(): void {
    const buffer = this.x.memory.buffer;
    if (buffer !== this.buffer) {
      this.buffer = buffer;
      this.bytes = new Uint8Array(buffer);
    }
  }

  private takeRows(rows: number, at: number, sink: ScannedRowSink): void {
    this.decodeIdentityKeys();
    const x = this.x;
    const buffer = x.memory.buffer;
    const outRows = x.OUT_ROWS.value;
    const start = new Int32Array(buffer, x.outPointer(OUT.start), outRows);
    const end = new Int32Array(buffer, x.outPointer(OUT.end), outRows);
    const flag = new Int32Array(buffer, x.outPointer(OUT.flag), outRows);
    const identity = new Int32Array(buffer, x.outPointer(OUT.identity), outRows);
    const day = new Int32Array(buffer, x.outPointer(OUT.day), outRows);
    const transferAt = new Float64Array(buffer, x.outPointer(OUT.at), outRows);
    const dict = new Int32Array(buffer, x.outPointer(OUT.dict), outRows * DICT_COLUMNS);
    for (let k = 0; k < DICT_COLUMNS; k++) this.makeRoom(k, x.entries(1 + k));
    const strings = this.strings;
    for (let i = 0; i < rows; i++) {
      const line = this.line;
      const entry = flag[i] === 0 ? this.identityEntry(identity[i]) : DECLINED;
      if (entry === DECLINED || !this.readCells(dict, i * DICT_COLUMNS)) {
        this.line = sink.readAsText(this.bytes.subarray(at + start[i], at + end[i]), line);
        continue;
      }
      // No resident number to count again: scannedIdentityOf takes no identity cell that holds one.
      const at1 = transferAt[i];
      this.encoder.addPlain(
        this.source,
        line,
        Math.floor(entry / 4),
        day[i],
        this.minutes,
        Number.isNaN(at1) ? null : at1,
        strings,
      );
      sink.taken();
      this.line = line + 1;
    }
  }

  /** Minutes of the row readCells last read. */
  private minutes = 0;

  /** The row's interned cells into `strings` and `minutes`; false when one of them needs the text path. */
  private readCells(dict: Int32Array, base: number): boolean {
    for (let k = 0; k < DICT_COLUMNS; k++) {
      const entry = dict[base + k];
      let value: number;
      let second: number;
      if (entry < 0) {
        value = this.absentFirst[k];
        second = this.absentSecond[k];
      } else {
        value = this.first[k][entry];
        if (value === NOT_READ) {
          value = this.valueOf(k, this.keyText(1 + k, entry));
          second = this.valueSecond;
          // A declined cell is asked again next time: the text path may make it readable (free text).
          if (value !== DECLINED) {
            this.first[k][entry] = value;
            this.second[k][entry] = second;
          }
        } else {
          second = this.second[k][entry];
        }
      }
      if (value === DECLINED) return false;
      const s = this.strings;
      switch (k) {
        case 0:
          this.minutes = value;
          break;
        case 1:
          s.approval = value;
          s.approvalRaw = second;
          break;
        case 2:
          s.transferState = value;
          s.transferRaw = second;
          break;
        case 3:
          s.origin = value;
          break;
        case 4:
          s.institution = value;
          break;
        default:
          s.activity = value;
      }
    }
    return true;
  }

  /** Room in interned column k's values for `entries` cells (new ones NOT_READ). */
  private makeRoom(k: number, entries: number): void {
    const first = this.first[k];
    if (entries <= first.length) return;
    const capacity = Math.max(entries, first.length * 2, 64);
    const grownFirst = new Int32Array(capacity).fill(NOT_READ);
    grownFirst.set(first);
    this.first[k] = grownFirst;
    const grownSecond = new Int32Array(capacity);
    grownSecond.set(this.second[k]);
    this.second[k] = grownSecond;
  }

  /** The second value valueOf found (a status cell's raw text id). */
  private valueSecond = -1;

  /** What cell `text` of interned column k reads as (DECLINED: the text path must read the row). */
  private valueOf(k: number, text: string): number {
    const reader = this.reader;
    const encoder = this.encoder;
    const cell = clean(text);
    let value: number;
    let second = -1;
    switch (k) {
      case 0:
        value = reader.plainMinutesOf(cell) ?? DECLINED;
        break;
      case 1: {
        const approval = reader.approvalOf(cell);
        value = approval === undefined ? DECLINED : encoder.stringId(approval);
        second = encoder.stringId(reader.rawWordOf(cell));
        break;
      }
      case 2: {
        const state = reader.transferStateOf(cell);
        value = state === undefined ? DECLINED : encoder.stringId(state);
        second = encoder.stringId(reader.rawWordOf(cell));
        break;
      }
      case 3:
        value = encoder.stringId(reader.originOf(cell));
        break;
      default: {
        const kept = reader.keptTextOf(cell);
        value = kept === undefined ? DECLINED : encoder.stringId(kept);
      }
    }
    this.valueSecond = second;
    return value;
  }

  /** The identity entry of the scanner's identity key number `key`, or DECLINED. */
  private identityEntry(key: number): number {
    const known = this.identityEntries[key];
    if (known !== UNKNOWN) return known;
    const cells = this.identityCells;
    const at = key * 4;
    const name = cells[at];
    // A key whose cells did not decode apart (a cell holding U+0001) goes to the text path.
    if (name === undefined) return DECLINED;
    const entry = this.reader.scannedIdentityOf(
      name,
      cells[at + 1] ?? "",
      cells[at + 2] ?? "",
      cells[at + 3] ?? "",
    );
    if (entry === undefined) return DECLINED;
    this.identityEntries[key] = entry;
    for (let k = at; k < at + 4; k++) cells[k] = undefined;
    return entry;
  }

  /**
   * The cells of the identity keys the last scan added (keys `decodedKeys` on), decoded in one piece: a key is
   * its name, birthdate, phone and memberId, each followed by U+0001, and the keys lie one after another in the
   * scanner's memory. A call to the decoder per key cost more than the rest of a new identity's reading.
   */
  private decodeIdentityKeys(): void {
    const from = this.decodedKeys;
    const to = this.x.entries(0);
    if (to <= from) return;
    this.decodedKeys = to;
    const start = this.x.entryKeyOffset(0, from);
    const end = this.x.entryKeyOffset(0, to - 1) + this.x.entryKeyLength(0, to - 1);
    this.refresh();
    const parts = this.decoder.decode(this.bytes.subarray(start, end)).split("\u0001");
    const cells = this.identityCells;
    if (parts.length === (to - from) * 4 + 1) {
      for (let i = 0; i < parts.length - 1; i++) cells[from * 4 + i] = parts[i];
      return;
    }
    // A cell holds U+0001: key by key, and that key's cells left undecoded.
    for (let key = from; key < to; key++) {
      const own = this.keyText(0, key).split("\u0001");
      if (own.length !== 5) continue;
      for (let k = 0; k < 4; k++) cells[key * 4 + k] = own[k];
    }
  }

  /** The text of entry `entry` of the scanner's table `table`. */
  private keyText(table: number, entry: number): string {
    const offset = this.x.entryKeyOffset(table, entry);
    const length = this.x.entryKeyLength(table, entry);
    this.refresh();
    return this.decoder.decode(this.bytes.subarray(offset, offset + length));
  }
}
