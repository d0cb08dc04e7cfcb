import { loadGrammars } from "./src/analyzer/parse/index.js";
import { analyzeSync } from "./src/analyzer/engine.js";
import { cyberSecEvalPython, cwevalPairs, benignCorpora, dataRoot } from "./bench/analyzer/data.js";
await loadGrammars();
const root = dataRoot();
const rows = cyberSecEvalPython(root);
const per = new Map<string, [number, number]>();
const misses: string[] = [];
for (const r of rows) {
  const f = analyzeSync(r.code, { language: "python" }).findings;
  const hit = f.some((x) => x.cwe.includes(r.cwe) || (r.cwe === "CWE-312" && x.cwe.includes("CWE-798")) || (r.cwe==="CWE-338" && x.cwe.includes("CWE-330")) || (r.cwe==="CWE-94"&&x.cwe.includes("CWE-95")));
  const p = per.get(r.cwe) ?? [0, 0]; p[1]++; if (hit) p[0]++; per.set(r.cwe, p);
  if (!hit) misses.push(`${r.cwe} ${r.id} :: ${r.lineText.trim().slice(0, 140)}`);
}
let h = 0; for (const [k, [a, b]] of [...per].sort()) { console.log(k, a, b, (100*a/b).toFixed(1)); h += a; }
console.log("total", h, rows.length, (100*h/rows.length).toFixed(1));
if (process.argv.includes("--misses")) console.log(misses.join("\n"));
let ok=0, n=0;
for (const p of cwevalPairs(root).filter(p=>p.lang==="py")) {
  const f = analyzeSync(p.code, { language: "python" }).findings;
  if (p.label==="insecure") { const hit=f.some(x=>x.cwe.includes(p.cwe)); if(process.argv.includes("--cweval")) console.log("INS", hit?"HIT ":"MISS", p.file, f.map(x=>x.rule_id+"/"+x.cwe.join("|")).join(",")); }
  else { const bad=f.filter(x=>x.severity!=="LOW"); if(process.argv.includes("--cweval")) console.log("SEC", bad.length?"FP  ":"ok  ", p.file, bad.map(x=>x.rule_id).join(",")); }
}
if (process.argv.includes("--benign")) {
  let fp=0; const bs=benignCorpora(root);
  for (const b of bs) { const f = analyzeSync(b.code, { language: "python" }).findings.filter(x=>x.severity!=="LOW"); if (f.length) { fp++; console.log("FP", b.corpus, b.id, f.map(x=>x.rule_id+":"+x.snippet.slice(0,80)).join(" | ")); } }
  console.log("benign fp", fp, bs.length);
}
