// The README's generated sections (sources and their headers, the error catalogue) are rendered from the
// code, so they cannot drift: this test fails when they do. `UPDATE_README=1 npx vitest run test/readme.test.ts`
// rewrites them.

import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REJECT_REASONS, type RejectReason } from "../src/model/record.js";
import { FATAL_CODES, type FatalCode } from "../src/model/vhr-error.js";
import { messagesFor } from "../src/report/messages/messages.js";
import { renderSourcesMarkdown } from "../src/report/render-sources.js";
import { BUILTIN_PROFILES } from "../src/sources/builtin-profiles.js";

type Ctx = { column: string | null; value: string | null; detail: Record<string, string | number> };

/** An invented example of each rejected row, as a user would meet it. */
const REJECT_EXAMPLES: Record<RejectReason, Ctx> = {
  "column-count": { column: null, value: null, detail: { expected: 9, actual: 10 } },
  "missing-value": { column: "봉사일자", value: "", detail: { field: "date" } },
  "invalid-date": { column: "봉사일자", value: "2026-02-30", detail: { field: "date" } },
  "invalid-period": {
    column: "활동기간",
    value: "20261031~20260901",
    detail: { field: "period", problem: "reversed", swapped: "20260901~20261031" },
  },
  "invalid-duration": {
    column: "봉사시간",
    value: "0",
    detail: { field: "duration", problem: "zero", minutes: 0 },
  },
  "invalid-time": { column: "시작시간", value: "25:00", detail: { field: "start" } },
  "invalid-birthdate": { column: "생년월일", value: "2008-**-**", detail: { field: "birthdate" } },
  "invalid-phone": { column: "휴대폰", value: "1.01E+10", detail: { field: "phone" } },
  "invalid-name": { column: "성명", value: "1234", detail: { field: "name" } },
  "invalid-code": {
    column: "코드",
    value: "2OO",
    detail: { field: "transferCode", expected: "99, 100, 200, 300, 400" },
  },
  "unknown-status": {
    column: "승인상태",
    value: "보류",
    detail: { field: "approval", expected: "승인, 승인완료, 대기, 반려" },
  },
  "date-out-of-range": {
    column: "봉사일자",
    value: "2099-01-01",
    detail: { field: "date", min: "1980-01-01", max: "2026-11-22" },
  },
  "unterminated-quote": { column: null, value: null, detail: {} },
  "row-too-long": { column: null, value: null, detail: { max: 4_000_000 } },
};

const FATAL_EXAMPLES: Record<FatalCode, Record<string, string | number>> = {
  usage: { option: "--as-of", value: "2026-13-01", format: "date-or-datetime", command: "check" },
  "file-not-found": { path: "vms.csv" },
  "file-unreadable": { path: "vms.csv", reason: "EACCES" },
  "file-empty": { path: "vms.csv" },
  "not-text": { path: "vms.csv", kind: "xlsx" },
  "html-file": { path: "1365.csv" },
  "no-header": { path: "vms.csv", lines: 30 },
  "missing-column": {
    path: "vms.csv",
    source: "vms",
    field: "duration",
    aliases: "봉사시간, 활동시간, 인정시간",
    headers: "봉사일자, 인증기관, 봉사내용, 승인상태",
  },
  "source-ambiguous": { path: "export.csv", candidates: "1365, vms" },
  "source-unknown": { path: "export.csv", source: "nosuch", known: "vms, 1365, redcross, blood, culture" },
  "encoding-unknown": { encoding: "latin9", supported: "utf-8, cp949 (euc-kr), utf-16le, utf-16be" },
  "encoding-invalid": { path: "vms.csv", encoding: "utf-8" },
  "profile-invalid": { path: "my-vms.json", problem: "columns.duration: expected array, received string" },
  "person-invalid": { value: "2008-**-**", field: "birthdate" },
  "no-inputs": { path: "class/" },
  "output-unwritable": { path: "/no/such/dir/report.json", reason: "ENOENT" },
};

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function errorCatalogueMarkdown(): string {
  const en = messagesFor("en");
  const lines = ["| reason | example message |", "|---|---|"];
  for (const reason of REJECT_REASONS) {
    const text = en.rejects[reason] as (ctx: unknown) => string;
    lines.push(`| \`${reason}\` | ${cell(text({ path: "vms.csv", line: 7, ...REJECT_EXAMPLES[reason] }))} |`);
  }
  lines.push("", "Fatal errors (exit code 2): the run stops before any report.", "");
  lines.push("| code | example message | what to do |", "|---|---|---|");
  for (const code of FATAL_CODES) {
    const text = en.fatals[code] as { message(d: unknown): string; remedy(d: unknown): string };
    const detail = FATAL_EXAMPLES[code];
    lines.push(`| \`${code}\` | ${cell(text.message(detail))} | ${cell(text.remedy(detail))} |`);
  }
  return lines.join("\n");
}

const SECTIONS: Record<string, () => string> = {
  sources: () => renderSourcesMarkdown(BUILTIN_PROFILES).trimEnd(),
  "error-catalogue": errorCatalogueMarkdown,
};

describe("README generated sections", () => {
  const path = new URL("../README.md", import.meta.url);
  let readme = readFileSync(path, "utf8");
  for (const [name, render] of Object.entries(SECTIONS)) {
    it(`${name} is up to date (UPDATE_README=1 to regenerate)`, () => {
      const begin = `<!-- BEGIN generated:${name} -->\n`;
      const end = `\n<!-- END generated:${name} -->`;
      const from = readme.indexOf(begin);
      const to = readme.indexOf(end);
      expect(from, `README has no ${begin.trim()} marker`).toBeGreaterThanOrEqual(0);
      expect(to).toBeGreaterThan(from);
      const expected = render();
      if (process.env.UPDATE_README) {
        readme = readme.slice(0, from + begin.length) + expected + readme.slice(to);
        writeFileSync(path, readme);
      }
      expect(readme.slice(from + begin.length, to)).toBe(expected);
    });
  }

  it("starts with the two set-up commands", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
    expect(readme.indexOf("npm ci && npm start")).toBeLessThan(readme.indexOf("## "));
  });
});
