// read → detect → map → normalise, for one file (DESIGN §3–§5). Streams the file through csv-parse: no
// whole-file string, every row keeps its physical line, and a bad row becomes a rejected row while the rest
// of the file goes on. Only a file that is unusable as a whole stops with a VhrError (exit 2).

import { type Options, parse } from "csv-parse";
import { PROGRESS_EVERY_ROWS } from "../model/progress.js";
import type { Encoding, FileWarning, Identity, IngestedFile, RejectedRow } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";
import { headerKeys, planColumns } from "./column-plan.js";
import type { CompiledProfile } from "./compile-profile.js";
import { decodeText, NotUtf8Error } from "./decode-text.js";
import { detectDelimiter } from "./delimiter.js";
import { chooseSource } from "./detect-source.js";
import { guessEncoding, looksBinary, looksHtml } from "./encoding.js";
import type { InputFile } from "./input-file.js";
import { isBlankLine, isRejected, isTotalOrNoteLine, RowReader } from "./row-reader.js";

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

interface RawRow {
  cells: string[];
  line: number;
}

/** Records of the parser with the physical line each starts on. */
async function* parseRows(text: AsyncIterable<string>, delimiter: string): AsyncGenerator<RawRow> {
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
    autoDestroy: false,
  };
  const parser = parse(options);
  const feed = (async () => {
    try {
      for await (const chunk of text) {
        if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once("drain", () => resolve()));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  let lastLine = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = lastLine + 1;
      lastLine = item.info.lines;
      yield { cells: item.record, line };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED") {
      yield { cells: [], line: -(lastLine + 1) };
      return;
    }
    throw error;
  } finally {
    await feed.catch(() => undefined);
    parser.destroy();
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

async function ingestWithEncoding(
  input: InputFile,
  index: number,
  encoding: Encoding,
  bomLength: number,
  options: IngestOptions,
): Promise<IngestedFile> {
  const decoded = decodeText(input.read(), encoding, bomLength);
  const sample = await takeSample(decoded);
  if (sample.text.trim().length === 0) throw new VhrError("file-empty", { path: input.path });
  if (looksHtml(sample.text)) throw new VhrError("html-file", { path: input.path });
  const delimiter = detectDelimiter(sample.text);

  const forcedId = input.forcedSource ?? options.source;
  const forcedProfiles = forcedId ? options.profiles.filter((p) => p.id === forcedId) : options.profiles;
  const rows = parseRows(concat(sample.text, sample.rest), delimiter);

  // Find the header among the first rows: titles and blank lines may stand above it.
  const head: RawRow[] = [];
  let headerAt = -1;
  let bestScore = 0;
  while (head.length < HEADER_SEARCH_ROWS) {
    const next = await rows.next();
    if (next.done) break;
    head.push(next.value);
    if (next.value.line < 0) break;
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
  );
  const plan = planColumns(header.cells, choice.compiled);
  const warnings: FileWarning[] = [...plan.warnings];
  if (!plan.hasIdentity) {
    warnings.push({ code: "no-identity-columns", detail: { from: options.person ? "option" : "anonymous" } });
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
    if (row.line < 0) {
      rejected.push({
        file: index,
        line: -row.line,
        reason: "unterminated-quote",
        column: null,
        value: null,
        detail: {},
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
  if (options.encoding) warnings.push({ code: "encoding-override", detail: { encoding: options.encoding } });
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
}

/** Read one input file completely. `index` is its position in the run. */
export async function ingestFile(
  input: InputFile,
  index: number,
  options: IngestOptions,
): Promise<IngestedFile> {
  const sample = await input.readSample(SAMPLE_BYTES);
  if (sample.bytes.length === 0) throw new VhrError("file-empty", { path: input.path });
  const guess = guessEncoding(sample.bytes, sample.whole, options.encoding);
  if (sample.whole && guess.bomLength === sample.bytes.length)
    throw new VhrError("file-empty", { path: input.path });
  if (guess.encoding !== "utf-16le" && guess.encoding !== "utf-16be" && looksBinary(sample.bytes)) {
    throw new VhrError("not-text", { path: input.path });
  }
  try {
    return await ingestWithEncoding(input, index, guess.encoding, guess.bomLength, options);
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
    if (guess.tentative) return await ingestWithEncoding(input, index, "cp949", 0, options);
    throw new VhrError("encoding-invalid", { path: input.path, encoding: guess.encoding });
  }
}
