// The JSON report written in pieces (DESIGN §8, §9): a million-row audit's report is over 100 MB, and building
// it as one string (plus the ordered copy JSON.stringify walks) held it in memory up to three times. writeJson
// passes chunks of about CHUNK_CHARS to `write` instead, each element of the big arrays (files, people,
// findings) ordered and stringified on its own, so the bytes are exactly those of
// `JSON.stringify(ordered, null, 2) + "\n"`: renderJson (the whole string, for tests and small outputs) is
// built from the same chunks.

import type { PeopleReport } from "./build-people-report.js";
import { orderFile, orderFinding, orderPeoplePerson, orderPerson, orderSummary } from "./json-order.js";
import type { Report } from "./report-model.js";

/** Receives the JSON text in order. */
export type WriteChunk = (chunk: string) => void;

/**
 * Roughly how many characters a chunk holds before it is passed on. Small enough that a chunk (two bytes a
 * character once it holds Korean) is an ordinary young object: strings of a megabyte or more live in V8's
 * large-object space, which only a full collection frees, and writing the 1M-row audit's report with 1M-character
 * chunks and batches of 512 took 646–873 ms against 517–718 ms now (three interleaved rounds).
 */
const CHUNK_CHARS = 1 << 16;

/** An array whose elements are put in key order one at a time, only when written. */
class LazyArray<T> {
  constructor(
    readonly items: readonly T[],
    readonly order: (item: T) => unknown,
  ) {}
}

const INDENT = "  ";

/** Collects text and passes it on in chunks of about CHUNK_CHARS. */
class ChunkBuffer {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly write: WriteChunk) {}

  add(text: string): void {
    // A big piece (a batch of array elements) goes out as it is: joining it with its neighbours first copied
    // every character of a large report once more (~0.15 s at 1M rows).
    if (text.length >= CHUNK_CHARS / 4) {
      this.flush();
      this.write(text);
      return;
    }
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    this.write(chunk);
  }
}

/** JSON.stringify(value, null, 2) of a value whose first line stands at `indent`. */
function stringifyAt(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  if (text === undefined) return "null";
  return indent.length === 0 || !text.includes("\n") ? text : text.replaceAll("\n", `\n${indent}`);
}

/** Whether JSON.stringify leaves an object member with this value out. */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** How many elements of a big array are ordered and stringified together (~40k characters; see CHUNK_CHARS). */
const BATCH = 64;

/**
 * The elements of a big array standing at depth 1 (a member of the top-level object), written in batches:
 * JSON.stringify of `{"a": batch}` indents the batch's elements exactly as they stand in the whole report, so
 * cutting its first and last lines off leaves their text as is.
 */
function writeLazyArray<T>(array: LazyArray<T>, out: ChunkBuffer): void {
  const { items, order } = array;
  if (items.length === 0) {
    out.add("[]");
    return;
  }
  out.add("[\n");
  for (let from = 0; from < items.length; from += BATCH) {
    const to = Math.min(items.length, from + BATCH);
    const batch: unknown[] = [];
    for (let i = from; i < to; i++) batch.push(order(items[i]));
    const text = JSON.stringify({ a: batch }, null, 2);
    if (from > 0) out.add(",\n");
    out.add(text.slice(BATCH_HEAD.length, text.length - BATCH_TAIL.length));
  }
  out.add("\n  ]");
}

const BATCH_HEAD = '{\n  "a": [\n';
const BATCH_TAIL = "\n  ]\n}";

/** The top-level object: its members at depth 1, big arrays written in batches. */
function writeTop(value: Record<string, unknown>, out: ChunkBuffer): void {
  const entries = Object.entries(value).filter(([, v]) => !isOmitted(v));
  if (entries.length === 0) {
    out.add("{}");
    return;
  }
  out.add("{");
  entries.forEach(([key, member], i) => {
    out.add(`${i === 0 ? "" : ","}\n${INDENT}${JSON.stringify(key)}: `);
    if (member instanceof LazyArray) writeLazyArray(member, out);
    else out.add(stringifyAt(member, INDENT));
  });
  out.add("\n}");
}

/** The report's skeleton in DESIGN §8 key order, its big arrays left to be ordered element by element. */
function skeleton(report: Report | PeopleReport): Record<string, unknown> {
  if (report.schema === "vhr.people/1") {
    return {
      schema: report.schema,
      people: new LazyArray(report.people, orderPeoplePerson),
      findings: new LazyArray(report.findings, orderFinding),
    };
  }
  return {
    schema: report.schema,
    asOf: report.asOf,
    files: new LazyArray(report.files, orderFile),
    people: new LazyArray(report.people, orderPerson),
    findings: new LazyArray(report.findings, orderFinding),
    summary: orderSummary(report.summary),
  };
}

/** `vhr check --format json` and `vhr people --json`, in chunks: 2-space JSON and a final newline. */
export function writeJson(report: Report | PeopleReport, write: WriteChunk): void {
  const out = new ChunkBuffer(write);
  writeTop(skeleton(report), out);
  out.add("\n");
  out.flush();
}
