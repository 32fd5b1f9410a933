// Content order of findings (DESIGN §3 principle 6): person, date, kind, source, minutes, institution,
// activity, then the subject file's path and line — never a file index, which depends on argument order.
// Remaining ties (same subject, same kind) fall to the code, the counterpart's place and the detail.

import { FINDING_KINDS, type Finding, type FindingKind } from "../model/finding.js";
import { compareNullableNumber, compareNullableString } from "./record-order.js";

const KIND_RANK = new Map<FindingKind, number>(FINDING_KINDS.map((kind, i) => [kind, i]));

interface Keyed {
  finding: Finding;
  path: string | null;
  counterpartPath: string | null;
  /** Last-resort key, computed only when everything before it ties. */
  rest: string | null;
}

function restOf(k: Keyed): string {
  if (k.rest === null) {
    const f = k.finding;
    k.rest = JSON.stringify([f.severity, f.code, f.counterpart?.date ?? null, f.detail]);
  }
  return k.rest;
}

function compareKeyed(a: Keyed, b: Keyed): number {
  const x = a.finding;
  const y = b.finding;
  return (
    compareNullableNumber(x.person, y.person) ||
    compareNullableNumber(x.date, y.date) ||
    (KIND_RANK.get(x.kind) ?? 0) - (KIND_RANK.get(y.kind) ?? 0) ||
    compareNullableString(x.source, y.source) ||
    compareNullableNumber(x.minutes, y.minutes) ||
    compareNullableString(x.institution, y.institution) ||
    compareNullableString(x.activity, y.activity) ||
    compareNullableString(a.path, b.path) ||
    compareNullableNumber(x.line, y.line) ||
    compareNullableString(a.counterpartPath, b.counterpartPath) ||
    compareNullableNumber(x.counterpart?.line ?? null, y.counterpart?.line ?? null) ||
    compareNullableString(restOf(a), restOf(b))
  );
}

/** A new array in content order. `pathOf` maps a file index to its path. */
export function sortFindings(
  findings: readonly Finding[],
  pathOf: (fileIndex: number) => string | undefined,
): Finding[] {
  const keyed: Keyed[] = findings.map((finding) => ({
    finding,
    path: finding.file === null ? null : (pathOf(finding.file) ?? null),
    counterpartPath: finding.counterpart === null ? null : (pathOf(finding.counterpart.file) ?? null),
    rest: null,
  }));
  keyed.sort(compareKeyed);
  return keyed.map((k) => k.finding);
}
