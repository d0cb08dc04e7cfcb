/**
 * Most users run purpcode as themselves, not as root: then there is no uid switch, and (usually) no memory
 * cgroup. This runs a small abuse suite in a child process that drops to an unprivileged uid first, warm and cold.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const isRoot = process.getuid?.() === 0;
const USER = 62000 + (process.pid % 1000);

describe("sandbox started by an unprivileged user", () => {
  it.skipIf(!isRoot)("isolates, contains a fork bomb and falls back as designed, warm and cold", () => {
    const dir = mkdtempSync(join(tmpdir(), "purpcode-nonroot-"));
    chmodSync(dir, 0o777);
    const script = join(dir, "run.mts");
    writeFileSync(
      script,
      `import { Sandbox } from ${JSON.stringify(resolve("src/sandbox/sandbox.ts"))};
const out = {};
for (const warm of [true, false]) {
  const box = await Sandbox.open({ warm });
  const probe = await box.run({ language: "python", code: "import os, json\\nprint(json.dumps([os.getuid(), len([p for p in os.listdir('/proc') if p.isdigit()]), os.path.exists('/root')]))" });
  const bomb = await box.run({ language: "python", code: "import os, time\\nwhile True:\\n    try: os.fork()\\n    except OSError: time.sleep(0.01)", limits: { wallMs: 1500, processes: 16 } });
  const net = await box.run({ language: "python", code: "import socket\\ntry:\\n    socket.create_connection(('1.1.1.1', 53), timeout=1); print('reached')\\nexcept OSError as e: print(type(e).__name__)" });
  out[warm ? "warm" : "cold"] = { ran: probe.warm, probe: JSON.parse(probe.stdout), bomb: bomb.status, net: net.stdout.trim(), cap: box.memoryCap ? "cap" : "none", unavailable: box.warmUnavailable ?? null };
  await box.close();
}
console.log(JSON.stringify(out));
`,
    );
    chmodSync(script, 0o644);
    try {
      const child = spawnSync(
        "/usr/bin/setpriv",
        [
          ...["--reuid", String(USER), "--regid", String(USER), "--clear-groups", "--"],
          ...[process.execPath, "--import", "tsx", script],
        ],
        { encoding: "utf8", timeout: 60_000, env: { ...process.env, HOME: dir, TMPDIR: dir } },
      );
      expect(child.stderr).not.toMatch(/Error/);
      const out = JSON.parse(String(child.stdout).trim().split("\n").pop() ?? "{}") as Record<
        string,
        {
          ran: boolean;
          probe: [number, number, boolean];
          bomb: string;
          net: string;
          unavailable: string | null;
        }
      >;
      expect(out.warm?.ran).toBe(true);
      expect(out.warm?.unavailable).toBeNull();
      expect(out.cold?.ran).toBe(false);
      for (const mode of ["warm", "cold"]) {
        const r = out[mode]!;
        expect(r.probe[0], mode).toBe(1000); // the sandbox's own uid, whatever the host uid
        expect(r.probe[1], mode).toBeLessThanOrEqual(3);
        expect(r.probe[2], mode).toBe(false);
        expect(r.bomb, mode).toBe("timeout");
        expect(r.net, mode).toMatch(/Error/);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
