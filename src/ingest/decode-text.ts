// Bytes → text chunks in one encoding, with every line ending (CRLF, LF, lone CR) turned into LF and NUL
// bytes removed, so that the CSV parser and the physical line numbers agree whatever Excel or a web site wrote.

import iconv from "iconv-lite";
import type { Encoding } from "../model/record.js";

/** Raised when a file guessed as UTF-8 from its first bytes turns out not to be: the caller retries as CP949. */
export class NotUtf8Error extends Error {
  constructor(readonly byteOffset: number) {
    super(`invalid UTF-8 at byte ${byteOffset}`);
    this.name = "NotUtf8Error";
  }
}

interface ChunkDecoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

function createDecoder(encoding: Encoding): ChunkDecoder {
  if (encoding === "utf-8") {
    const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    return {
      write: (bytes) => decoder.decode(bytes, { stream: true }),
      end: () => decoder.decode(),
    };
  }
  // iconv-lite for CP949 (all 11,172 syllables) and for UTF-16 in both byte orders.
  const decoder = iconv.getDecoder(encoding, { stripBOM: false });
  return {
    write: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? "",
  };
}

/** The bytes as a Buffer, without copying them (for its memchr-backed indexOf and copy). */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const CR = 0x0d;
const LF = 0x0a;

/**
 * Line ends turned into LF on the bytes, before decoding, for encodings in which CR and LF are single bytes
 * that are never part of another character (UTF-8, CP949): a memchr-speed search per chunk instead of two
 * searches and a regex replace over its decoded text (a CRLF export of 1M rows spent ~0.6 s on those).
 */
class ByteLineEnds {
  /** The previous chunk ended with a CR: LF if the next byte is not already one. */
  private pendingCr = false;

  write(bytes: Uint8Array): Uint8Array {
    const buf = bufferOf(bytes);
    let cr = buf.indexOf(CR);
    if (cr < 0 && !this.pendingCr) return bytes;
    const out = new Uint8Array(bytes.length + 1);
    let n = 0;
    let from = 0;
    if (this.pendingCr) {
      out[n++] = LF;
      this.pendingCr = false;
      if (bytes.length > 0 && bytes[0] === LF) from = 1;
    }
    while (cr >= 0) {
      // Buffer#copy: no view object per line, as subarray() would make.
      n += buf.copy(out, n, from, cr);
      if (cr + 1 === bytes.length) {
        // A CR at the chunk's end may be the first half of CRLF: decided with the next chunk.
        this.pendingCr = true;
        return out.subarray(0, n);
      }
      out[n++] = LF;
      from = bytes[cr + 1] === LF ? cr + 2 : cr + 1;
      cr = buf.indexOf(CR, from);
    }
    n += buf.copy(out, n, from);
    return out.subarray(0, n);
  }

  /** The line end a CR at the very end of the input makes. */
  end(): string {
    const pending = this.pendingCr;
    this.pendingCr = false;
    return pending ? "\n" : "";
  }
}

/** What decoding removed, for the file's warnings. */
export interface DecodeStats {
  /** NUL characters dropped (some exports pad cells with them; they are never data). */
  nulChars: number;
}

/**
 * Bytes → text, chunk by chunk and synchronously: the decoder, line ends (on the bytes for UTF-8 and CP949,
 * else on the text) and NULs. Chunks may be cut anywhere; `offset` is where the next chunk starts in the
 * input. With `utf-8` the decoder is strict: an invalid byte raises NotUtf8Error.
 */
export class TextPipe {
  private readonly decoder: ChunkDecoder;
  private readonly byteLineEnds: ByteLineEnds | null;
  private pendingCr = false;
  offset = 0;

  constructor(
    encoding: Encoding,
    private readonly stats?: DecodeStats,
  ) {
    this.decoder = createDecoder(encoding);
    this.byteLineEnds = encoding === "utf-8" || encoding === "cp949" ? new ByteLineEnds() : null;
  }

  /** The text of the next chunk ("" when it holds no whole character yet). */
  write(chunk: Uint8Array): string {
    let text: string;
    // With line ends done on the bytes, a NUL is looked for there too (a NUL byte is only ever a NUL).
    let mayHoldNul = true;
    try {
      if (this.byteLineEnds === null) text = this.decoder.write(chunk);
      else {
        const bytes = this.byteLineEnds.write(chunk);
        mayHoldNul = bufferOf(bytes).indexOf(0) >= 0;
        text = this.decoder.write(bytes);
      }
    } catch {
      throw new NotUtf8Error(this.offset);
    }
    this.offset += chunk.length;
    return this.normalise(text, mayHoldNul);
  }

  /** The text the input's last bytes leave. */
  end(): string {
    let tail: string;
    try {
      tail = this.decoder.end();
    } catch {
      throw new NotUtf8Error(this.offset);
    }
    let out = this.normalise(tail, true) + (this.byteLineEnds?.end() ?? "");
    if (this.pendingCr) {
      out += "\n";
      this.pendingCr = false;
    }
    return out;
  }

  /** Line ends (unless done on the bytes) and NULs (when the bytes may hold one), on decoded text. */
  private normalise(text: string, mayHoldNul: boolean): string {
    let out = text;
    if (this.byteLineEnds === null) {
      if (this.pendingCr) {
        out = `\r${out}`;
        this.pendingCr = false;
      }
      if (out.endsWith("\r")) {
        // A CR at a chunk's end may be the first half of CRLF: decide with the next chunk.
        this.pendingCr = true;
        out = out.slice(0, -1);
      }
      if (out.includes("\r")) out = out.replace(/\r\n?/g, "\n");
    }
    if (mayHoldNul && out.includes("\u0000")) {
      const before = out.length;
      out = out.replaceAll("\u0000", "");
      if (this.stats) this.stats.nulChars += before - out.length;
    }
    return out;
  }
}

/** The byte chunks without their first `skipBytes` (the BOM). */
export async function* skipLeadingBytes(
  chunks: AsyncIterable<Uint8Array>,
  skipBytes: number,
): AsyncGenerator<Uint8Array> {
  let toSkip = skipBytes;
  for await (const raw of chunks) {
    if (toSkip === 0) {
      yield raw;
      continue;
    }
    const skip = Math.min(toSkip, raw.length);
    toSkip -= skip;
    if (skip < raw.length) yield raw.subarray(skip);
  }
}

/**
 * Decode a stream of byte chunks, skipping `skipBytes` (the BOM). Yields text with LF line ends only.
 * With `utf-8` the decoder is strict: an invalid byte raises NotUtf8Error. `stats`, when given, counts what
 * was removed.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array>,
  encoding: Encoding,
  skipBytes: number,
  stats?: DecodeStats,
): AsyncGenerator<string> {
  const pipe = new TextPipe(encoding, stats);
  pipe.offset = skipBytes;
  for await (const chunk of skipLeadingBytes(chunks, skipBytes)) {
    const out = pipe.write(chunk);
    if (out.length > 0) yield out;
  }
  const out = pipe.end();
  if (out.length > 0) yield out;
}
