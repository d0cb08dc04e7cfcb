import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Sandbox } from "../sandbox.js";
import { checkLanguages } from "./check.js";
import { languageUnavailable, setCompileCacheDir } from "./program.js";
import { TOOLCHAINS } from "./toolchains.js";

const cacheDir = mkdtempSync(join(tmpdir(), "purpcode-check-cache-"));
let sandbox: Sandbox;
beforeAll(async () => {
  setCompileCacheDir(cacheDir);
  sandbox = await Sandbox.open({ pool: { concurrency: 2 } });
});
afterAll(async () => {
  await sandbox?.close();
  setCompileCacheDir(undefined);
  rmSync(cacheDir, { recursive: true, force: true });
});

describe("sandbox check: each language's hello-world through the sandbox", () => {
  it("says ok only for a language that compiled, ran and printed hello 8, and n/a for one not installed", async () => {
    const only = ["python", "nodejs", "bash", "c", "swift"];
    const seen: string[] = [];
    const checks = await checkLanguages(sandbox, { only, onResult: (c) => seen.push(c.language) });
    const by = Object.fromEntries(checks.map((c) => [c.language, c]));
    expect(Object.keys(by).sort()).toEqual([...only].sort());
    expect(seen.sort()).toEqual([...only].sort()); // each reported as it finished
    for (const language of ["python", "nodejs", "bash", "c"]) {
      const expected = languageUnavailable(language) ? "unavailable" : "ok";
      expect(by[language]?.status, JSON.stringify(by[language])).toBe(expected);
    }
    if (languageUnavailable("c") === undefined) expect(by.c?.detail).toMatch(/compiled/);
    // Not in Debian 12: the toolchain is absent, and the check says why instead of failing.
    if (languageUnavailable("swift")) expect(by.swift?.status).toBe("unavailable");
  }, 240_000);

  it("checks HumanEval-X's Rust crates (built once, from Debian's sources) as an entry of their own", async () => {
    const [check] = await checkLanguages(sandbox, { only: ["rust_test+crates"] });
    const crates = TOOLCHAINS.rust_test?.libraries;
    const installed = languageUnavailable("rust_test") === undefined && crates?.seed !== undefined;
    const complete = installed && Object.keys(crates?.missing ?? {}).length === 0;
    expect(check?.status, JSON.stringify(check)).toBe(complete ? "ok" : "unavailable");
    if (!complete) expect(check?.detail).toMatch(/rustc|librust-/);
  }, 300_000);
});
