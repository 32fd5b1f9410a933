// Terminal text layout: display width (Hangul and other East Asian wide characters take two columns) and
// word wrapping with a hanging indent, so table output stays readable at 80 columns.

/** SGR colour codes (ESC [ … m): they take no columns. */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa960 && cp <= 0xa97f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function isZeroWidth(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1160 && cp <= 0x11ff) ||
    (cp >= 0xd7b0 && cp <= 0xd7ff) ||
    cp === 0x200b ||
    cp === 0x200d ||
    (cp >= 0xfe00 && cp <= 0xfe0f)
  );
}

function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (isZeroWidth(cp)) return 0;
  return isWide(cp) ? 2 : 1;
}

/** Columns the text takes in a terminal (colour codes take none). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(ANSI, "")) width += charWidth(ch);
  return width;
}

/** Splits a word wider than `width` into pieces of at most `width` columns. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let w = 0;
  for (const ch of word) {
    const cw = charWidth(ch);
    if (w + cw > width && piece !== "") {
      pieces.push(piece);
      piece = "";
      w = 0;
    }
    piece += ch;
    w += cw;
  }
  if (piece !== "") pieces.push(piece);
  return pieces;
}

/**
 * Wraps plain text (no colour codes) at spaces to `width` columns. The first line starts with `first` (an
 * indent or a marker), the others with `rest`. Line breaks in the text are kept; a word too wide is broken.
 */
export function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let prefix = first;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = prefix;
    let lineWidth = displayWidth(prefix);
    let empty = true;
    const words = paragraph.split(" ").filter((w) => w !== "");
    for (const word of words) {
      const available = Math.max(1, width - displayWidth(rest));
      const pieces = displayWidth(word) > available ? breakWord(word, available) : [word];
      for (const piece of pieces) {
        const pw = displayWidth(piece);
        if (!empty && lineWidth + 1 + pw > width) {
          lines.push(line);
          line = rest;
          lineWidth = displayWidth(rest);
          empty = true;
        }
        if (!empty) {
          line += " ";
          lineWidth += 1;
        }
        line += piece;
        lineWidth += pw;
        empty = false;
      }
    }
    lines.push(line.trimEnd());
    prefix = rest;
  }
  return lines;
}

/**
 * Wraps a path into lines of at most `width` columns for a table cell, breaking after `/` or `\\` where it
 * can and inside a name only when one is too wide.
 */
export function wrapPath(path: string, width: number): string {
  const w = Math.max(1, width);
  if (displayWidth(path) <= w) return path;
  const segments = path.match(/[^/\\]*(?:[/\\]|$)/g)?.filter((s) => s !== "") ?? [path];
  const lines: string[] = [];
  let line = "";
  for (const segment of segments) {
    for (const piece of displayWidth(segment) > w ? breakWord(segment, w) : [segment]) {
      if (line !== "" && displayWidth(line) + displayWidth(piece) > w) {
        lines.push(line);
        line = "";
      }
      line += piece;
    }
  }
  if (line !== "") lines.push(line);
  return lines.join("\n");
}
