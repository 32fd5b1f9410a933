// reconcile (DESIGN §7): files and people in, findings, totals and the ledger out. Pure and deterministic:
// records are grouped by person (a counting sort, no all-pairs), each person is reconciled on its own in
// content order, and findings are sorted by content, so neither file order nor row order can change the
// result beyond the line numbers themselves.

import type { Finding } from "../model/finding.js";
import type { PeopleResolution } from "../model/person.js";
import type { ReconcileOptions, Reconciliation, SchoolYearTotals } from "../model/reconciliation.js";
import type { IngestedFile } from "../model/record.js";
import { sortSmall } from "../model/sort-small.js";
import { type Entry, makeEntry } from "./entry.js";
import { isUpstreamRole, type UpstreamRole } from "./flows.js";
import { InstitutionSimilarity } from "./institution-similarity.js";
import { buildLedger } from "./ledger.js";
import { plainCodes, reconcilePlainPerson } from "./plain-person.js";
import { type PersonContext, reconcilePerson } from "./reconcile-person.js";
import { compareEntries } from "./record-order.js";
import { sortFindings } from "./sort-findings.js";
import { emptyMinutes } from "./totals.js";

export { defaultReconcileOptions } from "./options.js";

/** Records grouped by person: group k holds order[start[k] .. start[k + 1]) (global record numbers). */
interface Groups {
  /** Per global record number: the file's position in `files` and the record's position in the file. */
  filePos: Int32Array;
  recPos: Int32Array;
  /** Person index per group (null for a record whose identity resolved to no person: a group of its own). */
  groupPerson: Array<number | null>;
  start: Int32Array;
  order: Int32Array;
  /**
   * The groups with records, in the order of their first record (global record number): the order to visit
   * them in. Each person is reconciled alone, so the order does not change the result; visiting people in the
   * files' order reads the record columns front to back instead of jumping to each person's rows (building
   * the records took 0.34 s of CPU at 1M rows when people were visited in the order of their names, 0.22 s).
   */
  visit: Int32Array;
  /** First global record number of each file. */
  offsets: number[];
}

const NO_PEOPLE = new Int32Array(0);
const NO_CODES = new Int32Array(0);

function groupByPerson(files: readonly IngestedFile[], people: PeopleResolution): Groups {
  const offsets: number[] = [];
  let total = 0;
  for (const file of files) {
    offsets.push(total);
    total += file.records.length;
  }
  const filePos = new Int32Array(total);
  const recPos = new Int32Array(total);
  const groupOf = new Int32Array(total);
  const personCount = people.people.length;
  const groupPerson: Array<number | null> = Array.from({ length: personCount }, (_, i) => i);
  files.forEach((file, f) => {
    const records = file.records;
    const count = records.length;
    // The file's person per identity (-1: none), looked up once per file rather than once per record.
    const personOf = people.personOf[file.index] ?? NO_PEOPLE;
    for (let r = 0, g = offsets[f]; r < count; r++, g++) {
      filePos[g] = f;
      recPos[g] = r;
      const identity = records.identityAt(r);
      const person = identity < personOf.length ? personOf[identity] : -1;
      if (person >= 0 && person < personCount) {
        groupOf[g] = person;
      } else {
        groupOf[g] = groupPerson.length;
        groupPerson.push(null);
      }
    }
  });
  const start = new Int32Array(groupPerson.length + 1);
  for (let g = 0; g < total; g++) start[groupOf[g] + 1]++;
  for (let k = 0; k < groupPerson.length; k++) start[k + 1] += start[k];
  const fill = start.slice(0, groupPerson.length);
  const order = new Int32Array(total);
  const visit = new Int32Array(groupPerson.length);
  const seen = new Uint8Array(groupPerson.length);
  let visited = 0;
  for (let g = 0; g < total; g++) {
    const k = groupOf[g];
    order[fill[k]++] = g;
    if (seen[k] === 0) {
      seen[k] = 1;
      visit[visited++] = k;
    }
  }
  // A group without records (a person whose every row was rejected after its identity was read) has nothing
  // to reconcile: it is not visited, and the person keeps zero totals.
  return { filePos, recPos, groupPerson, start, order, visit: visit.subarray(0, visited), offsets };
}

function rolesWithFiles(files: readonly IngestedFile[]): Set<UpstreamRole> {
  const roles = new Set<UpstreamRole>();
  for (const file of files) if (isUpstreamRole(file.role)) roles.add(file.role);
  return roles;
}

/**
 * `plainPersons: false` sends every person through the rules (reconcilePerson), as tests do to compare the
 * two paths; by default a person whose records pair one to one is reconciled from the columns (plain-person.ts).
 */
export function reconcile(
  files: readonly IngestedFile[],
  people: PeopleResolution,
  options: ReconcileOptions,
  { plainPersons = true }: { plainPersons?: boolean } = {},
): Reconciliation {
  const groups = groupByPerson(files, people);
  const ctx: PersonContext = {
    options,
    similarity: new InstitutionSimilarity(),
    rolesWithFiles: rolesWithFiles(files),
  };
  const personCount = people.people.length;
  const minutes = Array.from({ length: personCount }, emptyMinutes);
  const schoolYears: SchoolYearTotals[][] = Array.from({ length: personCount }, () => []);
  const paired = new Uint8Array(groups.order.length);
  const findings: Finding[] = [...people.findings];

  const where = {
    order: groups.order,
    from: 0,
    to: 0,
    filePos: groups.filePos,
    recPos: groups.recPos,
    codes: plainPersons ? plainCodes(files, groups.order.length) : NO_CODES,
  };
  // Indexed loops over the people and findings here and in sort-findings.ts and ledger.ts: these run once a
  // run, much of it before they are optimised, and an iterator step there allocates (~20 MB at 1M rows).
  const visit = groups.visit;
  for (let v = 0; v < visit.length; v++) {
    const k = visit[v];
    const person = groups.groupPerson[k];
    if (plainPersons && person !== null) {
      where.from = groups.start[k];
      where.to = groups.start[k + 1];
      const plain = reconcilePlainPerson(files, person, where, options, paired);
      if (plain !== null) {
        const found = plain.findings;
        for (let i = 0; i < found.length; i++) findings.push(found[i]);
        minutes[person] = plain.minutes;
        schoolYears[person] = plain.schoolYears;
        continue;
      }
    }
    const entries: Entry[] = [];
    for (let i = groups.start[k]; i < groups.start[k + 1]; i++) {
      const g = groups.order[i];
      const file = files[groups.filePos[g]];
      entries.push(makeEntry(g, file.records.get(groups.recPos[g]), file, person, options.bloodMinutes));
    }
    sortSmall(entries, compareEntries);
    entries.forEach((e, i) => {
      e.order = i;
    });
    const result = reconcilePerson(entries, ctx);
    for (const e of entries) if (e.paired) paired[e.g] = 1;
    for (const f of result.findings) findings.push(f);
    if (person !== null) {
      minutes[person] = result.minutes;
      schoolYears[person] = result.schoolYears;
    }
  }

  const paths = new Map<number, string>(files.map((f) => [f.index, f.path]));
  return {
    findings: sortFindings(findings, (index) => paths.get(index)),
    minutes,
    schoolYears,
    ledger: buildLedger(files, groups.offsets, paired, findings),
  };
}
