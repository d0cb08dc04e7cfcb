// Where `purpcode analyze` spends its CPU on a tree of Python files, in this process over the built dist/ (run
// `npm run build` first): per phase (read, trigger prefilter, parse, rules with the data flow they ask for, the
// rest of analyzeSync, JSON) by CPU time, and per rule by wall time (each rule's detect() wrapped: it includes the
// lazily built data flow the rule is the first to ask for), with the files its trigger let through and the files
// it found something in. "wasted" is a rule's time on files where it found nothing: what a sharper trigger could
// save. With ALTS=1, for those files, which top-level alternatives of its trigger matched.
// Run: node --interrupt-budget=2500000 bench/analyzer/attribute.mjs [dir] [--top N]
// Grouped CPU profile: add --cpu-prof --cpu-prof-dir=DIR to node, then `node bench/analyzer/attribute.mjs --profile
// DIR/*.cpuprofile` prints self time by file, by function (top 25), by nearest enclosing rule file, and the data flow's entry points.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const dist = fileURLToPath(new URL("../../dist/analyzer/", import.meta.url));
const argv = process.argv.slice(2);
const top = argv.includes("--top") ? Number(argv[argv.indexOf("--top") + 1]) : 40;
if (argv[0] === "--profile") groupProfile(argv[1]);
else await attribute(argv.find((a) => !a.startsWith("--") && !/^\d+$/.test(a)) ?? "/usr/lib/python3.11");

async function attribute(dir) {
  const { loadGrammars, parseCode } = await import(dist + "parse/index.js");
  const { analyzeSync } = await import(dist + "engine.js");
  const { triggeredRules, anyTriggered } = await import(dist + "triggers.js");
  const { selectRules } = await import(dist + "registry.js");
  const { expandPaths } = await import(dist + "files.js");
  await loadGrammars(["python"]);
  const files = (await expandPaths([dir], false)).filter((f) => f.endsWith(".py"));
  const rules = selectRules({ language: "python" });
  const now = () => performance.now();
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  };
  const perRule = new Map();
  for (const r of rules) {
    const orig = r.detect;
    const s = { ms: 0, fileMs: 0, wasted: 0, calls: 0, trig: 0, found: 0, alts: new Map() };
    perRule.set(r.meta.id, s);
    r.detect = function (node, ctx, report) {
      const t = now();
      s.calls++;
      try {
        return orig.call(this, node, ctx, report);
      } finally {
        const d = now() - t;
        s.ms += d;
        s.fileMs += d;
      }
    };
  }
  const t = { read: 0, prefilter: 0, parse: 0, analyze: 0, json: 0 };
  let bytes = 0;
  let trigBytes = 0;
  let emptyBytes = 0;
  const results = [];
  const t0 = cpu();
  let detectWall = 0;
  let analyzeWall = 0;
  for (const f of files) {
    let a = cpu();
    const code = readFileSync(f, "utf8");
    t.read += cpu() - a;
    if (code.trim() === "") continue;
    bytes += code.length;
    a = cpu();
    const trig = anyTriggered(rules, code) ? triggeredRules(rules, code) : [];
    t.prefilter += cpu() - a;
    if (trig.length) {
      trigBytes += code.length;
      a = cpu();
      parseCode(code, "python");
      t.parse += cpu() - a;
    }
    for (const s of perRule.values()) s.fileMs = 0;
    a = cpu();
    const w = now();
    const res = analyzeSync(code, { language: "python" });
    analyzeWall += now() - w;
    t.analyze += cpu() - a;
    if (trig.length && res.findings.length === 0) emptyBytes += code.length;
    const ids = new Set(res.findings.map((x) => x.rule_id));
    for (const r of trig) perRule.get(r.meta.id).trig++;
    for (const id of ids) perRule.get(id).found++;
    for (const [id, s] of perRule) {
      detectWall += s.fileMs;
      if (!ids.has(id)) s.wasted += s.fileMs;
    }
    if (process.env.ALTS)
      for (const r of trig) {
        if (ids.has(r.meta.id)) continue;
        const alts = perRule.get(r.meta.id).alts;
        for (const alt of topLevelAlternatives(r.trigger.source))
          try {
            if (new RegExp(alt, r.trigger.flags).test(code)) alts.set(alt, (alts.get(alt) ?? 0) + 1);
          } catch {
            // an alternative that is no pattern on its own (a lookahead split by the cut): skipped
          }
      }
    results.push({ path: f, language: "python", findings: res.findings });
  }
  let a = cpu();
  JSON.stringify({ results }, null, 2);
  t.json += cpu() - a;
  const total = cpu() - t0;
  // analyzeSync repeats the prefilter and the parse; the rules' share of it is its wall share, in CPU.
  const detect = (t.analyze * detectWall) / analyzeWall;
  const rest = t.analyze - t.prefilter - t.parse - detect;
  const pct = (x) => `${x.toFixed(0)} ms (${((100 * x) / (total - t.prefilter - t.parse)).toFixed(0)}%)`;
  const out = [
    `${files.length} files, ${(bytes / 1e6).toFixed(1)} MB; ${((100 * trigBytes) / bytes).toFixed(0)}% of the bytes pass the prefilter, ${((100 * emptyBytes) / bytes).toFixed(0)}% pass it and yield no finding`,
    `CPU, one analysis per file: ${(total - t.prefilter - t.parse).toFixed(0)} ms`,
    `  read ${pct(t.read)} | prefilter ${pct(t.prefilter)} | parse ${pct(t.parse)} | rules + data flow ${pct(detect)} | rest of analyzeSync (rule index, context, tree walk, findings) ${pct(rest)} | JSON ${pct(t.json)}`,
    `rule: wall ms (all files) / wasted ms (files without its finding) / detect calls / files triggered / files with a finding`,
  ];
  const rows = [...perRule].sort((x, y) => y[1].wasted - x[1].wasted);
  for (const [id, s] of rows.slice(0, top)) {
    out.push(`${id} ${s.ms.toFixed(0)} / ${s.wasted.toFixed(0)} / ${s.calls} / ${s.trig} / ${s.found}`);
    for (const [alt, n] of [...s.alts].sort((x, y) => y[1] - x[1]).slice(0, 6))
      out.push(`    ${n} ${alt.slice(0, 70)}`);
  }
  console.log(out.join("\n"));
}

/** A trigger's alternatives at the top level of its pattern. */
function topLevelAlternatives(src) {
  const out = [];
  let depth = 0;
  let cls = false;
  let cur = "";
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      cur += c + src[++i];
      continue;
    }
    if (cls) {
      if (c === "]") cls = false;
    } else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    if (c === "|" && depth === 0 && !cls) {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function groupProfile(path) {
  const p = JSON.parse(readFileSync(path, "utf8"));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const counts = new Map();
  for (const s of p.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const file = ({ url, functionName }) => {
    if (!url) return functionName;
    const m = /(?:dist|src)\/analyzer\/(.*)\.[jt]s$/.exec(url);
    return m ? m[1] : url.startsWith("node:") ? "node" : url.replace(/.*node_modules\//, "");
  };
  const bucket = (f) =>
    f.startsWith("rules/python/PY-")
      ? "rule code"
      : f.startsWith("dataflow/")
        ? "data flow"
        : f.startsWith("parse/") || f.startsWith("wasm:") || f.startsWith("web-tree-sitter")
          ? "parse"
          : f;
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  const byFunction = new Map();
  const byBucket = new Map();
  const byRule = new Map();
  const entries = new Map();
  for (const [id, c] of counts) {
    const chain = [];
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur).callFrame);
    add(byBucket, bucket(file(chain[0])), c);
    add(
      byFunction,
      `${chain[0].functionName || "(anonymous)"} ${file(chain[0])}:${chain[0].lineNumber + 1}`,
      c,
    );
    const rule = chain.map((f) => /rules\/python\/(PY-[A-Z]+-\d+)\.[jt]s$/.exec(f.url)?.[1]).find(Boolean);
    add(byRule, rule ?? "(outside rules)", c);
    for (let i = chain.length - 1; i >= 0; i--)
      if (/dataflow\/python/.test(chain[i].url)) {
        add(entries, `${chain[i].functionName} from ${chain[i + 1] ? file(chain[i + 1]) : "?"}`, c);
        break;
      }
  }
  const n = p.samples.length;
  const list = (m, k) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, k)
      .map(([key, c]) => `${((100 * c) / n).toFixed(1).padStart(5)}% ${key.slice(0, 110)}`)
      .join("\n");
  console.log(
    `${n} samples\n-- self time by part\n${list(byBucket, 25)}\n-- self time by function\n${list(byFunction, 25)}\n-- by nearest rule frame\n${list(byRule, top)}\n-- data flow by entry point\n${list(entries, 25)}`,
  );
}
