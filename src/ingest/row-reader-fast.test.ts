import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HEADERS } from "../../bench/generate.js";
import type { Identity } from "../model/record.js";
import { normalizeWord } from "../normalize/text.js";
import { planColumns } from "./column-plan.js";
import { compileProfile } from "./compile-profile.js";
import { buildProfiles } from "./profile-registry.js";
import { isBlankLine, isTotalOrNoteLine, RowReader, TOTAL_PREFIXES, TOTAL_WORDS } from "./row-reader.js";

const NUM_RUNS = Number(process.env.VHR_PROPERTY_RUNS ?? 300);

/** The checks as they were before their fast paths (issue 6): the references. */
function referenceTotal(cells: readonly string[]): boolean {
  let seen = 0;
  for (const cell of cells) {
    const text = cell.trim();
    if (text.length === 0) continue;
    if (seen === 0 && (text.startsWith("※") || text.startsWith("#"))) return true;
    const word = normalizeWord(text).replace(/[:：]$/, "");
    if (TOTAL_WORDS.has(word) || TOTAL_PREFIXES.some((p) => word.startsWith(p))) return true;
    if (++seen >= 2) return false;
  }
  return false;
}
const referenceBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim().length === 0);

// Pieces that make total words (also decomposed, spaced, cased), whitespace of every kind, and ordinary text.
const piece = fc.constantFrom(
  "합계",
  "합",
  "계",
  "총",
  "소계:",
  "누계",
  "하\u11b8계", // 합 decomposed into 하 + final ㅂ
  "\u1112\u1161\u11b8",
  "Total",
  "SUB total",
  "grand",
  "sum",
  "Sum",
  "g",
  "t",
  "s",
  "※",
  "#",
  " ",
  "\u00a0",
  "\u3000",
  "\u200b",
  "\u0085",
  "\ufeff",
  "\t",
  "김하늘",
  "2026-09-05",
  "3",
  "-",
  "a\u0301",
  "Ｔ",
);
const cellArb = fc.array(piece, { maxLength: 4 }).map((p) => p.join(""));

describe("row reader: fast paths decide as the plain checks do", () => {
  it("isTotalOrNoteLine and isBlankLine", () => {
    fc.assert(
      fc.property(fc.array(cellArb, { maxLength: 5 }), (cells) => {
        expect(isTotalOrNoteLine(cells)).toBe(referenceTotal(cells));
        expect(isBlankLine(cells)).toBe(referenceBlank(cells));
      }),
      { numRuns: NUM_RUNS * 10 },
    );
  });

  const profiles = buildProfiles([]).map(compileProfile);
  const vms = profiles.find((p) => p.id === "vms");
  if (vms === undefined) throw new Error("no vms profile");
  const plan = planColumns([...HEADERS.vms], vms);
  const anonymous: Identity = { name: null, birthdate: null, phone: null, memberId: null };
  const newReader = () =>
    new RowReader({ fileIndex: 0, compiled: vms, plan, fallbackIdentity: anonymous, latestDay: 20_779 });

  const pad = fc.constantFrom("", " ", "\u00a0", "\u3000", "\ufeff", "\t", "\u200b");
  const value = (...values: string[]) =>
    fc.tuple(pad, fc.constantFrom(...values), pad).map(([a, v, b]) => `${a}${v}${b}`);
  const rowArb = fc.tuple(
    value("김하늘", "김 하늘", "이바다", "홍*동", "", "-", "1234"),
    value("2008-03-15", "080315", "2008.3.15", "", "2008-02-30"),
    value("010-1234-5678", "01012345678", "", "N/A", "12"),
    value("2026-09-05", "20260905", "2026-09-05 10:00", "2026.9.5", "", "2027-01-01", "x"),
    value("가람복지관", "(사)가람복지관", "", "."),
    value("말벗", "말벗 봉사", "", "080315-4123456 메모"),
    value("2", "2시간", "90분", "15:30~16:30", "0", "", "abc", "25"),
    value("승인", "승인완료", "대기", "반려", "", "몰라"),
    value("2026-09-06 10:23", "2026-09-06", "", "어제"),
    value("전송성공", "", "전송실패"),
  );

  it("read: whitespace around cells and the per-file caches change nothing", () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 30 }), (rows) => {
        const cached = newReader();
        const fresh = rows.map((cells, i) => {
          const reader = newReader();
          const trimmed = reader.read(
            cells.map((c) => c.trim()),
            i + 2,
          );
          const again = newReader().read([...cells], i + 2);
          expect(again).toEqual(trimmed);
          return {
            outcome: trimmed,
            identity: trimmed !== null && "identity" in trimmed ? reader.identities[trimmed.identity] : null,
          };
        });
        // One reader for all rows (its caches hit on repeated cells) reads each row as a fresh one does.
        for (const [i, cells] of rows.entries()) {
          const outcome = cached.read(cells, i + 2);
          const expected = fresh[i];
          if (
            outcome !== null &&
            "identity" in outcome &&
            expected.outcome !== null &&
            "identity" in expected.outcome
          ) {
            expect(cached.identities[outcome.identity]).toEqual(expected.identity);
            expect({ ...outcome, identity: 0 }).toEqual({ ...expected.outcome, identity: 0 });
          } else {
            expect(outcome).toEqual(expected.outcome);
          }
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
