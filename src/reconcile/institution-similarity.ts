// Institution similarity for pairing (DESIGN §7): legal-form prefixes and spaces do not count; a name
// contained in the other is the same place; otherwise the jamo-level edit distance, normalised to 0…1.

import { disassemble } from "es-hangul";

/** Legal-form marks stripped before comparing (after NFKC, so ㈜ and full-width brackets are covered). */
export const LEGAL_FORMS: readonly string[] = [
  "사회복지법인",
  "사단법인",
  "재단법인",
  "(사)",
  "(재)",
  "(복)",
  "(주)",
];

export function normaliseInstitution(name: string): string {
  let out = name.normalize("NFKC").toLowerCase();
  for (const form of LEGAL_FORMS) out = out.split(form).join("");
  return out.replace(/\s+/gu, "");
}

/** Levenshtein distance on UTF-16 code units (jamo strings are BMP). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Int32Array(b.length + 1);
  let current = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}

/** Similarity with per-run caches of normalised and disassembled names (pure: same inputs, same scores). */
export class InstitutionSimilarity {
  private readonly normalised = new Map<string, string>();
  private readonly jamo = new Map<string, string>();

  private normal(name: string): string {
    let value = this.normalised.get(name);
    if (value === undefined) {
      value = normaliseInstitution(name);
      this.normalised.set(name, value);
    }
    return value;
  }

  private jamoOf(normal: string): string {
    let value = this.jamo.get(normal);
    if (value === undefined) {
      value = disassemble(normal);
      this.jamo.set(normal, value);
    }
    return value;
  }

  /** 1 for the same place (equal or contained after normalising), 0 when either name is empty. */
  score(a: string, b: string): number {
    const na = this.normal(a);
    const nb = this.normal(b);
    if (na.length === 0 || nb.length === 0) return 0;
    if (na === nb || na.includes(nb) || nb.includes(na)) return 1;
    const ja = this.jamoOf(na);
    const jb = this.jamoOf(nb);
    return 1 - editDistance(ja, jb) / Math.max(ja.length, jb.length);
  }
}
