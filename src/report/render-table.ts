// The terminal view of a report (`--format table`, the default): per-person hour tables, each person's
// findings with their remedies, the per-file ledger and rejected rows, and a one-line summary. Pure: the
// report in, a string out. With `colour: false` the output holds no escape code at all.

import { Chalk, type ChalkInstance } from "chalk";
import Table from "cli-table3";
import type { Severity } from "../model/finding.js";
import { LEDGER_STATES } from "../model/reconciliation.js";
import { type Catalogue, sourceLabel } from "./messages/catalogue.js";
import { messagesFor } from "./messages/messages.js";
import type { Lang, Report, ReportFile, ReportFinding, ReportPerson } from "./report-model.js";
import { displayWidth, wrap } from "./text-layout.js";

export interface TableOptions {
  lang: Lang;
  /** False: plain text, no escape codes (not a TTY, NO_COLOR, TERM=dumb, --no-color). */
  colour: boolean;
  /** Line width to lay out for (default 80). */
  width?: number;
  /** School year of the NEIS column: --school-year, else (null/undefined) the school year of `asOf`. */
  schoolYear?: number | null;
}

/** Rejected rows listed per file; the rest are counted. */
export const REJECTED_ROWS_SHOWN = 20;

type Align = "left" | "right";

export interface Painter {
  chalk: ChalkInstance;
  severity(severity: Severity, text: string): string;
}

export function painter(colour: boolean): Painter {
  const chalk = new Chalk({ level: colour ? 1 : 0 });
  const bySeverity: Record<Severity, ChalkInstance> = {
    error: chalk.red.bold,
    warning: chalk.yellow,
    info: chalk.cyan,
  };
  return { chalk, severity: (severity, text) => bySeverity[severity](text) };
}

const NO_BORDER = {
  top: "",
  "top-mid": "",
  "top-left": "",
  "top-right": "",
  bottom: "",
  "bottom-mid": "",
  "bottom-left": "",
  "bottom-right": "",
  left: "",
  "left-mid": "",
  mid: "",
  "mid-mid": "",
  right: "",
  "right-mid": "",
  middle: "  ",
};

const cellWidth = (cell: string): number => Math.max(0, ...cell.split("\n").map(displayWidth));

/**
 * A borderless table (columns two spaces apart, a dashed line under the header): box-drawing characters
 * are double width in many Korean terminals, plain ASCII is not. Trailing spaces are trimmed.
 */
export function layoutTable(head: string[], rows: string[][], aligns: Align[], paint: Painter): string {
  const widths = head.map((h, i) => Math.max(cellWidth(h), ...rows.map((r) => cellWidth(r[i] ?? ""))));
  const table = new Table({
    head: head.map((h) => paint.chalk.bold(h)),
    chars: NO_BORDER,
    colAligns: aligns,
    style: { "padding-left": 0, "padding-right": 0, head: [], border: [] },
  });
  table.push(widths.map((w) => paint.chalk.dim("-".repeat(w))));
  for (const row of rows) table.push(row);
  return table
    .toString()
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n");
}

function schoolYearOfDate(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 3 ? year : year - 1;
}

function personTables(report: Report, cat: Catalogue, paint: Painter, schoolYear: number): string[] {
  const L = cat.labels.people;
  const fm = (m: number) => cat.formatMinutes(m);
  const name = (p: ReportPerson) => p.name ?? cat.text.none;
  const bySource = layoutTable(
    [L.id, L.name, L.vms, L.redcross, L.culture, L.blood],
    report.people.map((p) => [
      p.id,
      name(p),
      fm(p.minutes.vms),
      fm(p.minutes.redcross),
      fm(p.minutes.culture),
      fm(p.minutes.blood),
    ]),
    ["left", "left", "right", "right", "right", "right"],
    paint,
  );
  const in1365 = layoutTable(
    [L.id, L.name, L.expected1365, L.credited1365, L.missing, L.inTransit, L.neis(schoolYear)],
    report.people.map((p) => {
      const neis = p.schoolYears.find((y) => y.schoolYear === schoolYear)?.neisHours ?? 0;
      const missing = fm(p.minutes.missing);
      return [
        p.id,
        name(p),
        fm(p.minutes.expected1365),
        fm(p.minutes.credited1365),
        p.minutes.missing > 0 ? paint.chalk.red(missing) : missing,
        fm(p.minutes.inTransit),
        fm(neis * 60),
      ];
    }),
    ["left", "left", "right", "right", "right", "right", "right"],
    paint,
  );
  return [
    paint.chalk.bold(cat.text.hoursBySource),
    bySource,
    "",
    paint.chalk.bold(cat.text.hoursIn1365(schoolYear)),
    in1365,
  ];
}

/** One finding: marker, date, source, hours; the message; the remedy after `→`. */
export function findingLines(f: ReportFinding, cat: Catalogue, paint: Painter, width: number): string[] {
  const head = [
    paint.severity(f.severity, `[${cat.labels.severities[f.severity]}]`),
    f.date,
    f.source === null ? null : sourceLabel(cat, f.source),
    f.minutes === null ? null : cat.formatMinutes(f.minutes),
    paint.chalk.dim(cat.labels.kinds[f.kind]),
  ].filter((part): part is string => part !== null);
  return [
    `  ${head.join("  ")}`,
    ...wrap(f.message, width, "    ", "    "),
    ...wrap(f.remedy, width, "    → ", "      ").map((line, i) =>
      i === 0 ? line.replace("→", paint.chalk.green("→")) : line,
    ),
  ];
}

/** Findings grouped by person (in the people's order, then those of nobody), each group in report order. */
export function findingSections(
  people: readonly { id: string; name: string | null }[],
  findings: readonly ReportFinding[],
  cat: Catalogue,
  paint: Painter,
  width: number,
): string[] {
  const groups = new Map<string | null, ReportFinding[]>();
  for (const p of people) groups.set(p.id, []);
  for (const f of findings) {
    const group = groups.get(f.person);
    if (group) group.push(f);
    else groups.set(f.person, [f]);
  }
  const names = new Map(people.map((p) => [p.id, p.name]));
  const out: string[] = [];
  const emit = (person: string | null, group: ReportFinding[]) => {
    if (group.length === 0) return;
    if (out.length > 0) out.push("");
    const heading =
      person === null
        ? cat.text.noPerson(group.length)
        : cat.text.personHeading(person, names.get(person) ?? null, group.length);
    out.push(paint.chalk.bold(heading));
    for (const f of group) out.push(...findingLines(f, cat, paint, width));
  };
  for (const [person, group] of groups) if (person !== null) emit(person, group);
  emit(null, groups.get(null) ?? []);
  return out;
}

function fileSections(files: ReportFile[], cat: Catalogue, paint: Painter, width: number): string[] {
  const L = cat.labels.files;
  // A path on its own line never has to be cut, however long it is; the ledger follows on the next line.
  const out = [paint.chalk.bold(cat.text.files)];
  for (const f of files) {
    out.push(...wrap(`${f.path} (${sourceLabel(cat, f.source)})`, width, "", "  "));
    const counts = [`${L.rows} ${f.rows}`, ...LEDGER_STATES.map((s) => `${L[s]} ${f.ledger[s]}`)].join(" · ");
    out.push(...wrap(counts, width, "  ", "  "));
  }

  const warnings = files.flatMap((f) => f.warnings);
  if (warnings.length > 0) {
    out.push("", paint.chalk.bold(cat.text.warnings));
    for (const w of warnings) out.push(...wrap(w.message, width, "  ! ", "    "));
  }

  if (files.some((f) => f.rejected.length > 0)) {
    out.push("", paint.chalk.bold(cat.text.rejectedRows));
    for (const f of files) {
      for (const r of f.rejected.slice(0, REJECTED_ROWS_SHOWN)) {
        const place = `${f.path}:${r.line}`;
        out.push(`  ${paint.chalk.red(place)}${r.column === null ? "" : `  ${r.column}`}`);
        out.push(...wrap(r.message, width, "    ", "    "));
      }
      const more = f.rejected.length - REJECTED_ROWS_SHOWN;
      if (more > 0) out.push(`  ${cat.text.moreRejected(more)}`);
    }
  }
  return out;
}

export function summaryLine(report: Report, cat: Catalogue): string {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) bySeverity[f.severity]++;
  return cat.text.summary({
    people: report.summary.people,
    findings: report.findings.length,
    ...bySeverity,
    rejected: report.summary.rejected,
  });
}

/** `vhr check` (table format). */
export function renderTable(report: Report, options: TableOptions): string {
  const cat = messagesFor(options.lang);
  const paint = painter(options.colour);
  const width = options.width ?? 80;
  const schoolYear = options.schoolYear ?? schoolYearOfDate(report.asOf);

  if (report.people.length === 0 && report.findings.length === 0 && report.files.length === 0) {
    return `${paint.chalk.green(cat.text.noFindings)}\n`;
  }

  const out: string[] = [paint.chalk.bold(cat.text.title(report.asOf)), ""];
  if (report.people.length > 0) out.push(...personTables(report, cat, paint, schoolYear), "");
  out.push(paint.chalk.bold.underline(cat.text.findings));
  if (report.findings.length === 0) out.push(paint.chalk.green(cat.text.noFindings));
  else out.push(...findingSections(report.people, report.findings, cat, paint, width));
  if (report.files.length > 0) out.push("", ...fileSections(report.files, cat, paint, width));
  out.push("", summaryLine(report, cat));
  return `${out.join("\n")}\n`;
}
