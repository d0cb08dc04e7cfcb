import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Sandbox } from "../sandbox.js";
import type { SandboxServer } from "../service/server.js";
import { createSandboxServer } from "../service/server.js";
import { languageUnavailable, setCompileCacheDir } from "./program.js";
import { CARGO_REGISTRY, cratesUsedBy, rustCrates } from "./rust-crates.js";
import { TOOLCHAINS } from "./toolchains.js";
import { postRunCode } from "../service/run-code-client.js";

const installed = rustCrates(".purpcode-build");

describe("rust crates: what Debian's registry offers", () => {
  it("offers a crate only when its sources and its dependencies' are installed, and names the package otherwise", () => {
    const registry = mkdtempSync(join(tmpdir(), "purpcode-registry-"));
    try {
      for (const dir of ["md5-0.7.0", "rand-0.8.5"]) {
        mkdirSync(join(registry, dir, "src"), { recursive: true });
        writeFileSync(join(registry, dir, "src", "lib.rs"), "");
      }
      const some = rustCrates("out.tar", registry);
      expect(some.available).toEqual(["md5"]);
      expect(Object.keys(some.missing).sort()).toEqual(["rand", "regex"]);
      // rand's own source is there, not its dependencies' (the first named); regex's own is not.
      expect(some.missing.rand).toMatch(/rand_core-0.6.3 is not installed \(Debian: librust-rand-core-dev\)/);
      expect(some.missing.regex).toMatch(/regex-1.7.1 is not installed \(Debian: librust-regex-dev\)/);
      expect(some.flags).toBe(`-L dependency=/tmp/rust-crates --extern md5=/tmp/rust-crates/libmd5.rlib`);
      expect(some.build).toMatch(/rustc --crate-name md5 --edition 2015 .*md5-0.7.0\/src\/lib.rs/);
      expect(some.build).not.toMatch(/crate-name (rand|regex|libc)/);
      expect(some.build).toMatch(/tar -C \/tmp\/rust-crates -cf out.tar \.\n$/);
      const none = rustCrates("out.tar", join(registry, "absent"));
      expect(none.available).toEqual([]);
      expect(none.build).toBe("");
    } finally {
      rmSync(registry, { recursive: true, force: true });
    }
  });

  it("finds the crates a program names", () => {
    expect(cratesUsedBy('use rand::Rng;\nfn f() { let d = md5::compute(b"x"); }')).toEqual(["rand", "md5"]);
    expect(cratesUsedBy("use md5;\nextern crate regex;")).toEqual(["regex", "md5"]);
    expect(cratesUsedBy("fn random() {} // operand::x\nlet md5sum = 1;")).toEqual([]);
  });
});

const cacheDir = mkdtempSync(join(tmpdir(), "purpcode-rust-crates-cache-"));
const canRun = languageUnavailable("rust_test") === undefined;

describe.runIf(canRun)("rust crates through /run_code (rust_test)", () => {
  let sandbox: Sandbox;
  let server: SandboxServer;
  const post = (body: unknown) => postRunCode(server.url, body);
  beforeAll(async () => {
    setCompileCacheDir(cacheDir);
    sandbox = await Sandbox.open({ pool: { concurrency: 2 } });
    server = await createSandboxServer({ sandbox, port: 0 });
  });
  afterAll(async () => {
    await server?.close();
    await sandbox?.close();
    setCompileCacheDir(undefined);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it.runIf(installed.available.length === 3)(
    "compiles and runs a test using rand, regex and md5, built from Debian's sources inside the sandbox",
    async () => {
      const code = [
        "use rand::Rng;",
        "use regex::Regex;",
        "use md5;",
        "fn main() {}",
        "#[cfg(test)]",
        "mod tests {",
        "    use super::*;",
        "    #[test]",
        "    fn crates() {",
        "        let n: u32 = rand::thread_rng().gen_range(1..7);",
        "        assert!((1..7).contains(&n));",
        '        let re = Regex::new(r"^(\\w+)@(\\w+)$").unwrap();',
        '        assert_eq!(&re.captures("a@b").unwrap()[2], "b");',
        '        assert_eq!(format!("{:x}", md5::compute(b"hello")), "5d41402abc4b2a76b9719d911017c592");',
        "    }",
        "    #[test]",
        "    fn wrong() {",
        '        assert!(Regex::new(r"^\\d+$").unwrap().is_match("12a"));',
        "    }",
        "}",
        "",
      ].join("\n");
      const answer = await post({ code, language: "rust_test", compile_timeout: 120, run_timeout: 30 });
      expect(answer.compile_result?.status, JSON.stringify(answer)).toBe("Finished");
      expect(answer.compile_result?.return_code, answer.compile_result?.stderr).toBe(0);
      // One test passes, the other fails on its assertion: the crates really ran.
      expect(answer.status).toBe("Failed");
      expect(answer.run_result?.stdout).toMatch(/tests::wrong/);
      expect(answer.run_result?.stdout).not.toMatch(/tests::crates/);
      const passing = code.replace('is_match("12a")', 'is_match("12")');
      const second = await post({ code: passing, language: "rust_test", compile_timeout: 120 });
      expect(second.status, JSON.stringify(second)).toBe("Success");
    },
    600_000,
  );

  it("compiles a program without crates as before; names the package of a missing crate, and a failed crate build", async () => {
    const plain = await post({
      code: "#[cfg(test)]\nmod tests {\n    #[test]\n    fn t() { assert_eq!(1 + 1, 2); }\n}\n",
      language: "rust_test",
      compile_timeout: 120,
    });
    expect(plain.status, JSON.stringify(plain)).toBe("Success");
    // As on a machine without librust-md5-dev: the compile fails and says why.
    const chain = TOOLCHAINS.rust_test!;
    const saved = chain.libraries;
    chain.libraries = {
      used: cratesUsedBy,
      missing: { md5: `${CARGO_REGISTRY}/md5-0.7.0 is not installed (Debian: librust-md5-dev)` },
    };
    try {
      const answer = await post({
        code: '#[test]\nfn t() { assert_eq!(md5::compute(b"").0.len(), 16); }\n',
        language: "rust_test",
        compile_timeout: 120,
      });
      expect(answer.status).toBe("Failed");
      expect(answer.compile_result?.return_code).not.toBe(0);
      expect(answer.compile_result?.stderr).toMatch(/md5 is not offered here: .*librust-md5-dev/);
      expect(answer.run_result).toBeNull();
      // A crate build that fails: the compile goes without the crates and says why.
      chain.libraries = {
        used: cratesUsedBy,
        missing: {},
        seed: { source: "build.sh", code: "echo no rustc today >&2\nexit 3\n", build: "/bin/sh build.sh" },
        compile: saved?.compile ?? "",
      };
      const broken = await post({
        code: '#[test]\nfn t() { assert_eq!(md5::compute(b"x").0.len(), 16); }\n',
        language: "rust_test",
        compile_timeout: 120,
      });
      expect(broken.status).toBe("Failed");
      expect(broken.compile_result?.stderr).toMatch(/the libraries could not be built: .*no rustc today/);
    } finally {
      chain.libraries = saved;
    }
  }, 600_000);
});
