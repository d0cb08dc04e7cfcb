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
  /** Per-bin minimum hashes: 32-bit as computed, 16-bit once packed for an index. */
  mins: Uint32Array | Uint16Array;
  /** Number of distinct-ish shingles (for containment estimates). */
  size: number;
}

const EMPTY = 0xffffffff;

let filledScratch = new Uint8Array(BINS);

/**
 * MinHash signature of a text (one-permutation hashing with rotation densification). `out` (bins long) is
 * written and returned instead of a new array: a million rows then allocate no signature of their own.
 */
export function signature(text: string, bins = BINS, normalised = false, out?: Uint32Array): Signature {
  const s = normalised ? text : normalise(text);
  const mins = out ? out.fill(EMPTY) : new Uint32Array(bins).fill(EMPTY);
  if (filledScratch.length !== bins) filledScratch = new Uint8Array(bins);
  const filled = filledScratch.fill(0);
  const n = s.length;
  let count = 0;
  const width = Math.min(SHINGLE, Math.max(1, n));
  // A power-of-two bin count (the default) picks bins with a mask instead of a division.
  const pow2 = (bins & (bins - 1)) === 0;
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
    const bin = pow2 ? x & (bins - 1) : x % bins;
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
 * An LSH index over signatures, held in typed arrays so a million rows cost a few hundred megabytes and no
 * garbage-collector time: per band a power-of-two bucket table of chain heads, per (row, band) entry its band key
 * and the next row of its chain, and every signature as 16-bit values back to back (a chance match of two
 * 16-bit values, 1 in 65536 per bin, moves a similarity estimate by far less than one bin does).
 *
 * A band key that fills past `bucketCap` rows holds boilerplate shared by many texts (a common opening, a
 * license header) rather than near-duplicates: it stops growing and is not scanned, so one template cannot make
 * the index quadratic. True near-duplicates share many bands and are still found.
 */
export class LshIndex<T> {
  readonly values: T[] = [];
  private readonly bins: number;
  private capacity: number;
  private sigs: Uint16Array;
  private sizes: Int32Array;
  /**
   * Per entry (row * bands + band), two slots side by side (one cache line for a chain step): at 2e its band key
   * (with UNLINKED set, so negative here, when its bucket was full), at 2e + 1 the row after it in its bucket
   * chain, or -1.
   */
  private chain: Int32Array;
  /** bands * buckets chain heads (row index, -1 empty); buckets is a power of two >= capacity. */
  private heads: Int32Array;
  private mask: number;
  private marks: Int32Array;
  /** Per row, the bands it shares with the current query (valid where `marks` holds the query's stamp). */
  private hits: Uint8Array;
  /** Per band, the keys whose bucket is full. */
  private readonly full: Array<Set<number>>;
  private stamp = 0;

  constructor(
    readonly bands: number,
    readonly rows: number,
    readonly bucketCap = 64,
    capacity = 1024,
  ) {
    this.bins = bands * rows;
    this.capacity = Math.max(16, capacity);
    this.sigs = new Uint16Array(this.capacity * this.bins);
    this.sizes = new Int32Array(this.capacity);
    this.chain = new Int32Array(this.capacity * bands * 2);
    this.marks = new Int32Array(this.capacity);
    this.hits = new Uint8Array(this.capacity);
    this.full = Array.from({ length: bands }, () => new Set<number>());
    const buckets = bucketsFor(this.capacity);
    this.mask = buckets - 1;
    this.heads = new Int32Array(bands * buckets).fill(-1);
  }

  get length(): number {
    return this.values.length;
  }

  /** The band keys of a signature (compute once per row, use for both query and insert; into `out` if given). */
  keys(sig: Signature, out?: Uint32Array): Uint32Array {
    const keys = out ?? new Uint32Array(this.bands);
    for (let band = 0; band < this.bands; band++) {
      let h = Math.imul(band + 1, 0x9e3779b1);
      const start = band * this.rows;
      for (let i = start; i < start + this.rows; i++)
        h = Math.imul(h ^ sig.mins[i]!, 0x01000193) ^ (h >>> 15);
      keys[band] = fmix(h) & KEY_MASK;
    }
    return keys;
  }

  /** The stored (16-bit) signature of item `i`. */
  signatureAt(i: number): Signature {
    return { mins: this.sigs.subarray(i * this.bins, (i + 1) * this.bins), size: this.sizes[i]! };
  }

  /** Estimated similarity of `sig` (packed with `pack`) to item `i`, or -1 as soon as it cannot reach `min`. */
  similarityTo(packed: Signature, i: number, min: number): number {
    const bins = this.bins;
    const size = this.sizes[i]!;
    if (packed.size === 0 || size === 0) return packed.size === size ? 1 : 0;
    const flat = this.sigs;
    const mins = packed.mins;
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
    if (idx >= this.capacity) this.grow();
    const bins = this.bins;
    const base = idx * bins;
    const mins = sig.mins;
    // Already packed (16-bit) signatures are stored as they are.
    if (mins instanceof Uint16Array) this.sigs.set(mins, base);
    else for (let k = 0; k < bins; k++) this.sigs[base + k] = mins[k]! >>> 16;
    this.sizes[idx] = sig.size;
    this.values.push(value);
    for (let b = 0; b < this.bands; b++) {
      const key = keys[b]!;
      const entry = idx * this.bands + b;
      if (this.full[b]!.has(key) || this.sameKey(b, key, this.bucketCap - 1) >= this.bucketCap - 1) {
        // This row would fill the bucket: from now on the key is boilerplate, neither grown nor scanned.
        this.full[b]!.add(key);
        this.chain[2 * entry] = key | UNLINKED;
        this.chain[2 * entry + 1] = -1;
        continue;
      }
      this.chain[2 * entry] = key;
      this.link(b, idx, key);
    }
  }

  /**
   * Indices of items sharing at least `minShared` band keys with `sig` (each once). Two shared bands instead
   * of one cut the candidates to verify several-fold on text with common 5-grams, while a pair at the
   * threshold (Jaccard 0.7, 4-row bands: 0.24 per band, 32 bands) still shares two with odds above 0.998.
   */
  candidates(sig: Signature, keys = this.keys(sig), minShared = 1): number[] {
    const out: number[] = [];
    if (this.values.length === 0) return out;
    const stamp = ++this.stamp;
    const bands = this.bands;
    const heads = this.heads;
    const chain = this.chain;
    const marks = this.marks;
    const hits = this.hits;
    const buckets = this.mask + 1;
    for (let b = 0; b < bands; b++) {
      const key = keys[b]!;
      if (this.full[b]!.has(key)) continue;
      for (let i = heads[b * buckets + (key & this.mask)]!; i >= 0; i = chain[2 * (i * bands + b) + 1]!) {
        if (chain[2 * (i * bands + b)] !== key) continue;
        if (marks[i] !== stamp) {
          marks[i] = stamp;
          hits[i] = 1;
        } else if (hits[i]! < 255) hits[i]!++;
        else continue;
        if (hits[i] === minShared) out.push(i);
      }
    }
    return out;
  }

  /** How many rows share band `b`'s `key` (counting stops at `upTo`). */
  private sameKey(b: number, key: number, upTo: number): number {
    const bands = this.bands;
    let n = 0;
    const chain = this.chain;
    for (
      let i = this.heads[b * (this.mask + 1) + (key & this.mask)]!;
      i >= 0;
      i = chain[2 * (i * bands + b) + 1]!
    ) {
      if (chain[2 * (i * bands + b)] === key && ++n >= upTo) break;
    }
    return n;
  }

  private link(b: number, idx: number, key: number): void {
    const head = b * (this.mask + 1) + (key & this.mask);
    this.chain[2 * (idx * this.bands + b) + 1] = this.heads[head]!;
    this.heads[head] = idx;
  }

  /** Grows every per-row array by half and rebuilds the chains (rows in insertion order, as `add` linked them). */
  private grow(): void {
    const capacity = Math.ceil(this.capacity * 1.5);
    const resize = <A extends Uint16Array | Int32Array>(a: A, n: number, make: (n: number) => A) => {
      const b = make(n);
      b.set(a);
      return b;
    };
    this.sigs = resize(this.sigs, capacity * this.bins, (n) => new Uint16Array(n));
    this.sizes = resize(this.sizes, capacity, (n) => new Int32Array(n));
    this.chain = resize(this.chain, capacity * this.bands * 2, (n) => new Int32Array(n));
    this.marks = resize(this.marks, capacity, (n) => new Int32Array(n));
    this.hits = new Uint8Array(capacity);
    this.capacity = capacity;
    const buckets = bucketsFor(capacity);
    this.mask = buckets - 1;
    this.heads = new Int32Array(this.bands * buckets).fill(-1);
    for (let idx = 0; idx < this.values.length; idx++) {
      for (let b = 0; b < this.bands; b++) {
        const entry = idx * this.bands + b;
        const key = this.chain[2 * entry]!;
        if (key & UNLINKED) this.chain[2 * entry + 1] = -1;
        else this.link(b, idx, key);
      }
    }
  }
}

/** Band keys keep 30 bits; bit 31 marks an entry left out of its full bucket. */
const KEY_MASK = 0x3fffffff;
const UNLINKED = 0x80000000;

/** A power of two at least `capacity` (one bucket per row: chains stay a row or two long). */
function bucketsFor(capacity: number): number {
  let n = 16;
  while (n < capacity) n *= 2;
  return n;
}

/** A signature in the 16-bit form the index stores, for comparing against it (into `out` when given). */
export function pack(sig: Signature, out?: Uint16Array): Signature {
  const mins = out ?? new Uint16Array(sig.mins.length);
  for (let k = 0; k < mins.length; k++) mins[k] = sig.mins[k]! >>> 16;
  return { mins, size: sig.size };
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
 * Rows sharing one band key at which the key counts as boilerplate. Only kept rows are indexed, and kept rows are
 * pairwise below the threshold, so a key shared by this many of them is common phrasing, not a duplicate cluster;
 * at 16 instead of 64 a million rows scan a quarter of the chains (bench/dedup: same recall at 100k).
 */
const KEPT_BUCKET_CAP = 16;

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
  // Sized for every row up front: a million rows are allocated once instead of grown (and copied) in steps.
  const total = sets.reduce((n, set) => n + set.rows.length, 0);
  const index = new LshIndex<{ id: string; set: string }>(bands, rows, KEPT_BUCKET_CAP, total);
  const exact = new ExactIndex(total);

  const evals = new EvalMatcher(options.evalItems ?? [], threshold, containmentThreshold);

  const removed: RemovedRow[] = [];
  const results: DedupSetResult[] = [];
  // Per-row scratch: the index copies what it keeps, so one buffer of each serves every row.
  const fullScratch = new Uint32Array(BINS);
  const packedScratch = new Uint16Array(BINS);
  const keysScratch = new Uint32Array(bands);
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
      const full = signature(norm, BINS, true, fullScratch);
      const sig = pack(full, packedScratch);
      const contaminated = evals.match(norm, full, sig);
      if (contaminated) {
        result.removed.contaminated++;
        removed.push({
          task_id: row.task_id,
          set: set.name,
          reason: "contaminated",
          match: contaminated.item.id,
          match_set: contaminated.item.set,
          similarity: contaminated.score,
        });
        continue;
      }
      const [h1, h2] = textHashes(norm);
      const same = exact.find(h1, h2);
      if (same >= 0) {
        const first = index.values[same]!;
        result.removed.exact++;
        removed.push({
          task_id: row.task_id,
          set: set.name,
          reason: "exact-duplicate",
          match: first.id,
          match_set: first.set,
          similarity: 1,
        });
        continue;
      }
      let best: { i: number; sim: number } | undefined;
      const keys = index.keys(full, keysScratch);
      for (const i of index.candidates(full, keys, 2)) {
        const s = index.similarityTo(sig, i, best ? best.sim : threshold);
        if (s >= threshold && (!best || s > best.sim)) best = { i, sim: s };
      }
      if (best) {
        const first = index.values[best.i]!;
        result.removed.near++;
        removed.push({
          task_id: row.task_id,
          set: set.name,
          reason: "near-duplicate",
          match: first.id,
          match_set: first.set,
          similarity: round(best.sim),
        });
        continue;
      }
      exact.add(h1, h2, index.length);
      index.add(sig, { id: row.task_id, set: set.name }, keys);
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

/**
 * Evaluation items a training prompt must not resemble. Items are long-ish and may be embedded in a prompt: a
 * looser band layout finds lower Jaccard, and containment (of either text in the other) decides.
 */
export class EvalMatcher {
  private readonly index: LshIndex<EvalItem>;
  private readonly exact = new Map<string, EvalItem>();

  constructor(
    items: EvalItem[],
    readonly threshold = 0.7,
    readonly containmentThreshold = 0.8,
  ) {
    const { bands, rows } = bandsFor(0.45);
    this.index = new LshIndex<EvalItem>(bands, rows, 64, items.length);
    for (const item of items) {
      const norm = normalise(item.text);
      if (!norm) continue;
      this.exact.set(norm, item);
      this.index.add(signature(norm, BINS, true), item);
    }
  }

  get size(): number {
    return this.index.length;
  }

  /**
   * The evaluation item a (normalised) prompt is contaminated by, with its score, or undefined. `full` and
   * `packed` are the prompt's signature and its packed form when the caller already has them.
   */
  match(
    norm: string,
    full = signature(norm, BINS, true),
    packed = pack(full),
  ): { item: EvalItem; score: number } | undefined {
    const hit = this.exact.get(norm);
    if (hit) return { item: hit, score: 1 };
    let best: { item: EvalItem; score: number } | undefined;
    if (this.index.length === 0) return undefined;
    for (const i of this.index.candidates(full)) {
      const candSig = this.index.signatureAt(i);
      const j = similarity(packed, candSig);
      const score = Math.max(j, containment(packed, candSig, j), containment(candSig, packed, j));
      if ((j >= this.threshold || score >= this.containmentThreshold) && (!best || score > best.score))
        best = { item: this.index.values[i]!, score };
    }
    return best && { item: best.item, score: round(best.score) };
  }
}

/**
 * Exact duplicates by two independent 32-bit hashes of the normalised text (a 64-bit key: at a million rows a
 * false match has odds near 1 in 10^8), so the index keeps no copy of any text.
 */
class ExactIndex {
  private h1: Uint32Array;
  private h2: Uint32Array;
  private item: Int32Array;
  private next: Int32Array;
  private heads: Int32Array;
  private n = 0;

  constructor(capacity: number) {
    const cap = Math.max(16, capacity);
    this.h1 = new Uint32Array(cap);
    this.h2 = new Uint32Array(cap);
    this.item = new Int32Array(cap);
    this.next = new Int32Array(cap);
    this.heads = new Int32Array(bucketsFor(cap)).fill(-1);
  }

  find(h1: number, h2: number): number {
    for (let e = this.heads[h1 & (this.heads.length - 1)]!; e >= 0; e = this.next[e]!)
      if (this.h1[e] === h1 && this.h2[e] === h2) return this.item[e]!;
    return -1;
  }

  add(h1: number, h2: number, item: number): void {
    if (this.n >= this.h1.length) this.grow();
    const e = this.n++;
    this.h1[e] = h1;
    this.h2[e] = h2;
    this.item[e] = item;
    const head = h1 & (this.heads.length - 1);
    this.next[e] = this.heads[head]!;
    this.heads[head] = e;
  }

  private grow(): void {
    const cap = Math.ceil(this.h1.length * 1.5);
    const copy = <A extends Uint32Array | Int32Array>(a: A, make: (n: number) => A) => {
      const b = make(cap);
      b.set(a);
      return b;
    };
    this.h1 = copy(this.h1, (n) => new Uint32Array(n));
    this.h2 = copy(this.h2, (n) => new Uint32Array(n));
    this.item = copy(this.item, (n) => new Int32Array(n));
    this.next = new Int32Array(cap);
    this.heads = new Int32Array(bucketsFor(cap)).fill(-1);
    for (let e = 0; e < this.n; e++) {
      const head = this.h1[e]! & (this.heads.length - 1);
      this.next[e] = this.heads[head]!;
      this.heads[head] = e;
    }
  }
}

/** Two independent 32-bit hashes of a string (FNV-1a and a multiply-rotate), each finished with fmix. */
export function textHashes(s: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul((b << 5) | (b >>> 27), 0x5bd1e995) ^ c;
  }
  return [fmix(a ^ s.length), fmix(b + s.length)];
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
