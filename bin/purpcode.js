#!/usr/bin/env node
// Thin launcher: the CLI lives in the compiled library (npm install runs the build via `prepare`). Verbs that
// keep many model requests in flight need Node flags set at start-up (a larger young generation); they run in a
// child started with them, every other verb runs here (src/cli/launch.ts says why). Every verb gets the JIT budget
// `tuneJit` sets, before the CLI's modules load.
import { missingStartFlags, relaunch, tuneJit, watchLauncher } from "../dist/cli/launch.js";

tuneJit();

const flags = missingStartFlags(process.argv, process.execArgv, process.env);
if (flags.length > 0) process.exitCode = await relaunch(flags);
else {
  watchLauncher();
  const { main } = await import("../dist/cli/main.js");
  process.exitCode = await main(process.argv);
}
