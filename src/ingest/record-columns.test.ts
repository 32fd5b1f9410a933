import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CanonicalRecord, Identity } from "../model/record.js";
import { compareRecordContent, compareRecordContentAt } from "../reconcile/record-order.js";
import {
  decodeIdentities,
  encodeIdentities,
  RecordColumns,
  RecordEncoder,
  transferables,
} from "./record-columns.js";

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

describe("record columns: a file's records as they were read, in little memory", () => {
  it("records round-trip through a thread boundary, values and key order", () => {
    fc.assert(
      fc.property(fc.array(recordArb, { maxLength: 3000 }), (records) => {
        const columns = RecordColumns.of(3, records);
        expect(transferables(columns.encoded).length).toBe(19 * columns.encoded.blocks.length);
        const received = RecordColumns.fromEncoded(structuredClone(columns.encoded), 3);
        expect(received.length).toBe(records.length);
        const decoded = received.toArray();
        expect(decoded).toEqual(records);
        for (let i = 0; i < records.length; i++) {
          expect(Object.keys(decoded[i])).toEqual(Object.keys(records[i]));
          expect(received.identityAt(i)).toBe(records[i].identity);
          expect(received.lineAt(i)).toBe(records[i].line);
          // The single-field readers agree with the record (Object.is: -0 and NaN as built).
          expect(received.dateAt(i)).toBe(records[i].date);
          expect(received.periodEndAt(i)).toBe(records[i].periodEnd);
          expect(received.minutesAt(i)).toBe(records[i].minutes);
          expect(received.approvalAt(i)).toBe(records[i].approval);
          expect(received.originAt(i)).toBe(records[i].origin);
        }
      }),
      { numRuns: Math.max(20, Math.floor(NUM_RUNS / 5)) },
    );
  });

  it("records past one block (65,536 records), the last block cut to its records", () => {
    const some = fc.sample(recordArb, { numRuns: 500, seed: 6 });
    const records = Array.from({ length: 140_000 }, (_, i) => ({ ...some[i % some.length], line: i + 2 }));
    const columns = RecordColumns.of(3, records);
    const { blocks } = columns.encoded;
    expect(blocks.map((b) => b.count)).toEqual([65_536, 65_536, 8_928]);
    expect(blocks.map((b) => b.line.length)).toEqual([65_536, 65_536, 8_928]);
    const decoded = RecordColumns.fromEncoded(structuredClone(columns.encoded), 3);
    expect(decoded.length).toBe(records.length);
    for (let i = 0; i < records.length; i += 997) expect(decoded.get(i)).toEqual(records[i]);
    expect(Array.from(decoded, (r) => r.line)).toEqual(records.map((r) => r.line));
  });

  it("a small file takes columns of its size, not a whole block", () => {
    const records = fc.sample(recordArb, { numRuns: 3, seed: 7 });
    const { blocks } = RecordColumns.of(3, records).encoded;
    expect(blocks.map((b) => [b.count, b.line.length, b.converted.length])).toEqual([[3, 3, 3]]);
    expect(RecordColumns.of(3, []).encoded.blocks).toEqual([]);
  });

  it("compares records in columns as compareRecordContent compares the built records", () => {
    // Few dates, so that most pairs tie on the date and are decided by the later keys.
    const sameDayArb = fc
      .tuple(recordArb, fc.constantFrom(null, 20_000, 20_001))
      .map(([record, date]) => ({ ...record, date }));
    fc.assert(
      fc.property(fc.array(sameDayArb, { minLength: 1, maxLength: 40 }), (records) => {
        const columns = RecordColumns.of(3, records);
        for (let a = 0; a < records.length; a++) {
          for (let b = 0; b < records.length; b++) {
            expect(Math.sign(compareRecordContentAt(columns, a, b))).toBe(
              Math.sign(compareRecordContent(records[a], records[b])),
            );
          }
        }
      }),
      { numRuns: Math.max(20, Math.floor(NUM_RUNS / 5)) },
    );
  });

  it("numbers come back as written: -0, fractions, beyond 32 bits", () => {
    const base = fc.sample(recordArb, { numRuns: 1, seed: 9 })[0];
    const values = [-0, 0, 1.5, -3, 2 ** 31, 2 ** 40, -(2 ** 31), 180];
    const records = values.map((minutes, i) => ({ ...base, line: i + 2, minutes, transferAt: minutes }));
    const columns = RecordColumns.of(3, records);
    values.forEach((value, i) => {
      expect(Object.is(columns.get(i).minutes, value)).toBe(true);
      expect(Object.is(columns.get(i).transferAt, value)).toBe(true);
    });
  });

  it("refuses an index outside the records", () => {
    const columns = RecordColumns.of(3, fc.sample(recordArb, { numRuns: 2, seed: 8 }));
    expect(() => columns.get(2)).toThrow(RangeError);
    expect(() => columns.get(-1)).toThrow(RangeError);
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

  it("refuses a record of another file, and records after finish", () => {
    const encoder = new RecordEncoder(1);
    expect(() => encoder.add({ file: 2 } as CanonicalRecord)).toThrow(/file 2/);
    const record = { ...fc.sample(recordArb, { numRuns: 1, seed: 10 })[0], file: 1 };
    encoder.add(record);
    const columns = encoder.finish();
    expect(() => encoder.add(record)).toThrow(/after finish/);
    expect(columns.toArray()).toEqual([record]);
  });
});
