import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer } from "node:net";
import { runTask } from "../judge/harness.js";
import { Sandbox } from "../sandbox.js";
import type { SandboxServer } from "../service/server.js";
import { createSandboxServer } from "../service/server.js";
import { languageUnavailable, setCompileCacheDir } from "./program.js";

/** Real toolchains through the real service; a language whose toolchain is not installed here is skipped. */
const has = (language: string) => languageUnavailable(language) === undefined;
const cacheDir = mkdtempSync(join(tmpdir(), "purpcode-compile-cache-test-"));

for (const warm of [true, false]) {
  describe(`compiled and scripted languages (${warm ? "warm" : "cold"})`, () => {
    let sandbox: Sandbox;
    let server: SandboxServer;
    const post = async (body: unknown) => {
      const res = await fetch(`${server.url}/run_code`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      return (await res.json()) as {
        status: string;
        message: string;
        compile_result: {
          status: string;
          return_code: number;
          stderr: string;
          execution_time: number;
        } | null;
        run_result: { status: string; return_code: number; stdout: string; stderr: string } | null;
      };
    };
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

    // The escape suite's C cases: a compiled program's raw syscalls meet the same filter and limits as Python.
    it.runIf(has("c"))(
      "contains a C program: raw syscalls, network, fork bomb, memory bomb, output flood",
      async () => {
        const listener = createServer((s) => s.end("secret"));
        await new Promise<void>((r) => listener.listen(0, "127.0.0.1", () => r()));
        const port = (listener.address() as { port: number }).port;
        const probe = `#define _GNU_SOURCE
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <arpa/inet.h>
#include <sys/socket.h>
#include <sys/syscall.h>
int main(void) {
  errno = 0; long k = syscall(SYS_keyctl, 0, 0, 0, 0, 0); printf("keyctl %ld %d\\n", k, errno);
  errno = 0; long b = syscall(SYS_bpf, 0, 0, 0); printf("bpf %ld %d\\n", b, errno);
  errno = 0; long u = syscall(SYS_io_uring_setup, 1, 0); printf("io_uring %ld %d\\n", u, errno);
  errno = 0; long n = syscall(SYS_unshare, CLONE_NEWUSER); printf("unshare %ld\\n", n);
  errno = 0; long m = syscall(SYS_mount, "none", "/tmp", "tmpfs", 0, 0); printf("mount %ld\\n", m);
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in a; memset(&a, 0, sizeof a); a.sin_family = AF_INET; a.sin_port = htons(${port});
  a.sin_addr.s_addr = htonl(0x7f000001);
  printf("connect %d\\n", connect(s, (struct sockaddr *)&a, sizeof a));
  printf("shadow %d\\n", open("/etc/shadow", O_RDONLY) >= 0);
  printf("root %d\\n", access("/root", F_OK) == 0);
  return 0;
}
/* ${warm} */`;
        const r = await post({ code: probe, language: "c", compile_timeout: 60 });
        listener.close();
        expect(r.status, JSON.stringify(r)).toBe("Success");
        const out = r.run_result?.stdout ?? "";
        expect(out).toMatch(/keyctl -1 1\n/); // EPERM from the filter
        expect(out).toMatch(/bpf -1 1\n/);
        expect(out).toMatch(/io_uring -1 1\n/);
        expect(out).toMatch(/unshare -1\n/);
        expect(out).toMatch(/mount -1\n/);
        expect(out).toMatch(/connect -1\n/);
        expect(out).toMatch(/shadow 0\n/);
        expect(out).toMatch(/root 0\n/);

        const forkBomb = await post({
          code: `#include <unistd.h>\n#include <stdio.h>\nint main(void) { int ok = 0; for (int i = 0; i < 100000; i++) if (fork() == 0) { pause(); } else ok++; return 0; }\n/* ${warm} */`,
          language: "c",
          compile_timeout: 60,
          run_timeout: 3,
        });
        expect(["Success", "Failed"]).toContain(forkBomb.status); // contained: the service answers
        const memoryBomb = await post({
          code: `#include <stdlib.h>\n#include <string.h>\n#include <stdio.h>\nint main(void) { size_t total = 0; for (;;) { char *p = malloc(64 << 20); if (!p) { printf("refused after %zu MiB\\n", total >> 20); return 0; } memset(p, 1, 64 << 20); total += 64 << 20; } }\n/* ${warm} */`,
          language: "c",
          compile_timeout: 60,
          memory_limit_MB: 256,
        });
        expect(memoryBomb.run_result?.stdout ?? "killed").toMatch(/refused after \d+ MiB|killed|^$/);
        const flood = await post({
          code: `#include <stdio.h>\nint main(void) { for (;;) fputs("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\\n", stdout); }\n/* ${warm} */`,
          language: "c",
          compile_timeout: 60,
          run_timeout: 20,
        });
        expect(flood.status).toBe("Failed");
        expect(flood.run_result?.stdout.length).toBeLessThanOrEqual(sandbox.limits.outputBytes + 200);
      },
    );

    it.runIf(has("perl"))("contains a scripted language (perl): host files, network, processes", async () => {
      const r = await post({
        language: "perl",
        code: `use Socket;
print "shadow ", (open(my $f, "<", "/etc/shadow") ? 1 : 0), "\\n";
print "home ", (-e "/root" ? 1 : 0), "\\n";
socket(my $s, PF_INET, SOCK_STREAM, 0);
print "net ", (connect($s, sockaddr_in(53, inet_aton("1.1.1.1"))) ? 1 : 0), "\\n";
opendir(my $d, "/proc"); my @pids = grep { /^\\d+$/ } readdir($d); print "pids ", scalar(@pids), "\\n";
print "syscall ", syscall(250, 0, 0, 0), " $!\\n";`,
      });
      const out = r.run_result?.stdout ?? "";
      expect(out, JSON.stringify(r)).toMatch(/shadow 0\n/);
      expect(out).toMatch(/home 0\n/);
      expect(out).toMatch(/net 0\n/);
      // The run's monitor, the shell and perl at most (and a stdin feeder, for an input past 1 MiB).
      expect(Number(/pids (\d+)/.exec(out)?.[1])).toBeLessThanOrEqual(4);
      expect(out).toMatch(/syscall -1 Operation not permitted/);
    });
  }, 600_000);
}

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
