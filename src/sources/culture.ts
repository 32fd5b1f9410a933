import { IDENTITY_COLUMNS, START_END } from "./common-aliases.js";
import type { SourceProfileInput } from "./source-profile.js";

// 문화품앗이: a list (구분, 봉사제목, 활동처, 활동기간, 활동시간, 1365연계) and a per-day detail (활동일, 시작시간,
// 종료시간, 총시간, 연계결과, 코드). Links are per day: a period-only record cannot reach 1365. Here 구분 is a
// category (문화), not a link kind, so it maps to nothing.
export const cultureProfile = {
  id: "culture",
  description: "문화품앗이: activity list (period) or per-day detail with 연계결과 and result code",
  sample: {
    header: "활동일,시작시간,종료시간,총시간,연계결과,코드",
    row: "2021-08-09,10,16,6,연계실패,200",
    comment: "a 6-hour day that failed to link: code 200 = no 1365 consent or resident-number mismatch",
  },
  fileNameHints: ["culture", "문화품앗이", "품앗이"],
  signature: ["활동기간", "봉사기간", "봉사제목", "1365연계", "총시간", "코드", "결과코드", "연계결과"],
  ignore: ["구분"],
  columns: {
    ...IDENTITY_COLUMNS,
    memberId: ["아이디", "회원ID", "member id"],
    date: ["활동일", "활동일자", "봉사일", "봉사일자", "일자", "date", "activity date"],
    period: ["활동기간", "봉사기간", "기간", "period"],
    duration: ["활동시간", "총시간", "봉사시간", "인정시간", "hours", "duration"],
    ...START_END,
    institution: ["활동처", "기관명", "봉사처", "수요처", "institution", "organization"],
    activity: ["봉사제목", "활동내용", "프로그램명", "봉사명", "title", "activity"],
    transferResult: ["1365연계", "연계결과", "연계상태", "transfer result", "result"],
    transferCode: ["코드", "결과코드", "code", "result code"],
  },
  required: [
    ["date", "period"],
    ["duration", "start"],
  ],
  vocab: {
    transfer: {
      "not-sent": ["미신청", "미연계", "not sent"],
      requested: ["연계신청", "연계중", "requested"],
      sent: ["연계성공", "연계완료", "success", "linked"],
      failed: ["연계실패", "failed"],
    },
    transferCodes: { sent: [300, 400], failed: [99, 100, 200] },
  },
  defaults: { durationUnit: "hours", excelSerialDates: false },
} satisfies SourceProfileInput;
