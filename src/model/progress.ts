// Progress of a long run, as events: the core reports them, the CLI decides whether and how to show them
// (stderr, TTY only, large inputs only — DESIGN §8).

export type ProgressEvent =
  | { stage: "read"; path: string; rows: number; fileBytes: number | null; totalBytes: number }
  | { stage: "people"; records: number }
  | { stage: "reconcile"; records: number }
  | { stage: "report"; findings: number }
  | { stage: "done" };

export type ProgressListener = (event: ProgressEvent) => void;

/** How often, in rows, reading reports progress. */
export const PROGRESS_EVERY_ROWS = 50_000;
