// Deciding a file's encoding (DESIGN §5): BOM, then strict UTF-8, then CP949 — per file, never per cell.
// CP949 is decoded with iconv-lite: Node's TextDecoder('euc-kr') covers only the 2,350 KS X 1001 syllables
// and silently corrupts the others (똠 → c).

import type { Encoding } from "../model/record.js";
import { VhrError } from "../model/vhr-error.js";

export interface EncodingGuess {
  encoding: Encoding;
  /** Length in bytes of the byte-order mark at the start of the file (0 when none). */
  bomLength: number;
  /** True when the guess came from the sample only and a later invalid UTF-8 byte must switch to CP949. */
  tentative: boolean;
}

const ENCODING_NAMES: Record<string, Encoding> = {
  "utf-8": "utf-8",
  utf8: "utf-8",
  cp949: "cp949",
  "euc-kr": "cp949",
  euckr: "cp949",
  ms949: "cp949",
  uhc: "cp949",
  "ks_c_5601-1987": "cp949",
  "windows-949": "cp949",
  "utf-16le": "utf-16le",
  utf16le: "utf-16le",
  "utf-16be": "utf-16be",
  utf16be: "utf-16be",
};

/** The encoding named by `--encoding`, or a usage error listing the accepted names. */
export function parseEncodingName(name: string): Encoding {
  const encoding = ENCODING_NAMES[name.trim().toLowerCase()];
  if (!encoding) {
    throw new VhrError("encoding-unknown", {
      encoding: name,
      supported: "utf-8, cp949 (euc-kr), utf-16le, utf-16be",
    });
  }
  return encoding;
}

/** Length of a BOM and the encoding it announces. */
export function sniffBom(sample: Uint8Array): { encoding: Encoding; bomLength: number } | null {
  if (sample.length >= 3 && sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) {
    return { encoding: "utf-8", bomLength: 3 };
  }
  if (sample.length >= 2 && sample[0] === 0xff && sample[1] === 0xfe)
    return { encoding: "utf-16le", bomLength: 2 };
  if (sample.length >= 2 && sample[0] === 0xfe && sample[1] === 0xff)
    return { encoding: "utf-16be", bomLength: 2 };
  return null;
}

/**
 * UTF-16 without a BOM shows as NUL bytes in every other position of ASCII text (digits, dates, commas). Korean
 * syllables are two non-NUL bytes, except those at U+xx00 (관 U+AD00, 가 U+AC00), whose low byte is NUL: so
 * the other position may have a few NULs too, just far fewer.
 */
function sniffBomlessUtf16(sample: Uint8Array): Encoding | null {
  const n = Math.min(sample.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) evenNul++;
    if (sample[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul * 4 < oddNul) return "utf-16le";
  if (evenNul > pairs * 0.3 && oddNul * 4 < evenNul) return "utf-16be";
  return null;
}

/**
 * Index of the first byte that breaks UTF-8, or -1 when the sample is valid. A sequence cut off by the end
 * of the sample is not an error (the sample is only the start of the file).
 */
export function findInvalidUtf8(bytes: Uint8Array, sampleIsWholeFile: boolean): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= n) {
      // The sequence runs past the end of the sample: fine when more of the file follows, as long as the
      // bytes we have are continuation bytes.
      if (sampleIsWholeFile) return i;
      for (let k = i + 1; k < n; k++) if ((bytes[k] & 0xc0) !== 0x80) return i;
      return -1;
    }
    let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * True when the sample looks like binary data rather than text in a single-byte-compatible encoding: more
 * than 2% control bytes (NUL included). A few stray NUL bytes inside cells, which some exports write, do not
 * make a file binary: the decoder drops them (decode-text.ts).
 */
export function looksBinary(sample: Uint8Array): boolean {
  const n = Math.min(sample.length, 65_536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = sample[i];
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.02;
}

/** True when the sample is an HTML document (a table saved by a web page or Excel as `.csv`). */
export function looksHtml(sampleText: string): boolean {
  const head = sampleText.slice(0, 2048).trimStart().toLowerCase();
  return (
    head.startsWith("<!doctype html") ||
    head.startsWith("<html") ||
    head.startsWith("<table") ||
    (head.startsWith("<") && /<(html|table|tr|td|body)[\s>]/.test(head))
  );
}

/**
 * Guess the encoding of a file from its first bytes. `forced` is the `--encoding` override; a BOM still
 * decides the BOM's length so that it never reaches the header.
 */
export function guessEncoding(
  sample: Uint8Array,
  sampleIsWholeFile: boolean,
  forced: Encoding | null,
): EncodingGuess {
  const bom = sniffBom(sample);
  if (forced)
    return {
      encoding: forced,
      bomLength: bom && bom.encoding === forced ? bom.bomLength : 0,
      tentative: false,
    };
  if (bom) return { encoding: bom.encoding, bomLength: bom.bomLength, tentative: false };
  const utf16 = sniffBomlessUtf16(sample);
  if (utf16) return { encoding: utf16, bomLength: 0, tentative: false };
  if (findInvalidUtf8(sample, sampleIsWholeFile) === -1) {
    return { encoding: "utf-8", bomLength: 0, tentative: !sampleIsWholeFile };
  }
  return { encoding: "cp949", bomLength: 0, tentative: false };
}
