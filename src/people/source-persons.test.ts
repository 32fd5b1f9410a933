import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type SourcePerson, sortCanonically } from "./source-persons.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

// Prefixes of one another, masks and nulls: the cases where field-by-field order and joined keys could part.
const NAMES = ["이서윤", "이서", "이서윤이", "이*윤", "Kim", "Kim Lee", null];
const BIRTHDATES = ["2008-03-05", "080305", "2008", "2008-**-**", null];
const PHONES = ["01012345678", "0101234567", "010****5678", null];
const MEMBER_IDS = ["a", "ab", null];
const SOURCES = ["vms", "1365", "redcross"];
const PATHS = ["a/vms.csv", "a/1365.csv", "b.csv"];

const NULL_KEY = "\uffff";

/** The order sortCanonically kept before it grouped by name: joined (name, birthdate, phone) keys, then the rest. */
function referenceOrder(sps: readonly SourcePerson[]): SourcePerson[] {
  const key = (sp: SourcePerson): string =>
    [sp.name ?? NULL_KEY, sp.birthdate ?? NULL_KEY, sp.phone ?? NULL_KEY].join("\u0000");
  const text = (a: string, b: string): number => (a === b ? 0 : a < b ? -1 : 1);
  return [...sps].sort(
    (a, b) =>
      text(key(a), key(b)) ||
      text(a.memberId ?? NULL_KEY, b.memberId ?? NULL_KEY) ||
      text(a.source, b.source) ||
      text(a.path, b.path) ||
      a.file - b.file ||
      a.identity - b.identity,
  );
}

const spArb = fc.record({
  name: fc.constantFrom(...NAMES),
  birthdate: fc.constantFrom(...BIRTHDATES),
  phone: fc.constantFrom(...PHONES),
  memberId: fc.constantFrom(...MEMBER_IDS),
  source: fc.constantFrom(...SOURCES),
  path: fc.constantFrom(...PATHS),
  file: fc.integer({ min: 0, max: 3 }),
});

describe("sortCanonically", () => {
  it("sorts a long run of names with the same first units (more than 64 source-persons) as the reference", () => {
    const names = ["이서윤", "이서윤아", "이서윤이", "이서", null];
    const sps: SourcePerson[] = Array.from({ length: 150 }, (_, i) => ({
      name: names[(i * 7) % names.length],
      birthdate: BIRTHDATES[(i * 3) % BIRTHDATES.length],
      phone: PHONES[i % PHONES.length],
      memberId: null,
      source: SOURCES[i % SOURCES.length],
      path: PATHS[(i * 5) % PATHS.length],
      file: i % 3,
      identity: i,
      firstLine: null,
      rows: 1,
    }));
    expect(sortCanonically(sps)).toEqual(referenceOrder(sps));
  });

  it("orders by name, birthdate, phone (null last), memberId, source, path, as joined keys did", () => {
    fc.assert(
      fc.property(fc.array(spArb, { maxLength: 80 }), (drafts) => {
        // (file, identity) names one source-person: identities are numbered per file.
        const sps: SourcePerson[] = drafts.map((d, i) => ({ ...d, identity: i, firstLine: null, rows: 1 }));
        expect(sortCanonically(sps)).toEqual(referenceOrder(sps));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
