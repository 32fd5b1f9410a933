// Personal data in the report: identity values are masked unless --show-pii (one rule everywhere, from
// normalize/mask), and free text goes through maskResidentNumbers as a last line of defence.

import { maskBirthdate, maskMemberId, maskName, maskPhone, maskResidentNumbers } from "../normalize/mask.js";
import type { IdentityField } from "./messages/catalogue.js";

export type ShowIdentity = (field: IdentityField, value: string) => string;

/** `01012345678` → `010-1234-5678` (masked digits `*` kept); anything else unchanged. */
export function formatPhone(phone: string): string {
  if (/^[\d*]{11}$/.test(phone)) return `${phone.slice(0, 3)}-${phone.slice(3, 7)}-${phone.slice(7)}`;
  if (/^02[\d*]{8}$/.test(phone)) return `${phone.slice(0, 2)}-${phone.slice(2, 6)}-${phone.slice(6)}`;
  if (/^02[\d*]{7}$/.test(phone)) return `${phone.slice(0, 2)}-${phone.slice(2, 5)}-${phone.slice(5)}`;
  if (/^[\d*]{10}$/.test(phone)) return `${phone.slice(0, 3)}-${phone.slice(3, 6)}-${phone.slice(6)}`;
  return phone;
}

/** How identity values are shown: masked by default; as normalised (phones with dashes) under --show-pii. */
export function identityShower(showPii: boolean): ShowIdentity {
  // Shown, but never a resident number: a name cell can hold one (`홍길동 080315-3123456` still reads as a name).
  if (showPii) return (field, value) => (field === "phone" ? formatPhone(value) : maskResidentNumbers(value));
  return (field, value) => {
    switch (field) {
      case "name":
        return maskName(value);
      case "birthdate":
        return maskBirthdate(value);
      case "phone":
        return maskPhone(value);
    }
  };
}

/** A list of member ids joined with ", " (duplicate-account's `memberIds`), each masked. */
export function maskMemberIds(ids: string): string {
  return ids
    .split(",")
    .map((id) => maskMemberId(id.trim()))
    .join(", ");
}

/** Shows a nullable identity value. */
export function showOrNull(show: ShowIdentity, field: IdentityField, value: string | null): string | null {
  return value === null || value === "" ? null : show(field, value);
}

/** Free text (institution, activity, raw words, paths, rejected values): resident numbers masked. */
export function scrub(text: string): string;
export function scrub(text: string | null): string | null;
export function scrub(text: string | null): string | null {
  return text === null ? null : maskResidentNumbers(text);
}
