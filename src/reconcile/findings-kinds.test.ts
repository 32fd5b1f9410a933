// One test per finding kind (DESIGN §7 table).

import { describe, expect, it } from "vitest";
import type { Finding } from "../model/finding.js";
import { day, file, findingsOf, run } from "./test-builders.js";

const VMS_DAY = "2024-05-01";
const LATE = "2024-12-31";

function only(findings: Finding[]): Finding {
  expect(findings).toHaveLength(1);
  return findings[0];
}

describe("finding kinds", () => {
  it("missing-transfer: an approved VMS record past its latency with no credit", () => {
    const { result } = run(
      [
        file("vms", [
          { date: VMS_DAY, minutes: 120, approval: "approved", institution: "(사)푸른나눔복지관" },
        ]),
        file("1365", []),
      ],
      LATE,
    );
    expect(result.findings).toEqual([
      {
        kind: "missing-transfer",
        severity: "error",
        person: 0,
        source: "vms",
        date: day(VMS_DAY),
        minutes: 120,
        institution: "(사)푸른나눔복지관",
        activity: null,
        file: 0,
        line: 2,
        counterpart: null,
        code: null,
        detail: { transferRaw: null, due: "2024-05-08 00:00" },
      },
    ]);
    expect(result.ledger[0]).toEqual({ paired: 0, unpaired: 0, finding: 1, ignored: 0, rejected: 0 });
  });

  it("sent-not-received: VMS says 전송성공, 24 h have passed, 1365 has nothing", () => {
    const { result } = run(
      [
        file("vms", [
          { minutes: 60, transferAt: "2024-05-03 10:00", transferState: "sent", transferRaw: "전송성공" },
        ]),
        file("1365", []),
      ],
      LATE,
    );
    const f = only(findingsOf(result, "sent-not-received"));
    expect(f.severity).toBe("error");
    expect(f.detail).toEqual({
      transferRaw: "전송성공",
      sentAt: "2024-05-03 10:00",
      due: "2024-05-04 10:00",
    });
  });

  it("transfer-failed: VMS says 전송실패 (no waiting for the latency)", () => {
    const { result } = run(
      [
        file("vms", [{ date: "2024-12-31", transferState: "failed", transferRaw: "전송실패" }]),
        file("1365", []),
      ],
      "2024-12-31",
    );
    const f = only(result.findings);
    expect(f.kind).toBe("transfer-failed");
    expect(f.code).toBe("전송실패");
    expect(f.detail).toEqual({ transferRaw: "전송실패", code: null });
  });

  it("blood-not-converted: a donation with no 240-minute VMS record and no credit", () => {
    const { result } = run(
      [file("blood", [{ date: VMS_DAY, donationKind: "whole", converted: false }]), file("1365", [])],
      LATE,
    );
    const f = only(result.findings);
    expect(f).toMatchObject({
      kind: "blood-not-converted",
      severity: "error",
      minutes: 240,
      source: "blood",
    });
    expect(f.detail).toEqual({ donationKind: "whole", converted: "no" });
  });

  it("hours-mismatch: paired by date, minutes differ", () => {
    const { result } = run(
      [file("vms", [{ minutes: 180 }]), file("1365", [{ minutes: 120, origin: "vms" }])],
      LATE,
    );
    const f = only(findingsOf(result, "hours-mismatch"));
    expect(f.severity).toBe("error");
    expect(f.counterpart).toEqual({ file: 1, line: 2, source: "1365", date: day(VMS_DAY), minutes: 120 });
    expect(f.detail).toEqual({ upstreamMinutes: 180, creditedMinutes: 120, differenceMinutes: -60 });
  });

  it.each([
    [
      "identity-mismatch",
      { field: "phone", left: "01012345678", right: "01087654321", fromSource: "vms", toSource: "1365" },
    ],
    ["duplicate-account", { source: "1365", memberIds: "sky01, sky02" }],
    ["ambiguous-identity", { candidates: 2, tier: "strong" }],
  ] as const)(
    "%s: identity findings are merged as they are and their subject is a finding row",
    (kind, detail) => {
      const identity: Finding = {
        kind,
        severity: "warning",
        person: 0,
        source: "1365",
        date: null,
        minutes: null,
        institution: null,
        activity: null,
        file: 1,
        line: 2,
        counterpart: null,
        code: null,
        detail: { ...detail },
      };
      const { result } = run(
        [file("vms", [{ minutes: 120 }]), file("1365", [{ minutes: 120, origin: "vms" }])],
        LATE,
        {},
        [identity],
      );
      expect(result.findings).toEqual([identity]);
      expect(result.ledger[0].paired).toBe(1);
      expect(result.ledger[1]).toMatchObject({ paired: 0, finding: 1 });
    },
  );

  it("not-approved: a pending VMS record is not expected and never missing", () => {
    const { result } = run(
      [file("vms", [{ approval: "pending", approvalRaw: "대기" }]), file("1365", [])],
      LATE,
    );
    const f = only(result.findings);
    expect(f).toMatchObject({ kind: "not-approved", severity: "warning" });
    expect(f.detail).toEqual({ approval: "pending", approvalRaw: "대기" });
    expect(result.minutes[0]).toMatchObject({ vms: 0, expected1365: 0, missing: 0 });
  });

  it("period-record: a culture period with no per-day detail cannot link", () => {
    const { result } = run(
      [file("culture", [{ date: "2021-08-04", periodEnd: "2021-09-30", minutes: 720 }]), file("1365", [])],
      LATE,
    );
    const f = only(result.findings);
    expect(f).toMatchObject({ kind: "period-record", severity: "warning", minutes: 720 });
    expect(f.detail).toEqual({ periodStart: "2021-08-04", periodEnd: "2021-09-30" });
    expect(result.minutes[0]).toMatchObject({ culture: 720, expected1365: 0, missing: 0 });
  });

  it("blood-ineligible: a donation before 2010-07-01", () => {
    const { result } = run([file("blood", [{ date: "2010-06-30" }]), file("1365", [])], LATE);
    const f = only(result.findings);
    expect(f).toMatchObject({ kind: "blood-ineligible", severity: "warning", minutes: 240 });
    expect(f.detail).toEqual({ rule: "before-2010-07-01", cap: null, year: null });
    expect(result.minutes[0]).toMatchObject({ blood: 0, expected1365: 0, missing: 0 });
  });

  it("duplicate-credit: one VMS record credited twice", () => {
    const { result } = run(
      [
        file("vms", [{ minutes: 120, institution: "푸른나눔복지관" }]),
        file("1365", [
          { minutes: 120, origin: "vms", institution: "푸른나눔복지관" },
          { minutes: 120, origin: "vms", institution: "푸른나눔복지관" },
        ]),
      ],
      LATE,
    );
    const f = only(result.findings);
    expect(f).toMatchObject({ kind: "duplicate-credit", severity: "warning", file: 1, line: 3 });
    expect(f.counterpart).toMatchObject({ file: 1, line: 2 });
    expect(f.detail).toEqual({ reason: "credited-twice" });
    expect(result.ledger[1]).toMatchObject({ paired: 1, finding: 1, unpaired: 0 });
  });

  it("duplicate-credit: 문화품앗이 code 400, still paired and credited", () => {
    const { result } = run(
      [
        file("culture", [
          { minutes: 180, transferState: "sent", transferRaw: "연계완료", transferCode: 400 },
        ]),
        file("1365", [{ minutes: 180, origin: "culture" }]),
      ],
      LATE,
    );
    const f = only(result.findings);
    expect(f).toMatchObject({ kind: "duplicate-credit", source: "culture", code: 400 });
    expect(f.counterpart).toMatchObject({ file: 1, line: 2 });
    expect(f.detail).toEqual({ reason: "code-400" });
    expect(result.minutes[0]).toMatchObject({
      culture: 180,
      expected1365: 180,
      credited1365: 180,
      missing: 0,
    });
  });

  it("daily-cap: more than 8 credited hours on one date", () => {
    const { result } = run(
      [
        file("1365", [
          { minutes: 240, institution: "가" },
          { minutes: 180, institution: "나" },
          { minutes: 120, institution: "다" },
        ]),
      ],
      LATE,
    );
    const f = only(result.findings);
    // content order is by minutes first: 120 + 180 = 300, + 240 = 540 crosses 480 on the 240-minute credit
    expect(f).toMatchObject({ kind: "daily-cap", severity: "warning", minutes: 540, line: 2 });
    expect(f.detail).toEqual({ capMinutes: 480, creditedMinutes: 540, excessMinutes: 60 });
  });

  it("in-transit: a VMS record younger than its latency", () => {
    const { result } = run(
      [file("vms", [{ date: "2024-12-30", minutes: 60 }]), file("1365", [])],
      "2024-12-31",
    );
    const f = only(result.findings);
    expect(f).toMatchObject({ kind: "in-transit", severity: "info" });
    expect(f.detail).toEqual({ due: "2025-01-06 00:00" });
    expect(result.minutes[0]).toMatchObject({ inTransit: 60, missing: 0, expected1365: 60 });
  });

  it("unmatched-credit: a credit from Red Cross when a Red Cross file was given and shows nothing", () => {
    const { result } = run(
      [file("redcross", [{ person: "이도윤" }]), file("1365", [{ minutes: 60, origin: "redcross" }])],
      LATE,
    );
    const f = only(findingsOf(result, "unmatched-credit"));
    expect(f).toMatchObject({ severity: "info", source: "1365" });
    expect(f.detail).toEqual({ origin: "redcross" });
  });

  it("unmatched-credit: not without an input of the named system (the credit is simply unpaired)", () => {
    const { result } = run([file("1365", [{ minutes: 60, origin: "redcross" }])], LATE);
    expect(result.findings).toEqual([]);
    expect(result.ledger[0]).toMatchObject({ unpaired: 1 });
  });

  it("neis-fraction: minutes past whole hours", () => {
    const { result } = run([file("1365", [{ minutes: 90 }])], LATE);
    const f = only(result.findings);
    expect(f).toMatchObject({ kind: "neis-fraction", severity: "info", minutes: 30 });
    expect(f.detail).toEqual({ creditedMinutes: 90, neisHours: 1, droppedMinutes: 30 });
  });
});
