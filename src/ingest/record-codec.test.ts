import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CanonicalRecord, Identity } from "../model/record.js";
import {
  decodeIdentities,
  decodeRecords,
  encodeIdentities,
  RecordEncoder,
  transferables,
} from "./record-codec.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

const text = fc.string({ unit: fc.constantFrom("a", "가", "1", "-", " ", "😀") });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

/** A record of file 3 with every field in the order RowReader builds them. */
const recordArb: fc.Arbitrary<CanonicalRecord> = fc
  .tuple(
    fc.nat({ max: 2_000_000 }),
    fc.nat({ max: 100_000 }),
    nullable(fc.integer({ min: -30_000, max: 80_000 })),
    nullable(fc.integer({ min: -30_000, max: 80_000 })),
    nullable(fc.oneof(fc.integer({ min: -10, max: 100_000 }), fc.double({ noNaN: true }))),
    text,
    text,
    nullable(text),
    nullable(fc.constantFrom("approved", "pending", "rejected") as fc.Arbitrary<CanonicalRecord["approval"]>),
    nullable(text),
    nullable(text),
    nullable(fc.integer({ min: 0, max: 40_000_000 })),
    nullable(
      fc.constantFrom("not-sent", "requested", "sent", "failed") as fc.Arbitrary<
        CanonicalRecord["transferState"]
      >,
    ),
    nullable(text),
    nullable(fc.nat({ max: 9999 })),
  )
  .chain((a) =>
    fc
      .tuple(
        nullable(
          fc.constantFrom("vms", "redcross", "culture", "blood", "1365") as fc.Arbitrary<
            CanonicalRecord["origin"]
          >,
        ),
        nullable(fc.constantFrom("whole", "plasma") as fc.Arbitrary<CanonicalRecord["donationKind"]>),
        nullable(text),
        nullable(fc.boolean()),
      )
      .map(([origin, donationKind, certificateNo, converted]) => ({
        file: 3,
        line: a[0],
        source: "vms",
        identity: a[1],
        date: a[2],
        periodEnd: a[3],
        minutes: a[4],
        institution: a[5],
        activity: a[6],
        seq: a[7],
        approval: a[8],
        approvalRaw: a[9],
        transferKind: a[10],
        transferAt: a[11],
        transferState: a[12],
        transferRaw: a[13],
        transferCode: a[14],
        origin,
        donationKind,
        certificateNo,
        converted,
      })),
  );

describe("record codec: what a worker thread sends is what it read", () => {
  it("records round-trip, values and key order", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 3000 }), (records) => {
        const encoder = new RecordEncoder(3);
        for (const record of records) encoder.add(record);
        const encoded = encoder.finish();
        expect(transferables(encoded).length).toBe(19 * encoded.blocks.length);
        const decoded = decodeRecords(structuredClone(encoded), 3);
        expect(decoded).toEqual(records);
        for (let i = 0; i < records.length; i++)
          expect(Object.keys(decoded[i])).toEqual(Object.keys(records[i]));
      }),
      { numRuns: Math.max(20, Math.floor(NUM_RUNS / 5)) },
    );
  });

  it("records past one block (65,536 records)", () => {
    const some = fc.sample(recordArb, { numRuns: 500, seed: 6 });
    const records = Array.from({ length: 140_000 }, (_, i) => ({ ...some[i % some.length], line: i + 2 }));
    const encoder = new RecordEncoder(3);
    for (const record of records) encoder.add(record);
    const encoded = encoder.finish();
    expect(encoded.blocks.map((b) => b.count)).toEqual([65_536, 65_536, 8_928]);
    const decoded = decodeRecords(structuredClone(encoded), 3);
    expect(decoded.length).toBe(records.length);
    for (let i = 0; i < records.length; i += 997) expect(decoded[i]).toEqual(records[i]);
    expect(decoded.map((r) => r.line)).toEqual(records.map((r) => r.line));
  });

  it("identities round-trip", () => {
    const identityArb: fc.Arbitrary<Identity> = fc.record({
      name: nullable(text),
      birthdate: nullable(text),
      phone: nullable(text),
      memberId: nullable(text),
    });
    fc.assert(
      fc.property(fc.array(identityArb, { maxLength: 500 }), (identities) => {
        expect(decodeIdentities(structuredClone(encodeIdentities(identities)))).toEqual(identities);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("refuses a record of another file", () => {
    const encoder = new RecordEncoder(1);
    expect(() => encoder.add({ file: 2 } as CanonicalRecord)).toThrow(/file 2/);
  });
});
