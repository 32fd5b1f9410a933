// What a file that is not text really is, from its first bytes, so that the `not-text` error can say "this is
// an Excel workbook: save it as CSV" instead of only "binary". Names a kind only where the bytes tell it:
// old .xls and .hwp share one container (Compound File Binary), so they are told apart by the names of the
// streams inside, and when those are not in the sample the answer is plain `binary`.

import type { BinaryKind } from "../model/vhr-error.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary (OLE2): old .xls, .doc, .hwp, .msg all start with it. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF = [0x47, 0x49, 0x46, 0x38]; // GIF8 (GIF87a, GIF89a)
const RIFF = [0x52, 0x49, 0x46, 0x46]; // RIFF....WEBP

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** Whether `bytes` contain the ASCII text `needle`. */
function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, "latin1");
}

/** Whether `bytes` contain `needle` in UTF-16LE, as the stream names of a compound file are stored. */
function containsUtf16(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, "utf16le");
}

/** The kind of a zip archive: an Excel workbook (`xl/…` parts), a 한글 HWPX document, or another zip. */
function zipKind(sample: Uint8Array): BinaryKind {
  // HWPX stores an uncompressed `mimetype` entry first, holding "application/hwp+zip".
  if (containsAscii(sample, "hwp+zip")) return "hwp";
  if (containsAscii(sample, "xl/")) return "xlsx";
  return "zip";
}

/** The kind of a compound file: Excel 97–2003 (a `Workbook` or `Book` stream) or 한글 (`FileHeader` + `BodyText`). */
function compoundKind(sample: Uint8Array): BinaryKind {
  if (containsAscii(sample, "HWP Document File")) return "hwp";
  if (containsUtf16(sample, "FileHeader") && containsUtf16(sample, "BodyText")) return "hwp";
  if (containsUtf16(sample, "Workbook") || containsUtf16(sample, "Book\u0000")) return "xls";
  return "binary";
}

/**
 * The kind of file the first bytes announce by their signature, or null when they announce none (the file
 * may still be binary: see `looksBinary`).
 */
export function sniffBinaryKind(sample: Uint8Array): BinaryKind | null {
  if (startsWith(sample, ZIP)) return zipKind(sample);
  if (startsWith(sample, CFB)) return compoundKind(sample);
  if (startsWith(sample, PDF)) return "pdf";
  if (startsWith(sample, PNG) || startsWith(sample, JPEG) || startsWith(sample, GIF)) return "image";
  if (startsWith(sample, RIFF) && containsAscii(sample.subarray(8, 12), "WEBP")) return "image";
  return null;
}
