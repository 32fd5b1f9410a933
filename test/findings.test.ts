// Every finding kind (DESIGN §7) end to end, each from its own tiny folder of fixtures/findings where it is the
// only finding, through the real CLI: `vhr check <folder> --format json --show-pii --as-of …`. Each case
// checks the findings' facts (kind, severity, person, source, date, minutes, file, line, code, counterpart),
// the people's totals and school years, and the exit code (1 with an error finding, 0 with warnings or info
// only). Further folders pin the rules around them: latencies on both sides of the due time, blood
// eligibility and caps, conversions, split records, school years, NEIS hours, the daily cap, --school-year.

import { basename } from "node:path";
import { describe, expect, it } from "vitest";
import { FINDING_KINDS } from "../src/model/finding.js";
import {
  type FindingFacts,
  type FindingJson,
  findingFacts,
  ledgerTotal,
  type MinutesJson,
  minutes,
  type ReportJson,
  type SchoolYearJson,
} from "./helpers/report-json.js";
import { runCliJson } from "./helpers/run-cli.js";

const AS_OF = "2026-11-22";

interface PersonFacts {
  id: string;
  name: string;
  tier: string;
  sources: string[];
  minutes: MinutesJson;
  schoolYears: SchoolYearJson[];
}

interface Case {
  /** Folder under fixtures/findings. */
  folder: string;
  asOf?: string;
  /** Extra options (--blood-cap, --school-year). */
  options?: string[];
  exit: 0 | 1;
  findings: FindingFacts[];
  people: PersonFacts[];
  /** Ledger per file name, when the case is about it. */
  ledger?: Record<string, { paired: number; unpaired: number; finding: number }>;
  /** Words the English message of each finding must contain, in finding order. */
  messages?: string[];
}

function check(c: Pick<Case, "folder" | "asOf" | "options">) {
  const args = [
    "check",
    `fixtures/findings/${c.folder}`,
    "--format",
    "json",
    "--show-pii",
    "--as-of",
    c.asOf ?? AS_OF,
    ...(c.options ?? []),
  ];
  return runCliJson<ReportJson>(args);
}

/** A finding's facts; `file` is the file name in the case's folder. */
function finding(
  kind: string,
  severity: string,
  source: string | null,
  date: string | null,
  mins: number | null,
  file: string,
  line: number,
  extra: { person?: string; code?: number | string | null; counterpart?: FindingFacts["counterpart"] } = {},
): FindingFacts {
  return {
    kind,
    severity,
    person: extra.person ?? "P1",
    source,
    date,
    minutes: mins,
    file,
    line,
    code: extra.code ?? null,
    counterpart: extra.counterpart ?? null,
  };
}

function cp(source: string, file: string, line: number, date: string, mins: number) {
  return { source, file, line, date, minutes: mins };
}

function sy(schoolYear: number, expectedMinutes: number, creditedMinutes: number, neisHours: number) {
  return { schoolYear, expectedMinutes, creditedMinutes, neisHours };
}

function person(
  name: string,
  sources: string[],
  m: Partial<MinutesJson>,
  schoolYears: SchoolYearJson[],
  extra: { id?: string; tier?: string } = {},
): PersonFacts {
  return {
    id: extra.id ?? "P1",
    name,
    tier: extra.tier ?? "exact",
    sources,
    minutes: minutes(m),
    schoolYears,
  };
}

function runCase(c: Case): void {
  const { json: report, status, stderr } = check(c);
  expect(stderr).toBe("");
  expect(report.findings.map(findingFacts)).toEqual(c.findings);
  expect(
    report.people.map((p) => ({
      id: p.id,
      name: p.name,
      tier: p.tier,
      sources: p.sources,
      minutes: p.minutes,
      schoolYears: p.schoolYears,
    })),
  ).toEqual(c.people);
  const counts: Record<string, number> = {};
  for (const f of c.findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  expect(report.summary.findings).toEqual(counts);
  expect(report.summary.rejected).toBe(0);
  for (const file of report.files) expect(ledgerTotal(file.ledger), file.path).toBe(file.rows);
  if (c.ledger) {
    const ledger = Object.fromEntries(
      report.files.map((f) => [
        basename(f.path),
        { paired: f.ledger.paired, unpaired: f.ledger.unpaired, finding: f.ledger.finding },
      ]),
    );
    expect(ledger).toEqual(c.ledger);
  }
  if (c.messages) {
    expect(report.findings).toHaveLength(c.messages.length);
    report.findings.forEach((f: FindingJson, i) => {
      expect(f.message).toContain(c.messages?.[i]);
    });
  }
  for (const f of report.findings) {
    expect(f.message.length, `${f.kind} message`).toBeGreaterThan(0);
    expect(f.remedy.length, `${f.kind} remedy`).toBeGreaterThan(0);
  }
  expect(status).toBe(c.exit);
}

// ─── One folder per finding kind ─────────────────────────────────────────────────────────────────────────

const KIND_CASES: Record<string, Case> = {
  "missing-transfer": {
    folder: "missing-transfer",
    exit: 1,
    findings: [finding("missing-transfer", "error", "vms", "2026-10-17", 180, "vms.csv", 3)],
    people: [
      person("오세린", ["1365", "vms"], { vms: 300, expected1365: 300, credited1365: 120, missing: 180 }, [
        sy(2026, 300, 120, 2),
      ]),
    ],
    ledger: {
      "1365.csv": { paired: 1, unpaired: 0, finding: 0 },
      "vms.csv": { paired: 1, unpaired: 0, finding: 1 },
    },
    messages: ["it should have arrived by 2026-10-24 00:00"],
  },
  "sent-not-received": {
    folder: "sent-not-received",
    exit: 1,
    findings: [finding("sent-not-received", "error", "vms", "2026-10-03", 120, "vms.csv", 3)],
    people: [
      person("문태호", ["1365", "vms"], { vms: 240, expected1365: 240, credited1365: 120, missing: 120 }, [
        sy(2026, 240, 120, 2),
      ]),
    ],
    messages: ["(전송성공, 2026-10-04 09:00) but had not arrived in 1365 by 2026-10-05 09:00"],
  },
  "transfer-failed": {
    folder: "transfer-failed",
    exit: 1,
    findings: [
      finding("transfer-failed", "error", "culture", "2026-08-09", 360, "culture-daily.csv", 2, {
        code: 100,
      }),
      finding("transfer-failed", "error", "vms", "2026-09-12", 180, "vms.csv", 2, { code: "전송실패" }),
    ],
    people: [
      person(
        "백하린",
        ["1365", "culture", "vms"],
        { vms: 180, culture: 600, expected1365: 780, credited1365: 240, missing: 540 },
        [sy(2026, 780, 240, 4)],
      ),
    ],
    messages: ["failed (연계실패, code 100)", "failed (전송실패)"],
  },
  "blood-not-converted": {
    folder: "blood-not-converted",
    exit: 1,
    findings: [finding("blood-not-converted", "error", "blood", "2026-05-16", 240, "blood.csv", 2)],
    people: [
      person(
        "송민재",
        ["1365", "blood"],
        { blood: 480, expected1365: 480, credited1365: 240, missing: 240 },
        [sy(2026, 480, 240, 4)],
      ),
    ],
  },
  "hours-mismatch": {
    // 1365 credits less than VMS: an error, and the shortfall counts as missing.
    folder: "hours-mismatch",
    exit: 1,
    findings: [
      finding("hours-mismatch", "error", "vms", "2026-09-19", 180, "vms.csv", 2, {
        counterpart: cp("1365", "1365.csv", 2, "2026-09-19", 120),
      }),
    ],
    people: [
      person("노은채", ["1365", "vms"], { vms: 180, expected1365: 180, credited1365: 120, missing: 60 }, [
        sy(2026, 180, 120, 2),
      ]),
    ],
    messages: ["has 3 h, but 1365 credits 2 h (difference 1 h)"],
  },
  "identity-mismatch": {
    folder: "identity-mismatch",
    exit: 0,
    findings: [finding("identity-mismatch", "warning", "vms", null, null, "vms.csv", 2)],
    people: [
      person(
        "장서윤",
        ["1365", "vms"],
        { vms: 180, expected1365: 180, credited1365: 180 },
        [sy(2026, 180, 180, 3)],
        { tier: "conflict" },
      ),
    ],
    messages: ["The phone number differs between VMS and 1365: VMS 010-0000-3107, 1365 010-0000-3117."],
  },
  "duplicate-account": {
    folder: "duplicate-account",
    exit: 0,
    findings: [finding("duplicate-account", "warning", "1365", null, null, "1365.csv", 2)],
    people: [
      person("임도현", ["1365", "vms"], { vms: 120, expected1365: 120, credited1365: 300 }, [
        sy(2026, 120, 300, 5),
      ]),
    ],
    messages: ["One person has several IDs in 1365: dohyun07, dohyun2026."],
  },
  "ambiguous-identity": {
    // The third 1365 row has no phone: it fits both 서지안 (phones …3109 and …3119) equally well.
    folder: "ambiguous-identity",
    exit: 0,
    findings: [finding("ambiguous-identity", "warning", "1365", null, null, "1365.csv", 4, { person: "P3" })],
    people: [
      person("서지안", ["1365", "vms"], { vms: 120, expected1365: 120, credited1365: 120 }, [
        sy(2026, 120, 120, 2),
      ]),
      person(
        "서지안",
        ["1365", "vms"],
        { vms: 120, expected1365: 120, credited1365: 120 },
        [sy(2026, 120, 120, 2)],
        { id: "P2" },
      ),
      person("서지안", ["1365"], { credited1365: 180 }, [sy(2026, 0, 180, 3)], { id: "P3" }),
    ],
    messages: ["matches 2 people equally well (strong)"],
  },
  "not-approved": {
    folder: "not-approved",
    exit: 0,
    findings: [
      finding("not-approved", "warning", "vms", "2026-10-02", 180, "vms.csv", 3),
      finding("not-approved", "warning", "vms", "2026-10-09", 120, "vms.csv", 4),
    ],
    // Pending and rejected records are not expected in 1365 and are never also missing.
    people: [
      person("권나은", ["1365", "vms"], { vms: 120, expected1365: 120, credited1365: 120 }, [
        sy(2026, 120, 120, 2),
      ]),
    ],
    messages: ["is not approved yet (대기)", "was rejected (반려)"],
  },
  "period-record": {
    folder: "period-record",
    exit: 0,
    findings: [finding("period-record", "warning", "culture", "2026-09-01", 720, "culture-list.csv", 2)],
    people: [
      person("홍채원", ["1365", "culture"], { culture: 720, credited1365: 180 }, [sy(2026, 0, 180, 3)]),
    ],
    messages: ["for 2026-09-01~2026-10-31 (작은도서관 책정리) has only a period"],
  },
  "blood-ineligible": {
    folder: "blood-ineligible",
    exit: 0,
    findings: [finding("blood-ineligible", "warning", "blood", "2009-03-14", 240, "blood.csv", 2)],
    people: [person("배성훈", ["1365", "blood"], { credited1365: 120 }, [sy(2026, 0, 120, 2)])],
    messages: ["The blood donation (2009-03-14, 헌혈의집 시청역센터, 4 h) is before 2010-07-01"],
  },
  "duplicate-credit": {
    folder: "duplicate-credit",
    exit: 0,
    findings: [
      finding("duplicate-credit", "warning", "1365", "2026-09-05", 120, "1365.csv", 3, {
        counterpart: cp("1365", "1365.csv", 2, "2026-09-05", 120),
      }),
    ],
    people: [
      person("유하준", ["1365", "vms"], { vms: 120, expected1365: 120, credited1365: 240 }, [
        sy(2026, 120, 240, 4),
      ]),
    ],
    messages: ["The same record is credited twice in 1365"],
  },
  "daily-cap": {
    // 2026-08-01: 4 h + 5 h = 9 h, over the cap; 2026-08-08: 5 h + 3 h = exactly 8 h, not over.
    folder: "daily-cap",
    exit: 0,
    findings: [finding("daily-cap", "warning", "1365", "2026-08-01", 540, "1365.csv", 2)],
    people: [
      person("신예린", ["1365", "vms"], { vms: 120, expected1365: 120, credited1365: 1140 }, [
        sy(2026, 120, 1140, 19),
      ]),
    ],
    messages: ["On 2026-08-01 1365 credits 9 h, 1 h over the student daily cap of 8 h."],
  },
  "in-transit": {
    folder: "in-transit",
    exit: 0,
    findings: [finding("in-transit", "info", "culture", "2026-11-20", 180, "culture-daily.csv", 3)],
    people: [
      person(
        "안지호",
        ["1365", "culture"],
        { culture: 420, expected1365: 420, credited1365: 240, inTransit: 180 },
        [sy(2026, 420, 240, 4)],
      ),
    ],
    messages: ["wait until 2026-11-23 00:00"],
  },
  "unmatched-credit": {
    folder: "unmatched-credit",
    exit: 0,
    findings: [finding("unmatched-credit", "info", "1365", "2026-09-26", 120, "1365.csv", 3)],
    people: [
      person("황보민", ["1365", "vms"], { vms: 120, expected1365: 120, credited1365: 240 }, [
        sy(2026, 120, 240, 4),
      ]),
    ],
    messages: ["comes from VMS, but the VMS files given have no matching record"],
  },
  "neis-fraction": {
    folder: "neis-fraction",
    exit: 0,
    findings: [finding("neis-fraction", "info", "1365", "2026-09-19", 30, "1365.csv", 2)],
    people: [
      person("고은우", ["1365", "vms"], { vms: 150, expected1365: 150, credited1365: 150 }, [
        sy(2026, 150, 150, 2),
      ]),
    ],
    messages: ["30 min of the 1365 credit (2026-09-19, 한빛노인복지관, 말벗 봉사, 30 min) will not count"],
  },
};

describe("one folder per finding kind: that kind is the only finding", () => {
  it("covers all sixteen kinds", () => {
    expect(FINDING_KINDS).toHaveLength(16);
    expect(Object.keys(KIND_CASES).sort()).toEqual([...FINDING_KINDS].sort());
  });

  for (const [kind, c] of Object.entries(KIND_CASES)) {
    it(`${kind}: exit ${c.exit}`, () => {
      expect(new Set(c.findings.map((f) => f.kind))).toEqual(new Set([kind]));
      runCase(c);
    });
  }
});

describe("hours-mismatch severity follows the direction", () => {
  it("credited < upstream: error, exit 1 (the case above)", () => {
    expect(KIND_CASES["hours-mismatch"].findings[0].severity).toBe("error");
  });

  it("credited > upstream: warning, exit 0, nothing missing", () => {
    runCase({
      folder: "hours-mismatch-more",
      exit: 0,
      findings: [
        finding("hours-mismatch", "warning", "vms", "2026-09-19", 120, "vms.csv", 2, {
          counterpart: cp("1365", "1365.csv", 2, "2026-09-19", 180),
        }),
      ],
      people: [
        person("남궁준", ["1365", "vms"], { vms: 120, expected1365: 120, credited1365: 180 }, [
          sy(2026, 120, 180, 3),
        ]),
      ],
      messages: ["has 2 h, but 1365 credits 3 h (difference 1 h)"],
    });
  });
});

// ─── Latencies: the same files checked just before and at the due time ──────────────────────────────────

interface LatencyCase {
  folder: string;
  /** The last "now" at which the record is still in transit, and the first at which it is overdue. */
  before: string;
  after: string;
  due: string;
  source: string;
  date: string;
  minutes: number;
  file: string;
  name: string;
  person: Omit<Partial<MinutesJson>, "missing" | "inTransit">;
  schoolYears: SchoolYearJson[];
}

const LATENCY_CASES: LatencyCase[] = [
  {
    // 전송일시 2026-09-06 10:00 → visible a full 24 h later.
    folder: "latency-vms-sent",
    before: "2026-09-07 09:59",
    after: "2026-09-07 10:00",
    due: "2026-09-07 10:00",
    source: "vms",
    date: "2026-09-05",
    minutes: 120,
    file: "vms.csv",
    name: "차윤서",
    person: { vms: 240, expected1365: 240, credited1365: 120 },
    schoolYears: [sy(2026, 240, 120, 2)],
  },
  {
    // No transfer data: 7 days after the activity date. A date as --as-of means the end of that day.
    folder: "latency-vms-unsent",
    before: "2026-09-11",
    after: "2026-09-12",
    due: "2026-09-12 00:00",
    source: "vms",
    date: "2026-09-05",
    minutes: 180,
    file: "vms.csv",
    name: "허준서",
    person: { vms: 300, expected1365: 300, credited1365: 120 },
    schoolYears: [sy(2026, 300, 120, 2)],
  },
  {
    // 문화품앗이: 3 days after the activity date.
    folder: "latency-culture",
    before: "2026-09-07 23:59",
    after: "2026-09-08 00:00",
    due: "2026-09-08 00:00",
    source: "culture",
    date: "2026-09-05",
    minutes: 180,
    file: "culture-daily.csv",
    name: "전다인",
    person: { culture: 420, expected1365: 420, credited1365: 240 },
    schoolYears: [sy(2026, 420, 240, 4)],
  },
  {
    // Red Cross: 30 days after the activity date.
    folder: "latency-redcross",
    before: "2026-08-30",
    after: "2026-08-31",
    due: "2026-08-31 00:00",
    source: "redcross",
    date: "2026-08-01",
    minutes: 240,
    file: "redcross.csv",
    name: "마서진",
    person: { redcross: 420, expected1365: 420, credited1365: 180 },
    schoolYears: [sy(2026, 420, 180, 3)],
  },
];

describe("in-transit before the latency, missing-transfer from the due time on", () => {
  for (const l of LATENCY_CASES) {
    const sources = ["1365", l.source].sort();
    it(`${l.folder}: --as-of "${l.before}" → in-transit (exit 0)`, () => {
      runCase({
        folder: l.folder,
        asOf: l.before,
        exit: 0,
        findings: [finding("in-transit", "info", l.source, l.date, l.minutes, l.file, 3)],
        people: [person(l.name, sources, { ...l.person, inTransit: l.minutes }, l.schoolYears)],
        messages: [`is still on its way to 1365: wait until ${l.due}.`],
      });
    });
    it(`${l.folder}: --as-of "${l.after}" → missing-transfer (exit 1)`, () => {
      runCase({
        folder: l.folder,
        asOf: l.after,
        exit: 1,
        findings: [finding("missing-transfer", "error", l.source, l.date, l.minutes, l.file, 3)],
        people: [person(l.name, sources, { ...l.person, missing: l.minutes }, l.schoolYears)],
        messages: [`it should have arrived by ${l.due}`],
      });
    });
  }
});

// ─── Blood donations ────────────────────────────────────────────────────────────────────────────────────

describe("blood donations", () => {
  it("2010-06-30 does not count (before-2010-07-01), 2010-09-01 does", () => {
    runCase({
      folder: "blood-before-2010-07-01",
      exit: 0,
      findings: [finding("blood-ineligible", "warning", "blood", "2010-06-30", 240, "blood.csv", 2)],
      people: [
        person("조현우", ["1365", "blood"], { blood: 240, expected1365: 240, credited1365: 240 }, [
          sy(2010, 240, 240, 4),
        ]),
      ],
      messages: ["is before 2010-07-01, so it does not count as volunteer hours."],
    });
  });

  it("the 6th whole-blood donation of a calendar year is over the yearly cap of 5", () => {
    runCase({
      folder: "blood-yearly-cap",
      exit: 0,
      findings: [finding("blood-ineligible", "warning", "blood", "2025-10-13", 240, "blood.csv", 7)],
      people: [
        person("엄지훈", ["1365", "blood"], { blood: 1200, expected1365: 1200, credited1365: 1200 }, [
          sy(2024, 240, 240, 4),
          sy(2025, 960, 960, 16),
        ]),
      ],
      messages: ["is over the yearly cap on whole-blood donations in 2025 (5 a year)."],
    });
  });

  it("without --blood-cap, a 4th donation in one school year counts (and is not converted)", () => {
    runCase({
      folder: "blood-school-cap",
      exit: 1,
      findings: [finding("blood-not-converted", "error", "blood", "2026-02-02", 240, "blood.csv", 5)],
      people: [
        person(
          "윤채아",
          ["1365", "blood"],
          { blood: 1200, expected1365: 1200, credited1365: 960, missing: 240 },
          [sy(2025, 960, 720, 12), sy(2026, 240, 240, 4)],
        ),
      ],
    });
  });

  it("--blood-cap 3: the 4th donation of school year 2025 (2026-02-02) does not count; 2026-03-03 does", () => {
    runCase({
      folder: "blood-school-cap",
      options: ["--blood-cap", "3"],
      exit: 0,
      findings: [finding("blood-ineligible", "warning", "blood", "2026-02-02", 240, "blood.csv", 5)],
      people: [
        person("윤채아", ["1365", "blood"], { blood: 960, expected1365: 960, credited1365: 960 }, [
          sy(2025, 720, 720, 12),
          sy(2026, 240, 240, 4),
        ]),
      ],
      messages: ["is over the school's cap for school year 2025 (3 a school year)."],
    });
  });

  it("a donation, its 240-minute VMS conversion and the 1365 credit are one donation: no finding", () => {
    runCase({
      folder: "blood-conversion",
      exit: 0,
      findings: [],
      people: [
        person(
          "표서우",
          ["1365", "blood", "vms"],
          { vms: 0, blood: 240, expected1365: 240, credited1365: 240 },
          [sy(2026, 240, 240, 4)],
        ),
      ],
      ledger: {
        "1365.csv": { paired: 1, unpaired: 0, finding: 0 },
        "blood.csv": { paired: 1, unpaired: 0, finding: 0 },
        "vms.csv": { paired: 1, unpaired: 0, finding: 0 },
      },
    });
  });
});

// ─── Pairing, school years, NEIS ────────────────────────────────────────────────────────────────────────

describe("pairing and totals", () => {
  it("split in VMS (2 h + 2 h) and merged in 1365 (4 h), and the other way round: nothing missing", () => {
    runCase({
      folder: "split-merge",
      exit: 0,
      findings: [],
      people: [
        person("명하윤", ["1365", "vms"], { vms: 480, expected1365: 480, credited1365: 480 }, [
          sy(2026, 480, 480, 8),
        ]),
      ],
      ledger: {
        "1365.csv": { paired: 3, unpaired: 0, finding: 0 },
        "vms.csv": { paired: 3, unpaired: 0, finding: 0 },
      },
    });
  });

  it("28 February belongs to the previous school year, 1 March to the new one", () => {
    runCase({
      folder: "school-year-boundary",
      exit: 0,
      findings: [],
      people: [
        person("탁민서", ["1365", "vms"], { vms: 300, expected1365: 300, credited1365: 300 }, [
          sy(2025, 120, 120, 2),
          sy(2026, 180, 180, 3),
        ]),
      ],
    });
  });

  it("NEIS counts whole hours per record: 90 min + 150 min credited → 3 NEIS hours, not 4", () => {
    runCase({
      folder: "neis-hours",
      exit: 0,
      findings: [
        finding("neis-fraction", "info", "1365", "2026-09-05", 30, "1365.csv", 2),
        finding("neis-fraction", "info", "1365", "2026-09-12", 30, "1365.csv", 3),
      ],
      people: [
        person("변수아", ["1365", "vms"], { vms: 240, expected1365: 240, credited1365: 240 }, [
          sy(2026, 240, 240, 3),
        ]),
      ],
      messages: ["(NEIS: 1 hour)", "(NEIS: 2 hours)"],
    });
  });
});

// ─── --school-year ──────────────────────────────────────────────────────────────────────────────────────

describe("--school-year limits the view", () => {
  const name = "석도윤";
  const whole = { vms: 420, expected1365: 420, credited1365: 120, missing: 300 };
  const identity = finding("identity-mismatch", "warning", "vms", null, null, "vms.csv", 2);
  const missing2025 = finding("missing-transfer", "error", "vms", "2025-10-01", 180, "vms.csv", 2);
  const missing2026 = finding("missing-transfer", "error", "vms", "2026-04-04", 120, "vms.csv", 3);

  it("without it: every school year", () => {
    runCase({
      folder: "school-year-view",
      exit: 1,
      findings: [missing2025, missing2026, identity],
      people: [
        person(name, ["1365", "vms"], whole, [sy(2025, 180, 0, 0), sy(2026, 240, 120, 2)], {
          tier: "conflict",
        }),
      ],
    });
  });

  it("--school-year 2025: that year's findings and school year, identity findings kept, totals whole", () => {
    runCase({
      folder: "school-year-view",
      options: ["--school-year", "2025"],
      exit: 1,
      findings: [missing2025, identity],
      people: [person(name, ["1365", "vms"], whole, [sy(2025, 180, 0, 0)], { tier: "conflict" })],
    });
  });

  it("--school-year 2026", () => {
    runCase({
      folder: "school-year-view",
      options: ["--school-year", "2026"],
      exit: 1,
      findings: [missing2026, identity],
      people: [person(name, ["1365", "vms"], whole, [sy(2026, 240, 120, 2)], { tier: "conflict" })],
    });
  });

  it("--school-year 2024: no finding of that year, no error, exit 0", () => {
    runCase({
      folder: "school-year-view",
      options: ["--school-year", "2024"],
      exit: 0,
      findings: [identity],
      people: [person(name, ["1365", "vms"], whole, [], { tier: "conflict" })],
    });
  });
});
