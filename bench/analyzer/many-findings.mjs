// One file of 40,000 lines with 16,000 findings, analysed in this process through the built library (dist/), as
// the reward server does: first call (what one run on such a file pays), second call, and the parse alone as the
// anchor. speed.ts starts it under the launcher's JIT budget (what `purpcode` and `purpcode serve` run with) and
// under V8's default, alternating. Prints one JSON line: CPU seconds (user + sys, V8's compiler threads included).
// Run: node [--interrupt-budget=N] bench/analyzer/many-findings.mjs
const dist = new URL("../../dist/", import.meta.url);
const { analyzeSync } = await import(new URL("analyzer/engine.js", dist).href);
const { loadGrammars, parseCode } = await import(new URL("analyzer/parse/index.js", dist).href);

const lines = ["import hashlib, os"];
for (let i = 0; lines.length < 40_000; i++)
  lines.push(`def f${i}(x):`, "    h = hashlib.md5(x)", "    os.system('ls ' + x)", "    y = 1", "");
const source = lines.join("\n");
await loadGrammars(["python"]);
analyzeSync("import os\nos.system(x)\n", { language: "python" });
const cpu = (f) => {
  const before = process.cpuUsage();
  f();
  const used = process.cpuUsage(before);
  return Math.round((used.user + used.system) / 1e4) / 100;
};
let found = 0;
const cold = cpu(() => (found = analyzeSync(source, { language: "python" }).findings.length));
const warm = cpu(() => analyzeSync(source, { language: "python" }));
const parse = cpu(() => parseCode(source, "python"));
process.stdout.write(JSON.stringify({ lines: lines.length, findings: found, cold, warm, parse }) + "\n");
