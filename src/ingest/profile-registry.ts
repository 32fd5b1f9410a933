// Built-in profiles plus user profiles (`--profile file.json`), merged and compiled into lookup tables.
// A user profile either adds a source (new id, with `reconcileAs` or `extends`) or extends one: its aliases,
// signature headers, hints and words are added to the base's, and the fields it sets override.

import type { z } from "zod";
import type { BuiltinSource, CanonicalField } from "../model/record.js";
import { BUILTIN_SOURCES } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";
import { BUILTIN_PROFILES } from "../sources/builtin-profiles.js";
import { type SourceProfile, SourceProfileSchema } from "../sources/source-profile.js";

export interface UserProfileText {
  path: string;
  text: string;
}

function isBuiltin(id: string): id is BuiltinSource {
  return (BUILTIN_SOURCES as readonly string[]).includes(id);
}

function unique(words: readonly string[]): string[] {
  return [...new Set(words)];
}

type WordTable = Record<string, string[] | undefined>;

function mergeWordTables(base: WordTable | undefined, ext: WordTable | undefined): WordTable | undefined {
  if (!base) return ext;
  if (!ext) return base;
  const merged: WordTable = { ...base };
  for (const [key, words] of Object.entries(ext))
    merged[key] = unique([...(base[key] ?? []), ...(words ?? [])]);
  return merged;
}

/** The base's profile with the extension's additions; `set` says which top-level keys the user wrote. */
function extendProfile(base: SourceProfile, ext: SourceProfile, set: ReadonlySet<string>): SourceProfile {
  const columns: Partial<Record<CanonicalField, string[]>> = { ...base.columns };
  for (const [field, aliases] of Object.entries(ext.columns) as [CanonicalField, string[]][]) {
    columns[field] = unique([...(base.columns[field] ?? []), ...aliases]);
  }
  const vocab: SourceProfile["vocab"] = { ...base.vocab };
  for (const key of Object.keys(ext.vocab) as (keyof SourceProfile["vocab"])[]) {
    if (key === "transferCodes") {
      const a = base.vocab.transferCodes;
      const b = ext.vocab.transferCodes;
      vocab.transferCodes = {
        sent: unique([...(a?.sent ?? []), ...(b?.sent ?? [])].map(String)).map(Number),
        failed: unique([...(a?.failed ?? []), ...(b?.failed ?? [])].map(String)).map(Number),
      };
    } else {
      (vocab as Record<string, WordTable | undefined>)[key] = mergeWordTables(
        base.vocab[key] as WordTable | undefined,
        ext.vocab[key] as WordTable | undefined,
      );
    }
  }
  return {
    ...base,
    id: ext.id,
    extends: ext.extends,
    reconcileAs: ext.reconcileAs ?? base.reconcileAs ?? (isBuiltin(base.id) ? base.id : undefined),
    description: set.has("description") ? ext.description : base.description,
    sample: ext.sample ?? base.sample,
    fileNameHints: unique([...base.fileNameHints, ...ext.fileNameHints]),
    signature: unique([...base.signature, ...ext.signature]),
    ignore: unique([...base.ignore, ...ext.ignore]),
    columns,
    required: set.has("required") ? ext.required : base.required,
    vocab,
    defaults: set.has("defaults") ? ext.defaults : base.defaults,
  };
}

function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join(".") : "(top)"}: ${issue.message}`)
    .join("; ");
}

/** Parse and validate one user profile file. */
export function parseUserProfile(file: UserProfileText): { profile: SourceProfile; set: Set<string> } {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (error) {
    throw new VhrError("profile-invalid", {
      path: file.path,
      problem: `not JSON: ${(error as Error).message}`,
    });
  }
  const parsed = SourceProfileSchema.safeParse(json);
  if (!parsed.success) {
    throw new VhrError("profile-invalid", { path: file.path, problem: describeZodError(parsed.error) });
  }
  const set = new Set(json !== null && typeof json === "object" ? Object.keys(json) : []);
  return { profile: parsed.data, set };
}

/** Built-in profiles with the user's merged in, each with the flow (`reconcileAs`) it follows. */
export function buildProfiles(userFiles: readonly UserProfileText[]): SourceProfile[] {
  const profiles = new Map<string, SourceProfile>();
  for (const builtin of BUILTIN_PROFILES) {
    profiles.set(builtin.id, { ...builtin, reconcileAs: builtin.id as BuiltinSource });
  }
  for (const file of userFiles) {
    const { profile, set } = parseUserProfile(file);
    const baseId = profile.extends ?? (profiles.has(profile.id) ? profile.id : undefined);
    if (baseId !== undefined) {
      const base = profiles.get(baseId);
      if (!base) {
        throw new VhrError("profile-invalid", {
          path: file.path,
          problem: `extends "${baseId}", which is not a known source (${[...profiles.keys()].join(", ")})`,
        });
      }
      profiles.set(profile.id, extendProfile(base, profile, set));
    } else {
      if (!profile.reconcileAs) {
        throw new VhrError("profile-invalid", {
          path: file.path,
          problem: `a new source needs "extends" or "reconcileAs" (one of ${BUILTIN_SOURCES.join(", ")})`,
        });
      }
      profiles.set(profile.id, profile);
    }
  }
  return [...profiles.values()];
}
