// Content order of findings (DESIGN §3 principle 6): person, date, kind, source, minutes, institution,
// activity, then the subject file's path and line — never a file index, which depends on argument order.
// Remaining ties (same subject, same kind) fall to the code, the counterpart's place and the detail.

import { FINDING_KINDS, type Finding, type FindingKind } from "../model/finding.js";
import { sortRange } from "../model/sort-small.js";
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

function keyedOf(finding: Finding, pathOf: (fileIndex: number) => string | undefined): Keyed {
  return {
    finding,
    path: finding.file === null ? null : (pathOf(finding.file) ?? null),
    counterpartPath: finding.counterpart === null ? null : (pathOf(finding.counterpart.file) ?? null),
    rest: null,
  };
}

/** The content order of two findings, as sortFindings sorts them (for tests: it builds their keys anew). */
export function compareFindings(
  a: Finding,
  b: Finding,
  pathOf: (fileIndex: number) => string | undefined,
): number {
  return compareKeyed(keyedOf(a, pathOf), keyedOf(b, pathOf));
}

/**
 * A new array in content order. `pathOf` maps a file index to its path. The order starts with the person: the
 * findings are first put in runs by person (a stable counting sort; findings without a person last), and each
 * run, mostly a finding or two, is sorted on its own. Sorting the 69k findings of a million-row audit whole
 * took ~0.1 s of comparisons.
 */
export function sortFindings(
  findings: readonly Finding[],
  pathOf: (fileIndex: number) => string | undefined,
): Finding[] {
  const keyed = findings.map((finding) => keyedOf(finding, pathOf));
  const byPerson = runsByPerson(keyed);
  if (byPerson === null) return keyed.sort(compareKeyed).map((k) => k.finding);
  const { runs, starts } = byPerson;
  for (let p = 0; p + 1 < starts.length; p++) {
    if (starts[p + 1] - starts[p] > 1) sortRange(runs, starts[p], starts[p + 1], compareKeyed);
  }
  return runs.map((k) => k.finding);
}

/**
 * The findings by person, in their given order within a person: run p is runs[starts[p], starts[p + 1]), the
 * findings without a person last. Null when a person is not a small whole number (never, from the pipeline).
 */
function runsByPerson(keyed: readonly Keyed[]): { runs: Keyed[]; starts: Int32Array } | null {
  let people = 0;
  for (let i = 0; i < keyed.length; i++) {
    const person = keyed[i].finding.person;
    if (person === null) continue;
    if (!Number.isInteger(person) || person < 0 || person >= 1 << 28) return null;
    if (person >= people) people = person + 1;
  }
  // Slot `people` holds the findings without a person.
  const starts = new Int32Array(people + 2);
  for (let i = 0; i < keyed.length; i++) starts[(keyed[i].finding.person ?? people) + 1]++;
  for (let p = 0; p <= people; p++) starts[p + 1] += starts[p];
  const fill = starts.slice(0, people + 1);
  const runs: Keyed[] = new Array(keyed.length);
  for (let i = 0; i < keyed.length; i++) {
    const k = keyed[i];
    runs[fill[k.finding.person ?? people]++] = k;
  }
  return { runs, starts };
}
