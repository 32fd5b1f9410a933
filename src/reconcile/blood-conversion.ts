// A donation converted in VMS (DESIGN §7): a VMS record of exactly one donation's minutes on the donation
// date whose institution or activity names blood donation is that donation, not a second activity.

import type { CanonicalRecord } from "../model/record.js";
import type { Entry } from "./entry.js";

/** Words that mark a VMS record as a blood-donation conversion (matched case-insensitively). */
export const BLOOD_WORDS: readonly string[] = ["헌혈", "혈액원", "blood"];

function hasBloodWord(text: string): boolean {
  for (const word of BLOOD_WORDS) if (text.includes(word)) return true;
  // Lower-cased only when it could matter: most texts are Hangul, and every 4-hour VMS record is checked.
  return hasAsciiUpper(text) && BLOOD_WORDS.some((word) => text.toLowerCase().includes(word));
}

/**
 * Whether lower-casing could change the text's ASCII words: the words are ASCII, and apart from ASCII capitals
 * only the Kelvin sign (→ k) and İ (→ i̇) lower-case to ASCII letters, neither of which a word holds.
 */
function hasAsciiUpper(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

export function namesBloodDonation(rec: CanonicalRecord): boolean {
  return hasBloodWord(rec.institution) || hasBloodWord(rec.activity);
}

/** A VMS record that looks like a conversion: the donation's minutes and a blood word. */
export function looksLikeConversion(rec: CanonicalRecord, bloodMinutes: number): boolean {
  return rec.minutes === bloodMinutes && namesBloodDonation(rec);
}

/**
 * Each eligible donation (content order) takes the first unused conversion-like VMS record (content
 * order) of its date. `vms` holds only records that are themselves expected (approved or unstated).
 */
export function linkConversions(
  donations: readonly Entry[],
  vms: readonly Entry[],
  bloodMinutes: number,
): Array<{ donation: Entry; conversion: Entry }> {
  const byDate = new Map<number, Entry[]>();
  for (const record of vms) {
    const date = record.rec.date;
    if (date === null || record.period || !looksLikeConversion(record.rec, bloodMinutes)) continue;
    const list = byDate.get(date);
    if (list === undefined) byDate.set(date, [record]);
    else list.push(record);
  }
  const links: Array<{ donation: Entry; conversion: Entry }> = [];
  for (const donation of donations) {
    const date = donation.rec.date;
    if (date === null) continue;
    const conversion = byDate.get(date)?.shift();
    if (conversion !== undefined) links.push({ donation, conversion });
  }
  return links;
}
