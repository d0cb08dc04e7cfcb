/**
 * The escape suite's cases in languages other than Python and node: a compiled C program (raw `syscall()` for
 * the refused calls, network, host files, fork bomb, memory bomb, output flood) and a scripted one (perl), both
 * through the service's /run_code, warm and cold. A compiled program's raw syscalls meet the same seccomp filter,
 * namespaces and limits as Python; afterwards nothing the sandbox started is left on the host.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { languageUnavailable, setCompileCacheDir } from "../languages/program.js";
import { Sandbox } from "../sandbox.js";
import type { SandboxServer } from "../service/server.js";
import { createSandboxServer } from "../service/server.js";
import { warmInterpreters } from "./test-processes.js";
import { postRunCode } from "../service/run-code-client.js";

const has = (language: string) => languageUnavailable(language) === undefined;
const isRoot = process.getuid?.() === 0;
// A uid of its own (as root), so any process left behind is unambiguous.
const SANDBOX_UID = 62000 + (process.pid % 1000);
const cacheDir = mkdtempSync(join(tmpdir(), "purpcode-compile-cache-escape-"));

/** Processes of the sandbox's uid other than the warm interpreters', after a short grace period. */
async function strays(): Promise<number[]> {
  const list = () => {
    const pids = readdirSync("/proc")
      .filter((e) => /^\d+$/.test(e))
      .map(Number)
      .filter((pid) => {
        try {
          const status = readFileSync(`/proc/${pid}/status`, "utf8");
          return Number(/^Uid:\s+(\d+)/m.exec(status)?.[1]) === SANDBOX_UID && !/^State:\s+Z/m.test(status);
        } catch {
          return false;
        }
      });
    const warm = new Set(warmInterpreters(pids).flatMap((w) => [w.outer, w.init, w.zygote]));
    return pids.filter((p) => !warm.has(p));
  };
  const deadline = Date.now() + 3000;
  let left = list();
  while (left.length && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    left = list();
  }
  return left;
}

for (const warm of [true, false]) {
  describe(`escape suite, C and perl (${warm ? "warm" : "cold"})`, () => {
    let sandbox: Sandbox;
    let server: SandboxServer;
    const post = (body: unknown) => postRunCode(server.url, body);
    beforeAll(async () => {
      setCompileCacheDir(cacheDir);
      sandbox = await Sandbox.open({ warm, sandboxUid: SANDBOX_UID, pool: { concurrency: 2 } });
      server = await createSandboxServer({ sandbox, port: 0 });
    });
    afterAll(async () => {
      await server?.close();
      await sandbox?.close();
    });

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
      // The run's monitor (cold: bubblewrap's init) and perl (exec'd directly, no shell), and a stdin feeder for an
      // input past 1 MiB.
      expect(Number(/pids (\d+)/.exec(out)?.[1])).toBeLessThanOrEqual(3);
      expect(out).toMatch(/syscall -1 Operation not permitted/);
    });

    it.runIf(isRoot)("leaves no process behind on the host", async () => {
      expect(await strays()).toEqual([]);
    });
  }, 600_000);
}

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
