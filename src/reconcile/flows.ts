// Flows (DESIGN §7): which roles must reach 1365, and which 1365 origins can be the counterpart of which
// upstream record. Rules as data: a table per upstream kind, read by pairing and by the credit findings.

import type { BuiltinSource, Origin } from "../model/record.js";

/** Roles whose records must arrive in 1365. */
export const UPSTREAM_ROLES = ["vms", "redcross", "culture", "blood"] as const;
export type UpstreamRole = (typeof UPSTREAM_ROLES)[number];

/** The role whose records are the credits. */
export const CREDIT_ROLE = "1365" satisfies BuiltinSource;

export function isUpstreamRole(role: BuiltinSource): role is UpstreamRole {
  return role !== CREDIT_ROLE;
}

/**
 * Which credit origins an upstream record accepts as its counterpart. `preferred` origins rank first in
 * pairing and name the "same system" for duplicate-credit; `accepted` adds origins that may still carry it.
 * A credit with no stated origin (null) is always accepted and never preferred.
 */
export interface OriginRule {
  readonly preferred: readonly Origin[];
  readonly accepted: readonly Origin[];
}

export const ORIGIN_RULES = {
  vms: { preferred: ["vms"], accepted: ["vms"] },
  /** A blood donation's VMS conversion (or a VMS record that looks like one): it arrives as VMS or as 헌혈. */
  "vms-blood": { preferred: ["vms", "blood"], accepted: ["vms", "blood"] },
  redcross: { preferred: ["redcross"], accepted: ["redcross"] },
  culture: { preferred: ["culture"], accepted: ["culture"] },
  /** A donation with no conversion record: credited as 헌혈, or as VMS when the conversion is not in the inputs. */
  blood: { preferred: ["blood"], accepted: ["blood", "vms"] },
} as const satisfies Record<string, OriginRule>;

export function acceptsOrigin(rule: OriginRule, origin: Origin | null): boolean {
  return origin === null || rule.accepted.includes(origin);
}

export function prefersOrigin(rule: OriginRule, origin: Origin | null): boolean {
  return origin !== null && rule.preferred.includes(origin);
}

/** Credit origins that name an upstream role (unmatched-credit applies to them when that role has a file). */
export const UPSTREAM_ORIGINS: Readonly<Record<Origin, UpstreamRole | null>> = {
  vms: "vms",
  redcross: "redcross",
  culture: "culture",
  blood: "blood",
  "1365": null,
};
