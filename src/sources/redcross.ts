import {
  ACTIVITY,
  ACTIVITY_DATE,
  DURATION,
  IDENTITY_COLUMNS,
  START_END,
  TRANSFER_WORDS,
} from "./common-aliases.js";
import type { SourceProfileInput } from "./source-profile.js";

// 대한적십자사 volunteer records: sent to 1365 automatically after a one-time consent (renewed every 2 years).
export const redcrossProfile = {
  id: "redcross",
  description: "대한적십자사 봉사실적: sent to 1365 automatically once the volunteer consents",
  sample: {
    header: "성명,생년월일,봉사회,봉사일자,활동내용,봉사시간,1365연계",
    row: "이도윤,2007-11-21,한빛청소년봉사회,2026-08-15,재난구호 물품 정리,3,연계완료",
    comment: "3 hours with the 한빛 youth unit, already linked to 1365",
  },
  fileNameHints: ["redcross", "적십자", "red-cross", "red_cross"],
  signature: ["봉사회", "소속봉사회", "지사", "적십자"],
  columns: {
    ...IDENTITY_COLUMNS,
    memberId: ["회원번호", "회원ID", "아이디", "member id", "member no"],
    date: ACTIVITY_DATE,
    duration: DURATION,
    ...START_END,
    institution: ["봉사회", "소속봉사회", "지사", "봉사처", "봉사기관", "기관명", "unit", "institution"],
    activity: ACTIVITY,
    transferResult: ["1365연계", "연계결과", "연계상태", "transfer result"],
  },
  required: [["date"], ["duration", "start"]],
  vocab: { transfer: TRANSFER_WORDS },
  defaults: { durationUnit: "hours", excelSerialDates: false },
} satisfies SourceProfileInput;
