import { describe, expect, it } from "vitest";
import { buildReport } from "./build-report.js";
import { renderTable } from "./render-table.js";
import { day, sampleInput } from "./test-report-input.js";
import { displayWidth } from "./text-layout.js";

const ESC = "\x1b[";

describe("renderTable", () => {
  const ko = buildReport(sampleInput({ lang: "ko" }));
  const en = buildReport(sampleInput({ lang: "en" }));

  it("Korean, colour off", () => {
    expect(renderTable(ko, { lang: "ko", colour: false })).toMatchInlineSnapshot(`
      "봉사시간 점검 (2026-11-22 기준)

      출처별 시간
      ID  이름          VMS  적십자  문화품앗이  헌혈
      --  -----  ----------  ------  ----------  ----
      P1  김*늘  9시간 30분     0분         0분   0분
      P2  이*다         0분     0분       6시간   0분

      1365 · NEIS (NEIS는 2026학년도)
      ID  이름    1365 예정   1365 인정        누락  전송 중  NEIS 2026
      --  -----  ----------  ----------  ----------  -------  ---------
      P1  김*늘  6시간 30분       3시간  3시간 30분    1시간      3시간
      P2  이*다       6시간  1시간 30분       6시간      0분      1시간

      발견 사항
      P1 김*늘 · 4건
        [오류]  2026-09-10  VMS  2시간 30분  전송 누락
          VMS 기록(2026-09-10, 가람센터 ******-*******, 여가선용, 2시간 30분)이 1365에
          없습니다: 2026-09-17 00:00까지 도착했어야 합니다.
          → VMS에서 1365로 보내세요: 마이페이지 → 1365연계에서 일괄전송합니다(1시간에
            1회만 가능). VMS와 1365 두 사이트 모두 연계 동의가 되어 있어야 하며, 보낸
            뒤 만 24시간이 지나면 1365에 보입니다.
        [오류]  2026-09-12  VMS  4시간  시간 불일치
          VMS 기록(2026-09-12, 푸른도서관, 도서 정리, 4시간)은 4시간인데 1365에는
          3시간으로 올라 있습니다(차이 1시간).
          → 봉사한 기관(수요처)에 시간 정정을 요청하거나 1365에 정정을 문의하세요.
            봉사자는 시간을 직접 고칠 수 없습니다.
        [참고]  2026-11-21  VMS  1시간  전송 중
          VMS 기록(2026-11-21, 푸른도서관, 도서 정리, 1시간)은 아직 1365로 오는
          중입니다: 2026-11-28 00:00까지 기다리세요.
          → 2026-11-28 00:00까지 기다린 뒤 다시 확인하세요.
        [경고]  2026-02-10  VMS  2시간  미승인
          VMS 기록(2026-02-10, 푸른도서관, =HYPERLINK("x"), 2시간)이 아직 승인되지
          않았습니다(대기): 승인 전에는 1365로 보낼 수 없습니다.
          → 봉사한 기관(수요처)에 승인을 요청하세요. 승인에는 보통 1~7일 걸립니다.

      P2 이*다 · 3건
        [오류]  2026-08-09  문화품앗이  6시간  전송 실패
          문화품앗이 기록(2026-08-09, 마을극장, -공연 안내, 6시간)의 1365 연계가
          실패했습니다(연계실패, 코드 200).
          → 1365 연계 동의가 없거나 주민등록번호 확인 결과가 1365와 다릅니다(코드
            200): 1365에서 연계 동의를 확인하고, 실명인증 재설정을 한 뒤 다시
            연계신청하세요.
        [경고]  문화품앗이  신원 정보 불일치
          두 시스템(문화품앗이, 1365)의 휴대폰 번호가 다릅니다: 문화품앗이
          010-****-6666, 1365 010-****-5432 (값을 보려면 --show-pii). 이 차이 때문에
          연계가 실패할 수 있습니다.
          → 두 시스템(문화품앗이, 1365)의 휴대폰 번호를 똑같이 맞추세요(주민등록에
            있는 값으로). 고친 뒤 다시 연계하세요.
        [참고]  2026-08-09  1365  1시간 30분  NEIS 미반영 분
          1365 실적(2026-08-09, 마을극장, 1시간 30분) 중 30분은 NEIS에 반영되지
          않습니다(NEIS 1시간).
          → 할 일 없음: NEIS는 1시간 단위로만 인정하고 남는 분은 버립니다.

      파일
      class-3/1365.csv (1365)
        행 2 · 짝지음 1 · 짝없음 1 · 발견 0 · 무시 0 · 거부 0
      class-3/culture.csv (문화품앗이)
        행 1 · 짝지음 0 · 짝없음 0 · 발견 1 · 무시 0 · 거부 0
      class-3/vms.csv (VMS)
        행 6 · 짝지음 1 · 짝없음 0 · 발견 3 · 무시 1 · 거부 1

      파일 경고
        ! class-3/vms.csv: 쓰지 않는 열: 비고, 메모.

      읽지 못한 행
        class-3/vms.csv:5  봉사일
          class-3/vms.csv:5, '봉사일' 열: 값 "2026-13-01": 날짜로 읽을 수 없습니다.
          기대한 형식: YYYY-MM-DD (또는 YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월
          D일). 날짜를 이 형식으로 고치세요.

      사람 2명 · 발견 7건 (오류 3, 경고 2, 참고 2) · 읽지 못한 행 1개
      "
    `);
  });

  it("English, colour off", () => {
    expect(renderTable(en, { lang: "en", colour: false })).toMatchInlineSnapshot(`
      "Volunteer hours check (as of 2026-11-22)

      Hours by source
      ID  Name          VMS  Red Cross  Culture  Blood
      --  -----  ----------  ---------  -------  -----
      P1  김*늘  9 h 30 min      0 min    0 min  0 min
      P2  이*다       0 min      0 min      6 h  0 min

      1365 and NEIS (NEIS: school year 2026)
      ID  Name     Expected    Credited     Missing  In transit  NEIS 2026
      --  -----  ----------  ----------  ----------  ----------  ---------
      P1  김*늘  6 h 30 min         3 h  3 h 30 min         1 h        3 h
      P2  이*다         6 h  1 h 30 min         6 h       0 min        1 h

      Findings
      P1 김*늘 · 4 findings
        [error]  2026-09-10  VMS  2 h 30 min  missing transfer
          The VMS record (2026-09-10, 가람센터 ******-*******, 여가선용, 2 h 30 min)
          is not in 1365; it should have arrived by 2026-09-17 00:00.
          → Send it to 1365 from VMS: 마이페이지 (My page) → 1365연계 → 일괄전송 (send
            all); sending is possible once per hour. Both VMS and 1365 need your
            consent to link. It shows in 1365 a full 24 h after sending.
        [error]  2026-09-12  VMS  4 h  hours mismatch
          The VMS record (2026-09-12, 푸른도서관, 도서 정리, 4 h) has 4 h, but 1365
          credits 3 h (difference 1 h).
          → Ask the organisation (수요처) to correct the hours, or ask 1365 to correct
            them; volunteers cannot edit hours themselves.
        [info]  2026-11-21  VMS  1 h  in transit
          The VMS record (2026-11-21, 푸른도서관, 도서 정리, 1 h) is still on its way
          to 1365: wait until 2026-11-28 00:00.
          → Wait until 2026-11-28 00:00, then check again.
        [warning]  2026-02-10  VMS  2 h  not approved
          The VMS record (2026-02-10, 푸른도서관, =HYPERLINK("x"), 2 h) is not
          approved yet (대기); it cannot be sent to 1365 before approval.
          → Ask the organisation (수요처) to approve it; approval usually takes 1–7
            days.

      P2 이*다 · 3 findings
        [error]  2026-08-09  문화품앗이  6 h  transfer failed
          The link of the 문화품앗이 record (2026-08-09, 마을극장, -공연 안내, 6 h) to
          1365 failed (연계실패, code 200).
          → No 1365 consent, or the resident number verified differs from 1365's (code
            200): check your consent on 1365, reset the identity verification
            (실명인증 재설정), then request the link again.
        [warning]  문화품앗이  identity mismatch
          The phone number differs between 문화품앗이 and 1365: 문화품앗이
          010-****-6666, 1365 010-****-5432 (--show-pii shows the values). This
          difference can make transfers fail.
          → Make the phone number identical in both systems (문화품앗이, 1365), as in
            the resident register, then link again.
        [info]  2026-08-09  1365  1 h 30 min  NEIS fraction
          30 min of the 1365 credit (2026-08-09, 마을극장, 1 h 30 min) will not count
          in NEIS (NEIS: 1 hour).
          → Nothing to do: NEIS counts whole hours only and drops the leftover
            minutes.

      Files
      class-3/1365.csv (1365)
        Rows 2 · Paired 1 · Unpaired 1 · Findings 0 · Ignored 0 · Rejected 0
      class-3/culture.csv (문화품앗이)
        Rows 1 · Paired 0 · Unpaired 0 · Findings 1 · Ignored 0 · Rejected 0
      class-3/vms.csv (VMS)
        Rows 6 · Paired 1 · Unpaired 0 · Findings 3 · Ignored 1 · Rejected 1

      File warnings
        ! class-3/vms.csv: unused columns: 비고, 메모.

      Rows that could not be read
        class-3/vms.csv:5  봉사일
          class-3/vms.csv:5, column "봉사일": "2026-13-01" is not a date. Expected
          YYYY-MM-DD (or YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일). Change the
          date to one of these forms.

      2 people · 7 findings (3 errors, 2 warnings, 2 info) · 1 rejected row
      "
    `);
  });

  it("fits 80 columns", () => {
    for (const [report, lang] of [
      [ko, "ko"],
      [en, "en"],
    ] as const) {
      for (const line of renderTable(report, { lang, colour: false }).split("\n")) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(80);
      }
    }
  });

  it("colour off has no escape code; colour on has", () => {
    expect(renderTable(ko, { lang: "ko", colour: false })).not.toContain(ESC);
    expect(renderTable(en, { lang: "en", colour: false })).not.toContain(ESC);
    expect(renderTable(ko, { lang: "ko", colour: true })).toContain(ESC);
  });

  it("shows the NEIS hours of the school year of asOf, or of --school-year", () => {
    expect(renderTable(ko, { lang: "ko", colour: false })).toContain("NEIS 2026");
    const sy = buildReport(sampleInput({ lang: "en", schoolYear: 2025 }));
    expect(renderTable(sy, { lang: "en", colour: false, schoolYear: 2025 })).toContain("NEIS 2025");
  });

  it("says so when there are no findings", () => {
    const input = sampleInput({ lang: "en" });
    input.reconciliation.findings = [];
    const text = renderTable(buildReport(input), { lang: "en", colour: false });
    expect(text).toContain("No findings: every record is where it should be.");
    const empty = buildReport({
      files: [],
      people: { people: [], personOf: [], findings: [] },
      reconciliation: { findings: [], minutes: [], schoolYears: [], ledger: [] },
      asOf: day("2026-03-01") * 1440,
      lang: "ko",
      showPii: false,
      schoolYear: null,
    });
    expect(renderTable(empty, { lang: "ko", colour: false })).toBe(
      "발견 사항이 없습니다: 모든 기록이 있어야 할 곳에 있습니다.\n",
    );
  });

  it("lists at most 20 rejected rows per file and counts the rest", () => {
    const input = sampleInput({ lang: "en" });
    const vms = input.files[0];
    if (!vms) throw new Error("fixture");
    vms.rejected = Array.from({ length: 23 }, (_, i) => ({
      file: 0,
      line: 10 + i,
      reason: "invalid-phone" as const,
      column: "휴대폰",
      value: "010-****-12",
      detail: { field: "phone" },
    }));
    const text = renderTable(buildReport(input), { lang: "en", colour: false });
    expect(text).toContain("class-3/vms.csv:29");
    expect(text).not.toContain("class-3/vms.csv:30 ");
    expect(text).toContain("… and 3 more rows");
  });
});
