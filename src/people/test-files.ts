// Test helper: minimal IngestedFile objects made from identity tuples (invented people only). Not a test file
// itself, so it carries no vitest import.

import { RecordColumns } from "../ingest/record-columns.js";
import {
  BUILTIN_SOURCES,
  type BuiltinSource,
  blankRecord,
  type CanonicalRecord,
  type IngestedFile,
  type SourceId,
} from "../model/record.js";

/** [name, birthdate, phone, memberId?], already normalised (see `Identity`). */
export type IdentityTuple = readonly [
  name: string | null,
  birthdate: string | null,
  phone: string | null,
  memberId?: string | null,
];

export interface FileSpec {
  source: SourceId;
  path: string;
  identities: readonly IdentityTuple[];
  /** Records per identity (default 1); lines run from 2 in identity order. */
  rowsPerIdentity?: number;
}

export function makeFile(index: number, spec: FileSpec): IngestedFile {
  const rowsPer = spec.rowsPerIdentity ?? 1;
  const records: CanonicalRecord[] = [];
  let line = 2;
  spec.identities.forEach((_, identity) => {
    for (let r = 0; r < rowsPer; r++) {
      records.push(blankRecord(index, line++, spec.source, identity));
    }
  });
  const role: BuiltinSource = (BUILTIN_SOURCES as readonly string[]).includes(spec.source)
    ? (spec.source as BuiltinSource)
    : "vms";
  return {
    index,
    path: spec.path,
    source: spec.source,
    role,
    detection: { scores: {}, reason: "test" },
    encoding: "utf-8",
    bom: false,
    delimiter: ",",
    headerLine: 1,
    columns: [],
    rows: records.length,
    ignoredLines: [],
    records: RecordColumns.of(index, records),
    identities: spec.identities.map(([name, birthdate, phone, memberId]) => ({
      name,
      birthdate,
      phone,
      memberId: memberId ?? null,
    })),
    rejected: [],
    warnings: [],
    identityFromOption: false,
  };
}

export function makeFiles(specs: readonly FileSpec[]): IngestedFile[] {
  return specs.map((spec, i) => makeFile(i, spec));
}

/**
 * The same file with its identity table permuted (`order[k]` = old index of the new k-th identity) and its
 * records in `recordOrder` (indices into the old records). Lines stay with their rows.
 */
export function permuteFile(
  file: IngestedFile,
  index: number,
  order: readonly number[],
  recordOrder: readonly number[],
): IngestedFile {
  const newIndexOf = new Map<number, number>();
  order.forEach((old, k) => {
    newIndexOf.set(old, k);
  });
  return {
    ...file,
    index,
    identities: order.map((old) => file.identities[old]),
    records: RecordColumns.of(
      index,
      recordOrder.map((r) => {
        const record = file.records.get(r);
        return { ...record, file: index, identity: newIndexOf.get(record.identity)! };
      }),
    ),
  };
}
