import type { Rule } from "./rule.js";

interface TriggerScan {
  /** The group's triggers as one alternation: a match starts at every position where some trigger matches. */
  scan: RegExp;
  /** Indexes into the rule list, and each one's trigger anchored (sticky) for a test at one position. */
  members: number[];
  anchored: RegExp[];
}

interface TriggerPlan {
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
  rules.forEach((r, i) => {
    if (!r.trigger) return void always.push(i);
    const flags = r.trigger.flags.replace(/[gy]/g, "");
    if (UNCOMBINABLE.test(r.trigger.source))
      return void alone.push({ index: i, re: new RegExp(r.trigger.source, flags) });
    const list = byFlags.get(flags);
    if (list) list.push(i);
    else byFlags.set(flags, [i]);
  });
  plan = {
    always,
    alone,
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

/** Whether some rule would run on `code`: a rule without a trigger, or any trigger occurring (stops at the first). */
export function anyTriggered(rules: readonly Rule<never>[], code: string): boolean {
  const plan = planFor(rules);
  if (plan.always.length > 0 || plan.alone.some(({ re }) => re.test(code))) return true;
  return plan.scans.some(({ scan }) => {
    scan.lastIndex = 0;
    return scan.test(code);
  });
}

/**
 * The rules whose trigger occurs in `code` (and those without a trigger), in their order: the same list as
 * `rules.filter((r) => !r.trigger || r.trigger.test(code))`, which costs one scan of the file per rule (about a
 * tenth of the CLI's CPU on the Python standard library). Here one scan per flag set stops at every position where
 * some trigger matches, and each rule not yet matched is tested anchored there. A trigger occurs in the code iff it
 * matches starting at some position, and every such position is a stop, so the result is exactly the filter's
 * (anchored tests see the whole string, so `\b` and lookbehinds behave as in the unanchored test).
 */
export function triggeredRules<R extends Rule<never>>(rules: readonly R[], code: string): R[] {
  const plan = planFor(rules);
  const hit = new Uint8Array(rules.length);
  for (const i of plan.always) hit[i] = 1;
  for (const { index, re } of plan.alone) if (re.test(code)) hit[index] = 1;
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
