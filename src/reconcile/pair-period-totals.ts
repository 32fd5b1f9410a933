// Pairing pass 3: an old-style period link. A period record still unpaired is credited when the leftover
// credits it accepts inside its period add up to exactly its minutes.

import type { CreditIndex } from "./credit-index.js";
import type { Entry } from "./entry.js";
import { pairAll } from "./entry.js";
import { acceptsOrigin } from "./flows.js";
import { sumMinutes } from "./pair-date-totals.js";

/** `upstream` in content order. */
export function pairPeriodTotals(upstream: readonly Entry[], index: CreditIndex): void {
  for (const u of upstream) {
    if (u.paired || !u.period || u.originRule === null) continue;
    const rule = u.originRule;
    const credits = index.around(u).filter((c) => !c.paired && acceptsOrigin(rule, c.rec.origin));
    if (credits.length > 0 && sumMinutes(credits) === u.minutes) pairAll([u], credits);
  }
}
