import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * npm packages a sandboxed node program may require: of what SandboxFusion's node runtime preinstalls (lodash,
 * js-md5, jsdom, seedrandom, random-seed, puppeteer, jest; ../shared/data/engines/sandboxfusion/languages.json),
 * the one HumanEval-X needs (JavaScript/162). Exact-pinned in package.json; copied, with their own dependencies,
 * into the sandbox's read-only root at /node_modules, which node's resolution reaches from /work (CommonJS and
 * ESM alike). Nothing else of the project's node_modules is visible inside the sandbox.
 */
export const SANDBOX_NODE_PACKAGES = ["js-md5"];

/** The installed package dir of `name`, as node would resolve it from this module (undefined: not installed). */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, "node_modules", name);
    if (existsSync(join(candidate, "package.json"))) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Copies the allowed packages and their dependencies into `nodeModules` (the support root's /node_modules).
 * Returns the packages that are not installed (the sandbox works without them; a program requiring one fails
 * with node's "Cannot find module").
 */
export function addNodePackages(nodeModules: string, packages: string[] = SANDBOX_NODE_PACKAGES): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const missing: string[] = [];
  const copied = new Set<string>();
  const copy = (name: string, from: string): void => {
    if (copied.has(name)) return;
    const dir = packageDir(name, from);
    if (!dir) {
      missing.push(name);
      return;
    }
    copied.add(name);
    mkdirSync(dirname(join(nodeModules, name)), { recursive: true, mode: 0o755 });
    cpSync(dir, join(nodeModules, name), {
      recursive: true,
      dereference: true,
      filter: (source) => !source.slice(dir.length).includes("/node_modules"),
    });
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    for (const dependency of Object.keys(manifest.dependencies ?? {})) copy(dependency, dir);
  };
  for (const name of packages) copy(name, here);
  return missing;
}
