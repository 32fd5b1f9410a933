// Which source a file is (DESIGN §4): score every profile on the header and the file name, and take the best
// only when it wins clearly; otherwise stop and say how to choose. A prefix (`vms:file.csv`) or `--source`
// skips the guess but still has to find the required columns.

import type { CanonicalField, Detection } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";
import type { CompiledProfile } from "./compile-profile.js";

/** Score weights: a matched column counts 1, a header only this source has 2 more, a file-name hint 4. */
const SIGNATURE_WEIGHT = 2;
const HINT_WEIGHT = 4;
/** The winner must lead the runner-up by this much to be chosen without asking. */
const CLEAR_MARGIN = 2;

export interface ProfileMatch {
  compiled: CompiledProfile;
  score: number;
  fields: Set<CanonicalField>;
  signatureHeaders: string[];
  hint: string | null;
  missing: CanonicalField[][];
}

/** Required groups of the profile that the mapped fields do not satisfy. */
export function findMissingGroups(
  compiled: CompiledProfile,
  fields: ReadonlySet<CanonicalField>,
): CanonicalField[][] {
  return compiled.profile.required.filter(
    (group) => !group.some((field) => fields.has(field) && (field !== "start" || fields.has("end"))),
  );
}

export function matchProfile(
  compiled: CompiledProfile,
  headerKeys: readonly string[],
  fileName: string,
): ProfileMatch {
  const fields = new Set<CanonicalField>();
  const signatureHeaders: string[] = [];
  for (const key of headerKeys) {
    const field = compiled.fieldByHeader.get(key);
    if (field) fields.add(field);
    if (compiled.signature.has(key)) signatureHeaders.push(key);
  }
  const name = fileName.normalize("NFC").toLowerCase();
  const hint = compiled.fileNameHints.find((h) => name.includes(h)) ?? null;
  const score = fields.size + SIGNATURE_WEIGHT * signatureHeaders.length + (hint ? HINT_WEIGHT : 0);
  return { compiled, score, fields, signatureHeaders, hint, missing: findMissingGroups(compiled, fields) };
}

function describe(match: ProfileMatch): string {
  // A resident-number column is recognised only to be dropped (column-plan.ts): it is not a mapped column.
  const mapped = match.fields.size - (match.fields.has("rrn") ? 1 : 0);
  const parts = [mapped === 1 ? "1 column mapped" : `${mapped} columns mapped`];
  if (match.signatureHeaders.length > 0) parts.push(`headers ${match.signatureHeaders.join(", ")}`);
  if (match.hint) parts.push(`file name contains "${match.hint}"`);
  return parts.join("; ");
}

function aliasesOf(compiled: CompiledProfile, group: readonly CanonicalField[]): string {
  return group.flatMap((field) => compiled.profile.columns[field] ?? []).join(", ");
}

function throwMissing(path: string, match: ProfileMatch, headers: string): never {
  const group = match.missing[0];
  throw new VhrError("missing-column", {
    path,
    source: match.compiled.id,
    field: group.join("|"),
    aliases: aliasesOf(match.compiled, group),
    ...(headers.length > 0 ? { headers } : {}),
  });
}

export interface SourceChoice {
  compiled: CompiledProfile;
  detection: Detection;
}

/**
 * Choose the profile for a file. `forcedId` comes from a prefix or `--source`; `headers` is the file's own
 * header line as a message may list it (joined with ", "), for the missing-column error.
 */
export function chooseSource(
  path: string,
  headerKeys: readonly string[],
  profiles: readonly CompiledProfile[],
  forcedId: string | null,
  forcedBy: "prefix" | "--source" | null,
  headers = "",
): SourceChoice {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const matches = profiles.map((compiled) => matchProfile(compiled, headerKeys, fileName));
  const scores: Record<string, number> = {};
  for (const match of matches) scores[match.compiled.id] = match.score;

  if (forcedId !== null) {
    const forced = matches.find((m) => m.compiled.id === forcedId);
    if (!forced) {
      throw new VhrError("source-unknown", {
        path,
        source: forcedId,
        known: profiles.map((p) => p.id).join(", "),
      });
    }
    if (forced.missing.length > 0) throwMissing(path, forced, headers);
    return {
      compiled: forced.compiled,
      detection: { scores, reason: `chosen by ${forcedBy ?? "--source"}` },
    };
  }

  const ranked = [...matches].sort((a, b) => b.score - a.score || a.compiled.id.localeCompare(b.compiled.id));
  const eligible = ranked.filter((m) => m.missing.length === 0 && m.score > 0);
  const best = eligible[0];
  if (!best) {
    const top = ranked[0];
    // One profile clearly fits but lacks a required column: name the column rather than the source.
    if (top && top.score > 0 && (ranked[1]?.score ?? 0) + CLEAR_MARGIN <= top.score)
      throwMissing(path, top, headers);
    throw new VhrError("source-unknown", { path, known: profiles.map((p) => p.id).join(", ") });
  }
  const runnerUp = eligible[1];
  if (runnerUp && runnerUp.score + CLEAR_MARGIN > best.score) {
    const candidates = eligible.filter((m) => m.score + CLEAR_MARGIN > best.score).map((m) => m.compiled.id);
    throw new VhrError("source-ambiguous", { path, candidates: candidates.join(", ") });
  }
  return { compiled: best.compiled, detection: { scores, reason: describe(best) } };
}
