// Person resolution's output (DESIGN §6): people made of source-persons, each link with its evidence.

import type { SourceId } from "./record.js";

/** One distinct identity of one file: the unit person resolution links. */
export interface SourcePersonRef {
  file: number;
  identity: number;
}

export type NameLevel =
  | "exact"
  | "masked-compatible"
  | "jamo-edit"
  | "surname-variant"
  | "different"
  | "missing";
export type BirthdateLevel =
  | "exact"
  | "same-yymmdd"
  | "masked-compatible"
  | "swap-or-digit"
  | "different"
  | "missing";
export type PhoneLevel = "exact" | "legacy" | "masked-compatible" | "different" | "missing";

export type Tier = "exact" | "strong" | "conflict";

export interface FieldEvidence {
  name: NameLevel;
  birthdate: BirthdateLevel;
  phone: PhoneLevel;
}

export interface PersonLink {
  /** The source-person that joined… */
  from: SourcePersonRef;
  /** …the source-person it was compared with. */
  to: SourcePersonRef;
  tier: Tier;
  evidence: FieldEvidence;
}

export interface Person {
  /** Representative identity (normalised, unmasked; masking happens when the report is built). */
  name: string | null;
  birthdate: string | null;
  phone: string | null;
  /** Weakest tier among the person's links; `exact` for a person seen as one source-person only. */
  tier: Tier;
  sources: SourceId[];
  members: SourcePersonRef[];
  links: PersonLink[];
}

export interface PeopleResolution {
  /** People in a content order that does not depend on file or row order; index i gets id `P${i + 1}`. */
  people: Person[];
  /** personOf[file][identity] → index into people. Every source-person belongs to exactly one person. */
  personOf: Int32Array[];
  /** identity-mismatch, ambiguous-identity, duplicate-account. */
  findings: import("./finding.js").Finding[];
}
