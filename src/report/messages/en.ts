// English catalogue. Korean screen and menu names stay in Korean (with a gloss) because that is what the
// user sees on the sites: 마이페이지 → 1365연계 → 일괄전송.

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

const fm = (minutes: number): string => hoursAndMinutes(minutes, " h", " min");

const SOURCES: Record<BuiltinSource, string> = {
  vms: "VMS",
  "1365": "1365",
  redcross: "Red Cross",
  blood: "blood donation",
  culture: "문화품앗이",
};

const src = (source: string | null): string =>
  source === null ? "upstream" : Object.hasOwn(SOURCES, source) ? SOURCES[source as BuiltinSource] : source;

const FIELDS: Record<CanonicalField, string> = {
  name: "name",
  birthdate: "birthdate",
  phone: "phone",
  memberId: "member ID",
  rrn: "resident number",
  date: "date",
  period: "period",
  timeRange: "time range",
  start: "start time",
  end: "end time",
  duration: "hours",
  institution: "institution",
  activity: "activity",
  seq: "sequence number",
  approval: "approval",
  transferKind: "link kind",
  transferAt: "sent at",
  transferResult: "link result",
  transferCode: "result code",
  origin: "origin",
  donationKind: "donation kind",
  certificateNo: "certificate number",
  converted: "converted",
};

/** Donation kinds as the report names them. */
const DONATION_KINDS: Record<string, string> = {
  whole: "whole blood",
  plasma: "plasma",
  platelet: "platelets",
  "platelet-plasma": "platelets and plasma",
};

const ID_FIELD: Record<IdentityField, string> = {
  name: "name",
  birthdate: "birthdate",
  phone: "phone number",
};

const TIERS: Record<Tier, string> = { exact: "exact", strong: "strong", conflict: "conflict" };
const tier = (t: string): string => (Object.hasOwn(TIERS, t) ? TIERS[t as Tier] : t);

const fieldName = (field: string): string =>
  field
    .split("|")
    .map((f) => (Object.hasOwn(FIELDS, f) ? FIELDS[f as CanonicalField] : f))
    .join(" or ");

/** `the VMS record (2026-09-10, 가람센터, 여가선용, 2 h)`. */
function rec(f: RecordFacts, noun = "record"): string {
  const facts = recordFactList(f, fm);
  const head = noun === "" ? `The ${src(f.source)}` : `The ${src(f.source)} ${noun}`;
  return facts === "" ? head : `${head} (${facts})`;
}

const credit = (f: RecordFacts): string => rec({ ...f, source: "1365" }, "credit");
const lower = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

const SEND_VMS =
  "Send it to 1365 from VMS: 마이페이지 (My page) → 1365연계 → 일괄전송 (send all); sending is possible once per " +
  "hour. Both VMS and 1365 need your consent to link. It shows in 1365 a full 24 h after sending.";
const REDCROSS =
  "Renew your Red Cross → 1365 consent (it must be renewed every 2 years). Your birthdate at the Red Cross must " +
  "match the resident register, and two Red Cross memberships must be merged into one.";
const CULTURE_LINK =
  "Request the link (연계신청) for this day on 문화품앗이; it takes up to 2–3 days to arrive in 1365.";
const CONVERT_BLOOD =
  "In VMS, convert the donation (봉사인증 → 헌혈실적연계 → 봉사시간 전환), then send the record to 1365 " +
  "(마이페이지 → 1365연계 → 일괄전송).";
const BOTH_CONSENT =
  "Check that you gave link consent on both VMS and 1365, and that your name, birthdate and phone number are " +
  "identical on both sites; then send it again (VMS 마이페이지 → 1365연계 → 재전송).";

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
      return "Ask the organisation that issued the record to register it in 1365.";
  }
}

function resend(ctx: FindingContext): string {
  switch (ctx.role) {
    case "vms":
      return "Then send it again from VMS (마이페이지 → 1365연계 → 재전송).";
    case "culture":
      return "Then request the link again on 문화품앗이.";
    case "redcross":
      return "Then renew your Red Cross link consent (every 2 years).";
    default:
      return "Then send it again.";
  }
}

const q = (value: string | null): string => (value === null || value === "" ? "(empty)" : `"${value}"`);

/** `a.csv:14, column "봉사일"` or `a.csv:14`. */
function place(ctx: { path: string; line: number; column: string | null }): string {
  return ctx.column === null ? `${ctx.path}:${ctx.line}` : `${ctx.path}:${ctx.line}, column "${ctx.column}"`;
}

function fieldNote(field: CanonicalField | undefined): string {
  return field === undefined ? "" : ` (${FIELDS[field]})`;
}

/** The field note, left out when the message already says it (`is not a date` needs no `(date)`). */
function fieldNoteUnless(field: CanonicalField | undefined, obvious: CanonicalField): string {
  return field === obvious ? "" : fieldNote(field);
}

const DATE_FORMS = "YYYY-MM-DD (or YYYY.MM.DD, YYYY/MM/DD, YYYYMMDD, YYYY년 M월 D일)";

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const USAGE_FORMATS: Record<UsageFormat, string> = {
  date: "YYYY-MM-DD",
  "date-or-datetime": "YYYY-MM-DD or YYYY-MM-DD HH:MM",
};

/** What a usage error's value must be, from its facts. */
function usageExpected(d: FatalDetails["usage"]): string | undefined {
  if (d.format !== undefined) return USAGE_FORMATS[d.format];
  if (d.min !== undefined && d.max !== undefined) return `a whole number from ${d.min} to ${d.max}`;
  if (d.choices !== undefined) return `one of ${d.choices}`;
  return d.expected;
}

function usageMessage(d: FatalDetails["usage"]): string {
  const didYouMean = d.suggestion ? ` (did you mean ${d.suggestion}?)` : "";
  switch (d.problem) {
    case "unknown-option":
      return `unknown option '${d.option}'${didYouMean}`;
    case "unknown-command":
      return `unknown command '${d.value}'${didYouMean}`;
    case "missing-option-value":
      return `option '${d.option}' needs a value`;
    case "missing-argument":
      return `missing required argument '${d.value}'`;
    case "too-many-arguments":
      return d.max === undefined
        ? "too many arguments"
        : `too many arguments (at most ${plural(d.max, "argument", "arguments")})`;
    default: {
      if (!d.option) return d.message ?? "The command could not be understood.";
      const expected = usageExpected(d);
      return (
        `${d.option}${d.value === undefined ? "" : `: invalid value "${d.value}"`}` +
        (expected ? ` (expected ${expected})` : "")
      );
    }
  }
}

/** What a binary "CSV" is, as the not-text message names it (`binary` is named by the message itself). */
const BINARY_KINDS: Record<BinaryKind, string | null> = {
  xlsx: "an Excel workbook, .xlsx",
  xls: "an Excel 97–2003 workbook, .xls",
  zip: "a zip archive",
  pdf: "a PDF document",
  hwp: "a 한글 (HWP) document",
  image: "an image",
  binary: null,
};

const SAVE_AS_CSV_UTF8 =
  'Open it in Excel and save it as "CSV UTF-8 (Comma delimited)", then give vhr that file.';

function notTextRemedy(kind: BinaryKind | undefined): string {
  switch (kind) {
    case "xlsx":
    case "xls":
      return SAVE_AS_CSV_UTF8;
    case "zip":
      return "Unzip it and give vhr the CSV files inside (or their folder).";
    case "image":
      return "vhr cannot read images (a screenshot or photo of a list): download the list from the site as CSV.";
    case "pdf":
    case "hwp":
      return (
        "vhr cannot read documents: download the list from the site as CSV (or as Excel, then save it as " +
        '"CSV UTF-8 (Comma delimited)").'
      );
    default:
      return 'Export CSV from the source system, or save it from Excel as "CSV UTF-8 (Comma delimited)".';
  }
}

/** The part of --person that cannot be read, in a sentence. */
function personMessage(d: FatalDetails["person-invalid"]): string {
  const value = d.value === undefined ? "" : `, "${d.value}",`;
  switch (d.field) {
    case "name":
      return `The name in --person${value} is not a name (it has no letters).`;
    case "birthdate":
      return `The birthdate in --person${value} is not a date.`;
    case "phone":
      return `The phone number in --person${value} is not a phone number.`;
  }
  if (d.problem === "too-many-parts") {
    return (
      `--person has ${d.parts === undefined ? "too many" : d.parts} parts, but takes at most 3: name, birthdate ` +
      "and phone, separated by commas."
    );
  }
  if (d.problem === "no-name") return "--person has no name: it must start with the name.";
  return `Cannot read --person${d.value === undefined ? "" : ` "${d.value}"`}.`;
}

export const en = {
  lang: "en",
  formatMinutes: fm,
  labels: {
    findings: {
      person: "Person",
      name: "Name",
      source: "Source",
      date: "Date",
      minutes: "Minutes",
      hours: "Hours",
      kind: "Kind",
      severity: "Severity",
      message: "Message",
      remedy: "Remedy",
      institution: "Institution",
      activity: "Activity",
      file: "File",
      line: "Line",
    },
    people: {
      id: "ID",
      name: "Name",
      birthdate: "Birthdate",
      phone: "Phone",
      tier: "Tier",
      sources: "Sources",
      vms: "VMS",
      redcross: "Red Cross",
      culture: "Culture",
      blood: "Blood",
      expected1365: "Expected",
      credited1365: "Credited",
      missing: "Missing",
      inTransit: "In transit",
      neis: (schoolYear) => `NEIS ${schoolYear}`,
    },
    files: {
      path: "File",
      source: "Source",
      rows: "Rows",
      paired: "Paired",
      unpaired: "Unpaired",
      finding: "Findings",
      ignored: "Ignored",
      rejected: "Rejected",
      place: "Place",
      column: "Column",
      message: "Message",
    },
    kinds: {
      "missing-transfer": "missing transfer",
      "sent-not-received": "sent, not received",
      "transfer-failed": "transfer failed",
      "blood-not-converted": "blood not converted",
      "hours-mismatch": "hours mismatch",
      "identity-mismatch": "identity mismatch",
      "duplicate-account": "duplicate account",
      "ambiguous-identity": "ambiguous identity",
      "not-approved": "not approved",
      "period-record": "period record",
      "blood-ineligible": "blood ineligible",
      "duplicate-credit": "duplicate credit",
      "daily-cap": "daily cap",
      "in-transit": "in transit",
      "unmatched-credit": "unmatched credit",
      "neis-fraction": "NEIS fraction",
    },
    severities: { error: "error", warning: "warning", info: "info" },
    sources: SOURCES,
    tiers: TIERS,
    fields: FIELDS,
  },
  text: {
    title: (asOf) => `Volunteer hours check (as of ${asOf})`,
    hoursBySource: "Hours by source",
    hoursIn1365: (schoolYear) => `1365 and NEIS (NEIS: school year ${schoolYear})`,
    findings: "Findings",
    files: "Files",
    rejectedRows: "Rows that could not be read",
    warnings: "File warnings",
    moreRejected: (n) => `… and ${plural(n, "more row", "more rows")} (the full list: --format json).`,
    noFindings: "No findings: every record is where it should be.",
    personHeading: (id, name, n) => `${id} ${name ?? "(no name)"} · ${plural(n, "finding", "findings")}`,
    noPerson: (n) => `No person · ${plural(n, "finding", "findings")}`,
    summary: (c) =>
      `${plural(c.people, "person", "people")} · ${plural(c.findings, "finding", "findings")} ` +
      `(${plural(c.error, "error", "errors")}, ${plural(c.warning, "warning", "warnings")}, ${c.info} info) · ` +
      `${plural(c.rejected, "rejected row", "rejected rows")}`,
    people: "People",
    members: "Records",
    evidence: "Links",
    identityFindings: "Identity findings",
    noIdentityFindings: "No identity findings.",
    peopleSummary: (people, findings) =>
      `${plural(people, "person", "people")} · ${plural(findings, "identity finding", "identity findings")}`,
    none: "—",
  },
  findings: {
    "missing-transfer": {
      message: (f) =>
        `${rec(f)} is not in 1365; it should have arrived by ${f.detail.due}` +
        (f.detail.transferRaw ? ` (link status: ${f.detail.transferRaw}).` : "."),
      remedy: (_f, ctx) => sendRemedy(ctx),
    },
    "sent-not-received": {
      message: (f) =>
        `${rec(f)} is marked as sent` +
        (f.detail.transferRaw || f.detail.sentAt
          ? ` (${[f.detail.transferRaw, f.detail.sentAt].filter(Boolean).join(", ")})`
          : "") +
        ` but had not arrived in 1365 by ${f.detail.due}.`,
      remedy: (_f, ctx) =>
        "Check your link consent on the 1365 side, and whether you have two 1365 IDs (if so, ask 1365 to merge " +
        `them: 중복ID 통합 신청). ${resend(ctx)}`,
    },
    "transfer-failed": {
      message: (f) => {
        const code = f.detail.code ?? (typeof f.code === "number" ? f.code : null);
        const why = [f.detail.transferRaw, code === null ? null : `code ${code}`].filter(Boolean).join(", ");
        return `The link of ${lower(rec(f))} to 1365 failed${why ? ` (${why})` : ""}.`;
      },
      remedy: (f, ctx) => {
        const code = f.detail.code ?? (typeof f.code === "number" ? f.code : null);
        if (code === 99) return "A system error (code 99): request the link again later.";
        if (code === 100)
          return (
            "1365 has no such ID (code 100): sign up on 1365, or check the 1365 ID used for the link, then " +
            "request the link again."
          );
        if (code === 200)
          return (
            "No 1365 consent, or the resident number verified differs from 1365's (code 200): check your consent " +
            "on 1365, reset the identity verification (실명인증 재설정), then request the link again."
          );
        if (ctx.role === "redcross") return REDCROSS;
        if (ctx.role === "culture")
          return (
            "Check that you gave link consent on both 문화품앗이 and 1365, and that your name, birthdate and phone " +
            "number are identical on both; then request the link again on 문화품앗이."
          );
        return BOTH_CONSENT;
      },
    },
    "blood-not-converted": {
      message: (f) => {
        const kind =
          f.detail.donationKind === null
            ? null
            : (DONATION_KINDS[f.detail.donationKind] ?? f.detail.donationKind);
        const facts = [f.date === null ? null : formatDay(f.date), kind].filter(Boolean);
        const what = `The blood donation${facts.length > 0 ? ` (${facts.join(", ")})` : ""}`;
        return f.detail.converted === "yes"
          ? `${what} is marked as converted, but there is neither a 4-hour VMS record nor a 1365 credit for it.`
          : `${what} was not converted to volunteer hours: there is neither a 4-hour VMS record nor a 1365 credit for it.`;
      },
      remedy: (f) =>
        f.detail.converted === "yes"
          ? "Check the conversion in VMS (봉사인증 → 헌혈실적 조회), then send the converted record to 1365 " +
            "(마이페이지 → 1365연계 → 일괄전송)."
          : CONVERT_BLOOD,
    },
    "hours-mismatch": {
      message: (f) =>
        `${rec(f)} has ${fm(f.detail.upstreamMinutes)}, but 1365 credits ${fm(f.detail.creditedMinutes)} ` +
        `(difference ${fm(Math.abs(f.detail.differenceMinutes))}).`,
      remedy: (f) =>
        f.detail.creditedMinutes < f.detail.upstreamMinutes
          ? "Ask the organisation (수요처) to correct the hours, or ask 1365 to correct them; volunteers cannot " +
            "edit hours themselves."
          : "1365 credits more: if that is wrong, ask the organisation (수요처) or 1365 to correct it.",
    },
    "identity-mismatch": {
      message: (f, ctx) => {
        const d = f.detail;
        const hint = ctx.showPii ? "" : " (--show-pii shows the values)";
        return (
          `The ${ID_FIELD[d.field]} differs between ${src(d.fromSource)} and ${src(d.toSource)}: ` +
          `${src(d.fromSource)} ${ctx.show(d.field, d.left)}, ${src(d.toSource)} ${ctx.show(d.field, d.right)}${hint}. ` +
          "This difference can make transfers fail."
        );
      },
      remedy: (f) =>
        `Make the ${ID_FIELD[f.detail.field]} identical in both systems (${src(f.detail.fromSource)}, ` +
        `${src(f.detail.toSource)}), as in the resident register, then link again.`,
    },
    "duplicate-account": {
      message: (f) => `One person has several IDs in ${src(f.detail.source)}: ${f.detail.memberIds}.`,
      remedy: (f) =>
        `Ask ${src(f.detail.source)} to merge the IDs (중복ID 통합 신청): records reach 1365 only under one ID.`,
    },
    "ambiguous-identity": {
      message: (f) =>
        `${rec(f)} matches ${f.detail.candidates} people equally well (${tier(f.detail.tier)}), so it cannot be ` +
        "assigned to anyone.",
      remedy: () =>
        "Use exports with name, birthdate and phone columns, name the person with --person, or check the " +
        "identity details of the records.",
    },
    "not-approved": {
      message: (f) => {
        const raw = f.detail.approvalRaw ? ` (${f.detail.approvalRaw})` : "";
        return f.detail.approval === "pending"
          ? `${rec(f)} is not approved yet${raw}; it cannot be sent to 1365 before approval.`
          : `${rec(f)} was rejected${raw}; it will not be sent to 1365.`;
      },
      remedy: (f) =>
        f.detail.approval === "pending"
          ? "Ask the organisation (수요처) to approve it; approval usually takes 1–7 days."
          : "Ask the organisation (수요처) why it was rejected, and apply again if needed.",
    },
    "period-record": {
      message: (f) =>
        `The ${src(f.source)} record for ${f.detail.periodStart}~${f.detail.periodEnd}` +
        `${f.activity ? ` (${f.activity})` : ""} has only a period, so it cannot be linked to 1365 ` +
        `("상세봉사내역이 존재하지 않습니다": no per-day records).`,
      remedy: () =>
        "Ask the organisation (활동처) to enter per-day records (상세봉사내역), then request the link for each day.",
    },
    "blood-ineligible": {
      message: (f) => {
        const d = f.detail;
        // "The blood donation (…)", not "The blood donation donation (…)".
        const what = rec(f, f.source === "blood" ? "" : "donation");
        switch (d.rule) {
          case "before-2010-07-01":
            return `${what} is before 2010-07-01, so it does not count as volunteer hours.`;
          case "yearly-cap-whole":
            return `${what} is over the yearly cap on whole-blood donations${d.year === null ? "" : ` in ${d.year}`} (${d.cap ?? 5} a year).`;
          case "yearly-cap-component":
            return `${what} is over the yearly cap on component donations${d.year === null ? "" : ` in ${d.year}`} (${d.cap ?? 24} a year).`;
          case "school-year-cap":
            return (
              `${what} is over the school's cap${d.year === null ? "" : ` for school year ${d.year}`}` +
              `${d.cap === null ? "" : ` (${d.cap} a school year)`}.`
            );
        }
      },
      remedy: (f) =>
        f.detail.rule === "school-year-cap"
          ? "Donations over the school's cap do not count there: check the cap (--blood-cap) with the school."
          : f.detail.rule === "before-2010-07-01"
            ? "Nothing to do: donations before 2010-07-01 do not count."
            : "Nothing to do: donations over the yearly caps (whole blood 5, components 24) do not count.",
    },
    "duplicate-credit": {
      message: (f) =>
        f.detail.reason === "code-400"
          ? `문화품앗이 answered "duplicate" (code 400) for ${lower(rec(f))}: it is already in 1365.`
          : `The same record is credited twice in 1365: ${lower(credit(f))}.`,
      remedy: (f) =>
        f.detail.reason === "code-400"
          ? "Check that 1365 shows it only once; if twice, ask 1365 to remove the duplicate."
          : "Ask 1365 to remove the duplicate credit (before the school submission).",
    },
    "daily-cap": {
      message: (f) =>
        `${f.date === null ? "On one day" : `On ${formatDay(f.date)}`} 1365 credits ${fm(f.detail.creditedMinutes)}, ` +
        `${fm(f.detail.excessMinutes)} over the student daily cap of ${fm(f.detail.capMinutes)}.`,
      remedy: () =>
        "Students get at most 8 hours a day (less on school days); the excess does not count in the school record. " +
        "If the date is wrong, ask the organisation to correct it.",
    },
    "in-transit": {
      message: (f) => `${rec(f)} is still on its way to 1365: wait until ${f.detail.due}.`,
      remedy: (f) => `Wait until ${f.detail.due}, then check again.`,
    },
    "unmatched-credit": {
      message: (f) =>
        `${credit(f)} comes from ${src(f.detail.origin)}, but the ${src(f.detail.origin)} files given have no ` +
        "matching record.",
      remedy: () => "Nothing to do (for information). The upstream export may not cover the whole period.",
    },
    "neis-fraction": {
      message: (f) =>
        `${fm(f.detail.droppedMinutes)} of ${lower(credit(f))} will not count in NEIS ` +
        `(NEIS: ${plural(f.detail.neisHours, "hour", "hours")}).`,
      remedy: () => "Nothing to do: NEIS counts whole hours only and drops the leftover minutes.",
    },
  },
  rejects: {
    "column-count": (c) =>
      `${c.path}:${c.line}: the row has ${plural(c.detail.actual, "cell", "cells")}, the header ` +
      `${c.detail.expected}. A value containing a comma or a line break must be in double quotes: make this row ` +
      "have as many cells as the header.",
    "missing-value": (c) =>
      `${place(c)}: the value is empty${fieldNote(c.detail.field)}. The record cannot be read without it: ` +
      "export it again from the source system or fill in the cell.",
    "invalid-date": (c) =>
      `${place(c)}: ${q(c.value)} is not a date${fieldNoteUnless(c.detail.field, "date")}. Expected ${DATE_FORMS}. ` +
      (c.detail.hint === "excel-serial"
        ? "It looks like an Excel date serial number: format the column as a date in Excel and save the CSV " +
          "again, or read the file with a --profile whose defaults have excelSerialDates: true."
        : "Change the date to one of these forms."),
    "invalid-period": (c) =>
      c.detail.problem === "reversed"
        ? `${place(c)}: ${q(c.value)} has its dates reversed: it ends before it starts. ` +
          (c.detail.swapped
            ? `Change it to "${c.detail.swapped}".`
            : "Put the start date first, then ~, then the end date.")
        : `${place(c)}: ${q(c.value)} is not a period. Expected YYYYMMDD~YYYYMMDD (or YYYY-MM-DD~YYYY-MM-DD). ` +
          "Change the period to this form.",
    "invalid-duration": (c) => {
      const d = c.detail;
      const why =
        d.problem === "zero"
          ? "is zero"
          : d.problem === "negative"
            ? "is negative"
            : d.problem === "too-long"
              ? `is over 24 h for one day${d.minutes === undefined ? "" : ` (${fm(d.minutes)})`}`
              : "is not a duration";
      return (
        `${place(c)}: ${q(c.value)} ${why}. Expected e.g. 2시간, 2시간 30분, 90분, 1:30, 2.5, 15:30~16:30 ` +
        "(more than 0 and at most 24 h for one day). Correct the hours."
      );
    },
    "invalid-time": (c) =>
      `${place(c)}: ${q(c.value)} is not a time. Expected 15:30 or an hour (10), a range as 15:30~16:30. ` +
      "Correct the time.",
    "invalid-birthdate": (c) =>
      `${place(c)}: ${q(c.value)} is not a birthdate. Expected YYYY-MM-DD, YYYYMMDD, YYMMDD or YYYY년 M월 D일. ` +
      "Correct the birthdate.",
    "invalid-phone": (c) =>
      `${place(c)}: ${q(c.value)} is not a phone number. Expected 010-1234-5678 (or 01012345678, ` +
      "+82 10-1234-5678). " +
      (c.detail.hint === "excel-number"
        ? "Excel turned the number into scientific notation and lost its digits: format the column as text in " +
          "Excel, type the number again or export again, and save the CSV."
        : "Correct the number or leave the cell empty."),
    "invalid-name": (c) =>
      `${place(c)}: ${q(c.value)} is not a name (it has no letters). Correct the name or leave the cell empty.`,
    "invalid-code": (c) =>
      `${place(c)}: ${q(c.value)} is not a known result code. Expected ${c.detail.expected ?? "99, 100, 200, 300, 400"}. ` +
      "Correct the code.",
    "unknown-status": (c) =>
      `${place(c)}: ${q(c.value)} is not a known status${fieldNote(c.detail.field)}.` +
      (c.detail.expected ? ` Expected one of: ${c.detail.expected}.` : "") +
      " Correct the value, or add the word to a user profile (--profile).",
    "date-out-of-range": (c) => {
      const { min, max } = c.detail;
      const range =
        min && max
          ? `between ${min} and ${max}`
          : min
            ? `from ${min}`
            : max
              ? `up to ${max}`
              : "a plausible date";
      return `${place(c)}: ${q(c.value)} is out of range (expected ${range}). Correct the date.`;
    },
    "unterminated-quote": (c) =>
      `${c.path}:${c.line}: a double quote (") opened on this line never closes, so the row cannot be split into ` +
      'cells; the lines after it were read on their own. A quote inside a value must be doubled (""): close the ' +
      "quote or pair them up.",
    "row-too-long": (c) =>
      `${c.path}:${c.line}: the row is longer than ` +
      `${c.detail.max === undefined ? "a few million" : c.detail.max.toLocaleString("en-US")} characters, so it ` +
      "is not a row of an export; the lines after it were read on their own. Check that this is the right file, " +
      "or export it again.",
  },
  warnings: {
    "rrn-column-dropped": (c) =>
      `${c.path}: the resident-number column "${c.detail.column}" was dropped unread; vhr never keeps resident numbers.`,
    "rrn-value-masked": (c) => {
      const where = [
        c.detail.line === undefined ? null : `line ${c.detail.line}`,
        c.detail.column ? `column "${c.detail.column}"` : null,
      ]
        .filter(Boolean)
        .join(", ");
      return (
        `${c.path}: masked ${plural(c.detail.count, "value", "values")} that look like resident numbers` +
        `${where ? ` (first: ${where})` : ""}.`
      );
    },
    "duplicate-header": (c) => {
      const d = c.detail;
      const which =
        d.columnNumber === undefined ? `"${d.column}"` : `"${d.column}" (column ${d.columnNumber})`;
      const what = d.field === undefined ? "the same field" : `the same field (${FIELDS[d.field]})`;
      const first = d.first ? `"${d.first}"` : "an earlier column";
      return `${c.path}: column ${which} is ignored: it maps to ${what} as ${first}, which is used.`;
    },
    "unmapped-columns": (c) => `${c.path}: unused columns: ${c.detail.columns}.`,
    "no-identity-columns": (c) =>
      c.detail.from === "option"
        ? `${c.path}: no name, birthdate or phone column; its records belong to the person given with --person.`
        : `${c.path}: no name, birthdate or phone column; its records are taken as one person's. If the file ` +
          "holds several people, use an export with identity columns; if it is one person's, name them with --person.",
    "encoding-override": (c) =>
      `${c.path}: read as ${c.detail.encoding} (--encoding)` +
      (c.detail.detected ? `; detection would have chosen ${c.detail.detected}.` : "."),
    "nul-removed": (c) =>
      `${c.path}: removed ${plural(c.detail.count, "NUL character", "NUL characters")} (zero bytes, never data). ` +
      "The file may be damaged: if values look wrong, export it again.",
  },
  fatals: {
    usage: {
      message: usageMessage,
      remedy: (d) => (d.command ? `See vhr ${d.command} --help.` : "See vhr --help."),
    },
    "file-not-found": {
      message: (d) => `No such file: ${d.path}`,
      remedy: () => "Check the path. A folder reads the *.csv files in it.",
    },
    "file-unreadable": {
      message: (d) => `Cannot read ${d.path}${d.reason ? ` (${d.reason})` : ""}`,
      remedy: () =>
        "Check the permissions; if another program (such as Excel) has the file open, close it and run again.",
    },
    "file-empty": {
      message: (d) => `The file is empty: ${d.path}`,
      remedy: () => "Export it again from the source system.",
    },
    "not-text": {
      message: (d) => {
        const kind = d.kind === undefined ? null : BINARY_KINDS[d.kind];
        return `Not a text (CSV) file: ${d.path}${kind ? ` (${kind})` : ""}`;
      },
      remedy: (d) => notTextRemedy(d.kind),
    },
    "html-file": {
      message: (d) => `An HTML file (a web page, or an "Excel" download that is really HTML): ${d.path}`,
      remedy: () => 'Open it in Excel and save it as "CSV UTF-8 (Comma delimited)", then give vhr that file.',
    },
    "no-header": {
      message: (d) =>
        `No header line found in ${d.path}` +
        (d.lines === undefined
          ? ""
          : d.lines === 1
            ? " (looked at its first row)"
            : ` (looked at the first ${d.lines} rows)`),
      remedy: () =>
        "The file needs a line of column names (e.g. 봉사일, 봉사시간). See the known names with vhr sources, and " +
        "how the file is read with vhr inspect.",
    },
    "missing-column": {
      message: (d) =>
        `${d.path} (${src(d.source)}): no ${fieldName(d.field)} column.` +
        (d.headers ? ` The file's columns: ${d.headers}.` : ""),
      remedy: (d) =>
        `A column with one of these headers is needed: ${d.aliases}. Rename the column, or add an alias with --profile.`,
    },
    "source-ambiguous": {
      message: (d) =>
        `${d.path}: cannot tell which system this file comes from. Candidates: ${d.candidates}.`,
      remedy: (d) => {
        const first = d.candidates.split(",")[0]?.trim() || "ID";
        return `Prefix the file with its source (${first}:${d.path}) or pass --source ${first}.`;
      },
    },
    "source-unknown": {
      message: (d) =>
        d.source !== undefined
          ? `Unknown source: ${d.source}`
          : `${d.path ?? "Input"}: matches no known format.`,
      remedy: (d) =>
        `Known sources: ${d.known}. Prefix the file (vms:FILE), pass --source ID, or add a format with --profile. ` +
        "vhr inspect FILE shows how the file is read.",
    },
    "encoding-unknown": {
      message: (d) => `Unknown encoding: ${d.encoding}`,
      remedy: (d) => `Supported encodings: ${d.supported ?? "utf-8, cp949, utf-16le, utf-16be"}.`,
    },
    "encoding-invalid": {
      message: (d) =>
        `${d.path}: bytes that are not valid ${d.encoding}${d.line === undefined ? "" : ` (line ${d.line})`}.`,
      remedy: () =>
        "Leave out --encoding to let vhr detect it, or pass the right one (Excel on Korean Windows saves cp949).",
    },
    "profile-invalid": {
      message: (d) => `Invalid profile ${d.path}${d.at ? ` (at ${d.at})` : ""}: ${d.problem}`,
      remedy: () => "vhr sources --json prints the profile schema: make the profile follow it.",
    },
    "person-invalid": {
      message: personMessage,
      remedy: () => 'Give it as "name,birthdate,phone", e.g. --person "김하늘,2008-03-15,010-0000-0000".',
    },
    "no-inputs": {
      message: (d) => (d.path ? `No CSV files in ${d.path}.` : "No input files."),
      remedy: () => "Give files or folders, e.g. vhr check vms.csv 1365.csv ('-' reads standard input).",
    },
    "output-unwritable": {
      message: (d) => `Cannot write the output file ${d.path}${d.reason ? ` (${d.reason})` : ""}`,
      remedy: () =>
        "Check that the folder exists, that you may write there, and that Excel does not have the file open.",
    },
  },
} satisfies Catalogue;
