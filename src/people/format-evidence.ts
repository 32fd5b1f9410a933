// Evidence of a link as one line, for `vhr people` and the report: pure, returns the string.
//   en: name exact · birthdate exact · phone different (010-****-1234 / 010-****-9876)
//   ko: 이름 일치 · 생년월일 일치 · 휴대폰 다름 (010-****-1234 / 010-****-9876)
// Values are shown (through `mask`) for every level except exact and missing, where they add nothing.

import type { FieldEvidence } from "../model/person.js";

export type IdentityField = "name" | "birthdate" | "phone";
export type EvidenceLang = "ko" | "en";

export interface IdentityValues {
  name: string | null;
  birthdate: string | null;
  phone: string | null;
}

/** The two sides of the link: `left` the source-person that joined, `right` the one it was compared with. */
export interface EvidenceValues {
  left: IdentityValues;
  right: IdentityValues;
}

export type MaskValue = (field: IdentityField, value: string) => string;

const FIELDS: readonly IdentityField[] = ["name", "birthdate", "phone"];

const FIELD_LABEL: Record<EvidenceLang, Record<IdentityField, string>> = {
  en: { name: "name", birthdate: "birthdate", phone: "phone" },
  ko: { name: "이름", birthdate: "생년월일", phone: "휴대폰" },
};

const LEVEL_LABEL: Record<EvidenceLang, Record<string, string>> = {
  en: {
    exact: "exact",
    "masked-compatible": "masked-compatible",
    "jamo-edit": "jamo-edit",
    "surname-variant": "surname-variant",
    "same-yymmdd": "same-yymmdd",
    "swap-or-digit": "swap-or-digit",
    legacy: "legacy",
    different: "different",
    missing: "missing",
  },
  ko: {
    exact: "일치",
    "masked-compatible": "마스킹 일치",
    "jamo-edit": "한 자모 차이",
    "surname-variant": "성씨 표기 차이",
    "same-yymmdd": "앞 6자리 일치",
    "swap-or-digit": "월·일 바뀜 또는 한 자리 다름",
    legacy: "옛 번호 일치",
    different: "다름",
    missing: "없음",
  },
};

export function formatEvidence(
  evidence: FieldEvidence,
  values: EvidenceValues,
  lang: EvidenceLang,
  mask: MaskValue,
): string {
  const show = (field: IdentityField, value: string | null): string =>
    value === null || value === "" ? "—" : mask(field, value);
  return FIELDS.map((field) => {
    const level = evidence[field];
    const text = `${FIELD_LABEL[lang][field]} ${LEVEL_LABEL[lang][level]}`;
    if (level === "exact" || level === "missing") return text;
    return `${text} (${show(field, values.left[field])} / ${show(field, values.right[field])})`;
  }).join(" · ");
}
