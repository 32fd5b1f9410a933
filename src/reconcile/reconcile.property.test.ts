// Properties (DESIGN §10): every row is accounted for in the ledger, and neither the order of the files nor
// the order of rows within a file changes the findings or the totals.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mulberry32, shuffled } from "../../test/helpers/random.js";
import { RecordColumns } from "../ingest/record-columns.js";
import { formatDay } from "../model/day.js";
import type { Finding } from "../model/finding.js";
import type { ReconcileOptions } from "../model/reconciliation.js";
import type { BuiltinSource, IngestedFile } from "../model/record.js";
import { defaultReconcileOptions } from "./options.js";
import { reconcile } from "./reconcile.js";
import type { RecordSpec } from "./test-builders.js";
import { day, endOfDay, file, indexFiles, peopleOf } from "./test-builders.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 200);

const ROLES: BuiltinSource[] = ["vms", "1365", "redcross", "blood", "culture"];
const NAMES = ["김하늘", "박서연", "이도윤"];
const DATES = [
  "2010-06-30",
  "2010-07-01",
  "2024-02-28",
  "2024-02-29",
  "2024-03-01",
  "2024-05-01",
  "2024-05-02",
];
const INSTITUTIONS = [
  "",
  "(사)푸른나눔복지관",
  "푸른나눔 종합복지관",
  "한빛노인요양원",
  "헌혈의집 중앙로센터",
];

const recordArb: fc.Arbitrary<RecordSpec> = fc
  .record({
    person: fc.constantFrom(...NAMES),
    date: fc.option(fc.constantFrom(...DATES), { nil: null, freq: 12 }),
    periodDays: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null, freq: 2 }),
    minutes: fc.option(fc.constantFrom(30, 60, 90, 120, 180, 240, 300), { nil: null, freq: 12 }),
    institution: fc.constantFrom(...INSTITUTIONS),
    activity: fc.constantFrom("", "급식 보조", "헌혈"),
    approval: fc.constantFrom(null, "approved" as const, "pending" as const, "rejected" as const),
    transferHours: fc.option(fc.integer({ min: 0, max: 200 }), { nil: null }),
    transferState: fc.constantFrom(
      null,
      "not-sent" as const,
      "requested" as const,
      "sent" as const,
      "failed" as const,
    ),
    transferRaw: fc.constantFrom(null, "전송성공", "연계실패"),
    transferCode: fc.constantFrom(null, 99, 100, 200, 300, 400),
    origin: fc.constantFrom(
      null,
      "vms" as const,
      "redcross" as const,
      "culture" as const,
      "blood" as const,
      "1365" as const,
    ),
    donationKind: fc.constantFrom(null, "whole" as const, "plasma" as const, "platelet" as const),
    certificateNo: fc.constantFrom(null, "A", "B"),
    converted: fc.constantFrom(null, true, false),
  })
  .map(({ periodDays, transferHours, ...r }) => ({
    ...r,
    periodEnd: r.date === null || periodDays === null ? null : formatDay(day(r.date) + periodDays),
    transferAt:
      r.date === null || transferHours === null
        ? null
        : (() => {
            const m = day(r.date) * 1440 + transferHours * 60;
            return `${formatDay(Math.floor(m / 1440))} ${String(Math.floor((m % 1440) / 60)).padStart(2, "0")}:00`;
          })(),
  }));

const filesArb: fc.Arbitrary<IngestedFile[]> = fc
  .array(
    fc.record({
      role: fc.constantFrom(...ROLES),
      records: fc.array(recordArb, { maxLength: 12 }),
      ignored: fc.nat(2),
      rejected: fc.nat(2),
      /** The same export given twice (another path): identical content, so only the path breaks ties. */
      copied: fc.boolean(),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((specs) =>
    specs.flatMap((s, i) => {
      const ignoredLines = Array.from({ length: s.ignored }, (_, k) => s.records.length + 2 + k);
      const extras = { ignoredLines, rejected: s.rejected };
      const original = file(s.role, s.records, { path: `class/${i}-${s.role}.csv`, ...extras });
      return s.copied
        ? [original, file(s.role, s.records, { path: `copy/${i}-${s.role}.csv`, ...extras })]
        : [original];
    }),
  );

const optionsArb: fc.Arbitrary<ReconcileOptions> = fc
  .record({
    asOf: fc.constantFrom("2010-07-01", "2024-05-01", "2024-05-05", "2024-12-31"),
    schoolCap: fc.constantFrom(null, 1, 2),
    whole: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ asOf, schoolCap, whole }) => ({
    ...defaultReconcileOptions(endOfDay(asOf)),
    bloodSchoolYearCap: schoolCap,
    bloodYearlyCap: { whole, component: 2 },
  }));

/** Files in another order, rows and identity rows of each file in another order (lines travel with rows). */
function shuffleRun(files: readonly IngestedFile[], seed: number): IngestedFile[] {
  const next = mulberry32(seed);
  return shuffled(files, next).map((f) => {
    const permutation = shuffled(
      f.identities.map((_, i) => i),
      next,
    );
    const identities = permutation.map((old) => f.identities[old]);
    const newIndex = new Map(permutation.map((old, i) => [old, i]));
    const records = RecordColumns.of(
      f.index,
      shuffled([...f.records], next).map((r) => ({ ...r, identity: newIndex.get(r.identity) as number })),
    );
    return { ...f, identities, records };
  });
}

function reconcileFiles(files: readonly IngestedFile[], options: ReconcileOptions) {
  const indexed = indexFiles(files);
  return { indexed, result: reconcile(indexed, peopleOf(indexed), options) };
}

/** Findings and ledger with file indices replaced by paths. */
function byPath(indexed: IngestedFile[], result: ReturnType<typeof reconcile>) {
  const path = (i: number) => indexed.find((f) => f.index === i)?.path;
  const findings = result.findings.map((f: Finding) => ({
    ...f,
    file: f.file === null ? null : path(f.file),
    counterpart: f.counterpart === null ? null : { ...f.counterpart, file: path(f.counterpart.file) },
  }));
  const ledger = Object.fromEntries(indexed.map((f) => [f.path, result.ledger[f.index]]));
  return { findings, ledger, minutes: result.minutes, schoolYears: result.schoolYears };
}

describe("reconcile properties", () => {
  it("every row of every file ends in exactly one ledger state, and no upstream row is left unpaired", () => {
    fc.assert(
      fc.property(filesArb, optionsArb, (files, options) => {
        const { indexed, result } = reconcileFiles(files, options);
        for (const f of indexed) {
          const counts = result.ledger[f.index];
          const sum = counts.paired + counts.unpaired + counts.finding + counts.ignored + counts.rejected;
          expect(sum).toBe(f.rows);
          if (f.role !== "1365") expect(counts.unpaired).toBe(0);
        }
        for (const m of result.minutes) {
          for (const value of Object.values(m)) expect(value).toBeGreaterThanOrEqual(0);
          expect(m.missing + m.inTransit).toBeLessThanOrEqual(m.expected1365);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("shuffling files and rows within files gives the same findings, totals and ledger", () => {
    fc.assert(
      fc.property(filesArb, optionsArb, fc.integer(), (files, options, seed) => {
        const a = reconcileFiles(files, options);
        const b = reconcileFiles(shuffleRun(files, seed), options);
        expect(byPath(b.indexed, b.result)).toEqual(byPath(a.indexed, a.result));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
