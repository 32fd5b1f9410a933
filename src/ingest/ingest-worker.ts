// A worker thread that ingests files for the main thread (DESIGN §9: parse files in parallel where cores
// allow). It reads, detects, maps and normalises exactly as the main thread would (ingestFile), and sends the
// file back with its records and identities in columns (record-columns.ts), whose buffers are transferred.

import { parentPort, workerData } from "node:worker_threads";
import type { Encoding, Identity, IngestedFile } from "../model/record.js";
import { isVhrError } from "../model/vhr-error.js";
import type { SourceProfile } from "../sources/source-profile.js";
import { compileProfile } from "./compile-profile.js";
import { ingestFile } from "./ingest-file.js";
import { fileInput } from "./input-file.js";
import {
  type EncodedIdentities,
  type EncodedRecords,
  encodeIdentities,
  RecordColumns,
  transferables,
} from "./record-columns.js";

/** What every job of one run shares (the worker's workerData). */
export interface IngestWorkerData {
  profiles: SourceProfile[];
  encoding: Encoding | null;
  person: Identity | null;
  latestDay: number;
  source: string | null;
  /** Send a progress message every this many rows (0: never). */
  progress: boolean;
}

export interface IngestJob {
  index: number;
  path: string;
  forcedSource: string | null;
  size: number;
}

export type WorkerError =
  | { kind: "vhr"; code: string; detail: Record<string, string | number> }
  | { kind: "other"; name: string; message: string; stack: string | undefined };

export type WorkerMessage =
  | { type: "rows"; index: number; rows: number }
  | {
      type: "done";
      index: number;
      /** With empty `records` and `identities`: they come in columns. */
      file: IngestedFile;
      records: EncodedRecords;
      identities: EncodedIdentities;
    }
  | { type: "error"; index: number; error: WorkerError };

const data = workerData as IngestWorkerData;
const profiles = data.profiles.map((profile) => compileProfile(profile));
const port = parentPort;

async function run(job: IngestJob): Promise<void> {
  if (port === null) return;
  try {
    const file = await ingestFile(fileInput(job.path, job.forcedSource, job.size), job.index, {
      profiles,
      encoding: data.encoding,
      person: data.person,
      latestDay: data.latestDay,
      source: data.source,
      onRows: data.progress
        ? (rows) => port.postMessage({ type: "rows", index: job.index, rows } satisfies WorkerMessage)
        : undefined,
    });
    const encodedRecords = file.records.encoded;
    const encodedIdentities = encodeIdentities(file.identities);
    file.records = RecordColumns.of(job.index, []);
    file.identities = [];
    const message: WorkerMessage = {
      type: "done",
      index: job.index,
      file,
      records: encodedRecords,
      identities: encodedIdentities,
    };
    port.postMessage(message, [...transferables(encodedRecords), ...transferables(encodedIdentities)]);
  } catch (error) {
    const payload: WorkerError = isVhrError(error)
      ? { kind: "vhr", code: error.code, detail: error.detail }
      : {
          kind: "other",
          name: (error as Error)?.name ?? "Error",
          message: (error as Error)?.message ?? String(error),
          stack: (error as Error)?.stack,
        };
    port.postMessage({ type: "error", index: job.index, error: payload } satisfies WorkerMessage);
  }
}

// Jobs run one at a time, in the order they arrive.
let queue: Promise<void> = Promise.resolve();
port?.on("message", (job: IngestJob) => {
  queue = queue.then(() => run(job));
});
