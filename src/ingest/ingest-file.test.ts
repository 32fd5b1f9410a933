import { describe, expect, it } from "vitest";
import { formatDay } from "../model/day.js";
import { readInputs } from "../pipeline/ingest-all.js";

const AS_OF_DAY = 20_779; // 2026-11-22

async function ingestOne(path: string, extra: { source?: string; encoding?: string } = {}) {
  const { files } = await readInputs({
    inputs: [path],
    profileFiles: [],
    source: extra.source ?? null,
    encoding: extra.encoding ?? null,
    person: null,
    latestDay: AS_OF_DAY,
    readStdin: async () => new Uint8Array(),
  });
  return files[0];
}

describe("ingest: every source fixture is detected and read", () => {
  it.each([
    ["fixtures/sources/vms-link-2017.csv", "vms", 3],
    ["fixtures/sources/vms-link-2020.csv", "vms", 2],
    ["fixtures/sources/vms-list.csv", "vms", 4],
    ["fixtures/sources/1365.csv", "1365", 3],
    ["fixtures/sources/redcross.csv", "redcross", 2],
    ["fixtures/sources/blood.csv", "blood", 2],
    ["fixtures/sources/culture-list.csv", "culture", 2],
    ["fixtures/sources/culture-daily.csv", "culture", 3],
  ])("%s → %s, %i records", async (path, source, records) => {
    const file = await ingestOne(path);
    expect(file.source).toBe(source);
    expect(file.encoding).toBe("utf-8");
    expect(file.rejected).toEqual([]);
    expect(file.records).toHaveLength(records);
  });

  it("reads the VMS link table's clock range as minutes and its send date", async () => {
    const file = await ingestOne("fixtures/sources/vms-link-2017.csv");
    const [first, , third] = file.records;
    expect(formatDay(first.date ?? 0)).toBe("2026-09-05");
    expect(first.minutes).toBe(60);
    expect(first.transferState).toBe("sent");
    expect(first.transferKind).toBe("신규");
    expect(third.transferState).toBe("failed");
    expect(third.minutes).toBe(210);
    expect(file.identityFromOption).toBe(true);
  });

  it("reads culture periods and per-day codes", async () => {
    const list = await ingestOne("fixtures/sources/culture-list.csv");
    expect(formatDay(list.records.get(0).date ?? 0)).toBe("2026-08-04");
    expect(formatDay(list.records.get(0).periodEnd ?? 0)).toBe("2026-09-30");
    expect(list.records.get(0).minutes).toBe(720);
    expect(list.records.get(1).periodEnd).toBeNull();
    const daily = await ingestOne("fixtures/sources/culture-daily.csv");
    expect([...daily.records].map((r) => [r.minutes, r.transferState, r.transferCode])).toEqual([
      [360, "failed", 200],
      [240, "sent", 300],
      [120, "requested", null],
    ]);
  });
});

describe("ingest: reading real-world files", () => {
  it("decodes CP949-only syllables exactly", async () => {
    const file = await ingestOne("fixtures/read/cp949-vms.csv");
    expect(file.encoding).toBe("cp949");
    expect([...file.records].map((r) => r.institution)).toEqual(["똠양꿍나눔센터", "갂골복지관"]);
    expect(file.records.get(0).activity).toBe("햏살 봉사");
  });

  it("strips a BOM and reads CRLF", async () => {
    const file = await ingestOne("fixtures/read/bom-crlf-1365.csv");
    expect(file).toMatchObject({ encoding: "utf-8", bom: true, source: "1365", headerLine: 1, rows: 2 });
    expect([...file.records].map((r) => r.line)).toEqual([2, 3]);
  });

  it("keeps quoted commas and newlines and counts physical lines", async () => {
    const file = await ingestOne("fixtures/read/quoted-fields-vms.csv");
    expect(file.records.get(0).institution).toBe("가람가정봉사원지원센터, 본관");
    expect(file.records.get(1).line).toBe(4);
    expect(file.records.get(1).institution).toBe('"한빛" 노인복지관');
  });

  it("finds the header below a title and a blank line", async () => {
    const file = await ingestOne("fixtures/read/title-line-1365.csv");
    expect(file.headerLine).toBe(3);
    expect(file.records.get(0).line).toBe(4);
  });

  it("ignores a total line", async () => {
    const file = await ingestOne("fixtures/read/total-line-redcross.csv");
    expect(file.rows).toBe(3);
    expect(file.ignoredLines).toEqual([4]);
    expect(file.records).toHaveLength(2);
  });

  it.each([
    ["fixtures/read/semicolon-blood.csv", ";", "blood"],
    ["fixtures/read/tab-culture.csv", "\t", "culture"],
  ])("detects the delimiter of %s", async (path, delimiter, source) => {
    const file = await ingestOne(path);
    expect(file.delimiter).toBe(delimiter);
    expect(file.source).toBe(source);
    expect(file.rejected).toEqual([]);
  });

  it("reads UTF-16LE with a BOM", async () => {
    const file = await ingestOne("fixtures/read/utf16le-vms.csv");
    expect(file.encoding).toBe("utf-16le");
    expect(file.records.get(0).institution).toBe("가람가정봉사원지원센터");
  });

  it("reads CRLF, LF and lone CR in one file with physical line numbers", async () => {
    const file = await ingestOne("fixtures/read/mixed-line-endings-vms.csv");
    expect([...file.records].map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it("drops a resident-number column at read time with a warning", async () => {
    const file = await ingestOne("fixtures/read/rrn-column-vms.csv");
    expect(file.warnings.map((w) => w.code)).toContain("rrn-column-dropped");
    expect(JSON.stringify(file)).not.toContain("3000000");
    expect(file.identities[0].birthdate).toBe("2008-03-05");
  });
});
