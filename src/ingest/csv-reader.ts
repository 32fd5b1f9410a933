// A streaming CSV reader over decoded text chunks (DESIGN §5, §9). It reads exactly what csv-parse reads with
// the options vhr used (`relax_quotes`, `relax_column_count`, `skip_empty_lines: false`, record delimiter LF),
// several times faster: the per-character work is done by `indexOf` on the chunk, fields are slices of it, and
// no per-row info object is built. csv-reader.test.ts checks it against csv-parse on generated inputs.
//
// - RFC 4180 quotes: a field that starts with `"` is quoted; `""` inside it is one quote; delimiters and
//   newlines inside it are text.
// - Relaxed quotes (csv-parse `relax_quotes`): a quote inside an unquoted field is a literal character, and a
//   closing quote followed by anything but a delimiter, a newline or the end keeps both quotes as text
//   (`"a"b` → `"a"b`).
// - Ragged rows are returned as they are; a blank line is the row `[""]`; a final newline ends the last row.
// - Every row comes with the physical line it starts on (1-based; newlines inside quotes count). The input
//   must use LF line ends only (decode-text.ts turns CRLF and CR into LF).
// - Chunk boundaries may fall anywhere, inside a quoted field or between the two quotes of `""` included.
// - A sink with `plain` is offered each row without quotes that ends in the chunk, whole, before it is split:
//   the ingest reads most rows of a big export that way (RowReader.readPlain), without an array of cells.
// - Broken rows: a quote that never closes (it swallows the rest of the input), or a row longer than
//   `maxRecordChars` (a quote that would swallow millions of characters, or not a CSV at all), is reported
//   with the line it starts on. Without `recover`, reading stops there (as csv-parse does); with it, reading
//   goes on from the row's second line, and after `quoteRecoveries` unclosed quotes, with quotes as plain
//   characters. The reader keeps the text of a row that spans chunks for this, which `maxRecordChars` bounds.

/** Why a row could not be split into cells. */
export type BrokenRow = "unterminated-quote" | "row-too-long";

/** Receives the rows in order. */
export interface CsvSink {
  /** A row: its cells (a fresh array the receiver may keep) and the physical line it starts on. */
  row(cells: string[], line: number): void;
  /** A row that could not be read, and the line it starts on. */
  broken(reason: BrokenRow, line: number): void;
  /**
   * Offered first, a row without quotes that ends in the chunk: `text[start, end)` (without its newline) and
   * its line. True when the receiver has read it; false to have it split into cells and passed to `row`.
   */
  plain?(text: string, start: number, end: number, line: number): boolean;
}

export interface CsvReaderOptions {
  /** Longest row, in characters of its text; longer rows are broken (default: no limit). */
  maxRecordChars?: number;
  /** Read on after a broken row, from its second line (default: the first broken row ends the reading). */
  recover?: boolean;
  /** After this many unclosed quotes, quotes are plain characters (default: never; 0: from the start). */
  quoteRecoveries?: number;
}

const LF = 10;
const QUOTE = 34;
/** Size of the pieces the text after a broken row is read again in (as the file's chunks are). */
const RECOVERY_CHUNK = 1 << 20;

/** Reading states. */
const Mode = {
  /** At the start of a field: nothing of it read yet. */
  FieldStart: 0,
  /** Inside an unquoted field (or one whose closing quote was followed by text). */
  Unquoted: 1,
  /** Inside a quoted field. */
  Quoted: 2,
  /** Inside a quoted field, right after a quote that ended the previous chunk: the next character decides. */
  QuotePending: 3,
  /** Dropping the rest of a broken row's first line. */
  SkipLine: 4,
  /** Done: the input is not read any further. */
  Stopped: 5,
} as const;
type Mode = (typeof Mode)[keyof typeof Mode];

export class CsvReader {
  private readonly delimiter: string;
  private readonly delimiterCode: number;
  private readonly maxRecordChars: number;
  private readonly recover: boolean;
  private readonly quoteRecoveries: number;
  /** Whether a quote at the start of a field opens a quoted field. */
  private quotes = true;
  private mode: Mode = Mode.FieldStart;
  /** Cells of the current row so far. */
  private cells: string[] = [];
  /** Text of the current field read in earlier chunks (and, in quoted fields, before the last `""`). */
  private field = "";
  /** Text of the current row read in earlier chunks: read again from its second line if the row breaks. */
  private carry = "";
  /** Whether the chunk that ended inside the current row ended inside quotes. */
  private carryQuoted = false;
  /** Physical line of the reading position, and the one the current row started on. */
  private line = 1;
  private rowLine = 1;
  private unclosedQuotes = 0;
  private ended = false;

  constructor(delimiter: string, options: CsvReaderOptions = {}) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\n" || delimiter === "\r") {
      throw new Error(`unsupported CSV delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delimiter = delimiter;
    this.delimiterCode = delimiter.charCodeAt(0);
    this.maxRecordChars = options.maxRecordChars ?? Number.POSITIVE_INFINITY;
    this.recover = options.recover ?? false;
    this.quoteRecoveries = options.quoteRecoveries ?? Number.POSITIVE_INFINITY;
    this.quotes = this.quoteRecoveries > 0;
  }

  /**
   * Whether the reader stands at the start of a row, with nothing of it read: the text so far ended with a
   * line end outside quotes, and reading has not stopped. Rows read elsewhere may then be skipped (moveToLine).
   */
  atRowStart(): boolean {
    return this.mode === Mode.FieldStart && this.cells.length === 0 && this.carry.length === 0 && !this.ended;
  }

  /** The physical line the next row starts on. */
  get nextLine(): number {
    return this.line;
  }

  /** At a row start (atRowStart), continue as if the rows up to `line` had been read elsewhere. */
  moveToLine(line: number): void {
    if (!this.atRowStart()) throw new Error("CsvReader.moveToLine inside a row");
    this.line = line;
    this.rowLine = line;
  }

  /** Read one chunk of text, passing every row it completes to `sink`. */
  write(text: string, sink: CsvSink): void {
    if (this.ended) throw new Error("CsvReader.write after end");
    const len = text.length;
    if (len === 0 || this.mode === Mode.Stopped) return;
    const delimiter = this.delimiter;
    const delimiterCode = this.delimiterCode;
    const quotes = this.quotes;
    const maxRecordChars = this.maxRecordChars;
    let pos = 0;
    let mode: Mode = this.mode;
    let cells = this.cells;
    let line = this.line;
    /** Where the current row starts in this chunk (0 when it started in an earlier one). */
    let rowStart = 0;
    // Next newline and next delimiter at or after `pos` (len when there is none): refreshed only once passed,
    // so a chunk costs one scan for each, whatever its rows look like.
    let nextLf = -1;
    let nextDelimiter = -1;

    if (mode === Mode.SkipLine) {
      const lf = text.indexOf("\n");
      if (lf < 0) return;
      line = this.rowLine + 1;
      this.rowLine = line;
      pos = lf + 1;
      rowStart = pos;
      mode = Mode.FieldStart;
    } else if (mode === Mode.QuotePending) {
      // The previous chunk ended with a quote inside a quoted field.
      const c = text.charCodeAt(0);
      if (c === QUOTE) {
        this.field += '"';
        pos = 1;
        mode = Mode.Quoted;
      } else if (c === delimiterCode) {
        cells.push(this.field);
        this.field = "";
        pos = 1;
        mode = Mode.FieldStart;
      } else if (c === LF) {
        cells.push(this.field);
        this.field = "";
        sink.row(cells, this.rowLine);
        cells = [];
        this.carry = "";
        line++;
        this.rowLine = line;
        pos = 1;
        rowStart = 1;
        mode = Mode.FieldStart;
      } else {
        this.field = `"${this.field}"`;
        mode = Mode.Unquoted;
      }
    }

    /** Next quote at or after `pos` (len when there is none), for the plain rows offered to the sink. */
    let nextQuote = -1;
    const offersPlain = sink.plain !== undefined;

    while (pos < len) {
      if (mode === Mode.FieldStart) {
        if (offersPlain && pos === rowStart && cells.length === 0) {
          if (nextLf < pos) {
            nextLf = text.indexOf("\n", pos);
            if (nextLf < 0) nextLf = len;
          }
          if (nextQuote < pos) {
            nextQuote = text.indexOf('"', pos);
            if (nextQuote < 0) nextQuote = len;
          }
          // nextQuote is at most len: a row before the next quote ends in this chunk.
          if (
            nextLf < nextQuote &&
            nextLf - pos <= maxRecordChars &&
            sink.plain?.(text, pos, nextLf, this.rowLine)
          ) {
            if (rowStart === 0) this.carry = "";
            line++;
            this.rowLine = line;
            pos = nextLf + 1;
            rowStart = pos;
            continue;
          }
        }
        if (quotes && text.charCodeAt(pos) === QUOTE) {
          mode = Mode.Quoted;
          pos++;
          continue;
        }
        // An unquoted field: from pos to the next delimiter or newline (quotes inside are text).
        if (nextDelimiter < pos) {
          nextDelimiter = text.indexOf(delimiter, pos);
          if (nextDelimiter < 0) nextDelimiter = len;
        }
        if (nextLf < pos) {
          nextLf = text.indexOf("\n", pos);
          if (nextLf < 0) nextLf = len;
        }
        if (nextDelimiter < nextLf) {
          cells.push(text.slice(pos, nextDelimiter));
          pos = nextDelimiter + 1;
        } else if (nextLf < len) {
          if ((rowStart === 0 ? this.carry.length : -rowStart) + nextLf > maxRecordChars) {
            this.overflow(text, rowStart, sink);
            return;
          }
          cells.push(text.slice(pos, nextLf));
          sink.row(cells, this.rowLine);
          cells = [];
          if (rowStart === 0) this.carry = "";
          line++;
          this.rowLine = line;
          pos = nextLf + 1;
          rowStart = pos;
        } else {
          // The field runs to the end of the chunk.
          this.field = text.slice(pos);
          mode = Mode.Unquoted;
          pos = len;
        }
      } else if (mode === Mode.Unquoted) {
        // The continuation of a field begun in an earlier chunk or after a relaxed closing quote.
        if (nextDelimiter < pos) {
          nextDelimiter = text.indexOf(delimiter, pos);
          if (nextDelimiter < 0) nextDelimiter = len;
        }
        if (nextLf < pos) {
          nextLf = text.indexOf("\n", pos);
          if (nextLf < 0) nextLf = len;
        }
        const end = Math.min(nextDelimiter, nextLf);
        this.field += text.slice(pos, end);
        if (end === len) {
          pos = len;
          break;
        }
        if (end === nextLf && (rowStart === 0 ? this.carry.length : -rowStart) + end > maxRecordChars) {
          this.overflow(text, rowStart, sink);
          return;
        }
        cells.push(this.field);
        this.field = "";
        mode = Mode.FieldStart;
        pos = end + 1;
        if (end === nextLf) {
          sink.row(cells, this.rowLine);
          cells = [];
          if (rowStart === 0) this.carry = "";
          line++;
          this.rowLine = line;
          rowStart = pos;
        }
      } else {
        // Quoted: text up to the next quote; newlines in it are counted.
        let quote = text.indexOf('"', pos);
        if (quote < 0) quote = len;
        if (nextLf < pos) {
          nextLf = text.indexOf("\n", pos);
          if (nextLf < 0) nextLf = len;
        }
        while (nextLf < quote) {
          line++;
          nextLf = text.indexOf("\n", nextLf + 1);
          if (nextLf < 0) nextLf = len;
        }
        this.field += text.slice(pos, quote);
        if (quote === len) {
          pos = len;
          break;
        }
        if (quote + 1 === len) {
          mode = Mode.QuotePending;
          pos = len;
          break;
        }
        const c = text.charCodeAt(quote + 1);
        if (c === QUOTE) {
          this.field += '"';
          pos = quote + 2;
        } else if (c === delimiterCode) {
          cells.push(this.field);
          this.field = "";
          mode = Mode.FieldStart;
          pos = quote + 2;
        } else if (c === LF) {
          if ((rowStart === 0 ? this.carry.length : -rowStart) + quote + 1 > maxRecordChars) {
            this.overflow(text, rowStart, sink);
            return;
          }
          cells.push(this.field);
          this.field = "";
          sink.row(cells, this.rowLine);
          cells = [];
          if (rowStart === 0) this.carry = "";
          // The newline right after the quote is the one nextLf points at (quote + 1): count it here.
          line++;
          this.rowLine = line;
          mode = Mode.FieldStart;
          pos = quote + 2;
          rowStart = pos;
        } else {
          // Relaxed: the quotes stay as text and the field goes on unquoted.
          this.field = `"${this.field}"`;
          mode = Mode.Unquoted;
          pos = quote + 1;
        }
      }
    }
    this.mode = mode;
    this.cells = cells;
    this.line = line;
    // The chunk ended inside a row: keep its text, in case the row breaks.
    if (mode !== Mode.FieldStart || cells.length > 0) {
      this.carry = rowStart === 0 ? this.carry + text : text.slice(rowStart);
      this.carryQuoted = mode === Mode.Quoted || mode === Mode.QuotePending;
      if (this.carry.length > this.maxRecordChars) {
        this.breakRow(
          mode === Mode.Quoted || mode === Mode.QuotePending ? "unterminated-quote" : "row-too-long",
          sink,
        );
      }
    }
  }

  /** The end of the input: the last row (without a final newline), or a broken one. */
  end(sink: CsvSink): void {
    if (this.ended) return;
    // An open quote at the end breaks its row; reading goes on from the row's second line, and may end in
    // another open quote (each time on less text), or stop.
    while (this.mode === Mode.Quoted) this.breakRow("unterminated-quote", sink);
    const mode = this.mode;
    if (mode === Mode.QuotePending || mode === Mode.Unquoted) {
      this.cells.push(this.field);
      sink.row(this.cells, this.rowLine);
    } else if (mode === Mode.FieldStart && this.cells.length > 0) {
      // A row ending in a delimiter: its last field is empty.
      this.cells.push("");
      sink.row(this.cells, this.rowLine);
    }
    this.ended = true;
    this.mode = Mode.Stopped;
    this.cells = [];
    this.field = "";
    this.carry = "";
  }

  /**
   * A row found longer than maxRecordChars where it ends: broken (as unterminated when it was inside quotes at
   * the last chunk boundary it crossed), and reading goes on from its second line, this chunk's rest included.
   */
  private overflow(text: string, rowStart: number, sink: CsvSink): void {
    const spanned = rowStart === 0 && this.carry.length > 0;
    this.carry = rowStart === 0 ? this.carry + text : text.slice(rowStart);
    this.breakRow(spanned && this.carryQuoted ? "unterminated-quote" : "row-too-long", sink);
  }

  private isStopped(): boolean {
    return this.mode === Mode.Stopped;
  }

  /**
   * Report the current row as broken, then (with `recover`) read on from its second line: the row's text is
   * read again from there.
   */
  private breakRow(reason: BrokenRow, sink: CsvSink): void {
    const text = this.carry;
    const start = this.rowLine;
    sink.broken(reason, start);
    this.cells = [];
    this.field = "";
    this.carry = "";
    if (!this.recover) {
      this.mode = Mode.Stopped;
      return;
    }
    if (reason === "unterminated-quote" && ++this.unclosedQuotes >= this.quoteRecoveries) this.quotes = false;
    const lf = text.indexOf("\n");
    if (lf < 0) {
      // Still on the row's first line: drop the rest of it as it comes.
      this.mode = Mode.SkipLine;
      return;
    }
    this.mode = Mode.FieldStart;
    this.line = start + 1;
    this.rowLine = start + 1;
    for (let at = lf + 1; at < text.length && !this.isStopped(); at += RECOVERY_CHUNK) {
      this.write(text.slice(at, at + RECOVERY_CHUNK), sink);
    }
  }
}

/**
 * Every row of a text, whole or in chunks; broken rows as `{ cells: [], line: -start }` (tests). With
 * `takePlain`, a row the reader offers whole (CsvSink.plain) is taken when it returns true, its cells split at
 * the delimiter.
 */
export function readCsvText(
  text: string | readonly string[],
  delimiter: string,
  options: CsvReaderOptions = {},
  takePlain?: (row: string) => boolean,
): { cells: string[]; line: number }[] {
  const rows: { cells: string[]; line: number }[] = [];
  const reader = new CsvReader(delimiter, options);
  const sink: CsvSink = {
    row: (cells, line) => {
      rows.push({ cells, line });
    },
    broken: (_reason, line) => {
      rows.push({ cells: [], line: -line });
    },
  };
  if (takePlain !== undefined) {
    sink.plain = (chunk, start, end, line) => {
      const row = chunk.slice(start, end);
      if (!takePlain(row)) return false;
      rows.push({ cells: row.split(delimiter), line });
      return true;
    };
  }
  for (const chunk of typeof text === "string" ? [text] : text) reader.write(chunk, sink);
  reader.end(sink);
  return rows;
}
