// Strict UTF-8 validation of byte chunks cut anywhere, for bytes that are read without being decoded (the
// plain-row scanner, plain-rows.ts): what a fatal TextDecoder would refuse, `isUtf8` (native) refuses.

import { isUtf8 } from "node:buffer";
import { NotUtf8Error } from "./decode-text.js";

/** Length of the UTF-8 sequence a lead byte starts (0: not a lead byte). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Each chunk is checked up to its last whole character, and a character cut by the chunk's end once the next
 * chunk completes it.
 */
export class Utf8Check {
  /** The first bytes of a character the last chunk ended inside (at most 3). */
  private tail: Uint8Array = new Uint8Array(0);
  /** Bytes checked so far (where the next chunk starts). */
  private offset = 0;

  /** Throws NotUtf8Error when the bytes so far cannot be UTF-8. */
  write(bytes: Uint8Array): void {
    this.check(bytes);
    this.offset += bytes.length;
  }

  private check(bytes: Uint8Array): void {
    let from = 0;
    if (this.tail.length > 0) {
      const need = sequenceLength(this.tail[0]) - this.tail.length;
      const taken = Math.min(need, bytes.length);
      const joined = new Uint8Array(this.tail.length + taken);
      joined.set(this.tail);
      joined.set(bytes.subarray(0, taken), this.tail.length);
      if (taken < need) {
        // Still cut: what there is must be continuation bytes.
        for (let i = this.tail.length; i < joined.length; i++) {
          if ((joined[i] & 0xc0) !== 0x80) throw new NotUtf8Error(this.offset);
        }
        this.tail = joined;
        return;
      }
      if (!isUtf8(joined)) throw new NotUtf8Error(this.offset);
      from = taken;
    }
    const end = wholeCharactersEnd(bytes, from);
    if (!isUtf8(bytes.subarray(from, end))) throw new NotUtf8Error(this.offset);
    this.tail = new Uint8Array(bytes.subarray(end));
  }

  /** Throws NotUtf8Error when the input ended inside a character. */
  end(): void {
    if (this.tail.length > 0) throw new NotUtf8Error(this.offset);
  }
}

/**
 * Where the last whole character of `bytes[from, …)` ends: before a lead byte whose sequence runs past the
 * end, else the end (bytes that cannot start or continue a character are left for isUtf8 to refuse).
 */
function wholeCharactersEnd(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  let i = n;
  while (i > from && n - i < 3 && (bytes[i - 1] & 0xc0) === 0x80) i--;
  if (i === from) return n;
  const lead = bytes[i - 1];
  if (lead < 0xc0) return n;
  const length = sequenceLength(lead);
  return length > n - (i - 1) ? i - 1 : n;
}
