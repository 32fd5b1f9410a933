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

/** What decoding removed, for the file's warnings. */
export interface DecodeStats {
  /** NUL characters dropped (some exports pad cells with them; they are never data). */
  nulChars: number;
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
  const decoder = createDecoder(encoding);
  let offset = 0;
  let pendingCr = false;
  let toSkip = skipBytes;
  const normalise = (text: string): string => {
    let out = text;
    if (pendingCr) {
      out = `\r${out}`;
      pendingCr = false;
    }
    if (out.endsWith("\r")) {
      // A CR at a chunk's end may be the first half of CRLF: decide with the next chunk.
      pendingCr = true;
      out = out.slice(0, -1);
    }
    if (out.includes("\r")) out = out.replace(/\r\n?/g, "\n");
    if (out.includes("\u0000")) {
      const before = out.length;
      out = out.replaceAll("\u0000", "");
      if (stats) stats.nulChars += before - out.length;
    }
    return out;
  };
  for await (const raw of chunks) {
    let chunk = raw;
    if (toSkip > 0) {
      const skip = Math.min(toSkip, chunk.length);
      chunk = chunk.subarray(skip);
      toSkip -= skip;
      offset += skip;
    }
    let text: string;
    try {
      text = decoder.write(chunk);
    } catch {
      throw new NotUtf8Error(offset);
    }
    offset += chunk.length;
    const out = normalise(text);
    if (out.length > 0) yield out;
  }
  let tail: string;
  try {
    tail = decoder.end();
  } catch {
    throw new NotUtf8Error(offset);
  }
  let out = normalise(tail);
  if (pendingCr) {
    out += "\n";
    pendingCr = false;
  }
  if (out.length > 0) yield out;
}
