// Korean catalogue. Sentences avoid particles after variable words (which would need 이/가, 을/를 by the
// word's last sound): a variable is followed by a fixed noun or set off by a colon or parentheses.

import { formatDay } from "../../model/day.js";
import type { Tier } from "../../model/person.js";
import type { BuiltinSource, CanonicalField } from "../../model/record.js";
import type { BinaryKind } from "../../model/vhr-error.js";
import {
  type Catalogue,
  type FatalDetails,
  type FindingContext,
  hoursAndMinutes,
  type IdentityField,
  type RecordFacts,
  recordFactList,
  type UsageFormat,
} from "./catalogue.js";

/** Donation kinds with the names bloodinfo.net uses. */
const DONATION_KINDS: Record<string, string> = {
  whole: "전혈",
  plasma: "혈장성분",
  platelet: "혈소판성분",
  "platelet-plasma": "혈소판혈장성분",
};

const fm = (minutes: number): string => hoursAndMinutes(minutes, "시간", "분");

const SOURCES: Record<BuiltinSource, string> = {
  vms: "VMS",
  "1365": "1365",
  redcross: "적십자",
  blood: "헌혈",
  culture: "문화품앗이",
};

const src = (source: string | null): string =>
  source === null ? "원본" : Object.hasOwn(SOURCES, source) ? SOURCES[source as BuiltinSource] : source;

const FIELDS: Record<CanonicalField, string> = {
  name: "이름",
  birthdate: "생년월일",
  phone: "휴대폰",
  memberId: "아이디",
  rrn: "주민등록번호",
  date: "봉사일",
  period: "활동기간",
  timeRange: "봉사시간(시각 범위)",
  start: "시작시간",
  end: "종료시간",
  duration: "봉사시간",
  institution: "수요처(기관)",
  activity: "활동내역",
  seq: "순번",
  approval: "승인상태",
  transferKind: "연계구분",
  transferAt: "전송일시",
  transferResult: "연계결과",
  transferCode: "결과코드",
  origin: "실적구분",
  donationKind: "헌혈종류",
  certificateNo: "헌혈증서번호",
  converted: "전환여부",
};

/** Identity fields with their subject particle (이름이, 생년월일이, 휴대폰 번호가) and object particle. */
const ID_FIELD: Record<IdentityField, { subject: string; object: string }> = {
  name: { subject: "이름이", object: "이름을" },
  birthdate: { subject: "생년월일이", object: "생년월일을" },
  phone: { subject: "휴대폰 번호가", object: "휴대폰 번호를" },
};

const TIERS: Record<Tier, string> = { exact: "정확", strong: "강함", conflict: "충돌" };
const tier = (t: string): string => (Object.hasOwn(TIERS, t) ? TIERS[t as Tier] : t);

const fieldName = (field: string): string =>
  field
    .split("|")
    .map((f) => (Object.hasOwn(FIELDS, f) ? FIELDS[f as CanonicalField] : f))
    .join(" 또는 ");

/** `VMS 기록(2026-09-10, 가람센터, 여가선용, 2시간)`. */
function rec(f: RecordFacts, noun = "기록"): string {
  const facts = recordFactList(f, fm);
  const head = noun === "" ? src(f.source) : `${src(f.source)} ${noun}`;
  return facts === "" ? head : `${head}(${facts})`;
}

const credit = (f: RecordFacts): string => rec({ ...f, source: "1365" }, "실적");

const SEND_VMS =
  "VMS에서 1365로 보내세요: 마이페이지 → 1365연계에서 일괄전송합니다(1시간에 1회만 가능). " +
  "VMS와 1365 두 사이트 모두 연계 동의가 되어 있어야 하며, 보낸 뒤 만 24시간이 지나면 1365에 보입니다.";
const REDCROSS =
  "적십자 → 1365 연계 동의를 갱신하세요(동의는 2년마다 갱신). 적십자에 등록된 생년월일이 주민등록과 같아야 하고, " +
  "적십자 회원 가입이 두 개이면 하나로 정리해야 합니다.";
const CULTURE_LINK = "문화품앗이에서 이 날의 기록을 연계신청하세요. 1365에 도착하기까지 최대 2~3일 걸립니다.";
const CONVERT_BLOOD =
  "VMS에서 봉사인증 → 헌혈실적연계 → 봉사시간 전환을 한 뒤, 그 기록을 1365로 보내세요" +
  "(마이페이지 → 1365연계 → 일괄전송).";
const BOTH_CONSENT =
  "VMS와 1365 두 사이트 모두 연계 동의했는지, 두 사이트의 이름·생년월일·휴대폰 번호가 똑같은지 확인한 뒤 " +
  "다시 보내세요(VMS 마이페이지 → 1365연계 → 재전송).";

function sendRemedy(ctx: FindingContext): string {
  switch (ctx.role) {
    case "vms":
      return SEND_VMS;
    case "redcross":
      return REDCROSS;
    case "culture":
      return CULTURE_LINK;
    case "blood":
      return CONVERT_BLOOD;
    default:
      return "기록을 만든 기관에 1365 등록을 요청하세요.";
  }
}

function resend(ctx: FindingContext): string {
  switch (ctx.role) {
    case "vms":
      return "그다음 VMS에서 다시 보내세요(마이페이지 → 1365연계 → 재전송).";
    case "culture":
      return "그다음 문화품앗이에서 다시 연계신청하세요.";
    case "redcross":
      return "그다음 적십자 연계 동의를 갱신하세요(2년마다 갱신).";
    default:
      return "그다음 다시 보내세요.";
  }
}

const q = (value: string | null): string => (value === null || value === "" ? "(빈 값)" : `"${value}"`);

/** `a.csv:14, '봉사일' 열` or `a.csv:14`. */
function place(ctx: { path: string; line: number; column: string | null }): string {
  return ctx.column === null ? `${ctx.path}:${ctx.line}` : `${ctx.path}:${ctx.line}, '${ctx.column}' 열`;
}

function fieldNote(field: CanonicalField | undefined): string {
  return field === undefined ? "" : ` (${FIELDS[field]})`;
}

/** The field note, left out when the message already says it (`날짜로 읽을 수 없습니다` needs no `(봉사일)`). */
function fieldNoteUnless(field: CanonicalField | undefined, obvious: CanonicalField): string {
  return field === obvious ? "" : fieldNote(field);
}

const DATE_FORMS = "YYYY-MM-DD (또는 YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일)";

const USAGE_FORMATS: Record<UsageFormat, string> = {
  date: "YYYY-MM-DD",
  "date-or-datetime": "YYYY-MM-DD 또는 YYYY-MM-DD HH:MM",
};

/** What a usage error's value must be, from its facts. */
function usageExpected(d: FatalDetails["usage"]): string | undefined {
  if (d.format !== undefined) return USAGE_FORMATS[d.format];
  if (d.min !== undefined && d.max !== undefined) return `${d.min}부터 ${d.max}까지의 정수`;
  if (d.choices !== undefined) return `${d.choices} 중 하나`;
  return d.expected;
}

function usageMessage(d: FatalDetails["usage"]): string {
  const didYouMean = d.suggestion ? ` (혹시 ${d.suggestion}?)` : "";
  switch (d.problem) {
    case "unknown-option":
      return `알 수 없는 옵션: ${d.option}${didYouMean}`;
    case "unknown-command":
      return `알 수 없는 명령: ${d.value}${didYouMean}`;
    case "missing-option-value":
      return `옵션 ${d.option}: 값이 빠졌습니다`;
    case "missing-argument":
      return `꼭 필요한 인자가 빠졌습니다: <${d.value}>`;
    case "too-many-arguments":
      return d.max === undefined ? "인자가 너무 많습니다" : `인자가 너무 많습니다(최대 ${d.max}개)`;
    default: {
      if (!d.option) return d.message ?? "명령을 이해할 수 없습니다.";
      const expected = usageExpected(d);
      return (
        `옵션 ${d.option}${d.value === undefined ? "" : `: 잘못된 값 "${d.value}"`}` +
        (expected ? ` (기대: ${expected})` : "")
      );
    }
  }
}

/** What a binary "CSV" is, as the not-text message names it (`binary` is named by the message itself). */
const BINARY_KINDS: Record<BinaryKind, string | null> = {
  xlsx: "엑셀 통합 문서, .xlsx",
  xls: "엑셀 97–2003 통합 문서, .xls",
  zip: "zip 압축 파일",
  pdf: "PDF 문서",
  hwp: "한글(HWP) 문서",
  image: "이미지",
  binary: null,
};

const SAVE_AS_CSV_UTF8 =
  "Excel에서 열어 '다른 이름으로 저장 → CSV UTF-8(쉼표로 분리)'로 저장한 뒤 그 파일을 주세요.";

function notTextRemedy(kind: BinaryKind | undefined): string {
  switch (kind) {
    case "xlsx":
    case "xls":
      return SAVE_AS_CSV_UTF8;
    case "zip":
      return "압축을 풀고 그 안의 CSV 파일(또는 그 폴더)을 주세요.";
    case "image":
      return "vhr은 이미지(목록의 화면 캡처나 사진)를 읽지 못합니다: 사이트에서 목록을 CSV로 내려받으세요.";
    case "pdf":
    case "hwp":
      return "vhr은 문서 파일을 읽지 못합니다: 사이트에서 목록을 CSV로 내려받거나, 엑셀로 내려받아 'CSV UTF-8(쉼표로 분리)'로 저장하세요.";
    default:
      return "원본 시스템에서 CSV로 내보내거나, Excel에서 'CSV UTF-8(쉼표로 분리)'로 저장한 파일을 주세요.";
  }
}

/** The part of --person that cannot be read, in a sentence (particles follow the fixed field word). */
function personMessage(d: FatalDetails["person-invalid"]): string {
  const value = d.value === undefined ? "" : `("${d.value}")`;
  switch (d.field) {
    case "name":
      return `--person의 이름${value}을 읽을 수 없습니다(글자가 없습니다).`;
    case "birthdate":
      return `--person의 생년월일${value}은 날짜가 아닙니다.`;
    case "phone":
      return `--person의 휴대폰 번호${value}를 휴대폰 번호로 읽을 수 없습니다.`;
  }
  if (d.problem === "too-many-parts") {
    return (
      `--person 값이 ${d.parts === undefined ? "너무 많은" : `${d.parts}개`} 부분으로 나뉩니다: 이름, 생년월일, ` +
      "휴대폰 최대 3개를 쉼표로 구분해 주세요."
    );
  }
  if (d.problem === "no-name") return "--person 값에 이름이 없습니다: 이름으로 시작해야 합니다.";
  return `--person 값을 읽을 수 없습니다${d.value === undefined ? "" : `: "${d.value}"`}.`;
}

export const ko = {
  lang: "ko",
  formatMinutes: fm,
  labels: {
    findings: {
      person: "사람",
      name: "이름",
      source: "출처",
      date: "날짜",
      minutes: "분",
      hours: "시간",
      kind: "종류",
      severity: "심각도",
      message: "내용",
      remedy: "할 일",
      institution: "기관",
      activity: "활동",
      file: "파일",
      line: "줄",
    },
    people: {
      id: "ID",
      name: "이름",
      birthdate: "생년월일",
      phone: "휴대폰",
      tier: "연결",
      sources: "출처",
      vms: "VMS",
      redcross: "적십자",
      culture: "문화품앗이",
      blood: "헌혈",
      expected1365: "1365 예정",
      credited1365: "1365 인정",
      missing: "누락",
      inTransit: "전송 중",
      neis: (schoolYear) => `NEIS ${schoolYear}`,
    },
    files: {
      path: "파일",
      source: "출처",
      rows: "행",
      paired: "짝지음",
      unpaired: "짝없음",
      finding: "발견",
      ignored: "무시",
      rejected: "거부",
      place: "위치",
      column: "열",
      message: "내용",
    },
    kinds: {
      "missing-transfer": "전송 누락",
      "sent-not-received": "전송됐으나 미도착",
      "transfer-failed": "전송 실패",
      "blood-not-converted": "헌혈 미전환",
      "hours-mismatch": "시간 불일치",
      "identity-mismatch": "신원 정보 불일치",
      "duplicate-account": "중복 아이디",
      "ambiguous-identity": "신원 불명확",
      "not-approved": "미승인",
      "period-record": "기간 기록",
      "blood-ineligible": "헌혈 인정 불가",
      "duplicate-credit": "중복 실적",
      "daily-cap": "하루 한도 초과",
      "in-transit": "전송 중",
      "unmatched-credit": "원본 없는 실적",
      "neis-fraction": "NEIS 미반영 분",
    },
    severities: { error: "오류", warning: "경고", info: "참고" },
    sources: SOURCES,
    tiers: TIERS,
    fields: FIELDS,
  },
  text: {
    title: (asOf) => `봉사시간 점검 (${asOf} 기준)`,
    hoursBySource: "출처별 시간",
    hoursIn1365: (schoolYear) => `1365 · NEIS (NEIS는 ${schoolYear}학년도)`,
    findings: "발견 사항",
    files: "파일",
    rejectedRows: "읽지 못한 행",
    warnings: "파일 경고",
    moreRejected: (n) => `… ${n}행 더 있습니다(전체 목록은 --format json).`,
    noFindings: "발견 사항이 없습니다: 모든 기록이 있어야 할 곳에 있습니다.",
    personHeading: (id, name, n) => `${id} ${name ?? "(이름 없음)"} · ${n}건`,
    noPerson: (n) => `사람 미지정 · ${n}건`,
    summary: (c) =>
      `사람 ${c.people}명 · 발견 ${c.findings}건 (오류 ${c.error}, 경고 ${c.warning}, 참고 ${c.info}) · ` +
      `읽지 못한 행 ${c.rejected}개`,
    people: "사람",
    members: "기록",
    evidence: "연결 근거",
    identityFindings: "신원 발견 사항",
    noIdentityFindings: "신원 발견 사항이 없습니다.",
    peopleSummary: (people, findings) => `사람 ${people}명 · 신원 발견 ${findings}건`,
    none: "—",
  },
  findings: {
    "missing-transfer": {
      message: (f) =>
        `${rec(f)}이 1365에 없습니다: ${f.detail.due}까지 도착했어야 합니다` +
        (f.detail.transferRaw ? ` (연계 상태: ${f.detail.transferRaw}).` : "."),
      remedy: (_f, ctx) => sendRemedy(ctx),
    },
    "sent-not-received": {
      message: (f) =>
        `${rec(f)}은 보냈다고 표시되지만` +
        (f.detail.transferRaw || f.detail.sentAt
          ? `(${[f.detail.transferRaw, f.detail.sentAt].filter(Boolean).join(", ")}) `
          : " ") +
        `${f.detail.due}까지 1365에 도착하지 않았습니다.`,
      remedy: (_f, ctx) =>
        "1365에서 연계 동의가 되어 있는지 확인하고, 1365 아이디가 두 개인지 확인하세요(두 개이면 1365에 중복ID 통합 신청). " +
        resend(ctx),
    },
    "transfer-failed": {
      message: (f) => {
        const code = f.detail.code ?? (typeof f.code === "number" ? f.code : null);
        const why = [f.detail.transferRaw, code === null ? null : `코드 ${code}`].filter(Boolean).join(", ");
        return `${rec(f)}의 1365 연계가 실패했습니다${why ? `(${why})` : ""}.`;
      },
      remedy: (f, ctx) => {
        const code = f.detail.code ?? (typeof f.code === "number" ? f.code : null);
        if (code === 99) return "시스템 오류입니다(코드 99): 잠시 뒤 다시 연계신청하세요.";
        if (code === 100)
          return "1365에 그 아이디가 없습니다(코드 100): 1365에 가입했는지, 연계에 쓴 1365 아이디가 맞는지 확인한 뒤 다시 연계신청하세요.";
        if (code === 200)
          return (
            "1365 연계 동의가 없거나 주민등록번호 확인 결과가 1365와 다릅니다(코드 200): 1365에서 연계 동의를 확인하고, " +
            "실명인증 재설정을 한 뒤 다시 연계신청하세요."
          );
        if (ctx.role === "redcross") return REDCROSS;
        if (ctx.role === "culture")
          return (
            "문화품앗이와 1365 모두 연계 동의했는지, 두 곳의 이름·생년월일·휴대폰 번호가 똑같은지 확인한 뒤 " +
            "문화품앗이에서 다시 연계신청하세요."
          );
        return BOTH_CONSENT;
      },
    },
    "blood-not-converted": {
      message: (f) => {
        const kind = f.detail.donationKind
          ? `, ${DONATION_KINDS[f.detail.donationKind] ?? f.detail.donationKind}`
          : "";
        const day = f.date === null ? "" : `${formatDay(f.date)}${kind}`;
        const what = `헌혈${day ? `(${day})` : ""}`;
        return f.detail.converted === "yes"
          ? `${what}은 전환됨으로 표시되지만 4시간짜리 VMS 기록도 1365 실적도 없습니다.`
          : `${what}이 봉사시간으로 전환되지 않았습니다: 4시간짜리 VMS 기록도 1365 실적도 없습니다.`;
      },
      remedy: (f) =>
        f.detail.converted === "yes"
          ? "VMS 봉사인증 → 헌혈실적 조회에서 전환 상태를 확인하고, 전환된 기록을 1365로 보내세요(마이페이지 → 1365연계 → 일괄전송)."
          : CONVERT_BLOOD,
    },
    "hours-mismatch": {
      message: (f) =>
        `${rec(f)}은 ${fm(f.detail.upstreamMinutes)}인데 1365에는 ${fm(f.detail.creditedMinutes)}으로 ` +
        `올라 있습니다(차이 ${fm(Math.abs(f.detail.differenceMinutes))}).`,
      remedy: (f) =>
        f.detail.creditedMinutes < f.detail.upstreamMinutes
          ? "봉사한 기관(수요처)에 시간 정정을 요청하거나 1365에 정정을 문의하세요. 봉사자는 시간을 직접 고칠 수 없습니다."
          : "1365에 더 많이 올라 있습니다: 잘못 올라간 것이면 기관(수요처)이나 1365에 정정을 요청하세요.",
    },
    "identity-mismatch": {
      message: (f, ctx) => {
        const d = f.detail;
        const hint = ctx.showPii ? "" : " (값을 보려면 --show-pii)";
        return (
          `두 시스템(${src(d.fromSource)}, ${src(d.toSource)})의 ${ID_FIELD[d.field].subject} 다릅니다: ` +
          `${src(d.fromSource)} ${ctx.show(d.field, d.left)}, ${src(d.toSource)} ${ctx.show(d.field, d.right)}${hint}. ` +
          "이 차이 때문에 연계가 실패할 수 있습니다."
        );
      },
      remedy: (f) =>
        `두 시스템(${src(f.detail.fromSource)}, ${src(f.detail.toSource)})의 ${ID_FIELD[f.detail.field].object} ` +
        "똑같이 맞추세요(주민등록에 있는 값으로). 고친 뒤 다시 연계하세요.",
    },
    "duplicate-account": {
      message: (f) => `${src(f.detail.source)}에 한 사람의 아이디가 여러 개 있습니다: ${f.detail.memberIds}.`,
      remedy: (f) =>
        `${src(f.detail.source)}에 중복ID 통합 신청을 하세요: 아이디가 하나가 되어야 실적이 한곳에 모이고 연계됩니다.`,
    },
    "ambiguous-identity": {
      message: (f) =>
        `${rec(f)}은 ${f.detail.candidates}명과 똑같은 수준(${tier(f.detail.tier)})으로 맞아서 누구의 기록인지 ` +
        "정할 수 없습니다.",
      remedy: () =>
        "이름·생년월일·휴대폰 열이 모두 있는 파일을 쓰거나, --person으로 사람을 지정하거나, 기록의 신원 정보를 확인하세요.",
    },
    "not-approved": {
      message: (f) =>
        f.detail.approval === "pending"
          ? `${rec(f)}이 아직 승인되지 않았습니다${f.detail.approvalRaw ? `(${f.detail.approvalRaw})` : ""}: 승인 전에는 1365로 보낼 수 없습니다.`
          : `${rec(f)}이 반려되었습니다${f.detail.approvalRaw ? `(${f.detail.approvalRaw})` : ""}: 1365로 보낼 수 없습니다.`,
      remedy: (f) =>
        f.detail.approval === "pending"
          ? "봉사한 기관(수요처)에 승인을 요청하세요. 승인에는 보통 1~7일 걸립니다."
          : "봉사한 기관(수요처)에 반려 사유를 묻고, 필요하면 실적을 다시 신청하세요.",
    },
    "period-record": {
      message: (f) =>
        `${src(f.source)} 기록(${f.detail.periodStart}~${f.detail.periodEnd}${f.activity ? `, ${f.activity}` : ""})이 ` +
        `기간으로만 되어 있어 1365로 연계할 수 없습니다("상세봉사내역이 존재하지 않습니다").`,
      remedy: () => "활동처에 날짜별 상세봉사내역 입력을 요청한 뒤, 날짜별로 연계신청하세요.",
    },
    "blood-ineligible": {
      message: (f) => {
        const d = f.detail;
        // "헌혈(…)", not "헌혈 헌혈(…)".
        const what = rec(f, f.source === "blood" ? "" : "헌혈");
        switch (d.rule) {
          case "before-2010-07-01":
            return `${what}은 2010년 7월 1일 이전이라 봉사시간으로 인정되지 않습니다.`;
          case "yearly-cap-whole":
            return `${what}은 ${d.year === null ? "" : `${d.year}년 `}전혈 인정 한도(연 ${d.cap ?? 5}회)를 넘었습니다.`;
          case "yearly-cap-component":
            return `${what}은 ${d.year === null ? "" : `${d.year}년 `}성분헌혈 인정 한도(연 ${d.cap ?? 24}회)를 넘었습니다.`;
          case "school-year-cap":
            return (
              `${what}은 ${d.year === null ? "" : `${d.year}학년도 `}학교 인정 한도` +
              `${d.cap === null ? "" : `(${d.cap}회)`}를 넘었습니다.`
            );
        }
      },
      remedy: (f) =>
        f.detail.rule === "school-year-cap"
          ? "학교가 정한 한도를 넘은 헌혈은 인정되지 않습니다: 한도(--blood-cap)가 맞는지 학교에 확인하세요."
          : f.detail.rule === "before-2010-07-01"
            ? "할 일 없음: 2010년 7월 1일 이전 헌혈은 인정 대상이 아닙니다."
            : "할 일 없음: 연간 한도(전혈 5회, 성분 24회)를 넘은 헌혈은 봉사시간으로 인정되지 않습니다.",
    },
    "duplicate-credit": {
      message: (f) =>
        f.detail.reason === "code-400"
          ? `${rec(f)}에 문화품앗이가 중복(코드 400)으로 응답했습니다: 이미 1365에 있는 기록입니다.`
          : `같은 기록이 1365에 두 번 올라 있습니다: ${credit(f)}.`,
      remedy: (f) =>
        f.detail.reason === "code-400"
          ? "1365에 한 번만 올라 있는지 확인하세요. 두 번이면 1365에 중복 실적 삭제를 요청하세요."
          : "1365에 중복 실적 삭제를 요청하세요(학교 제출 전에 정리해야 합니다).",
    },
    "daily-cap": {
      message: (f) =>
        `${f.date === null ? "" : `${formatDay(f.date)} `}1365 인정 시간 ${fm(f.detail.creditedMinutes)}은 ` +
        `학생 하루 한도 ${fm(f.detail.capMinutes)}보다 ${fm(f.detail.excessMinutes)} 많습니다.`,
      remedy: () =>
        "학생은 하루 최대 8시간(수업일은 더 적게)만 인정됩니다: 넘는 시간은 학교생활기록부에 반영되지 않습니다. " +
        "날짜가 잘못 입력된 것이면 기관에 정정을 요청하세요.",
    },
    "in-transit": {
      message: (f) => `${rec(f)}은 아직 1365로 오는 중입니다: ${f.detail.due}까지 기다리세요.`,
      remedy: (f) => `${f.detail.due}까지 기다린 뒤 다시 확인하세요.`,
    },
    "unmatched-credit": {
      message: (f) =>
        `${credit(f)}은 출처가 ${src(f.detail.origin)}인데, 입력한 ${src(f.detail.origin)} 파일에 맞는 기록이 없습니다.`,
      remedy: () => "할 일 없음(참고). 입력한 원본 파일이 모든 기간을 담지 않았을 수 있습니다.",
    },
    "neis-fraction": {
      message: (f) =>
        `${credit(f)} 중 ${fm(f.detail.droppedMinutes)}은 NEIS에 반영되지 않습니다` +
        `(NEIS ${f.detail.neisHours}시간).`,
      remedy: () => "할 일 없음: NEIS는 1시간 단위로만 인정하고 남는 분은 버립니다.",
    },
  },
  rejects: {
    "column-count": (c) =>
      `${c.path}:${c.line}: 칸이 ${c.detail.actual}개입니다(헤더는 ${c.detail.expected}개). ` +
      "값 안에 쉼표나 줄바꿈이 있으면 큰따옴표로 감싸야 합니다: 이 줄의 칸 수를 헤더와 같게 고치세요.",
    "missing-value": (c) =>
      `${place(c)}: 값이 비어 있습니다${fieldNote(c.detail.field)}. 이 값이 있어야 기록을 읽을 수 있습니다: ` +
      "원본 시스템에서 다시 내보내거나 칸을 채우세요.",
    "invalid-date": (c) =>
      `${place(c)}: 값 ${q(c.value)}: 날짜로 읽을 수 없습니다${fieldNoteUnless(c.detail.field, "date")}. ` +
      `기대한 형식: ${DATE_FORMS}. ` +
      (c.detail.hint === "excel-serial"
        ? "엑셀의 날짜 일련번호로 보입니다: 엑셀에서 열 서식을 날짜로 바꿔 CSV로 다시 저장하거나, " +
          "defaults의 excelSerialDates가 true인 --profile로 읽으세요."
        : "날짜를 이 형식으로 고치세요."),
    "invalid-period": (c) =>
      c.detail.problem === "reversed"
        ? `${place(c)}: 값 ${q(c.value)}: 시작과 끝 날짜가 뒤바뀌었습니다(끝 날짜가 시작 날짜보다 앞섭니다). ` +
          (c.detail.swapped
            ? `"${c.detail.swapped}"처럼 고치세요.`
            : "시작 날짜를 앞에, 끝 날짜를 ~ 뒤에 쓰세요.")
        : `${place(c)}: 값 ${q(c.value)}: 기간으로 읽을 수 없습니다. ` +
          "기대한 형식: YYYYMMDD~YYYYMMDD (또는 YYYY-MM-DD~YYYY-MM-DD). 기간을 이 형식으로 고치세요.",
    "invalid-duration": (c) => {
      const d = c.detail;
      const why =
        d.problem === "zero"
          ? "0분입니다"
          : d.problem === "negative"
            ? "음수입니다"
            : d.problem === "too-long"
              ? `하루 24시간을 넘습니다${d.minutes === undefined ? "" : `(${fm(d.minutes)})`}`
              : "봉사시간으로 읽을 수 없습니다";
      return (
        `${place(c)}: 값 ${q(c.value)}: ${why}. 기대한 형식: 2시간, 2시간 30분, 90분, 1:30, 2.5, 15:30~16:30 ` +
        "(하루에 0분 초과 24시간 이하). 봉사시간을 고치세요."
      );
    },
    "invalid-time": (c) =>
      `${place(c)}: 값 ${q(c.value)}: 시각으로 읽을 수 없습니다. 기대한 형식: 15:30, 10(시), 범위는 15:30~16:30. ` +
      "시각을 고치세요.",
    "invalid-birthdate": (c) =>
      `${place(c)}: 값 ${q(c.value)}: 생년월일로 읽을 수 없습니다. 기대한 형식: YYYY-MM-DD, YYYYMMDD, YYMMDD, ` +
      "YYYY년 M월 D일. 생년월일을 고치세요.",
    "invalid-phone": (c) =>
      `${place(c)}: 값 ${q(c.value)}: 휴대폰 번호로 읽을 수 없습니다. 기대한 형식: 010-1234-5678 (또는 ` +
      "01012345678, +82 10-1234-5678). " +
      (c.detail.hint === "excel-number"
        ? "엑셀이 번호를 지수 표기로 바꾸면서 숫자를 잃었습니다: 엑셀에서 열 서식을 텍스트로 바꾸고 번호를 다시 입력하거나 " +
          "다시 내보낸 뒤 CSV로 저장하세요."
        : "번호를 고치거나 칸을 비우세요."),
    "invalid-name": (c) =>
      `${place(c)}: 값 ${q(c.value)}: 이름으로 읽을 수 없습니다(글자가 없습니다). 이름을 고치거나 칸을 비우세요.`,
    "invalid-code": (c) =>
      `${place(c)}: 값 ${q(c.value)}: 알 수 없는 결과코드입니다. 기대한 값: ${c.detail.expected ?? "99, 100, 200, 300, 400"}. ` +
      "코드를 고치세요.",
    "unknown-status": (c) =>
      `${place(c)}: 값 ${q(c.value)}: 알 수 없는 상태입니다${fieldNote(c.detail.field)}.` +
      (c.detail.expected ? ` 기대한 값: ${c.detail.expected}.` : "") +
      " 값을 고치거나, 이 단어를 쓰려면 --profile로 사용자 프로필에 추가하세요.",
    "date-out-of-range": (c) => {
      const { min, max } = c.detail;
      const range =
        min && max ? `${min}부터 ${max}까지` : min ? `${min} 이후` : max ? `${max} 이전` : "있을 법한 범위";
      return `${place(c)}: 값 ${q(c.value)}: 날짜가 범위를 벗어났습니다(기대: ${range}). 날짜를 고치세요.`;
    },
    "unterminated-quote": (c) =>
      `${c.path}:${c.line}: 이 줄에서 시작한 큰따옴표(")가 닫히지 않아 이 행을 칸으로 나눌 수 없습니다. 다음 줄부터는 ` +
      '따로 읽었습니다. 값 안의 큰따옴표는 두 번("") 써야 합니다: 따옴표를 닫거나 짝을 맞추세요.',
    "row-too-long": (c) =>
      `${c.path}:${c.line}: 행이 ${c.detail.max === undefined ? "수백만" : c.detail.max.toLocaleString("en-US")}자보다 ` +
      "길어서 내보낸 파일의 행으로 볼 수 없습니다. 다음 줄부터는 따로 읽었습니다. 맞는 파일인지 확인하거나 다시 내보내세요.",
  },
  warnings: {
    "rrn-column-dropped": (c) =>
      `${c.path}: 주민등록번호 열('${c.detail.column}')을 읽지 않고 버렸습니다. vhr은 주민등록번호를 보관하지 않습니다.`,
    "rrn-value-masked": (c) => {
      const where = [
        c.detail.line === undefined ? null : `${c.detail.line}행`,
        c.detail.column ? `'${c.detail.column}' 열` : null,
      ]
        .filter(Boolean)
        .join(", ");
      return `${c.path}: 주민등록번호로 보이는 값 ${c.detail.count}개를 가렸습니다${where ? `(처음: ${where})` : ""}.`;
    },
    "duplicate-header": (c) => {
      const d = c.detail;
      const which = d.columnNumber === undefined ? `'${d.column}'` : `'${d.column}'(${d.columnNumber}번째)`;
      const what = d.field === undefined ? "같은 항목" : `같은 항목(${FIELDS[d.field]})`;
      const first = d.first ? `'${d.first}' 열` : "앞의 열";
      return `${c.path}: 열 ${which}은 ${first}과 ${what}이라 쓰지 않습니다: 앞의 열만 씁니다.`;
    },
    "unmapped-columns": (c) => `${c.path}: 쓰지 않는 열: ${c.detail.columns}.`,
    "no-identity-columns": (c) =>
      c.detail.from === "option"
        ? `${c.path}: 이름·생년월일·휴대폰 열이 없습니다: 이 파일의 기록은 --person으로 지정한 사람의 것으로 봅니다.`
        : `${c.path}: 이름·생년월일·휴대폰 열이 없습니다: 이 파일의 기록은 한 사람의 것으로 봅니다. ` +
          "여러 사람의 파일이면 신원 열이 있는 파일을 쓰고, 한 사람의 파일이면 --person으로 지정하세요.",
    "encoding-override": (c) =>
      `${c.path}: --encoding ${c.detail.encoding} 설정으로 읽었습니다` +
      (c.detail.detected ? `(자동 감지 결과는 ${c.detail.detected}).` : "."),
    "nul-removed": (c) =>
      `${c.path}: NUL 문자(0 바이트, 데이터가 아님) ${c.detail.count}개를 지웠습니다. 파일이 손상되었을 수 있습니다: ` +
      "값이 이상하면 다시 내보내세요.",
  },
  fatals: {
    usage: {
      message: usageMessage,
      remedy: (d) =>
        d.command ? `사용법은 vhr ${d.command} --help로 보세요.` : "사용법은 vhr --help로 보세요.",
    },
    "file-not-found": {
      message: (d) => `파일이 없습니다: ${d.path}`,
      remedy: () => "경로를 확인하세요. 폴더를 주면 그 안의 *.csv를 읽습니다.",
    },
    "file-unreadable": {
      message: (d) => `파일을 읽을 수 없습니다: ${d.path}${d.reason ? ` (${d.reason})` : ""}`,
      remedy: () =>
        "읽기 권한을 확인하고, 파일이 다른 프로그램(Excel 등)에서 열려 있으면 닫은 뒤 다시 실행하세요.",
    },
    "file-empty": {
      message: (d) => `파일이 비어 있습니다: ${d.path}`,
      remedy: () => "원본 시스템에서 다시 내보내세요.",
    },
    "not-text": {
      message: (d) => {
        const kind = d.kind === undefined ? null : BINARY_KINDS[d.kind];
        return `텍스트(CSV) 파일이 아닙니다: ${d.path}${kind ? ` (${kind})` : ""}`;
      },
      remedy: (d) => notTextRemedy(d.kind),
    },
    "html-file": {
      message: (d) => `HTML 파일입니다(웹 페이지이거나, 엑셀 내려받기가 실제로는 HTML인 경우): ${d.path}`,
      remedy: () =>
        "Excel에서 열어 '다른 이름으로 저장 → CSV UTF-8(쉼표로 분리)'로 저장한 뒤 그 파일을 주세요.",
    },
    "no-header": {
      message: (d) =>
        `헤더 줄을 찾을 수 없습니다: ${d.path}` +
        (d.lines === undefined ? "" : d.lines === 1 ? " (첫 행을 살펴봄)" : ` (처음 ${d.lines}행을 살펴봄)`),
      remedy: () =>
        "열 이름(예: 봉사일, 봉사시간)이 있는 줄이 있어야 합니다. 알려진 열 이름은 vhr sources로, 파일이 읽히는 모습은 vhr inspect로 보세요.",
    },
    "missing-column": {
      message: (d) =>
        `${d.path} (${src(d.source)}): ${fieldName(d.field)} 열이 없습니다.` +
        (d.headers ? ` 파일의 열: ${d.headers}.` : ""),
      remedy: (d) =>
        `이 이름 중 하나인 열이 있어야 합니다: ${d.aliases}. 열 이름을 바꾸거나, --profile로 별칭을 추가하세요.`,
    },
    "source-ambiguous": {
      message: (d) => `${d.path}: 어느 시스템의 파일인지 정할 수 없습니다. 후보: ${d.candidates}.`,
      remedy: (d) => {
        const first = d.candidates.split(",")[0]?.trim() || "ID";
        return `파일 앞에 출처를 붙이거나(예: ${first}:${d.path}) --source ${first}처럼 출처를 지정하세요.`;
      },
    },
    "source-unknown": {
      message: (d) =>
        d.source !== undefined
          ? `알 수 없는 출처: ${d.source}`
          : `${d.path ?? "입력"}: 알려진 어떤 형식과도 맞지 않습니다.`,
      remedy: (d) =>
        `알려진 출처: ${d.known}. 파일 앞에 출처를 붙이거나(vms:FILE) --source ID를 주거나, --profile로 형식을 ` +
        "추가하세요. 파일이 읽히는 모습은 vhr inspect FILE로 보세요.",
    },
    "encoding-unknown": {
      message: (d) => `알 수 없는 인코딩: ${d.encoding}`,
      remedy: (d) => `지원하는 인코딩: ${d.supported ?? "utf-8, cp949, utf-16le, utf-16be"}.`,
    },
    "encoding-invalid": {
      message: (d) =>
        `${d.path}: ${d.encoding}로 읽을 수 없는 바이트가 있습니다${d.line === undefined ? "" : ` (${d.line}행)`}.`,
      remedy: () =>
        "--encoding을 빼고 자동 감지에 맡기거나 맞는 인코딩을 주세요(한국어 Windows의 Excel은 cp949로 저장합니다).",
    },
    "profile-invalid": {
      message: (d) => `프로필이 올바르지 않습니다: ${d.path}${d.at ? ` (${d.at})` : ""}: ${d.problem}`,
      remedy: () => "프로필 스키마는 vhr sources --json으로 볼 수 있습니다: 스키마에 맞게 고치세요.",
    },
    "person-invalid": {
      message: personMessage,
      remedy: () => '"이름,생년월일,휴대폰" 형식으로 주세요. 예: --person "김하늘,2008-03-15,010-0000-0000"',
    },
    "no-inputs": {
      message: (d) => (d.path ? `${d.path}에 CSV 파일이 없습니다.` : "읽을 파일이 없습니다."),
      remedy: () => "파일이나 폴더를 주세요. 예: vhr check vms.csv 1365.csv (표준 입력은 -)",
    },
    "output-unwritable": {
      message: (d) => `출력 파일에 쓸 수 없습니다: ${d.path}${d.reason ? ` (${d.reason})` : ""}`,
      remedy: () => "폴더가 있는지, 쓰기 권한이 있는지, 파일이 Excel에서 열려 있지 않은지 확인하세요.",
    },
  },
} satisfies Catalogue;
