// `vhr sources` as text, and the README's table of sources (generated from the profiles, never typed twice).

import type { SourceProfile } from "../sources/source-profile.js";

export function renderSourcesText(profiles: readonly SourceProfile[]): string {
  const lines: string[] = [];
  for (const profile of profiles) {
    lines.push(
      `${profile.id}${profile.reconcileAs && profile.reconcileAs !== profile.id ? ` (as ${profile.reconcileAs})` : ""}`,
    );
    lines.push(`  ${profile.description}`);
    if (profile.sample) {
      lines.push(`  sample:   ${profile.sample.header}`);
      lines.push(`            ${profile.sample.row}`);
      lines.push(`            (${profile.sample.comment})`);
    }
    if (profile.fileNameHints.length > 0)
      lines.push(`  file names containing: ${profile.fileNameHints.join(", ")}`);
    if (profile.signature.length > 0) lines.push(`  signature headers: ${profile.signature.join(", ")}`);
    if (profile.ignore.length > 0) lines.push(`  known, not used: ${profile.ignore.join(", ")}`);
    for (const [field, aliases] of Object.entries(profile.columns)) {
      lines.push(`  ${field.padEnd(15)} ${(aliases ?? []).join(", ")}`);
    }
    if (profile.required.length > 0) {
      lines.push(`  required: ${profile.required.map((group) => group.join(" or ")).join("; ")}`);
    }
    lines.push("");
  }
  return `${lines.join("\n")}`;
}

/** Markdown table of every source's accepted headers, for the README. */
export function renderSourcesMarkdown(profiles: readonly SourceProfile[]): string {
  const out: string[] = [];
  for (const profile of profiles) {
    out.push(`#### \`${profile.id}\` — ${profile.description}`);
    out.push("");
    if (profile.sample) {
      out.push("```");
      out.push(profile.sample.header);
      out.push(`${profile.sample.row}   # ${profile.sample.comment}`);
      out.push("```");
      out.push("");
    }
    out.push(
      `Detected by the headers ${profile.signature.map((s) => `\`${s}\``).join(", ")}` +
        ` and file names containing ${profile.fileNameHints.map((s) => `\`${s}\``).join(", ")}.` +
        ` Required: ${profile.required.map((g) => g.map((f) => `\`${f}\``).join(" or ")).join("; ")}.` +
        (profile.ignore.length > 0 ? ` Known and not used: ${profile.ignore.join(", ")}.` : ""),
    );
    out.push("");
    out.push("| field | accepted headers |");
    out.push("|---|---|");
    for (const [field, aliases] of Object.entries(profile.columns)) {
      out.push(`| \`${field}\` | ${(aliases ?? []).join(", ")} |`);
    }
    out.push("");
  }
  return out.join("\n");
}
