// The plain path (plain-person.ts) against the rules (reconcilePerson): the same findings, totals and ledger
// for people made of VMS records and their 1365 credits, most of them plain, many one detail away from it.
// Invented people only.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReconcileOptions } from "../model/reconciliation.js";
import type { BuiltinSource, IngestedFile, Origin } from "../model/record.js";
import { defaultReconcileOptions } from "./options.js";
import { type PersonRecords, plainCodes, reconcilePlainPerson } from "./plain-person.js";
import { reconcile } from "./reconcile.js";
import { day, endOfDay, file, indexFiles, peopleOf, type RecordSpec } from "./test-builders.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 200);

const NAMES = ["김하늘", "박서연", "이도윤"];
/** Around the school year's start (March) and a leap day. */
const DATES = ["2024-02-29", "2024-03-01", "2024-05-01", "2025-02-28", "2025-03-01"];

/** One activity of a person: its VMS (or Red Cross) row and what 1365 shows of it. */
const activityArb = fc.record({
  person: fc.constantFrom(...NAMES),
  source: fc.constantFrom<"vms" | "redcross">("vms", "vms", "vms", "redcross"),
  date: fc.constantFrom(...DATES),
  minutes: fc.constantFrom(60, 120, 180, 240, 300, 480, 45, 90),
  approval: fc.constantFrom(
    null,
    "approved" as const,
    "approved" as const,
    "pending" as const,
    "rejected" as const,
  ),
  institution: fc.constantFrom("", "푸른나눔복지관", "헌혈의집 중앙로센터"),
  activity: fc.constantFrom("", "급식 보조", "헌혈"),
  credit: fc.constantFrom("same", "same", "same", "same", "none", "twice", "other-minutes", "other-date"),
  /** "same": the activity's own source (vms or redcross). */
  origin: fc.constantFrom<Origin | "same" | null>(
    "same",
    "same",
    "same",
    null,
    "vms",
    "redcross",
    "blood",
    "1365",
  ),
  odd: fc.constantFrom("none", "none", "none", "none", "none", "none", "period", "no-date", "no-minutes"),
});

interface Run {
  files: IngestedFile[];
  options: ReconcileOptions;
}

const runArb: fc.Arbitrary<Run> = fc
  .record({
    activities: fc.array(activityArb, { maxLength: 14 }),
    blood: fc.option(fc.constantFrom(...NAMES), { nil: null, freq: 4 }),
    asOf: fc.constantFrom("2024-05-01", "2025-12-31"),
    dailyCap: fc.constantFrom(480, 300),
  })
  .map(({ activities, blood, asOf, dailyCap }) => {
    const upstream: Record<"vms" | "redcross", RecordSpec[]> = { vms: [], redcross: [] };
    const credits: RecordSpec[] = [];
    for (const a of activities) {
      upstream[a.source].push({
        person: a.person,
        date: a.odd === "no-date" ? null : a.date,
        periodEnd: a.odd === "period" ? "2025-03-03" : null,
        minutes: a.odd === "no-minutes" ? null : a.minutes,
        institution: a.institution,
        activity: a.activity,
        approval: a.approval,
        approvalRaw: a.approval === null ? null : `${a.approval}!`,
      });
      const credit: RecordSpec = {
        person: a.person,
        date: a.credit === "other-date" ? "2024-03-02" : a.date,
        minutes: a.credit === "other-minutes" ? a.minutes + 60 : a.minutes,
        institution: a.institution,
        activity: a.activity,
        origin: a.origin === "same" ? a.source : a.origin,
      };
      if (a.credit !== "none") credits.push(credit);
      if (a.credit === "twice") credits.push(credit);
    }
    const files: [BuiltinSource, RecordSpec[]][] = [
      ["vms", upstream.vms],
      ["redcross", upstream.redcross],
      ["1365", credits],
    ];
    if (blood !== null) files.push(["blood", [{ person: blood, date: "2024-05-01", certificateNo: "A" }]]);
    return {
      files: indexFiles(files.map(([role, specs]) => file(role, specs))),
      options: { ...defaultReconcileOptions(endOfDay(asOf)), dailyCapMinutes: dailyCap },
    };
  });

/** Every record of the files as one person's, in file order. */
function allRecords(files: readonly IngestedFile[]): PersonRecords {
  const filePos: number[] = [];
  const recPos: number[] = [];
  files.forEach((f, i) => {
    for (let r = 0; r < f.records.length; r++) {
      filePos.push(i);
      recPos.push(r);
    }
  });
  const order = Int32Array.from(filePos, (_, g) => g);
  return {
    order,
    from: 0,
    to: order.length,
    filePos: Int32Array.from(filePos),
    recPos: Int32Array.from(recPos),
    codes: plainCodes(files, order.length),
  };
}

/** reconcilePlainPerson on one person's files: VMS rows, then the other file's rows, then 1365 credits. */
function plainOf(
  vms: RecordSpec[],
  other: RecordSpec[],
  role: BuiltinSource,
  credits: RecordSpec[] = [],
): ReturnType<typeof reconcilePlainPerson> {
  const files = indexFiles([file("vms", vms), file(role, other), file("1365", credits)]);
  const records = allRecords(files);
  const paired = new Uint8Array(records.to);
  return reconcilePlainPerson(files, 0, records, defaultReconcileOptions(endOfDay("2025-12-31")), paired);
}

describe("plain people (reconcile/plain-person.ts)", () => {
  it("reconciles a person exactly as the rules do, or leaves them to the rules", () => {
    fc.assert(
      fc.property(runArb, ({ files, options }) => {
        const people = peopleOf(files);
        const plain = reconcile(files, people, options);
        const rules = reconcile(files, people, options, { plainPersons: false });
        expect(plain).toEqual(rules);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("a person with many rows, in any order, as the rules reconcile them", () => {
    const days = ["2024-03-04", "2024-05-01", "2024-09-09", "2025-01-02", "2025-03-03"];
    const vms: RecordSpec[] = Array.from({ length: 150 }, (_, i) => ({
      date: days[(i * 7) % days.length],
      minutes: 60 * (1 + (i % 2)),
    }));
    const credits = [...vms].reverse().map((r) => ({ ...r, origin: "vms" as const }));
    const files = indexFiles([file("vms", vms), file("1365", credits)]);
    const people = peopleOf(files);
    const options = { ...defaultReconcileOptions(endOfDay("2025-12-31")), dailyCapMinutes: 1440 * 10 };
    const records = allRecords(files);
    expect(reconcilePlainPerson(files, 0, records, options, new Uint8Array(records.to))).not.toBeNull();
    expect(reconcile(files, people, options)).toEqual(
      reconcile(files, people, options, { plainPersons: false }),
    );
  });

  it("takes a person whose VMS rows each have one credit of the same date and minutes, or none of theirs", () => {
    const vms: RecordSpec[] = [
      { date: "2024-05-01", minutes: 120, approval: "approved" },
      { date: "2024-05-01", minutes: 120, approval: null },
      { date: "2025-03-01", minutes: 240, institution: "헌혈의집 중앙로센터", activity: "헌혈" },
      { date: "2025-03-02", minutes: 60, approval: "pending", approvalRaw: "승인대기" },
      { date: "2025-03-05", minutes: 180, transferState: "sent", transferRaw: "전송완료", line: 10 },
      { date: "2025-03-05", minutes: 180, line: 11 },
    ];
    const credits: RecordSpec[] = [
      { date: "2025-03-01", minutes: 240, origin: "vms" },
      { date: "2024-05-01", minutes: 120, origin: null },
      { date: "2024-05-01", minutes: 120, origin: "vms" },
    ];
    const result = plainOf(vms, [], "redcross", credits);
    expect(result?.minutes).toEqual({
      vms: 840,
      redcross: 0,
      culture: 0,
      blood: 0,
      expected1365: 840,
      credited1365: 480,
      missing: 360,
      inTransit: 0,
    });
    expect(result?.schoolYears).toEqual([
      { schoolYear: 2024, expectedMinutes: 240, creditedMinutes: 240, neisHours: 4 },
      { schoolYear: 2025, expectedMinutes: 600, creditedMinutes: 240, neisHours: 4 },
    ]);
    // The two rows of 2025-03-05 have no credit of their class: each gets its outcome, as the rules give it.
    expect(result?.findings.map((f) => [f.kind, f.line])).toEqual([
      ["sent-not-received", 10],
      ["missing-transfer", 11],
      ["not-approved", 5],
    ]);
    expect(result?.findings[2].detail).toEqual({ approval: "pending", approvalRaw: "승인대기" });
  });

  it("takes Red Cross rows beside VMS rows, each paired with credits of its own origin", () => {
    const vms: RecordSpec[] = [{ date: "2024-05-01", minutes: 120 }];
    const redcross: RecordSpec[] = [
      { date: "2024-05-01", minutes: 120 },
      { date: "2024-06-01", minutes: 60 },
    ];
    const credits: RecordSpec[] = [
      { date: "2024-05-01", minutes: 120, origin: "redcross" },
      { date: "2024-05-01", minutes: 120, origin: "vms" },
    ];
    const result = plainOf(vms, redcross, "redcross", credits);
    expect(result?.minutes).toMatchObject({ vms: 120, redcross: 180, expected1365: 300, credited1365: 240 });
    // The Red Cross row of 2024-06-01 has no credit, and its 30 days are long past on 2025-12-31.
    expect(result?.findings.map((f) => [f.kind, f.source, f.date])).toEqual([
      ["missing-transfer", "redcross", day("2024-06-01")],
    ]);
  });

  it("takes a credit without an origin for the one source a person has rows of, Red Cross too", () => {
    const rows: RecordSpec[] = [{ date: "2024-05-01", minutes: 120 }];
    const credits: RecordSpec[] = [{ date: "2024-05-01", minutes: 120, origin: null }];
    expect(plainOf([], rows, "redcross", credits)?.minutes).toMatchObject({
      redcross: 120,
      credited1365: 120,
    });
    expect(plainOf(rows, [], "redcross", credits)?.minutes).toMatchObject({ vms: 120, credited1365: 120 });
  });

  it.each<[string, RecordSpec[], RecordSpec[], BuiltinSource, RecordSpec[]]>([
    ["a credit without its VMS row", [], [], "redcross", [{ minutes: 120 }]],
    [
      "two VMS rows of one date and minutes, one credit",
      [{ minutes: 120 }, { minutes: 120 }],
      [],
      "redcross",
      [{ minutes: 120 }],
    ],
    ["other minutes on the same day", [{ minutes: 120 }], [], "redcross", [{ minutes: 180 }]],
    [
      "a credit of a direct 1365 origin",
      [{ minutes: 120 }],
      [],
      "redcross",
      [{ minutes: 120, origin: "1365" }],
    ],
    ["a credit of a blood origin", [{ minutes: 240 }], [], "redcross", [{ minutes: 240, origin: "blood" }]],
    [
      "a VMS row's credit of origin Red Cross",
      [{ minutes: 120 }],
      [],
      "redcross",
      [{ minutes: 120, origin: "redcross" }],
    ],
    [
      "a credit without an origin, with VMS and Red Cross rows",
      [{ minutes: 120 }],
      [{ minutes: 60 }],
      "redcross",
      [{ minutes: 120 }],
    ],
    ["a credit of leftover minutes (neis-fraction)", [{ minutes: 90 }], [], "redcross", [{ minutes: 90 }]],
    [
      "a day over the daily cap",
      [{ minutes: 300 }, { minutes: 300 }],
      [],
      "redcross",
      [{ minutes: 300 }, { minutes: 300 }],
    ],
    ["a period", [{ date: "2024-05-01", periodEnd: "2024-05-03" }], [], "redcross", [{ date: "2024-05-01" }]],
    ["a row without a date", [{ date: null }], [], "redcross", [{ date: null }]],
    ["a row without minutes", [{ minutes: null }], [], "redcross", [{ minutes: null }]],
    ["a blood row", [{ minutes: 240 }], [{ date: "2024-05-01", certificateNo: "A" }], "blood", []],
    ["a culture row", [], [{ minutes: 120 }], "culture", []],
  ])("leaves to the rules: %s", (_, vms, other, role, credits) => {
    expect(plainOf(vms, other, role, credits)).toBeNull();
  });
});
