// The benchmark's data generator (bench/generate.ts, issue 6): deterministic output, headers vhr's built-in
// profiles accept, and planted truth that an independent re-derivation from the written files agrees with.

import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { disassemble } from "es-hangul";
import { afterAll, describe, expect, it } from "vitest";
import {
  AS_OF,
  buildPeople,
  FILE_NAMES,
  type FileKey,
  generate,
  HEADERS,
  type Truth,
} from "../bench/generate.js";
import { BUILTIN_PROFILES } from "../src/sources/builtin-profiles.js";

const scratch = mkdtempSync(join(tmpdir(), "vhr-bench-gen-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const ALL_FILES = [...Object.values(FILE_NAMES), "truth.json"];
const sha256 = (path: string): string => createHash("sha256").update(readFileSync(path)).digest("hex");
const hashes = (dir: string): Record<string, string> =>
  Object.fromEntries(ALL_FILES.map((name) => [name, sha256(join(dir, name))]));

/** Data rows of a generated file as arrays of cells (the generator never needs CSV quoting). */
function readRows(dir: string, key: FileKey): { header: string[]; rows: string[][] } {
  const text = readFileSync(join(dir, FILE_NAMES[key]), "utf8").replace(/^\uFEFF/, "");
  const lines = text.split(/\r?\n/);
  expect(lines.pop()).toBe(""); // a final line ending
  const [header, ...rows] = lines.map((line) => line.split(","));
  for (const row of rows) expect(row).toHaveLength(header.length);
  return { header, rows };
}

const digits = (value: string): string => value.replace(/\D/g, "");
const nameKey = (value: string): string => value.replace(/\s/g, "");
/** Whole hours of every duration form the generator writes; throws on anything else. */
function hours(value: string): number {
  let m = /^(\d+)(시간)?$/.exec(value);
  if (m) return Number(m[1]);
  m = /^(\d+)분$/.exec(value);
  if (m && Number(m[1]) % 60 === 0) return Number(m[1]) / 60;
  m = /^(\d\d):00~(\d\d):00$/.exec(value);
  if (m && Number(m[2]) > Number(m[1])) return Number(m[2]) - Number(m[1]);
  throw new Error(`not a whole-hour duration: ${value}`);
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

describe("bench generator", () => {
  it("writes byte-identical files for the same seed, different ones for another seed", async () => {
    const a = join(scratch, "a");
    const b = join(scratch, "b");
    const c = join(scratch, "c");
    await generate({ vmsRows: 1000, seed: 7, outDir: a });
    await generate({ vmsRows: 1000, seed: 7, outDir: b });
    await generate({ vmsRows: 1000, seed: 8, outDir: c });
    expect(hashes(b)).toEqual(hashes(a));
    expect(sha256(join(c, FILE_NAMES.vms))).not.toBe(sha256(join(a, FILE_NAMES.vms)));
    expect(sha256(join(c, FILE_NAMES["1365"]))).not.toBe(sha256(join(a, FILE_NAMES["1365"])));
  });

  it("uses only headers of the built-in profiles, each mapping to one field", () => {
    const profileOf: Record<FileKey, string> = {
      vms: "vms",
      "1365": "1365",
      redcross: "redcross",
      blood: "blood",
    };
    for (const key of Object.keys(HEADERS) as FileKey[]) {
      const profile = BUILTIN_PROFILES.find((p) => p.id === profileOf[key]);
      expect(profile, key).toBeDefined();
      const fields = HEADERS[key].map((header) =>
        Object.entries(profile!.columns)
          .filter(([, aliases]) => aliases?.includes(header))
          .map(([field]) => field),
      );
      for (const [i, mapped] of fields.entries())
        expect(mapped, `${key}: ${HEADERS[key][i]}`).toHaveLength(1);
      expect(new Set(fields.flat()).size, key).toBe(HEADERS[key].length);
    }
  });

  it("plants exactly the findings truth.json counts, and nothing that could produce another finding", async () => {
    const dir = join(scratch, "truth");
    const truth: Truth = await generate({ vmsRows: 10_000, seed: 42, outDir: dir });
    expect(JSON.parse(readFileSync(join(dir, "truth.json"), "utf8"))).toEqual(truth);

    const vms = readRows(dir, "vms");
    const credits = readRows(dir, "1365");
    const redcross = readRows(dir, "redcross");
    const blood = readRows(dir, "blood");
    expect(vms.header).toEqual(HEADERS.vms);
    expect(credits.header).toEqual(HEADERS["1365"]);
    expect(redcross.header).toEqual(HEADERS.redcross);
    expect(blood.header).toEqual(HEADERS.blood);
    expect(truth.rows).toEqual({
      vms: vms.rows.length,
      "1365": credits.rows.length,
      redcross: redcross.rows.length,
      blood: blood.rows.length,
    });
    expect(vms.rows.length).toBe(10_000);
    for (const key of ["redcross", "blood"] as const) expect(truth.rows[key]).toBeGreaterThan(0);

    // Row checks collect problems (one expect per row would make this test slow).
    const problems: string[] = [];
    const check = (ok: boolean, what: string): void => {
      if (!ok && problems.length < 20) problems.push(what);
    };

    // People: one phone per (name, birthdate) and the reverse; formats as the issue describes.
    const personOfPhone = new Map<string, string>();
    const person = (r: readonly string[]): string => {
      const id = `${nameKey(r[0])}|${digits(r[1])}`;
      const known = personOfPhone.get(digits(r[2]));
      if (known === undefined) personOfPhone.set(digits(r[2]), id);
      else check(known === id, `phone ${r[2]} of ${known} and ${id}`);
      return id;
    };
    for (const r of vms.rows) {
      check(/^20(0[5-9]|10)-\d\d-\d\d$/.test(r[1]), `VMS birthdate ${r[1]}`);
      check(/^010-\d{4}-\d{4}$/.test(r[2]), `VMS phone ${r[2]}`);
      check(/^20(25|26)-\d\d-\d\d$/.test(r[3]), `VMS date ${r[3]}`);
    }
    for (const r of credits.rows) {
      check(/^20(0[5-9]|10)\d{4}$/.test(r[1]), `1365 birthdate ${r[1]}`);
      check(/^010\d{8}$/.test(r[2]), `1365 phone ${r[2]}`);
      check(/^20(25|26)\.\d\d\.\d\d$/.test(r[3].trim()), `1365 date ${r[3]}`);
    }
    const ids = new Set([...vms.rows, ...credits.rows, ...redcross.rows, ...blood.rows].map(person));
    expect(ids.size).toBe(truth.people);
    expect(new Set(vms.rows.map(person)).size).toBe(truth.people);

    const creditOf = new Map<string, { hours: number; origin: string; used: boolean }>();
    for (const r of credits.rows) {
      const key = `${person(r)}|${digits(r[3])}`;
      check(!creditOf.has(key), `two credits on ${key}`);
      const h = hours(r[6]);
      check(h >= 1 && h <= 8, `credit hours ${r[6]}`);
      creditOf.set(key, { hours: h, origin: r[7], used: false });
    }
    const asOfDay = digits(AS_OF);
    const found: Record<string, number> = {};
    const add = (kind: string): void => {
      found[kind] = (found[kind] ?? 0) + 1;
    };
    // Every activity of a person has a date of its own across the upstream exports, so a day holds at most 8 h.
    const activityDays = new Set<string>(); // person|date
    const vmsBloodDays = new Set<string>();
    let approvedWithoutCredit = 0;
    for (const r of vms.rows) {
      const id = person(r);
      const key = `${id}|${digits(r[3])}`;
      check(!activityDays.has(key), `two activities on ${key}`);
      activityDays.add(key);
      const h = hours(r[6]);
      check(h <= 8, `VMS hours ${r[6]}`);
      check(
        r[5].includes("헌혈") || r[4].includes("헌혈") ? r[5] === "헌혈" : true,
        `헌혈 named by ${r.join(",")}`,
      );
      if (r[5] === "헌혈") {
        check(h === 4, `VMS 헌혈 record of ${r[6]}`);
        vmsBloodDays.add(key);
      }
      const credit = creditOf.get(key);
      if (credit) credit.used = true;
      if (r[8] !== "") {
        check(r[9] === "전송성공", `sent at ${r[8]} but ${r[9]}`);
        check(digits(r[8]).slice(0, 8) < asOfDay, `sent at ${r[8]}, too late`);
      }
      if (r[7] === "대기" || r[7] === "반려") {
        check(
          credit === undefined && r[8] + r[9] === "",
          `${r[7]} record with a credit or send data: ${key}`,
        );
        add("not-approved");
        continue;
      }
      check(r[7] === "승인" || r[7] === "승인완료", `approval ${r[7]}`);
      if (credit === undefined) {
        approvedWithoutCredit++;
        add(r[9] === "전송성공" ? "sent-not-received" : "missing-transfer");
        continue;
      }
      check(
        credit.origin === "VMS" || credit.origin === "한국사회복지협의회",
        `VMS credit origin ${credit.origin}`,
      );
      check(credit.hours <= h, `credit of ${credit.hours} h for ${h} h: ${key}`);
      if (credit.hours < h) add("hours-mismatch");
    }
    for (const r of redcross.rows) {
      const key = `${person(r)}|${digits(r[4])}`;
      check(!activityDays.has(key), `two activities on ${key}`);
      activityDays.add(key);
      check(digits(r[4]) <= "20261015", `Red Cross date ${r[4]} within the 30-day latency of ${AS_OF}`);
      const credit = creditOf.get(key);
      if (credit === undefined) add("missing-transfer");
      else {
        check(
          credit.origin === "적십자" || credit.origin === "대한적십자사",
          `Red Cross credit origin ${credit.origin}`,
        );
        check(credit.hours === hours(r[6]), `Red Cross credit hours ${key}`);
        credit.used = true;
      }
    }
    const donationsPerYear = new Map<string, number>();
    for (const r of blood.rows) {
      const id = person(r);
      const day = digits(r[3]);
      const year = `${id}|${day.slice(0, 4)}`;
      donationsPerYear.set(year, (donationsPerYear.get(year) ?? 0) + 1);
      check((donationsPerYear.get(year) ?? 0) <= 5, `over the yearly cap: ${year}`);
      check(day >= "20100701", `donation before 2010-07-01: ${day}`);
      const key = `${id}|${day}`;
      if (vmsBloodDays.has(key)) vmsBloodDays.delete(key);
      else {
        check(!activityDays.has(key) && !creditOf.has(key), `unconverted donation with a record: ${key}`);
        add("blood-not-converted");
      }
    }
    check(vmsBloodDays.size === 0, "a VMS 헌혈 record without its donation");
    for (const [key, credit] of creditOf) {
      // Unused credits are direct 1365 activity, on a day with no upstream record: unpaired, no finding.
      if (!credit.used) {
        check(
          credit.origin === "1365" || credit.origin === "자원봉사센터",
          `credit without upstream: ${key}`,
        );
        check(!activityDays.has(key), `direct credit on an upstream day: ${key}`);
      }
    }
    expect(problems).toEqual([]);
    expect(found).toEqual(truth.findings);
    expect(approvedWithoutCredit).toBe(truth.detail.vmsApprovedWithoutCredit);
  });

  it("keeps names on one birthdate at least 3 jamo edits apart (es-hangul disassemble), phones unique", () => {
    const people = buildPeople(300_000, 42);
    expect(new Set(people.phones).size).toBe(people.count);
    expect(people.vmsCounts.reduce((a, b) => a + b, 0)).toBe(300_000);
    expect(Math.min(...people.vmsCounts)).toBeGreaterThanOrEqual(1);
    const byBirth = new Map<number, string[]>();
    for (let i = 0; i < people.count; i++) {
      const list = byBirth.get(people.birth[i]) ?? [];
      list.push(disassemble(people.names[i]));
      byBirth.set(people.birth[i], list);
    }
    let pairs = 0;
    let closest = Number.POSITIVE_INFINITY;
    for (const names of byBirth.values()) {
      for (let i = 0; i < names.length; i++) {
        for (let j = i + 1; j < names.length; j++) {
          pairs++;
          closest = Math.min(closest, levenshtein(names[i], names[j]));
        }
      }
    }
    expect(pairs).toBeGreaterThan(10_000);
    expect(closest).toBeGreaterThanOrEqual(3);
  });
});
