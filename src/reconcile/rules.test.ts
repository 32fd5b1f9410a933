// The rules of DESIGN §7 one by one: latencies, blood eligibility and conversion, pairing passes, school
// years, NEIS hours, the daily cap, transfer codes and the totals.

import { describe, expect, it } from "vitest";
import { formatDay } from "../model/day.js";
import type { RecordSpec } from "./test-builders.js";
import { day, endOfDay, file, findingsOf, minute, run } from "./test-builders.js";

const kinds = (r: { result: { findings: { kind: string }[] } }) => r.result.findings.map((f) => f.kind);

describe("latency: in-transit before the due time, missing from it on", () => {
  it.each<[string, "vms" | "culture" | "redcross", RecordSpec, string, string]>([
    [
      "VMS after transferAt + 24 h",
      "vms",
      { transferAt: "2024-05-03 10:00" },
      "2024-05-04 09:59",
      "2024-05-04 10:00",
    ],
    ["VMS without transfer data: date + 7 days", "vms", {}, "2024-05-07 23:59", "2024-05-08 00:00"],
    ["culture: date + 3 days", "culture", {}, "2024-05-03 23:59", "2024-05-04 00:00"],
    ["Red Cross: date + 30 days", "redcross", {}, "2024-05-30 23:59", "2024-05-31 00:00"],
  ])("%s", (_name, role, spec, before, due) => {
    const records = [{ date: "2024-05-01", minutes: 120, ...spec }];
    const early = run([file(role, records), file("1365", [])], minute(before));
    expect(kinds(early)).toEqual(["in-transit"]);
    expect(early.result.findings[0].detail).toEqual({ due });
    expect(early.result.minutes[0]).toMatchObject({ inTransit: 120, missing: 0 });
    const late = run([file(role, records), file("1365", [])], minute(due));
    expect(kinds(late)).toEqual(["missing-transfer"]);
    expect(late.result.minutes[0]).toMatchObject({ inTransit: 0, missing: 120 });
  });

  it("blood: due at the start of the donation day (0 days)", () => {
    const blood = [file("blood", [{ date: "2024-05-01" }]), file("1365", [])];
    expect(kinds(run(blood, minute("2024-04-30 23:59")))).toEqual(["in-transit"]);
    expect(kinds(run(blood, minute("2024-05-01 00:00")))).toEqual(["blood-not-converted"]);
  });

  it("an --as-of date means the end of that day", () => {
    // due 2024-05-04 23:00: --as-of 2024-05-04 is 23:59 of that day, so it is overdue
    const vms = [file("vms", [{ date: "2024-05-01", transferAt: "2024-05-03 23:00" }]), file("1365", [])];
    expect(kinds(run(vms, "2024-05-03"))).toEqual(["in-transit"]);
    expect(kinds(run(vms, "2024-05-04"))).toEqual(["missing-transfer"]);
  });

  it("a period record is due after its last day", () => {
    const records = [{ date: "2024-05-01", periodEnd: "2024-05-20", minutes: 120 }];
    const vms = [file("vms", records), file("1365", [])];
    expect(kinds(run(vms, "2024-05-26"))).toEqual(["in-transit"]);
    expect(kinds(run(vms, "2024-05-27"))).toEqual(["missing-transfer"]);
  });
});

describe("transfer outcome order", () => {
  it.each([99, 100, 200])("culture code %i is transfer-failed, even before the latency", (code) => {
    const { result } = run(
      [
        file("culture", [{ date: "2024-05-01", transferCode: code, transferRaw: "연계실패" }]),
        file("1365", []),
      ],
      "2024-05-01",
    );
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      kind: "transfer-failed",
      code,
      severity: "error",
      minutes: 120,
    });
    expect(result.findings[0].detail).toEqual({ transferRaw: "연계실패", code });
    expect(result.minutes[0].missing).toBe(120);
  });

  it("culture code 300 past the latency is sent-not-received, with the code", () => {
    const { result } = run([file("culture", [{ transferCode: 300 }]), file("1365", [])], "2024-12-31");
    expect(result.findings[0]).toMatchObject({ kind: "sent-not-received", code: 300 });
    expect(result.findings[0].detail).toEqual({ transferRaw: null, sentAt: null, due: "2024-05-04 00:00" });
  });

  it("a donation marked converted with neither VMS record nor credit is missing-transfer", () => {
    const { result } = run([file("blood", [{ converted: true }]), file("1365", [])], "2024-12-31");
    expect(result.findings.map((f) => [f.kind, f.minutes])).toEqual([["missing-transfer", 240]]);
  });
});

describe("blood", () => {
  const donationsOn = (dates: string[], spec: RecordSpec = {}) => dates.map((date) => ({ date, ...spec }));
  const creditsOn = (dates: string[]) =>
    dates.map((date) => ({ date, minutes: 240, origin: "blood" as const }));

  it("2010-07-01 counts, 2010-06-30 does not", () => {
    const { result } = run(
      [file("blood", donationsOn(["2010-06-30", "2010-07-01"])), file("1365", creditsOn(["2010-07-01"]))],
      "2024-12-31",
    );
    expect(result.findings.map((f) => [f.kind, f.detail.rule])).toEqual([
      ["blood-ineligible", "before-2010-07-01"],
    ]);
    expect(result.minutes[0]).toMatchObject({ blood: 240, expected1365: 240, credited1365: 240, missing: 0 });
  });

  it("the 6th whole-blood donation of a calendar year is over the yearly cap", () => {
    const dates = ["2024-01-10", "2024-03-10", "2024-05-10", "2024-07-10", "2024-09-10", "2024-11-10"];
    const { result } = run(
      [
        file("blood", donationsOn(dates, { donationKind: "whole" })),
        file("1365", creditsOn(dates.slice(0, 5))),
      ],
      "2024-12-31",
    );
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ kind: "blood-ineligible", date: day("2024-11-10") });
    expect(result.findings[0].detail).toEqual({ rule: "yearly-cap-whole", cap: 5, year: 2024 });
    expect(result.minutes[0]).toMatchObject({ blood: 1200, expected1365: 1200, missing: 0 });
  });

  it("components have their own cap of 24; an unknown kind counts as whole blood", () => {
    const dates = Array.from({ length: 25 }, (_, i) => formatDay(day("2024-01-01") + 14 * i));
    const components = donationsOn(dates, { donationKind: "plasma" });
    const whole = donationsOn(["2024-12-28"]);
    const { result } = run(
      [
        file("blood", [...components, ...whole]),
        file("1365", creditsOn([...dates.slice(0, 24), "2024-12-28"])),
      ],
      "2024-12-31",
    );
    expect(result.findings.map((f) => [f.kind, f.detail.rule, f.detail.cap])).toEqual([
      ["blood-ineligible", "yearly-cap-component", 24],
    ]);
  });

  it("with a school-year cap of 3, the 4th donation of a school year (Jan–Feb included) is over it", () => {
    const dates = ["2024-03-10", "2024-05-10", "2024-07-10", "2024-09-10", "2025-01-10", "2025-03-10"];
    const counted = ["2024-03-10", "2024-05-10", "2024-07-10", "2025-03-10"];
    const { result } = run(
      [file("blood", donationsOn(dates)), file("1365", creditsOn(counted))],
      "2025-12-31",
      { bloodSchoolYearCap: 3 },
    );
    expect(result.findings.map((f) => [f.date, f.detail.rule, f.detail.cap, f.detail.year])).toEqual([
      [day("2024-09-10"), "school-year-cap", 3, 2024],
      [day("2025-01-10"), "school-year-cap", 3, 2024],
    ]);
  });

  it("a conversion is the donation, not a second activity: expected1365 = 240 once, no finding", () => {
    const { result } = run(
      [
        file("blood", [{ date: "2024-05-01", donationKind: "whole", institution: "헌혈의집 중앙로센터" }]),
        file("vms", [{ date: "2024-05-01", minutes: 240, activity: "헌혈", approval: "approved" }]),
        file("1365", [{ date: "2024-05-01", minutes: 240, origin: "vms" }]),
      ],
      "2024-12-31",
    );
    expect(result.findings).toEqual([]);
    expect(result.minutes[0]).toEqual({
      vms: 0,
      redcross: 0,
      culture: 0,
      blood: 240,
      expected1365: 240,
      credited1365: 240,
      missing: 0,
      inTransit: 0,
    });
    expect(result.ledger.map((l) => l.paired)).toEqual([1, 1, 1]);
  });

  it("a conversion not yet in 1365 is reported on the VMS record, with VMS latency", () => {
    const { result } = run(
      [
        file("blood", [{ date: "2024-05-01" }]),
        file("vms", [{ date: "2024-05-01", minutes: 240, institution: "서울중앙혈액원" }]),
        file("1365", []),
      ],
      "2024-12-31",
    );
    expect(result.findings.map((f) => [f.kind, f.source, f.minutes])).toEqual([
      ["missing-transfer", "vms", 240],
    ]);
    expect(result.minutes[0]).toMatchObject({ vms: 0, blood: 240, expected1365: 240, missing: 240 });
    expect(result.ledger.map((l) => [l.paired, l.finding])).toEqual([
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
  });

  it("the same donation in two blood exports counts once (certificate numbers agree or one is absent)", () => {
    const { result } = run(
      [
        file("blood", [{ date: "2024-05-01", certificateNo: "00-00-000001" }], { path: "a/blood.csv" }),
        file("blood", [{ date: "2024-05-01" }], { path: "b/blood.csv" }),
        file("1365", [{ date: "2024-05-01", minutes: 240, origin: "blood" }]),
      ],
      "2024-12-31",
    );
    expect(result.findings).toEqual([]);
    expect(result.minutes[0]).toMatchObject({ blood: 240, expected1365: 240 });
    expect(result.ledger.map((l) => l.paired)).toEqual([1, 1, 1]);
  });
});

describe("pairing", () => {
  it("a record split in VMS and merged in 1365 is not missing", () => {
    const { result } = run(
      [
        file("vms", [
          { minutes: 60, activity: "오전" },
          { minutes: 60, activity: "오후" },
        ]),
        file("1365", [{ minutes: 120, origin: "vms" }]),
      ],
      "2024-12-31",
    );
    expect(result.findings).toEqual([]);
    expect(result.ledger.map((l) => l.paired)).toEqual([2, 1]);
    expect(result.minutes[0]).toMatchObject({ vms: 120, expected1365: 120, credited1365: 120, missing: 0 });
  });

  it("a record merged in VMS and split in 1365 is not missing", () => {
    const { result } = run(
      [file("vms", [{ minutes: 180 }]), file("1365", [{ minutes: 120 }, { minutes: 60 }])],
      "2024-12-31",
    );
    expect(result.findings).toEqual([]);
  });

  it("hours-mismatch is an error when 1365 has less and a warning when it has more", () => {
    const less = run([file("vms", [{ minutes: 180 }]), file("1365", [{ minutes: 120 }])], "2024-12-31");
    expect(less.result.findings.map((f) => [f.kind, f.severity])).toEqual([["hours-mismatch", "error"]]);
    expect(less.result.minutes[0].missing).toBe(60);
    const more = run([file("vms", [{ minutes: 120 }]), file("1365", [{ minutes: 180 }])], "2024-12-31");
    expect(more.result.findings.map((f) => [f.kind, f.severity])).toEqual([["hours-mismatch", "warning"]]);
    expect(more.result.findings[0].detail).toEqual({
      upstreamMinutes: 120,
      creditedMinutes: 180,
      differenceMinutes: 60,
    });
    expect(more.result.minutes[0].missing).toBe(0);
  });

  it("a credit from another system is not a candidate", () => {
    const { result } = run(
      [
        file("vms", [{ minutes: 120 }]),
        file("redcross", []),
        file("1365", [{ minutes: 120, origin: "redcross" }]),
      ],
      "2024-12-31",
    );
    expect(kinds({ result }).sort()).toEqual(["missing-transfer", "unmatched-credit"]);
  });

  it("equal minutes pair by institution similarity first", () => {
    const { result } = run(
      [
        file("vms", [
          { minutes: 120, institution: "(사)푸른나눔복지관" },
          { minutes: 120, institution: "한빛노인요양원" },
        ]),
        file("1365", [
          { minutes: 120, institution: "한빛 노인 요양원", origin: "vms" },
          { minutes: 120, institution: "푸른나눔 종합복지관", origin: "vms" },
        ]),
      ],
      "2024-12-31",
    );
    expect(result.findings).toEqual([]);
  });

  it("a culture period with per-day rows inside it is their summary", () => {
    const { result } = run(
      [
        file("culture", [
          { date: "2021-08-04", periodEnd: "2021-09-30", minutes: 720 },
          { date: "2021-08-09", minutes: 360 },
          { date: "2021-08-16", minutes: 360 },
        ]),
        file("1365", [
          { date: "2021-08-09", minutes: 360, origin: "culture" },
          { date: "2021-08-16", minutes: 360, origin: "culture" },
        ]),
      ],
      "2024-12-31",
    );
    expect(result.findings).toEqual([]);
    expect(result.minutes[0]).toMatchObject({ culture: 720, expected1365: 720, credited1365: 720 });
    expect(result.ledger[0].paired).toBe(3);
  });

  it("an old-style period link: credits inside the period that add up to it", () => {
    const { result } = run(
      [
        file("culture", [{ date: "2021-08-04", periodEnd: "2021-09-30", minutes: 720 }]),
        file("1365", [
          { date: "2021-08-09", minutes: 360, origin: "culture" },
          { date: "2021-09-01", minutes: 360 },
        ]),
      ],
      "2024-12-31",
    );
    expect(result.findings).toEqual([]);
    expect(result.minutes[0]).toMatchObject({ culture: 720, expected1365: 720, credited1365: 720 });
  });
});

describe("school years and NEIS", () => {
  it("28 February belongs to the school year before, 1 March starts a new one", () => {
    const { result } = run(
      [
        file("vms", [
          { date: "2025-02-28", minutes: 120 },
          { date: "2025-03-01", minutes: 60 },
        ]),
        file("1365", [
          { date: "2025-02-28", minutes: 120 },
          { date: "2025-03-01", minutes: 60 },
        ]),
      ],
      "2025-12-31",
    );
    expect(result.schoolYears[0]).toEqual([
      { schoolYear: 2024, expectedMinutes: 120, creditedMinutes: 120, neisHours: 2 },
      { schoolYear: 2025, expectedMinutes: 60, creditedMinutes: 60, neisHours: 1 },
    ]);
  });

  it("NEIS hours are whole hours per credit: 90 + 150 minutes make 3 hours, not 4", () => {
    const { result } = run(
      [
        file("1365", [
          { date: "2024-05-01", minutes: 90 },
          { date: "2024-05-02", minutes: 150 },
        ]),
      ],
      "2024-12-31",
    );
    expect(result.schoolYears[0]).toEqual([
      { schoolYear: 2024, expectedMinutes: 0, creditedMinutes: 240, neisHours: 3 },
    ]);
    expect(findingsOf(result, "neis-fraction").map((f) => f.minutes)).toEqual([30, 30]);
  });

  it("the 8-hour daily cap: exactly 480 is fine, 481 crosses it", () => {
    const at = (minutes: number[]) =>
      run(
        [
          file(
            "1365",
            minutes.map((m) => ({ minutes: m })),
          ),
        ],
        "2024-12-31",
      ).result.findings.filter((f) => f.kind === "daily-cap");
    expect(at([240, 240])).toEqual([]);
    const [f] = at([240, 240, 1]);
    // content order 1, 240 (line 2), 240 (line 3): the sum passes 480 on line 3
    expect(f).toMatchObject({ minutes: 481, line: 3 });
    expect(f.detail).toEqual({ capMinutes: 480, creditedMinutes: 481, excessMinutes: 1 });
  });
});

describe("totals", () => {
  it("adds up upstream, expected, credited, missing (errors + mismatch shortfall) and in transit", () => {
    const asOf = endOfDay("2024-06-10");
    const { result } = run(
      [
        file("vms", [
          { date: "2024-05-01", minutes: 120 }, // missing-transfer
          { date: "2024-06-09", minutes: 60 }, // in transit
          { date: "2024-05-02", minutes: 90, approval: "rejected" }, // not expected
        ]),
        file("redcross", [{ date: "2024-05-03", minutes: 60 }]), // paired
        file("culture", [{ date: "2024-05-04", minutes: 180 }]), // credited 120: shortfall 60
        file("1365", [
          { date: "2024-05-03", minutes: 60, origin: "redcross" },
          { date: "2024-05-04", minutes: 120, origin: "culture" },
          { date: "2024-05-05", minutes: 45, origin: "1365" }, // direct activity
        ]),
      ],
      asOf,
    );
    expect(result.minutes[0]).toEqual({
      vms: 180,
      redcross: 60,
      culture: 180,
      blood: 0,
      expected1365: 420,
      credited1365: 225,
      missing: 180,
      inTransit: 60,
    });
    expect(result.ledger[3]).toEqual({ paired: 2, unpaired: 0, finding: 1, ignored: 0, rejected: 0 });
  });

  it("the ledger counts ignored and rejected rows and adds up to the rows read", () => {
    const { result, files } = run(
      [file("1365", [{ minutes: 60 }, { minutes: 45 }], { ignoredLines: [4, 5], rejected: 3 })],
      "2024-12-31",
    );
    expect(result.ledger[0]).toEqual({ paired: 0, unpaired: 1, finding: 1, ignored: 2, rejected: 3 });
    expect(files[0].rows).toBe(7);
  });

  it("people without records get zero totals and no school years", () => {
    const { result } = run(
      [
        file("1365", [
          { person: "박서연", minutes: 60 },
          { person: "이도윤", minutes: 60 },
        ]),
      ],
      "2024-12-31",
    );
    expect(result.minutes).toHaveLength(2);
    expect(result.schoolYears.map((y) => y.length)).toEqual([1, 1]);
  });
});
