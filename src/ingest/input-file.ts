// Where a file's bytes come from: a path on disk, or standard input ('-'), read again from the start when
// the encoding guess has to be revised.

import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { VhrError } from "../model/vhr-error.js";

export interface InputFile {
  /** As the user gave it, without a source prefix. */
  path: string;
  /** Source id from a `vms:file.csv` prefix, or null. */
  forcedSource: string | null;
  read(): AsyncIterable<Uint8Array>;
  readSample(bytes: number): Promise<{ bytes: Uint8Array; whole: boolean }>;
  /** Size in bytes when known (for progress). */
  size: number | null;
  /** True for a file on disk, which another thread can open by its path (not standard input). */
  onDisk?: boolean;
}

const CHUNK_BYTES = 1 << 20;

export function fileInput(path: string, forcedSource: string | null, size: number): InputFile {
  return {
    path,
    forcedSource,
    size,
    onDisk: true,
    read: () => createReadStream(path, { highWaterMark: CHUNK_BYTES }),
    async readSample(bytes) {
      let handle: Awaited<ReturnType<typeof open>>;
      try {
        handle = await open(path, "r");
      } catch (error) {
        // It exists (stat said so) but cannot be opened: no permission, a socket, a device.
        throw new VhrError("file-unreadable", {
          path,
          reason: (error as NodeJS.ErrnoException).code ?? "unknown",
        });
      }
      try {
        const buffer = Buffer.alloc(Math.min(bytes, size));
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
        return { bytes: buffer.subarray(0, bytesRead), whole: bytesRead >= size };
      } finally {
        await handle.close();
      }
    },
  };
}

/** Standard input, read once into memory (personal exports are small; council files are given as paths). */
export function bufferInput(path: string, forcedSource: string | null, data: Uint8Array): InputFile {
  return {
    path,
    forcedSource,
    size: data.length,
    async *read() {
      for (let i = 0; i < data.length; i += CHUNK_BYTES) yield data.subarray(i, i + CHUNK_BYTES);
    },
    readSample: async (bytes) => ({ bytes: data.subarray(0, bytes), whole: data.length <= bytes }),
  };
}

/** `vms:path` → ["vms", "path"]; a Windows drive letter (`C:\…`) is not a prefix. */
export function splitSourcePrefix(
  arg: string,
  knownSources: readonly string[],
): { source: string | null; path: string } {
  const colon = arg.indexOf(":");
  if (colon > 0) {
    const prefix = arg.slice(0, colon);
    if (knownSources.includes(prefix)) return { source: prefix, path: arg.slice(colon + 1) };
  }
  return { source: null, path: arg };
}

/**
 * Expand the command line inputs: files as given, folders to their `*.csv` (sorted, not recursive), `-` to
 * standard input (read by the caller). Missing paths are fatal: a mistyped name must not pass silently.
 */
export async function resolveInputs(
  args: readonly string[],
  knownSources: readonly string[],
  readStdin: () => Promise<Uint8Array>,
): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const arg of args) {
    const { source, path } = splitSourcePrefix(arg, knownSources);
    if (path === "-") {
      inputs.push(bufferInput("-", source, await readStdin()));
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
    } catch {
      throw new VhrError("file-not-found", { path });
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith(".csv")).sort();
      for (const name of names) {
        const full = join(path, name);
        const fileInfo = await stat(full);
        if (fileInfo.isFile()) inputs.push(fileInput(full, source, fileInfo.size));
      }
    } else {
      inputs.push(fileInput(path, source, info.size));
    }
  }
  return inputs;
}
