import {
  ACTIVITY,
  ACTIVITY_DATE,
  DURATION,
  IDENTITY_COLUMNS,
  INSTITUTION,
  START_END,
  TRANSFER_WORDS,
} from "./common-aliases.js";
import type { SourceProfileInput } from "./source-profile.js";

// VMS (사회복지자원봉사인증관리): the 1365연계 결과조회 link table in its 2017 and 2020 layouts, and the 실적 list
// with an approval column. 봉사시간 in the link table is a clock range (15:30~16:30), not a number.
export const vmsProfile = {
  id: "vms",
  description:
    "VMS 사회복지자원봉사인증관리: 1365연계 결과조회 (2017, 2020 layouts) or 봉사실적 list with 승인상태",
  sample: {
    header: "봉사일,순번,수요처,활동내역,봉사시간,연계구분,전송일시,연계결과,재전송",
    row: "2010-01-26,1,가람가정봉사원지원센터,여가선용(각종 취미활동 등),15:30~16:30,신규,2017-06-07,전송성공,-",
    comment: "one record sent to 1365 on 2017-06-07; 봉사시간 is the clock range of the activity",
  },
  fileNameHints: ["vms", "사회복지자원봉사"],
  signature: ["수요처", "연계구분", "전송일시", "전송일자", "재전송", "승인상태", "승인여부", "인증기관"],
  // 재전송 is a button column of the link table, not data.
  ignore: ["재전송"],
  columns: {
    ...IDENTITY_COLUMNS,
    memberId: ["아이디", "회원ID", "VMS아이디", "member id", "user id", "id"],
    date: ACTIVITY_DATE,
    duration: DURATION,
    ...START_END,
    institution: INSTITUTION,
    activity: ACTIVITY,
    seq: ["순번", "no", "seq"],
    approval: ["승인상태", "승인여부", "상태", "approval", "status"],
    transferKind: ["연계구분", "구분", "transfer kind"],
    transferAt: ["전송일시", "전송일자", "연계일시", "sent at", "transfer date"],
    transferResult: ["연계결과", "결과", "1365연계", "연계상태", "transfer result", "result"],
  },
  required: [["date"], ["duration", "start"]],
  vocab: {
    approval: {
      approved: ["승인", "승인완료", "인증", "인증완료", "approved", "y"],
      pending: ["대기", "승인대기", "미승인", "확인중", "pending", "n"],
      rejected: ["반려", "취소", "승인취소", "rejected"],
    },
    transfer: TRANSFER_WORDS,
  },
  defaults: { durationUnit: "hours", excelSerialDates: false },
} satisfies SourceProfileInput;
