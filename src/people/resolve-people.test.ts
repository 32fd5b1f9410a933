import { describe, expect, it } from "vitest";
import type { PeopleResolution } from "../model/person.js";
import { comparePhone } from "./compare-phone.js";
import { resolvePeople, resolvePeopleWithStats } from "./resolve-people.js";
import { type FileSpec, makeFiles } from "./test-files.js";

// Invented people only.

function resolve(specs: FileSpec[]): PeopleResolution {
  return resolvePeople(makeFiles(specs));
}

function personOfFirst(res: PeopleResolution, file: number): number {
  return res.personOf[file][0];
}

describe("resolvePeople", () => {
  it("keeps the same name with different birthdates apart", () => {
    const res = resolve([
      { source: "vms", path: "vms.csv", identities: [["김하늘", "2008-03-05", "01011112222"]] },
      { source: "1365", path: "1365.csv", identities: [["김하늘", "2009-11-20", "01011112222"]] },
    ]);
    expect(res.people).toHaveLength(2);
    expect(personOfFirst(res, 0)).not.toBe(personOfFirst(res, 1));
    expect(res.findings).toEqual([]);
  });

  it("links a changed phone at conflict with identity-mismatch naming the phone", () => {
    const res = resolve([
      {
        source: "vms",
        path: "vms.csv",
        identities: [["박서준", "2007-06-01", "01033334444"]],
        rowsPerIdentity: 3,
      },
      { source: "1365", path: "1365.csv", identities: [["박서준", "2007-06-01", "01055556666"]] },
    ]);
    expect(res.people).toHaveLength(1);
    const [person] = res.people;
    expect(person.tier).toBe("conflict");
    expect(person.sources).toEqual(["1365", "vms"]);
    expect(person.links).toHaveLength(1);
    expect(person.links[0].evidence).toEqual({ name: "exact", birthdate: "exact", phone: "different" });
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({
      kind: "identity-mismatch",
      severity: "warning",
      person: 0,
      source: "vms",
      file: 0,
      line: 2,
      minutes: null,
      date: null,
      code: null,
      counterpart: null,
      detail: {
        field: "phone",
        left: "01033334444",
        right: "01055556666",
        fromSource: "vms",
        toSource: "1365",
      },
    });
  });

  it("links a day–month swap at conflict with identity-mismatch naming the birthdate", () => {
    const res = resolve([
      { source: "vms", path: "vms.csv", identities: [["윤채원", "2008-03-05", "01024681357"]] },
      { source: "1365", path: "1365.csv", identities: [["윤채원", "2008-05-03", "01024681357"]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.people[0].tier).toBe("conflict");
    expect(res.findings.map((f) => [f.kind, f.detail.field])).toEqual([["identity-mismatch", "birthdate"]]);
  });

  it("links a masked name with birthdate and phone at strong", () => {
    const res = resolve([
      { source: "vms", path: "vms.csv", identities: [["이*윤", "2008-01-02", "01012340000"]] },
      { source: "1365", path: "1365.csv", identities: [["이서윤", "2008-01-02", "01012340000"]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.people[0]).toMatchObject({ name: "이서윤", tier: "strong" });
    expect(res.people[0].links[0].evidence.name).toBe("masked-compatible");
  });

  it("links YYMMDD with the full birthdate at exact and shows the full date", () => {
    const res = resolve([
      { source: "1365", path: "1365.csv", identities: [["최민서", "080412", "01055501234"]] },
      { source: "vms", path: "vms.csv", identities: [["최민서", "2008-04-12", "01055501234"]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.people[0]).toMatchObject({ birthdate: "2008-04-12", tier: "exact" });
    expect(res.people[0].links[0].evidence.birthdate).toBe("same-yymmdd");
  });

  it("links a legacy 011 number at exact", () => {
    const res = resolve([
      { source: "redcross", path: "rc.csv", identities: [["정우진", "2006-12-30", "0112345678"]] },
      { source: "1365", path: "1365.csv", identities: [["정우진", "2006-12-30", "01012345678"]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.people[0]).toMatchObject({ phone: "01012345678", tier: "exact" });
    expect(res.people[0].links[0].evidence.phone).toBe("legacy");
  });

  it("links a phone whose leading zero Excel dropped (restored by the normaliser) at exact", () => {
    // 1012345678 in the cell arrives normalised as 01012345678: an exact phone level.
    expect(comparePhone("01012345678", "01012345678")).toBe("exact");
    const res = resolve([
      { source: "vms", path: "vms-excel.csv", identities: [["강도윤", "2009-09-09", "01012345678"]] },
      { source: "1365", path: "1365.csv", identities: [["강도윤", "2009-09-09", "01012345678"]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.people[0].tier).toBe("exact");
    expect(res.people[0].links[0].evidence).toEqual({ name: "exact", birthdate: "exact", phone: "exact" });
  });

  it("reports two member IDs of one source as duplicate-account and keeps them one person", () => {
    const res = resolve([
      {
        source: "vms",
        path: "vms.csv",
        identities: [
          ["한지우", "2008-02-02", "01077778888", "hanjw2"],
          ["한지우", "2008-02-02", "01077778888", "hanjw"],
        ],
      },
      { source: "1365", path: "1365.csv", identities: [["한지우", "2008-02-02", "01077778888", "jiwoo"]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.people[0].tier).toBe("exact");
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({
      kind: "duplicate-account",
      severity: "warning",
      person: 0,
      source: "vms",
      file: 0,
      line: 3,
      detail: { source: "vms", memberIds: "hanjw, hanjw2" },
    });
  });

  it("never joins two member IDs of one source below the exact tier", () => {
    const res = resolve([
      { source: "vms", path: "a.csv", identities: [["한지우", "2008-02-02", null, "hanjw"]] },
      { source: "vms", path: "b.csv", identities: [["한지우", "2008-02-02", null, "hanjw2"]] },
    ]);
    expect(res.people).toHaveLength(2);
    expect(res.findings).toEqual([]);
  });

  it("joins neither of two people tied at its best tier: ambiguous-identity", () => {
    const res = resolve([
      { source: "1365", path: "1365.csv", identities: [["오하은", "080707", "01099990000"]] },
      { source: "vms", path: "vms.csv", identities: [["오하은", "2008-07-07", "01099990000"]] },
      { source: "redcross", path: "rc.csv", identities: [["오하은", "1908-07-07", "01099990000"]] },
    ]);
    expect(res.people).toHaveLength(3);
    for (const p of res.people) expect(p.members).toHaveLength(1);
    expect(res.findings).toHaveLength(1);
    expect(res.findings[0]).toMatchObject({
      kind: "ambiguous-identity",
      severity: "warning",
      source: "1365",
      file: 0,
      line: 2,
      person: personOfFirst(res, 0),
      detail: { candidates: 2, tier: "exact" },
    });
  });

  it("a masked name that fits two people joins neither; the two stay apart", () => {
    const res = resolve([
      { source: "1365", path: "1365.csv", identities: [["홍*동", "2008-01-01", "01011110000"]] },
      { source: "vms", path: "vms.csv", identities: [["홍길동", "2008-01-01", "01011110000"]] },
      { source: "redcross", path: "rc.csv", identities: [["홍민동", "2008-01-01", "01011110000"]] },
    ]);
    expect(res.people).toHaveLength(3);
    expect(res.findings.map((f) => [f.kind, f.detail.tier])).toEqual([["ambiguous-identity", "strong"]]);
  });

  it("two candidates that link to each other are one person, and the conflict between them is reported", () => {
    const res = resolve([
      { source: "redcross", path: "rc.csv", identities: [["서지호", "2008-10-10", null]] },
      { source: "vms", path: "vms.csv", identities: [["서지호", "2008-10-10", "01010101010"]] },
      { source: "1365", path: "1365.csv", identities: [["서지호", "2008-10-10", "01020202020"]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.findings.map((f) => [f.kind, f.detail.field])).toEqual([["identity-mismatch", "phone"]]);
  });

  it("never links on the phone alone", () => {
    const res = resolve([
      { source: "vms", path: "vms.csv", identities: [["김하늘", "2008-03-05", "01012345678"]] },
      { source: "1365", path: "1365.csv", identities: [["박민수", "1999-01-01", "01012345678"]] },
      { source: "redcross", path: "rc.csv", identities: [[null, null, "01012345678"]] },
    ]);
    expect(res.people).toHaveLength(3);
  });

  it("makes the files without identity columns one person: the anonymous user of personal exports", () => {
    const files = makeFiles([
      { source: "vms", path: "vms.csv", identities: [[null, null, null]] },
      { source: "1365", path: "1365.csv", identities: [[null, null, null]] },
      { source: "redcross", path: "rc.csv", identities: [[null, null, null]] },
    ]);
    files[0].identityFromOption = true;
    files[1].identityFromOption = true;
    const res = resolvePeople(files);
    // The two personal exports are one person; an empty row of a file with identity columns stays alone.
    expect(res.people).toHaveLength(2);
    expect(res.personOf[0][0]).toBe(res.personOf[1][0]);
    expect(res.personOf[2][0]).not.toBe(res.personOf[0][0]);
  });

  it("never links on the name alone", () => {
    const res = resolve([
      { source: "vms", path: "vms.csv", identities: [["김하늘", null, null]] },
      { source: "1365", path: "1365.csv", identities: [["김하늘", null, null]] },
      { source: "redcross", path: "rc.csv", identities: [["김하늘", null, "01012345678"]] },
      { source: "culture", path: "culture.csv", identities: [["김하늘", "2008-**-**", "01099998888"]] },
    ]);
    expect(res.people).toHaveLength(4);
    expect(res.findings).toEqual([]);
  });

  it("identical identities across files are one person; members and sources are sorted", () => {
    const res = resolve([
      { source: "vms", path: "z.csv", identities: [["문예린", "2010-05-05", "01013572468"]] },
      { source: "1365", path: "a.csv", identities: [["문예린", "2010-05-05", "01013572468"]] },
      { source: "vms", path: "m.csv", identities: [["문예린", "2010-05-05", "01013572468"]] },
    ]);
    expect(res.people).toHaveLength(1);
    const [p] = res.people;
    expect(p.sources).toEqual(["1365", "vms"]);
    expect(p.members).toEqual([
      { file: 1, identity: 0 },
      { file: 2, identity: 0 },
      { file: 0, identity: 0 },
    ]);
    expect(p.links).toHaveLength(2);
    expect([...res.personOf.map((a) => a[0])]).toEqual([0, 0, 0]);
  });

  it("orders people by representative identity", () => {
    const res = resolve([
      {
        source: "vms",
        path: "vms.csv",
        identities: [
          ["하민지", "2008-01-01", "01011111111"],
          ["가나다", "2008-01-01", "01022222222"],
          [null, null, null],
        ],
      },
    ]);
    expect(res.people.map((p) => p.name)).toEqual(["가나다", "하민지", null]);
    expect([...res.personOf[0]]).toEqual([1, 0, 2]);
  });

  it("does not chain birthdates that disagree beyond one digit", () => {
    const res = resolve([
      { source: "vms", path: "a.csv", identities: [["백소율", "2008-03-05", "01012121212"]] },
      { source: "1365", path: "b.csv", identities: [["백소율", "2008-03-15", "01012121212"]] },
      { source: "redcross", path: "c.csv", identities: [["백소율", "2008-03-16", "01012121212"]] },
    ]);
    // 03-15 is one digit from both, but 03-05 and 03-16 are two apart: different people, so 03-15 is ambiguous.
    expect(res.people).toHaveLength(3);
    expect(res.findings.map((f) => [f.kind, f.source, f.detail.tier])).toEqual([
      ["ambiguous-identity", "1365", "conflict"],
    ]);
  });

  it("links identical identities without a phone at strong", () => {
    const res = resolve([
      { source: "vms", path: "vms.csv", identities: [["송유나", "2011-11-11", null]] },
      { source: "culture", path: "culture.csv", identities: [["송유나", "2011-11-11", null]] },
    ]);
    expect(res.people).toHaveLength(1);
    expect(res.people[0].tier).toBe("strong");
  });

  it("skips an oversized block instead of comparing inside it", () => {
    const identities = Array.from(
      { length: 150 },
      (_, i) => ["테스트", "2000-01-01", `0109${String(i).padStart(7, "0")}`] as const,
    );
    const { resolution, stats } = resolvePeopleWithStats(
      makeFiles([{ source: "vms", path: "placeholder.csv", identities }]),
    );
    expect(stats.oversizedBlocks).toBe(1);
    expect(stats.comparisons).toBe(0);
    expect(resolution.people).toHaveLength(150);
  });
});
