import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

const dir = mkdtempSync(join(tmpdir(), "purpcode-cli-sandbox-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI in-process and captures what it writes. */
async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const write = {
    out: process.stdout.write.bind(process.stdout),
    err: process.stderr.write.bind(process.stderr),
  };
  process.stdout.write = ((s: string | Uint8Array) => (
    (out += String(s)),
    true
  )) as typeof process.stdout.write;
  process.stderr.write = ((s: string | Uint8Array) => (
    (err += String(s)),
    true
  )) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    const code = await main(["node", "purpcode", ...args]);
    return { code, out, err };
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    process.exitCode = undefined;
  }
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("purpcode sandbox", () => {
  it("run prints the program's output, then the verdict", async () => {
    const r = await cli("sandbox", "run", file("hello.py", "print('hello')\nraise SystemExit(3)\n"));
    expect(r.out).toBe("hello\n");
    expect(r.err).toMatch(/verdict: finished, exit code 3/);
    expect(r.code).toBe(1);
  });

  it("run --tests with an assert list and a pytest file; --json gives the full verdict", async () => {
    const solution = file("sol.py", "def inc(x):\n    return x + 1\n");
    const asserts = await cli(
      "sandbox",
      "run",
      solution,
      "--tests",
      file("t.json", '{"kind":"asserts","asserts":["assert inc(1) == 2","assert inc(1) == 3"]}'),
    );
    expect(asserts.code).toBe(1);
    expect(asserts.err).toMatch(/verdict: failed \(1\/2 passed\)/);
    const pytest = await cli(
      "--json",
      "sandbox",
      "run",
      solution,
      "--tests",
      file("test_sol.py", "from sol import inc\n\ndef test_inc():\n    assert inc(2) == 3\n"),
    );
    expect(pytest.code).toBe(0);
    expect(JSON.parse(pytest.out)).toMatchObject({ status: "passed", passed: 1, total: 1 });
  });

  it("run --timeout turns a hang into a failed verdict", async () => {
    const r = await cli("sandbox", "run", file("hang.js", "for(;;){}"), "--timeout", "0.5");
    expect(r.err).toMatch(/verdict: timeout/);
    expect(r.code).toBe(1);
  });

  it("rejects bad input with exit 2 and a message naming the file", async () => {
    const missing = await cli("sandbox", "run", join(dir, "nope.py"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("nope.py");
    const badTests = await cli(
      "sandbox",
      "run",
      file("x.py", "pass\n"),
      "--tests",
      file("bad.json", '{"kind":"asserts"}'),
    );
    expect(badTests.code).toBe(2);
    expect(badTests.err).toContain("bad.json");
  });

  it("check reports isolation and limits", async () => {
    const r = await cli("sandbox", "check", "--no-languages");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^isolation: bwrap/);
    expect(r.out).toContain("ok   process limit");
    expect(r.out).toContain("languages (installed toolchains; not run):");
  });
});
