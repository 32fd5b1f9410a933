// The plain person (DESIGN §7, §9): the common case of a large audit, a person with VMS (or Red Cross) records
// and their 1365 credits only, each credit the one record of its date and minutes. reconcilePerson would build a
// record and an entry for each of their rows (most people of the benchmark's 1M-row audit) to pair them one to
// one. This reads the few fields that decide it from the record columns and returns the same findings and
// totals, building entries only for the rows that get a finding; or it returns null (having changed nothing)
// when the person needs the rules.
//
// Why the result is the same: a person qualifies only when every record is a VMS or Red Cross record or a 1365
// credit of the origin of one of them (or of none, when the person has records of one of the two only). A VMS
// record pending or rejected gets its not-approved finding and takes no other part (as in assessApproval). The
// others (expected) and the credits must be dated, of whole minutes, on one day (no period); grouped in classes
// by (source, date, minutes), every class with a credit must hold as many records as credits. Every expected
// record accepts the credits of its class (a VMS record, blood-like or not, accepts origin VMS; a Red Cross one
// origin Red Cross; both, none), and no other credit could take it, so the class is a complete bipartite graph
// with equal sides, and pairing one to one (pair-equal-minutes.ts) pairs all of it whatever order it takes the
// edges in. A class without credits is left unpaired by every pass: no credit is left for the date totals
// (pair-date-totals.ts), there is no period (pair-period-totals.ts); each of its records gets its unpaired
// outcome, as in reconcilePerson. No credit is left over. The checks on credits alone are the rest of the rules:
// whole hours (no neis-fraction) and no day over the daily cap. Totals are added through the same TotalsBuilder
// as personTotals, and a property test holds the two paths equal.

import type { Finding } from "../model/finding.js";
import type { ReconcileOptions } from "../model/reconciliation.js";
import type { BuiltinSource, IngestedFile, Origin, RecordList } from "../model/record.js";
import { type Entry, makeEntry } from "./entry.js";
import { dropsNeisMinutes } from "./findings-credits.js";
import { acceptsOrigin, ORIGIN_RULES, UPSTREAM_ORIGINS, type UpstreamRole } from "./flows.js";
import { isNotApproved, notApprovedFinding, type PersonResult } from "./reconcile-person.js";
import { TotalsBuilder } from "./totals.js";
import { unpairedOutcome } from "./transfer-outcome.js";

/** A class key is (date × KEY_SPAN + minutes) × 2 + the source's bit: a day's minutes are below KEY_SPAN. */
const KEY_SPAN = 2048;
/** Days from 1970 below this (the year 2149): class keys stay below 2^28. */
const DAY_LIMIT = 1 << 16;
/**
 * A sort key is class key × SLOTS + the record's place among the person's records taken, so that sorting
 * the keys sorts the records by class and keeps which record each is: below 2^49, exact in a double.
 */
const SLOTS = 1 << 21;

/** The upstream sources the plain path takes, by their bit in a class key. */
const PLAIN_ROLES = ["vms", "redcross"] as const satisfies readonly UpstreamRole[];

/**
 * The bit of the one plain role whose records accept credits of each origin (flows.ts); an origin two plain
 * roles accept, or none, has no bit: such a credit is left to the rules.
 */
const BIT_OF_ORIGIN: ReadonlyMap<Origin, number> = new Map(
  (Object.keys(UPSTREAM_ORIGINS) as Origin[]).flatMap((origin) => {
    const bits = PLAIN_ROLES.flatMap((role, bit) => (acceptsOrigin(ORIGIN_RULES[role], origin) ? [bit] : []));
    return bits.length === 1 ? [[origin, bits[0]] as const] : [];
  }),
);

/**
 * Where one person's records are: order[from, to) are global record numbers, each at (filePos, recPos), with
 * its plain code (plainCodes) at codes[g].
 */
export interface PersonRecords {
  readonly order: Int32Array;
  readonly from: number;
  readonly to: number;
  readonly filePos: Int32Array;
  readonly recPos: Int32Array;
  readonly codes: Int32Array;
}

/**
 * What the plain path needs of a record, in one number: code = dayMinutes << KIND_BITS | kind (dayMinutes, the
 * date and minutes part of a class key, is below 2^27), or DECLINED for a record it cannot take (the person goes
 * to the rules). Made for every record in file order (plainCodes), read in person order: one look-up per record
 * instead of five columns and the record's file at scattered places (reconcile 30–50 ms faster at 1M rows).
 */
const DECLINED = -1;
/** Kinds: a VMS record not approved; an upstream record of plain role bit 0 or 1; a credit of origin bit 0 or 1. */
const NOT_APPROVED = 0;
const UPSTREAM = 1;
const CREDIT = 3;
/** A credit without an origin (bit 0 until the person's roles are known). */
const CREDIT_ORIGINLESS = 5;
const KIND_BITS = 3;
const KIND_MASK = (1 << KIND_BITS) - 1;

/** The plain code of record r of a file (see DECLINED). */
function plainCodeOf(list: RecordList, r: number, role: BuiltinSource): number {
  if (role === "vms" && isNotApproved(list.approvalAt(r))) return NOT_APPROVED;
  const dayMinutes = dayMinutesOf(list.dateAt(r), list.periodEndAt(r), list.minutesAt(r));
  if (dayMinutes < 0) return DECLINED;
  if (role === "1365") {
    if (dropsNeisMinutes(dayMinutes % KEY_SPAN)) return DECLINED;
    const origin = list.originAt(r);
    const bit = bitOfOrigin(origin);
    if (bit < 0) return DECLINED;
    return (dayMinutes << KIND_BITS) | (origin === null ? CREDIT_ORIGINLESS : CREDIT + bit);
  }
  const bit = PLAIN_ROLES.indexOf(role as (typeof PLAIN_ROLES)[number]);
  return bit < 0 ? DECLINED : (dayMinutes << KIND_BITS) | (UPSTREAM + bit);
}

/** The plain code of every record, by global record number (files one after another, in `files` order). */
export function plainCodes(files: readonly IngestedFile[], total: number): Int32Array {
  const codes = new Int32Array(total);
  let g = 0;
  for (const file of files) {
    const list = file.records;
    for (let r = 0; r < list.length; r++) codes[g++] = plainCodeOf(list, r, file.role);
  }
  return codes;
}

/** Reused for every person: a person has a few dozen records, a million-row audit 100k people. */
let upstreamKeys = new Float64Array(64);
let creditKeys = new Float64Array(64);
/** Global record numbers: of the records taken (by place), of the VMS records not approved, of those unpaired. */
let taken = new Int32Array(64);
let notApproved = new Int32Array(64);
let unpaired = new Int32Array(64);

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

/** The (date, minutes) part of a class key, for a record the plain path can take, or -1. */
function dayMinutesOf(date: number | null, periodEnd: number | null, minutes: number | null): number {
  if (date === null || minutes === null || !(date >= 0 && date < DAY_LIMIT) || !Number.isInteger(date))
    return -1;
  if (periodEnd !== null && periodEnd > date) return -1;
  if (!(minutes > 0 && minutes < KEY_SPAN) || !Number.isInteger(minutes)) return -1;
  return date * KEY_SPAN + minutes;
}

/** The bit of a credit of this origin (0 for none, until the person's roles are known), or -1. */
function bitOfOrigin(origin: Origin | null): number {
  return origin === null ? 0 : (BIT_OF_ORIGIN.get(origin) ?? -1);
}

function classOf(sortKey: number): number {
  return Math.floor(sortKey / SLOTS);
}

function dateOf(sortKey: number): number {
  return Math.floor(classOf(sortKey) / (2 * KEY_SPAN));
}

function minutesOf(sortKey: number): number {
  return Math.floor(classOf(sortKey) / 2) % KEY_SPAN;
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
  const { order, from, to, codes } = records;
  const count = to - from;
  if (count >= SLOTS) return null;
  if (upstreamKeys.length < count) {
    upstreamKeys = new Float64Array(count * 2);
    creditKeys = new Float64Array(count * 2);
    taken = new Int32Array(count * 2);
    notApproved = new Int32Array(count * 2);
    unpaired = new Int32Array(count * 2);
  }
  let upstream = 0;
  let credits = 0;
  let notSent = 0;
  /** Which plain roles the person has records of (bit 0 VMS, bit 1 Red Cross), for credits without an origin. */
  let roles = 0;
  /** How many credits have no origin. */
  let originless = 0;
  for (let i = from; i < to; i++) {
    const g = order[i];
    const code = codes[g];
    if (code === DECLINED) return null;
    const kind = code & KIND_MASK;
    if (kind === NOT_APPROVED) {
      notApproved[notSent++] = g;
      continue;
    }
    const dayMinutes = code >>> KIND_BITS;
    const slot = upstream + credits;
    taken[slot] = g;
    if (kind >= CREDIT) {
      // The role bit of a credit without an origin is set once the person's roles are known (below).
      let bit = kind - CREDIT;
      if (kind === CREDIT_ORIGINLESS) {
        bit = 0;
        originless++;
      }
      creditKeys[credits++] = (dayMinutes * 2 + bit) * SLOTS + slot;
    } else {
      const bit = kind - UPSTREAM;
      roles |= 1 << bit;
      upstreamKeys[upstream++] = (dayMinutes * 2 + bit) * SLOTS + slot;
    }
  }
  if (originless > 0) {
    // A credit without an origin is its class's when the person has records of one role; with both, it could
    // be either's, and the rules decide.
    if (roles === 3) return null;
    if (roles === 2) {
      for (let j = 0; j < credits; j++) {
        if ((codes[taken[creditKeys[j] % SLOTS]] & KIND_MASK) === CREDIT_ORIGINLESS) creditKeys[j] += SLOTS;
      }
    }
  }
  sortKeys(upstreamKeys, upstream);
  sortKeys(creditKeys, credits);
  // Class by class: as many records as credits (all paired), or no credit at all (the records unpaired).
  let left = 0;
  for (let i = 0, j = 0; i < upstream || j < credits; ) {
    const upstreamClass = i < upstream ? classOf(upstreamKeys[i]) : Number.POSITIVE_INFINITY;
    const creditClass = j < credits ? classOf(creditKeys[j]) : Number.POSITIVE_INFINITY;
    // A credit no record of its class could take: left over (duplicate-credit, unmatched-credit).
    if (creditClass < upstreamClass) return null;
    let end = i;
    while (end < upstream && classOf(upstreamKeys[end]) === upstreamClass) end++;
    if (creditClass === upstreamClass) {
      let creditEnd = j;
      while (creditEnd < credits && classOf(creditKeys[creditEnd]) === creditClass) creditEnd++;
      if (creditEnd - j !== end - i) return null;
      j = creditEnd;
    } else {
      for (let k = i; k < end; k++) unpaired[left++] = taken[upstreamKeys[k] % SLOTS];
    }
    i = end;
  }
  // Credits by date (the keys sort by date first): no day over the cap.
  for (let j = 0; j < credits; ) {
    const date = dateOf(creditKeys[j]);
    let total = 0;
    for (; j < credits && dateOf(creditKeys[j]) === date; j++) total += minutesOf(creditKeys[j]);
    if (total > options.dailyCapMinutes) return null;
  }

  const totals = new TotalsBuilder();
  for (let i = 0; i < upstream; i++) {
    const key = upstreamKeys[i];
    totals.addUpstream(PLAIN_ROLES[classOf(key) % 2], true, dateOf(key), minutesOf(key));
  }
  for (let j = 0; j < credits; j++) totals.addCredit(dateOf(creditKeys[j]), minutesOf(creditKeys[j]));
  // Every record taken is paired but those of a class without credits.
  for (let t = 0; t < upstream + credits; t++) paired[taken[t]] = 1;
  const findings: Finding[] = [];
  for (let k = 0; k < left; k++) {
    paired[unpaired[k]] = 0;
    const entry = entryOf(files, person, unpaired[k], records, options);
    findings.push(unpairedOutcome(entry, entry.role as (typeof PLAIN_ROLES)[number], options));
  }
  for (let k = 0; k < notSent; k++) {
    const entry = entryOf(files, person, notApproved[k], records, options);
    findings.push(notApprovedFinding(entry, entry.rec.approval as "pending" | "rejected"));
  }
  // Missing and in-transit minutes come from the findings, as in personTotals.
  const { minutes, schoolYears } = totals.finish(findings);
  return { findings, minutes, schoolYears };
}

/** The entry the rules would make for record g: for the few records that get a finding. */
function entryOf(
  files: readonly IngestedFile[],
  person: number,
  g: number,
  records: PersonRecords,
  options: ReconcileOptions,
): Entry {
  const file = files[records.filePos[g]];
  return makeEntry(g, file.records.get(records.recPos[g]), file, person, options.bloodMinutes);
}
