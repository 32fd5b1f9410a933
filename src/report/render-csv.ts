// CSV output (`--format csv`): one row per finding, for Excel. UTF-8 with a BOM (Excel needs it to read
// Korean), CRLF line ends, header labels in the report's language, and every cell that a spreadsheet could
// take for a formula neutralised with a leading `'` (OWASP CSV injection; csv-stringify's escape_formulas
// misses a leading LF, so this is done here).

import { type Catalogue, sourceLabel } from "./messages/catalogue.js";
import { messagesFor } from "./messages/messages.js";
import type { Lang, Report } from "./report-model.js";

export const BOM = "\uFEFF";

/**
 * First characters that make a cell need a leading `'`: the formula starters `= + - @`, tab, CR, LF, their
 * full-width forms, and `'` itself, so that removing one leading `'` always gives the original value back.
 */
const FORMULA_START = new Set(["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠", "'"]);

export function neutraliseCell(cell: string): string {
  return cell.length > 0 && FORMULA_START.has(cell.charAt(0)) ? `'${cell}` : cell;
}

/** Quotes a cell when it holds a comma, a quote, a line break, or leading/trailing spaces. */
function quote(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** The table the CSV holds, before neutralising and quoting: the header labels, then one row per finding. */
export function csvTable(report: Report, lang: Lang): string[][] {
  const cat: Catalogue = messagesFor(lang);
  const L = cat.labels.findings;
  const names = new Map(report.people.map((p) => [p.id, p.name]));
  const header = [
    L.person,
    L.name,
    L.source,
    L.date,
    L.minutes,
    L.hours,
    L.kind,
    L.severity,
    L.message,
    L.remedy,
    L.institution,
    L.activity,
    L.file,
    L.line,
  ];
  const rows = report.findings.map((f) => [
    f.person ?? "",
    (f.person === null ? null : names.get(f.person)) ?? "",
    f.source === null ? "" : sourceLabel(cat, f.source),
    f.date ?? "",
    f.minutes === null ? "" : String(f.minutes),
    f.minutes === null ? "" : cat.formatMinutes(f.minutes),
    cat.labels.kinds[f.kind],
    cat.labels.severities[f.severity],
    f.message,
    f.remedy,
    f.institution ?? "",
    f.activity ?? "",
    f.file ?? "",
    f.line === null ? "" : String(f.line),
  ]);
  return [header, ...rows];
}

/** `vhr check --format csv`. */
export function renderCsv(report: Report, lang: Lang): string {
  const lines = csvTable(report, lang).map((row) => row.map((cell) => quote(neutraliseCell(cell))).join(","));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
