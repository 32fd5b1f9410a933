// AssemblyScript: compiled to dist/wasm/plain-rows.wasm by `npm run build` (scripts/build-wasm.mjs). Not part
// of the TypeScript project (its integer types and memory builtins are AssemblyScript's).
//
// The common rows of a big UTF-8 export, scanned on their bytes (src/ingest/plain-rows.ts drives it, DESIGN §9):
// each row's cells found, its dates parsed, and every other cell it needs interned per column by its raw
// bytes, so that the JavaScript side reads each distinct cell's text once and a row's values are table
// look-ups. A row this scanner cannot vouch for is flagged for the JavaScript reader, which reads it from its
// text exactly as before; a quote stops the scan (quoted cells may hold delimiters and line ends).
// `unchecked(a[i] = v)` is AssemblyScript's store without a bounds check (biome.json allows that assignment).

// ---- configuration (init) ----
let cellCount: i32 = 0;
let delimiter: u32 = 44;
let earliestDay: i32 = 0;
let latestDay: i32 = 0;
/** The days any date may fall on (date-scan.ts MIN_DAY, MAX_DAY: 1900-01-01 and 2100-12-31). */
let minDay: i32 = 0;
let maxDay: i32 = 0;
const ID_COLUMNS = 4;
const DICT_COLUMNS = 6;
const TABLES = 1 + DICT_COLUMNS;
// Column of each identity cell (-1: absent), of the date and transfer time, of each interned column.
const idColumn = new StaticArray<i32>(ID_COLUMNS);
const dictColumn = new StaticArray<i32>(DICT_COLUMNS);
let dateColumn: i32 = -1;
let atColumn: i32 = -1;

// ---- input and output ----
let input: usize = 0;
let inputCapacity: i32 = 0;
let inputLength: i32 = 0;
let position: i32 = 0;
export const OUT_ROWS: i32 = 4096;
const outStart = new StaticArray<i32>(OUT_ROWS);
const outEnd = new StaticArray<i32>(OUT_ROWS);
const outFlag = new StaticArray<i32>(OUT_ROWS);
const outIdentity = new StaticArray<i32>(OUT_ROWS);
const outDay = new StaticArray<i32>(OUT_ROWS);
const outAt = new StaticArray<f64>(OUT_ROWS);
const outDict = new StaticArray<i32>(OUT_ROWS * DICT_COLUMNS);
/** Why the last scan returned: 0 no whole row left (the rest is a row's beginning), 1 output full, 2 a quote. */
let stopReason: i32 = 0;

// ---- interning tables: per table, open addressing over entries numbered from 0 ----
const slots = new StaticArray<usize>(TABLES);
const slotMask = new StaticArray<i32>(TABLES);
const entryHash = new StaticArray<usize>(TABLES);
const entryOffset = new StaticArray<usize>(TABLES);
const entryLength = new StaticArray<usize>(TABLES);
const entryCount = new StaticArray<i32>(TABLES);
const entryCapacity = new StaticArray<i32>(TABLES);
// Each table's keys, one after another in order of entry (JavaScript decodes a run of them at once).
const arena = new StaticArray<usize>(TABLES);
const arenaLength = new StaticArray<i32>(TABLES);
const arenaCapacity = new StaticArray<i32>(TABLES);

// Scratch for a row: cell starts (one more: the row's end + 1), and the identity key of this and the last row.
let cellStarts: usize = 0;
let key: usize = 0;
let keyLength: i32 = 0;
let lastKey: usize = 0;
let lastKeyLength: i32 = -1;
let lastIdentity: i32 = -1;
/** Per interned column, the entry of the last row's cell (-1: none yet). */
const lastEntry = new StaticArray<i32>(DICT_COLUMNS);
/**
 * Per interned column, a direct-mapped cache of recent cells: slot (a cheap hash of the cell's length and its
 * first and last four bytes) → entry + 1 (0: empty). Free-text columns (institution, activity) change from row
 * to row among a few hundred values, and a hit here (the bytes still compared) spares intern's hash of every
 * byte and its probe.
 */
const RECENT_BITS: i32 = 10;
let recent: usize = 0;
const KEY_CAPACITY: i32 = 4096;

function grow(pointer: usize, oldBytes: i32, newBytes: i32): usize {
  const fresh = heap.alloc(<usize>newBytes);
  if (oldBytes > 0) memory.copy(fresh, pointer, <usize>oldBytes);
  return fresh;
}

function setUpTable(t: i32): void {
  const capacity = 1024;
  const s = heap.alloc(<usize>(capacity * 8) * 4);
  memory.fill(s, 0, <usize>(capacity * 8) * 4);
  unchecked((slots[t] = s));
  unchecked((slotMask[t] = capacity * 8 - 1));
  unchecked((entryHash[t] = heap.alloc(<usize>capacity * 4)));
  unchecked((entryOffset[t] = heap.alloc(<usize>capacity * 4)));
  unchecked((entryLength[t] = heap.alloc(<usize>capacity * 4)));
  unchecked((entryCount[t] = 0));
  unchecked((entryCapacity[t] = capacity));
}

export function init(cells: i32, delim: i32, earliest: i32, latest: i32, min: i32, max: i32): void {
  cellCount = cells;
  delimiter = <u32>delim;
  earliestDay = earliest;
  latestDay = latest;
  minDay = min;
  maxDay = max;
  for (let t = 0; t < TABLES; t++) setUpTable(t);
  for (let k = 0; k < DICT_COLUMNS; k++) unchecked((lastEntry[k] = -1));
  for (let t = 0; t < TABLES; t++) {
    unchecked((arenaCapacity[t] = 1 << 12));
    unchecked((arena[t] = heap.alloc(<usize>(1 << 12))));
    unchecked((arenaLength[t] = 0));
  }
  recent = heap.alloc(<usize>(DICT_COLUMNS << RECENT_BITS) * 4);
  memory.fill(recent, 0, <usize>(DICT_COLUMNS << RECENT_BITS) * 4);
  cellStarts = heap.alloc(<usize>(cells + 1) * 4);
  key = heap.alloc(<usize>KEY_CAPACITY);
  lastKey = heap.alloc(<usize>KEY_CAPACITY);
}

/** Column of identity cell k (name, birthdate, phone, memberId), of interned column k, of the dates. */
export function setIdColumn(k: i32, column: i32): void {
  unchecked((idColumn[k] = column));
}
export function setDictColumn(k: i32, column: i32): void {
  unchecked((dictColumn[k] = column));
}
export function setDateColumns(date: i32, at: i32): void {
  dateColumn = date;
  atColumn = at;
}

/** Bytes past the input's end that the scan may load (and ignores): a block of sixteen. */
const SLACK: i32 = 16;

/** Room for `bytes` of input; returns where to write them. The input's first bytes may be kept (carry). */
export function reserveInput(bytes: i32): usize {
  if (bytes + SLACK > inputCapacity) {
    input = grow(input, inputCapacity, bytes + SLACK);
    inputCapacity = bytes + SLACK;
  }
  return input;
}

export function begin(length: i32): void {
  inputLength = length;
  position = 0;
}

export function scanPosition(): i32 {
  return position;
}
export function lastStopReason(): i32 {
  return stopReason;
}
export function outPointer(k: i32): usize {
  switch (k) {
    case 0:
      return changetype<usize>(outStart);
    case 1:
      return changetype<usize>(outEnd);
    case 2:
      return changetype<usize>(outFlag);
    case 3:
      return changetype<usize>(outIdentity);
    case 4:
      return changetype<usize>(outDay);
    case 5:
      return changetype<usize>(outAt);
    default:
      return changetype<usize>(outDict);
  }
}
export function entries(t: i32): i32 {
  return unchecked(entryCount[t]);
}
export function entryKeyOffset(t: i32, i: i32): usize {
  return unchecked(arena[t]) + <usize>load<i32>(unchecked(entryOffset[t]) + <usize>i * 4);
}
export function entryKeyLength(t: i32, i: i32): i32 {
  return load<i32>(unchecked(entryLength[t]) + <usize>i * 4);
}

/** Whether bytes [a, a + n) and [b, b + n) are equal, eight at a time (cells are short: no call, no setup). */
function sameBytes(a: usize, b: usize, n: i32): bool {
  let i = 0;
  for (; i + 8 <= n; i += 8) if (load<u64>(a + <usize>i) !== load<u64>(b + <usize>i)) return false;
  for (; i < n; i++) if (load<u8>(a + <usize>i) !== load<u8>(b + <usize>i)) return false;
  return true;
}

/** A hash of bytes [p, p + n), four at a time (murmur-style mixing; the tables compare the bytes anyway). */
function hashOf(p: usize, n: i32): u32 {
  let h: u32 = 2166136261 ^ <u32>n;
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    let k = load<u32>(p + <usize>i) * 0xcc9e2d51;
    k = rotl<u32>(k, 15) * 0x1b873593;
    h = rotl<u32>(h ^ k, 13) * 5 + 0xe6546b64;
  }
  let tail: u32 = 0;
  for (let shift: u32 = 0; i < n; i++, shift += 8) tail |= (<u32>load<u8>(p + <usize>i)) << shift;
  h ^= tail * 0xcc9e2d51;
  h ^= h >> 16;
  h *= 0x85ebca6b;
  h ^= h >> 13;
  return h;
}

function rehash(t: i32): void {
  const count = unchecked(entryCount[t]);
  const capacity = (unchecked(slotMask[t]) + 1) * 2;
  const s = heap.alloc(<usize>capacity * 4);
  memory.fill(s, 0, <usize>capacity * 4);
  const mask = capacity - 1;
  const hashes = unchecked(entryHash[t]);
  for (let i = 0; i < count; i++) {
    let slot = <i32>load<u32>(hashes + <usize>i * 4) & mask;
    while (load<i32>(s + <usize>slot * 4) !== 0) slot = (slot + 1) & mask;
    store<i32>(s + <usize>slot * 4, i + 1);
  }
  unchecked((slots[t] = s));
  unchecked((slotMask[t] = mask));
}

/** The entry number of bytes [p, p + n) in table t, added when new. */
function intern(t: i32, p: usize, n: i32): i32 {
  const h = hashOf(p, n);
  const s = unchecked(slots[t]);
  const mask = unchecked(slotMask[t]);
  const offsets = unchecked(entryOffset[t]);
  const lengths = unchecked(entryLength[t]);
  let slot = <i32>h & mask;
  while (true) {
    const e = load<i32>(s + <usize>slot * 4);
    if (e === 0) break;
    const i = e - 1;
    if (
      load<i32>(lengths + <usize>i * 4) === n &&
      load<u32>(unchecked(entryHash[t]) + <usize>i * 4) === h &&
      sameBytes(unchecked(arena[t]) + <usize>load<i32>(offsets + <usize>i * 4), p, n)
    ) {
      return i;
    }
    slot = (slot + 1) & mask;
  }
  // New: its bytes to the arena, the entry to the lists, then the slot.
  const used = unchecked(arenaLength[t]);
  if (used + n > unchecked(arenaCapacity[t])) {
    let capacity = unchecked(arenaCapacity[t]) * 2;
    while (used + n > capacity) capacity *= 2;
    unchecked((arena[t] = grow(unchecked(arena[t]), used, capacity)));
    unchecked((arenaCapacity[t] = capacity));
  }
  memory.copy(unchecked(arena[t]) + <usize>used, p, <usize>n);
  let count = unchecked(entryCount[t]);
  if (count === unchecked(entryCapacity[t])) {
    const capacity = count * 2;
    unchecked((entryHash[t] = grow(unchecked(entryHash[t]), count * 4, capacity * 4)));
    unchecked((entryOffset[t] = grow(offsets, count * 4, capacity * 4)));
    unchecked((entryLength[t] = grow(lengths, count * 4, capacity * 4)));
    unchecked((entryCapacity[t] = capacity));
  }
  store<u32>(unchecked(entryHash[t]) + <usize>count * 4, h);
  store<i32>(unchecked(entryOffset[t]) + <usize>count * 4, used);
  store<i32>(unchecked(entryLength[t]) + <usize>count * 4, n);
  unchecked((arenaLength[t] = used + n));
  store<i32>(s + <usize>slot * 4, count + 1);
  count++;
  unchecked((entryCount[t] = count));
  // At most a quarter full: short probes.
  if (count * 4 > mask + 1) rehash(t);
  return count - 1;
}

function cellFrom(k: i32): i32 {
  return load<i32>(cellStarts + <usize>k * 4);
}
function cellTo(k: i32): i32 {
  return load<i32>(cellStarts + <usize>(k + 1) * 4) - 1;
}

// ---- the lead check (row-reader.ts isPlainLead, on bytes, and as exact as isTotalOrNoteLine): after ASCII
// spaces, an ASCII character that does not start a total word or note mark, or a Hangul syllable that does
// not start a total word (합계, 총계, 소계, 누계, 계: 합, 총, 소 or 누 not followed by 계 past spaces) and is
// followed by ASCII or another syllable. Anything else is left to JavaScript.
function syllableAt(p: usize, n: i32): i32 {
  if (n < 3) return -1;
  const b0 = <i32>load<u8>(p);
  const b1 = <i32>load<u8>(p + 1);
  const b2 = <i32>load<u8>(p + 2);
  if (b0 < 0xea || b0 > 0xed || (b1 & 0xc0) !== 0x80 || (b2 & 0xc0) !== 0x80) return -1;
  const c = ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
  return c >= 0xac00 && c <= 0xd7a3 ? c : -1;
}

function isAsciiSpace(c: i32): bool {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c;
}

const GYE = 0xacc4; // 계

function isPlainLead(k: i32): bool {
  let from = cellFrom(k);
  const to = cellTo(k);
  while (from < to && isAsciiSpace(<i32>load<u8>(input + <usize>from))) from++;
  const n = to - from;
  if (n <= 0) return false;
  const p = input + <usize>from;
  const c = <i32>load<u8>(p);
  if (c < 0x80) {
    if (c <= 0x20 || c === 0x23) return false;
    const lower = c | 0x20;
    return lower !== 0x74 && lower !== 0x73 && lower !== 0x67;
  }
  const s = syllableAt(p, n);
  if (s < 0 || s === GYE) return false;
  // 합 총 소 누: a total word only with 계 next (spaces do not count: words are compared without them).
  const mayStartTotal = s === 0xd569 || s === 0xcd1d || s === 0xc18c || s === 0xb204;
  let i = 3;
  if (mayStartTotal) while (i < n && isAsciiSpace(<i32>load<u8>(p + <usize>i))) i++;
  if (i >= n) return true;
  if (load<u8>(p + <usize>i) < 0x80) return true;
  const next = syllableAt(p + <usize>i, n - i);
  return next >= 0 && !(mayStartTotal && next === GYE);
}

// ---- dates (src/normalize/date.ts readWhenFast, on bytes) ----
let whenDay: i32 = 0;
let whenMinute: i32 = 0;
const MONTH_DAYS: StaticArray<i32> = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(p: usize, n: i32): i32 {
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = <i32>load<u8>(p + <usize>i) - 0x30;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

function isLeap(y: i32): bool {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days since 1970-01-01 (src/model/day.ts daysFromCivil). */
function daysFromCivil(year: i32, month: i32, day: i32): i32 {
  const y = month <= 2 ? year - 1 : year;
  const era = (y >= 0 ? y : y - 399) / 400;
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = (153 * mp + 2) / 5 + day - 1;
  const doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

function readWhen(p: usize, n: i32): bool {
  let year: i32;
  let month: i32;
  let day: i32;
  if (n === 8) {
    year = digits(p, 4);
    month = digits(p + 4, 2);
    day = digits(p + 6, 2);
  } else if (n === 10 || n === 16 || n === 19) {
    const sep = <i32>load<u8>(p + 4);
    if ((sep !== 0x2d && sep !== 0x2e && sep !== 0x2f) || <i32>load<u8>(p + 7) !== sep) return false;
    year = digits(p, 4);
    month = digits(p + 5, 2);
    day = digits(p + 8, 2);
  } else {
    return false;
  }
  if (year < 0 || month < 0 || day < 0) return false;
  if (month < 1 || month > 12 || day < 1 || year < 100) return false;
  if (day > unchecked(MONTH_DAYS[month - 1]) && !(month === 2 && day === 29 && isLeap(year))) return false;
  const epochDay = daysFromCivil(year, month, day);
  if (epochDay < minDay || epochDay > maxDay) return false;
  let minute = 0;
  if (n > 10) {
    const joint = <i32>load<u8>(p + 10);
    if ((joint !== 0x20 && joint !== 0x54) || <i32>load<u8>(p + 13) !== 0x3a) return false;
    const hh = digits(p + 11, 2);
    const mm = digits(p + 14, 2);
    if (hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
    if (n === 19) {
      const ss = digits(p + 17, 2);
      if (<i32>load<u8>(p + 16) !== 0x3a || ss < 0 || ss > 59) return false;
    }
    minute = hh * 60 + mm;
  }
  whenDay = epochDay;
  whenMinute = minute;
  return true;
}

/** Length of the cell readWhenTrimmed last read, without its ASCII spaces. */
let trimmedLength: i32 = 0;

/**
 * readWhen of cell k without the ASCII spaces around it (what `clean` trims, when what is left starts and
 * ends with a digit); true for a cell of spaces only (trimmedLength 0: an empty cell).
 */
function readWhenTrimmed(k: i32): bool {
  let from = cellFrom(k);
  let to = cellTo(k);
  while (from < to && isAsciiSpace(<i32>load<u8>(input + <usize>from))) from++;
  while (to > from && isAsciiSpace(<i32>load<u8>(input + <usize>to - 1))) to--;
  trimmedLength = to - from;
  return trimmedLength === 0 || readWhen(input + <usize>from, trimmedLength);
}

function copyBytes(from: i32, to: i32, destination: usize): i32 {
  memory.copy(destination, input + <usize>from, <usize>(to - from));
  return to - from;
}

/**
 * A name cell into the key; a name of Hangul syllables and spaces without its spaces (`김 민준`): normalizeName
 * drops a Hangul name's spaces, so both read as the same name, and share one key. Anything else as it is.
 */
function copyName(from: i32, to: i32, destination: usize): i32 {
  let n = 0;
  let i = from;
  while (i < to) {
    if (load<u8>(input + <usize>i) === 0x20) {
      i++;
      continue;
    }
    if (syllableAt(input + <usize>i, to - i) < 0) return copyBytes(from, to, destination);
    memory.copy(destination + <usize>n, input + <usize>i, 3);
    n += 3;
    i += 3;
  }
  return n;
}

/** The identity key of the current row: its identity cells' bytes, each followed by 0x01. */
function buildKey(): bool {
  let n = 0;
  for (let k = 0; k < ID_COLUMNS; k++) {
    const column = unchecked(idColumn[k]);
    if (column >= 0) {
      // Without the ASCII spaces around it (`김민준 `): JavaScript trims every cell first, so the key reads the
      // same, and one person's cells written with and without them share one key.
      let from = cellFrom(column);
      let to = cellTo(column);
      while (from < to && isAsciiSpace(<i32>load<u8>(input + <usize>from))) from++;
      while (to > from && isAsciiSpace(<i32>load<u8>(input + <usize>to - 1))) to--;
      const length = to - from;
      if (n + length + 1 > KEY_CAPACITY) return false;
      n += k === 0 ? copyName(from, to, key + <usize>n) : copyBytes(from, to, key + <usize>n);
    }
    store<u8>(key + <usize>n, 1);
    n++;
  }
  keyLength = n;
  return true;
}

/**
 * The entry of bytes [p, p + n) of interned column k: from the column's recent cells when they hold it, else
 * interned (and remembered there). The hash may read up to four bytes before p or past its end: the input has
 * SLACK bytes after it, and they only choose a slot, which the comparison of the bytes then confirms.
 */
function recentEntry(k: i32, p: usize, n: i32): i32 {
  let h: u32 = <u32>n * 0x9e3779b1;
  if (n > 0) h ^= (load<u32>(p) * 0x85ebca6b) ^ (load<u32>(p + <usize>n - 4) * 0xc2b2ae35);
  const slot = recent + (((<usize>k) << RECENT_BITS) + <usize>(h >> (32 - RECENT_BITS))) * 4;
  const known = load<i32>(slot) - 1;
  if (known >= 0 && entryKeyLength(1 + k, known) === n && sameBytes(entryKeyOffset(1 + k, known), p, n)) {
    return known;
  }
  const entry = intern(1 + k, p, n);
  store<i32>(slot, entry + 1);
  return entry;
}

/** Reads the current row's cells into the output at `row`; false (flagged) when JavaScript must read it. */
function readRow(row: i32): bool {
  if (!isPlainLead(0) || !isPlainLead(1)) return false;
  if (!buildKey()) return false;
  let identity: i32;
  if (keyLength === lastKeyLength && sameBytes(key, lastKey, keyLength)) {
    identity = lastIdentity;
  } else {
    identity = intern(0, key, keyLength);
    memory.copy(lastKey, key, <usize>keyLength);
    lastKeyLength = keyLength;
    lastIdentity = identity;
  }
  unchecked((outIdentity[row] = identity));
  if (!readWhenTrimmed(dateColumn) || trimmedLength === 0) return false;
  if (whenDay < earliestDay || whenDay > latestDay) return false;
  unchecked((outDay[row] = whenDay));
  let at = NaN;
  if (atColumn >= 0) {
    if (!readWhenTrimmed(atColumn)) return false;
    if (trimmedLength > 0) at = <f64>whenDay * 1440 + <f64>whenMinute;
  }
  unchecked((outAt[row] = at));
  for (let k = 0; k < DICT_COLUMNS; k++) {
    const column = unchecked(dictColumn[k]);
    let entry = -1;
    if (column >= 0) {
      const from = cellFrom(column);
      const length = cellTo(column) - from;
      // Status words repeat row after row: the last row's cell of this column first.
      const last = unchecked(lastEntry[k]);
      if (
        last >= 0 &&
        length === entryKeyLength(1 + k, last) &&
        sameBytes(entryKeyOffset(1 + k, last), input + <usize>from, length)
      ) {
        entry = last;
      } else {
        entry = recentEntry(k, input + <usize>from, length);
        unchecked((lastEntry[k] = entry));
      }
    }
    unchecked((outDict[row * DICT_COLUMNS + k] = entry));
  }
  return true;
}

const LINE_ENDS = i8x16.splat(10);
const QUOTES = i8x16.splat(34);
const CRS = i8x16.splat(13);
const NULS = i8x16.splat(0);

/**
 * Scans whole rows from the current position into the output, up to OUT_ROWS; returns how many. Stops at the
 * first row that is not whole (no line end yet) or holds a quote (stopReason).
 */
export function scan(): i32 {
  let rows = 0;
  const end = inputLength;
  while (rows < OUT_ROWS) {
    const start = position;
    let i = start;
    let cells = 0;
    let flagged = false;
    store<i32>(cellStarts, start);
    let lineEnd = -1;
    // Sixteen bytes at a time: only the bytes that matter (delimiter, LF, quote, CR, NUL) are looked at. The
    // input has SLACK bytes after its end, so the last block is loaded whole and its bytes past the end dropped.
    const delimiters = i8x16.splat(<i8>delimiter);
    while (lineEnd < 0 && i < end) {
      const v = v128.load(input + <usize>i);
      let bits = i8x16.bitmask(
        v128.or(
          v128.or(i8x16.eq(v, delimiters), i8x16.eq(v, LINE_ENDS)),
          v128.or(v128.or(i8x16.eq(v, QUOTES), i8x16.eq(v, CRS)), i8x16.eq(v, NULS)),
        ),
      );
      if (end - i < 16) bits &= (1 << (end - i)) - 1;
      while (bits !== 0) {
        const j = i + ctz<i32>(bits);
        bits &= bits - 1;
        const c = <u32>load<u8>(input + <usize>j);
        if (c === 10) {
          lineEnd = j;
          break;
        }
        if (c === delimiter) {
          cells++;
          if (cells < cellCount) store<i32>(cellStarts + <usize>cells * 4, j + 1);
          else flagged = true;
        } else if (c === 34) {
          stopReason = 2;
          return rows;
        } else if (!(c === 13 && j + 1 < end && load<u8>(input + <usize>j + 1) === 10)) {
          // A CR (but the one of CRLF) or a NUL: JavaScript normalises the row's text.
          flagged = true;
        }
      }
      i += 16;
    }
    if (lineEnd < 0) {
      stopReason = 0;
      return rows;
    }
    let cellsEnd = lineEnd;
    if (cellsEnd > start && load<u8>(input + <usize>cellsEnd - 1) === 13) cellsEnd--;
    if (cells !== cellCount - 1) flagged = true;
    unchecked((outStart[rows] = start));
    unchecked((outEnd[rows] = lineEnd + 1));
    if (!flagged) {
      store<i32>(cellStarts + <usize>cellCount * 4, cellsEnd + 1);
      flagged = !readRow(rows);
    }
    unchecked((outFlag[rows] = flagged ? 1 : 0));
    rows++;
    position = lineEnd + 1;
  }
  stopReason = 1;
  return rows;
}
