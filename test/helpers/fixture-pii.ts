// The personal data of a folder of fixtures, read from the files themselves (not from vhr), in every form it
// could leak in: names as written; phones with and without dashes, spaces or dots, with +82, or without the
// leading 0 (as Excel writes them); birthdates in every notation vhr reads (2008-03-05, 20080305, 080305,
// 2008.03.05, 2008. 3. 5., 2008/03/05, 2008년 3월 5일). Used to prove that outputs mask them by default.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

const NAME_HEADERS = ["성명", "이름", "봉사자명", "회원명"];
const BIRTHDATE_HEADERS = ["생년월일", "생일", "출생일"];
const PHONE_HEADERS = ["휴대폰", "휴대폰번호", "휴대전화", "휴대전화번호", "핸드폰", "연락처", "전화번호"];
const MEMBER_ID_HEADERS = ["아이디", "회원ID"];

export interface FixturePii {
  /** Full names as written in the files. */
  names: string[];
  /** Birthdates as `YYYY-MM-DD`. */
  birthdates: string[];
  /** Phones as 11 digits (`01000001234`). */
  phones: string[];
  /** Member (account) ids. */
  memberIds: string[];
}

function column(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(h.trim()));
}

/** Every identity value of every `*.csv` of a folder (files with a header on their first line). */
export function readFixturePii(folder: string): FixturePii {
  const names = new Set<string>();
  const birthdates = new Set<string>();
  const phones = new Set<string>();
  const memberIds = new Set<string>();
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".csv"))) {
    const rows = parse(readFileSync(join(folder, file)), {
      bom: true,
      relax_column_count: true,
    }) as string[][];
    const [header, ...data] = rows;
    const at = {
      name: column(header, NAME_HEADERS),
      birthdate: column(header, BIRTHDATE_HEADERS),
      phone: column(header, PHONE_HEADERS),
      memberId: column(header, MEMBER_ID_HEADERS),
    };
    for (const row of data) {
      const cell = (i: number) => (i >= 0 ? (row[i] ?? "").trim() : "");
      if (cell(at.name)) names.add(cell(at.name));
      const digits = cell(at.birthdate).replace(/\D/g, "");
      if (digits.length === 8)
        birthdates.add(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`);
      const phone = cell(at.phone).replace(/\D/g, "");
      if (phone.length === 11) phones.add(phone);
      if (cell(at.memberId)) memberIds.add(cell(at.memberId));
    }
  }
  const sorted = (set: Set<string>) => [...set].sort();
  return {
    names: sorted(names),
    birthdates: sorted(birthdates),
    phones: sorted(phones),
    memberIds: sorted(memberIds),
  };
}

/** `01000001234` in every form a phone could be printed in. */
export function phoneForms(phone: string): string[] {
  const [a, b, c] = [phone.slice(0, 3), phone.slice(3, 7), phone.slice(7)];
  return [
    phone,
    `${a}-${b}-${c}`,
    `${a} ${b} ${c}`,
    `${a}.${b}.${c}`,
    `${b}-${c}`,
    `${b}${c}`,
    `+82 ${a.slice(1)}-${b}-${c}`,
    `82-${a.slice(1)}-${b}-${c}`,
    phone.slice(1),
  ];
}

/** `2008-03-05` in every form a birthdate could be printed in. */
export function birthdateForms(date: string): string[] {
  const [y, m, d] = date.split("-");
  const mm = String(Number(m));
  const dd = String(Number(d));
  return [
    date,
    `${y}${m}${d}`,
    `${y.slice(2)}${m}${d}`,
    `${y.slice(2)}-${m}-${d}`,
    `${y}.${m}.${d}`,
    `${y}. ${mm}. ${dd}.`,
    `${y}/${m}/${d}`,
    `${y}년 ${mm}월 ${dd}일`,
  ];
}

/** Every form of every value of `pii` that occurs in `text`. */
export function leakedPii(text: string, pii: FixturePii, withMemberIds = true): string[] {
  const forms = [
    ...pii.names,
    ...pii.phones.flatMap(phoneForms),
    ...pii.birthdates.flatMap(birthdateForms),
    ...(withMemberIds ? pii.memberIds : []),
  ];
  return forms.filter((form) => text.includes(form));
}
