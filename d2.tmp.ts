import { loadGrammars } from "./src/analyzer/parse/index.js";
import { analyzeSync } from "./src/analyzer/engine.js";
import { cyberSecEvalPython, dataRoot } from "./bench/analyzer/data.js";
await loadGrammars();
for (const id of process.argv.slice(2)) {
const r = cyberSecEvalPython(dataRoot()).find((x) => x.id === id)!;
const a = analyzeSync(r.code, { language: "python" });
console.log("==", id, r.lineText.trim().slice(0,80), "parseError", a.parseError, a.findings.map(f=>f.rule_id+"@"+f.line).join(","));
const lines = r.code.split("\n"); const ln = lines.findIndex((l) => l.includes(r.lineText.trim().slice(0, 30)));
console.log(lines.slice(Math.max(0, ln-5), ln+1).join("\n"));
}
