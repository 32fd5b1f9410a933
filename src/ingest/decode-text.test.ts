// decodeText: every line ending becomes LF and NULs go, whatever the encoding and wherever the chunks are cut.
// UTF-8 and CP949 turn line endings into LF on the bytes, UTF-16 on the decoded text; both must give the text
// of the rule written once here: CRLF or lone CR → LF, then NULs removed.

import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { Encoding } from "../model/record.js";
import { type DecodeStats, decodeText } from "./decode-text.js";
import { chunksOf } from "./test-chunks.js";

function encode(text: string, encoding: Encoding): Uint8Array {
  return encoding === "utf-8" ? Buffer.from(text, "utf8") : iconv.encode(text, encoding);
}

async function decodeAll(bytes: Uint8Array, encoding: Encoding, cuts: readonly number[]) {
  const stats: DecodeStats = { nulChars: 0 };
  let text = "";
  for await (const chunk of decodeText(chunksOf(bytes, cuts), encoding, 0, stats)) text += chunk;
  return { text, nulChars: stats.nulChars };
}

const expected = (text: string) => text.replace(/\r\n?/g, "\n").replaceAll("\u0000", "");
const nuls = (text: string) => text.split("\u0000").length - 1;

const PIECES = ["a", "가", "홍길동", ",", '"', "\r", "\n", "\r\n", "\u0000", "\r\r\n", "1365"];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

describe("decodeText", () => {
  for (const encoding of ["utf-8", "cp949", "utf-16le"] as const) {
    it(`${encoding}: CRLF and lone CR become LF, NULs are removed and counted, in any chunking`, async () => {
      await fc.assert(
        fc.asyncProperty(textArb, fc.array(fc.nat({ max: 200 }), { maxLength: 8 }), async (text, cuts) => {
          // UTF-16 is cut at code-unit boundaries only (as every reader of it does: chunks of even length).
          const evenCuts = encoding === "utf-16le" ? cuts.map((c) => c - (c % 2)) : cuts;
          const out = await decodeAll(encode(text, encoding), encoding, evenCuts);
          expect(out.text).toBe(expected(text));
          expect(out.nulChars).toBe(nuls(text));
        }),
        { numRuns: 300 },
      );
    });
  }

  it("a CR that ends one chunk and an LF that starts the next are one line end", async () => {
    const bytes = encode("이름\r\n김하늘\r", "utf-8");
    const cr = bytes.indexOf(0x0d);
    expect((await decodeAll(bytes, "utf-8", [cr + 1])).text).toBe("이름\n김하늘\n");
  });

  it("a lone CR at the end of a chunk is a line end of its own", async () => {
    const bytes = encode("a\rb\r\rc", "cp949");
    expect((await decodeAll(bytes, "cp949", [2, 4])).text).toBe("a\nb\n\nc");
  });
});
