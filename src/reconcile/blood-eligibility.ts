// Which donations count (DESIGN §2, §7): on or after bloodSince; within the calendar-year caps (전혈 5,
// 성분 24, counted in date order, a donation of unknown kind counting as whole blood); and, when a school
// cap is set, within it per school year (counted among donations the yearly caps let through).

import { schoolYearOf, yearOf } from "../model/day.js";
import type { FindingDetails } from "../model/finding.js";
import type { ReconcileOptions } from "../model/reconciliation.js";
import type { DonationKind } from "../model/record.js";
import { sortSmall } from "../model/sort-small.js";
import { byDateThenOrder, type Entry } from "./entry.js";

export type Ineligibility = FindingDetails["blood-ineligible"];

/** Which yearly cap each donation kind counts against (null = unknown = whole blood). */
export const DONATION_CAP_CLASS: Readonly<Record<DonationKind, "whole" | "component">> = {
  whole: "whole",
  plasma: "component",
  platelet: "component",
  "platelet-plasma": "component",
};

type EligibilityOptions = Pick<ReconcileOptions, "bloodSince" | "bloodYearlyCap" | "bloodSchoolYearCap">;

/** The reason each ineligible donation does not count; donations absent from the map count. */
export function assessDonations(
  donations: readonly Entry[],
  options: EligibilityOptions,
): Map<Entry, Ineligibility> {
  const verdicts = new Map<Entry, Ineligibility>();
  const dated = sortSmall(
    donations.filter((d) => d.rec.date !== null),
    byDateThenOrder,
  );
  const yearly = new Map<string, number>();
  const perSchoolYear = new Map<number, number>();
  for (const donation of dated) {
    const date = donation.rec.date as number;
    if (date < options.bloodSince) {
      verdicts.set(donation, { rule: "before-2010-07-01", cap: null, year: null });
      continue;
    }
    const capClass = DONATION_CAP_CLASS[donation.rec.donationKind ?? "whole"];
    const year = yearOf(date);
    const key = `${year}:${capClass}`;
    const count = (yearly.get(key) ?? 0) + 1;
    yearly.set(key, count);
    const cap = options.bloodYearlyCap[capClass];
    if (count > cap) {
      verdicts.set(donation, {
        rule: capClass === "whole" ? "yearly-cap-whole" : "yearly-cap-component",
        cap,
        year,
      });
      continue;
    }
    const schoolCap = options.bloodSchoolYearCap;
    if (schoolCap === null) continue;
    const schoolYear = schoolYearOf(date);
    const schoolCount = (perSchoolYear.get(schoolYear) ?? 0) + 1;
    perSchoolYear.set(schoolYear, schoolCount);
    if (schoolCount > schoolCap) {
      verdicts.set(donation, { rule: "school-year-cap", cap: schoolCap, year: schoolYear });
    }
  }
  return verdicts;
}
