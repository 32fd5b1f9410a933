// `vhr inspect FILE`: exactly how one file was read (DESIGN §4, JSON shape in §8). Built from the ingested
// file like the main report, so the two never disagree about a file.

import type { Detection, Encoding, IngestedFile, RejectedRow } from "../model/record.js";
import type { Catalogue } from "./messages/catalogue.js";
import { messagesFor } from "./messages/messages.js";
import { scrub } from "./pii.js";
import type { Lang, ReportRejectedRow, ReportWarning } from "./report-model.js";

export interface InspectReport {
  path: string;
  source: string;
  detection: Detection;
  encoding: Encoding;
  bom: boolean;
  delimiter: string;
  headerLine: number;
  columns: { header: string; field: string | null }[];
  rows: number;
  records: number;
  ignored: number;
  rejected: ReportRejectedRow[];
  warnings: ReportWarning[];
}

/**
 * A rejected row as every report shows it: place, reason, masked value and the catalogue's message. Like the
 * main report (build-report), every text is scrubbed of resident numbers: a header or a path can hold one.
 */
export function describeRejected(catalogue: Catalogue, path: string, row: RejectedRow): ReportRejectedRow {
  const text = catalogue.rejects[row.reason] as (ctx: unknown) => string;
  const column = scrub(row.column);
  const value = scrub(row.value);
  return {
    line: row.line,
    reason: row.reason,
    column,
    value,
    message: scrub(text({ path: scrub(path), line: row.line, column, value, detail: row.detail })),
  };
}

export function describeWarnings(catalogue: Catalogue, file: IngestedFile): ReportWarning[] {
  return file.warnings.map((warning) => {
    const text = catalogue.warnings[warning.code] as (ctx: unknown) => string;
    return { code: warning.code, message: scrub(text({ path: scrub(file.path), detail: warning.detail })) };
  });
}

export function buildInspectReport(file: IngestedFile, lang: Lang): InspectReport {
  const catalogue = messagesFor(lang);
  return {
    path: scrub(file.path),
    source: file.source,
    detection: file.detection,
    encoding: file.encoding,
    bom: file.bom,
    delimiter: file.delimiter,
    headerLine: file.headerLine,
    columns: file.columns.map((c) => ({ header: scrub(c.header), field: c.field })),
    rows: file.rows,
    records: file.records.length,
    ignored: file.ignoredLines.length,
    rejected: file.rejected.map((row) => describeRejected(catalogue, file.path, row)),
    warnings: describeWarnings(catalogue, file),
  };
}
