// Pairing pass 1 (DESIGN §7): one upstream record to one credit of equal minutes on its date (or inside
// its period), best first by: preferred origin, institution similarity, exact day over a period window,
// then content order of the upstream record and of the credit.

import { sortSmall } from "../model/sort-small.js";
import { type CreditIndex, lastCandidateDay } from "./credit-index.js";
import type { Entry } from "./entry.js";
import { pairOne } from "./entry.js";
import { acceptsOrigin, prefersOrigin } from "./flows.js";
import type { InstitutionSimilarity } from "./institution-similarity.js";

interface Edge {
  upstream: Entry;
  credit: Entry;
  preferred: boolean;
  exactDay: boolean;
  similarity: number;
}

function compareEdges(a: Edge, b: Edge): number {
  return (
    Number(b.preferred) - Number(a.preferred) ||
    b.similarity - a.similarity ||
    Number(b.exactDay) - Number(a.exactDay) ||
    a.upstream.order - b.upstream.order ||
    a.credit.order - b.credit.order
  );
}

/**
 * Edge counts by rank, reused by every person (zeroed up to the ranks in use): a typed array made for each of
 * 100k people was ~35 ms of allocation at 1M rows.
 */
let degreeScratch = new Int32Array(64);

export function pairEqualMinutes(
  upstream: readonly Entry[],
  index: CreditIndex,
  similarity: InstitutionSimilarity,
): void {
  const edges: Edge[] = [];
  let maxOrder = -1;
  for (const u of upstream) {
    const date = u.rec.date;
    if (u.paired || u.originRule === null || date === null) continue;
    // The credits `index.around(u)` would list, read in place (not an array for each of a million records).
    const last = lastCandidateDay(u, date);
    for (let i = index.firstFrom(date); i < index.length && index.day(i) <= last; i++) {
      const c = index.credit(i);
      if (c.paired || c.minutes !== u.minutes || !acceptsOrigin(u.originRule, c.rec.origin)) continue;
      edges.push({
        upstream: u,
        credit: c,
        preferred: prefersOrigin(u.originRule, c.rec.origin),
        exactDay: !u.period,
        similarity: 0,
      });
      maxOrder = Math.max(maxOrder, u.order, c.order);
    }
  }
  if (edges.length === 0) return;
  // Edges per entry, by its rank in the person's content order (one person's entries: ranks are distinct).
  if (degreeScratch.length <= maxOrder)
    degreeScratch = new Int32Array(Math.max(maxOrder + 1, degreeScratch.length * 2));
  const degree = degreeScratch;
  degree.fill(0, 0, maxOrder + 1);
  for (const edge of edges) {
    degree[edge.upstream.order]++;
    degree[edge.credit.order]++;
  }
  // Similarity only decides between competing edges: an edge whose two ends have no other edge is taken
  // whatever its rank, so its score is not needed (this keeps the common one-to-one case cheap).
  for (const edge of edges) {
    if (degree[edge.upstream.order] > 1 || degree[edge.credit.order] > 1) {
      edge.similarity = similarity.score(edge.upstream.rec.institution, edge.credit.rec.institution);
    }
  }
  sortSmall(edges, compareEdges);
  for (const edge of edges) {
    if (!edge.upstream.paired && !edge.credit.paired) pairOne(edge.upstream, edge.credit);
  }
}
