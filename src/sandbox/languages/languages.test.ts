import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTask } from "../judge/harness.js";
import { Sandbox } from "../sandbox.js";
import type { SandboxServer } from "../service/server.js";
import { createSandboxServer } from "../service/server.js";
import { languageUnavailable, setCompileCacheDir } from "./program.js";
import { postRunCode } from "../service/run-code-client.js";

/** Real toolchains through the real service; a language whose toolchain is not installed here is skipped. */
const has = (language: string) => languageUnavailable(language) === undefined;
const cacheDir = mkdtempSync(join(tmpdir(), "purpcode-compile-cache-test-"));

for (const warm of [true, false]) {
  describe(`compiled and scripted languages (${warm ? "warm" : "cold"})`, () => {
    let sandbox: Sandbox;
    let server: SandboxServer;
    const post = (body: unknown) => postRunCode(server.url, body);
    beforeAll(async () => {
      setCompileCacheDir(cacheDir); // shared: the Go seed cache is built once
      sandbox = await Sandbox.open({ warm, pool: { concurrency: 2 } });
      server = await createSandboxServer({ sandbox, port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await sandbox?.close();
    });

    it.runIf(has("cpp"))(
      "compiles and runs C++ with SandboxFusion's response, then reuses the artefact",
      async () => {
        const code = `#include <iostream>\nint main() { int n; std::cin >> n; std::cout << n * 2 << "\\n"; }\n// ${warm}`;
        const first = await post({ code, language: "cpp", stdin: "21\n", compile_timeout: 60 });
        expect(first.status, JSON.stringify(first)).toBe("Success");
        expect(first.compile_result?.status).toBe("Finished");
        expect(first.compile_result?.return_code).toBe(0);
        expect(first.run_result?.stdout).toBe("42\n");
        const before = readdirSync(cacheDir).length;
        const second = await post({ code, language: "cpp", stdin: "5\n", compile_timeout: 60 });
        expect(second.run_result?.stdout).toBe("10\n");
        expect(second.compile_result?.execution_time).toBe(0); // from the cache: no compiler ran
        expect(readdirSync(cacheDir).length).toBe(before);
      },
    );

    it.runIf(has("cpp"))(
      "reports a compile error as Failed with no run, and keeps compile and run timeouts apart",
      async () => {
        const broken = await post({
          code: "int main() { return undefined_name; }",
          language: "cpp",
          compile_timeout: 60,
        });
        expect(broken.status).toBe("Failed");
        expect(broken.compile_result?.status).toBe("Finished");
        expect(broken.compile_result?.return_code).not.toBe(0);
        expect(broken.compile_result?.stderr).toMatch(/undefined_name/);
        expect(broken.run_result).toBeNull();
        const slow = await post({
          code: `#include <unistd.h>\nint main() { sleep(30); }\n// ${warm}`,
          language: "cpp",
          compile_timeout: 60,
          run_timeout: 1,
        });
        expect(slow.status).toBe("Failed");
        expect(slow.compile_result?.status).toBe("Finished");
        expect(slow.run_result?.status).toBe("TimeLimitExceeded");
      },
    );

    it.runIf(has("go_test"))("folds go test's compile into the run, as SandboxFusion does", async () => {
      const bad = await post({
        code: "package main\nfunc TestX(t *testing.T) {}\n",
        language: "go_test",
        compile_timeout: 120,
      });
      expect(bad.status).toBe("Failed");
      expect(bad.compile_result).toBeNull();
      expect(bad.run_result?.return_code).not.toBe(0);
    });

    it.runIf(has("bash") && has("perl"))("runs scripted languages", async () => {
      const bash = await post({ code: 'read x; echo "got $x"', language: "bash", stdin: "7\n" });
      expect(bash.run_result?.stdout).toBe("got 7\n");
      expect(bash.compile_result).toBeNull();
      const perl = await post({ code: "exit 3;", language: "perl" });
      expect(perl.status).toBe("Failed");
      expect(perl.run_result?.return_code).toBe(3);
    });

    it.runIf(has("c"))(
      "runs stdin/stdout cases and HumanEval-X-style programs in compiled languages",
      async () => {
        const program = `#include <stdio.h>\nint main(void) { int a, b; scanf("%d %d", &a, &b); printf("%d\\n", a + b); return 0; }\n/* ${warm} */`;
        const verdict = await runTask(sandbox, {
          kind: "stdio",
          language: "c",
          program,
          cases: [
            { input: "1 2", output: "3" },
            { input: "5 5", output: "10" },
            { input: "1 1", output: "3" },
          ],
        });
        expect(verdict.tests.map((t) => t.status)).toEqual(["passed", "passed", "failed"]);
        const ok = await runTask(sandbox, {
          kind: "program",
          language: "c",
          program: `#include <assert.h>\nint add(int a, int b) { return a + b; }\nint main(void) { assert(add(2, 2) == 4); return 0; }`,
          compileTimeoutMs: 60_000,
        });
        expect(ok.status).toBe("passed");
        const wrong = await runTask(sandbox, {
          kind: "program",
          language: "c",
          program: `#include <assert.h>\nint add(int a, int b) { return a - b; }\nint main(void) { assert(add(2, 2) == 4); return 0; }`,
          compileTimeoutMs: 60_000,
        });
        expect(wrong.status).toBe("failed");
        const broken = await runTask(sandbox, {
          kind: "program",
          language: "c",
          program: "int main( {",
          compileTimeoutMs: 60_000,
        });
        expect(broken.status).toBe("error");
        expect(broken.tests[0]?.name).toBe("compile");
      },
    );
  }, 600_000);
}

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
