import { IDENTITY_COLUMNS } from "./common-aliases.js";
import type { SourceProfileInput } from "./source-profile.js";

// 헌혈 (blood donation history): each eligible donation is worth 4 hours once the donor converts it in VMS
// (봉사인증 → 헌혈실적연계 → 봉사시간 전환). The export has no duration: reconciliation applies the 240 minutes.
export const bloodProfile = {
  id: "blood",
  description: "헌혈 실적 (혈액관리본부): donations, each worth 4 hours once converted in VMS",
  sample: {
    header: "성명,생년월일,헌혈일자,헌혈종류,헌혈장소,헌혈증서번호",
    row: "박서연,2007-05-02,2026-06-20,전혈,헌혈의집 중앙로센터,00-00-000001",
    comment: "one whole-blood donation; the certificate number identifies it across exports",
  },
  fileNameHints: ["blood", "헌혈", "donation"],
  signature: ["헌혈일자", "헌혈일", "헌혈종류", "헌혈구분", "헌혈증서번호", "증서번호", "헌혈장소", "혈액원"],
  columns: {
    ...IDENTITY_COLUMNS,
    date: ["헌혈일자", "헌혈일", "일자", "donation date", "date"],
    institution: ["헌혈장소", "혈액원", "헌혈의집", "장소", "place", "blood centre", "blood center"],
    donationKind: ["헌혈종류", "헌혈구분", "종류", "donation kind", "donation type", "kind"],
    certificateNo: ["헌혈증서번호", "증서번호", "certificate no", "certificate number"],
    converted: ["봉사시간전환", "전환여부", "봉사전환", "converted"],
  },
  required: [["date"]],
  vocab: {
    donationKind: {
      whole: ["전혈", "전혈헌혈", "whole", "whole blood"],
      plasma: ["혈장", "혈장성분", "혈장성분헌혈", "plasma"],
      platelet: ["혈소판", "혈소판성분", "혈소판성분헌혈", "platelet", "platelets"],
      "platelet-plasma": [
        "혈소판혈장",
        "혈소판혈장성분",
        "혈소판혈장성분헌혈",
        "다종성분",
        "platelet-plasma",
      ],
    },
    converted: {
      yes: ["y", "yes", "예", "전환", "전환완료", "o", "완료"],
      no: ["n", "no", "아니오", "미전환", "x", "-"],
    },
  },
  defaults: { durationUnit: "hours", excelSerialDates: false },
} satisfies SourceProfileInput;
