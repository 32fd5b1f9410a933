// read → detect → map → normalise, for one file (DESIGN §3–§5). Streams the file through the CSV reader
// (csv-reader.ts), a UTF-8 file's common rows through the plain-row scanner (plain-rows.ts): no whole-file
// string, every row keeps its physical line, and a bad row becomes a rejected row while the rest of the file
// goes on. Only a file that is unusable as a whole stops with a VhrError (exit 2).

import { PROGRESS_EVERY_ROWS } from "../model/progress.js";
import type { Encoding, FileWarning, Identity, IngestedFile, RejectedRow } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";
import { headerKeys, planColumns } from "./column-plan.js";
import type { CompiledProfile } from "./compile-profile.js";
import { type BrokenRow, CsvReader, type CsvSink } from "./csv-reader.js";
import { type DecodeStats, decodeText, NotUtf8Error, skipLeadingBytes, TextPipe } from "./decode-text.js";
import { detectDelimiter } from "./delimiter.js";
import { chooseSource } from "./detect-source.js";
import { guessEncoding, looksBinary, looksHtml } from "./encoding.js";
import type { InputFile } from "./input-file.js";
import { PlainRowScanner, plainRowScannerAvailable, type ScannedRowSink } from "./plain-rows.js";
import { type RecordColumns, RecordEncoder } from "./record-columns.js";
import { isBlankLine, isRejected, isTotalOrNoteLine, RowReader } from "./row-reader.js";
import { sniffBinaryKind } from "./sniff-binary.js";
import { Utf8Check } from "./utf8-check.js";

/** How much of a file decides its encoding and delimiter. */
const SAMPLE_BYTES = 65_536;
/** How many records above the header may be titles or blank lines. */
const HEADER_SEARCH_ROWS = 30;
/** A header row must name at least this many known columns. */
const MIN_HEADER_FIELDS = 2;

export interface IngestOptions {
  profiles: readonly CompiledProfile[];
  /** `--encoding`, or null to detect. */
  encoding: Encoding | null;
  /** `--person`: identity for files without identity columns; null → the anonymous user. */
  person: Identity | null;
  /** Rows dated after this epoch day are rejected (the --as-of day). */
  latestDay: number;
  /** `--source` for every file without a prefix. */
  source: string | null;
  /** Called every PROGRESS_EVERY_ROWS rows with the rows read so far. */
  onRows?: (rows: number) => void;
  /** Let RowReader.readPlain read the common rows (false: every row through `read`; tests compare the two). */
  plainRows?: boolean;
  /** Let the plain-row scanner read UTF-8 rows on their bytes (plain-rows.ts; false: from text; tests compare). */
  byteScan?: boolean;
}

const ANONYMOUS: Identity = { name: null, birthdate: null, phone: null, memberId: null };

/** A file as read: its records in columns (a worker thread sends their buffers). */
export type ReadFile = IngestedFile & { records: RecordColumns };

/**
 * A record of the parser with the physical line it starts on; or, with `broken` set, a row that could not be
 * split into cells (`cells` empty): a quote that never closes, or a record longer than MAX_RECORD_CHARS.
 */
interface RawRow {
  cells: string[];
  line: number;
  broken?: BrokenRow;
}

/**
 * Longest record, in characters, before the parser gives up on it. Bounds memory: without it, a quote left
 * open near the top of a large file would pull the whole rest of the file into one cell.
 */
export const MAX_RECORD_CHARS = 4_000_000;
/**
 * How many quotes left open a file may have before the rest of it is read with quotes as plain characters:
 * each recovery reads the rest of the broken row again (up to MAX_RECORD_CHARS), and stray quotes by the
 * thousand would make that quadratic. Every line is still read.
 */
const MAX_QUOTE_RECOVERIES = 100;

/**
 * A file on its way to the CSV reader: its first ~64 KiB of text (the sample that decides what the file is), then
 * all of it, sample included, written to the reader.
 */
interface Feed {
  sample: string;
  /** Write the file to `csv` and end it; `scannerAt` may take over the rows from a row start on (bytes only). */
  run(
    csv: CsvReader,
    sink: CsvSink,
    scannerAt: (line: number) => PlainRowScanner | null,
    taken: () => void,
    settled: () => boolean,
  ): Promise<void>;
  close(): Promise<void>;
}

/** The file decoded chunk by chunk (decodeText), every row read from text. */
async function textFeed(
  input: InputFile,
  encoding: Encoding,
  bomLength: number,
  stats: DecodeStats,
): Promise<Feed> {
  const decoded = decodeText(input.read(), encoding, bomLength, stats);
  let sample = "";
  try {
    while (sample.length < SAMPLE_BYTES) {
      const next = await decoded.next();
      if (next.done) break;
      sample += next.value;
    }
  } catch (error) {
    await decoded.return(undefined);
    throw error;
  }
  return {
    sample,
    async run(csv, sink) {
      csv.write(sample, sink);
      for (;;) {
        const next = await decoded.next();
        if (next.done) break;
        csv.write(next.value, sink);
      }
      csv.end(sink);
    },
    close: async () => {
      await decoded.return(undefined);
    },
  };
}

/**
 * A UTF-8 file as bytes: the sample is decoded as textFeed decodes it; lines are read as text until the header
 * is settled, and from the next row on the plain-row scanner (plain-rows.ts) reads the rows when the file suits
 * it, handing back to the text path every row it cannot read and, after a quote, the rest of the file.
 */
async function byteFeed(input: InputFile, bomLength: number, stats: DecodeStats): Promise<Feed> {
  const chunks = skipLeadingBytes(input.read(), bomLength);
  const head: Uint8Array[] = [];
  let sample = "";
  try {
    const samplePipe = new TextPipe("utf-8");
    while (sample.length < SAMPLE_BYTES) {
      const next = await chunks.next();
      if (next.done) {
        sample += samplePipe.end();
        break;
      }
      head.push(next.value);
      sample += samplePipe.write(next.value);
    }
  } catch (error) {
    await chunks.return(undefined);
    throw error;
  }
  return {
    sample,
    async run(csv, sink, scannerAt, taken, settled) {
      const pipe = new TextPipe("utf-8", stats);
      pipe.offset = bomLength;
      // Text line by line until the header is settled (the row reader made): the scanner takes over there, in
      // the middle of a chunk, and is given the rest chunk by chunk.
      let chunk = 0;
      let at = 0;
      while (!settled() && chunk < head.length) {
        const bytes = head[chunk];
        const lf = bytes.indexOf(LF, at);
        const to = lf < 0 ? bytes.length : lf + 1;
        csv.write(pipe.write(bytes.subarray(at, to)), sink);
        at = to;
        if (at === bytes.length) {
          chunk++;
          at = 0;
        }
      }
      let scanner = settled() && csv.atRowStart() ? scannerAt(csv.nextLine) : null;
      const check = new Utf8Check();
      const rowSink: ScannedRowSink = {
        readAsText(bytes, line) {
          csv.moveToLine(line);
          csv.write(pipe.write(bytes), sink);
          return csv.nextLine;
        },
        taken,
      };
      const feed = (bytes: Uint8Array): void => {
        if (scanner === null) {
          csv.write(pipe.write(bytes), sink);
          return;
        }
        check.write(bytes);
        const rest = scanner.write(bytes, rowSink);
        if (rest !== null) {
          // A quote (or a row too long to carry): text from here on.
          csv.moveToLine(scanner.nextLine);
          scanner = null;
          csv.write(pipe.write(rest), sink);
        }
      };
      for (; chunk < head.length; chunk++, at = 0) feed(head[chunk].subarray(at));
      head.length = 0;
      for (;;) {
        const next = await chunks.next();
        if (next.done) break;
        feed(next.value);
      }
      if (scanner !== null) {
        check.end();
        csv.moveToLine(scanner.nextLine);
        csv.write(pipe.write(scanner.finish()), sink);
      }
      csv.write(pipe.end(), sink);
      csv.end(sink);
    },
    close: async () => {
      await chunks.return(undefined);
    },
  };
}

const LF = 0x0a;

function headerScore(cells: readonly string[], profiles: readonly CompiledProfile[]): number {
  const keys = headerKeys(cells);
  let best = 0;
  for (const compiled of profiles) {
    const fields = new Set<string>();
    for (const key of keys) {
      const field = compiled.fieldByHeader.get(key);
      if (field) fields.add(field);
    }
    best = Math.max(best, fields.size);
  }
  return best;
}

/** The header cells as a message may list them: trimmed, without a BOM or empty cells, at most 30. */
function headerList(cells: readonly string[]): string {
  const names = cells.map((cell) => cell.replace(/^\uFEFF/, "").trim()).filter((cell) => cell.length > 0);
  const shown = names.slice(0, 30).map((name) => (name.length > 40 ? `${name.slice(0, 39)}…` : name));
  return names.length > shown.length ? `${shown.join(", ")}, …` : shown.join(", ");
}

/** What the header decides: the source, the column plan and the row reader. */
interface Settled {
  header: RawRow;
  choice: ReturnType<typeof chooseSource>;
  plan: ReturnType<typeof planColumns>;
  reader: RowReader;
}

async function ingestWithEncoding(
  input: InputFile,
  index: number,
  encoding: Encoding,
  bomLength: number,
  options: IngestOptions,
): Promise<ReadFile> {
  const stats: DecodeStats = { nulChars: 0 };
  const feed =
    encoding === "utf-8" &&
    options.plainRows !== false &&
    options.byteScan !== false &&
    plainRowScannerAvailable()
      ? await byteFeed(input, bomLength, stats)
      : await textFeed(input, encoding, bomLength, stats);
  try {
    const sample = feed.sample;
    if (sample.trim().length === 0) throw new VhrError("file-empty", { path: input.path });
    if (looksHtml(sample)) throw new VhrError("html-file", { path: input.path });
    const delimiter = detectDelimiter(sample);

    const forcedId = input.forcedSource ?? options.source;
    const forcedProfiles = forcedId ? options.profiles.filter((p) => p.id === forcedId) : options.profiles;
    const searchProfiles = forcedProfiles.length > 0 ? forcedProfiles : options.profiles;

    // The CSV reader pushes rows chunk by chunk. The first ones are held until the header is found among them
    // (titles, blank lines and broken rows may stand above it); every later row goes straight to the reader.
    const head: RawRow[] = [];
    let headerAt = -1;
    let bestScore = 0;
    const state: { settled: Settled | null } = { settled: null };
    let reader: RowReader | null = null;
    const warnings: FileWarning[] = [];

    // Each record goes into columns as it is read, and dies young (record-columns.ts).
    // A guess at the rows from the size (export rows are ~100 bytes or more; half that count): a big file's
    // blocks start at full size, a small file's stay small.
    const records = new RecordEncoder(index, Math.floor((input.size ?? 0) / 200));
    const rejected: RejectedRow[] = [];
    const ignoredLines: number[] = [];
    let rowCount = 0;
    const { onRows } = options;
    const consume = (cells: string[], line: number, broken: BrokenRow | undefined): void => {
      rowCount++;
      if (onRows !== undefined && rowCount % PROGRESS_EVERY_ROWS === 0) onRows(rowCount);
      if (broken !== undefined) {
        rejected.push({
          file: index,
          line,
          reason: broken,
          column: null,
          value: null,
          detail: broken === "row-too-long" ? { max: MAX_RECORD_CHARS } : {},
        });
        return;
      }
      if (isBlankLine(cells) || isTotalOrNoteLine(cells)) {
        ignoredLines.push(line);
        return;
      }
      const outcome = (reader as RowReader).read(cells, line);
      if (outcome === null) ignoredLines.push(line);
      else if (isRejected(outcome)) rejected.push(outcome);
      else records.add(outcome);
    };
    const settleHeader = (): void => {
      if (headerAt < 0 || bestScore < MIN_HEADER_FIELDS) {
        throw new VhrError("no-header", { path: input.path, lines: head.length });
      }
      const header = head[headerAt];
      const keys = headerKeys(header.cells);
      const choice = chooseSource(
        input.path,
        keys,
        options.profiles,
        forcedId,
        input.forcedSource ? "prefix" : forcedId ? "--source" : null,
        headerList(header.cells),
      );
      const plan = planColumns(header.cells, choice.compiled);
      warnings.push(...plan.warnings);
      if (!plan.hasIdentity) {
        warnings.push({
          code: "no-identity-columns",
          detail: { from: options.person ? "option" : "anonymous" },
        });
      }
      reader = new RowReader({
        fileIndex: index,
        compiled: choice.compiled,
        plan,
        fallbackIdentity: options.person ?? ANONYMOUS,
        latestDay: options.latestDay,
        delimiter,
      });
      state.settled = { header, choice, plan, reader };
      for (let i = headerAt + 1; i < head.length; i++) consume(head[i].cells, head[i].line, head[i].broken);
      head.length = 0;
    };
    const searchHeader = (row: RawRow): void => {
      head.push(row);
      if (row.broken === undefined) {
        const score = headerScore(row.cells, searchProfiles);
        if (score > bestScore) {
          bestScore = score;
          headerAt = head.length - 1;
        }
        // A strong header ends the search early: titles are short, headers are wide.
        if (score >= 4) {
          settleHeader();
          return;
        }
      }
      if (head.length >= HEADER_SEARCH_ROWS) settleHeader();
    };
    /** A row read whole (readPlain or the scanner): counted. */
    const taken = (): void => {
      rowCount++;
      if (onRows !== undefined && rowCount % PROGRESS_EVERY_ROWS === 0) onRows(rowCount);
    };
    const sink: CsvSink = {
      row(cells, line) {
        if (reader !== null) consume(cells, line, undefined);
        else searchHeader({ cells, line });
      },
      broken(reason, line) {
        if (reader !== null) consume([], line, reason);
        else searchHeader({ cells: [], line, broken: reason });
      },
      plain(text, start, end, line) {
        if (reader === null || options.plainRows === false) return false;
        const record = (reader as RowReader).readPlain(text, start, end, line);
        if (record === undefined) return false;
        taken();
        records.add(record);
        return true;
      },
    };

    const csv = new CsvReader(delimiter, {
      maxRecordChars: MAX_RECORD_CHARS,
      recover: true,
      quoteRecoveries: MAX_QUOTE_RECOVERIES,
    });
    await feed.run(
      csv,
      sink,
      (line) => {
        const settled = state.settled;
        if (settled === null || options.plainRows === false) return null;
        return PlainRowScanner.create(settled.reader, records, settled.choice.compiled.id, line);
      },
      taken,
      () => state.settled !== null,
    );
    if (state.settled === null) settleHeader();
    const settled = state.settled as Settled | null;
    // settleHeader has run: it sets `settled` or throws.
    if (settled === null) throw new VhrError("no-header", { path: input.path, lines: head.length });
    const { header, choice, plan } = settled;
    const rowReader = settled.reader;

    if (rowReader.rrnValuesMasked > 0) {
      warnings.push({
        code: "rrn-value-masked",
        detail: { count: rowReader.rrnValuesMasked, ...rowReader.rrnFirstSeen },
      });
    }
    if (stats.nulChars > 0) warnings.push({ code: "nul-removed", detail: { count: stats.nulChars } });
    if (options.encoding)
      warnings.push({ code: "encoding-override", detail: { encoding: options.encoding } });
    return {
      index,
      path: input.path,
      source: choice.compiled.id,
      role: choice.compiled.role,
      detection: choice.detection,
      encoding,
      bom: bomLength > 0,
      delimiter,
      headerLine: header.line,
      columns: plan.mappings,
      rows: rowCount,
      ignoredLines,
      records: records.finish(),
      identities: rowReader.identities,
      rejected,
      warnings,
      identityFromOption: !plan.hasIdentity,
    };
  } finally {
    // A file given up on early (no header, no such source, …) must not keep its reader open.
    await feed.close();
  }
}

/** Read one input file completely. `index` is its position in the run. */
export async function ingestFile(input: InputFile, index: number, options: IngestOptions): Promise<ReadFile> {
  const sample = await input.readSample(SAMPLE_BYTES);
  if (sample.bytes.length === 0) throw new VhrError("file-empty", { path: input.path });
  // A workbook, PDF or image saved under a .csv name: say what it is, whatever the encoding options.
  const kind = sniffBinaryKind(sample.bytes);
  if (kind !== null) throw new VhrError("not-text", { path: input.path, kind });
  const guess = guessEncoding(sample.bytes, sample.whole, options.encoding);
  if (sample.whole && guess.bomLength === sample.bytes.length)
    throw new VhrError("file-empty", { path: input.path });
  if (guess.encoding !== "utf-16le" && guess.encoding !== "utf-16be" && looksBinary(sample.bytes)) {
    throw new VhrError("not-text", { path: input.path, kind: "binary" });
  }
  try {
    return await ingestWithEncoding(input, index, guess.encoding, guess.bomLength, options);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    if (guess.tentative) return await ingestWithEncoding(input, index, "cp949", 0, options);
    throw new VhrError("encoding-invalid", { path: input.path, encoding: guess.encoding });
  }
}
