// `vhr inspect` as text: what a person checks when a file is not read as they expected.

import type { InspectReport } from "./inspect-report.js";
import type { Lang } from "./report-model.js";

const LABELS = {
  en: {
    file: "file",
    source: "source",
    why: "why",
    encoding: "encoding",
    bom: "with BOM",
    noBom: "no BOM",
    delimiter: "delimiter",
    header: "header line",
    columns: "columns",
    unmapped: "(not used)",
    rows: "rows",
    counts: (r: InspectReport) =>
      `${r.rows} after the header: ${r.records} ${r.records === 1 ? "record" : "records"}, ${r.ignored} ignored ` +
      `(blank or total lines), ${r.rejected.length} rejected`,
    rejected: "rejected",
    more: (n: number) => `… and ${n} more (see --json)`,
    warnings: "warnings",
  },
  ko: {
    file: "파일",
    source: "출처",
    why: "판단 근거",
    encoding: "인코딩",
    bom: "BOM 있음",
    noBom: "BOM 없음",
    delimiter: "구분자",
    header: "머리글 줄",
    columns: "열",
    unmapped: "(사용 안 함)",
    rows: "행",
    counts: (r: InspectReport) =>
      `머리글 아래 ${r.rows}행: 기록 ${r.records}, 무시 ${r.ignored} (빈 줄·합계 줄), 거부 ${r.rejected.length}`,
    rejected: "거부된 행",
    more: (n: number) => `… 외 ${n}건 (--json 참고)`,
    warnings: "경고",
  },
} as const;

const DELIMITER_NAMES: Record<string, string> = {
  ",": "comma (,)",
  "\t": "tab",
  ";": "semicolon (;)",
  "|": "bar (|)",
};
/** How many rejected rows the text view lists; the JSON has them all. */
const SHOWN_REJECTED = 10;

export function renderInspectText(report: InspectReport, lang: Lang): string {
  const l = LABELS[lang];
  const pad = (label: string) => label.padEnd(lang === "ko" ? 10 : 12);
  const lines: string[] = [];
  lines.push(`${pad(l.file)}${report.path}`);
  lines.push(`${pad(l.source)}${report.source}`);
  lines.push(`${pad(l.why)}${report.detection.reason}`);
  lines.push(`${pad(l.encoding)}${report.encoding} (${report.bom ? l.bom : l.noBom})`);
  lines.push(`${pad(l.delimiter)}${DELIMITER_NAMES[report.delimiter] ?? report.delimiter}`);
  lines.push(`${pad(l.header)}${report.headerLine}`);
  report.columns.forEach((column, i) => {
    lines.push(
      `${pad(i === 0 ? l.columns : "")}${column.header || `#${i + 1}`} → ${column.field ?? l.unmapped}`,
    );
  });
  lines.push(`${pad(l.rows)}${l.counts(report)}`);
  report.rejected.slice(0, SHOWN_REJECTED).forEach((row, i) => {
    lines.push(`${pad(i === 0 ? l.rejected : "")}${row.message}`);
  });
  if (report.rejected.length > SHOWN_REJECTED)
    lines.push(`${pad("")}${l.more(report.rejected.length - SHOWN_REJECTED)}`);
  report.warnings.forEach((warning, i) => {
    lines.push(`${pad(i === 0 ? l.warnings : "")}${warning.message}`);
  });
  return `${lines.join("\n")}\n`;
}
