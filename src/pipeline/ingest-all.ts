// The read stage for a whole run: expand inputs, load profiles, ingest every file. Files are indexed in path
// order so that file indices, and everything downstream, do not depend on the order they were given in, nor
// on which thread read which file: large runs read two files at once (ingest-parallel.ts).

import { readFile } from "node:fs/promises";
import { type CompiledProfile, compileProfile } from "../ingest/compile-profile.js";
import { parseEncodingName } from "../ingest/encoding.js";
import { type IngestOptions, ingestFile } from "../ingest/ingest-file.js";
import { type InputFile, resolveInputs } from "../ingest/input-file.js";
import { buildProfiles, type UserProfileText } from "../ingest/profile-registry.js";
import type { ProgressListener } from "../model/progress.js";
import type { Encoding, Identity, IngestedFile } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";
import { ingestInParallel, parallelWorkerCount } from "./ingest-parallel.js";
import { parsePersonOption } from "./person-option.js";

export interface ReadOptions {
  /** Files, folders, `-`, each optionally prefixed `vms:` etc. */
  inputs: readonly string[];
  /** `--profile` files. */
  profileFiles: readonly string[];
  source: string | null;
  encoding: string | null;
  person: string | null;
  /** Rows dated after this epoch day are rejected. */
  latestDay: number;
  readStdin: () => Promise<Uint8Array>;
  onProgress?: ProgressListener;
}

export interface ReadResult {
  profiles: CompiledProfile[];
  files: IngestedFile[];
}

async function readProfileFiles(paths: readonly string[]): Promise<UserProfileText[]> {
  const out: UserProfileText[] = [];
  for (const path of paths) {
    try {
      out.push({ path, text: await readFile(path, "utf8") });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw code === "ENOENT"
        ? new VhrError("file-not-found", { path })
        : new VhrError("file-unreadable", { path, reason: code ?? "unknown" });
    }
  }
  return out;
}

export async function loadProfiles(profileFiles: readonly string[]): Promise<CompiledProfile[]> {
  return buildProfiles(await readProfileFiles(profileFiles)).map(compileProfile);
}

function compareInputs(a: InputFile, b: InputFile): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  const sa = a.forcedSource ?? "";
  const sb = b.forcedSource ?? "";
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export async function readInputs(options: ReadOptions): Promise<ReadResult> {
  const profiles = await loadProfiles(options.profileFiles);
  const known = profiles.map((p) => p.id);
  if (options.source !== null && !known.includes(options.source)) {
    throw new VhrError("source-unknown", { source: options.source, known: known.join(", ") });
  }
  const encoding: Encoding | null = options.encoding === null ? null : parseEncodingName(options.encoding);
  const person: Identity | null = options.person === null ? null : parsePersonOption(options.person);
  const resolved = await resolveInputs(options.inputs, known, options.readStdin);
  // The same file named twice (or through its folder) is read once: counting it twice would double every hour.
  const seen = new Set<string>();
  const inputs = resolved
    .filter((input) => {
      const key = `${input.forcedSource ?? ""}\u0000${input.path}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort(compareInputs);
  if (inputs.length === 0)
    throw new VhrError("no-inputs", options.inputs.length === 1 ? { path: options.inputs[0] } : {});
  const totalBytes = inputs.reduce((sum, input) => sum + (input.size ?? 0), 0);
  const progress = options.onProgress;
  const onRowsOf = (index: number) => {
    const input = inputs[index];
    return progress
      ? (rows: number) =>
          progress({ stage: "read", path: input.path, rows, fileBytes: input.size, totalBytes })
      : undefined;
  };
  const common: Omit<IngestOptions, "onRows"> = {
    profiles,
    encoding,
    person,
    latestDay: options.latestDay,
    source: options.source,
  };
  if (parallelWorkerCount(inputs) > 0) {
    return { profiles, files: await ingestInParallel(inputs, common, onRowsOf) };
  }
  const files: IngestedFile[] = [];
  for (const [index, input] of inputs.entries()) {
    files.push(await ingestFile(input, index, { ...common, onRows: onRowsOf(index) }));
  }
  return { profiles, files };
}
