// Deterministic generator of council audit exports (DESIGN §9, issue 6): VMS, 1365, Red Cross and blood-donation
// files for ~vmsRows/10 invented people, with planted discrepancies counted in truth.json.
//
//   node bench/dist/generate.js --vms-rows 1000000 --seed 42 --out bench/out/1m
//
// Everything comes from a seeded PRNG (mulberry32) and fixed word lists: the same arguments give byte-identical
// files. Rows are streamed person by person, so memory is bounded by the people table (a few bytes a person).
//
// What is planted (and nothing else should produce an error or warning finding), as of 2026-11-22:
//   VMS approved + 전송성공 + no 1365 credit            → sent-not-received
//   VMS approved, no send data, no 1365 credit          → missing-transfer
//   VMS 대기 / 반려 (no send data, no credit)            → not-approved
//   VMS approved, 1365 credit with fewer whole hours    → hours-mismatch
//   blood donation with no VMS record and no credit     → blood-not-converted
//   Red Cross record with no 1365 credit                → missing-transfer
// Clean records: VMS approved with an equal credit (with or without send data); blood donations converted into a
// 240-minute VMS record (활동내용 헌혈) that is credited; Red Cross records credited with 실적구분 적십자; a few direct
// 1365 credits (실적구분 1365 / 자원봉사센터), which are simply unpaired.
// Every activity of a person falls on a date of its own (so nothing pairs across records and no day exceeds 8 h),
// durations are whole hours, and (name, birthdate) is unique with names on one birthdate at least 3 jamo apart
// (so people resolution is exact and unambiguous).

import { once } from "node:events";
import { createWriteStream, mkdirSync, rmSync, type WriteStream, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

/** Bump when the output for the same arguments changes: the benchmark's cache is keyed on it. */
export const GENERATOR_VERSION = 1;
/** The `--as-of` every planted record is past its latency for. */
export const AS_OF = "2026-11-22";

export const FILE_NAMES = {
  vms: "vms.csv",
  "1365": "1365.csv",
  redcross: "redcross.csv",
  blood: "blood.csv",
} as const;
export type FileKey = keyof typeof FILE_NAMES;
/** The files in the order they are listed and passed to vhr. */
export const FILE_KEYS: readonly FileKey[] = ["vms", "1365", "redcross", "blood"];

// Headers, every one an alias of the built-in profiles (src/sources/*.ts).
export const HEADERS: Record<FileKey, readonly string[]> = {
  vms: [
    "이름",
    "생년월일",
    "휴대폰",
    "봉사일자",
    "수요처",
    "활동내용",
    "봉사시간",
    "승인상태",
    "전송일시",
    "연계결과",
  ],
  "1365": ["성명", "생년월일", "휴대전화번호", "봉사일", "봉사처", "봉사내용", "인정시간", "실적구분"],
  redcross: ["성명", "생년월일", "휴대폰", "봉사회", "봉사일자", "활동내용", "봉사시간"],
  blood: ["성명", "생년월일", "휴대폰", "헌혈일자", "헌혈종류", "헌혈장소", "헌혈증서번호"],
};

export type PlantedKind =
  | "sent-not-received"
  | "missing-transfer"
  | "not-approved"
  | "hours-mismatch"
  | "blood-not-converted";

export interface Truth {
  schema: "vhr.bench-truth/1";
  generator: { version: number; seed: number; vmsRows: number; asOf: string };
  /** Distinct invented people; every one has at least one VMS row. */
  people: number;
  /** Data rows per file (header excluded). */
  rows: Record<FileKey, number>;
  /** Expected `summary.findings` of `vhr check --as-of 2026-11-22`: every other kind is 0. */
  findings: Record<PlantedKind, number>;
  /** How the counts break down, for the reader and for the DuckDB cross-check. */
  detail: {
    vmsApproved: number;
    vmsPending: number;
    vmsRejected: number;
    vmsSentNotReceived: number;
    vmsMissingTransfer: number;
    vmsHoursMismatch: number;
    /** Approved VMS rows with no 1365 row on the same (name, birthdate, date): what the DuckDB anti-join counts. */
    vmsApprovedWithoutCredit: number;
    bloodConverted: number;
    bloodNotConverted: number;
    redcrossCredited: number;
    redcrossMissing: number;
    direct1365: number;
  };
}

export interface GenerateOptions {
  vmsRows: number;
  seed: number;
  outDir: string;
}

// ---------------------------------------------------------------------------------------------------------------
// PRNG

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of two integers (murmur3 finaliser), to derive independent per-person streams. */
function mix32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

type Rng = () => number;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)];

// ---------------------------------------------------------------------------------------------------------------
// Calendar (epoch days, UTC arithmetic on civil dates)

const MS_PER_DAY = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

interface DayStrings {
  dash: string; // 2026-05-03
  dot: string; // 2026.05.03
  compact: string; // 20260503
  year: number;
}
function dayStrings(day: number): DayStrings {
  const d = new Date(day * MS_PER_DAY);
  const y = String(d.getUTCFullYear());
  const m = pad2(d.getUTCMonth() + 1);
  const dd = pad2(d.getUTCDate());
  return {
    dash: `${y}-${m}-${dd}`,
    dot: `${y}.${m}.${dd}`,
    compact: `${y}${m}${dd}`,
    year: d.getUTCFullYear(),
  };
}

const ACTIVITY_FIRST = dayOf(2025, 3, 1);
const ACTIVITY_LAST = dayOf(2026, 10, 31);
/** Red Cross latency is 30 days: keep its activities well before 2026-11-22 − 30 days. */
const REDCROSS_LAST = dayOf(2026, 10, 15);
const BIRTH_FIRST = dayOf(2005, 1, 1);
const BIRTH_LAST = dayOf(2010, 12, 31);
/** Blood donors are at least 16 at their first possible donation (2025-03-01). */
const DONOR_BIRTH_LAST = dayOf(2008, 12, 31);
const ACTIVITY_DAYS = ACTIVITY_LAST - ACTIVITY_FIRST + 1;
const BIRTH_DAYS = BIRTH_LAST - BIRTH_FIRST + 1;

const activityDay: DayStrings[] = Array.from({ length: ACTIVITY_DAYS + 16 }, (_, i) =>
  dayStrings(ACTIVITY_FIRST + i),
);
const birthDay: DayStrings[] = Array.from({ length: BIRTH_DAYS }, (_, i) => dayStrings(BIRTH_FIRST + i));

// ---------------------------------------------------------------------------------------------------------------
// Word lists (invented; no real persons or organisations intended). Syllables avoid compound vowels, compound or
// double consonants, so a jamo sequence is the same whether or not a comparer splits compounds.

const SURNAMES = [
  ..."김이박정강조윤장임한오서신안송전홍고문손양배백허남심노하성차주우구민진지엄채천방공현함변염여추도소석선설마길연표명기반금옥육인맹제모탁국어은편용예경봉",
];
const GIVEN = [
  ..."민준서연지우현수하윤도은예진주채아건태성영재호경나린소율시후유다혜찬규빈온솔미정보람가을한결승리",
];

const INSTITUTION_HEADS = [
  "푸른",
  "하늘",
  "새솔",
  "다온",
  "한빛",
  "누리",
  "보람",
  "은빛",
  "늘봄",
  "해맑은",
  "가온",
  "나래",
  "온누리",
  "참빛",
  "새봄",
  "다솜",
];
interface InstitutionKind {
  tail: string;
  activities: readonly string[];
  /** Registered as a 사단법인: 1365 sometimes writes it with a (사) prefix. */
  corporate: boolean;
}
const INSTITUTION_KINDS: readonly InstitutionKind[] = [
  {
    tail: "종합사회복지관",
    activities: ["급식 보조", "행사 지원", "물품 정리", "경로식당 배식"],
    corporate: true,
  },
  {
    tail: "노인요양원",
    activities: ["말벗 봉사", "산책 동행", "생활 보조", "여가 활동 지원"],
    corporate: true,
  },
  { tail: "지역아동센터", activities: ["학습 지도", "독서 지도", "놀이 지도", "급식 보조"], corporate: true },
  {
    tail: "장애인복지관",
    activities: ["활동 보조", "행사 지원", "환경 정리", "나들이 동행"],
    corporate: true,
  },
  { tail: "작은도서관", activities: ["도서 정리", "책 읽어주기", "대출 반납 보조"], corporate: false },
  { tail: "청소년수련관", activities: ["프로그램 보조", "캠프 운영 지원", "환경 정화"], corporate: false },
  { tail: "푸드뱅크", activities: ["식품 분류", "물품 포장", "배송 보조"], corporate: true },
  { tail: "요양병원", activities: ["말벗 봉사", "환경 정리", "식사 보조"], corporate: false },
  { tail: "행정복지센터", activities: ["환경 정화", "방역 보조", "행사 지원"], corporate: false },
];
const REDCROSS_UNITS = ["한빛", "미래", "새싹", "푸른꿈", "늘푸른", "가람", "다솜", "누리"];
const REDCROSS_KINDS = ["청소년봉사회", "RCY단", "봉사회"];
const REDCROSS_ACTIVITIES = [
  "재난구호 물품 정리",
  "구호품 포장",
  "급식 봉사",
  "안전 캠페인",
  "이웃 돕기 물품 전달",
];
const BLOOD_CENTRES = [
  "헌혈의집 중앙로센터",
  "헌혈의집 역전센터",
  "헌혈의집 대학로센터",
  "헌혈의집 시청앞센터",
  "헌혈의집 터미널센터",
  "헌혈의집 광장센터",
];
const DONATION_KINDS = ["전혈", "전혈", "전혈", "전혈", "혈장성분", "혈소판성분", "혈소판혈장성분"];
const DIRECT_PLACES = [
  "중앙구자원봉사센터",
  "동부구자원봉사센터",
  "서부구자원봉사센터",
  "남부구자원봉사센터",
];

// ---------------------------------------------------------------------------------------------------------------
// Names: jamo distance, so that two people with the same birthdate never look alike to person resolution.

const HANGUL_BASE = 0xac00;
// Compatibility jamo, as es-hangul's disassemble (which vhr's name comparison uses) writes them: an initial ㅇ and a
// final ㅇ are the same letter, so 정다린 and 지아린 are only two edits apart.
const INITIALS = [..."ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"];
const MEDIALS = [..."ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"];
const FINALS = ["", ..."ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"];
/** Jamo code points of a syllable-only name (syllables here have no compound letters to split). */
function jamo(name: string): number[] {
  const out: number[] = [];
  for (const ch of name) {
    const s = ch.codePointAt(0)! - HANGUL_BASE;
    out.push(INITIALS[Math.floor(s / 588)].codePointAt(0)!, MEDIALS[Math.floor(s / 28) % 21].codePointAt(0)!);
    if (s % 28 !== 0) out.push(FINALS[s % 28].codePointAt(0)!);
  }
  return out;
}

const dpPrev = new Int32Array(64);
const dpCur = new Int32Array(64);
/** Levenshtein distance of two short jamo arrays (names: at most ~12 jamo). */
export function editDistance(a: readonly number[], b: readonly number[]): number {
  if (b.length >= dpPrev.length) throw new Error("editDistance: name too long");
  let prev = dpPrev;
  let cur = dpCur;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ai === b[j - 1] ? 0 : 1);
      const del = prev[j] + 1;
      const ins = cur[j - 1] + 1;
      cur[j] = Math.min(sub, del, ins);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length];
}

function isPlainSyllable(ch: string): boolean {
  const s = ch.codePointAt(0)! - HANGUL_BASE;
  if (s < 0 || s > 11171) return false;
  const initial = Math.floor(s / 588);
  const medial = Math.floor(s / 28) % 21;
  const final = s % 28;
  const doubleInitials = [1, 4, 8, 10, 13]; // ㄲ ㄸ ㅃ ㅆ ㅉ
  const compoundMedials = [9, 10, 11, 14, 15, 16, 19]; // ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ
  const compoundFinals = [2, 3, 5, 6, 9, 10, 11, 12, 13, 14, 15, 18, 20]; // ㄲ ㄳ ㄵ ㄶ ㄺ…ㅀ ㅄ ㅆ
  return (
    !doubleInitials.includes(initial) && !compoundMedials.includes(medial) && !compoundFinals.includes(final)
  );
}
for (const ch of [...SURNAMES, ...GIVEN]) {
  if (!isPlainSyllable(ch)) throw new Error(`name syllable ${ch} has a compound or double jamo`);
}

/** Names on one birthdate are at least this many jamo edits apart (the resolver links at one edit). */
const MIN_NAME_DISTANCE = 3;

export interface People {
  count: number;
  names: string[];
  /** Index into birthDay. */
  birth: Int32Array;
  /** 8 digits after 010, unique per person. */
  phones: string[];
  /** VMS rows per person; they add up to vmsRows. */
  vmsCounts: Int32Array;
}

export function buildPeople(vmsRows: number, seed: number): People {
  const rng = mulberry32(mix32(seed, 0x7065_6f70));
  const count = Math.max(1, Math.ceil(vmsRows / 10));

  // VMS rows: 10 each, moved in pairs (±0–5) so the total stays exact; the last person takes the remainder.
  const vmsCounts = new Int32Array(count).fill(10);
  vmsCounts[count - 1] = vmsRows - 10 * (count - 1);
  for (let i = 0; i + 1 < count - 1; i += 2) {
    const d = int(rng, 0, 5);
    vmsCounts[i] -= d;
    vmsCounts[i + 1] += d;
  }

  const birth = new Int32Array(count);
  for (let i = 0; i < count; i++) birth[i] = int(rng, 0, BIRTH_DAYS - 1);

  // Phones: an affine permutation of 0..10^8−1 (multiplier coprime to 10), so no two people share one.
  // Exact in doubles: i × mul is split as i × (hi·10^4 + lo) so that no product reaches 2^53.
  if (count > 100_000_000) throw new Error("at most 10^8 people (phone numbers)");
  const M = 100_000_000;
  const mul = int(rng, 1_000_000, 9_999_999) * 10 + pick(rng, [1, 3, 7, 9]);
  const mulHi = Math.floor(mul / 10_000);
  const mulLo = mul % 10_000;
  const add = int(rng, 0, M - 1);
  const phones: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const x = (((((i * mulHi) % M) * 10_000) % M) + i * mulLo + add) % M;
    phones[i] = String(x).padStart(8, "0");
  }

  // Names: per birthdate, draw until the name is far enough from every name already on that birthdate.
  const byBirth = new Map<number, number[][]>();
  const names: string[] = new Array(count);
  for (let i = 0; i < count; i++) {
    let taken = byBirth.get(birth[i]);
    if (taken === undefined) {
      taken = [];
      byBirth.set(birth[i], taken);
    }
    for (let attempt = 0; ; attempt++) {
      if (attempt > 10_000) throw new Error("cannot find a distinct name: too many people per birthdate");
      const g1 = pick(rng, GIVEN);
      let g2 = pick(rng, GIVEN);
      while (g2 === g1) g2 = pick(rng, GIVEN);
      const name = pick(rng, SURNAMES) + g1 + g2;
      const code = jamo(name);
      if (taken.every((other) => editDistance(code, other) >= MIN_NAME_DISTANCE)) {
        taken.push(code);
        names[i] = name;
        break;
      }
    }
  }
  return { count, names, birth, phones, vmsCounts };
}

// ---------------------------------------------------------------------------------------------------------------
// Streaming output

class CsvOut {
  private parts: string[] = [];
  private size = 0;
  rows = 0;
  private readonly stream: WriteStream;

  constructor(
    path: string,
    header: readonly string[],
    private readonly eol: string,
    bom: boolean,
  ) {
    this.stream = createWriteStream(path);
    this.parts.push((bom ? "\uFEFF" : "") + header.join(",") + eol);
  }

  /** Cells are built from fixed word lists without commas, quotes or newlines: no quoting is needed. */
  row(cells: string): void {
    this.parts.push(cells, this.eol);
    this.size += cells.length;
    this.rows++;
  }

  async maybeFlush(): Promise<void> {
    if (this.size >= 1 << 18) await this.flush();
  }

  private async flush(): Promise<void> {
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, "finish");
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

/** Planting rates, per VMS row that is not a blood conversion (cumulative thresholds on one draw). */
const RATE = {
  pending: 0.03,
  rejected: 0.01,
  sentNotReceived: 0.01,
  missingTransfer: 0.01,
  hoursMismatch: 0.006,
  /** Approved and credited rows that carry send data (전송일시 + 전송성공). */
  withSendData: 0.7,
  bloodDonor: 0.06,
  secondDonation: 0.25,
  bloodConverted: 0.65,
  redcrossMember: 0.08,
  secondRedcross: 0.4,
  redcrossMissing: 0.08,
  direct1365: 0.03,
};

/** Cumulative thresholds of RATE for the one draw that decides a VMS row's fate. */
const CUT = {
  pending: RATE.pending,
  rejected: RATE.pending + RATE.rejected,
  sentNotReceived: RATE.pending + RATE.rejected + RATE.sentNotReceived,
  missingTransfer: RATE.pending + RATE.rejected + RATE.sentNotReceived + RATE.missingTransfer,
  hoursMismatch:
    RATE.pending + RATE.rejected + RATE.sentNotReceived + RATE.missingTransfer + RATE.hoursMismatch,
};

interface VmsRow {
  day: number; // index into activityDay
  line: string;
}

function hoursDraw(rng: Rng): number {
  const r = rng();
  if (r < 0.15) return 1;
  if (r < 0.45) return 2;
  if (r < 0.7) return 3;
  if (r < 0.9) return 4;
  return int(rng, 5, 8);
}

/** VMS 봉사시간: a bare number of hours, `N시간`, or a clock range (the link table's form). */
function vmsDuration(rng: Rng, hours: number): string {
  const r = rng();
  if (r < 0.7) return String(hours);
  if (r < 0.8) return `${hours}시간`;
  const start = int(rng, 8, 20 - hours);
  return `${pad2(start)}:00~${pad2(start + hours)}:00`;
}

/** 1365 인정시간: hours, `N시간` or minutes `N분` (1365 keeps minutes). */
function creditDuration(rng: Rng, hours: number): string {
  const r = rng();
  if (r < 0.6) return String(hours);
  if (r < 0.85) return `${hours}시간`;
  return `${hours * 60}분`;
}

/** Stray spaces as typed by hand into 1365: around or inside a name, around an institution or a date. */
function strayName(rng: Rng, name: string): string {
  const r = rng();
  if (r < 0.03) return `${name} `;
  if (r < 0.05) return `${name[0]} ${name.slice(1)}`;
  if (r < 0.06) return ` ${name}`;
  return name;
}
function strayAround(rng: Rng, value: string, rate: number): string {
  const r = rng();
  if (r < rate / 2) return `${value} `;
  if (r < rate) return ` ${value}`;
  return value;
}

/** 전송일시: 0–10 days after the activity, office hours, sometimes a date alone (전송일자 style). */
function sentAt(rng: Rng, day: number): string {
  const d = activityDay[day + int(rng, 0, 10)].dash;
  if (rng() < 0.1) return d;
  return `${d} ${pad2(int(rng, 9, 21))}:${pad2(int(rng, 0, 59))}`;
}

export async function generate(options: GenerateOptions): Promise<Truth> {
  const { vmsRows, seed, outDir } = options;
  if (!Number.isInteger(vmsRows) || vmsRows < 1)
    throw new Error(`--vms-rows must be a positive integer: ${vmsRows}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new Error(`--seed must be a uint32: ${seed}`);
  mkdirSync(outDir, { recursive: true });
  const truthPath = join(outDir, "truth.json");
  rmSync(truthPath, { force: true }); // written last: its presence marks a complete set

  const people = buildPeople(vmsRows, seed);
  const vms = new CsvOut(join(outDir, FILE_NAMES.vms), HEADERS.vms, "\r\n", true); // Excel-style export
  const p1365 = new CsvOut(join(outDir, FILE_NAMES["1365"]), HEADERS["1365"], "\n", false);
  const redcross = new CsvOut(join(outDir, FILE_NAMES.redcross), HEADERS.redcross, "\n", false);
  const blood = new CsvOut(join(outDir, FILE_NAMES.blood), HEADERS.blood, "\n", false);

  const detail: Truth["detail"] = {
    vmsApproved: 0,
    vmsPending: 0,
    vmsRejected: 0,
    vmsSentNotReceived: 0,
    vmsMissingTransfer: 0,
    vmsHoursMismatch: 0,
    vmsApprovedWithoutCredit: 0,
    bloodConverted: 0,
    bloodNotConverted: 0,
    redcrossCredited: 0,
    redcrossMissing: 0,
    direct1365: 0,
  };
  let certificate = 0;

  for (let p = 0; p < people.count; p++) {
    const rng = mulberry32(mix32(seed, p + 1));
    const name = people.names[p];
    const bd = birthDay[people.birth[p]];
    const digits = people.phones[p];
    const phoneDash = `010-${digits.slice(0, 4)}-${digits.slice(4)}`;
    const phoneDigits = `010${digits}`;
    const vmsId = `${name},${bd.dash},${phoneDash}`;
    const used = new Set<number>();
    const freeDay = (last: number): number => {
      for (;;) {
        const d = int(rng, 0, last);
        if (!used.has(d)) {
          used.add(d);
          return d;
        }
      }
    };
    const vmsOut: VmsRow[] = [];
    const creditOut: VmsRow[] = [];
    const redcrossOut: VmsRow[] = [];
    const bloodOut: VmsRow[] = [];
    const credit = (day: number, place: string, activity: string, hours: number, origin: string): void => {
      const cells = [
        strayName(rng, name),
        bd.compact,
        phoneDigits,
        strayAround(rng, activityDay[day].dot, 0.01),
        strayAround(rng, place, 0.03),
        activity,
        creditDuration(rng, hours),
        origin,
      ];
      creditOut.push({ day, line: cells.join(",") });
    };
    const vmsOrigin = (): string => (rng() < 0.9 ? "VMS" : "한국사회복지협의회");
    const approvedWord = (): string => (rng() < 0.8 ? "승인" : "승인완료");

    // Blood donations (donors born by 2008): converted ones become a 240-minute VMS 헌혈 record, credited in 1365.
    let vmsLeft = people.vmsCounts[p];
    if (people.birth[p] <= DONOR_BIRTH_LAST - BIRTH_FIRST && rng() < RATE.bloodDonor) {
      const donations = rng() < RATE.secondDonation ? 2 : 1;
      const days: number[] = [];
      while (days.length < donations) {
        const d = int(rng, 0, ACTIVITY_DAYS - 1);
        if (used.has(d) || days.some((other) => Math.abs(other - d) < 60)) continue;
        used.add(d);
        days.push(d);
      }
      for (const d of days) {
        const centre = pick(rng, BLOOD_CENTRES);
        certificate++;
        const cert = `${String(activityDay[d].year).slice(2)}-${pad2(int(rng, 1, 16))}-${String(certificate).padStart(6, "0")}`;
        bloodOut.push({
          day: d,
          line: `${name},${bd.dash},${phoneDash},${activityDay[d].dash},${pick(rng, DONATION_KINDS)},${centre},${cert}`,
        });
        if (vmsLeft > 0 && rng() < RATE.bloodConverted) {
          vmsLeft--;
          detail.bloodConverted++;
          detail.vmsApproved++;
          const send = rng() < RATE.withSendData ? `${sentAt(rng, d)},전송성공` : ",";
          vmsOut.push({
            day: d,
            line: `${vmsId},${activityDay[d].dash},${centre},헌혈,4,${approvedWord()},${send}`,
          });
          credit(d, centre, "헌혈", 4, vmsOrigin());
        } else {
          detail.bloodNotConverted++;
        }
      }
    }

    // Ordinary VMS records.
    for (let j = 0; j < vmsLeft; j++) {
      const day = freeDay(ACTIVITY_DAYS - 1);
      const kind = pick(rng, INSTITUTION_KINDS);
      const place = pick(rng, INSTITUTION_HEADS) + kind.tail;
      const activity = pick(rng, kind.activities);
      let hours = hoursDraw(rng);
      const head = `${vmsId},${activityDay[day].dash},${place},${activity}`;
      const r = rng();
      if (r < CUT.pending) {
        detail.vmsPending++;
        vmsOut.push({ day, line: `${head},${vmsDuration(rng, hours)},대기,,` });
        continue;
      }
      if (r < CUT.rejected) {
        detail.vmsRejected++;
        vmsOut.push({ day, line: `${head},${vmsDuration(rng, hours)},반려,,` });
        continue;
      }
      detail.vmsApproved++;
      if (r < CUT.sentNotReceived) {
        detail.vmsSentNotReceived++;
        detail.vmsApprovedWithoutCredit++;
        vmsOut.push({
          day,
          line: `${head},${vmsDuration(rng, hours)},${approvedWord()},${sentAt(rng, day)},전송성공`,
        });
        continue;
      }
      if (r < CUT.missingTransfer) {
        detail.vmsMissingTransfer++;
        detail.vmsApprovedWithoutCredit++;
        vmsOut.push({ day, line: `${head},${vmsDuration(rng, hours)},${approvedWord()},,` });
        continue;
      }
      let creditHours = hours;
      if (r < CUT.hoursMismatch) {
        detail.vmsHoursMismatch++;
        if (hours < 2) hours = int(rng, 2, 4);
        creditHours = int(rng, 1, hours - 1);
      }
      const send = rng() < RATE.withSendData ? `${sentAt(rng, day)},전송성공` : ",";
      vmsOut.push({ day, line: `${head},${vmsDuration(rng, hours)},${approvedWord()},${send}` });
      const creditPlace = kind.corporate && rng() < 0.25 ? `(사)${place}` : place;
      credit(day, creditPlace, activity, creditHours, vmsOrigin());
    }

    // Red Cross: credited automatically (실적구분 적십자), a few never arrive. Dates stay past the 30-day latency.
    if (rng() < RATE.redcrossMember) {
      const unit = pick(rng, REDCROSS_UNITS) + pick(rng, REDCROSS_KINDS);
      const n = rng() < RATE.secondRedcross ? 2 : 1;
      for (let j = 0; j < n; j++) {
        const day = freeDay(REDCROSS_LAST - ACTIVITY_FIRST);
        const activity = pick(rng, REDCROSS_ACTIVITIES);
        const hours = int(rng, 1, 4);
        redcrossOut.push({
          day,
          line: `${name},${bd.dash},${phoneDash},${unit},${activityDay[day].dash},${activity},${hours}`,
        });
        if (rng() < RATE.redcrossMissing) {
          detail.redcrossMissing++;
        } else {
          detail.redcrossCredited++;
          credit(day, unit, activity, hours, rng() < 0.8 ? "적십자" : "대한적십자사");
        }
      }
    }

    // Direct 1365 activity (no upstream): unpaired, no finding.
    if (rng() < RATE.direct1365) {
      const day = freeDay(ACTIVITY_DAYS - 1);
      detail.direct1365++;
      credit(
        day,
        pick(rng, DIRECT_PLACES),
        pick(rng, ["환경 정화", "캠페인 참여", "행사 안내"]),
        int(rng, 1, 4),
        rng() < 0.5 ? "1365" : "자원봉사센터",
      );
    }

    // Each export lists a person's rows by date; the per-person block order is the person order.
    for (const [rows, out] of [
      [vmsOut, vms],
      [creditOut, p1365],
      [redcrossOut, redcross],
      [bloodOut, blood],
    ] as const) {
      rows.sort((a, b) => a.day - b.day);
      for (const row of rows) out.row(row.line);
    }
    if ((p & 255) === 255) {
      await Promise.all([vms.maybeFlush(), p1365.maybeFlush(), redcross.maybeFlush(), blood.maybeFlush()]);
    }
  }
  await Promise.all([vms.close(), p1365.close(), redcross.close(), blood.close()]);

  if (vms.rows !== vmsRows) throw new Error(`internal: wrote ${vms.rows} VMS rows, expected ${vmsRows}`);
  const truth: Truth = {
    schema: "vhr.bench-truth/1",
    generator: { version: GENERATOR_VERSION, seed, vmsRows, asOf: AS_OF },
    people: people.count,
    rows: { vms: vms.rows, "1365": p1365.rows, redcross: redcross.rows, blood: blood.rows },
    findings: {
      "sent-not-received": detail.vmsSentNotReceived,
      "missing-transfer": detail.vmsMissingTransfer + detail.redcrossMissing,
      "not-approved": detail.vmsPending + detail.vmsRejected,
      "hours-mismatch": detail.vmsHoursMismatch,
      "blood-not-converted": detail.bloodNotConverted,
    },
    detail,
  };
  writeFileSync(truthPath, `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

function parseArgs(argv: readonly string[]): GenerateOptions {
  const options: GenerateOptions = { vmsRows: 100_000, seed: 42, outDir: "" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes("=")
      ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
      : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--vms-rows") options.vmsRows = Number(value().replaceAll("_", ""));
    else if (flag === "--seed") options.seed = Number(value());
    else if (flag === "--out") options.outDir = value();
    else if (flag === "--help" || flag === "-h") {
      process.stdout.write(
        "usage: node bench/dist/generate.js --vms-rows N [--seed 42] --out DIR\n" +
          "writes DIR/{vms,1365,redcross,blood}.csv and DIR/truth.json (expected findings as of 2026-11-22)\n",
      );
      process.exit(0);
    } else throw new Error(`unknown argument: ${arg}`);
  }
  if (options.outDir === "") options.outDir = join("bench", "out", `n${options.vmsRows}-s${options.seed}`);
  return options;
}

async function main(): Promise<void> {
  try {
    const options = parseArgs(process.argv.slice(2));
    const started = process.hrtime.bigint();
    const truth = await generate(options);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `${JSON.stringify({ out: resolve(options.outDir), seconds: Number(seconds.toFixed(2)), people: truth.people, rows: truth.rows, findings: truth.findings })}\n`,
    );
  } catch (error) {
    process.stderr.write(`generate: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
