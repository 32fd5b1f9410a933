import { describe, expect, it } from "vitest";
import { mulberry32 } from "../../test/helpers/random.js";
import { resolvePeopleWithStats } from "./resolve-people.js";
import { type IdentityTuple, makeFile } from "./test-files.js";

// Not a timed test: it counts comparisons, which blocking must keep near-linear.

const SURNAMES = [
  "김",
  "이",
  "박",
  "최",
  "정",
  "강",
  "조",
  "윤",
  "장",
  "임",
  "한",
  "오",
  "서",
  "신",
  "권",
  "황",
];
const SYLLABLES = "민서준우지하윤도현수아은예주진시연채원유건태영".split("");

describe("resolvePeople at scale", () => {
  it("compares far fewer pairs than 10× the source-persons for 20k people", () => {
    const rnd = mulberry32(42);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
    const vms: IdentityTuple[] = [];
    const portal: IdentityTuple[] = [];
    const redcross: IdentityTuple[] = [];
    const seen = new Set<string>();
    while (seen.size < 20_000) {
      const name = pick(SURNAMES) + pick(SYLLABLES) + pick(SYLLABLES);
      const y = 1995 + Math.floor(rnd() * 18);
      const m = String(1 + Math.floor(rnd() * 12)).padStart(2, "0");
      const d = String(1 + Math.floor(rnd() * 28)).padStart(2, "0");
      const birthdate = `${y}-${m}-${d}`;
      const phone = `010${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`;
      const key = `${name}|${birthdate}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const id = `u${seen.size}`;
      vms.push([name, birthdate, phone, id]);
      // 1365 sees most people, some with a short birthdate, a masked name or a changed phone.
      const r = rnd();
      if (r < 0.1) portal.push([name, birthdate.slice(2).replace(/-/g, ""), phone, `p${seen.size}`]);
      else if (r < 0.15) portal.push([`${name[0]}*${name[2]}`, birthdate, phone, `p${seen.size}`]);
      else if (r < 0.2)
        portal.push([name, birthdate, `010${String(Math.floor(rnd() * 1e8)).padStart(8, "0")}`]);
      else if (r < 0.95) portal.push([name, birthdate, phone, `p${seen.size}`]);
      if (rnd() < 0.3) redcross.push([name, birthdate, null]);
    }
    const files = [
      makeFile(0, { source: "vms", path: "vms.csv", identities: vms }),
      makeFile(1, { source: "1365", path: "1365.csv", identities: portal }),
      makeFile(2, { source: "redcross", path: "rc.csv", identities: redcross }),
    ];
    const { resolution, stats } = resolvePeopleWithStats(files);
    expect(stats.sourcePersons).toBe(vms.length + portal.length + redcross.length);
    expect(stats.comparisons).toBeLessThan(10 * stats.sourcePersons);
    expect(stats.comparisons).toBeGreaterThan(0);
    expect(stats.oversizedBlocks).toBe(0);
    // Nearly everyone is found again as one person (a few same-name twins may be ambiguous).
    expect(resolution.people.length).toBeGreaterThanOrEqual(20_000);
    expect(resolution.people.length).toBeLessThan(20_300);
  });
});
