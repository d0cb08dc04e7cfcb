import { parseCsv } from "../core/csv.js";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { decodeMaybeGzip } from "../core/jsonl.js";
import type { ConversationRow } from "../core/rows.js";

/**
 * Near-duplicate removal and decontamination with MinHash + LSH.
 *
 * Signatures use one-permutation hashing: every character 5-gram of the normalised text is hashed once and
 * lands in one of `bins` bins, each keeping its minimum; empty bins borrow from the next non-empty one
 * (rotation densification). Cost is linear in text length rather than text length x permutations, which is
 * what makes 100k rows take seconds. LSH bands over the signature find candidates; a candidate counts only
 * when the signature-estimated similarity passes the threshold.
 */

export const SHINGLE = 5;
export const BINS = 128;

export function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, " ").trim();
}

const fmix = (h: number): number => {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
};

export interface Signature {
  mins: Uint32Array;
  /** Number of distinct-ish shingles (for containment estimates). */
  size: number;
}

const EMPTY = 0xffffffff;

/** MinHash signature of a text (one-permutation hashing with rotation densification). */
export function signature(text: string, bins = BINS, normalised = false): Signature {
  const s = normalised ? text : normalise(text);
  const mins = new Uint32Array(bins).fill(EMPTY);
  const filled = new Uint8Array(bins);
  const n = s.length;
  let count = 0;
  const width = Math.min(SHINGLE, Math.max(1, n));
  // Polynomial rolling hash of each `width`-character window (mod 2^32), then one avalanche mix.
  const BASE = 0x01000193;
  let outPow = 1;
  for (let j = 0; j < width - 1; j++) outPow = Math.imul(outPow, BASE);
  let h = 0;
  for (let i = 0; i < n; i++) {
    if (i >= width) h = (h - Math.imul(s.charCodeAt(i - width), outPow)) | 0;
    h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
    if (i < width - 1) continue;
    const x = fmix(h ^ width);
    // Low bits pick the bin; a second multiply-xorshift gives the value compared within it.
    const bin = x % bins;
    let v = Math.imul(x ^ (x >>> 15), 0x2c1b3c6d);
    v = (v ^ (v >>> 12)) >>> 0;
    if (v < mins[bin]!) mins[bin] = v;
    filled[bin] = 1;
    count++;
  }
  if (count === 0) return { mins, size: 0 };
  // Rotation densification: an empty bin takes the value of the next filled bin, offset by the distance.
  for (let b = 0; b < bins; b++) {
    if (filled[b]) continue;
    let k = 1;
    while (!filled[(b + k) % bins]) k++;
    mins[b] = fmix(mins[(b + k) % bins]! + Math.imul(k, 0x2545f491));
  }
  return { mins, size: count };
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Signature, b: Signature): number {
  if (a.size === 0 || b.size === 0) return a.size === b.size ? 1 : 0;
  let same = 0;
  const n = a.mins.length;
  for (let i = 0; i < n; i++) if (a.mins[i] === b.mins[i]) same++;
  return same / n;
}

/** Estimated share of `inner`'s shingles found in `outer`, from their Jaccard estimate and sizes. */
export function containment(inner: Signature, outer: Signature, jaccard = similarity(inner, outer)): number {
  if (inner.size === 0) return 0;
  const c = (jaccard * (inner.size + outer.size)) / ((1 + jaccard) * inner.size);
  return Math.min(1, c);
}

/** Bands x rows for a similarity threshold: the S-curve's midpoint sits a little below it, favouring recall. */
export function bandsFor(threshold: number, bins = BINS): { bands: number; rows: number } {
  let best = { bands: bins, rows: 1 };
  let bestErr = Infinity;
  for (let rows = 1; rows <= bins; rows++) {
    if (bins % rows) continue;
    const bands = bins / rows;
    const mid = Math.pow(1 / bands, 1 / rows);
    const err = Math.abs(mid - (threshold - 0.15));
    if (err < bestErr) {
      bestErr = err;
      best = { bands, rows };
    }
  }
  return best;
}

/**
 * An LSH index over signatures. A bucket that fills past `bucketCap` holds boilerplate shared by many texts
 * (a common opening, a license header) rather than near-duplicates: it stops growing and is not scanned, so
 * one template cannot make the index quadratic. True near-duplicates share many bands and are still found.
 */
export class LshIndex<T> {
  private readonly tables: Array<Map<number, number[]>>;
  /** All signatures back to back: comparing a candidate reads one contiguous run, not a chain of objects. */
  private flat = new Uint32Array(0);
  private readonly sizes: number[] = [];
  readonly values: T[] = [];

  constructor(
    readonly bands: number,
    readonly rows: number,
    readonly bucketCap = 64,
  ) {
    this.tables = Array.from({ length: bands }, () => new Map<number, number[]>());
  }

  /** The band keys of a signature (compute once per row, use for both query and insert). */
  keys(sig: Signature): Uint32Array {
    const keys = new Uint32Array(this.bands);
    for (let band = 0; band < this.bands; band++) {
      let h = Math.imul(band + 1, 0x9e3779b1);
      const start = band * this.rows;
      for (let i = start; i < start + this.rows; i++)
        h = Math.imul(h ^ sig.mins[i]!, 0x01000193) ^ (h >>> 15);
      // 30 bits: small integers are the fast path of a Map key.
      keys[band] = h & 0x3fffffff;
    }
    return keys;
  }

  get length(): number {
    return this.values.length;
  }

  signatureAt(i: number): Signature {
    const bins = this.bands * this.rows;
    return { mins: this.flat.subarray(i * bins, (i + 1) * bins), size: this.sizes[i]! };
  }

  /** Estimated similarity of `sig` to item `i`, or -1 as soon as it cannot reach `min`. */
  similarityTo(sig: Signature, i: number, min: number): number {
    const bins = this.bands * this.rows;
    const size = this.sizes[i]!;
    if (sig.size === 0 || size === 0) return sig.size === size ? 1 : 0;
    const flat = this.flat;
    const mins = sig.mins;
    const base = i * bins;
    const allowed = Math.floor(bins * (1 - min));
    let miss = 0;
    for (let k = 0; k < bins; k++) {
      if (mins[k] !== flat[base + k] && ++miss > allowed) return -1;
    }
    return (bins - miss) / bins;
  }

  add(sig: Signature, value: T, keys = this.keys(sig)): void {
    const idx = this.values.length;
    const bins = this.bands * this.rows;
    if ((idx + 1) * bins > this.flat.length) {
      const grown = new Uint32Array(Math.max(1024, this.flat.length * 2, (idx + 1) * bins));
      grown.set(this.flat);
      this.flat = grown;
    }
    this.flat.set(sig.mins, idx * bins);
    this.sizes.push(sig.size);
    this.values.push(value);
    for (let b = 0; b < this.bands; b++) {
      const table = this.tables[b]!;
      const list = table.get(keys[b]!);
      if (list) {
        if (list.length < this.bucketCap) list.push(idx);
      } else table.set(keys[b]!, [idx]);
    }
  }

  private marks = new Int32Array(1024);
  private stamp = 0;

  /** Indices of items sharing at least one band with `sig` (each once). */
  candidates(sig: Signature, keys = this.keys(sig)): number[] {
    if (this.values.length === 0) return [];
    if (this.marks.length < this.values.length) {
      const grown = new Int32Array(Math.max(this.values.length, this.marks.length * 2));
      grown.set(this.marks);
      this.marks = grown;
    }
    const stamp = ++this.stamp;
    const out: number[] = [];
    for (let b = 0; b < this.bands; b++) {
      const list = this.tables[b]!.get(keys[b]!);
      if (!list || list.length >= this.bucketCap) continue;
      for (const i of list) {
        if (this.marks[i] === stamp) continue;
        this.marks[i] = stamp;
        out.push(i);
      }
    }
    return out;
  }
}

/** The text a row is compared by: its user turns. */
export function promptText(row: ConversationRow): string {
  return row.messages
    .filter((m) => m.role === "user")
    .map((m) => m.content)
    .join("\n");
}

export interface EvalItem {
  set: string;
  id: string;
  text: string;
}

export interface RemovedRow {
  task_id: string;
  set: string;
  reason: "exact-duplicate" | "near-duplicate" | "contaminated";
  /** The kept row (or evaluation item) it matched. */
  match: string;
  match_set: string;
  similarity: number;
}

export interface DedupOptions {
  /** Estimated Jaccard similarity at or above which two prompts are near-duplicates (default 0.7). */
  threshold?: number;
  /** Evaluation items to decontaminate against. */
  evalItems?: EvalItem[];
  /** Estimated containment (of either text in the other) at or above which a row is contaminated (default 0.8). */
  containmentThreshold?: number;
}

export interface DedupSetResult {
  name: string;
  before: number;
  kept: ConversationRow[];
  removed: { exact: number; near: number; contaminated: number };
}

export interface DedupResult {
  sets: DedupSetResult[];
  removed: RemovedRow[];
  threshold: number;
  containmentThreshold: number;
  evalItems: number;
  bands: number;
  rows: number;
}

/**
 * Dedup within and across sets, first come first kept: sets are processed in the given order (put the most
 * valuable first), rows in task_id order. A row is dropped if it is contaminated by an evaluation item, or a
 * near-duplicate of any row kept before it in any set.
 */
export function dedupSets(
  sets: Array<{ name: string; rows: ConversationRow[] }>,
  options: DedupOptions = {},
): DedupResult {
  const threshold = options.threshold ?? 0.7;
  const containmentThreshold = options.containmentThreshold ?? 0.8;
  const { bands, rows } = bandsFor(threshold);
  const index = new LshIndex<{ id: string; set: string }>(bands, rows);
  const exact = new Map<string, { id: string; set: string }>();

  // Evaluation items are long-ish and may be embedded in a prompt: a looser band layout finds lower Jaccard,
  // and containment decides.
  const evalBands = bandsFor(0.45);
  const evalIndex = new LshIndex<EvalItem>(evalBands.bands, evalBands.rows);
  const evalExact = new Map<string, EvalItem>();
  for (const item of options.evalItems ?? []) {
    const norm = normalise(item.text);
    if (!norm) continue;
    evalExact.set(norm, item);
    evalIndex.add(signature(norm, BINS, true), item);
  }

  const removed: RemovedRow[] = [];
  const results: DedupSetResult[] = [];
  for (const set of sets) {
    const result: DedupSetResult = {
      name: set.name,
      before: set.rows.length,
      kept: [],
      removed: { exact: 0, near: 0, contaminated: 0 },
    };
    // task_id order, not file order: a concurrent job writes rows as they finish, and the same rows must
    // dedup the same way on every run.
    const ordered = [...set.rows].sort((a, b) =>
      a.task_id < b.task_id ? -1 : a.task_id > b.task_id ? 1 : 0,
    );
    for (const row of ordered) {
      const norm = normalise(promptText(row));
      const hit = evalExact.get(norm);
      if (hit) {
        result.removed.contaminated++;
        removed.push({
          task_id: row.task_id,
          set: set.name,
          reason: "contaminated",
          match: hit.id,
          match_set: hit.set,
          similarity: 1,
        });
        continue;
      }
      const sig = signature(norm, BINS, true);
      let contaminated: { item: EvalItem; score: number } | undefined;
      for (const i of evalIndex.length ? evalIndex.candidates(sig) : []) {
        const candSig = evalIndex.signatureAt(i);
        const j = similarity(sig, candSig);
        const score = Math.max(j, containment(sig, candSig, j), containment(candSig, sig, j));
        if (
          (j >= threshold || score >= containmentThreshold) &&
          (!contaminated || score > contaminated.score)
        ) {
          contaminated = { item: evalIndex.values[i]!, score };
        }
      }
      if (contaminated) {
        result.removed.contaminated++;
        removed.push({
          task_id: row.task_id,
          set: set.name,
          reason: "contaminated",
          match: contaminated.item.id,
          match_set: contaminated.item.set,
          similarity: round(contaminated.score),
        });
        continue;
      }
      const same = exact.get(norm);
      if (same) {
        result.removed.exact++;
        removed.push({
          task_id: row.task_id,
          set: set.name,
          reason: "exact-duplicate",
          match: same.id,
          match_set: same.set,
          similarity: 1,
        });
        continue;
      }
      let best: { id: string; set: string; sim: number } | undefined;
      const keys = index.keys(sig);
      for (const i of index.candidates(sig, keys)) {
        const s = index.similarityTo(sig, i, best ? best.sim : threshold);
        if (s >= threshold && (!best || s > best.sim)) best = { ...index.values[i]!, sim: s };
      }
      if (best) {
        result.removed.near++;
        removed.push({
          task_id: row.task_id,
          set: set.name,
          reason: "near-duplicate",
          match: best.id,
          match_set: best.set,
          similarity: round(best.sim),
        });
        continue;
      }
      const key = { id: row.task_id, set: set.name };
      exact.set(norm, key);
      index.add(sig, key, keys);
      result.kept.push(row);
    }
    results.push(result);
  }
  return {
    sets: results,
    removed,
    threshold,
    containmentThreshold,
    evalItems: options.evalItems?.length ?? 0,
    bands,
    rows,
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

// ---------------------------------------------------------------------------------------------------------
// Every evaluation set the project knows, read from the shared data folder

/** Reads a (gzipped) JSONL data file whole, tolerating Python-style NaN / Infinity. */
export function readDataJsonl(file: string): Array<Record<string, unknown>> {
  return decodeMaybeGzip(readFileSync(file), file)
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => parseLoose(l));
}

/** JSON.parse that also accepts the bare NaN / Infinity Python's json writes (EvalPlus inputs have them). */
function parseLoose(line: string): Record<string, unknown> {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return JSON.parse(line.replace(/([:,[]\s*)-?(?:NaN|Infinity)(?=\s*[,\]}])/g, "$1null")) as Record<
      string,
      unknown
    >;
  }
}

export { parseCsv };

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** The evaluation sets under the data folder (names, loaders). Missing files are skipped and reported. */
export function loadEvalItems(dataDir: string): {
  items: EvalItem[];
  sets: Record<string, number>;
  missing: string[];
} {
  const items: EvalItem[] = [];
  const sets: Record<string, number> = {};
  const missing: string[] = [];
  const add = (set: string, id: string, text: unknown) => {
    if (typeof text !== "string" || !text.trim()) return;
    items.push({ set, id: `${set}:${id}`, text });
    sets[set] = (sets[set] ?? 0) + 1;
  };
  const at = (rel: string, load: (file: string) => void) => {
    const file = join(dataDir, rel);
    if (existsSync(file)) load(file);
    else missing.push(rel);
  };
  const json = (file: string) => JSON.parse(readFileSync(file, "utf8")) as Array<Record<string, unknown>>;
  for (const variant of ["instruct", "autocomplete"]) {
    at(`cyberseceval/${variant}.json`, (f) =>
      json(f).forEach((r, i) => add(`cyberseceval-${variant}`, String(r.prompt_id ?? i), r.test_case_prompt)),
    );
  }
  at("cyberseceval/mitre_benchmark_100_per_category.json", (f) =>
    json(f).forEach((r, i) => add("cyberseceval-mitre", String(i), r.user_prompt)),
  );
  at("cyberseceval/mitre_frr.json", (f) =>
    json(f).forEach((r, i) => add("cyberseceval-frr", String(i), r.mutated_prompt)),
  );
  at("xstest/xstest_prompts.csv", (f) => {
    const [header, ...rows] = parseCsv(readFileSync(f, "utf8"));
    const p = header?.indexOf("prompt") ?? -1;
    const id = header?.indexOf("id") ?? -1;
    for (const r of rows) if (p >= 0) add("xstest", r[id] ?? "", r[p]);
  });
  at("humaneval/HumanEval.jsonl.gz", (f) =>
    readDataJsonl(f).forEach((r) => add("humaneval", String(r.task_id), r.prompt)),
  );
  at("evalplus/HumanEvalPlus-v0.1.10.jsonl.gz", (f) =>
    readDataJsonl(f).forEach((r) => add("humaneval-plus", String(r.task_id), r.prompt)),
  );
  at("evalplus/MbppPlus-v0.2.0.jsonl.gz", (f) =>
    readDataJsonl(f).forEach((r) => add("mbpp-plus", String(r.task_id), r.prompt)),
  );
  at("leetcode/LeetCodeDataset-v0.2.0-test.jsonl.gz", (f) =>
    readDataJsonl(f).forEach((r) => add("leetcode-test", String(r.task_id), r.query)),
  );
  at("cweval/core", (dir) => {
    for (const f of walk(dir).filter((p) => /_task\.(py|js)$/.test(p))) {
      const text = readFileSync(f, "utf8");
      add("cweval", relative(dir, f), text.split(/BEGIN SOLUTION/)[0]);
    }
  });
  at("codelmsec/benchmark_data", (dir) => {
    for (const f of walk(dir).filter((p) => /\.(py|c)$/.test(p)))
      add("codelmsec", relative(dir, f), readFileSync(f, "utf8"));
  });
  return { items, sets, missing };
}
