import type { ConversationRow } from "../../core/rows.js";

/**
 * A synthetic prompt set with planted near-duplicates, for measuring dedup quality and speed. Every base
 * prompt is distinct random text behind a shared boilerplate opening (as generated prompts have); a planted
 * duplicate is a base with a few word edits, case and spacing changes.
 */

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ne",
  "su",
  "ra",
  "to",
  "vi",
  "de",
  "po",
  "ga",
  "zu",
  "fe",
  "ri",
  "xo",
  "ba",
];

export interface SyntheticSet {
  rows: ConversationRow[];
  /** task_id of each planted duplicate -> task_id of its base. */
  planted: Map<string, string>;
}

export function syntheticPrompts(
  options: { bases: number; duplicates: number; seed?: number; edits?: number } = {
    bases: 1000,
    duplicates: 200,
  },
): SyntheticSet {
  const rand = mulberry32(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const vocab = Array.from({ length: 20000 }, () =>
    Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join(""),
  );
  const opening = "Write a Python function for our internal service that";
  const bases: string[] = [];
  for (let i = 0; i < options.bases; i++) {
    const n = 30 + Math.floor(rand() * 40);
    bases.push(`${opening} ${Array.from({ length: n }, () => pick(vocab)).join(" ")}.`);
  }
  const rows: ConversationRow[] = bases.map((text, i) => ({
    task_id: `synthetic:base-${i}`,
    messages: [{ role: "user", content: text }],
    oracles: ["codesec"],
  }));
  const planted = new Map<string, string>();
  const edits = options.edits ?? 3;
  for (let d = 0; d < options.duplicates; d++) {
    const b = Math.floor(rand() * bases.length);
    const words = bases[b]!.split(" ");
    const k = 1 + Math.floor(rand() * edits);
    for (let e = 0; e < k; e++) {
      const at = 9 + Math.floor(rand() * (words.length - 9));
      const op = rand();
      if (op < 0.4) words[at] = pick(vocab);
      else if (op < 0.7) words.splice(at, 0, pick(vocab));
      else if (words.length > 12) words.splice(at, 1);
    }
    let text = words.join(rand() < 0.5 ? " " : "  ");
    if (rand() < 0.3) text = text.toUpperCase();
    if (rand() < 0.3) text = `${text}\nThanks!`;
    const id = `synthetic:dup-${d}`;
    planted.set(id, `synthetic:base-${b}`);
    rows.push({ task_id: id, messages: [{ role: "user", content: text }], oracles: ["codesec"] });
  }
  // Interleave so duplicates are not all at the end.
  const order = rows.map((r, i) => ({ r, k: i < bases.length ? i : Math.floor(rand() * rows.length) + 0.5 }));
  order.sort((a, b) => a.k - b.k);
  return { rows: order.map((o) => o.r), planted };
}
