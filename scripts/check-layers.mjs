#!/usr/bin/env node
// The import direction check: the one-way data flow between the folders of src/ (README, "Layout"). A folder
// may import only folders of its own rank or below, and no two folders may import each other, even indirectly.
// Usage: node scripts/check-layers.mjs [srcDir]   (exit 0 clean, 1 violations, 2 usage)
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";

/** Folder -> rank. Peers share a rank; an import must point to an equal or lower rank. */
export const LAYERS = {
  core: 0,
  llm: 1,
  analyzer: 2,
  sandbox: 2,
  judges: 2,
  verdict: 3,
  redteam: 4,
  distill: 5,
  rl: 6,
  eval: 6,
  recipe: 7,
  cli: 8,
};
/** Files directly under src/ (the package entry) may import anything. */
const ROOT = "(root)";
/**
 * Scripted stand-ins (a scripted model, judge or generator, synthetic sets) live in `standins/` folders and are
 * product code only on the dry-run path: besides tests and other stand-ins, only these files may import them
 * (paths under src/; index.ts files are public surfaces that re-export them for users' own tests).
 */
const STANDIN_IMPORTERS = new Set(["recipe/dry-run.ts", "cli/dev.ts"]);
const STANDINS_RE = /(^|\/)standins\//;

const IMPORT_RE =
  /(?:^|[\s;])(?:import|export)\s[^"'`;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts)$/.test(name) && !name.endsWith(".d.ts")) yield path;
  }
}

function folderOf(srcDir, file) {
  const rel = relative(srcDir, file).split(sep);
  return rel.length === 1 ? ROOT : rel[0];
}

/** Strips comments so an import named in a comment is not an edge. */
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
}

/** Returns the folder-level import edges and every violation of the layer order or the folder graph. */
export function checkLayers(srcDir) {
  const problems = [];
  /** from -> to -> first file:line that makes the edge */
  const edges = new Map();
  for (const file of sourceFiles(srcDir)) {
    const from = folderOf(srcDir, file);
    if (from !== ROOT && !(from in LAYERS)) {
      problems.push(
        `${relative(process.cwd(), file)}: folder src/${from}/ has no rank in scripts/check-layers.mjs`,
      );
      continue;
    }
    // Tests may reach any folder (they are consumers of the code they test); the order binds product code.
    const isTest = /\.test\.(ts|tsx|mts)$/.test(file);
    const text = stripComments(readFileSync(file, "utf8"));
    for (const m of text.matchAll(IMPORT_RE)) {
      const spec = m[1] ?? m[2] ?? m[3];
      if (!spec.startsWith(".")) continue;
      const target = resolve(dirname(file), spec);
      const relTarget = relative(srcDir, target);
      if (relTarget.startsWith("..")) continue;
      const to = folderOf(srcDir, target);
      const relFile = relative(srcDir, file).split(sep).join("/");
      if (
        STANDINS_RE.test(relTarget.split(sep).join("/")) &&
        !isTest &&
        !STANDINS_RE.test(relFile) &&
        !STANDIN_IMPORTERS.has(relFile) &&
        !/(^|\/)index\.ts$/.test(relFile)
      )
        problems.push(
          `${where(file, text, m.index)}: imports the stand-in ${spec}; only the dry-run path (${[...STANDIN_IMPORTERS].join(", ")}) and tests may`,
        );
      if (to === from || to === ROOT) {
        if (to === ROOT && from !== ROOT && !isTest)
          problems.push(`${where(file, text, m.index)}: src/${from}/ imports the package entry ${spec}`);
        continue;
      }
      if (isTest || from === ROOT) continue;
      const line = where(file, text, m.index);
      if (!(to in LAYERS)) {
        problems.push(`${line}: imports src/${to}/, which has no rank`);
        continue;
      }
      if (LAYERS[to] > LAYERS[from])
        problems.push(
          `${line}: src/${from}/ (rank ${LAYERS[from]}) imports src/${to}/ (rank ${LAYERS[to]}): data flows the other way`,
        );
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, line);
    }
  }
  for (const cycle of folderCycles(edges)) {
    const steps = cycle.map(
      (f, i) =>
        `src/${f}/ -> src/${cycle[(i + 1) % cycle.length]}/ (${edges.get(f).get(cycle[(i + 1) % cycle.length])})`,
    );
    problems.push(`import cycle between folders: ${steps.join("; ")}`);
  }
  return { problems, edges };
}

function where(file, text, index) {
  const line = text.slice(0, index + 1).split("\n").length;
  return `${relative(process.cwd(), file)}:${line}`;
}

/** Strongly connected components of size > 1 (Tarjan), each as one cycle's folder list. */
function folderCycles(edges) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v)?.keys() ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const comp = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        comp.push(w);
      } while (w !== v);
      if (comp.length > 1) cycles.push(orderCycle(comp.reverse(), edges));
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}

/** Orders a component's folders along actual edges where one simple cycle covers them (for a readable message). */
function orderCycle(comp, edges) {
  const set = new Set(comp);
  const path = [comp[0]];
  while (path.length < comp.length) {
    const next = [...(edges.get(path.at(-1))?.keys() ?? [])].find((w) => set.has(w) && !path.includes(w));
    if (!next) return comp;
    path.push(next);
  }
  return edges.get(path.at(-1))?.has(path[0]) ? path : comp;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const srcDir = resolve(process.argv[2] ?? "src");
  try {
    if (!statSync(srcDir).isDirectory()) throw new Error("not a directory");
  } catch {
    console.error(`check-layers: ${srcDir} is not a source directory`);
    process.exit(2);
  }
  const { problems, edges } = checkLayers(srcDir);
  if (problems.length) {
    for (const p of problems) console.error(`check-layers: ${p}`);
    console.error(`check-layers: ${problems.length} violation(s) of the folder order (see README, "Layout")`);
    process.exit(1);
  }
  const n = [...edges.values()].reduce((s, m) => s + m.size, 0);
  console.log(`check-layers: ${n} folder edges, all one-way, no cycles`);
}
