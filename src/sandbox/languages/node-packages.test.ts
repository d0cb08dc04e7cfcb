import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Sandbox } from "../sandbox.js";
import { SANDBOX_NODE_PACKAGES, addNodePackages } from "./node-packages.js";

describe("node packages for sandboxed programs", () => {
  it("copies only the allowed packages, and reports those not installed", () => {
    const dir = mkdtempSync(join(tmpdir(), "purpcode-node-packages-"));
    try {
      const missing = addNodePackages(join(dir, "node_modules"), ["js-md5", "no-such-package-here"]);
      expect(missing).toEqual(["no-such-package-here"]);
      expect(readdirSync(join(dir, "node_modules"))).toEqual(["js-md5"]);
      expect(existsSync(join(dir, "node_modules", "js-md5", "package.json"))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

for (const warm of [true, false]) {
  describe(`node programs require SandboxFusion's packages, and only those (${warm ? "warm" : "cold"})`, () => {
    let sandbox: Sandbox;
    beforeAll(async () => {
      sandbox = await Sandbox.open({ warm, pool: { concurrency: 2 } });
    });
    afterAll(async () => {
      await sandbox?.close();
    });

    it("resolves js-md5 from CommonJS and ESM, and nothing else of the project's node_modules", async () => {
      expect(SANDBOX_NODE_PACKAGES).toContain("js-md5");
      const ok = await sandbox.run({
        language: "nodejs",
        code: [
          "const md5 = require('js-md5');",
          "console.log(md5('hello'));",
          "import('js-md5').then((m) => console.log((m.default ?? m)('')));",
        ].join("\n"),
      });
      expect(ok.stderr).toBe("");
      expect(ok.stdout).toBe("5d41402abc4b2a76b9719d911017c592\nd41d8cd98f00b204e9800998ecf8427e\n");
      // yaml, vitest, openai: the project's own dependencies stay outside the sandbox.
      for (const name of ["yaml", "vitest", "openai"]) {
        const refused = await sandbox.run({ language: "nodejs", code: `require(${JSON.stringify(name)});` });
        expect(refused.exitCode, name).not.toBe(0);
        expect(refused.stderr).toMatch(new RegExp(`Cannot find module '${name}'`));
      }
      // Read-only: a program cannot plant a module for the next one.
      const plant = await sandbox.run({
        language: "nodejs",
        code: "require('fs').writeFileSync('/node_modules/js-md5/src/md5.js', 'module.exports = () => 1');",
      });
      expect(plant.exitCode).not.toBe(0);
      expect(plant.stderr).toMatch(/EROFS|EACCES|EPERM/);
    }, 120_000);
  });
}
