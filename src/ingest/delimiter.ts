// Choosing the delimiter from the first lines: Korean exports use commas, Excel in some locales semicolons,
// and copy-pastes from web tables tabs.

const CANDIDATES = [",", "\t", ";", "|"] as const;
export type Delimiter = (typeof CANDIDATES)[number];

/** Count of `delimiter` outside double quotes in one line. */
function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) count++;
  }
  return count;
}

/**
 * The candidate found on the most of the first non-empty lines, then the most often; a comma when the text
 * has none of them (a one-column file).
 */
export function detectDelimiter(sampleText: string): Delimiter {
  const lines = sampleText
    .split("\n", 60)
    .filter((line) => line.trim().length > 0)
    .slice(0, 40);
  let best: Delimiter = ",";
  let bestLines = 0;
  let bestTotal = 0;
  for (const delimiter of CANDIDATES) {
    let linesWith = 0;
    let total = 0;
    for (const line of lines) {
      const count = countOutsideQuotes(line, delimiter);
      if (count > 0) linesWith++;
      total += count;
    }
    if (linesWith > bestLines || (linesWith === bestLines && total > bestTotal)) {
      best = delimiter;
      bestLines = linesWith;
      bestTotal = total;
    }
  }
  return best;
}
