import { describe, expect, it } from "vitest";
import { FINDING_KINDS, type FindingDetails, type FindingKind } from "../../model/finding.js";
import {
  BUILTIN_SOURCES,
  FILE_WARNING_CODES,
  REJECT_REASONS,
  type RejectReason,
} from "../../model/record.js";
import { FATAL_CODES, type FatalCode } from "../../model/vhr-error.js";
import { day, finding } from "../test-report-input.js";
import type { FatalDetails, FindingContext, RejectDetails, WarningDetails } from "./catalogue.js";
import {
  fatalText,
  findingText,
  formatMinutes,
  LANGS,
  langFromEnv,
  messagesFor,
  rejectText,
  warningText,
} from "./messages.js";

/** One sample `detail` per kind; the mapped type makes the compiler check that none is missing. */
const FINDING_SAMPLES: { [K in FindingKind]: FindingDetails[K] } = {
  "missing-transfer": { transferRaw: null, due: "2026-09-17 00:00" },
  "sent-not-received": { transferRaw: "전송성공", sentAt: "2026-09-11 10:00", due: "2026-09-12 10:00" },
  "transfer-failed": { transferRaw: "전송실패", code: null },
  "blood-not-converted": { donationKind: "전혈", converted: "no" },
  "hours-mismatch": { upstreamMinutes: 240, creditedMinutes: 180, differenceMinutes: -60 },
  "identity-mismatch": {
    field: "birthdate",
    left: "2008-03-15",
    right: "2008-15-03",
    fromSource: "vms",
    toSource: "1365",
  },
  "duplicate-account": { source: "1365", memberIds: "sky01, sky02" },
  "ambiguous-identity": { candidates: 2, tier: "strong" },
  "not-approved": { approval: "pending", approvalRaw: "대기" },
  "period-record": { periodStart: "2021-08-04", periodEnd: "2021-09-30" },
  "blood-ineligible": { rule: "yearly-cap-whole", cap: 5, year: 2025 },
  "duplicate-credit": { reason: "credited-twice" },
  "daily-cap": { capMinutes: 480, creditedMinutes: 600, excessMinutes: 120 },
  "in-transit": { due: "2026-11-28 00:00" },
  "unmatched-credit": { origin: "vms" },
  "neis-fraction": { creditedMinutes: 90, neisHours: 1, droppedMinutes: 30 },
};

const REJECT_SAMPLES: { [R in RejectReason]: RejectDetails[R] } = {
  "column-count": { expected: 9, actual: 8 },
  "missing-value": { field: "date" },
  "invalid-date": { field: "date" },
  "invalid-period": { field: "period", problem: "reversed", swapped: "2026-09-01~2026-10-31" },
  "invalid-duration": { field: "duration", problem: "too-long", minutes: 1500 },
  "invalid-time": { field: "start" },
  "invalid-birthdate": { field: "birthdate" },
  "invalid-phone": { field: "phone" },
  "invalid-name": { field: "name" },
  "invalid-code": { field: "transferCode", expected: "99, 100, 200, 300, 400" },
  "unknown-status": { field: "approval", expected: "승인, 승인완료, 대기, 반려" },
  "date-out-of-range": { field: "date", min: "1990-01-01", max: "2026-11-22" },
  "unterminated-quote": {},
  "row-too-long": { max: 4_000_000 },
};

const WARNING_SAMPLES: { [W in keyof WarningDetails]: WarningDetails[W] } = {
  "rrn-column-dropped": { column: "주민등록번호", columnNumber: 3 },
  "rrn-value-masked": { count: 2, column: "비고", line: 7 },
  "duplicate-header": { column: "활동일", columnNumber: 5, field: "date", first: "봉사일" },
  "unmapped-columns": { columns: "비고, 메모" },
  "no-identity-columns": { from: "anonymous" },
  "encoding-override": { encoding: "cp949", detected: "utf-8" },
  "nul-removed": { count: 3 },
};

const FATAL_SAMPLES: { [C in FatalCode]: FatalDetails[C] } = {
  usage: { option: "--as-of", value: "2026-13-01", format: "date-or-datetime", command: "check" },
  "file-not-found": { path: "missing.csv" },
  "file-unreadable": { path: "locked.csv", reason: "EACCES" },
  "file-empty": { path: "empty.csv" },
  "not-text": { path: "hours.xlsx", kind: "xlsx" },
  "html-file": { path: "download.xls" },
  "no-header": { path: "odd.csv", lines: 20 },
  "missing-column": {
    path: "vms.csv",
    source: "vms",
    field: "date|period",
    aliases: "봉사일, 봉사일자, 활동일, 활동기간",
    headers: "이름, 봉사시간",
  },
  "source-ambiguous": { path: "a.csv", candidates: "vms, culture" },
  "source-unknown": { path: "a.csv", known: "vms, 1365, redcross, blood, culture" },
  "encoding-unknown": { encoding: "latin-9" },
  "encoding-invalid": { path: "a.csv", encoding: "utf-8", line: 4 },
  "profile-invalid": { path: "my.json", problem: "Invalid input", at: "columns.date" },
  "person-invalid": { value: "김*늘,2008-**-**", field: "phone" },
  "no-inputs": { path: "class-3" },
  "output-unwritable": { path: "out/report.csv", reason: "ENOENT" },
};

const ctx = (role: FindingContext["role"], showPii = false): FindingContext => ({
  file: "a.csv",
  role,
  counterpartFile: null,
  show: (field, value) => (showPii ? value : `<${field}>`),
  showPii,
});

const sampleFinding = (kind: FindingKind) =>
  finding(
    kind,
    {
      person: 0,
      source: "vms",
      date: day("2026-09-10"),
      minutes: 150,
      institution: "가람센터",
      activity: "여가선용",
      file: 0,
      line: 2,
    },
    FINDING_SAMPLES[kind] as never,
  );

/** No template may leak a JavaScript artefact into user text. */
function expectClean(text: string): void {
  expect(text.length).toBeGreaterThan(10);
  expect(text).not.toMatch(/undefined|NaN|\[object|=>|\bnull\b/);
}

describe.each(LANGS)("catalogue %s", (lang) => {
  const cat = messagesFor(lang);

  it("defines a message and a remedy for every finding kind", () => {
    for (const kind of FINDING_KINDS) {
      expect(typeof cat.findings[kind].message, kind).toBe("function");
      expect(typeof cat.findings[kind].remedy, kind).toBe("function");
      for (const role of [...BUILTIN_SOURCES, null]) {
        const { message, remedy } = findingText(cat, sampleFinding(kind), ctx(role));
        expectClean(message);
        expectClean(remedy);
      }
      expect(cat.labels.kinds[kind]).toBeTruthy();
    }
  });

  it("defines a message for every reject reason, naming file:line, column and value", () => {
    for (const reason of REJECT_REASONS) {
      expect(typeof cat.rejects[reason], reason).toBe("function");
      const whole = reason === "column-count" || reason === "unterminated-quote" || reason === "row-too-long";
      const text = rejectText(cat, "vms.csv", {
        file: 0,
        line: 14,
        reason,
        column: whole ? null : "봉사일",
        value: whole ? null : "2026-13-01",
        detail: REJECT_SAMPLES[reason] as Record<string, string | number>,
      });
      expectClean(text);
      expect(text, reason).toContain("vms.csv:14");
      if (!whole && reason !== "missing-value") {
        expect(text, reason).toContain("봉사일");
        expect(text, reason).toContain("2026-13-01");
      }
    }
  });

  it("reads well when the optional detail keys are left out", () => {
    for (const reason of REJECT_REASONS) {
      if (reason === "column-count") continue;
      expectClean(
        rejectText(cat, "a.csv", { file: 0, line: 3, reason, column: "x", value: "y", detail: {} }),
      );
    }
  });

  it("defines a message for every file warning", () => {
    for (const code of FILE_WARNING_CODES) {
      expect(typeof cat.warnings[code], code).toBe("function");
      const text = warningText(cat, "vms.csv", {
        code,
        detail: WARNING_SAMPLES[code] as Record<string, string | number>,
      });
      expectClean(text);
      expect(text).toContain("vms.csv");
    }
  });

  it("defines a message and a remedy for every fatal code", () => {
    for (const code of FATAL_CODES) {
      expect(typeof cat.fatals[code].message, code).toBe("function");
      const { message, remedy } = fatalText(
        { code, detail: FATAL_SAMPLES[code] as Record<string, string | number> },
        lang,
      );
      expectClean(message);
      expectClean(remedy);
    }
  });

  it("labels every severity and built-in source", () => {
    for (const s of ["error", "warning", "info"] as const) expect(cat.labels.severities[s]).toBeTruthy();
    for (const s of BUILTIN_SOURCES) expect(cat.labels.sources[s]).toBeTruthy();
  });
});

describe("remedies follow domain-facts.md", () => {
  const ko = messagesFor("ko");
  const en = messagesFor("en");
  const remedy = (kind: FindingKind, detail: object, role: FindingContext["role"], lang = ko) =>
    findingText(lang, { ...sampleFinding(kind), detail: detail as never }, ctx(role)).remedy;

  it("missing-transfer: per source", () => {
    const vms = remedy("missing-transfer", FINDING_SAMPLES["missing-transfer"], "vms");
    expect(vms).toContain("마이페이지 → 1365연계");
    expect(vms).toContain("일괄전송");
    expect(vms).toContain("1시간에 1회");
    expect(vms).toContain("두 사이트 모두");
    expect(remedy("missing-transfer", FINDING_SAMPLES["missing-transfer"], "redcross")).toContain("2년마다");
    const culture = remedy("missing-transfer", FINDING_SAMPLES["missing-transfer"], "culture");
    expect(culture).toContain("연계신청");
    expect(culture).toContain("2~3일");
    expect(remedy("missing-transfer", FINDING_SAMPLES["missing-transfer"], "blood")).toContain(
      "봉사시간 전환",
    );
  });

  it("sent-not-received: consent on the 1365 side and duplicate IDs", () => {
    const text = remedy("sent-not-received", FINDING_SAMPLES["sent-not-received"], "vms");
    expect(text).toContain("중복ID 통합 신청");
    expect(text).toContain("재전송");
  });

  it("transfer-failed: per result code", () => {
    const byCode = (code: number | null, role: FindingContext["role"] = "culture", lang = ko) =>
      remedy("transfer-failed", { transferRaw: "연계실패", code }, role, lang);
    expect(byCode(99)).toContain("시스템 오류");
    expect(byCode(100)).toContain("가입");
    expect(byCode(200)).toContain("실명인증 재설정");
    expect(byCode(200, "culture", en)).toContain("reset the identity verification");
    expect(byCode(null, "vms")).toContain("이름·생년월일·휴대폰");
    expect(byCode(null, "vms")).toContain("두 사이트 모두");
    expect(byCode(null, "redcross")).toContain("2년마다");
  });

  it("the other kinds", () => {
    expect(remedy("blood-not-converted", FINDING_SAMPLES["blood-not-converted"], "blood")).toContain(
      "봉사인증 → 헌혈실적연계 → 봉사시간 전환",
    );
    expect(remedy("duplicate-account", FINDING_SAMPLES["duplicate-account"], "1365")).toContain(
      "중복ID 통합 신청",
    );
    expect(remedy("not-approved", { approval: "pending", approvalRaw: "대기" }, "vms")).toContain("1~7일");
    expect(remedy("not-approved", { approval: "rejected", approvalRaw: "반려" }, "vms")).toContain(
      "반려 사유",
    );
    expect(findingText(ko, { ...sampleFinding("period-record") }, ctx("culture")).message).toContain(
      "상세봉사내역이 존재하지 않습니다",
    );
    expect(remedy("daily-cap", FINDING_SAMPLES["daily-cap"], "1365")).toContain("8시간");
    expect(remedy("in-transit", FINDING_SAMPLES["in-transit"], "vms")).toContain("2026-11-28 00:00");
    expect(remedy("neis-fraction", FINDING_SAMPLES["neis-fraction"], "1365")).toContain("1시간 단위");
    expect(remedy("duplicate-credit", FINDING_SAMPLES["duplicate-credit"], "1365")).toContain(
      "중복 실적 삭제",
    );
  });

  it("identity-mismatch names the field and shows values only through ctx.show", () => {
    const f = { ...sampleFinding("identity-mismatch") };
    const masked = findingText(ko, f, ctx("vms")).message;
    expect(masked).toContain("생년월일이 다릅니다");
    expect(masked).toContain("<birthdate>");
    expect(masked).not.toContain("2008-03-15");
    expect(findingText(en, f, ctx("vms", true)).message).toContain("2008-03-15");
  });
});

describe("fatal messages", () => {
  it("source-ambiguous lists the candidates and says how to choose", () => {
    const { message, remedy } = fatalText(
      { code: "source-ambiguous", detail: { path: "a.csv", candidates: "vms, culture" } },
      "en",
    );
    expect(message).toContain("vms, culture");
    expect(remedy).toContain("vms:a.csv");
    expect(remedy).toContain("--source vms");
  });

  it("missing-column names the field and the accepted headers", () => {
    const { message, remedy } = fatalText(
      { code: "missing-column", detail: FATAL_SAMPLES["missing-column"] },
      "ko",
    );
    expect(message).toContain("봉사일 또는 활동기간");
    expect(remedy).toContain("봉사일, 봉사일자, 활동일, 활동기간");
  });

  it("html-file and xlsx say to save as CSV from Excel", () => {
    expect(fatalText({ code: "html-file", detail: { path: "a.xls" } }, "en").remedy).toContain("CSV UTF-8");
    expect(fatalText({ code: "not-text", detail: { path: "a.xlsx", kind: "xlsx" } }, "ko").remedy).toContain(
      "CSV UTF-8",
    );
  });

  it("masks resident numbers in any detail", () => {
    const { message } = fatalText(
      { code: "file-not-found", detail: { path: "홍_080315-4123456.csv" } },
      "ko",
    );
    expect(message).not.toContain("4123456");
  });
});

describe("formatMinutes", () => {
  it.each([
    [0, "0분", "0 min"],
    [1, "1분", "1 min"],
    [30, "30분", "30 min"],
    [60, "1시간", "1 h"],
    [61, "1시간 1분", "1 h 1 min"],
    [240, "4시간", "4 h"],
    [750, "12시간 30분", "12 h 30 min"],
    [6000, "100시간", "100 h"],
    [-90, "-1시간 30분", "-1 h 30 min"],
  ])("%i minutes", (minutes, ko, en) => {
    expect(formatMinutes(minutes, "ko")).toBe(ko);
    expect(formatMinutes(minutes, "en")).toBe(en);
  });
});

describe("langFromEnv", () => {
  it.each([
    [{ LANG: "ko_KR.UTF-8" }, "ko"],
    [{ LANG: "ko" }, "ko"],
    [{ LC_ALL: "KO_KR.UTF-8" }, "ko"],
    [{ LC_ALL: "en_US.UTF-8", LANG: "ko_KR.UTF-8" }, "en"],
    [{ LC_MESSAGES: "ko_KR.UTF-8", LANG: "en_US.UTF-8" }, "ko"],
    [{ LC_ALL: "", LC_MESSAGES: "ko_KR.UTF-8" }, "ko"],
    [{ LC_ALL: "C", LANG: "ko_KR.UTF-8" }, "en"],
    [{ LANG: "C.UTF-8" }, "en"],
    [{}, "en"],
  ])("%o → %s", (env, lang) => {
    expect(langFromEnv(env as NodeJS.ProcessEnv)).toBe(lang);
  });
});
