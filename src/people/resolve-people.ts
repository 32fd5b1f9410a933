// Person resolution (DESIGN §6): link the source-persons of all files into people, pure and near-linear.
//
// 1. Source-persons are put in a canonical content order (name, birthdate, phone, memberId, source, path):
//    every later choice breaks ties by that order, never by file index or row order.
// 2. Source-persons with the same (name, birthdate, phone) share one "tuple", compared once. The empty tuple
//    of files without identity columns (no --person) is the anonymous user: one node. A tuple that links
//    to itself (`selfTier`) gathers its source-persons into nodes: all of them when the self tier is exact (two
//    memberIds of one source there are one person under two accounts), else one node per (source, memberId).
//    A tuple that does not even link to itself (say a name alone) cannot link to anything: each of its
//    source-persons stays a person of its own.
// 3. Tuples meet only through shared block keys (blocking.ts), then nodes get edges at the tuple pair's tier,
//    except edges a memberId forbids (two different accounts of one source below the exact tier).
// 4. Ambiguity: a node whose best-tier candidates include two that are different people (their own comparison
//    contradicts: a name or birthdate at level `different`, or two accounts of one source) could join two
//    different people: it joins neither, and nobody joins it. Candidates that merely cannot link to each other
//    (one lacks the phone, the other masks the name) are not different people. Decided in rounds over sets, so
//    no visiting order matters; a node once ambiguous stays so.
// 5. Joins: every other node joins the candidates at its best tier (they are one group: one person). Joins are
//    applied strongest tier first, then in canonical order, through a union–find that checks the memberId and
//    birthdate constraints on the whole clusters.

import { withAppended } from "../model/append.js";
import type { Finding } from "../model/finding.js";
import { FINDING_KINDS, FINDING_SEVERITY } from "../model/finding.js";
import type {
  FieldEvidence,
  PeopleResolution,
  Person,
  PersonLink,
  SourcePersonRef,
  Tier,
} from "../model/person.js";
import type { IngestedFile } from "../model/record.js";
import { sortSmall } from "../model/sort-small.js";
import { findBlocks, MAX_BLOCK_SIZE } from "./blocking.js";
import { classifyTier, matchTierRule, TIER_RANK } from "./classify-tier.js";
import { compareIdentity, selfEvidence } from "./compare-identity.js";
import { accountsAllow, ConstrainedUnion } from "./constrained-union.js";
import { chooseRepresentative } from "./representative.js";
import { collectSourcePersons, compareText, type SourcePerson, sortCanonically } from "./source-persons.js";

export interface ResolveStats {
  sourcePersons: number;
  /** Distinct (name, birthdate, phone) tuples. */
  tuples: number;
  /** Linkable units (see step 2). */
  nodes: number;
  /** Blocks with at least two tuples, and how many of them were skipped as oversized. */
  blocks: number;
  oversizedBlocks: number;
  /** Field-by-field comparisons of two different tuples: the cost blocking keeps near-linear. */
  comparisons: number;
  /** Tuple pairs that compared at a tier. */
  candidatePairs: number;
  /** Nodes left alone as ambiguous. */
  ambiguousNodes: number;
  people: number;
}

const NO_IDS = new Map<string, Set<string>>();

interface Tuple {
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  selfEvidence: FieldEvidence;
  selfTier: Tier | "none";
  /** Source-person indices (into the canonical array), canonical order. */
  members: number[];
  /** Its nodes: nodes[nodeFrom, nodeTo) (a tuple's nodes are made one after another). */
  nodeFrom: number;
  nodeTo: number;
}

interface Node {
  tuple: number;
  /** Source-person indices, canonical order; the first represents the node. */
  members: number[];
  /** source → distinct non-null memberIds of the node. */
  ids: Map<string, Set<string>>;
}

interface Edge {
  to: number;
  tier: Tier;
  evidence: FieldEvidence;
}

interface Join {
  from: number;
  to: number;
  tier: Tier;
  evidence: FieldEvidence;
}

export function resolvePeople(files: readonly IngestedFile[]): PeopleResolution {
  return resolvePeopleWithStats(files).resolution;
}

export function resolvePeopleWithStats(files: readonly IngestedFile[]): {
  resolution: PeopleResolution;
  stats: ResolveStats;
} {
  // 1. Canonical order of source-persons.
  const sps = sortCanonically(collectSourcePersons(files));

  // 2. Tuples and nodes.
  const tuples: Tuple[] = [];
  // Self evidences are shared objects (27 of them): their tier is classified once each.
  const selfTiers = new Map<FieldEvidence, Tier | "none">();
  // Canonical order starts with (name, birthdate, phone): equal tuples are runs of neighbours. Each tuple's
  // members are made at their final length: an array grown by `push` from one element takes room for 17 (with
  // a list of nodes per tuple, the stage allocated 276 MB at 1M rows; 259 MB now).
  for (let i = 0; i < sps.length; ) {
    const sp = sps[i];
    let end = i + 1;
    while (
      end < sps.length &&
      sps[end].name === sp.name &&
      sps[end].birthdate === sp.birthdate &&
      sps[end].phone === sp.phone
    ) {
      end++;
    }
    const members = new Array<number>(end - i);
    for (let m = i; m < end; m++) members[m - i] = m;
    const self = selfEvidence(sp);
    let selfTier = selfTiers.get(self);
    if (selfTier === undefined) {
      selfTier = classifyTier(self);
      selfTiers.set(self, selfTier);
    }
    tuples.push({
      name: sp.name,
      birthdate: sp.birthdate,
      phone: sp.phone,
      selfEvidence: self,
      selfTier,
      members,
      nodeFrom: 0,
      nodeTo: 0,
    });
    i = end;
  }

  const nodes: Node[] = [];
  const nodeOf = new Int32Array(sps.length);
  const newNode = (tuple: number, members: number[]): void => {
    let ids: Map<string, Set<string>> = NO_IDS;
    // Indexed loops where they run per node, tuple or cluster: this function runs once a run, much of it before
    // it is optimised, and an iterator step there allocates.
    for (let i = 0; i < members.length; i++) {
      const sp = sps[members[i]];
      if (sp.memberId === null) continue;
      if (ids === NO_IDS) ids = new Map();
      const set = ids.get(sp.source);
      if (set === undefined) ids.set(sp.source, new Set([sp.memberId]));
      else set.add(sp.memberId);
    }
    for (let i = 0; i < members.length; i++) nodeOf[members[i]] = nodes.length;
    const owner = tuples[tuple];
    if (owner.nodeTo === owner.nodeFrom) owner.nodeFrom = nodes.length;
    owner.nodeTo = nodes.length + 1;
    nodes.push({ tuple, members, ids });
  };
  tuples.forEach((tuple, t) => {
    if (tuple.name === null && tuple.birthdate === null && tuple.phone === null) {
      // Personal exports carry no identity columns: without --person, their rows are the user's own, one
      // person across all such files. A row of an identity file that happens to be empty stays alone.
      const own = tuple.members.filter(
        (m) => files[sps[m].file].identityFromOption && sps[m].memberId === null,
      );
      if (own.length > 0) newNode(t, own);
      for (const m of tuple.members) if (!own.includes(m)) newNode(t, [m]);
    } else if (tuple.selfTier === "none") {
      for (let i = 0; i < tuple.members.length; i++) newNode(t, [tuple.members[i]]);
    } else if (tuple.selfTier === "exact") {
      newNode(t, tuple.members);
    } else {
      const groups = new Map<string, number[]>();
      for (const m of tuple.members) {
        const key = `${sps[m].source}\u001f${sps[m].memberId ?? "\u0000"}`;
        const group = groups.get(key);
        if (group === undefined) groups.set(key, [m]);
        else group.push(m);
      }
      for (const group of groups.values()) newNode(t, group);
    }
  });

  // 3. Blocking, comparisons, node edges.
  const stats: ResolveStats = {
    sourcePersons: sps.length,
    tuples: tuples.length,
    nodes: nodes.length,
    blocks: 0,
    oversizedBlocks: 0,
    comparisons: 0,
    candidatePairs: 0,
    ambiguousNodes: 0,
    people: 0,
  };
  // Most nodes never get an edge: they share one empty list until their first.
  const NO_EDGES: Edge[] = [];
  const adjacency: Edge[][] = new Array(nodes.length).fill(NO_EDGES);
  const addEdge = (u: number, edge: Edge): void => {
    if (adjacency[u] === NO_EDGES) adjacency[u] = [edge];
    else adjacency[u].push(edge);
  };
  const addNodeEdges = (t1: number, t2: number, tier: Tier, evidence: FieldEvidence): void => {
    const sameTuple = t1 === t2;
    const { nodeFrom: from1, nodeTo: to1 } = tuples[t1];
    const { nodeFrom: from2, nodeTo: to2 } = tuples[t2];
    for (let u = from1; u < to1; u++) {
      for (let v = sameTuple ? u + 1 : from2; v < to2; v++) {
        if (!accountsAllow(nodes[u].ids, nodes[v].ids, tier)) continue;
        addEdge(u, { to: v, tier, evidence });
        addEdge(v, { to: u, tier, evidence });
      }
    }
  };
  tuples.forEach((tuple, t) => {
    if (tuple.selfTier !== "none" && tuple.nodeTo - tuple.nodeFrom > 1)
      addNodeEdges(t, t, tuple.selfTier, tuple.selfEvidence);
  });
  {
    const blocks = findBlocks(
      tuples,
      // A tuple that does not link to itself links to nothing (see classify-tier: every rule needs two
      // unmasked fields that agree, which the tuple would share with itself).
      (t) => tuples[t].selfTier === "none",
      // Tuples are in canonical order, names first: a name no neighbouring tuple has is no other tuple's,
      // so its name keys would make blocks of one (55% of the bench's tuples at 1M rows).
      (t) => {
        const name = tuples[t].name;
        return name !== null && (tuples[t - 1]?.name === name || tuples[t + 1]?.name === name);
      },
    );
    const seen = new Set<number>();
    const width = tuples.length;
    for (const block of blocks) {
      stats.blocks++;
      if (block.length > MAX_BLOCK_SIZE) {
        stats.oversizedBlocks++;
        continue;
      }
      for (let i = 0; i < block.length; i++) {
        for (let j = i + 1; j < block.length; j++) {
          const a = block[i];
          const b = block[j];
          const pair = a < b ? a * width + b : b * width + a;
          if (seen.has(pair)) continue;
          seen.add(pair);
          stats.comparisons++;
          const evidence = compareIdentity(tuples[a], tuples[b]);
          const tier = classifyTier(evidence);
          if (tier === "none") continue;
          stats.candidatePairs++;
          addNodeEdges(Math.min(a, b), Math.max(a, b), tier, evidence);
        }
      }
    }
  }
  // Node ids follow the canonical order, so sorting edges by target makes every later scan canonical.
  for (let s = 0; s < adjacency.length; s++) {
    const edges = adjacency[s];
    if (edges.length > 1) edges.sort((x, y) => x.to - y.to);
  }

  // 4. Ambiguity, in rounds over sets.
  const removed = new Uint8Array(nodes.length);
  const ambiguity = new Map<number, { groups: number; tier: Tier }>();
  const best = (s: number): { tier: Tier; edges: Edge[] } | null => {
    let rank = 3;
    for (const e of adjacency[s]) if (!removed[e.to] && TIER_RANK[e.tier] < rank) rank = TIER_RANK[e.tier];
    if (rank === 3) return null;
    const edges = adjacency[s].filter((e) => !removed[e.to] && TIER_RANK[e.tier] === rank);
    return { tier: edges[0].tier, edges };
  };
  // Two candidates are different people when their own comparison contradicts: names or birthdates at level
  // `different`, or two accounts of one source below the exact tier. A phone that differs is no contradiction
  // (conflict links allow it), nor is a field one side lacks. Results are cached per node pair.
  const compatibleCache = new Map<number, boolean>();
  const compatible = (u: number, v: number): boolean => {
    const key = Math.min(u, v) * nodes.length + Math.max(u, v);
    let ok = compatibleCache.get(key);
    if (ok === undefined) {
      const tu = tuples[nodes[u].tuple];
      const tv = tuples[nodes[v].tuple];
      let evidence = tu.selfEvidence;
      if (tu !== tv) {
        stats.comparisons++;
        evidence = compareIdentity(tu, tv);
      }
      ok =
        evidence.name !== "different" &&
        evidence.birthdate !== "different" &&
        accountsAllow(nodes[u].ids, nodes[v].ids, classifyTier(evidence) === "exact" ? "exact" : "strong");
      compatibleCache.set(key, ok);
    }
    return ok;
  };
  /** Candidates split into people: each joins the first group (canonical order) it is compatible with. */
  const groupsAmong = (members: readonly number[]): number => {
    const groups: number[][] = [];
    for (const m of members) {
      const group = groups.find((g) => g.every((x) => compatible(x, m)));
      if (group === undefined) groups.push([m]);
      else group.push(m);
    }
    return groups.length;
  };
  let worklist: number[] = nodes.map((_, i) => i);
  while (worklist.length > 0) {
    const newly: number[] = [];
    for (const s of worklist) {
      if (removed[s]) continue;
      const b = best(s);
      if (b === null || b.edges.length < 2) continue;
      const groups = groupsAmong(b.edges.map((e) => e.to));
      if (groups >= 2) {
        newly.push(s);
        ambiguity.set(s, { groups, tier: b.tier });
      }
    }
    for (const s of newly) removed[s] = 1;
    const next = new Set<number>();
    for (const s of newly) for (const e of adjacency[s]) if (!removed[e.to]) next.add(e.to);
    worklist = [...next].sort((x, y) => x - y);
  }
  stats.ambiguousNodes = ambiguity.size;

  // 5. Joins through the constrained union–find (over nodes: a node's source-persons are one person already).
  const union = new ConstrainedUnion(nodes.length);
  nodes.forEach((node, n) => {
    union.seed(n, node.ids, tuples[node.tuple].birthdate);
  });
  const joins: { from: number; to: number; tier: Tier; evidence: FieldEvidence }[] = [];
  nodes.forEach((_, s) => {
    if (removed[s]) return;
    const b = best(s);
    if (b === null) return;
    for (const e of b.edges) joins.push({ from: s, to: e.to, tier: e.tier, evidence: e.evidence });
  });
  joins.sort((x, y) => TIER_RANK[x.tier] - TIER_RANK[y.tier] || x.from - y.from || x.to - y.to);
  /** The joins of two nodes that merged clusters, as links between the nodes' first source-persons. */
  const nodeLinks: Join[] = [];
  const conflictLinks: Join[] = [];
  for (const join of joins) {
    if (!union.union(join.from, join.to, join.tier)) continue;
    // A literal, not a spread of `join`: spreads are an order of magnitude slower and there is one per link.
    const link: Join = {
      from: nodes[join.from].members[0],
      to: nodes[join.to].members[0],
      tier: join.tier,
      evidence: join.evidence,
    };
    nodeLinks.push(link);
    if (link.tier === "conflict") conflictLinks.push(link);
  }

  // 6. People. Clusters are runs of one array (canonical order inside each run), and a person's links are
  // built straight from their source-persons: at 1M rows an array per cluster, a join object per source-person
  // and two references per link made the stage's largest share of garbage.
  const clusterOfRoot = new Int32Array(nodes.length).fill(-1);
  const clusterOfSp = new Int32Array(sps.length);
  let clusterCount = 0;
  for (let i = 0; i < sps.length; i++) {
    const root = union.find(nodeOf[i]);
    if (clusterOfRoot[root] < 0) clusterOfRoot[root] = clusterCount++;
    clusterOfSp[i] = clusterOfRoot[root];
  }
  const clusterStart = new Int32Array(clusterCount + 1);
  for (let i = 0; i < sps.length; i++) clusterStart[clusterOfSp[i] + 1]++;
  for (let c = 0; c < clusterCount; c++) clusterStart[c + 1] += clusterStart[c];
  /** Source-persons by cluster: cluster c holds clustered[clusterStart[c] .. clusterStart[c + 1]). */
  const clustered = new Int32Array(sps.length);
  {
    const fill = clusterStart.slice(0, clusterCount);
    for (let i = 0; i < sps.length; i++) clustered[fill[clusterOfSp[i]]++] = i;
  }
  const nodeLinksOf = new Map<number, number[]>();
  nodeLinks.forEach((link, k) => {
    const c = clusterOfSp[link.from];
    const list = nodeLinksOf.get(c);
    if (list === undefined) nodeLinksOf.set(c, [k]);
    else list.push(k);
  });
  // A person's links, coded as numbers: m ≥ 0 is source-person m joining the first of its node (step 2, at its
  // tuple's own tier), ~k is nodeLinks[k].
  const linkFrom = (code: number): number => (code >= 0 ? code : nodeLinks[~code].from);
  const linkTo = (code: number): number => (code >= 0 ? nodes[nodeOf[code]].members[0] : nodeLinks[~code].to);
  const linkTier = (code: number): Tier =>
    code >= 0 ? (tuples[nodes[nodeOf[code]].tuple].selfTier as Tier) : nodeLinks[~code].tier;
  const linkEvidence = (code: number): FieldEvidence =>
    code >= 0 ? tuples[nodes[nodeOf[code]].tuple].selfEvidence : nodeLinks[~code].evidence;
  const compareLinkCodes = (x: number, y: number): number =>
    linkFrom(x) - linkFrom(y) || linkTo(x) - linkTo(y);

  // One reference per source-person, shared by its person's members and links.
  const refs = sps.map<SourcePersonRef>((sp) => ({ file: sp.file, identity: sp.identity }));
  const byPlace = (x: number, y: number): number => compareByPlace(sps[x], sps[y]);
  const toRef = (i: number): SourcePersonRef => refs[i];
  const toLink = (code: number): PersonLink => ({
    from: refs[linkFrom(code)],
    to: refs[linkTo(code)],
    tier: linkTier(code),
    evidence: linkEvidence(code),
  });
  /** Each cluster's person, before people are put in their content order. */
  const draftOfCluster: Person[] = new Array(clusterCount);
  for (let c = 0; c < clusterCount; c++) {
    // Lists made at the cluster's size: a list emptied by `length = 0` gives up its room, and one grown by push
    // from empty takes room for 17 (three such per cluster were most of what this loop allocated).
    const from = clusterStart[c];
    const size = clusterStart[c + 1] - from;
    const memberSps: SourcePerson[] = new Array(size);
    const placeOrder: number[] = new Array(size);
    const linkCodes: number[] = [];
    let sources: string[] = [];
    for (let k = 0; k < size; k++) {
      const m = clustered[from + k];
      const sp = sps[m];
      memberSps[k] = sp;
      placeOrder[k] = m;
      if (!sources.includes(sp.source)) sources = withAppended(sources, sp.source);
      if (nodes[nodeOf[m]].members[0] !== m) linkCodes.push(m);
    }
    const nodeJoins = nodeLinksOf.get(c);
    if (nodeJoins !== undefined) for (let i = 0; i < nodeJoins.length; i++) linkCodes.push(~nodeJoins[i]);
    const rep = chooseRepresentative(memberSps);
    sortSmall(linkCodes, compareLinkCodes);
    let tier: Tier = "exact";
    for (let i = 0; i < linkCodes.length; i++) {
      const code = linkCodes[i];
      const t = linkTier(code);
      if (TIER_RANK[t] > TIER_RANK[tier]) tier = t;
    }
    draftOfCluster[c] = {
      name: rep.name,
      birthdate: rep.birthdate,
      phone: rep.phone,
      tier,
      sources: sortSmall(sources, compareText),
      members: sortSmall(placeOrder, byPlace).map(toRef),
      links: linkCodes.map(toLink),
    };
  }
  // Member keys break ties between equal representatives only: built on demand.
  const memberKeys = new Map<number, SourcePerson[]>();
  const memberKeysOf = (c: number): SourcePerson[] => {
    let keys = memberKeys.get(c);
    if (keys === undefined) {
      keys = Array.from(clustered.subarray(clusterStart[c], clusterStart[c + 1]), (m) => sps[m]);
      keys.sort(compareMemberKeys);
      memberKeys.set(c, keys);
    }
    return keys;
  };
  const clusterOrder = Array.from({ length: clusterCount }, (_, c) => c);
  clusterOrder.sort((a, b) => {
    const pa = draftOfCluster[a];
    const pb = draftOfCluster[b];
    return (
      compareText(pa.name, pb.name) ||
      compareText(pa.birthdate, pb.birthdate) ||
      compareText(pa.phone, pb.phone) ||
      compareLists(memberKeysOf(a), memberKeysOf(b))
    );
  });
  const personOfCluster = new Int32Array(clusterCount);
  clusterOrder.forEach((c, p) => {
    personOfCluster[c] = p;
  });
  const people = clusterOrder.map((c) => draftOfCluster[c]);
  stats.people = people.length;

  let fileCount = 0;
  for (const f of files) fileCount = Math.max(fileCount, f.index + 1);
  const personOf: Int32Array[] = Array.from({ length: fileCount }, () => new Int32Array(0));
  for (const f of files) personOf[f.index] = new Int32Array(f.identities.length).fill(-1);
  sps.forEach((sp, i) => {
    personOf[sp.file][sp.identity] = personOfCluster[clusterOfSp[i]];
  });

  // 7. Findings.
  const findings: { finding: Finding; subject: number }[] = [];
  const personOfSp = (i: number): number => personOfCluster[clusterOfSp[i]];
  const mismatch = (from: number, to: number, evidence: FieldEvidence): void => {
    const field = matchTierRule(evidence)?.conflictField ?? "phone";
    const a = sps[from];
    const b = sps[to];
    findings.push({
      subject: from,
      finding: identityFinding("identity-mismatch", personOfSp(from), a, {
        field,
        left: a[field],
        right: b[field],
        fromSource: a.source,
        toSource: b.source,
      }),
    });
  };
  // Every conflict link, and every conflict edge that ended inside one person through other links (a record
  // without a phone can join two records whose phones differ): both are what breaks transfers.
  const reported = new Set<number>();
  const nodePair = (u: number, v: number): number => Math.min(u, v) * nodes.length + Math.max(u, v);
  for (const link of conflictLinks) {
    reported.add(nodePair(nodeOf[link.from], nodeOf[link.to]));
    mismatch(link.from, link.to, link.evidence);
  }
  adjacency.forEach((edges, u) => {
    for (const e of edges) {
      if (e.tier !== "conflict" || e.to < u || reported.has(nodePair(u, e.to))) continue;
      if (union.sameCluster(u, e.to)) mismatch(nodes[u].members[0], nodes[e.to].members[0], e.evidence);
    }
  });
  for (const [s, info] of ambiguity) {
    for (const m of nodes[s].members) {
      findings.push({
        subject: m,
        finding: identityFinding("ambiguous-identity", personOfSp(m), sps[m], {
          candidates: info.groups,
          tier: info.tier,
        }),
      });
    }
  }
  for (let c = 0; c < clusterCount; c++) {
    // Made for a cluster with member ids only: most exports have none, and a map per cluster (100k at 1M rows)
    // and its iteration were most of what this loop allocated.
    let bySource: Map<string, { ids: Set<string>; subject: number }> | null = null;
    for (let k = clusterStart[c]; k < clusterStart[c + 1]; k++) {
      const m = clustered[k];
      const sp = sps[m];
      if (sp.memberId === null) continue;
      bySource ??= new Map();
      const entry = bySource.get(sp.source);
      if (entry === undefined) bySource.set(sp.source, { ids: new Set([sp.memberId]), subject: m });
      else {
        entry.ids.add(sp.memberId);
        if (m < entry.subject) entry.subject = m;
      }
    }
    if (bySource === null) continue;
    for (const [source, { ids, subject }] of bySource) {
      if (ids.size < 2) continue;
      findings.push({
        subject,
        finding: identityFinding("duplicate-account", personOfCluster[c], sps[subject], {
          source,
          memberIds: [...ids].sort(compareText).join(", "),
        }),
      });
    }
  }
  findings.sort(
    (a, b) =>
      a.finding.person! - b.finding.person! ||
      FINDING_KINDS.indexOf(a.finding.kind) - FINDING_KINDS.indexOf(b.finding.kind) ||
      a.subject - b.subject,
  );

  return { resolution: { people, personOf, findings: findings.map((f) => f.finding) }, stats };
}

function identityFinding(
  kind: "identity-mismatch" | "ambiguous-identity" | "duplicate-account",
  person: number,
  subject: SourcePerson,
  detail: Record<string, string | number | null>,
): Finding {
  return {
    kind,
    severity: FINDING_SEVERITY[kind],
    person,
    source: subject.source,
    date: null,
    minutes: null,
    institution: null,
    activity: null,
    file: subject.file,
    line: subject.firstLine,
    counterpart: null,
    code: null,
    detail,
  };
}

/** Members are listed by place: path, then first line (file index and identity only for exact ties). */
function compareByPlace(a: SourcePerson, b: SourcePerson): number {
  return (
    compareText(a.path, b.path) ||
    (a.firstLine ?? Number.MAX_SAFE_INTEGER) - (b.firstLine ?? Number.MAX_SAFE_INTEGER) ||
    a.file - b.file ||
    a.identity - b.identity
  );
}

/** Content key of a member for ordering people: source, memberId, path, then the identity values. */
function compareMemberKeys(a: SourcePerson, b: SourcePerson): number {
  return (
    compareText(a.source, b.source) ||
    compareText(a.memberId, b.memberId) ||
    compareText(a.path, b.path) ||
    compareText(a.name, b.name) ||
    compareText(a.birthdate, b.birthdate) ||
    compareText(a.phone, b.phone)
  );
}

function compareLists(a: readonly SourcePerson[], b: readonly SourcePerson[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareMemberKeys(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
