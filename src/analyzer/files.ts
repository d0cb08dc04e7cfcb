import { closeSync, fstatSync, openSync, readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { languageFromPath } from "./languages.js";
import type { Language } from "./types.js";

/** Folders nobody wants scanned: VCS metadata, dependencies, build output, virtualenvs, caches. */
const IGNORED_DIRS = new Set([
  ".git",
  ".hg",
  ".svn",
  "node_modules",
  "dist",
  "build",
  "out",
  "coverage",
  "__pycache__",
  ".venv",
  "venv",
  "env",
  ".tox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".next",
  ".cache",
  "site-packages",
]);

const UTF8 = new TextDecoder("utf-8", { fatal: true });

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Expands paths to files: directories are walked (sorted, ignoring the usual folders); only known source files
 * are taken from directories, while a file named explicitly is always returned so its error can be reported. */
export async function expandPaths(paths: string[], markdown: boolean): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!IGNORED_DIRS.has(e.name) && !e.name.startsWith(".")) await walk(full);
      } else if (e.isFile() && (languageFromPath(e.name) || (markdown && /\.(md|markdown)$/i.test(e.name))))
        out.push(full);
    }
  };
  for (const p of paths) {
    if (p === "-") {
      out.push(p);
      continue;
    }
    let s;
    try {
      s = await stat(p);
    } catch {
      out.push(p); // reported as a per-file error by readSource
      continue;
    }
    if (s.isDirectory()) await walk(p);
    else out.push(p);
  }
  return out;
}

export type SourceRead = { ok: true; text: string } | { ok: false; error: string };

/** Reads a file as UTF-8 source with the checks a batch run needs: never throws. */
export async function readSource(path: string, stdin?: Buffer): Promise<SourceRead> {
  return Promise.resolve(readSourceSync(path, stdin));
}

/** readSource for worker threads and the streaming scan, which read one file at a time where it is analysed. */
export function readSourceSync(path: string, stdin?: Buffer): SourceRead {
  let buf: Buffer;
  try {
    // Synchronous reads: for thousands of small files the thread-pool round trips cost more than the I/O.
    if (stdin) buf = stdin;
    else {
      const fd = openSync(path, "r");
      try {
        const s = fstatSync(fd);
        if (s.isDirectory()) return { ok: false, error: "is a directory" };
        if (s.size > MAX_FILE_BYTES)
          return { ok: false, error: `file too large (${s.size} bytes; the cap is ${MAX_FILE_BYTES} bytes)` };
        buf = readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      ok: false,
      error:
        code === "ENOENT"
          ? "file not found"
          : code === "EISDIR"
            ? "is a directory"
            : `cannot read file (${code ?? String(err)})`,
    };
  }
  if (buf.length === 0) return { ok: false, error: "empty input" };
  if (buf.length > MAX_FILE_BYTES)
    return { ok: false, error: `file too large (${buf.length} bytes; the cap is ${MAX_FILE_BYTES} bytes)` };
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, error: "binary file (NUL bytes)" };
  let text: string;
  try {
    text = UTF8.decode(buf);
  } catch {
    return { ok: false, error: "invalid UTF-8" };
  }
  if (text.trim() === "") return { ok: false, error: "empty input" };
  return { ok: true, text };
}

export function languageOf(path: string, forced?: Language): Language | undefined {
  return forced ?? languageFromPath(path);
}
