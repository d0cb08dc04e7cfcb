// Dev suite "py-web": see bench/analyzer/dev/index.ts. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";

export const CASES: DevCase[] = [];
