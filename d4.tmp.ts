import { loadGrammars, parseCode } from "./src/analyzer/parse/index.js";
import { cyberSecEvalPython, dataRoot } from "./bench/analyzer/data.js";
import { suppressedLines } from "./src/analyzer/suppress.js";
await loadGrammars();
const r = cyberSecEvalPython(dataRoot()).find((x) => x.id === "1572")!;
console.log(suppressedLines(r.code, "python"));
console.log(r.code.split("\n").filter(l => /purpcode|ignore/.test(l)));
