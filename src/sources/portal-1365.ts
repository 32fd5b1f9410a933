import {
  ACTIVITY,
  ACTIVITY_DATE,
  DURATION,
  IDENTITY_COLUMNS,
  INSTITUTION,
  START_END,
} from "./common-aliases.js";
import type { SourceProfileInput } from "./source-profile.js";

// 1365 자원봉사포털 (older name 나눔포털): the credits. 실적구분 (or 연계기관/출처) names the system a credit came from.
export const portal1365Profile = {
  id: "1365",
  description:
    "1365 자원봉사포털 봉사실적: the credits that reach NEIS, with 실적구분 naming where each came from",
  sample: {
    header: "이름,생년월일,휴대폰,봉사일자,봉사처,활동내용,인정시간,실적구분",
    row: "김하늘,2008-03-05,010-0000-1234,2026-09-10,(사)푸른나눔복지관,급식 보조,2시간,VMS",
    comment: "a 2-hour credit that arrived from VMS",
  },
  fileNameHints: ["1365", "나눔포털", "자원봉사포털"],
  signature: ["실적구분", "연계기관", "출처", "인정시간"],
  columns: {
    ...IDENTITY_COLUMNS,
    memberId: ["아이디", "회원ID", "1365아이디", "member id", "user id", "id"],
    date: ACTIVITY_DATE,
    duration: DURATION,
    ...START_END,
    institution: INSTITUTION,
    activity: ACTIVITY,
    seq: ["순번", "no", "seq"],
    origin: ["실적구분", "연계기관", "출처", "origin"],
  },
  required: [["date"], ["duration", "start"]],
  vocab: {
    origin: {
      vms: ["VMS", "사회복지자원봉사", "사회복지자원봉사인증관리", "사회복지협의회", "한국사회복지협의회"],
      redcross: ["적십자", "대한적십자사", "적십자사", "redcross", "red cross"],
      culture: ["문화품앗이", "품앗이", "culture"],
      blood: ["헌혈", "blood", "blood donation"],
      "1365": ["1365", "1365자원봉사포털", "자원봉사포털", "나눔포털", "자원봉사센터", "직접", "direct"],
    },
  },
  defaults: { durationUnit: "hours", excelSerialDates: false },
} satisfies SourceProfileInput;
