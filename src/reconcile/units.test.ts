// Unit tests of the small rules: institution similarity, donation grouping, latency table, options,
// the ledger's invariant and the order of findings.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Finding } from "../model/finding.js";
import { namesBloodDonation } from "./blood-conversion.js";
import { makeEntry } from "./entry.js";
import { dailyCapFindings } from "./findings-credits.js";
import { editDistance, InstitutionSimilarity, normaliseInstitution } from "./institution-similarity.js";
import { dueOf } from "./latency.js";
import { buildLedger, UnaccountedRecordError } from "./ledger.js";
import { BLOOD_SINCE_DAY, defaultReconcileOptions } from "./options.js";
import { compareFindings, sortFindings } from "./sort-findings.js";
import { day, file, findingsOf, indexFiles, minute, run } from "./test-builders.js";
import { emptyMinutes } from "./totals.js";

describe("institution similarity", () => {
  const sim = new InstitutionSimilarity();

  it("strips legal forms and spaces", () => {
    expect(normaliseInstitution("(사)푸른나눔 복지관")).toBe("푸른나눔복지관");
    expect(normaliseInstitution("사회복지법인 한빛 ㈜")).toBe("한빛");
    expect(normaliseInstitution("（재）한빛재단")).toBe("한빛재단");
  });

  it("containment is the same place; unrelated names score low; empty names score 0", () => {
    expect(sim.score("(사)푸른나눔복지관", "푸른나눔 복지관")).toBe(1);
    expect(sim.score("푸른나눔종합복지관", "종합복지관")).toBe(1);
    expect(sim.score("푸른나눔복지관", "푸른나늠복지관")).toBeGreaterThan(0.9);
    expect(sim.score("푸른나눔복지관", "한빛노인요양원")).toBeLessThan(0.3);
    expect(sim.score("", "한빛")).toBe(0);
  });

  it("edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("blood words", () => {
  it("헌혈, 혈액원 or blood in the institution or the activity", () => {
    const base = indexFiles([file("vms", [{}])])[0].records.get(0);
    expect(namesBloodDonation({ ...base, institution: "서울중앙혈액원" })).toBe(true);
    expect(namesBloodDonation({ ...base, activity: "Blood donation" })).toBe(true);
    expect(namesBloodDonation({ ...base, activity: "급식 보조" })).toBe(false);
    expect(namesBloodDonation({ ...base, institution: "BLOOD Center" })).toBe(true);
    expect(namesBloodDonation({ ...base, activity: "헌혈 캠페인" })).toBe(true);
    // A word does not span the institution and the activity.
    expect(namesBloodDonation({ ...base, institution: "혈", activity: "액원" })).toBe(false);
  });

  it("two certificates on one day are two donations", () => {
    const { result } = run(
      [
        file("blood", [
          { date: "2024-05-01", certificateNo: "A" },
          { date: "2024-05-01", certificateNo: "B" },
        ]),
        file("1365", []),
      ],
      "2024-12-31",
    );
    expect(findingsOf(result, "blood-not-converted")).toHaveLength(2);
    expect(result.minutes[0].blood).toBe(480);
  });
});

describe("latency table and options", () => {
  it("defaults", () => {
    const options = defaultReconcileOptions(123);
    expect(options).toEqual({
      asOf: 123,
      latencies: {
        vmsAfterSendMinutes: 1440,
        vmsWithoutSendDays: 7,
        cultureDays: 3,
        redcrossDays: 30,
        bloodDays: 0,
      },
      bloodMinutes: 240,
      bloodSince: day("2010-07-01"),
      bloodYearlyCap: { whole: 5, component: 24 },
      bloodSchoolYearCap: null,
      dailyCapMinutes: 480,
    });
    expect(BLOOD_SINCE_DAY).toBe(day("2010-07-01"));
    expect(defaultReconcileOptions(1).latencies).not.toBe(defaultReconcileOptions(1).latencies);
  });

  it("transferAt only counts for VMS", () => {
    const { latencies } = defaultReconcileOptions(0);
    const rec = { ...indexFiles([file("vms", [{ transferAt: "2024-05-03 10:00" }])])[0].records.get(0) };
    expect(dueOf(rec, "vms", latencies)).toBe(minute("2024-05-04 10:00"));
    expect(dueOf(rec, "redcross", latencies)).toBe(minute("2024-05-31 00:00"));
    expect(dueOf({ ...rec, date: null, transferAt: null }, "culture", latencies)).toBeNull();
  });
});

describe("ledger", () => {
  it("an upstream record neither paired nor a finding subject is an internal error", () => {
    const files = indexFiles([file("vms", [{}])]);
    expect(() => buildLedger(files, [0], new Uint8Array(1), [])).toThrow(UnaccountedRecordError);
  });

  it("is indexed by file index, whatever the order of the files", () => {
    const files = indexFiles([file("1365", [{ minutes: 60 }]), file("vms", [{ minutes: 120 }])]);
    const ledger = buildLedger([files[1], files[0]], [0, 1], new Uint8Array([1, 0]), []);
    expect(ledger[0]).toMatchObject({ unpaired: 1 });
    expect(ledger[1]).toMatchObject({ paired: 1 });
  });
});

describe("sort-findings", () => {
  const finding = (over: Partial<Finding>): Finding => ({
    kind: "missing-transfer",
    severity: "error",
    person: 0,
    source: "vms",
    date: 1,
    minutes: 60,
    institution: null,
    activity: null,
    file: 0,
    line: 2,
    counterpart: null,
    code: null,
    detail: {},
    ...over,
  });

  it("person (null last), date, kind, …, then path and line, never the file index", () => {
    const paths = new Map([
      [0, "b.csv"],
      [1, "a.csv"],
    ]);
    const input = [
      finding({ person: null }),
      finding({ file: 0, line: 2 }),
      finding({ file: 1, line: 9 }),
      finding({ kind: "neis-fraction" }),
      finding({ date: 0 }),
    ];
    const sorted = sortFindings(input, (i) => paths.get(i));
    expect(sorted).toEqual([input[4], input[2], input[1], input[3], input[0]]);
  });

  it("sorts as one whole sort by the content order would, in runs by person or not", () => {
    const paths = new Map([
      [0, "b.csv"],
      [1, "a.csv"],
    ]);
    const pathOf = (i: number) => paths.get(i);
    const findingArb = fc
      .record({
        person: fc.option(fc.nat(4), { nil: null }),
        date: fc.option(fc.nat(2), { nil: null }),
        kind: fc.constantFrom<Finding["kind"]>("missing-transfer", "neis-fraction", "in-transit"),
        minutes: fc.option(fc.constantFrom(60, 120), { nil: null }),
        file: fc.constantFrom(0, 1),
        line: fc.nat(3),
        code: fc.option(fc.constantFrom("A", "B"), { nil: null }),
      })
      .map((over) => finding(over));
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 40 }), (input) => {
        const whole = [...input].sort((a, b) => compareFindings(a, b, pathOf));
        expect(sortFindings(input, pathOf)).toEqual(whole);
        expect(sortFindings([...input].reverse(), pathOf)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe("daily cap", () => {
  const credits = indexFiles([
    file("1365", [
      { date: "2024-05-02", minutes: 300 },
      { date: "2024-05-01", minutes: 300 },
      { date: null, minutes: 600 },
      { date: "2024-05-02", minutes: 240 },
      { date: "2024-05-01", minutes: 120 },
      { date: "2024-05-01", minutes: 300 },
    ]),
  ])[0];
  const entries = [...credits.records].map((rec, g) => makeEntry(g, rec, credits, 0, 240));
  const byDate = [...entries].sort((a, b) => (a.rec.date ?? Infinity) - (b.rec.date ?? Infinity));

  it("one finding per day over the cap, on the credit that crosses it, days in order", () => {
    const findings = dailyCapFindings(byDate, 480);
    expect(findings.map((f) => [f.date, f.line, f.minutes])).toEqual([
      [day("2024-05-01"), 7, 720],
      [day("2024-05-02"), 5, 540],
    ]);
  });

  it("credits out of date order give the same findings", () => {
    expect(dailyCapFindings(entries, 480)).toEqual(dailyCapFindings(byDate, 480));
  });
});

describe("a person without records", () => {
  it("gets zero totals, and the people with records are reconciled as they would be alone", () => {
    const specs = [
      { person: "이서윤", date: "2024-05-01", minutes: 120 },
      { person: "이서윤", date: "2024-05-08", minutes: 60 },
    ];
    const credit = { person: "이서윤", date: "2024-05-01", minutes: 120, origin: "vms" as const };
    // A row rejected after its identity was read leaves an identity (so a person) with no records.
    const vms = file("vms", specs);
    vms.identities.push({ name: "박도윤", birthdate: "2008-01-01", phone: null, memberId: null });
    const { result, people } = run([vms, file("1365", [credit])], "2024-06-01");
    const alone = run([file("vms", specs), file("1365", [credit])], "2024-06-01").result;

    const without = people.people.findIndex((p) => p.name === "박도윤");
    const withRecords = people.people.findIndex((p) => p.name === "이서윤");
    expect(result.minutes[without]).toEqual(emptyMinutes());
    expect(result.schoolYears[without]).toEqual([]);
    expect(result.minutes[withRecords]).toEqual(alone.minutes[0]);
    expect(result.minutes[withRecords].missing).toBe(60);
    expect(findingsOf(result, "missing-transfer").map((f) => [f.person, f.line])).toEqual([[withRecords, 3]]);
    expect(result.findings.map((f) => ({ ...f, person: 0 }))).toEqual(alone.findings);
  });
});
