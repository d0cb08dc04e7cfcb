import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { languageFromPath } from "./languages.js";
import { isMarkupPath } from "./markup.js";
import { isNotebookPath } from "./notebook.js";
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
  // Bower's and jspm's install folders: third-party copies (jQuery, AngularJS) as node_modules holds npm's.
  "bower_components",
  "jspm_packages",
]);

/** TypeScript declaration files hold types only, no code that runs, and many use syntax newer than the pinned
 * grammar (`import("x").T` in value positions, variance annotations): a walk skips them, a named one is analysed. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;

const UTF8 = new TextDecoder("utf-8", { fatal: true });

export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Expands paths to files: directories are walked (sorted, ignoring the usual folders); only known source files
 * (not declaration files) are taken from directories, while a file named explicitly is always returned so its
 * error can be reported. */
export async function expandPaths(paths: string[], markdown: boolean): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (!IGNORED_DIRS.has(e.name) && !e.name.startsWith(".")) await walk(full);
      } else if (
        e.isFile() &&
        !DECLARATION_FILE.test(e.name) &&
        (languageFromPath(e.name) ||
          isMarkupPath(e.name) ||
          isNotebookPath(e.name) ||
          (markdown && /\.(md|markdown)$/i.test(e.name)) ||
          (!e.name.includes(".") && scriptLanguage(full)))
      )
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
  if (buf.length === 0) return { ok: true, text: "" };
  if (buf.length > MAX_FILE_BYTES)
    return { ok: false, error: `file too large (${buf.length} bytes; the cap is ${MAX_FILE_BYTES} bytes)` };
  if (buf.subarray(0, 8192).includes(0)) return { ok: false, error: "binary file (NUL bytes)" };
  const declared = codingHeader(buf);
  let decoder = UTF8;
  if (declared) {
    try {
      decoder = new TextDecoder(whatwgLabel(declared.encoding), { fatal: true });
    } catch {
      return {
        ok: false,
        error: `unknown encoding '${declared.encoding}' in the coding declaration on line ${declared.line}`,
      };
    }
  }
  try {
    // A UTF-8 byte-order mark is not code (TextDecoder drops it by default).
    return { ok: true, text: decoder.decode(buf) };
  } catch {
    const at = firstBadByte(buf);
    return {
      ok: false,
      error: declared
        ? `not valid ${declared.encoding} (declared on line ${declared.line})`
        : `invalid UTF-8 at line ${at.line} (byte ${at.offset}); save the file as UTF-8 or declare its encoding ` +
          `(# -*- coding: latin-1 -*-)`,
    };
  }
}

/**
 * PEP 263: a comment on line 1 or 2 matching `coding[:=]\s*([-\w.]+)` declares a Python file's encoding. Only
 * ASCII-compatible bytes are needed to read it.
 */
export function codingHeader(buf: Buffer): { encoding: string; line: number } | undefined {
  const head = buf
    .subarray(0, 512)
    .toString("latin1")
    .split(/\r?\n|\r/, 2);
  for (let i = 0; i < head.length; i++) {
    const m = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/.exec(head[i]!);
    if (m) return { encoding: m[1]!, line: i + 1 };
    // PEP 263: the declaration may be on line 2 only when line 1 is a comment or blank.
    if (!/^[ \t\f]*(#.*)?$/.test(head[i]!)) break;
  }
  return undefined;
}

/** Python codec names (latin-1, utf_8, cp1252 ...) as WHATWG encoding labels TextDecoder knows. */
function whatwgLabel(python: string): string {
  const name = python.toLowerCase().replace(/_/g, "-");
  if (/^(latin-?1|iso-?8859-1|l1|8859|cp819)$/.test(name)) return "latin1";
  if (/^utf-?8(-sig)?$/.test(name)) return "utf-8";
  if (/^cp(\d+)$/.test(name)) return `windows-${name.slice(2)}`;
  return name;
}

function firstBadByte(buf: Buffer): { line: number; offset: number } {
  // Decode growing prefixes cheaply: find the first byte where a streaming decode throws.
  let line = 1;
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 10) line++;
    const b = buf[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    if (len === 0 || i + len > buf.length) return { line, offset: i };
    try {
      UTF8.decode(buf.subarray(i, i + len));
    } catch {
      return { line, offset: i };
    }
    i += len - 1;
  }
  return { line, offset: buf.length };
}

/**
 * A file's language: forced, by extension, or for an extensionless script by its `#!` line - read from `text` when
 * the caller already holds the file, so the scan does not open it again.
 */
export function languageOf(path: string, forced?: Language, text?: string): Language | undefined {
  return (
    forced ??
    languageFromPath(path) ??
    (!extensionless(path) ? undefined : text !== undefined ? shebangLanguage(text) : scriptLanguage(path))
  );
}

function extensionless(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base !== "" && base !== "-" && !base.includes(".");
}

/** `#!/usr/bin/env python3`, `#!/usr/bin/node`: the language an extensionless script's first line names. */
const SHEBANG = /^#![^\n]*?\b(?:(python)(?:[\d.]*)|(node|nodejs))\b/;

/** The language of an executable script without an extension, read from its `#!` line (its first 256 bytes). */
export function scriptLanguage(path: string): Language | undefined {
  let head: string;
  try {
    const fd = openSync(path, "r");
    try {
      const buf = Buffer.alloc(256);
      head = buf.toString("utf8", 0, readSync(fd, buf, 0, 256, 0));
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
  return shebangLanguage(head);
}

function shebangLanguage(head: string): Language | undefined {
  const m = SHEBANG.exec(head);
  return m?.[1] ? "python" : m?.[2] ? "javascript" : undefined;
}
