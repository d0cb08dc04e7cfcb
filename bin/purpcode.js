#!/usr/bin/env -S node --max-semi-space-size=64
// Thin launcher: the CLI lives in the compiled library (npm install runs the build via `prepare`).
// A 64 MiB young generation: with hundreds of LLM requests in flight, Node's default (16 MiB) promotes their
// short-lived state to the old generation, and the client's CPU per request rose 17% from 64 to 256 in flight
// (bench/llm-client measures both).
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv);
