// A fatal error: the job cannot be done (exit code 2). The core throws it with a code and the facts;
// the CLI turns it into a message in the user's language (report/messages). Personal data in `detail`
// must already be masked by whoever throws.

export const FATAL_CODES = [
  "usage",
  "file-not-found",
  "file-unreadable",
  "file-empty",
  "not-text",
  "html-file",
  "no-header",
  "missing-column",
  "source-ambiguous",
  "source-unknown",
  "encoding-unknown",
  "encoding-invalid",
  "profile-invalid",
  "person-invalid",
  "no-inputs",
  "output-unwritable",
] as const;
export type FatalCode = (typeof FATAL_CODES)[number];

/**
 * What a binary "CSV" really is, as far as its first bytes tell (ingest/sniff-binary.ts): an Excel workbook
 * (`xlsx`, old `xls`), another zip archive, a PDF, a 한글 document (`hwp`, old or HWPX), an image, or `binary`.
 */
export type BinaryKind = "xlsx" | "xls" | "zip" | "pdf" | "hwp" | "image" | "binary";

export class VhrError extends Error {
  readonly code: FatalCode;
  readonly detail: Record<string, string | number>;

  constructor(code: FatalCode, detail: Record<string, string | number> = {}) {
    super(`${code}: ${JSON.stringify(detail)}`);
    this.name = "VhrError";
    this.code = code;
    this.detail = detail;
  }
}

export function isVhrError(error: unknown): error is VhrError {
  return error instanceof VhrError;
}
