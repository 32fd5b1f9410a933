import { describe, expect, it } from "vitest";
import type { Io } from "./io.js";
import { createProgress } from "./progress.js";

function fakeIo(stderrIsTty: boolean): Io & { errText: () => string } {
  let err = "";
  return {
    env: {},
    stdoutIsTty: false,
    stderrIsTty,
    out: () => undefined,
    err: (text) => {
      err += text;
    },
    readStdin: async () => new Uint8Array(),
    errText: () => err,
  };
}

describe("progress", () => {
  it("is silent when stderr is not a terminal", () => {
    expect(createProgress(fakeIo(false), "en")).toBeUndefined();
  });

  it("stays quiet for small inputs on a terminal", () => {
    const io = fakeIo(true);
    const progress = createProgress(io, "en");
    progress?.({ stage: "read", path: "a.csv", rows: 50_000, fileBytes: 1_000_000, totalBytes: 1_000_000 });
    progress?.({ stage: "people", records: 50_000 });
    progress?.({ stage: "report", findings: 10 });
    progress?.({ stage: "done" });
    expect(io.errText()).toBe("");
  });

  it("shows rows read past 200k rows, then clears its line", () => {
    const io = fakeIo(true);
    const progress = createProgress(io, "en");
    progress?.({ stage: "read", path: "a.csv", rows: 150_000, fileBytes: null, totalBytes: 0 });
    progress?.({ stage: "read", path: "b.csv", rows: 100_000, fileBytes: null, totalBytes: 0 });
    progress?.({ stage: "reconcile", records: 250_000 });
    progress?.({ stage: "report", findings: 1_200 });
    progress?.({ stage: "done" });
    expect(io.errText()).toContain("reading b.csv: 100,000 rows…");
    expect(io.errText()).toContain("reconciling (250,000 records)…");
    expect(io.errText()).toContain("building the report (1,200 findings)…");
    expect(io.errText().endsWith("\r\x1b[2K")).toBe(true);
  });

  it("shows progress from the start for inputs over 50 MB, in Korean too", () => {
    const io = fakeIo(true);
    createProgress(
      io,
      "ko",
    )?.({ stage: "read", path: "vms.csv", rows: 50_000, fileBytes: 6e7, totalBytes: 6e7 });
    expect(io.errText()).toContain("읽는 중: vms.csv 50,000행…");
  });
});
