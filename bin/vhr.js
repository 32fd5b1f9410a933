#!/usr/bin/env node
// Thin shim: the CLI is compiled to dist/ and bundled into dist/cli/vhr.js by `npm run build` (run by `npm ci`
// through `prepare`).
import { runCli } from "../dist/cli/vhr.js";

await runCli(process.argv);
