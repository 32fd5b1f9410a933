// One data row → a canonical record, a rejected row, or an ignored line. This is the per-row hot loop of a
// million-row audit: Map lookups and single-pass parsers only, strings interned so that repeated
// institutions and activities share memory.

import { formatDay, toDay } from "../model/day.js";
import {
  type Approval,
  blankRecord,
  type CanonicalField,
  type CanonicalRecord,
  type Identity,
  type Origin,
  type RejectedRow,
  type RejectReason,
  type TransferState,
} from "../model/record.js";
import { normalizeBirthdate } from "../normalize/birthdate.js";
import { parseDate, parseDateTime } from "../normalize/date.js";
import { minutesBetween, parseClock, parseDuration } from "../normalize/duration.js";
import {
  looksLikeResidentNumber,
  maskCellForEcho,
  maskResidentNumbers,
  withoutResidentNumbers,
} from "../normalize/mask.js";
import { normalizeName } from "../normalize/name.js";
import { parsePeriod } from "../normalize/period.js";
import { normalizePhone } from "../normalize/phone.js";
import { cleanText, normalizeWord } from "../normalize/text.js";
import type { ColumnPlan } from "./column-plan.js";
import type { CompiledProfile } from "./compile-profile.js";
import { IdentityIndex } from "./identity-index.js";

const MINUTES_PER_DAY = 1440;
/** Words that mark a total or subtotal line (합계/총계/소계/누계): ignored, not rejected. */
export const TOTAL_WORDS: ReadonlySet<string> = new Set([
  "합계",
  "총계",
  "소계",
  "누계",
  "계",
  "total",
  "subtotal",
  "grandtotal",
  "sum",
]);
export const TOTAL_PREFIXES: readonly string[] = ["합계", "총계", "소계", "누계", "total"];
/** Cells meaning "nothing here" in exports: a dash or a lone dot. */
const EMPTY_MARKS = new Set(["-", "--", ".", "·", "n/a", "null"]);
/** At most this many distinct cells are remembered per cache (durations, words), so unique values cannot grow it. */
const MAX_REMEMBERED = 4096;
/**
 * The free-text cache's bound, in characters of the texts it keeps (at two bytes each: 8 MB). A council's
 * export names thousands of institutions, and a row whose institution or activity is not remembered is read
 * cell by cell (readPlain takes only remembered text): with 20,000 institutions and 3,000 activities in 300k
 * rows, 6% of the rows were read whole under the 4,096 entries the other caches keep, 84% under this bound,
 * and the read took 0.84–0.91 s instead of 1.16–1.39 s. Unique long texts fill it sooner, as they should.
 */
const MAX_REMEMBERED_TEXT_CHARS = 1 << 22;
/** Earliest activity date we accept; anything before is an Excel or typing accident. */
const EARLIEST_ACTIVITY_DAY = 3652; // 1980-01-01
/** A date written plainly (`9999-12-31`, `1899.12.31`, `18991231`): parseDate reads only years 1900–2100. */
const PLAIN_DATE = /^(\d{4})([-./]?)(\d{1,2})\2(\d{1,2})\.?$/;
/** What Excel writes for a date cell not formatted as text (`45900`, `45900.5`: days since 1899-12-30). */
const EXCEL_SERIAL = /^[1-9]\d{4}(?:\.\d+)?$/;
/** What Excel writes for a long number (`1.01E+10`): a phone number whose digits are lost. */
const EXCEL_NUMBER = /^\d(?:\.\d+)?E\+?\d+$/i;

/** Whether `raw` is a real calendar date written plainly, only outside the years dates are read in. */
function isFarDate(raw: string): boolean {
  const m = PLAIN_DATE.exec(raw);
  return m !== null && Number(m[1]) >= 1000 && toDay(Number(m[1]), Number(m[3]), Number(m[4])) !== undefined;
}

/**
 * Why a period did not parse: `reversed` when both ends are dates but the end comes first, with the period
 * written the other way round as the fix (`20261031~20261003` → `20261003~20261031`).
 */
function periodProblem(
  raw: string,
  excelSerial: boolean,
): { problem: "reversed"; swapped: string } | { problem: "unreadable" } {
  const ends = raw.split(/[~～〜]/);
  if (ends.length !== 2) return { problem: "unreadable" };
  const first = ends[0].trim();
  const second = ends[1].trim();
  const start = parseDate(first, { excelSerial });
  const end = parseDate(second, { excelSerial });
  if (start === undefined || end === undefined || end >= start) return { problem: "unreadable" };
  const separator = raw.match(/[~～〜]/)?.[0] ?? "~";
  return { problem: "reversed", swapped: `${second}${separator}${first}` };
}

/**
 * Whether `c` may be whitespace to `String.prototype.trim` (a superset check: true sends the cell to trim()).
 * Cells nearly always start and end with a letter or digit, and then trimming is skipped.
 */
function mayBeTrimmed(c: number): boolean {
  return (
    c <= 0x20 ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x202f) ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** `raw.trim()`, without the call when neither end can be whitespace. */
function trimCell(raw: string): string {
  const n = raw.length;
  if (n === 0) return raw;
  return mayBeTrimmed(raw.charCodeAt(0)) || mayBeTrimmed(raw.charCodeAt(n - 1)) ? raw.trim() : raw;
}

/** Whether a trimmed, non-empty cell is one of EMPTY_MARKS (case-insensitive); lower-cases only candidates. */
function isEmptyMark(text: string): boolean {
  if (text.length > 4) return false;
  const c = text.charCodeAt(0);
  // Every mark starts with `-`, `.`, `·` or `n`/`N`.
  if (c !== 0x2d && c !== 0x2e && c !== 0xb7 && c !== 0x6e && c !== 0x4e) return false;
  return EMPTY_MARKS.has(text.toLowerCase());
}

/**
 * A copy of `text` that does not hold on to the string it was sliced from. Cells are slices of a whole chunk
 * of the file (csv-reader.ts), and V8 keeps the chunk alive as long as a slice of 13 or more characters lives:
 * every string a record, an identity or a rejected row keeps is detached first. (Concatenation then slicing
 * makes V8 flatten the short concatenation into a new string.)
 */
export function detach(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

const HAP = 0xd569; // 합
const CHONG = 0xcd1d; // 총
const SO = 0xc18c; // 소
const NU = 0xb204; // 누
const GYE = 0xacc4; // 계

/**
 * For a cell whose first non-whitespace character is at i: false when its normalised word can be neither a
 * total word nor a note mark, true when the full check must decide. Total words and prefixes start with 합, 총,
 * 소, 누, 계, t, s or g; NFC can change a syllable only when a combining character (≥ U+0300) follows it.
 */
function mayBeTotalCell(cell: string, i: number): boolean {
  const c = cell.charCodeAt(i);
  if (c < 0x80) {
    const lower = c | 0x20;
    return c === 0x23 || lower === 0x74 || lower === 0x73 || lower === 0x67;
  }
  if (c >= 0xac00 && c <= 0xd7a3) {
    if (c === HAP || c === CHONG || c === SO || c === NU || c === GYE) return true;
    const next = i + 1 < cell.length ? cell.charCodeAt(i + 1) : 0;
    return next >= 0x300 && (next < 0xac00 || next > 0xd7a3);
  }
  return true;
}

/** A vocabulary word by its raw cell, remembered per cell text (normalising it is the cost). */
function lookUpWord<T>(vocab: ReadonlyMap<string, T>, cache: Map<string, T>, raw: string): T | undefined {
  const known = cache.get(raw);
  if (known !== undefined) return known;
  const found = vocab.get(normalizeWord(raw));
  if (found !== undefined && cache.size < MAX_REMEMBERED) cache.set(detach(raw), found);
  return found;
}

/** A cell trimmed, or "" when it holds only an empty mark. */
export function clean(raw: string): string {
  const text = trimCell(raw);
  return text.length > 0 && isEmptyMark(text) ? "" : text;
}

/** Index of the first character `trim()` would keep, or the length when the cell is all whitespace. */
function firstKept(cell: string): number {
  const n = cell.length;
  if (n === 0 || !mayBeTrimmed(cell.charCodeAt(0))) return 0;
  return n - cell.trimStart().length;
}

export type RowOutcome = CanonicalRecord | RejectedRow | null;

/** The column plan's index with every field present (-1 when unmapped), built as one object literal. */
function columnIndexes(index: Partial<Record<CanonicalField, number>>): Record<CanonicalField, number> {
  const at = (field: CanonicalField): number => index[field] ?? -1;
  return {
    name: at("name"),
    birthdate: at("birthdate"),
    phone: at("phone"),
    memberId: at("memberId"),
    rrn: at("rrn"),
    date: at("date"),
    period: at("period"),
    timeRange: at("timeRange"),
    start: at("start"),
    end: at("end"),
    duration: at("duration"),
    institution: at("institution"),
    activity: at("activity"),
    seq: at("seq"),
    approval: at("approval"),
    transferKind: at("transferKind"),
    transferAt: at("transferAt"),
    transferResult: at("transferResult"),
    transferCode: at("transferCode"),
    origin: at("origin"),
    donationKind: at("donationKind"),
    converted: at("converted"),
    certificateNo: at("certificateNo"),
  };
}

/**
 * Whether readPlain can read a file with these columns: identity columns, a date and a duration column, and no
 * column only `read` handles (a period, a transfer code or kind, a sequence or certificate number, donation
 * columns). VMS and 1365 exports, the big files of an audit, qualify.
 */
function plainReadable(col: Record<CanonicalField, number>, plan: ColumnPlan): boolean {
  return (
    plan.hasIdentity &&
    plan.headerCount >= 2 &&
    col.date >= 0 &&
    col.duration >= 0 &&
    col.period < 0 &&
    col.seq < 0 &&
    col.transferKind < 0 &&
    col.transferCode < 0 &&
    col.donationKind < 0 &&
    col.converted < 0 &&
    col.certificateNo < 0
  );
}

/** A first cell that leaves a row neither blank nor a total or note line (see isTotalOrNoteLine). */
function isPlainLead(cell: string): boolean {
  const i = firstKept(cell);
  return i < cell.length && !mayBeTotalCell(cell, i);
}

/** Where readPlain's cells are (RowReader.plainLayout): column indexes, -1 for a column the file lacks. */
export interface PlainLayout {
  cells: number;
  /** The delimiter's code (ASCII). */
  delimiter: number;
  /** name, birthdate, phone, memberId. */
  identity: [number, number, number, number];
  date: number;
  transferAt: number;
  duration: number;
  approval: number;
  transferResult: number;
  origin: number;
  institution: number;
  activity: number;
  /** Dates outside these days are left to `read` (which rejects them). */
  earliestDay: number;
  latestDay: number;
}

export interface RowReaderOptions {
  fileIndex: number;
  compiled: CompiledProfile;
  plan: ColumnPlan;
  /** Identity of every row of a file without identity columns (from --person, or the anonymous user). */
  fallbackIdentity: Identity;
  /** Rows dated after this epoch day are rejected (the --as-of day). */
  latestDay: number;
  /** The file's delimiter, for readPlain; without it every row takes `read`. */
  delimiter?: string;
}

export function isRejected(outcome: RowOutcome): outcome is RejectedRow {
  return outcome !== null && "reason" in outcome;
}

/** A total, subtotal or note line: its first non-empty cells name a total, or it starts with ※ or #. */
export function isTotalOrNoteLine(cells: readonly string[]): boolean {
  let seen = 0;
  for (const cell of cells) {
    const at = firstKept(cell);
    if (at >= cell.length) continue;
    if (!mayBeTotalCell(cell, at)) {
      if (++seen >= 2) return false;
      continue;
    }
    const text = cell.trim();
    if (text.length === 0) continue;
    if (seen === 0 && (text.startsWith("※") || text.startsWith("#"))) return true;
    const word = normalizeWord(text).replace(/[:：]$/, "");
    if (TOTAL_WORDS.has(word) || TOTAL_PREFIXES.some((p) => word.startsWith(p))) return true;
    if (++seen >= 2) return false;
  }
  return false;
}

export function isBlankLine(cells: readonly string[]): boolean {
  for (const cell of cells) if (firstKept(cell) < cell.length) return false;
  return true;
}

export class RowReader {
  readonly identities: Identity[] = [];
  /** Free-text cells that held a resident-number-like value, masked before they were kept. */
  rrnValuesMasked = 0;
  /** Where the first one was seen, for the warning. */
  rrnFirstSeen: { column: string; line: number } | null = null;
  private readonly identityIndex = new IdentityIndex(this.identities);
  private readonly interned = new Map<string, string>();
  /**
   * Per raw (name, birthdate, phone, memberId) cells already read: identity × 4 + how many resident numbers
   * reading them counted (0–2), so a repeat skips normalising but still counts them.
   */
  private readonly rawIdentities = new Map<string, number>();
  /** The raw identity cells of the last row read, and their entry: rows of one person often follow each other. */
  private lastName = "";
  private lastBirth = "";
  private lastPhone = "";
  private lastMember = "";
  private lastIdentity = -1;
  /** Kept free text per raw cell (institution, activity), when no resident number had to be masked in it. */
  private readonly textByRaw = new Map<string, string>();
  /** Characters textByRaw holds (see MAX_REMEMBERED_TEXT_CHARS). */
  private textCacheChars = 0;
  private readonly durations = new Map<string, number>();
  /** Column per field (-1 when absent), as a fixed-shape object: read once per cell of every row. */
  private readonly col: Record<CanonicalField, number>;
  private readonly o: RowReaderOptions;
  private readonly durationUnit: "hours" | "minutes";
  private readonly excelSerial: boolean;
  /** Whether readPlain may read this file's rows (see plainReadable); its delimiter then. */
  private readonly plainDelimiter: string | null;
  /** Where each cell of the row readPlain is reading starts (one more entry: the row's end + 1). */
  private readonly cellStarts: Int32Array;
  /** Vocabulary words per raw cell: approval, transfer state, origin. */
  private readonly approvalByRaw = new Map<string, Approval>();
  private readonly transferByRaw = new Map<string, TransferState>();
  private readonly originByRaw = new Map<string, Origin>();
  /** The record readPlain returns, overwritten by each call (see readPlain). */
  private readonly plainRecord: CanonicalRecord;

  constructor(options: RowReaderOptions) {
    this.o = options;
    this.col = columnIndexes(options.plan.index);
    this.durationUnit = options.plan.durationUnit ?? options.compiled.profile.defaults.durationUnit;
    this.excelSerial = options.compiled.profile.defaults.excelSerialDates;
    const { delimiter } = options;
    this.plainDelimiter =
      delimiter !== undefined && delimiter.length === 1 && plainReadable(this.col, options.plan)
        ? delimiter
        : null;
    this.cellStarts = new Int32Array(this.plainDelimiter === null ? 0 : options.plan.headerCount + 1);
    this.plainRecord = blankRecord(options.fileIndex, 0, options.compiled.id, 0);
  }

  /** The trimmed cell of a field, or "" when the column is absent or the cell holds only an empty mark. */
  private cell(cells: readonly string[], field: CanonicalField): string {
    return this.at(cells, this.col[field]);
  }

  /** The trimmed cell at column i (-1: absent), or "" when the cell holds only an empty mark. */
  private at(cells: readonly string[], i: number): string {
    if (i < 0) return "";
    const raw = cells[i];
    return raw === undefined ? "" : clean(raw);
  }

  private reject(
    line: number,
    reason: RejectReason,
    field: CanonicalField | null,
    raw: string | null,
    detail: Record<string, string | number> = {},
  ): RejectedRow {
    const value =
      field && raw !== null ? maskCellForEcho(field, raw) : raw === null ? null : maskResidentNumbers(raw);
    return {
      file: this.o.fileIndex,
      line,
      reason,
      column: field ? (this.o.plan.header[field] ?? field) : null,
      value: value === null ? null : detach(value),
      detail: field ? { field, ...detail } : detail,
    };
  }

  private intern(text: string): string {
    const hit = this.interned.get(text);
    if (hit !== undefined) return hit;
    const kept = detach(text);
    this.interned.set(kept, kept);
    return kept;
  }

  /** parseDuration in this file's unit, remembered per cell text (exports repeat a handful of values). */
  private duration(raw: string): number | undefined {
    const known = this.durations.get(raw);
    if (known !== undefined) return known;
    const minutes = parseDuration(raw, this.durationUnit);
    if (minutes !== undefined && this.durations.size < MAX_REMEMBERED)
      this.durations.set(detach(raw), minutes);
    return minutes;
  }

  /** Counts again the resident numbers a repeat of already read identity cells held (see rawIdentities). */
  private countAgain(count: number, line: number): void {
    if (count === 0) return;
    this.rrnValuesMasked += count;
    // Set by the first read of these cells, on an earlier line.
    this.rrnFirstSeen ??= { column: "", line };
  }

  /** Free text kept on the record: cleaned, interned, and never holding a resident number. */
  private text(cells: readonly string[], field: CanonicalField, line: number): string {
    const raw = this.cell(cells, field);
    if (raw.length === 0) return "";
    const known = this.textByRaw.get(raw);
    if (known !== undefined) return known;
    const clean = cleanText(raw);
    const kept = this.maskCounted(clean, field, line);
    const text = this.intern(kept);
    // A cell whose resident number was masked is read again each time, so that every one is counted.
    if (kept === clean && this.textCacheChars < MAX_REMEMBERED_TEXT_CHARS) {
      this.textByRaw.set(detach(raw), text);
      this.textCacheChars += raw.length + (text === raw ? 0 : text.length);
    }
    return text;
  }

  /** `text` with resident-number-like runs masked, each masked cell counted for the `rrn-value-masked` warning. */
  private maskCounted(text: string, field: CanonicalField, line: number): string {
    if (text.length < 13) return text;
    const masked = maskResidentNumbers(text);
    if (masked === text) return text;
    this.rrnValuesMasked++;
    this.rrnFirstSeen ??= { column: this.o.plan.header[field] ?? field, line };
    return masked;
  }

  private identityOf(
    name: string | null,
    birthdate: string | null,
    phone: string | null,
    memberId: string | null,
  ) {
    const known = this.identityIndex.indexOf(name, birthdate, phone, memberId);
    if (known >= 0) return known;
    return this.identityIndex.add({
      name: name === null ? null : detach(name),
      birthdate: birthdate === null ? null : detach(birthdate),
      phone: phone === null ? null : detach(phone),
      memberId,
    });
  }

  /**
   * A person's first row, for readPlain: the identity of raw cells `read` has not seen, registered as `read`
   * registers it (the same index, as rows come in order), or undefined when `read` must have the row: a cell
   * that does not read (a rejection) or that holds a resident number (masked and counted). A tenth of a big
   * export's rows are a person's first; through `read` they cost three times a row read whole.
   */
  private newPlainIdentity(
    rawName: string,
    rawBirth: string,
    rawPhone: string,
    rawMember: string,
    rawKey: string,
  ): number | undefined {
    const entry = this.plainIdentityOf(rawName, rawBirth, rawPhone, rawMember);
    if (entry !== undefined) this.rawIdentities.set(detach(rawKey), entry);
    return entry;
  }

  /**
   * The entry of cleaned identity cells without a rejection or a resident number, registered as `read`
   * registers it (identityOf: the same index for the same normalised identity); undefined otherwise.
   */
  private plainIdentityOf(
    rawName: string,
    rawBirth: string,
    rawPhone: string,
    rawMember: string,
  ): number | undefined {
    const name = rawName.length > 0 ? normalizeName(rawName) : null;
    if (name === undefined || (name !== null && looksLikeResidentNumber(name))) return undefined;
    const birthdate = rawBirth.length > 0 ? normalizeBirthdate(rawBirth) : null;
    if (birthdate === undefined) return undefined;
    const phone = rawPhone.length > 0 ? normalizePhone(rawPhone) : null;
    if (phone === undefined) return undefined;
    if (rawMember.length > 0 && maskResidentNumbers(rawMember) !== rawMember) return undefined;
    const memberId = rawMember.length > 0 ? this.intern(rawMember) : null;
    // No resident number counted: the entry's count part is 0.
    return this.identityOf(name, birthdate, phone, memberId) * 4;
  }

  /**
   * For the byte scanner, which remembers raw cells itself: the entry of raw identity cells that hold no
   * rejection and no resident number, without the raw-cell cache `read` keeps (a row the scanner hands back
   * reads them again: the same identity, as identityOf numbers normalised identities).
   */
  scannedIdentityOf(name: string, birth: string, phone: string, member: string): number | undefined {
    return this.plainIdentityOf(clean(name), clean(birth), clean(phone), clean(member));
  }

  /** Read one data row (not blank, not a total line: the caller has checked). */
  read(cells: readonly string[], line: number): RowOutcome {
    const { plan, compiled } = this.o;
    if (cells.length > plan.headerCount) {
      for (let i = plan.headerCount; i < cells.length; i++) {
        if (cells[i].trim().length > 0) {
          return this.reject(line, "column-count", null, null, {
            expected: plan.headerCount,
            actual: cells.length,
          });
        }
      }
    } else if (cells.length < plan.headerCount) {
      return this.reject(line, "column-count", null, null, {
        expected: plan.headerCount,
        actual: cells.length,
      });
    }

    // Identity.
    let identity: number;
    if (plan.hasIdentity) {
      const rawName = this.at(cells, this.col.name);
      const rawBirth = this.at(cells, this.col.birthdate);
      const rawPhone = this.at(cells, this.col.phone);
      const rawMember = this.at(cells, this.col.memberId);
      let known: number | undefined;
      if (
        this.lastIdentity >= 0 &&
        rawName === this.lastName &&
        rawBirth === this.lastBirth &&
        rawPhone === this.lastPhone &&
        rawMember === this.lastMember
      ) {
        known = this.lastIdentity;
      } else {
        const rawKey = `${rawName}\u0001${rawBirth}\u0001${rawPhone}\u0001${rawMember}`;
        known = this.rawIdentities.get(rawKey);
        if (known === undefined) {
          const countedBefore = this.rrnValuesMasked;
          let name = rawName.length > 0 ? normalizeName(rawName) : null;
          if (name === undefined) return this.reject(line, "invalid-name", "name", rawName);
          if (name !== null && looksLikeResidentNumber(name)) {
            // A resident number beside the name (`홍길동 080315-3123456`) is not part of it: dropped, and counted
            // for the warning. (Masked in place, the name would read as an already masked one.)
            this.maskCounted(name, "name", line);
            name = normalizeName(withoutResidentNumbers(name));
            if (name === undefined) return this.reject(line, "invalid-name", "name", rawName);
          }
          const birthdate = rawBirth.length > 0 ? normalizeBirthdate(rawBirth) : null;
          if (birthdate === undefined) return this.reject(line, "invalid-birthdate", "birthdate", rawBirth);
          const phone = rawPhone.length > 0 ? normalizePhone(rawPhone) : null;
          if (phone === undefined) {
            const hint: Record<string, string> = EXCEL_NUMBER.test(rawPhone) ? { hint: "excel-number" } : {};
            return this.reject(line, "invalid-phone", "phone", rawPhone, hint);
          }
          const memberId =
            rawMember.length > 0 ? this.intern(this.maskCounted(rawMember, "memberId", line)) : null;
          identity = this.identityOf(name, birthdate, phone, memberId);
          const entry = identity * 4 + (this.rrnValuesMasked - countedBefore);
          this.rawIdentities.set(detach(rawKey), entry);
          known = entry;
        } else {
          this.countAgain(known % 4, line);
        }
        // (Slices of the current chunk: holding them until the next person is harmless.)
        this.lastName = rawName;
        this.lastBirth = rawBirth;
        this.lastPhone = rawPhone;
        this.lastMember = rawMember;
        this.lastIdentity = known;
        known = undefined;
      }
      if (known !== undefined) this.countAgain(known % 4, line);
      identity = Math.floor(this.lastIdentity / 4);
    } else {
      if (this.lastIdentity < 0) {
        const f = this.o.fallbackIdentity;
        this.lastIdentity = this.identityOf(f.name, f.birthdate, f.phone, f.memberId) * 4;
      }
      identity = Math.floor(this.lastIdentity / 4);
    }

    // When: a date, or a period.
    let date: number | null = null;
    let periodEnd: number | null = null;
    const rawDate = this.at(cells, this.col.date);
    if (rawDate.length > 0) {
      const day = parseDate(rawDate, { excelSerial: this.excelSerial });
      if (day === undefined) {
        // A period written in the date column (20210804~20210930) is still a period.
        const period = parsePeriod(rawDate, { excelSerial: false });
        if (!period) return this.invalidDate(line, "date", rawDate);
        date = period.start;
        periodEnd = period.end > period.start ? period.end : null;
      } else {
        date = day;
      }
    } else {
      const rawPeriod = this.at(cells, this.col.period);
      if (rawPeriod.length > 0) {
        const period = parsePeriod(rawPeriod, { excelSerial: this.excelSerial });
        if (!period) {
          return this.reject(
            line,
            "invalid-period",
            "period",
            rawPeriod,
            periodProblem(rawPeriod, this.excelSerial),
          );
        }
        date = period.start;
        periodEnd = period.end > period.start ? period.end : null;
      } else {
        const field: CanonicalField = this.col.date >= 0 || this.col.period < 0 ? "date" : "period";
        return this.reject(line, "missing-value", field, "");
      }
    }
    const lastDay = periodEnd ?? date;
    if (date < EARLIEST_ACTIVITY_DAY || lastDay > this.o.latestDay) {
      const field: CanonicalField = rawDate.length > 0 ? "date" : "period";
      return this.reject(line, "date-out-of-range", field, this.cell(cells, field), {
        min: formatDay(EARLIEST_ACTIVITY_DAY),
        max: formatDay(this.o.latestDay),
      });
    }

    // How long.
    let minutes: number | null = null;
    const rawDuration = this.at(cells, this.col.duration);
    const days = periodEnd === null ? 1 : periodEnd - date + 1;
    if (rawDuration.length > 0) {
      const parsed = this.duration(rawDuration);
      if (parsed === undefined) {
        // `-2`, `−1:30`: a duration with a minus sign is negative, not unreadable.
        const sign = /^[-−－]\s*/.exec(rawDuration);
        const magnitude = sign
          ? parseDuration(rawDuration.slice(sign[0].length), this.durationUnit)
          : undefined;
        const detail: Record<string, string | number> = magnitude
          ? { problem: "negative", minutes: -magnitude }
          : { problem: "unreadable" };
        return this.reject(line, "invalid-duration", "duration", rawDuration, detail);
      }
      minutes = parsed;
    } else if (this.col.start >= 0) {
      const rawStart = this.at(cells, this.col.start);
      const rawEnd = this.at(cells, this.col.end);
      if (rawStart.length === 0) return this.reject(line, "missing-value", "start", "");
      if (rawEnd.length === 0) return this.reject(line, "missing-value", "end", "");
      const start = parseClock(rawStart);
      if (start === undefined) return this.reject(line, "invalid-time", "start", rawStart);
      const end = parseClock(rawEnd);
      if (end === undefined) return this.reject(line, "invalid-time", "end", rawEnd);
      minutes = minutesBetween(start, end);
    } else if (this.col.duration >= 0) {
      return this.reject(line, "missing-value", "duration", "");
    }
    if (minutes !== null) {
      const field: CanonicalField = rawDuration.length > 0 ? "duration" : "start";
      if (minutes <= 0) {
        return this.reject(line, "invalid-duration", field, rawDuration || "0", { problem: "zero", minutes });
      }
      if (minutes > MINUTES_PER_DAY * days) {
        return this.reject(line, "invalid-duration", field, rawDuration, { problem: "too-long", minutes });
      }
    }

    // States.
    const rawApproval = this.at(cells, this.col.approval);
    let approval: CanonicalRecord["approval"] = null;
    if (rawApproval.length > 0) {
      const found = lookUpWord(compiled.approval, this.approvalByRaw, rawApproval);
      if (!found) return this.unknownWord(line, "approval", rawApproval, compiled.approval);
      approval = found;
    }
    const rawResult = this.at(cells, this.col.transferResult);
    let transferState: TransferState | null = null;
    if (rawResult.length > 0) {
      const found = lookUpWord(compiled.transfer, this.transferByRaw, rawResult);
      if (!found) return this.unknownWord(line, "transferResult", rawResult, compiled.transfer);
      transferState = found;
    }
    const rawCode = this.at(cells, this.col.transferCode);
    let transferCode: number | null = null;
    if (rawCode.length > 0) {
      if (!/^\d{1,4}$/.test(rawCode)) {
        const expected = [...compiled.transferCodes.keys()].sort((a, b) => a - b).join(", ");
        return this.reject(line, "invalid-code", "transferCode", rawCode, { expected });
      }
      transferCode = Number(rawCode);
      const byCode = compiled.transferCodes.get(transferCode);
      if (byCode) transferState = byCode;
    }
    const rawAt = this.at(cells, this.col.transferAt);
    let transferAt: number | null = null;
    if (rawAt.length > 0) {
      const at = parseDateTime(rawAt, { excelSerial: this.excelSerial });
      if (at === undefined) return this.invalidDate(line, "transferAt", rawAt);
      transferAt = at;
    }
    const rawOrigin = this.at(cells, this.col.origin);
    // An origin word we do not know (DOVOL, a local centre) is still a 1365 credit: it just is not from an
    // upstream system vhr reads, so it is kept as a direct credit rather than rejected.
    const origin =
      rawOrigin.length > 0 ? (lookUpWord(compiled.origin, this.originByRaw, rawOrigin) ?? "1365") : null;
    const rawKind = this.at(cells, this.col.donationKind);
    const donationKind =
      rawKind.length > 0 ? (compiled.donationKind.get(normalizeWord(rawKind)) ?? null) : null;
    const rawConverted = this.at(cells, this.col.converted);
    const converted =
      rawConverted.length > 0 ? (compiled.converted.get(normalizeWord(rawConverted)) ?? null) : null;

    const seq = this.maskCounted(this.at(cells, this.col.seq), "seq", line);
    const certificateNo = this.maskCounted(this.at(cells, this.col.certificateNo), "certificateNo", line);
    const transferKind = this.maskCounted(this.at(cells, this.col.transferKind), "transferKind", line);
    return {
      file: this.o.fileIndex,
      line,
      source: compiled.id,
      identity,
      date,
      periodEnd,
      minutes,
      institution: this.text(cells, "institution", line),
      activity: this.text(cells, "activity", line),
      seq: seq.length > 0 ? detach(seq) : null,
      approval,
      approvalRaw: rawApproval.length > 0 ? this.intern(rawApproval) : null,
      transferKind: transferKind.length > 0 ? this.intern(transferKind) : null,
      transferAt,
      transferState,
      transferRaw: rawResult.length > 0 ? this.intern(rawResult) : null,
      transferCode,
      origin,
      donationKind,
      certificateNo: certificateNo.length > 0 ? detach(certificateNo) : null,
      converted,
    };
  }

  /**
   * The common row of a big export, read without splitting it into cells first: `text[start, end)`, a row
   * without quotes whose identity cells this reader has read before (mostly those of the row before: a
   * person's rows follow each other) or normalises without a rejection or a resident number, and whose every
   * other cell is one it has read before or parses. Returns exactly the record `read` would, or undefined when
   * the row needs `read` (the file's first row, a cell to reject, a column count other than the header's, free
   * text seen for the first time), having changed nothing that reading the row with `read` would not change
   * the same way. On the benchmark's 1M-row audit 98.7% of the VMS rows and 98.7% of the 1365 rows take this
   * path (no cells array, no slice of a cell it does not read, vocabulary words looked up by their cell):
   * reading `vms.csv` alone went from 2.4 s to 1.9 s; a person's first row taken too, `1365.csv` alone
   * 1.40–1.53 → 1.30–1.42 s (minimum of three reads, two rounds).
   * The record returned is the reader's own, overwritten by its next readPlain: the caller copies it
   * (RecordEncoder.add) before reading on. A new object per row was ~1.9M objects at 1M rows, each dead as soon
   * as it was encoded: a quarter of the scavenges of the read (main thread 52 → 38, worker 65 → 48).
   */
  readPlain(text: string, start: number, end: number, line: number): CanonicalRecord | undefined {
    const delimiter = this.plainDelimiter;
    if (delimiter === null || this.lastIdentity < 0) return undefined;
    const count = this.o.plan.headerCount;
    const starts = this.cellStarts;
    starts[0] = start;
    let at = start;
    for (let k = 1; k < count; k++) {
      const next = text.indexOf(delimiter, at);
      if (next < 0 || next >= end) return undefined;
      at = next + 1;
      starts[k] = at;
    }
    const extra = text.indexOf(delimiter, at);
    if (extra >= 0 && extra < end) return undefined;
    starts[count] = end + 1;
    const col = this.col;

    // Identity: mostly the previous row's cells. They are kept as `at` trimmed them; trimming is idempotent, so
    // a raw cell equal to one of them reads as that value.
    const first = this.cellText(text, 0);
    const second = this.cellText(text, 1);
    if (!isPlainLead(first) || !isPlainLead(second)) return undefined;
    const name = this.cellOrFirst(text, col.name, first, second);
    const birth = this.cellOrFirst(text, col.birthdate, first, second);
    const phone = this.cellOrFirst(text, col.phone, first, second);
    const member = this.cellOrFirst(text, col.memberId, first, second);
    if (
      name !== this.lastName ||
      birth !== this.lastBirth ||
      phone !== this.lastPhone ||
      member !== this.lastMember
    ) {
      // Another person, or the same one written another way (`주 보연`).
      if (this.identityEntryOf(name, birth, phone, member) === undefined) return undefined;
    }

    const rawDate = clean(this.cellOrFirst(text, col.date, first, second));
    if (rawDate.length === 0) return undefined;
    const date = parseDate(rawDate, { excelSerial: this.excelSerial });
    if (date === undefined) return undefined;
    if (date < EARLIEST_ACTIVITY_DAY || date > this.o.latestDay) return undefined;

    const minutes = this.plainMinutesOf(clean(this.cellOrFirst(text, col.duration, first, second)));
    if (minutes === undefined) return undefined;
    const rawApproval = clean(this.cellOrFirst(text, col.approval, first, second));
    const approval = this.approvalOf(rawApproval);
    if (approval === undefined) return undefined;
    const rawResult = clean(this.cellOrFirst(text, col.transferResult, first, second));
    const transferState = this.transferStateOf(rawResult);
    if (transferState === undefined) return undefined;
    const rawAt = clean(this.cellOrFirst(text, col.transferAt, first, second));
    let transferAt: number | null = null;
    if (rawAt.length > 0) {
      const parsed = parseDateTime(rawAt, { excelSerial: this.excelSerial });
      if (parsed === undefined) return undefined;
      transferAt = parsed;
    }
    const origin = this.originOf(clean(this.cellOrFirst(text, col.origin, first, second)));
    const institution = this.keptTextOf(clean(this.cellOrFirst(text, col.institution, first, second)));
    if (institution === undefined) return undefined;
    const activity = this.keptTextOf(clean(this.cellOrFirst(text, col.activity, first, second)));
    if (activity === undefined) return undefined;

    // Accepted: from here on, what `read` does to the reader's state.
    this.countAgain(this.lastIdentity % 4, line);
    const record = this.plainRecord;
    record.line = line;
    record.identity = Math.floor(this.lastIdentity / 4);
    record.date = date;
    record.minutes = minutes;
    record.institution = institution;
    record.activity = activity;
    record.approval = approval;
    record.approvalRaw = this.rawWordOf(rawApproval);
    record.transferAt = transferAt;
    record.transferState = transferState;
    record.transferRaw = this.rawWordOf(rawResult);
    record.origin = origin;
    return record;
  }

  // What readPlain makes of its cells, cleaned (`clean`); undefined when the row needs `read`. The byte scanner
  // (plain-rows.ts) asks the same of each distinct cell it finds.

  /** Minutes of a duration cell, within a day. */
  plainMinutesOf(cell: string): number | undefined {
    if (cell.length === 0) return undefined;
    const minutes = this.duration(cell);
    return minutes === undefined || minutes <= 0 || minutes > MINUTES_PER_DAY ? undefined : minutes;
  }

  /** An approval word (null: an empty cell). */
  approvalOf(cell: string): Approval | null | undefined {
    return cell.length === 0 ? null : lookUpWord(this.o.compiled.approval, this.approvalByRaw, cell);
  }

  /** A transfer result word (null: an empty cell). */
  transferStateOf(cell: string): TransferState | null | undefined {
    return cell.length === 0 ? null : lookUpWord(this.o.compiled.transfer, this.transferByRaw, cell);
  }

  /** An origin (null: an empty cell). An origin word we do not know is a direct credit, as `read` takes it. */
  originOf(cell: string): Origin | null {
    return cell.length > 0 ? (lookUpWord(this.o.compiled.origin, this.originByRaw, cell) ?? "1365") : null;
  }

  /** Free text only as read before: a first reading may mask a resident number and count it. */
  keptTextOf(cell: string): string | undefined {
    return cell.length > 0 ? this.textByRaw.get(cell) : "";
  }

  /** A status cell as records keep it (approvalRaw, transferRaw): interned, null when empty. */
  rawWordOf(cell: string): string | null {
    return cell.length > 0 ? this.intern(cell) : null;
  }

  /**
   * The entry (identity × 4 + resident numbers to count again) of raw identity cells, registered as `read`
   * would register them; undefined when `read` must read the row.
   */
  private identityEntryOf(name: string, birth: string, phone: string, member: string): number | undefined {
    const rawName = clean(name);
    const rawBirth = clean(birth);
    const rawPhone = clean(phone);
    const rawMember = clean(member);
    const rawKey = `${rawName}\u0001${rawBirth}\u0001${rawPhone}\u0001${rawMember}`;
    const known =
      this.rawIdentities.get(rawKey) ?? this.newPlainIdentity(rawName, rawBirth, rawPhone, rawMember, rawKey);
    if (known === undefined) return undefined;
    // As `read` would: these cells become the last ones (so a row declined later reads as their repeat).
    this.lastName = rawName;
    this.lastBirth = rawBirth;
    this.lastPhone = rawPhone;
    this.lastMember = rawMember;
    this.lastIdentity = known;
    return known;
  }

  /** Where readPlain's cells are, for the byte scanner (plain-rows.ts); null when readPlain reads no row. */
  plainLayout(): PlainLayout | null {
    const delimiter = this.plainDelimiter;
    if (delimiter === null || delimiter.charCodeAt(0) >= 0x80) return null;
    const col = this.col;
    return {
      cells: this.o.plan.headerCount,
      delimiter: delimiter.charCodeAt(0),
      identity: [col.name, col.birthdate, col.phone, col.memberId],
      date: col.date,
      transferAt: col.transferAt,
      duration: col.duration,
      approval: col.approval,
      transferResult: col.transferResult,
      origin: col.origin,
      institution: col.institution,
      activity: col.activity,
      earliestDay: EARLIEST_ACTIVITY_DAY,
      latestDay: this.o.latestDay,
    };
  }

  /** Cell k of the row readPlain is reading (cellStarts), as the CSV reader would have sliced it. */
  private cellText(text: string, k: number): string {
    const starts = this.cellStarts;
    return text.slice(starts[k], starts[k + 1] - 1);
  }

  /** Cell k (-1: absent, ""), reusing the first two cells, already sliced. */
  private cellOrFirst(text: string, k: number, first: string, second: string): string {
    return k < 0 ? "" : k === 0 ? first : k === 1 ? second : this.cellText(text, k);
  }

  /**
   * A date cell that did not parse: out of range when it is a real date of a far year (9999-12-31), with a
   * hint when it is an Excel serial number the profile does not accept, else not a date.
   */
  private invalidDate(line: number, field: CanonicalField, raw: string): RejectedRow {
    if (isFarDate(raw)) {
      return this.reject(line, "date-out-of-range", field, raw, {
        min: formatDay(EARLIEST_ACTIVITY_DAY),
        max: formatDay(this.o.latestDay),
      });
    }
    const hint: Record<string, string> =
      !this.excelSerial && EXCEL_SERIAL.test(raw) ? { hint: "excel-serial" } : {};
    return this.reject(line, "invalid-date", field, raw, hint);
  }

  private unknownWord(
    line: number,
    field: CanonicalField,
    raw: string,
    vocab: Map<string, string>,
  ): RejectedRow {
    const accepted = [...new Set(vocab.keys())].slice(0, 16).join(", ");
    return this.reject(line, "unknown-status", field, raw, { expected: accepted });
  }
}
