import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bundleIsCurrent } from "./bundle.js";

describe("bundleIsCurrent", () => {
  it("uses a bundle only when it exists and is not older than the compiled module", () => {
    const dir = mkdtempSync(join(tmpdir(), "purpcode-bundle-"));
    const bundle = join(dir, "bundle.js");
    const compiled = join(dir, "compiled.js");
    writeFileSync(compiled, "");
    expect(bundleIsCurrent(bundle, compiled)).toBe(false);
    writeFileSync(bundle, "");
    utimesSync(compiled, 1000, 1000);
    utimesSync(bundle, 2000, 2000);
    expect(bundleIsCurrent(bundle, compiled)).toBe(true);
    utimesSync(compiled, 3000, 3000);
    expect(bundleIsCurrent(bundle, compiled)).toBe(false);
  });
});
