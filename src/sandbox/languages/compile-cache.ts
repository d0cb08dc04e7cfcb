import { createHash } from "node:crypto";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What a successful compile left: the artefact and the compiler's own output (warnings are part of the answer). */
export interface CompiledArtefact {
  artefact: Buffer;
  stdout: string;
  stderr: string;
  /** How long the compile took when it ran, seconds. */
  compileSeconds: number;
}

/**
 * Compiled artefacts by content hash (language, command line, environment, source, extra files): the same
 * program is compiled once. The cache is a host directory that no sandbox mounts and only this process writes
 * (mode 0700, entries written to a temporary name and renamed); programs only ever receive a copy of an entry in
 * their own work dir. Bounded by total size: the least recently used entries go first.
 */
export class CompileCache {
  private bytes = 0;
  private readonly entries = new Map<string, number>(); // key -> size, in use order

  constructor(
    readonly dir: string,
    private readonly maxBytes: number = DEFAULT_CACHE_MB * 1024 * 1024,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const info = lstatSync(dir);
    if (!info.isDirectory() || (process.getuid && info.uid !== process.getuid()))
      throw new Error(`compile cache ${dir} is not a directory owned by this user`);
    chmodSync(dir, 0o700);
    const found: Array<[string, number, number]> = [];
    for (const name of readdirSync(dir)) {
      if (!name.endsWith(".bin")) {
        if (name.endsWith(".tmp")) rmSync(join(dir, name), { force: true });
        continue;
      }
      try {
        const s = statSync(join(dir, name));
        found.push([name.slice(0, -4), s.size, s.mtimeMs]);
      } catch {
        // removed meanwhile
      }
    }
    for (const [key, size] of found.sort((a, b) => a[2] - b[2])) {
      this.entries.set(key, size);
      this.bytes += size;
    }
  }

  static key(parts: unknown[]): string {
    const hash = createHash("sha256");
    for (const part of parts) {
      const bytes = typeof part === "string" || part instanceof Uint8Array ? part : JSON.stringify(part);
      hash.update(String(typeof bytes === "string" ? Buffer.byteLength(bytes) : bytes.length));
      hash.update(":");
      hash.update(bytes);
    }
    return hash.digest("hex");
  }

  get(key: string): CompiledArtefact | undefined {
    if (!this.entries.has(key)) return undefined;
    try {
      const artefact = readFileSync(join(this.dir, `${key}.bin`));
      const meta = JSON.parse(readFileSync(join(this.dir, `${key}.json`), "utf8")) as Omit<
        CompiledArtefact,
        "artefact"
      >;
      const size = this.entries.get(key) ?? artefact.length;
      this.entries.delete(key);
      this.entries.set(key, size);
      return { artefact, ...meta };
    } catch {
      this.drop(key);
      return undefined;
    }
  }

  put(key: string, value: CompiledArtefact): void {
    if (value.artefact.length > this.maxBytes) return;
    const { artefact, ...meta } = value;
    const tmp = join(this.dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(meta), { mode: 0o600 });
    renameSync(tmp, join(this.dir, `${key}.json`));
    writeFileSync(tmp, artefact, { mode: 0o600 });
    renameSync(tmp, join(this.dir, `${key}.bin`));
    if (this.entries.has(key)) this.bytes -= this.entries.get(key) ?? 0;
    this.entries.delete(key);
    this.entries.set(key, artefact.length);
    this.bytes += artefact.length;
    for (const old of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.drop(old);
    }
  }

  private drop(key: string): void {
    this.bytes -= this.entries.get(key) ?? 0;
    this.entries.delete(key);
    rmSync(join(this.dir, `${key}.bin`), { force: true });
    rmSync(join(this.dir, `${key}.json`), { force: true });
  }
}

/**
 * Default bound, MiB: 164 HumanEval-X Go test binaries are ~600 MB (5 MB each, 3.6 MB stripped); at 512 MiB a
 * second pass over the same programs missed every time (least recently used out, in the order they come back).
 */
export const DEFAULT_CACHE_MB = 2048;

/**
 * The bound from `PURPCODE_COMPILE_CACHE_MB` (a positive number of MiB), or the default; a bad value is an error
 * naming the variable.
 */
export function cacheBoundMb(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.PURPCODE_COMPILE_CACHE_MB;
  if (raw === undefined || raw === "") return DEFAULT_CACHE_MB;
  const mb = Number(raw);
  if (!Number.isFinite(mb) || mb <= 0)
    throw new RangeError(
      `PURPCODE_COMPILE_CACHE_MB must be a positive number of MiB, got ${JSON.stringify(raw)}`,
    );
  return mb;
}

/** Default place: a per-user directory under the OS temp dir (never inside a sandbox's work root). */
export function defaultCacheDir(): string {
  return join(tmpdir(), `purpcode-compile-cache-${process.getuid?.() ?? "user"}`);
}
