import { createReadStream, existsSync } from "node:fs";
import { closeSync, ftruncateSync, fstatSync, openSync, readSync, writeSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { gunzipSync, gzipSync, createGunzip } from "node:zlib";
import type { z } from "zod";
import { InputError } from "./errors.js";
import { describeIssues } from "./rows.js";

export interface JsonlLine<T> {
  value: T;
  /** 1-based line number in the file, for error messages. */
  line: number;
}

export interface ReadJsonlOptions<S extends z.ZodType> {
  /** Validate every row; a failure names the file, line and field. */
  schema?: S;
  /** Called when the last line is an unterminated fragment (a writer crashed mid-line); it is never data. */
  onTruncated?: (line: number) => void;
}

const isGzip = (file: string) => file.endsWith(".gz");

let truncations = 0;

/** How many cut-off last lines readers without their own `onTruncated` have skipped (jobs compare it). */
export function truncatedLinesSeen(): number {
  return truncations;
}

/** The default for a reader that does not handle a cut-off last line itself: say so, never silently. */
function warnTruncated(file: string, line: number): void {
  truncations++;
  process.stderr.write(
    `warning: ${file}:${line}: the last line is cut off (no newline, not valid JSON) and was skipped\n`,
  );
}

/**
 * Streams a JSONL (optionally .gz) file. A malformed line is an error naming the file and line; a final line
 * without its newline that does not parse is a crash leftover and is skipped, never read as data.
 */
export async function* readJsonl<S extends z.ZodType = z.ZodType<unknown>>(
  file: string,
  options: ReadJsonlOptions<S> = {},
): AsyncGenerator<JsonlLine<z.infer<S>>> {
  if (!existsSync(file)) throw new InputError("file not found", { file });
  const raw = createReadStream(file);
  const stream = isGzip(file) ? raw.pipe(createGunzip()) : raw;
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  let pending: { text: string; line: number } | undefined;
  const parse = (text: string, line: number, isLast: boolean): z.infer<S> | undefined => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      if (isLast && !endsWithNewline(file)) {
        if (options.onTruncated) options.onTruncated(line);
        else warnTruncated(file, line);
        return undefined;
      }
      throw new InputError(`malformed JSON: ${(err as Error).message}`, { file, line });
    }
    if (!options.schema) return value as z.infer<S>;
    const result = options.schema.safeParse(value);
    if (!result.success) throw new InputError(`invalid row: ${describeIssues(result.error)}`, { file, line });
    return result.data as z.infer<S>;
  };
  try {
    for await (const text of lines) {
      lineNo++;
      if (pending) {
        const value = parse(pending.text, pending.line, false);
        if (value !== undefined) yield { value, line: pending.line };
        pending = undefined;
      }
      if (text.trim() === "") continue;
      pending = { text, line: lineNo };
    }
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`cannot read: ${(err as Error).message}`, { file, cause: err });
  }
  if (pending) {
    const value = parse(pending.text, pending.line, true);
    if (value !== undefined) yield { value, line: pending.line };
  }
}

function endsWithNewline(file: string): boolean {
  if (isGzip(file)) return true; // a gzip stream is complete or fails to inflate
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return true;
    const buf = Buffer.alloc(1);
    readSync(fd, buf, 0, 1, size - 1);
    return buf[0] === 0x0a;
  } finally {
    closeSync(fd);
  }
}

/** Reads a whole JSONL file into memory. */
export async function readJsonlAll<S extends z.ZodType = z.ZodType<unknown>>(
  file: string,
  options: ReadJsonlOptions<S> = {},
): Promise<Array<z.infer<S>>> {
  const rows: Array<z.infer<S>> = [];
  for await (const { value } of readJsonl(file, options)) rows.push(value);
  return rows;
}

/** Writes a whole file atomically (temp file + rename): readers see the old file or the new one, never half. */
export async function writeFileAtomic(file: string, data: string | Buffer): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${Date.now()}`;
  await writeFile(tmp, data);
  await rename(tmp, file);
}

export async function writeJsonl(file: string, rows: Iterable<unknown>): Promise<void> {
  let text = "";
  for (const row of rows) text += JSON.stringify(row) + "\n";
  await writeFileAtomic(file, isGzip(file) ? gzipSync(text) : text);
}

/** Reads a small gzip or plain text file synchronously (reference data). */
export function decodeMaybeGzip(buffer: Buffer, file: string): string {
  return (isGzip(file) ? gunzipSync(buffer) : buffer).toString("utf8");
}

/**
 * Appends rows to a JSONL file for crash-safe resumable output: each call is a single write() of whole lines,
 * so a kill -9 leaves complete rows plus at most one partial line, which `open` cuts off on the next run.
 */
export class JsonlAppender {
  private fd: number;

  private constructor(
    readonly file: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  static async open(file: string): Promise<JsonlAppender> {
    await mkdir(dirname(file), { recursive: true });
    const fd = openSync(file, "a+");
    repairTail(fd);
    return new JsonlAppender(file, fd);
  }

  append(rows: unknown[]): void {
    if (rows.length === 0) return;
    let text = "";
    for (const row of rows) text += JSON.stringify(row) + "\n";
    writeSync(this.fd, text);
  }

  close(): void {
    closeSync(this.fd);
  }
}

/** Cuts an unterminated last line (crash leftover) so appended rows start on a line of their own. */
function repairTail(fd: number): void {
  const size = fstatSync(fd).size;
  if (size === 0) return;
  const chunk = Math.min(size, 1 << 20);
  let end = size;
  const buf = Buffer.alloc(chunk);
  // Scan backwards for the last newline; the bytes after it are a partial row.
  while (end > 0) {
    const start = Math.max(0, end - chunk);
    const n = readSync(fd, buf, 0, end - start, start);
    const idx = buf.subarray(0, n).lastIndexOf(0x0a);
    if (idx >= 0) {
      const cut = start + idx + 1;
      if (cut < size) ftruncateSync(fd, cut);
      return;
    }
    end = start;
  }
  ftruncateSync(fd, 0);
}
