import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulberry32, shuffled } from "../../test/helpers/random.js";
import type { PeopleResolution, SourcePersonRef } from "../model/person.js";
import type { IngestedFile } from "../model/record.js";
import { compareBirthdate } from "./compare-birthdate.js";
import { resolvePeople } from "./resolve-people.js";
import { type IdentityTuple, makeFile, permuteFile } from "./test-files.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 200) || 200;

// Small pools so that files collide a lot: ties, conflicts, masks, duplicate accounts, constraint refusals.
const NAMES = ["김하늘", "김*늘", "김하눌", "이서윤", "리서윤", null];
const BIRTHDATES = ["2008-03-05", "080305", "2008-05-03", "2008-**-**", "1908-03-05", "2008-03-06", null];
const PHONES = ["01012345678", "0112345678", "010****5678", "01087654321", null];
const MEMBER_IDS = [null, null, "a", "b"];
const SOURCES = ["vms", "1365", "redcross", "culture"];

const tupleArb: fc.Arbitrary<IdentityTuple> = fc.tuple(
  fc.constantFrom(...NAMES),
  fc.constantFrom(...BIRTHDATES),
  fc.constantFrom(...PHONES),
  fc.constantFrom(...MEMBER_IDS),
);
const fileArb = fc.record({
  source: fc.constantFrom(...SOURCES),
  identities: fc.uniqueArray(tupleArb, { minLength: 1, maxLength: 6, selector: (t) => JSON.stringify(t) }),
  rowsPerIdentity: fc.integer({ min: 1, max: 3 }),
});
const scenarioArb = fc.record({
  files: fc.array(fileArb, { minLength: 1, maxLength: 6 }),
  seed: fc.integer(),
});

/** The resolution as content: every file/identity reference replaced by `path:firstLine`. */
function content(files: readonly IngestedFile[], res: PeopleResolution): unknown {
  const byIndex = new Map(files.map((f) => [f.index, f]));
  const where = (ref: SourcePersonRef): string => {
    const f = byIndex.get(ref.file)!;
    const lines = [...f.records].filter((r) => r.identity === ref.identity).map((r) => r.line);
    return `${f.path}:${Math.min(...lines)}`;
  };
  return {
    people: res.people.map((p) => ({
      name: p.name,
      birthdate: p.birthdate,
      phone: p.phone,
      tier: p.tier,
      sources: p.sources,
      members: p.members.map(where),
      links: p.links.map((l) => [where(l.from), where(l.to), l.tier, l.evidence]),
    })),
    findings: res.findings.map((f) => ({
      ...f,
      file: null,
      at: `${byIndex.get(f.file!)!.path}:${f.line}`,
    })),
    personOf: files
      .flatMap((f) =>
        f.identities.map((_, i) => [where({ file: f.index, identity: i }), res.personOf[f.index][i]]),
      )
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  };
}

describe("resolvePeople is order independent", () => {
  it("shuffling identities within files and the file order never changes the people", () => {
    fc.assert(
      fc.property(scenarioArb, ({ files: specs, seed }) => {
        const files = specs.map((s, i) => makeFile(i, { ...s, path: `f${i}.csv` }));
        const rnd = mulberry32(seed);
        const order = shuffled(
          files.map((_, i) => i),
          rnd,
        );
        const moved = order.map((old, k) => {
          const f = files[old];
          return permuteFile(
            f,
            k,
            shuffled(
              f.identities.map((_, i) => i),
              rnd,
            ),
            shuffled(
              Array.from({ length: f.records.length }, (_, i) => i),
              rnd,
            ),
          );
        });
        const a = resolvePeople(files);
        const b = resolvePeople(moved);
        expect(content(moved, b)).toEqual(content(files, a));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("resolvePeople invariants", () => {
  it("every source-person is in exactly one person, joined by a tree of links, within the constraints", () => {
    fc.assert(
      fc.property(scenarioArb, ({ files: specs }) => {
        const files = specs.map((s, i) => makeFile(i, { ...s, path: `f${i}.csv` }));
        const res = resolvePeople(files);
        const identityOf = (ref: SourcePersonRef) => files[ref.file].identities[ref.identity];
        let total = 0;
        res.people.forEach((person, p) => {
          total += person.members.length;
          for (const m of person.members) expect(res.personOf[m.file][m.identity]).toBe(p);
          // A spanning tree: one link fewer than members, every link inside the person.
          expect(person.links).toHaveLength(person.members.length - 1);
          for (const l of person.links) {
            expect(res.personOf[l.from.file][l.from.identity]).toBe(p);
            expect(res.personOf[l.to.file][l.to.identity]).toBe(p);
          }
          // Birthdates never disagree beyond the conflict levels.
          const birthdates = person.members.map((m) => identityOf(m).birthdate);
          for (const a of birthdates)
            for (const b of birthdates) expect(compareBirthdate(a, b)).not.toBe("different");
          // Two accounts of one source only with a duplicate-account finding.
          const ids = new Map<string, Set<string>>();
          for (const m of person.members) {
            const id = identityOf(m).memberId;
            if (id === null) continue;
            const source = files[m.file].source;
            ids.set(source, (ids.get(source) ?? new Set()).add(id));
          }
          for (const [source, set] of ids) {
            if (set.size < 2) continue;
            expect(
              res.findings.some(
                (f) => f.kind === "duplicate-account" && f.person === p && f.detail.source === source,
              ),
            ).toBe(true);
          }
        });
        expect(total).toBe(files.reduce((n, f) => n + f.identities.length, 0));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
