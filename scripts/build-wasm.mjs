// The plain-row scanner (wasm/plain-rows.ts, AssemblyScript) compiled to dist/wasm/plain-rows.wasm, where
// src/ingest/plain-rows.ts loads it from. AssemblyScript is a build-time dependency only: the package ships
// the .wasm file, and nothing is compiled or downloaded when vhr runs.

import { mkdirSync } from "node:fs";
import asc from "assemblyscript/asc";

mkdirSync("dist/wasm", { recursive: true });
const { error, stderr } = await asc.main([
  "wasm/plain-rows.ts",
  "--outFile",
  "dist/wasm/plain-rows.wasm",
  "--optimizeLevel",
  "3",
  "--shrinkLevel",
  "0",
  "--runtime",
  "stub",
  // 128-bit SIMD (Node ≥ 16.4): the row scan looks at sixteen bytes at a time.
  "--enable",
  "simd",
  "--noAssert",
]);
if (error) {
  console.error(stderr.toString());
  process.exit(1);
}
