// Tests: bytes cut into chunks where a reader's chunks may fall (anywhere).

/** The bytes cut at the given offsets (sorted, deduplicated, those outside the bytes ignored). */
export async function* chunksOf(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= from || cut >= bytes.length) continue;
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}
