import { addToolchainConfig } from "./languages/system-config.js";
import { addNodePackages } from "./languages/node-packages.js";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PYTHON } from "./runners.js";
import { SECCOMP_FILE_NAME, seccompFilter } from "./confinement/seccomp.js";

/**
 * The harness's Python modules (src/sandbox/python/*.py), found beside this module when run from the sources and
 * at the package's src/sandbox/python (shipped through package.json "files") when run from dist/.
 */
export function pythonSourceDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [join(here, "python"), join(here, "..", "..", "src", "sandbox", "python")])
    if (existsSync(join(dir, "purpcode_warm.py"))) return dir;
  throw new Error(`the sandbox's Python modules are missing (looked in ${join(here, "python")})`);
}

/**
 * Host directory holding the sandbox's root file system, bound read-only as `/`: empty mount points, symlinks
 * like the host's (/bin -> usr/bin), a minimal /etc, and the harness modules at /opt/purpcode. Building it once
 * per Sandbox keeps the per-execution bwrap call down to a handful of mounts.
 */
export function createSupportDir(root?: string): string {
  const dir = mkdtempSync(join(root ?? tmpdir(), `purpcode-sandbox-support-${process.pid}-`));
  chmodSync(dir, 0o755);
  const fs = join(dir, "root");
  for (const sub of [
    "",
    "usr",
    "etc",
    "opt",
    "opt/purpcode",
    "work",
    "workroot",
    "cgroup",
    "tmp",
    "proc",
    "dev",
  ])
    mkdirSync(join(fs, sub), { mode: 0o755 });
  for (const top of ["bin", "sbin", "lib", "lib32", "lib64", "libx32"]) {
    let stat;
    try {
      stat = lstatSync(`/${top}`);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(`/${top}`), join(fs, top));
    else if (stat.isDirectory()) mkdirSync(join(fs, top), { mode: 0o755 });
  }
  for (const node of DEVICES) writeFileSync(join(fs, "dev", node), "", { mode: 0o644 });
  symlinkSync("/tmp", join(fs, "dev", "shm"));
  // The dynamic linker cache speeds up every start; zoneinfo and Debian's python config are read at startup.
  copyIfPresent("/etc/ld.so.cache", join(fs, "etc", "ld.so.cache"));
  copyIfPresent("/etc/python3/debian_config", join(fs, "etc", "python3", "debian_config"));
  try {
    symlinkSync(readlinkSync("/etc/localtime"), join(fs, "etc", "localtime"));
  } catch {
    // no zone configured: UTC
  }
  writeFileSync(join(fs, "etc", "passwd"), "sandbox:x:1000:1000:sandbox:/work:/usr/sbin/nologin\n", {
    mode: 0o644,
  });
  writeFileSync(join(fs, "etc", "group"), "sandbox:x:1000:\n", { mode: 0o644 });
  addToolchainConfig(join(fs, "etc"));
  // The npm packages node programs may require (SandboxFusion's js-md5), read-only at /node_modules.
  addNodePackages(join(fs, "node_modules"));
  const lib = join(fs, "opt", "purpcode");
  const sources = pythonSourceDir();
  for (const name of readdirSync(sources).filter((n) => n.endsWith(".py")))
    copyFileSync(join(sources, name), join(lib, name));
  for (const name of readdirSync(lib)) chmodSync(join(lib, name), 0o644);
  const filter = seccompFilter();
  if (filter) writeFileSync(join(lib, SECCOMP_FILE_NAME), filter, { mode: 0o644 });
  // Precompiled once here: every execution imports the driver from a read-only dir and cannot cache it.
  spawnSync(PYTHON, ["-c", "import compileall, sys; compileall.compile_dir(sys.argv[1], quiet=1)", lib], {
    stdio: "ignore",
    timeout: 30_000,
  });
  return dir;
}

/** Device nodes bound into the sandbox's /dev (instead of bwrap's --dev, which costs many more mounts). */
export const DEVICES = ["null", "zero", "full", "random", "urandom"];

function copyIfPresent(from: string, to: string): void {
  try {
    mkdirSync(dirname(to), { recursive: true, mode: 0o755 });
    copyFileSync(from, to);
  } catch {
    // optional
  }
}

/**
 * Removes a dir the sandboxed program may have booby-trapped (a subdir chmod 000 or 500, which stops rm for a
 * non-root owner; a tree thousands of levels deep, past PATH_MAX): on failure, GNU chmod -R and rm -rf, which walk
 * by descriptor (fts) and so handle any depth, never following links. Never throws.
 */
export function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
    return;
  } catch {
    // fall through
  }
  spawnSync("/bin/chmod", ["-R", "u+rwx", "--", dir], { stdio: "ignore", timeout: 120_000 });
  spawnSync("/bin/rm", ["-rf", "--one-file-system", "--", dir], { stdio: "ignore", timeout: 120_000 });
}
