// Reconciliation of one person's records (DESIGN §7): eligibility, blood conversions, culture periods,
// pairing with 1365 credits, the finding for every record left over, and the person's totals.

import { formatDay } from "../model/day.js";
import type { Finding } from "../model/finding.js";
import type { PersonMinutes, ReconcileOptions, SchoolYearTotals } from "../model/reconciliation.js";
import type { Approval, BuiltinSource } from "../model/record.js";
import { linkConversions, looksLikeConversion } from "./blood-conversion.js";
import { groupDonations } from "./blood-donations.js";
import { assessDonations } from "./blood-eligibility.js";
import { periodSummaries } from "./culture-periods.js";
import { addPartners, type Entry } from "./entry.js";
import { findingOf } from "./finding-factory.js";
import { dailyCapFindings, leftoverCreditFindings, neisFractionFindings } from "./findings-credits.js";
import { isUpstreamRole, ORIGIN_RULES, type UpstreamRole } from "./flows.js";
import type { InstitutionSimilarity } from "./institution-similarity.js";
import { type MismatchGroup, pairCredits } from "./pair-credits.js";
import { personTotals } from "./totals.js";
import { TRANSFER_CODES, unpairedOutcome } from "./transfer-outcome.js";

export interface PersonContext {
  readonly options: ReconcileOptions;
  readonly similarity: InstitutionSimilarity;
  /** Upstream roles with at least one input file (for unmatched-credit). */
  readonly rolesWithFiles: ReadonlySet<UpstreamRole>;
}

export interface PersonResult {
  findings: Finding[];
  minutes: PersonMinutes;
  schoolYears: SchoolYearTotals[];
}

function byRole(entries: readonly Entry[]): Record<BuiltinSource, Entry[]> {
  const roles: Record<BuiltinSource, Entry[]> = { vms: [], "1365": [], redcross: [], blood: [], culture: [] };
  for (const e of entries) roles[e.role].push(e);
  return roles;
}

/** Whether a VMS record is not sent because it is not approved (pending or rejected). */
export function isNotApproved(approval: Approval | null): approval is "pending" | "rejected" {
  return approval === "pending" || approval === "rejected";
}

/** The not-approved finding of a VMS entry whose approval isNotApproved. */
export function notApprovedFinding(e: Entry, approval: "pending" | "rejected"): Finding {
  return findingOf("not-approved", e, { approval, approvalRaw: e.rec.approvalRaw });
}

/** VMS records pending or rejected are not sent: not-approved. Approved or unstated ones are expected. */
function assessApproval(vms: readonly Entry[], options: ReconcileOptions, findings: Finding[]): void {
  for (const e of vms) {
    const approval = e.rec.approval;
    if (isNotApproved(approval)) {
      e.status = "not-approved";
      findings.push(notApprovedFinding(e, approval));
    } else {
      e.originRule = looksLikeConversion(e.rec, options.bloodMinutes)
        ? ORIGIN_RULES["vms-blood"]
        : ORIGIN_RULES.vms;
    }
  }
}

const NO_DONATIONS: ReadonlyMap<Entry, boolean | null> = new Map();

/**
 * Blood rows: one donation per (date, certificate); ineligible donations get their finding; an eligible
 * donation with a VMS conversion is carried by it. Returns each donation's converted flag, merged over
 * every row that shows it (true wins, then false).
 */
function assessBlood(
  blood: readonly Entry[],
  vms: readonly Entry[],
  options: ReconcileOptions,
  findings: Finding[],
): ReadonlyMap<Entry, boolean | null> {
  // Most people gave no blood: no donation to group, check or link to a conversion.
  if (blood.length === 0) return NO_DONATIONS;
  const { donations, duplicates } = groupDonations(blood);
  const converted = new Map<Entry, boolean | null>();
  for (const d of donations) converted.set(d, d.rec.converted);
  for (const { row, first } of duplicates) {
    row.status = "duplicate";
    row.paired = true;
    addPartners(row, [first]);
    const flag = row.rec.converted;
    const current = converted.get(first) ?? null;
    if (flag === true || (flag === false && current === null)) converted.set(first, flag);
  }
  const verdicts = assessDonations(donations, options);
  const eligible: Entry[] = [];
  for (const d of donations) {
    const verdict = verdicts.get(d);
    if (verdict !== undefined) {
      d.status = "ineligible";
      findings.push(findingOf("blood-ineligible", d, verdict));
    } else {
      d.originRule = ORIGIN_RULES.blood;
      eligible.push(d);
    }
  }
  const expectedVms = vms.filter((e) => e.status === "expected");
  for (const { donation, conversion } of linkConversions(eligible, expectedVms, options.bloodMinutes)) {
    donation.status = "converted";
    donation.originRule = null;
    donation.paired = true;
    addPartners(donation, [conversion]);
    conversion.conversion = true;
    conversion.originRule = ORIGIN_RULES["vms-blood"];
  }
  return converted;
}

/** Culture period rows that summarise per-day rows are paired with them; other culture rows are expected. */
function assessCulture(culture: readonly Entry[]): void {
  const summaries = periodSummaries(culture);
  for (const e of culture) {
    if (summaries.has(e)) {
      e.status = "summary";
      e.paired = true;
    } else {
      e.originRule = ORIGIN_RULES.culture;
    }
  }
}

/** differenceMinutes is credited − upstream: negative when 1365 has less (the error case). */
function mismatchFinding(group: MismatchGroup): Finding {
  const { upstreamMinutes, creditedMinutes } = group;
  return findingOf(
    "hours-mismatch",
    group.upstream[0],
    { upstreamMinutes, creditedMinutes, differenceMinutes: creditedMinutes - upstreamMinutes },
    { severity: creditedMinutes < upstreamMinutes ? "error" : "warning", counterpart: group.credits[0] },
  );
}

/** `entries`: one person's records in content order, `order` set to their rank. */
export function reconcilePerson(entries: readonly Entry[], ctx: PersonContext): PersonResult {
  const { options } = ctx;
  const findings: Finding[] = [];
  const roles = byRole(entries);

  assessApproval(roles.vms, options, findings);
  const donationConverted = assessBlood(roles.blood, roles.vms, options, findings);
  assessCulture(roles.culture);
  for (const e of roles.redcross) e.originRule = ORIGIN_RULES.redcross;

  const credits = roles["1365"];
  const upstream = entries.filter((e) => e.status === "expected" && isUpstreamRole(e.role));
  for (const group of pairCredits(upstream, credits, ctx.similarity)) findings.push(mismatchFinding(group));

  for (const u of upstream) {
    if (u.paired) continue;
    if (u.role === "culture" && u.period) {
      const periodStart = formatDay(u.rec.date as number);
      const periodEnd = formatDay(u.rec.periodEnd as number);
      findings.push(findingOf("period-record", u, { periodStart, periodEnd }));
      continue;
    }
    const converted = donationConverted.has(u) ? (donationConverted.get(u) ?? null) : u.rec.converted;
    findings.push(unpairedOutcome(u, u.role as UpstreamRole, options, converted));
  }

  for (const e of roles.culture) {
    if (e.rec.transferCode !== TRANSFER_CODES.duplicate) continue;
    const credit = e.partners.find((p) => p.status === "credit") ?? null;
    findings.push(
      findingOf(
        "duplicate-credit",
        e,
        { reason: "code-400" },
        { counterpart: credit, code: TRANSFER_CODES.duplicate },
      ),
    );
  }

  findings.push(
    ...leftoverCreditFindings(credits, ctx.rolesWithFiles),
    ...dailyCapFindings(credits, options.dailyCapMinutes),
    ...neisFractionFindings(credits),
  );

  // A literal, not a spread: object spreads are an order of magnitude slower, and there is one per person.
  const totals = personTotals(entries, findings);
  return { findings, minutes: totals.minutes, schoolYears: totals.schoolYears };
}
