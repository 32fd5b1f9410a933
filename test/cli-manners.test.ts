// How vhr behaves as a command-line citizen (DESIGN §8): colour only on a terminal and never with NO_COLOR,
// TERM=dumb or --no-color; the language from --lang or the locale; help that starts with examples; quiet
// EPIPE when the reader stops early (`vhr demo | head -1`); exit 2 for usage errors.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { REPO_ROOT, runCli } from "./helpers/run-cli.js";

const ESC = "\x1b[";
const BIN = join(REPO_ROOT, "bin", "vhr.js");

/** The environment of a user's shell: English locale, no NO_COLOR, a real TERM. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "" };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  env.TERM = "xterm-256color";
  return { ...env, ...extra };
}

const quote = (arg: string): string => `'${arg.replaceAll("'", "'\\''")}'`;

/** util-linux `script` runs a command on a pseudo-terminal: the only way to give vhr a real TTY. */
const HAS_SCRIPT =
  process.platform === "linux" && spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

/** `vhr ...args` with stdout on a pseudo-terminal; returns what the terminal showed. */
function runOnTty(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
): { output: string; status: number | null } {
  const command = [process.execPath, BIN, ...args].map(quote).join(" ");
  const result = spawnSync("script", ["-qec", command, "/dev/null"], {
    cwd: REPO_ROOT,
    env,
    encoding: "utf8",
    timeout: 30_000,
  });
  if (result.error) throw result.error;
  return { output: result.stdout, status: result.status };
}

/** `vhr ...args` through a shell pipe; `status` is vhr's own exit code. */
function runPiped(args: readonly string[], pipe: string, dir: string) {
  const statusFile = join(dir, `status-${Math.random().toString(36).slice(2)}`);
  const command = `{ ${[process.execPath, BIN, ...args].map(quote).join(" ")}; echo "$?" > ${quote(statusFile)}; } | ${pipe}`;
  const result = spawnSync("sh", ["-c", command], {
    cwd: REPO_ROOT,
    env: userEnv({ NO_COLOR: "1" }),
    encoding: "utf8",
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return {
    stdout: result.stdout,
    stderr: result.stderr,
    shellStatus: result.status,
    status: Number(readFileSync(statusFile, "utf8").trim()),
  };
}

// ─── Colour ─────────────────────────────────────────────────────────────────────────────────────────────

describe("colour", () => {
  it("NO_COLOR=1: no escape code", () => {
    const result = runCli(["demo"], { env: { NO_COLOR: "1" } });
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(ESC);
    expect(result.stderr).not.toContain(ESC);
  });

  it("not a TTY (spawnSync pipes), NO_COLOR unset: no escape code either", () => {
    const result = spawnSync(process.execPath, [BIN, "demo"], {
      cwd: REPO_ROOT,
      env: userEnv(),
      encoding: "utf8",
    });
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(0);
    expect(result.stdout).not.toContain(ESC);
    for (const args of [
      ["people", "fixtures/demo"],
      ["check", "fixtures/demo", "--as-of", "2026-11-22"],
    ]) {
      const other = spawnSync(process.execPath, [BIN, ...args], {
        cwd: REPO_ROOT,
        env: userEnv(),
        encoding: "utf8",
      });
      expect(other.stdout.length).toBeGreaterThan(0);
      expect(other.stdout).not.toContain(ESC);
    }
  });

  it("--no-color: no escape code", () => {
    const result = runCli(["demo", "--no-color"], { env: { NO_COLOR: "" } });
    expect(result.stdout).not.toContain(ESC);
  });

  describe.skipIf(!HAS_SCRIPT)("on a terminal (util-linux script)", () => {
    it("colour by default, so the checks below are not vacuous", () => {
      const { output, status } = runOnTty(["demo"], userEnv());
      expect(status).toBe(0);
      expect(output).toContain(ESC);
    });

    it("NO_COLOR=1: none", () => {
      const { output } = runOnTty(["demo"], userEnv({ NO_COLOR: "1" }));
      expect(output).toContain("Volunteer hours check");
      expect(output).not.toContain(ESC);
    });

    it("--no-color: none", () => {
      const { output } = runOnTty(["demo", "--no-color"], userEnv());
      expect(output).toContain("Volunteer hours check");
      expect(output).not.toContain(ESC);
    });

    it("TERM=dumb: none", () => {
      const { output } = runOnTty(["demo"], userEnv({ TERM: "dumb" }));
      expect(output).toContain("Volunteer hours check");
      expect(output).not.toContain(ESC);
    });

    it("--json and --format csv: never", () => {
      expect(runOnTty(["demo", "--json"], userEnv()).output).not.toContain(ESC);
      expect(runOnTty(["demo", "--format", "csv"], userEnv()).output).not.toContain(ESC);
    });

    it("people: colour on a terminal, none with --no-color", () => {
      expect(runOnTty(["people", "fixtures/demo"], userEnv()).output).toContain(ESC);
      expect(runOnTty(["people", "fixtures/demo", "--no-color"], userEnv()).output).not.toContain(ESC);
    });
  });
});

// ─── Language ───────────────────────────────────────────────────────────────────────────────────────────

describe("language", () => {
  const KO_TITLE = "봉사시간 점검 (2026-11-22 기준)";
  const EN_TITLE = "Volunteer hours check (as of 2026-11-22)";
  const firstLine = (text: string) => text.split("\n")[0];

  it("--lang ko and --lang en", () => {
    expect(firstLine(runCli(["demo", "--lang", "ko"]).stdout)).toBe(KO_TITLE);
    expect(firstLine(runCli(["demo", "--lang", "en"]).stdout)).toBe(EN_TITLE);
  });

  it("without --lang: LANG=ko_KR.UTF-8 gives Korean, en_US.UTF-8 English", () => {
    expect(firstLine(runCli(["demo"], { env: { LANG: "ko_KR.UTF-8" } }).stdout)).toBe(KO_TITLE);
    expect(firstLine(runCli(["demo"], { env: { LANG: "en_US.UTF-8" } }).stdout)).toBe(EN_TITLE);
    expect(firstLine(runCli(["demo"], { env: { LANG: "C" } }).stdout)).toBe(EN_TITLE);
  });

  it("LC_ALL wins over LANG, --lang over both", () => {
    expect(firstLine(runCli(["demo"], { env: { LANG: "en_US.UTF-8", LC_ALL: "ko_KR.UTF-8" } }).stdout)).toBe(
      KO_TITLE,
    );
    expect(firstLine(runCli(["demo", "--lang", "en"], { env: { LC_ALL: "ko_KR.UTF-8" } }).stdout)).toBe(
      EN_TITLE,
    );
    expect(firstLine(runCli(["demo", "--lang", "ko"], { env: { LANG: "en_US.UTF-8" } }).stdout)).toBe(
      KO_TITLE,
    );
  });

  it("the JSON messages follow the language too; the keys do not", () => {
    const ko = JSON.parse(runCli(["demo", "--json", "--lang", "ko"]).stdout);
    const en = JSON.parse(runCli(["demo", "--json", "--lang", "en"]).stdout);
    expect(ko.findings.map((f: { kind: string }) => f.kind)).toEqual(
      en.findings.map((f: { kind: string }) => f.kind),
    );
    expect(ko.findings[0].message).not.toBe(en.findings[0].message);
    expect(ko.findings[0].message).toMatch(/\p{Script=Hangul}/u);
  });

  it("errors are in the chosen language", () => {
    const ko = runCli(["check", "no-such-file.csv", "--lang", "ko"]);
    const en = runCli(["check", "no-such-file.csv", "--lang", "en"]);
    expect(ko.status).toBe(2);
    expect(en.status).toBe(2);
    expect(ko.stderr).toMatch(/\p{Script=Hangul}/u);
    expect(en.stderr).not.toMatch(/\p{Script=Hangul}/u);
  });
});

// ─── Help ───────────────────────────────────────────────────────────────────────────────────────────────

describe("help", () => {
  const HELP: string[][] = [
    ["--help"],
    ["check", "--help"],
    ["inspect", "--help"],
    ["people", "--help"],
    ["sources", "--help"],
    ["demo", "--help"],
    ["help", "check"],
  ];
  for (const args of HELP) {
    it(`vhr ${args.join(" ")}: starts with Examples:, exits 0, on stdout`, () => {
      const result = runCli(args);
      expect(result.status).toBe(0);
      expect(result.stdout.startsWith("Examples:\n")).toBe(true);
      expect(result.stdout).toContain("Usage: vhr");
      expect(result.stderr).toBe("");
    });
  }

  it("-V prints the version and exits 0", () => {
    const result = runCli(["-V"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("no arguments at all: the help, exit 2", () => {
    const result = runCli([]);
    expect(result.status).toBe(2);
    expect(result.stdout.startsWith("Examples:\n")).toBe(true);
  });
});

// ─── Usage errors ───────────────────────────────────────────────────────────────────────────────────────

describe("usage errors exit 2 with a message on stderr and nothing on stdout", () => {
  const CASES: Array<{ args: string[]; says: string }> = [
    { args: ["--bogus"], says: "unknown option '--bogus'" },
    { args: ["check", "fixtures/demo", "--bogus"], says: "unknown option '--bogus'" },
    { args: ["demo", "--frobnicate"], says: "unknown option '--frobnicate'" },
    { args: ["frobnicate"], says: "unknown command 'frobnicate'" },
    { args: ["check", "fixtures/demo", "--format", "xml"], says: "xml" },
    { args: ["check", "fixtures/demo", "--lang", "fr"], says: "fr" },
    { args: ["check", "fixtures/demo", "--as-of", "2026-13-01"], says: "2026-13-01" },
    { args: ["check", "fixtures/demo", "--school-year", "next"], says: "next" },
    { args: ["check", "fixtures/demo", "--blood-cap", "-1"], says: "--blood-cap" },
  ];
  for (const { args, says } of CASES) {
    it(`vhr ${args.join(" ")}`, () => {
      const result = runCli(args);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(says);
    });
  }
});

// ─── Pipes ──────────────────────────────────────────────────────────────────────────────────────────────

describe("a reader that stops early (EPIPE) is not an error", () => {
  const dir = mkdtempSync(join(tmpdir(), "vhr-pipe-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("vhr demo | head -1: the first line, nothing on stderr, exit 0", () => {
    const result = runPiped(["demo"], "head -1", dir);
    expect(result.stdout).toBe("Volunteer hours check (as of 2026-11-22)\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("vhr demo --json | head -1", () => {
    const result = runPiped(["demo", "--json"], "head -1", dir);
    expect(result.stdout).toBe("{\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("a report far larger than the pipe buffer | head -1: still quiet, the run's own exit code", () => {
    // 3,000 VMS records never sent: a table of megabytes, so vhr is still writing when head exits.
    const header = "성명,생년월일,휴대폰번호,봉사일자,인증기관,봉사내용,봉사시간,승인상태,전송일시,연계결과";
    const rows = Array.from({ length: 3000 }, (_, i) => {
      const day = String(1 + (i % 28)).padStart(2, "0");
      const month = String(1 + (Math.floor(i / 28) % 9)).padStart(2, "0");
      return `김파이,2008-01-01,010-0000-${String(1000 + (i % 40)).padStart(4, "0")},2026-${month}-${day},기관${i},활동${i},2,승인,,`;
    });
    writeFileSync(join(dir, "vms.csv"), `${[header, ...rows].join("\n")}\n`);
    const result = runPiped(["check", join(dir, "vms.csv"), "--as-of", "2026-11-22"], "head -1", dir);
    expect(result.stdout).toBe("Volunteer hours check (as of 2026-11-22)\n");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
  });
});
