// Progress on stderr for large runs: only on a terminal (never in a pipe or a log, where it would be noise),
// and only when the input is large enough for a person to wonder whether anything is happening.

import type { ProgressEvent, ProgressListener } from "../model/progress.js";
import type { Lang } from "../report/report-model.js";
import type { Io } from "./io.js";

const LARGE_BYTES = 50 * 1024 * 1024;
const LARGE_ROWS = 200_000;

export function createProgress(io: Io, lang: Lang): ProgressListener | undefined {
  if (!io.stderrIsTty) return undefined;
  let shown = false;
  const rowsByPath = new Map<string, number>();
  const show = (text: string) => {
    shown = true;
    io.err(`\r\x1b[2K${text}`);
  };
  return (event: ProgressEvent) => {
    if (event.stage === "read") {
      rowsByPath.set(event.path, event.rows);
      let rowsRead = 0;
      for (const rows of rowsByPath.values()) rowsRead += rows;
      const large = event.totalBytes > LARGE_BYTES || rowsRead > LARGE_ROWS;
      if (!large) return;
      const rows = event.rows.toLocaleString("en-US");
      show(lang === "ko" ? `읽는 중: ${event.path} ${rows}행…` : `reading ${event.path}: ${rows} rows…`);
    } else if (event.stage === "people" || event.stage === "reconcile") {
      if (!shown && event.records <= LARGE_ROWS) return;
      const records = event.records.toLocaleString("en-US");
      if (event.stage === "people")
        show(lang === "ko" ? `사람 확인 중 (${records}건)…` : `resolving people (${records} records)…`);
      else show(lang === "ko" ? `대조 중 (${records}건)…` : `reconciling (${records} records)…`);
    } else if (event.stage === "report") {
      if (!shown) return;
      const findings = event.findings.toLocaleString("en-US");
      show(
        lang === "ko"
          ? `보고서 작성 중 (발견 ${findings}건)…`
          : `building the report (${findings} findings)…`,
      );
    } else if (shown) {
      io.err("\r\x1b[2K");
    }
  };
}
