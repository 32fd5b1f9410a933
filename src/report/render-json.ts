// JSON output: 2-space indentation and a final newline, keys in the order of DESIGN §8 (json-order.ts). The
// text is made by writeJson (write-json.ts), which the CLI streams to its output; renderJson joins its chunks
// for tests and small outputs, so both give the same bytes.

import type { PeopleReport } from "./build-people-report.js";
import type { Report } from "./report-model.js";
import { writeJson } from "./write-json.js";

/** `vhr check --format json` and `vhr people --json`: 2-space JSON and a newline. */
export function renderJson(report: Report | PeopleReport): string {
  const chunks: string[] = [];
  writeJson(report, (chunk) => {
    chunks.push(chunk);
  });
  return chunks.join("");
}
