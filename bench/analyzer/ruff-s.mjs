// Ruff's flake8-bandit port (the `S` rules) through @astral-sh/ruff-wasm-nodejs, one process over a file list:
// the same files purpcode and bandit see. Run: node bench/analyzer/ruff-s.mjs <list-file>; prints a JSON summary.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { Workspace, PositionEncoding } = require("@astral-sh/ruff-wasm-nodejs");

const list = process.argv[2];
if (!list) {
  process.stderr.write("usage: node bench/analyzer/ruff-s.mjs <file-with-one-path-per-line>\n");
  process.exit(2);
}
const files = readFileSync(list, "utf8").split("\n").filter(Boolean);
const ws = new Workspace({ lint: { select: ["S"] } }, PositionEncoding.Utf16);
let findings = 0;
let errors = 0;
for (const f of files) {
  try {
    findings += ws.check(readFileSync(f, "utf8")).filter((d) => /^S\d/.test(d.code ?? "")).length;
  } catch {
    errors++;
  }
}
process.stdout.write(JSON.stringify({ files: files.length, findings, errors }) + "\n");
