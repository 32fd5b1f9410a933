// read → detect → map → normalise, for one file (DESIGN §3–§5). Streams the file through csv-parse: no
// whole-file string, every row keeps its physical line, and a bad row becomes a rejected row while the rest
// of the file goes on. Only a file that is unusable as a whole stops with a VhrError (exit 2).

import { type Options, parse } from "csv-parse";
import { PROGRESS_EVERY_ROWS } from "../model/progress.js";
import type { Encoding, FileWarning, Identity, IngestedFile, RejectedRow } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";
import { headerKeys, planColumns } from "./column-plan.js";
import type { CompiledProfile } from "./compile-profile.js";
import { type DecodeStats, decodeText, NotUtf8Error } from "./decode-text.js";
import { detectDelimiter } from "./delimiter.js";
import { chooseSource } from "./detect-source.js";
import { guessEncoding, looksBinary, looksHtml } from "./encoding.js";
import type { InputFile } from "./input-file.js";
import { isBlankLine, isRejected, isTotalOrNoteLine, RowReader } from "./row-reader.js";
import { sniffBinaryKind } from "./sniff-binary.js";

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
}

const ANONYMOUS: Identity = { name: null, birthdate: null, phone: null, memberId: null };

/**
 * A record of the parser with the physical line it starts on; or, with `broken` set, a row that could not be
 * split into cells (`cells` empty): a quote that never closes, or a record longer than MAX_RECORD_CHARS.
 */
interface RawRow {
  cells: string[];
  line: number;
  broken?: "unterminated-quote" | "row-too-long";
}

/**
 * Longest record, in characters, before the parser gives up on it. Bounds memory: without it, a quote left
 * open near the top of a large file would pull the whole rest of the file into one cell.
 */
export const MAX_RECORD_CHARS = 4_000_000;
/**
 * How many quotes left open a file may have before the rest of it is read with quotes as plain characters:
 * each recovery re-reads the file, and stray quotes by the thousand would make that quadratic. Every line is
 * still read.
 */
const MAX_QUOTE_RECOVERIES = 100;

type ParseEnd = { broken: RawRow["broken"] & string; line: number } | null;

/**
 * Records of one parser over `text`, lines counted from `lineOffset` + 1. Returns how the text ended: null at
 * its end, or the broken record (its first line) that stopped the parser. Without `quotes`, a double quote is
 * a plain character.
 */
async function* parseText(
  text: AsyncIterable<string>,
  delimiter: string,
  lineOffset: number,
  quotes: boolean,
): AsyncGenerator<RawRow, ParseEnd> {
  // `autoDestroy: false`: an unclosed quote fails at the end of the input, and a destroyed stream would drop
  // the records still buffered before the error (the whole file, for a small one) along with it.
  const options: Options & { autoDestroy: boolean } = {
    delimiter,
    record_delimiter: "\n",
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
    max_record_size: MAX_RECORD_CHARS,
    autoDestroy: false,
    ...(quotes ? {} : { quote: false }),
  };
  const parser = parse(options);
  // Wait for the parser to take more text, or to be done with (an error mid-file, or the reader stopped).
  const writable = () =>
    new Promise<void>((resolve) => {
      if (parser.destroyed) {
        resolve();
        return;
      }
      const done = () => {
        parser.off("drain", done);
        parser.off("close", done);
        resolve();
      };
      parser.once("drain", done);
      parser.once("close", done);
    });
  const feed = (async () => {
    try {
      for await (const chunk of text) {
        if (parser.destroyed) break;
        if (!parser.write(chunk)) await writable();
        if (parser.destroyed) break;
      }
      if (!parser.destroyed) parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let lastLine = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = lastLine + 1;
      lastLine = item.info.lines;
      yield { cells: item.record, line: lineOffset + line };
    }
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const line = lineOffset + lastLine + 1;
    if (code === "CSV_QUOTE_NOT_CLOSED") return { broken: "unterminated-quote", line };
    if (code === "CSV_MAX_RECORD_SIZE") {
      // Still inside quotes: a quote opened on the record's first line has not closed in millions of characters.
      const quoting = (parser as unknown as { state?: { quoting?: boolean } }).state?.quoting === true;
      return { broken: quoting ? "unterminated-quote" : "row-too-long", line };
    }
    throw error;
  } finally {
    parser.destroy();
    await feed.catch(() => undefined);
  }
}

/** The text after its first `lines` line breaks. */
async function* skipLines(text: AsyncIterable<string>, lines: number): AsyncGenerator<string> {
  let toSkip = lines;
  for await (const chunk of text) {
    if (toSkip === 0) {
      yield chunk;
      continue;
    }
    let at = 0;
    while (toSkip > 0) {
      const nl = chunk.indexOf("\n", at);
      if (nl < 0) break;
      at = nl + 1;
      toSkip--;
    }
    if (toSkip === 0 && at < chunk.length) yield chunk.slice(at);
  }
}

/**
 * Records of the whole file with the physical line each starts on. A broken row (a quote that never closes,
 * a record too long to be one) is yielded as such, and reading goes on from the line after the one it
 * started on, by reading the text again from `reopen`: the rows after a stray quote are still read, not
 * swallowed into one cell.
 */
async function* parseRows(
  text: AsyncIterable<string>,
  delimiter: string,
  reopen: () => AsyncIterable<string>,
): AsyncGenerator<RawRow> {
  let source = text;
  let lineOffset = 0;
  let quoteRecoveries = 0;
  for (;;) {
    const rows = parseText(source, delimiter, lineOffset, quoteRecoveries < MAX_QUOTE_RECOVERIES);
    let end: ParseEnd;
    try {
      let next = await rows.next();
      while (!next.done) {
        yield next.value;
        next = await rows.next();
      }
      end = next.value;
    } finally {
      // Also when our reader stops early: the parser and the file must be closed.
      await rows.return(null);
    }
    if (end === null) return;
    yield { cells: [], line: end.line, broken: end.broken };
    if (end.broken === "unterminated-quote") quoteRecoveries++;
    lineOffset = end.line;
    source = skipLines(reopen(), lineOffset);
  }
}

interface TextSample {
  text: string;
  rest: AsyncIterator<string>;
}

/** The first ~64 KiB of decoded text, and an iterator over the rest. */
async function takeSample(chunks: AsyncGenerator<string>): Promise<TextSample> {
  let text = "";
  while (text.length < SAMPLE_BYTES) {
    const next = await chunks.next();
    if (next.done) break;
    text += next.value;
  }
  return { text, rest: chunks };
}

async function* concat(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  if (first.length > 0) yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

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

async function ingestWithEncoding(
  input: InputFile,
  index: number,
  encoding: Encoding,
  bomLength: number,
  options: IngestOptions,
): Promise<IngestedFile> {
  const stats: DecodeStats = { nulChars: 0 };
  const decoded = decodeText(input.read(), encoding, bomLength, stats);
  let rows: AsyncGenerator<RawRow> | null = null;
  try {
    const sample = await takeSample(decoded);
    if (sample.text.trim().length === 0) throw new VhrError("file-empty", { path: input.path });
    if (looksHtml(sample.text)) throw new VhrError("html-file", { path: input.path });
    const delimiter = detectDelimiter(sample.text);

    const forcedId = input.forcedSource ?? options.source;
    const forcedProfiles = forcedId ? options.profiles.filter((p) => p.id === forcedId) : options.profiles;
    rows = parseRows(concat(sample.text, sample.rest), delimiter, () =>
      decodeText(input.read(), encoding, bomLength),
    );

    // Find the header among the first rows: titles, blank lines and broken rows may stand above it.
    const head: RawRow[] = [];
    let headerAt = -1;
    let bestScore = 0;
    while (head.length < HEADER_SEARCH_ROWS) {
      const next = await rows.next();
      if (next.done) break;
      head.push(next.value);
      if (next.value.broken) continue;
      const score = headerScore(
        next.value.cells,
        forcedProfiles.length > 0 ? forcedProfiles : options.profiles,
      );
      if (score > bestScore) {
        bestScore = score;
        headerAt = head.length - 1;
      }
      // A strong header ends the search early: titles are short, headers are wide.
      if (score >= 4) break;
    }
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
    const warnings: FileWarning[] = [...plan.warnings];
    if (!plan.hasIdentity) {
      warnings.push({
        code: "no-identity-columns",
        detail: { from: options.person ? "option" : "anonymous" },
      });
    }
    const reader = new RowReader({
      fileIndex: index,
      compiled: choice.compiled,
      plan,
      fallbackIdentity: options.person ?? ANONYMOUS,
      latestDay: options.latestDay,
    });

    const records: IngestedFile["records"] = [];
    const rejected: RejectedRow[] = [];
    const ignoredLines: number[] = [];
    let rowCount = 0;
    const consume = (row: RawRow) => {
      rowCount++;
      if (options.onRows && rowCount % PROGRESS_EVERY_ROWS === 0) options.onRows(rowCount);
      if (row.broken) {
        rejected.push({
          file: index,
          line: row.line,
          reason: row.broken,
          column: null,
          value: null,
          detail: row.broken === "row-too-long" ? { max: MAX_RECORD_CHARS } : {},
        });
        return;
      }
      if (isBlankLine(row.cells) || isTotalOrNoteLine(row.cells)) {
        ignoredLines.push(row.line);
        return;
      }
      const outcome = reader.read(row.cells, row.line);
      if (outcome === null) ignoredLines.push(row.line);
      else if (isRejected(outcome)) rejected.push(outcome);
      else records.push(outcome);
    };
    for (let i = headerAt + 1; i < head.length; i++) consume(head[i]);
    for await (const row of rows) consume(row);

    if (reader.rrnValuesMasked > 0) {
      warnings.push({
        code: "rrn-value-masked",
        detail: { count: reader.rrnValuesMasked, ...reader.rrnFirstSeen },
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
      records,
      identities: reader.identities,
      rejected,
      warnings,
      identityFromOption: !plan.hasIdentity,
    };
  } finally {
    // A file given up on early (no header, no such source, …) must not keep its reader open.
    await rows?.return(undefined);
    await decoded.return(undefined);
  }
}

/** Read one input file completely. `index` is its position in the run. */
export async function ingestFile(
  input: InputFile,
  index: number,
  options: IngestOptions,
): Promise<IngestedFile> {
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
