// Shared helpers for normalised identity values (see `Identity` in model/record.ts): the normaliser has
// already turned every mask character into `*`.

export const MASK = "*";

export function isMasked(value: string): boolean {
  return value.includes(MASK);
}

/** True when no character is visible: such a value carries no information and is treated as missing. */
export function isFullyMasked(value: string): boolean {
  // Code units rather than code points: a surrogate is neither `*` nor `-` either.
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c !== 0x2a && c !== 0x2d) return false;
  }
  return true;
}

/** `null`, empty and fully masked values are all "missing" for comparison purposes. */
export function present(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value !== "" && !isFullyMasked(value);
}

/**
 * Same length, every position either masked on one side or equal, and at least one position visible on
 * both sides (so `홍**` vs `*길동` is not compatible: nothing shown agrees).
 */
export function maskCompatible(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  let shared = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === MASK || y === MASK) continue;
    if (x !== y) return false;
    shared++;
  }
  return shared > 0;
}
