// Union–find whose merges check DESIGN §6's constraints on the whole clusters:
// - a person never holds two different memberIds of one source, except through an `exact` join (that is one
//   person under two accounts: the duplicate-account finding);
// - a person never holds two birthdates that disagree beyond the conflict levels (level `different`).

import type { Tier } from "../model/person.js";
import { compareBirthdate } from "./compare-birthdate.js";

export type AccountIds = ReadonlyMap<string, ReadonlySet<string>>;

interface ClusterFacts {
  /** source → distinct non-null memberIds. */
  ids: Map<string, Set<string>>;
  /** Distinct present birthdates. */
  birthdates: Set<string>;
}

const NO_IDS: AccountIds = new Map();

export class ConstrainedUnion {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  /** Facts of a cluster that has absorbed another one (at its root); singletons use the seeds. */
  private readonly merged: (ClusterFacts | undefined)[];
  private readonly seedIds: AccountIds[];
  private readonly seedBirthdate: (string | null)[];

  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    this.merged = new Array(count);
    this.seedIds = new Array(count).fill(NO_IDS);
    this.seedBirthdate = new Array(count).fill(null);
    for (let i = 0; i < count; i++) this.parent[i] = i;
  }

  /** The accounts and birthdate of element `i` (before any union; not copied, not modified). */
  seed(i: number, ids: AccountIds, birthdate: string | null): void {
    this.seedIds[i] = ids;
    this.seedBirthdate[i] = birthdate === "" ? null : birthdate;
  }

  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root];
    while (this.parent[i] !== root) {
      const next = this.parent[i];
      this.parent[i] = root;
      i = next;
    }
    return root;
  }

  sameCluster(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  private ids(root: number): AccountIds {
    return this.merged[root]?.ids ?? this.seedIds[root];
  }

  private birthdates(root: number): Iterable<string> {
    const merged = this.merged[root];
    if (merged !== undefined) return merged.birthdates;
    const b = this.seedBirthdate[root];
    return b === null ? [] : [b];
  }

  /** Whether the clusters of `a` and `b` may become one person through a join of `tier`. */
  canMerge(a: number, b: number, tier: Tier): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    if (tier !== "exact" && !accountsAllow(this.ids(ra), this.ids(rb), tier)) return false;
    for (const x of this.birthdates(ra)) {
      for (const y of this.birthdates(rb)) {
        if (x !== y && compareBirthdate(x, y) === "different") return false;
      }
    }
    return true;
  }

  /** Merge when the constraints allow it; returns true when two clusters became one. */
  union(a: number, b: number, tier: Tier): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb || !this.canMerge(ra, rb, tier)) return false;
    if (this.size[ra] < this.size[rb]) [ra, rb] = [rb, ra];
    let into = this.merged[ra];
    if (into === undefined) {
      into = { ids: new Map(), birthdates: new Set(this.birthdates(ra)) };
      for (const [source, ids] of this.ids(ra)) into.ids.set(source, new Set(ids));
      this.merged[ra] = into;
    }
    for (const [source, ids] of this.ids(rb)) {
      const target = into.ids.get(source);
      if (target === undefined) into.ids.set(source, new Set(ids));
      else for (const id of ids) target.add(id);
    }
    for (const bd of this.birthdates(rb)) into.birthdates.add(bd);
    this.parent[rb] = ra;
    this.size[ra] += this.size[rb];
    this.merged[rb] = undefined;
    return true;
  }
}

/**
 * Whether two sets of accounts may be one person at `tier`: at exact always (a second account is then a
 * duplicate-account finding); below it, for every source they share, one side's ids must already be among
 * the other's, so no new account joins by a weaker tier.
 */
export function accountsAllow(a: AccountIds, b: AccountIds, tier: Tier): boolean {
  if (tier === "exact" || a.size === 0 || b.size === 0) return true;
  for (const [source, idsA] of a) {
    const idsB = b.get(source);
    if (idsB !== undefined && !isSubset(idsA, idsB) && !isSubset(idsB, idsA)) return false;
  }
  return true;
}

function isSubset(small: ReadonlySet<string>, big: ReadonlySet<string>): boolean {
  if (small.size > big.size) return false;
  for (const x of small) if (!big.has(x)) return false;
  return true;
}
