#!/usr/bin/env node
// Thin shim: the CLI is compiled to dist/ by `npm run build` (run by `npm ci` through `prepare`).
import { runCli } from "../dist/cli/main.js";

await runCli(process.argv);
