import { existsSync, readFileSync } from "node:fs";
import { InputError } from "../../core/errors.js";
import { parseCsv } from "../../core/csv.js";
import { decodeMaybeGzip } from "../../core/jsonl.js";

/**
 * Records of a data file the user gives (a published set we may not bundle): a JSON array, JSON lines or CSV,
 * gzip allowed. Keys are kept as written; `field` finds one case-insensitively.
 */
export function readRecords(file: string, suite: string): Array<Record<string, unknown>> {
  if (!existsSync(file)) throw new InputError(`suite ${suite}: no such file: ${file}`);
  const text = decodeMaybeGzip(readFileSync(file), file).replace(/^\uFEFF/, "");
  const base = file.replace(/\.gz$/, "");
  if (base.endsWith(".csv")) {
    const [header, ...rows] = parseCsv(text);
    if (!header) return [];
    return rows
      .filter((r) => r.some((c) => c.trim()))
      .map((r) => Object.fromEntries(header.map((h, i) => [h.trim(), r[i] ?? ""])));
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[")) {
    try {
      const parsed = JSON.parse(trimmed) as unknown;
      if (Array.isArray(parsed)) return parsed as Array<Record<string, unknown>>;
    } catch (err) {
      throw new InputError(`not valid JSON: ${(err as Error).message}`, { file });
    }
  }
  return text
    .split("\n")
    .map((line, i) => ({ line: line.trim(), at: i + 1 }))
    .filter(({ line }) => line)
    .map(({ line, at }) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch (err) {
        throw new InputError(`not valid JSON: ${(err as Error).message}`, { file, line: at });
      }
    });
}

/** A record's field by name, case-insensitively (`Harmfulness`, `harmfulness`). */
export function field(record: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(record).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : record[key];
}
