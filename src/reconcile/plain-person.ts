// The plain person (DESIGN §7, §9): the common case of a large audit, a person whose VMS records each reached
// 1365 as one credit of the same date and minutes, or are not approved. reconcilePerson would build a record
// and an entry for each of their rows (two thirds of the people of the benchmark's 1M-row audit) only to pair
// them one to one. This reads the few fields that decide it from the record columns and returns the same
// findings and totals, or null (having changed nothing) when the person needs the rules.
//
// Why the result is the same: a person qualifies only when every record is a VMS record or a 1365 credit of
// origin VMS or none. A VMS record pending or rejected gets its not-approved finding and takes no other part
// (as in assessApproval); the others (approved or without a status: expected) and the credits must be dated,
// of whole minutes, on one day (no period), and the two sides must hold the same (date, minutes) pairs the
// same number of times. Every expected VMS record, blood-like or not, accepts such a credit, so each (date,
// minutes) class is a complete bipartite graph with equal sides, and pairing one to one (pair-equal-minutes.ts)
// pairs every record whatever order it takes the edges in: nothing is left for the later passes or for an
// unpaired outcome, and no credit is left over. The checks on credits alone are the rest of the rules: whole
// hours (no neis-fraction) and no day over the daily cap. Totals are added through the same TotalsBuilder as
// personTotals, and a property test holds the two paths equal.

import type { Finding } from "../model/finding.js";
import type { ReconcileOptions } from "../model/reconciliation.js";
import type { IngestedFile } from "../model/record.js";
import { makeEntry } from "./entry.js";
import { isNotApproved, notApprovedFinding, type PersonResult } from "./reconcile-person.js";
import { TotalsBuilder } from "./totals.js";

/** Keys are date × KEY_SPAN + minutes: a day's minutes are below it (readers cap a day at 1,440). */
const KEY_SPAN = 2048;
const MINUTES_PER_HOUR = 60;

/** Where one person's records are: order[from, to) are global record numbers, each at (filePos, recPos). */
export interface PersonRecords {
  readonly order: Int32Array;
  readonly from: number;
  readonly to: number;
  readonly filePos: Int32Array;
  readonly recPos: Int32Array;
}

/** Reused for every person: a person has a few dozen records, a million-row audit 100k people. */
let upstreamKeys = new Float64Array(64);
let creditKeys = new Float64Array(64);
/** Global record numbers of the records paired, and of the VMS records not approved. */
let pairedRecords = new Int32Array(64);
let notApproved = new Int32Array(64);

/** Insertion sort for the few keys of most people; the native sort (n log n) for a person with many rows. */
function sortKeys(keys: Float64Array, n: number): void {
  if (n > 32) {
    keys.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const key = keys[i];
    let j = i - 1;
    while (j >= 0 && keys[j] > key) {
      keys[j + 1] = keys[j];
      j--;
    }
    keys[j + 1] = key;
  }
}

/** The (date, minutes) key of a record the plain path can take, or -1. */
function keyOf(date: number | null, periodEnd: number | null, minutes: number | null): number {
  if (date === null || minutes === null || date < 0 || !Number.isInteger(date)) return -1;
  if (periodEnd !== null && periodEnd > date) return -1;
  if (!(minutes > 0 && minutes < KEY_SPAN) || !Number.isInteger(minutes)) return -1;
  return date * KEY_SPAN + minutes;
}

/**
 * The result of person `person` when their records are plain (see the top of this file), with `paired` set
 * for every record paired; else null, and nothing changed.
 */
export function reconcilePlainPerson(
  files: readonly IngestedFile[],
  person: number,
  records: PersonRecords,
  options: ReconcileOptions,
  paired: Uint8Array,
): PersonResult | null {
  const { order, from, to, filePos, recPos } = records;
  const count = to - from;
  if (upstreamKeys.length < count) {
    upstreamKeys = new Float64Array(count * 2);
    creditKeys = new Float64Array(count * 2);
    pairedRecords = new Int32Array(count * 2);
    notApproved = new Int32Array(count * 2);
  }
  let upstream = 0;
  let credits = 0;
  let notSent = 0;
  for (let i = from; i < to; i++) {
    const g = order[i];
    const file = files[filePos[g]];
    const list = file.records;
    const r = recPos[g];
    if (file.role === "vms" && isNotApproved(list.approvalAt(r))) {
      notApproved[notSent++] = g;
      continue;
    }
    const key = keyOf(list.dateAt(r), list.periodEndAt(r), list.minutesAt(r));
    if (key < 0) return null;
    pairedRecords[upstream + credits] = g;
    if (file.role === "vms") {
      upstreamKeys[upstream++] = key;
    } else if (file.role === "1365") {
      const origin = list.originAt(r);
      if (origin !== null && origin !== "vms") return null;
      if ((key % KEY_SPAN) % MINUTES_PER_HOUR !== 0) return null;
      creditKeys[credits++] = key;
    } else {
      return null;
    }
  }
  if (upstream !== credits) return null;
  sortKeys(upstreamKeys, upstream);
  sortKeys(creditKeys, credits);
  for (let i = 0; i < credits; i++) if (upstreamKeys[i] !== creditKeys[i]) return null;
  // Credits by date (the keys sort by date first): no day over the cap.
  for (let i = 0; i < credits; ) {
    const date = Math.floor(creditKeys[i] / KEY_SPAN);
    let total = 0;
    for (; i < credits && Math.floor(creditKeys[i] / KEY_SPAN) === date; i++)
      total += creditKeys[i] % KEY_SPAN;
    if (total > options.dailyCapMinutes) return null;
  }

  const totals = new TotalsBuilder();
  for (let i = 0; i < credits; i++) {
    const date = Math.floor(creditKeys[i] / KEY_SPAN);
    const minutes = creditKeys[i] % KEY_SPAN;
    totals.addUpstream("vms", true, date, minutes);
    totals.addCredit(date, minutes);
  }
  for (let i = 0; i < upstream + credits; i++) paired[pairedRecords[i]] = 1;
  const findings: Finding[] = [];
  for (let i = 0; i < notSent; i++) {
    const g = notApproved[i];
    const file = files[filePos[g]];
    const entry = makeEntry(g, file.records.get(recPos[g]), file, person, options.bloodMinutes);
    findings.push(notApprovedFinding(entry, entry.rec.approval as "pending" | "rejected"));
  }
  // Not-approved findings change no total (totals.ts): the totals are the paired records'.
  const { minutes, schoolYears } = totals.finish(findings);
  return { findings, minutes, schoolYears };
}
