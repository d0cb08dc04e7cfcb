import {
  chownSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  closeSync,
  readFileSync,
  realpathSync,
  writeSync,
} from "node:fs";
import { dirname, isAbsolute, join, normalize, sep } from "node:path";

/** A file path from a request that would land outside the work dir, or clash with another file. */
export class UnsafePathError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`file path ${JSON.stringify(path)}: ${reason}`);
    this.name = "UnsafePathError";
  }
}

/** Normalises a request path and refuses anything that is absolute or climbs out of the work dir. */
export function relativeWorkPath(path: string): string {
  if (path.length === 0) throw new UnsafePathError(path, "empty");
  if (path.includes("\0")) throw new UnsafePathError(path, "contains a NUL byte");
  if (isAbsolute(path)) throw new UnsafePathError(path, "absolute paths are not allowed");
  const normal = normalize(path);
  if (normal === ".." || normal.startsWith(".." + sep) || normal === ".")
    throw new UnsafePathError(path, "leaves the work dir");
  return normal;
}

/**
 * Writes request files into the work dir. Directories are created fresh and every file is created with
 * O_EXCL|O_NOFOLLOW, so two entries cannot be combined into a symlink or an overwrite. Files named in
 * `executables` are created executable (a compiled artefact: no chmod step in the run).
 */
export function writeWorkFiles(
  workDir: string,
  files: Record<string, Uint8Array | string>,
  owner?: { uid: number; gid: number },
  executables: readonly string[] = [],
): void {
  for (const [path, content] of Object.entries(files)) {
    const rel = relativeWorkPath(path);
    const target = join(workDir, rel);
    const parent = dirname(target);
    if (parent !== workDir) {
      const created = mkdirSync(parent, { recursive: true, mode: 0o755 });
      if (owner && created) chownTree(workDir, created, parent, owner);
    }
    assertInside(workDir, parent, path);
    let fd: number;
    try {
      fd = openSync(
        target,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        executables.includes(path) ? 0o755 : 0o644,
      );
    } catch (err) {
      throw new UnsafePathError(path, `cannot create (${(err as NodeJS.ErrnoException).code ?? "error"})`);
    }
    try {
      const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    } finally {
      closeSync(fd);
    }
    if (owner) chownSync(target, owner.uid, owner.gid);
  }
}

/** chown the directories mkdir -p just created (from `first` down to `last`). */
function chownTree(root: string, first: string, last: string, owner: { uid: number; gid: number }): void {
  let dir = last;
  const dirs: string[] = [];
  while (dir.length >= first.length && dir.startsWith(root)) {
    dirs.push(dir);
    if (dir === first) break;
    dir = dirname(dir);
  }
  for (const d of dirs) chownSync(d, owner.uid, owner.gid);
}

function assertInside(workDir: string, path: string, requested: string): void {
  const real = realpathSync(path);
  const root = realpathSync(workDir);
  if (real !== root && !real.startsWith(root + sep))
    throw new UnsafePathError(requested, "resolves outside the work dir");
}

/**
 * Reads files the program left in its work dir. The program controlled that dir, so every requested path is
 * resolved and must stay inside it, and must be a regular file: a symlink to /etc/shadow yields an error,
 * not the host's file. Contents as base64 (the API's form) or, for the host's own use, as bytes.
 */
export function fetchWorkFiles<E extends "base64" | "bytes" = "base64">(
  workDir: string,
  paths: string[],
  maxBytes: number,
  encoding?: E,
): { files: Record<string, E extends "bytes" ? Buffer : string>; errors: Record<string, string> } {
  const files: Record<string, string | Buffer> = {};
  const errors: Record<string, string> = {};
  let budget = maxBytes;
  for (const path of paths) {
    try {
      const target = join(workDir, relativeWorkPath(path));
      assertInside(workDir, target, path);
      const stat = lstatSync(target);
      if (!stat.isFile()) throw new UnsafePathError(path, "not a regular file");
      if (stat.size > budget)
        throw new UnsafePathError(path, `larger than the ${maxBytes}-byte fetch budget`);
      const fd = openSync(target, constants.O_RDONLY | constants.O_NOFOLLOW);
      try {
        const data = readFileSync(fd);
        budget -= data.length;
        files[path] = encoding === "bytes" ? data : data.toString("base64");
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      errors[path] =
        err instanceof UnsafePathError ? err.message : code === "ENOENT" ? "not found" : String(code ?? err);
    }
  }
  return { files: files as Record<string, E extends "bytes" ? Buffer : string>, errors };
}
