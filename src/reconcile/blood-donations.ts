// One donation, however many exports show it: rows of the same person and date are one donation unless
// both carry a certificate number and the numbers differ. The first row (content order) represents it.

import type { Entry } from "./entry.js";

export interface DonationGroups {
  /** The representative row of each donation, in content order. */
  donations: Entry[];
  /** Each further row and the representative it repeats. */
  duplicates: Array<{ row: Entry; first: Entry }>;
}

/** `rows` in content order. Rows without a date are never merged (their day is unknown). */
export function groupDonations(rows: readonly Entry[]): DonationGroups {
  const donations: Entry[] = [];
  const duplicates: Array<{ row: Entry; first: Entry }> = [];
  const byDate = new Map<number, Array<{ first: Entry; certificate: string | null }>>();
  for (const row of rows) {
    const date = row.rec.date;
    if (date === null) {
      donations.push(row);
      continue;
    }
    const certificate = row.rec.certificateNo;
    let seen = byDate.get(date);
    if (seen === undefined) {
      seen = [];
      byDate.set(date, seen);
    }
    const same = seen.find(
      (d) => d.certificate === null || certificate === null || d.certificate === certificate,
    );
    if (same === undefined) {
      seen.push({ first: row, certificate });
      donations.push(row);
    } else {
      if (same.certificate === null) same.certificate = certificate;
      duplicates.push({ row, first: same.first });
    }
  }
  return { donations, duplicates };
}
