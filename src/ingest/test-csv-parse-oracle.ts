// The reference for csv-reader.test.ts: csv-parse streaming with exactly the options and the line bookkeeping
// that ingest-file.ts used before it had its own reader (issue 6). Test-only.

import { type Options, parse } from "csv-parse";

export interface OracleRow {
  cells: string[];
  line: number;
}

/**
 * Rows and physical start lines as csv-parse reads them from these chunks; an unclosed quote ends with
 * `{ cells: [], line: -start }`. Other csv-parse errors are thrown. `quotes: false` reads quotes as plain
 * characters (csv-parse `quote: false`).
 */
export async function csvParseRows(
  chunks: readonly string[],
  delimiter: string,
  quotes = true,
): Promise<OracleRow[]> {
  const options: Options & { autoDestroy: boolean } = {
    delimiter,
    record_delimiter: "\n",
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
    autoDestroy: false,
    ...(quotes ? {} : { quote: false }),
  };
  const parser = parse(options);
  const feed = (async () => {
    try {
      for (const chunk of chunks) {
        if (!parser.write(chunk)) await new Promise<void>((resolve) => parser.once("drain", () => resolve()));
      }
      parser.end();
    } catch (error) {
      parser.destroy(error as Error);
    }
  })();
  const rows: OracleRow[] = [];
  let lastLine = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = lastLine + 1;
      lastLine = item.info.lines;
      rows.push({ cells: item.record, line });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "CSV_QUOTE_NOT_CLOSED") {
      rows.push({ cells: [], line: -(lastLine + 1) });
      return rows;
    }
    throw error;
  } finally {
    await feed.catch(() => undefined);
    parser.destroy();
  }
  return rows;
}

/**
 * The recovering reading of ingest-file.ts before its own reader: csv-parse from the start; at a quote
 * opened on line L that never closes, a broken row, then csv-parse again on the text after L line breaks,
 * with quotes as plain characters once `quoteRecoveries` quotes were left open.
 */
export async function csvParseRecovering(
  text: string,
  delimiter: string,
  quoteRecoveries: number,
): Promise<OracleRow[]> {
  const out: OracleRow[] = [];
  let offset = 0;
  let unclosed = 0;
  for (;;) {
    let rest = text;
    for (let skipped = 0; skipped < offset; skipped++) {
      const lf = rest.indexOf("\n");
      rest = lf < 0 ? "" : rest.slice(lf + 1);
    }
    const rows = await csvParseRows([rest], delimiter, unclosed < quoteRecoveries);
    for (const row of rows)
      out.push({ cells: row.cells, line: row.line < 0 ? row.line - offset : row.line + offset });
    const last = rows[rows.length - 1];
    if (last === undefined || last.line > 0) return out;
    unclosed++;
    offset += -last.line;
  }
}
