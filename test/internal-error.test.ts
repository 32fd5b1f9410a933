// An unexpected exception (a bug, or the world failing under us) ends with the short "internal error … report
// it … --debug" message and exit code 2, never a raw stack trace; with --debug the stack follows. Triggered for
// real, without test-only code in src: `runCli` in-process with an Io whose standard output throws a plain Error,
// as a broken stream would.

import { afterEach, describe, expect, it } from "vitest";
import type { Io } from "../src/cli/io.js";
import { runCli } from "../src/cli/main.js";

const AS_OF = "2026-11-22";

function brokenIo(lang: "en" | "ko", failure: Error): { io: Io; stderr: () => string; stdout: () => string } {
  const err: string[] = [];
  const out: string[] = [];
  const io: Io = {
    env: { LANG: lang === "ko" ? "ko_KR.UTF-8" : "en_US.UTF-8", NO_COLOR: "1" },
    stdoutIsTty: false,
    stderrIsTty: false,
    out: (text) => {
      out.push(text);
      throw failure;
    },
    err: (text) => {
      err.push(text);
    },
    readStdin: async () => new Uint8Array(),
  };
  return { io, stderr: () => err.join(""), stdout: () => out.join("") };
}

async function run(args: string[], lang: "en" | "ko", failure = new Error("write EIO: the disk went away")) {
  const { io, stderr } = brokenIo(lang, failure);
  await runCli(["node", "vhr", ...args], io);
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return { stderr: stderr(), exitCode };
}

afterEach(() => {
  process.exitCode = undefined;
});

const CHECK = ["check", "--as-of", AS_OF, "fixtures/sources/vms-list.csv"];

describe("an unexpected exception", () => {
  it("prints the short internal-error message, exit code 2, no stack", async () => {
    const { stderr, exitCode } = await run(CHECK, "en");
    expect(exitCode).toBe(2);
    expect(stderr).toBe(
      "vhr: internal error (write EIO: the disk went away).\n" +
        "  → Please report the command you ran and this message on the vhr issue tracker. Do not attach the exports: they hold personal data.\n" +
        "  → Run again with --debug for the stack trace.\n",
    );
    expect(stderr).not.toContain("    at ");
  });

  it("in Korean", async () => {
    const { stderr, exitCode } = await run([...CHECK, "--lang", "ko"], "en");
    expect(exitCode).toBe(2);
    expect(stderr).toBe(
      "vhr: 내부 오류입니다 (write EIO: the disk went away).\n" +
        "  → 실행한 명령과 이 메시지를 vhr 이슈 트래커에 알려 주세요. 내보낸 파일은 개인정보이므로 첨부하지 마세요.\n" +
        "  → --debug 를 붙이면 자세한 추적 정보가 나옵니다.\n",
    );
  });

  it("with --debug, the stack trace follows", async () => {
    const { stderr, exitCode } = await run([...CHECK, "--debug"], "en");
    expect(exitCode).toBe(2);
    expect(stderr).toMatch(/^vhr: internal error \(write EIO: the disk went away\)\.\n/);
    expect(stderr).toContain("Error: write EIO: the disk went away\n    at ");
  });

  it("from every command that prints", async () => {
    for (const args of [
      ["inspect", "--as-of", AS_OF, "fixtures/sources/vms-list.csv"],
      ["people", "fixtures/sources/vms-list.csv"],
      ["sources"],
      ["demo"],
    ]) {
      const { stderr, exitCode } = await run(args, "en");
      expect(exitCode, args.join(" ")).toBe(2);
      expect(stderr).toMatch(/^vhr: internal error \(write EIO: the disk went away\)\.\n/);
      expect(stderr).not.toContain("    at ");
    }
  });

  it("masks a resident number in the error's own words, stack included", async () => {
    const failure = new Error("unexpected value 080305-3000000 in row");
    const { stderr } = await run([...CHECK, "--debug"], "en", failure);
    expect(stderr).toContain("vhr: internal error (unexpected value ******-******* in row).");
    expect(stderr).not.toContain("3000000");
  });
});
