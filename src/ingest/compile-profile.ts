// A profile compiled into lookup tables for the per-row hot loop: header key → field, vocabulary word →
// state. Keys and words are normalised once here, so that rows only do Map lookups.

import type {
  Approval,
  BuiltinSource,
  CanonicalField,
  DonationKind,
  Origin,
  TransferState,
} from "../model/record.js";
import { normalizeHeader, normalizeWord } from "../normalize/text.js";
import type { SourceProfile } from "../sources/source-profile.js";

export interface CompiledProfile {
  profile: SourceProfile;
  id: string;
  role: BuiltinSource;
  /** Normalised header key → field. When two fields share an alias, the first listed wins. */
  fieldByHeader: Map<string, CanonicalField>;
  signature: Set<string>;
  /** Normalised headers the source has but vhr does not use on purpose. */
  ignored: Set<string>;
  fileNameHints: string[];
  approval: Map<string, Approval>;
  transfer: Map<string, TransferState>;
  transferCodes: Map<number, TransferState>;
  origin: Map<string, Origin>;
  donationKind: Map<string, DonationKind>;
  converted: Map<string, boolean>;
}

function invert<T extends string>(table: Partial<Record<T, string[]>> | undefined): Map<string, T> {
  const map = new Map<string, T>();
  if (!table) return map;
  for (const [value, words] of Object.entries(table) as [T, string[] | undefined][]) {
    for (const word of words ?? []) {
      const key = normalizeWord(word);
      if (!map.has(key)) map.set(key, value);
    }
  }
  return map;
}

export function compileProfile(profile: SourceProfile): CompiledProfile {
  const fieldByHeader = new Map<string, CanonicalField>();
  for (const [field, aliases] of Object.entries(profile.columns) as [
    CanonicalField,
    string[] | undefined,
  ][]) {
    for (const alias of aliases ?? []) {
      const key = normalizeHeader(alias).key;
      if (!fieldByHeader.has(key)) fieldByHeader.set(key, field);
    }
  }
  const transferCodes = new Map<number, TransferState>();
  for (const code of profile.vocab.transferCodes?.sent ?? []) transferCodes.set(code, "sent");
  for (const code of profile.vocab.transferCodes?.failed ?? []) transferCodes.set(code, "failed");
  const converted = new Map<string, boolean>();
  for (const word of profile.vocab.converted?.yes ?? []) converted.set(normalizeWord(word), true);
  for (const word of profile.vocab.converted?.no ?? []) converted.set(normalizeWord(word), false);
  return {
    profile,
    id: profile.id,
    role: profile.reconcileAs ?? (profile.id as BuiltinSource),
    fieldByHeader,
    signature: new Set(profile.signature.map((header) => normalizeHeader(header).key)),
    ignored: new Set(profile.ignore.map((header) => normalizeHeader(header).key)),
    fileNameHints: profile.fileNameHints.map((hint) => hint.normalize("NFC").toLowerCase()),
    approval: invert<Approval>(profile.vocab.approval),
    transfer: invert<TransferState>(profile.vocab.transfer),
    transferCodes,
    origin: invert<Origin>(profile.vocab.origin),
    donationKind: invert<DonationKind>(profile.vocab.donationKind),
    converted,
  };
}
