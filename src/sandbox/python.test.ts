import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pythonSourceDir } from "./support.js";

/** The sandbox's Python lives in real files (python/*.py), compiled and linted here, and ships with the package. */
const dir = pythonSourceDir();
const files = readdirSync(dir).filter((f) => f.endsWith(".py"));
const SYSTEM_PYTHON = "/usr/bin/python3";
const pyflakes = spawnSync(SYSTEM_PYTHON, ["-m", "pyflakes", "--version"]).status === 0;

describe("the sandbox's Python modules", () => {
  it("are there: the zygote, the judge, the limits, the launcher, the copy-out and its file rule, and the check probe", () => {
    expect(files.sort()).toEqual([
      "purpcode_check_probe.py",
      "purpcode_fetch.py",
      "purpcode_files.py",
      "purpcode_judge.py",
      "purpcode_limits.py",
      "purpcode_main.py",
      "purpcode_warm.py",
    ]);
  });

  it.each(files)("%s compiles with the system python3", (file) => {
    const out = mkdtempSync(join(tmpdir(), "purpcode-pyc-"));
    try {
      const res = spawnSync(SYSTEM_PYTHON, [
        "-c",
        "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
        join(dir, file),
        join(out, "x.pyc"),
      ]);
      expect(res.stderr.toString()).toBe("");
      expect(res.status).toBe(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it.skipIf(!pyflakes)("pass pyflakes (Debian python3-pyflakes, scripts/setup.sh)", () => {
    const res = spawnSync(SYSTEM_PYTHON, ["-m", "pyflakes", ...files.map((f) => join(dir, f))]);
    expect(res.stdout.toString() + res.stderr.toString()).toBe("");
    expect(res.status).toBe(0);
  });

  it("ship with the package, and no TypeScript file of the sandbox holds Python source", () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "package.json"), "utf8")) as {
      files: string[];
    };
    expect(pkg.files).toContain("src/sandbox/python");
    for (const ts of readdirSync(import.meta.dirname).filter(
      (f) => f.endsWith(".ts") && !f.endsWith(".test.ts"),
    ))
      expect(readFileSync(join(import.meta.dirname, ts), "utf8"), ts).not.toMatch(
        /String\.raw`(import|def) /,
      );
  });
});
