import { loadGrammars } from "./src/analyzer/parse/index.js";
import { analyzeSync } from "./src/analyzer/engine.js";
import { cyberSecEvalPython, dataRoot } from "./bench/analyzer/data.js";
import { PythonContext } from "./src/analyzer/dataflow/python.js";
import { parseCode } from "./src/analyzer/parse/index.js";
await loadGrammars();
const r = cyberSecEvalPython(dataRoot()).find((x) => x.id === "1572")!;
const t = parseCode(r.code, "python");
const ctx = new PythonContext(t);
for (const n of t.nodes) if (n.type === "call" && ctx.text(n).includes("random.")) console.log(ctx.callee(n), n.startRow);
console.log(analyzeSync(r.code, { language: "python", rules: ["PY-RAND-001"] }).findings.length);
import rule from "./src/analyzer/rules/python/PY-RAND-001.js";
for (const n of t.nodes) if (n.type === "call" && ctx.callee(n) === "random.sample") { try { rule.detect(n, ctx, (x) => console.log("rep", x.message)); } catch (e) { console.log("ERR", e); } }
