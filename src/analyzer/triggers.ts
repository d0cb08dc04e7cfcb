import { literalPrefixes, triggerConjunctions } from "./literal-prefixes.js";
import type { Rule } from "./rule.js";

interface TriggerScan {
  /** The group's triggers as one alternation: a match starts at every position where some trigger matches. */
  scan: RegExp;
  /** Indexes into the rule list, and each one's trigger anchored (sticky) for a test at one position. */
  members: number[];
  anchored: RegExp[];
}

/**
 * The triggers whose every match starts with one of a few literal texts (`literal-prefixes.ts`), most of them: one
 * pass of an Aho-Corasick automaton over the code finds every occurrence of every such text, and each part not yet
 * matched is tested anchored where one of its texts starts. irregexp tries every alternative of a combined pattern
 * at nearly every position, which made the trigger scan a fifth of the CLI's CPU on the standard library.
 *
 * The unit scanned for is a part: a whole trigger, or one conjunct of a file-level condition
 * `^(?=[\s\S]*?X)(?=[\s\S]*?Y)` (each of X and Y occurs somewhere), so those cost one scan, not one per lookahead.
 */
interface LiteralScan {
  /** Transitions over ASCII folded to lower case (other characters are symbol 0): `next[state * 128 + symbol]`. */
  next: Int32Array;
  /** Per state, the parts it reports in `outPart`/`outLength` from `outStart[state]` to `outStart[state + 1]`. */
  outStart: Int32Array;
  outPart: Int32Array;
  outLength: Int32Array;
  /** Per part, the part anchored (sticky) for a test where one of its texts starts. */
  anchored: RegExp[];
  /** Parts that can match at position 0 without a text. */
  atStart: number[];
  /** Per rule index (literal rules only): its trigger as alternatives of conjunctions of parts. */
  formula: (number[][] | undefined)[];
  /** Per part, the rules whose formula mentions it. */
  rulesOf: number[][];
  rules: number[];
}

interface TriggerPlan {
  literal: LiteralScan;
  scans: TriggerScan[];
  /** Rules without a trigger: they always run. */
  always: number[];
  /** Triggers that cannot share a combined pattern (back-references, named groups): tested one by one. */
  alone: { index: number; re: RegExp }[];
}

/** `\1` or `\k<x>` would point at another rule's group once combined, and group names must be unique. */
export const UNCOMBINABLE = /\\[1-9k]|\(\?<[A-Za-z_$]/;

const plans = new WeakMap<readonly Rule<never>[], TriggerPlan>();

function planFor(rules: readonly Rule<never>[]): TriggerPlan {
  let plan = plans.get(rules);
  if (plan) return plan;
  const byFlags = new Map<string, number[]>();
  const always: number[] = [];
  const alone: TriggerPlan["alone"] = [];
  const literal: LiteralRule[] = [];
  rules.forEach((r, i) => {
    if (!r.trigger) return void always.push(i);
    const flags = r.trigger.flags.replace(/[gy]/g, "");
    const parts = literalParts(r.trigger.source, flags);
    if (parts) return void literal.push({ index: i, flags, parts });
    if (UNCOMBINABLE.test(r.trigger.source))
      return void alone.push({ index: i, re: new RegExp(r.trigger.source, flags) });
    const list = byFlags.get(flags);
    if (list) list.push(i);
    else byFlags.set(flags, [i]);
  });
  plan = {
    always,
    alone,
    literal: literalScan(rules.length, literal),
    scans: [...byFlags].map(([flags, members]) => ({
      // A plain alternation, not a lookahead around it: irregexp's first-character checks then skip most
      // positions without trying every alternative (a third less CPU over the standard library).
      scan: new RegExp(members.map((i) => `(?:${rules[i]!.trigger!.source})`).join("|"), flags + "g"),
      members,
      anchored: members.map((i) => new RegExp(rules[i]!.trigger!.source, flags + "y")),
    })),
  };
  plans.set(rules, plan);
  return plan;
}

const ALPHABET = 128;

/** Lower-case ASCII symbol of a UTF-16 code unit; everything else is 0, which no literal text contains. */
const FOLD = new Int32Array(ALPHABET).map((_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

interface LiteralRule {
  index: number;
  flags: string;
  parts: { source: string; texts: string[]; atStart: boolean }[][];
}

/** The trigger's conjunctions with each part's texts, or undefined when some part has no usable texts. */
function literalParts(source: string, flags: string): LiteralRule["parts"] | undefined {
  const conjunctions = triggerConjunctions(source);
  if (!conjunctions) return undefined;
  const parts = partsOf(conjunctions, flags);
  // Alternatives that are not literal on their own (never expected: a whole pattern's texts are its branches'):
  // the whole pattern as one part, as before the split.
  if (!parts && conjunctions.length > 1 && conjunctions.every((c) => c.length === 1))
    return partsOf([[source]], flags);
  return parts;
}

function partsOf(conjunctions: string[][], flags: string): LiteralRule["parts"] | undefined {
  const out: LiteralRule["parts"] = [];
  for (const conjunction of conjunctions) {
    const parts: LiteralRule["parts"][number] = [];
    for (const part of conjunction) {
      const prefixes = literalPrefixes(part, flags);
      if (!prefixes) return undefined;
      parts.push({ source: part, ...prefixes });
    }
    out.push(parts);
  }
  return out;
}

function literalScan(ruleCount: number, members: LiteralRule[]): LiteralScan {
  // Parts are shared by source and flags, so one scanned-for text reports each distinct pattern once.
  const partIds = new Map<string, number>();
  const anchored: RegExp[] = [];
  const atStart: number[] = [];
  const rulesOf: number[][] = [];
  const partTexts: string[][] = [];
  const formula: (number[][] | undefined)[] = new Array<number[][] | undefined>(ruleCount).fill(undefined);
  for (const { index, flags, parts } of members)
    formula[index] = parts.map((conjunction) =>
      conjunction.map(({ source, texts, atStart: start }) => {
        const key = `${flags}/${source}`;
        let id = partIds.get(key);
        if (id === undefined) {
          id = anchored.length;
          partIds.set(key, id);
          anchored.push(new RegExp(source, flags + "y"));
          rulesOf.push([]);
          partTexts.push(texts);
          if (start) atStart.push(id);
        }
        if (!rulesOf[id]!.includes(index)) rulesOf[id]!.push(index);
        return id;
      }),
    );
  // The trie of every text folded to lower case (the anchored test then checks case and the rest of the pattern).
  const children: number[][] = [[]]; // per state: symbol, child, symbol, child...
  const outputs: [part: number, length: number][][] = [[]];
  partTexts.forEach((texts, part) => {
    for (const text of new Set(texts.map((t) => t.toLowerCase()))) {
      let state = 0;
      for (let k = 0; k < text.length; k++) {
        const symbol = text.charCodeAt(k);
        const list = children[state]!;
        let to = -1;
        for (let j = 0; j < list.length; j += 2) if (list[j] === symbol) to = list[j + 1]!;
        if (to < 0) {
          to = children.length;
          children.push([]);
          outputs.push([]);
          list.push(symbol, to);
        }
        state = to;
      }
      outputs[state]!.push([part, text.length]);
    }
  });
  // Breadth-first, so a state's failure state is complete before it: its row starts as a copy of that state's row
  // (copied natively, which keeps this cheap on the first, unoptimised call) and it reports what that one reports.
  const states = children.length;
  const next = new Int32Array(states * ALPHABET);
  const fail = new Int32Array(states);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    const f = fail[state]!;
    if (state !== 0) {
      outputs[state]!.push(...outputs[f]!);
      next.set(next.subarray(f * ALPHABET, (f + 1) * ALPHABET), state * ALPHABET);
    }
    const list = children[state]!;
    for (let j = 0; j < list.length; j += 2) {
      const [symbol, to] = [list[j]!, list[j + 1]!];
      fail[to] = state === 0 ? 0 : next[f * ALPHABET + symbol]!;
      next[state * ALPHABET + symbol] = to;
      queue.push(to);
    }
  }
  const outStart = new Int32Array(states + 1);
  outputs.forEach((list, state) => (outStart[state + 1] = outStart[state]! + list.length));
  const flat = outputs.flat();
  return {
    next,
    outStart,
    outPart: Int32Array.from(flat, ([part]) => part),
    outLength: Int32Array.from(flat, ([, length]) => length),
    anchored,
    atStart,
    formula,
    rulesOf,
    rules: members.map((m) => m.index),
  };
}

/** Whether some conjunction of the rule's formula has all its parts found. */
const satisfied = (formula: number[][], found: Uint8Array) =>
  formula.some((c) => c.every((p) => found[p] === 1));

/**
 * Marks the literal rules whose trigger occurs in `code`; with `firstOnly`, stops at the first rule marked and says
 * whether there was one. Every part is looked for until found (a conjunction needs all of its parts).
 */
function scanLiterals(scan: LiteralScan, code: string, hit: Uint8Array, firstOnly: boolean): boolean {
  const found = new Uint8Array(scan.anchored.length);
  let left = scan.anchored.length;
  /** Marks the part if it matches at `at`; true when that completes a rule and the caller wants only one. */
  const test = (part: number, at: number): boolean => {
    const re = scan.anchored[part]!;
    re.lastIndex = at;
    if (!re.test(code)) return false;
    found[part] = 1;
    left--;
    let done = false;
    for (const rule of scan.rulesOf[part]!)
      if (!hit[rule] && satisfied(scan.formula[rule]!, found)) {
        hit[rule] = 1;
        done = firstOnly;
      }
    return done;
  };
  for (const part of scan.atStart) if (test(part, 0)) return true;
  const { next, outStart, outPart, outLength } = scan;
  let state = 0;
  for (let i = 0; left > 0 && i < code.length; i++) {
    const c = code.charCodeAt(i);
    state = next[state * ALPHABET + (c < ALPHABET ? FOLD[c]! : 0)]!;
    for (let o = outStart[state]!, end = outStart[state + 1]!; o < end; o++) {
      const part = outPart[o]!;
      if (found[part] === 0 && test(part, i + 1 - outLength[o]!)) return true;
    }
  }
  return false;
}

/** Whether some rule would run on `code`: a rule without a trigger, or any trigger occurring (stops at the first). */
export function anyTriggered(rules: readonly Rule<never>[], code: string): boolean {
  const plan = planFor(rules);
  if (plan.always.length > 0 || plan.alone.some(({ re }) => re.test(code))) return true;
  if (scanLiterals(plan.literal, code, new Uint8Array(rules.length), true)) return true;
  return plan.scans.some(({ scan }) => {
    scan.lastIndex = 0;
    return scan.test(code);
  });
}

/**
 * The rules whose trigger occurs in `code` (and those without a trigger), in their order: the same list as
 * `rules.filter((r) => !r.trigger || r.trigger.test(code))`, which costs one scan of the file per rule. Most
 * triggers are found by the literal scan (a match must start where one of its texts does, and the anchored test
 * there is the same test as the unanchored one at that position). The rest share one scan per flag set that stops
 * at every position where some of them matches, where each one not yet matched is tested anchored. Anchored tests
 * see the whole string, so `\b` and lookbehinds behave as in the unanchored test.
 */
export function triggeredRules<R extends Rule<never>>(rules: readonly R[], code: string): R[] {
  const plan = planFor(rules);
  const hit = new Uint8Array(rules.length);
  for (const i of plan.always) hit[i] = 1;
  for (const { index, re } of plan.alone) if (re.test(code)) hit[index] = 1;
  scanLiterals(plan.literal, code, hit, false);
  for (const { scan, members, anchored } of plan.scans) {
    let left = members.length;
    scan.lastIndex = 0;
    for (let m = scan.exec(code); left > 0 && m; m = scan.exec(code)) {
      // The leftmost match start is the first position where some trigger matches, as the lookahead found.
      const at = m.index;
      for (let k = 0; k < members.length; k++) {
        if (hit[members[k]!]) continue;
        const re = anchored[k]!;
        re.lastIndex = at;
        if (re.test(code)) {
          hit[members[k]!] = 1;
          left--;
        }
      }
      scan.lastIndex = at + 1;
    }
  }
  return rules.filter((_, i) => hit[i] === 1);
}
