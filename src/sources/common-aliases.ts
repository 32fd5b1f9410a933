// Header aliases shared by every source: identity columns look the same in every Korean export.
// Source-specific columns (구분, 결과, …) stay in their own profile, because the same word means different
// things in different systems (DESIGN §4).

export const IDENTITY_COLUMNS = {
  name: ["이름", "성명", "봉사자명", "회원명", "봉사자", "name", "full name", "volunteer name", "volunteer"],
  birthdate: ["생년월일", "생일", "출생일", "birthdate", "birth date", "date of birth", "dob", "birthday"],
  phone: [
    "휴대폰",
    "휴대폰번호",
    "휴대전화",
    "휴대전화번호",
    "핸드폰",
    "핸드폰번호",
    "연락처",
    "전화번호",
    "phone",
    "mobile",
    "phone number",
    "mobile phone",
    "tel",
  ],
  rrn: ["주민등록번호", "주민번호", "rrn", "resident registration number", "resident number"],
};

export const ACTIVITY_DATE = [
  "봉사일",
  "봉사일자",
  "활동일",
  "활동일자",
  "일자",
  "date",
  "activity date",
  "service date",
];
export const DURATION = [
  "봉사시간",
  "활동시간",
  "인정시간",
  "총시간",
  "실적시간",
  "hours",
  "duration",
  "time",
  "minutes",
];
export const START_END = {
  start: ["시작시간", "시작", "start", "start time"],
  end: ["종료시간", "종료", "end", "end time"],
};
export const INSTITUTION = [
  "수요처",
  "활동처",
  "봉사처",
  "봉사기관",
  "기관명",
  "인증기관",
  "institution",
  "organization",
  "organisation",
  "agency",
];
export const ACTIVITY = [
  "활동내역",
  "활동내용",
  "봉사내용",
  "봉사제목",
  "봉사명",
  "프로그램명",
  "activity",
  "title",
  "program",
];
export const TRANSFER_WORDS = {
  "not-sent": ["미전송", "미연계", "미신청", "전송전", "not sent", "n"],
  requested: ["연계신청", "연계중", "전송대기", "전송중", "신청", "requested", "pending transfer"],
  sent: ["전송성공", "전송완료", "연계성공", "연계완료", "성공", "완료", "sent", "success", "linked", "y"],
  failed: ["전송실패", "연계실패", "실패", "failed", "failure", "error"],
};
