// Header cells → which column feeds which field, for one file. Resident-number columns are dropped here,
// before any row is read, so their values never reach a record (PIPA Art. 24-2: we have no legal basis).

import type { CanonicalField, ColumnMapping, FileWarning } from "../model/record.js";
import { normalizeHeader } from "../normalize/text.js";
import type { CompiledProfile } from "./compile-profile.js";

export interface ColumnPlan {
  mappings: ColumnMapping[];
  /** Column index per field (the first column mapped to it), -1 when absent. */
  index: Record<CanonicalField, number>;
  /** Header text per field, for messages. */
  header: Partial<Record<CanonicalField, string>>;
  /** Unit announced by the duration header's suffix (`봉사시간(분)`), overriding the profile default. */
  durationUnit: "hours" | "minutes" | null;
  headerCount: number;
  hasIdentity: boolean;
  warnings: FileWarning[];
}

export function headerKeys(cells: readonly string[]): string[] {
  return cells.map((cell) => normalizeHeader(cell).key);
}

export function planColumns(cells: readonly string[], compiled: CompiledProfile): ColumnPlan {
  const index = {} as Record<CanonicalField, number>;
  for (const field of compiled.fieldByHeader.values()) index[field] = -1;
  const header: Partial<Record<CanonicalField, string>> = {};
  const mappings: ColumnMapping[] = [];
  const warnings: FileWarning[] = [];
  const unmapped: string[] = [];
  let durationUnit: "hours" | "minutes" | null = null;
  cells.forEach((raw, i) => {
    const text = raw.replace(/^\uFEFF/, "").trim();
    const { key, unit } = normalizeHeader(raw);
    const field = compiled.fieldByHeader.get(key) ?? null;
    if (field === "rrn") {
      warnings.push({ code: "rrn-column-dropped", detail: { column: text, columnNumber: i + 1 } });
      mappings.push({ header: text, field: null });
      return;
    }
    if (field !== null && index[field] !== undefined && index[field] >= 0) {
      warnings.push({
        code: "duplicate-header",
        detail: { column: text, columnNumber: i + 1, field, first: header[field] ?? "" },
      });
      mappings.push({ header: text, field: null });
      return;
    }
    if (field === null) {
      if (text.length > 0 && !compiled.ignored.has(key)) unmapped.push(text);
      mappings.push({ header: text, field: null });
      return;
    }
    index[field] = i;
    header[field] = text;
    if (field === "duration" && unit) durationUnit = unit;
    mappings.push({ header: text, field });
  });
  if (unmapped.length > 0)
    warnings.push({ code: "unmapped-columns", detail: { columns: unmapped.join(", ") } });
  const has = (field: CanonicalField) => index[field] !== undefined && index[field] >= 0;
  const hasIdentity = has("name") || has("birthdate") || has("phone") || has("memberId");
  return { mappings, index, header, durationUnit, headerCount: cells.length, hasIdentity, warnings };
}
