// Bundles the analyzer's CLI verbs and its worker thread into dist/bundle after `tsc` (part of `npm run build`).
// Why: `purpcode analyze` loads ~350 compiled modules; resolving, reading and compiling them one by one cost about
// 0.3 s of CPU per call, and again in each worker thread. One bundle (with shared chunks) loads in about a third.
// Only dist/analyzer is inlined: every other project module stays an import of the unbundled file, so classes
// such as PurpcodeError keep one identity across the CLI, and modules that find assets through import.meta.url
// keep their own location.
import { build } from "esbuild";
import { existsSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = resolve(root, "dist");
const outdir = resolve(dist, "bundle");
const inlined = resolve(dist, "analyzer") + sep;

const entryPoints = {
  analyze: resolve(dist, "cli/analyze.js"),
  rules: resolve(dist, "cli/rules.js"),
  // pool.ts starts `../bundle/worker.js` relative to itself, which is this file from dist/analyzer and dist/bundle.
  worker: resolve(dist, "analyzer/worker.js"),
};
for (const file of Object.values(entryPoints)) {
  if (!existsSync(file)) throw new Error(`bundle: ${relative(root, file)} is missing; run tsc first`);
}
const entries = new Set(Object.values(entryPoints));

/** Relative imports that leave dist/analyzer stay imports, rewritten relative to dist/bundle. */
const keepProjectModules = {
  name: "keep-project-modules",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      if (entries.has(target) || target.startsWith(inlined)) return undefined;
      let path = relative(outdir, target).split(sep).join("/");
      if (!path.startsWith(".")) path = `./${path}`;
      return { path, external: true };
    });
  },
};

await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "chunk-[hash]",
  plugins: [keepProjectModules],
  logLevel: "warning",
});
