// Pairing of one person's upstream records with their 1365 credits (DESIGN §7), in three passes:
// equal minutes one to one, then per-date totals, then period totals.

import { CreditIndex } from "./credit-index.js";
import type { Entry } from "./entry.js";
import type { InstitutionSimilarity } from "./institution-similarity.js";
import { type MismatchGroup, pairDateTotals } from "./pair-date-totals.js";
import { pairEqualMinutes } from "./pair-equal-minutes.js";
import { pairPeriodTotals } from "./pair-period-totals.js";

export type { MismatchGroup } from "./pair-date-totals.js";

/**
 * `upstream`: the person's expected upstream records; `credits`: the person's 1365 records; both in content
 * order. Marks entries paired and returns the groups paired with different totals.
 */
export function pairCredits(
  upstream: readonly Entry[],
  credits: readonly Entry[],
  similarity: InstitutionSimilarity,
): MismatchGroup[] {
  const index = new CreditIndex(credits);
  pairEqualMinutes(upstream, index, similarity);
  const mismatches = pairDateTotals(upstream, credits);
  pairPeriodTotals(upstream, index);
  return mismatches;
}
