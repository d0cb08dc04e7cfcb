import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CompileCache, DEFAULT_CACHE_MB, cacheBoundMb } from "./compile-cache.js";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function entry(bytes: number) {
  return { artefact: Buffer.alloc(bytes, 7), stdout: "", stderr: "warning", compileSeconds: 1 };
}

describe("compile cache", () => {
  it("keeps artefacts by key, evicts the least recently used past its bound, and reloads from disk", () => {
    const dir = mkdtempSync(join(tmpdir(), "purpcode-cc-test-"));
    dirs.push(dir);
    const cache = new CompileCache(dir, 3000);
    cache.put("a", entry(1000));
    cache.put("b", entry(1000));
    expect(cache.get("a")?.stderr).toBe("warning"); // a is now the most recently used
    cache.put("c", entry(1500)); // 3500 bytes: b goes
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")?.artefact.length).toBe(1000);
    expect(cache.get("c")?.artefact.length).toBe(1500);
    cache.put("huge", entry(4000)); // larger than the whole bound: not kept
    expect(cache.get("huge")).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(["a.bin", "a.json", "c.bin", "c.json"]);
    const again = new CompileCache(dir, 3000);
    expect(again.get("c")?.artefact.equals(Buffer.alloc(1500, 7))).toBe(true);
  });

  it("takes its bound from PURPCODE_COMPILE_CACHE_MB, and names the variable when it is bad", () => {
    expect(cacheBoundMb({})).toBe(DEFAULT_CACHE_MB);
    expect(cacheBoundMb({ PURPCODE_COMPILE_CACHE_MB: "64" })).toBe(64);
    expect(() => cacheBoundMb({ PURPCODE_COMPILE_CACHE_MB: "lots" })).toThrow(/PURPCODE_COMPILE_CACHE_MB/);
    expect(() => cacheBoundMb({ PURPCODE_COMPILE_CACHE_MB: "-1" })).toThrow(/positive/);
  });
});
