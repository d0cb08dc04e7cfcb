import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, symlinkSync } from "node:fs";
import { join } from "node:path";

/**
 * /etc entries that toolchains read through symlinks from /usr (Debian's alternatives: /usr/bin/java ->
 * /etc/alternatives/java -> /usr/lib/jvm/...; the JDK's conf and jvm.cfg; Mono's and PHP's config). The sandbox
 * root has a minimal /etc of its own: these are copied into it (read-only there, like the rest of the root).
 */
const CONFIG_DIRS = ["java-17-openjdk", "mono", "php", "R", "gdc", "racket"];

export function addToolchainConfig(sandboxEtc: string): void {
  if (existsSync("/etc/alternatives")) {
    const target = join(sandboxEtc, "alternatives");
    mkdirSync(target, { recursive: true, mode: 0o755 });
    for (const name of readdirSync("/etc/alternatives")) {
      try {
        if (!lstatSync(join("/etc/alternatives", name)).isSymbolicLink()) continue;
        symlinkSync(readlinkSync(join("/etc/alternatives", name)), join(target, name));
      } catch {
        // unreadable or already there
      }
    }
  }
  for (const dir of CONFIG_DIRS) {
    const from = join("/etc", dir);
    if (!existsSync(from)) continue;
    try {
      cpSync(from, join(sandboxEtc, dir), { recursive: true, verbatimSymlinks: true });
    } catch {
      // a toolchain whose config cannot be copied fails its own hello-world check (`sandbox check`)
    }
  }
}
