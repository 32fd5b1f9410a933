// What an upstream record left without a credit means (DESIGN §7), decided in this order: reported failed;
// not yet due (in transit); reported sent; otherwise missing (a donation never converted, for blood).

import { formatMinute } from "../model/day.js";
import type { Finding } from "../model/finding.js";
import type { ReconcileOptions } from "../model/reconciliation.js";
import type { Entry } from "./entry.js";
import { findingOf } from "./finding-factory.js";
import type { UpstreamRole } from "./flows.js";
import { dueOf, isOverdue } from "./latency.js";

/** 문화품앗이 result codes (domain-facts): 99/100/200 failed, 300 success, 400 success (duplicate). */
export const TRANSFER_CODES = {
  failed: [99, 100, 200],
  sent: [300, 400],
  duplicate: 400,
} as const satisfies Record<string, number | readonly number[]>;

function hasCode(code: number | null, codes: readonly number[]): boolean {
  return code !== null && codes.includes(code);
}

/**
 * The finding of an unpaired, expected upstream record. `converted` is the donation's converted flag (all
 * rows showing the donation considered); it only matters for blood.
 */
export function unpairedOutcome(
  entry: Entry,
  role: UpstreamRole,
  options: ReconcileOptions,
  converted: boolean | null = entry.rec.converted,
): Finding {
  const rec = entry.rec;
  if (rec.transferState === "failed" || hasCode(rec.transferCode, TRANSFER_CODES.failed)) {
    return findingOf(
      "transfer-failed",
      entry,
      { transferRaw: rec.transferRaw, code: rec.transferCode },
      { code: rec.transferCode ?? rec.transferRaw },
    );
  }
  const due = dueOf(rec, role, options.latencies);
  const dueText = due === null ? "" : formatMinute(due);
  if (!isOverdue(due, options.asOf)) {
    return findingOf("in-transit", entry, { due: dueText });
  }
  if (rec.transferState === "sent" || hasCode(rec.transferCode, TRANSFER_CODES.sent)) {
    return findingOf(
      "sent-not-received",
      entry,
      {
        transferRaw: rec.transferRaw,
        sentAt: rec.transferAt === null ? null : formatMinute(rec.transferAt),
        due: dueText,
      },
      { code: rec.transferCode },
    );
  }
  if (role === "blood" && converted !== true) {
    return findingOf("blood-not-converted", entry, {
      donationKind: rec.donationKind,
      converted: converted === null ? null : converted ? "yes" : "no",
    });
  }
  return findingOf("missing-transfer", entry, { transferRaw: rec.transferRaw, due: dueText });
}
