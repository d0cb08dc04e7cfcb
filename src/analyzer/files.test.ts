import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expandPaths } from "./files.js";

const tmp = mkdtempSync(join(tmpdir(), "purpcode-files-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("expandPaths", () => {
  it("skips package managers' install folders (node_modules, bower_components, jspm_packages) in a walk", async () => {
    for (const dir of ["src", "node_modules/x", "demo/bower_components/angular", "jspm_packages/npm"]) {
      mkdirSync(join(tmp, dir), { recursive: true });
      writeFileSync(join(tmp, dir, "index.js"), "module.exports = 1;\n");
    }
    const files = (await expandPaths([tmp], false)).map((f) => f.slice(tmp.length + 1));
    expect(files).toEqual(["src/index.js"]);
    // A file named explicitly is still analysed.
    const named = join(tmp, "demo/bower_components/angular/index.js");
    expect(await expandPaths([named], false)).toEqual([named]);
  });
});
