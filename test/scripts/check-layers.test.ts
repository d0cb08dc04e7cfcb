import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const SCRIPT = join(import.meta.dirname, "../../scripts/check-layers.mjs");
const dirs: string[] = [];

/** Writes a small src/ tree of `path -> source` and returns its root. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "layers-"));
  dirs.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

function check(root: string): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, [SCRIPT, root], {
      encoding: "utf8",
      stdio: "pipe",
      cwd: tmpdir(),
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status: number; stderr: string; stdout: string };
    return { code: err.status, out: err.stdout + err.stderr };
  }
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("scripts/check-layers.mjs", () => {
  it("passes a tree whose imports all point down the order", () => {
    const root = tree({
      "core/rows.ts": "export const x = 1;\n",
      "llm/provider.ts": 'import { x } from "../core/rows.js";\nexport const y = x;\n',
      "rl/reward.ts": 'import { y } from "../llm/provider.js";\nimport type { Z } from "../distill/z.js";\n',
      "distill/z.ts": "export type Z = number;\n",
    });
    const r = check(root);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/all one-way, no cycles/);
  });

  it("fails a planted upward import, naming the file, line and both folders", () => {
    const root = tree({
      "core/rows.ts": "export const x = 1;\n",
      "distill/verify.ts":
        '// verify\n\nimport { score } from "../rl/reward/score.js";\nexport const v = score;\n',
      "rl/reward/score.ts": "export const score = 1;\n",
    });
    const r = check(root);
    expect(r.code).toBe(1);
    expect(r.out).toContain("distill/verify.ts:3: src/distill/ (rank 5) imports src/rl/ (rank 6)");
  });

  it("fails a stand-in imported by product code off the dry-run path", () => {
    const root = tree({
      "llm/standins/server.ts": "export const fake = 1;\n",
      "llm/provider.ts": "export const real = 1;\n",
      "recipe/dry-run.ts": 'import { fake } from "../llm/standins/server.js";\nexport const d = fake;\n',
      "recipe/run.ts":
        'import { real } from "../llm/provider.js";\nimport { fake } from "../llm/standins/server.js";\n',
      "recipe/run.test.ts": 'import { fake } from "../llm/standins/server.js";\n',
    });
    const r = check(root);
    expect(r.code).toBe(1);
    expect(r.out).toContain("recipe/run.ts:2: imports the stand-in ../llm/standins/server.js");
    expect(r.out).not.toContain("dry-run.ts:");
    expect(r.out).not.toContain("run.test.ts");
    expect(r.out).toContain("1 violation(s)");
  });

  it("fails a cycle between peer folders and ignores imports in comments and tests", () => {
    const root = tree({
      "analyzer/a.ts": 'import { s } from "../sandbox/s.js";\nexport const a = s;\n',
      "sandbox/s.ts": 'import { a } from "../analyzer/a.js";\nexport const s = a;\n',
      "judges/j.ts": '// import { r } from "../rl/r.js";\n/* import "../eval/e.js" */\nexport const j = 1;\n',
      "judges/j.test.ts": 'import { r } from "../rl/r.js";\n',
      "rl/r.ts": "export const r = 1;\n",
    });
    const r = check(root);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /import cycle between folders: src\/(analyzer|sandbox)\/ -> src\/(sandbox|analyzer)\//,
    );
    expect(r.out).not.toContain("judges/j.ts");
    expect(r.out).toContain("1 violation(s)");
  });

  it("fails a folder that has no rank, and a missing source directory with exit 2", () => {
    const r = check(tree({ "plugins/p.ts": "export const p = 1;\n" }));
    expect(r.code).toBe(1);
    expect(r.out).toContain("folder src/plugins/ has no rank");
    expect(check(join(tmpdir(), "no-such-src-dir-layers")).code).toBe(2);
  });
});
