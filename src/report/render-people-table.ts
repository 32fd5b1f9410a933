// The terminal view of `vhr people`: who is who, which records make each person, why they were linked,
// and the identity findings. Pure: the people report in, a string out.

import type { PeopleMember, PeopleReport } from "./build-people-report.js";
import { sourceLabel } from "./messages/catalogue.js";
import { messagesFor } from "./messages/messages.js";
import { findingSections, layoutTable, painter } from "./render-table.js";
import type { Lang } from "./report-model.js";
import { wrap } from "./text-layout.js";

export interface PeopleTableOptions {
  lang: Lang;
  colour: boolean;
  /** Line width to lay out for (default 80). */
  width?: number;
}

const place = (m: PeopleMember): string => (m.line === null ? m.file : `${m.file}:${m.line}`);

/** `vhr people` (table format). */
export function renderPeopleTable(report: PeopleReport, options: PeopleTableOptions): string {
  const cat = messagesFor(options.lang);
  const paint = painter(options.colour);
  const width = options.width ?? 80;
  const L = cat.labels.people;
  const none = cat.text.none;
  const out: string[] = [paint.chalk.bold(cat.text.people)];

  out.push(
    layoutTable(
      [L.id, L.name, L.birthdate, L.phone, L.tier, L.sources],
      report.people.map((p) => [
        p.id,
        p.name ?? none,
        p.birthdate ?? none,
        p.phone ?? none,
        cat.labels.tiers[p.tier],
        p.sources.map((s) => sourceLabel(cat, s)).join(", "),
      ]),
      ["left", "left", "left", "left", "left", "left"],
      paint,
    ),
  );

  for (const p of report.people) {
    out.push("", paint.chalk.bold(`${p.id} ${p.name ?? none}`));
    const members = p.members.map((m) => `${place(m)} (${sourceLabel(cat, m.source)})`).join(" · ");
    out.push(...wrap(members, width, `  ${cat.text.members}: `, "    "));
    for (const e of p.evidence) {
      const head = `  ${cat.text.evidence}: ${place(e.from)} ↔ ${place(e.to)}  ${cat.labels.tiers[e.tier]}`;
      out.push(e.tier === "conflict" ? paint.chalk.yellow(head) : head);
      out.push(...wrap(e.text, width, "    ", "    "));
    }
  }

  out.push("", paint.chalk.bold.underline(cat.text.identityFindings));
  if (report.findings.length === 0) out.push(paint.chalk.green(cat.text.noIdentityFindings));
  else out.push(...findingSections(report.people, report.findings, cat, paint, width));

  out.push("", cat.text.peopleSummary(report.people.length, report.findings.length));
  return `${out.join("\n")}\n`;
}
