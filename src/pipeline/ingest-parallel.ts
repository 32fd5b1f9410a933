// Reading the files of a large run two at a time (DESIGN §9): the main thread and one worker thread
// (ingest/ingest-worker.ts) each take the largest file left, the main thread first: it starts reading ~0.1 s
// before the worker, which loads its modules first. With rows as objects the largest file went to the worker (a
// byte read on the main thread cost more among its other garbage: 15.8 s against 17.5 s at 1M rows); with rows
// in columns off the heap and the common rows read whole, it costs the same there, and the two threads finish
// closer together with the largest file (vms.csv) on the main thread. A small gain on a drifting machine:
// 1M-row audits, interleaved runs, medians 0.26 and 0.07 s faster in two sets, 0.9 s slower in a third taken
// while single runs swung by ±1 s, paired differences −0.15 s on average in a fourth. A worker's file
// comes back in the same columns the main thread keeps its records in (their buffers transferred, not
// copied), and every file keeps the index of its place in path order, so the result does not depend on which
// thread read which file or which finished first.
// When files fail, the error of the first failing file in path order is thrown, as a sequential read would.

import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { type IngestOptions, ingestFile } from "../ingest/ingest-file.js";
import type { IngestJob, IngestWorkerData, WorkerError, WorkerMessage } from "../ingest/ingest-worker.js";
import type { InputFile } from "../ingest/input-file.js";
import {
  decodeIdentities,
  type EncodedIdentities,
  type EncodedRecords,
  RecordColumns,
} from "../ingest/record-columns.js";
import type { IngestedFile } from "../model/record.js";
import { type FatalCode, VhrError } from "../model/vhr-error.js";

/** Below this many bytes in all, a second thread costs more (its start, the decoding) than it saves. */
const MIN_PARALLEL_BYTES = 16 * 1024 * 1024;

const WORKER_URL = new URL("../ingest/ingest-worker.js", import.meta.url);

/**
 * How many worker threads to read with: 1 when there are two or more files on disk, two cores and enough
 * bytes, else 0 (read on the main thread). `VHR_INGEST_WORKERS=0` turns workers off, `=1` on whatever the size
 * (for tests and diagnosis). Workers need the built worker module (dist/): under a TypeScript test runner,
 * files are read on the main thread.
 */
export function parallelWorkerCount(inputs: readonly InputFile[]): number {
  const setting = process.env.VHR_INGEST_WORKERS;
  if (setting === "0") return 0;
  const onDisk = inputs.filter((input) => input.onDisk === true);
  if (onDisk.length < 2 || inputs.length < 2) return 0;
  if (!existsSync(fileURLToPath(WORKER_URL))) return 0;
  if (setting === "1") return 1;
  if (availableParallelism() < 2) return 0;
  const bytes = inputs.reduce((sum, input) => sum + (input.size ?? 0), 0);
  return bytes >= MIN_PARALLEL_BYTES ? 1 : 0;
}

function errorFromWorker(error: WorkerError): Error {
  if (error.kind === "vhr") return new VhrError(error.code as FatalCode, error.detail);
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

/** A file read, maybe still in columns (decoded once every thread is done). */
type Outcome =
  | { ok: true; file: IngestedFile; columns?: { records: EncodedRecords; identities: EncodedIdentities } }
  | { ok: false; error: unknown };

export async function ingestInParallel(
  inputs: readonly InputFile[],
  options: Omit<IngestOptions, "onRows">,
  onRowsOf: (index: number) => ((rows: number) => void) | undefined,
): Promise<IngestedFile[]> {
  const outcomes: (Outcome | undefined)[] = new Array(inputs.length).fill(undefined);
  /** The first index (path order) that failed: files after it need not be read. */
  let failedAt = Number.POSITIVE_INFINITY;
  // Largest first, so that the two threads finish at about the same time.
  const queue = inputs
    .map((input, index) => ({ input, index }))
    .sort((a, b) => (b.input.size ?? 0) - (a.input.size ?? 0) || a.index - b.index);
  const take = (onDiskOnly: boolean): { input: InputFile; index: number } | undefined => {
    const at = queue.findIndex(
      (item) => item.index < failedAt && (!onDiskOnly || item.input.onDisk === true),
    );
    return at < 0 ? undefined : queue.splice(at, 1)[0];
  };
  /** The worker's file, and how to stop it when an earlier file has failed. */
  let workerIndex = -1;
  let stopWorker: (() => void) | null = null;
  const settle = (index: number, outcome: Outcome): void => {
    outcomes[index] = outcome;
    if (!outcome.ok && index < failedAt) failedAt = index;
    if (workerIndex > failedAt) stopWorker?.();
  };

  const mainThread = async (): Promise<void> => {
    for (let item = take(false); item !== undefined; item = take(false)) {
      try {
        const file = await ingestFile(item.input, item.index, { ...options, onRows: onRowsOf(item.index) });
        settle(item.index, { ok: true, file });
      } catch (error) {
        settle(item.index, { ok: false, error });
      }
    }
  };

  const workerThread = async (): Promise<void> => {
    // Nothing on disk to take (all of it standard input): no worker.
    let item = take(true);
    if (item === undefined) return;
    const workerData: IngestWorkerData = {
      profiles: options.profiles.map((compiled) => compiled.profile),
      encoding: options.encoding,
      person: options.person,
      latestDay: options.latestDay,
      source: options.source,
      progress: inputs.some((_, index) => onRowsOf(index) !== undefined),
    };
    const worker = new Worker(WORKER_URL, { workerData });
    stopWorker = () => {
      void worker.terminate();
    };
    try {
      while (item !== undefined) {
        const { input, index } = item;
        workerIndex = index;
        const onRows = onRowsOf(index);
        const outcome = await new Promise<Outcome>((resolve) => {
          const onMessage = (message: WorkerMessage) => {
            if (message.index !== index) return;
            if (message.type === "rows") {
              onRows?.(message.rows);
              return;
            }
            cleanup();
            if (message.type === "error") {
              resolve({ ok: false, error: errorFromWorker(message.error) });
              return;
            }
            resolve({
              ok: true,
              file: message.file,
              columns: { records: message.records, identities: message.identities },
            });
          };
          const onError = (error: Error) => {
            cleanup();
            resolve({ ok: false, error });
          };
          const onExit = (code: number) => {
            cleanup();
            resolve({ ok: false, error: new Error(`ingest worker stopped (exit code ${code})`) });
          };
          const cleanup = () => {
            worker.off("message", onMessage);
            worker.off("error", onError);
            worker.off("exit", onExit);
          };
          worker.on("message", onMessage);
          worker.on("error", onError);
          worker.on("exit", onExit);
          const job: IngestJob = {
            index,
            path: input.path,
            forcedSource: input.forcedSource,
            size: input.size ?? 0,
          };
          worker.postMessage(job);
        });
        workerIndex = -1;
        settle(index, outcome);
        item = take(true);
      }
    } finally {
      stopWorker = null;
      await worker.terminate();
    }
  };

  // The main thread is started first, so that it takes the largest file (see the top of this file).
  await Promise.all([mainThread(), workerThread()]);
  if (failedAt !== Number.POSITIVE_INFINITY) {
    const failed = outcomes[failedAt];
    if (failed !== undefined && !failed.ok) throw failed.error;
  }
  // Identities decoded only now, when the main thread is done reading (not among its reading garbage); the
  // records stay in the columns they came in.
  return outcomes.map((outcome, index) => {
    if (outcome === undefined || !outcome.ok) throw new Error(`file ${index} was not read`);
    const { file, columns } = outcome;
    if (columns !== undefined) {
      // The worker sent the file with empty records and identities, so their keys keep their places.
      file.records = RecordColumns.fromEncoded(columns.records, index);
      file.identities = decodeIdentities(columns.identities);
      outcome.columns = undefined;
    }
    return file;
  });
}
