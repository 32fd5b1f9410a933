// Peak memory of large runs (DESIGN §9: memory must stay bounded). Between the stages of a run, most of what
// a stage allocated is garbage, but V8 lets the old generation grow to about twice the live data before it
// collects. A million-row audit peaked near 1.3 GB with its records as objects; with them in columns it peaks
// at 810–930 MiB without these collections and ~650 MiB with them. A full collection between stages of a large
// run keeps the peak near the live size plus one stage's working set, for ~0.05–0.4 s each: now after the read
// (run-check.ts) and before a CSV or table report is built in one piece (check-command.ts). Small runs skip it.

import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Runs with fewer records than this are not worth a full collection between stages. */
const MIN_RECORDS = 300_000;

let collect: (() => void) | null | undefined;

/** A full garbage collection when the run has `records` records or more (and the runtime allows it). */
export function collectBetweenStages(records: number): void {
  if (records < MIN_RECORDS) return;
  if (collect === undefined) {
    try {
      // `gc` is exposed to contexts created after the flag is set, not to this one.
      setFlagsFromString("--expose-gc");
      const gc: unknown = runInNewContext("gc");
      collect = typeof gc === "function" ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
