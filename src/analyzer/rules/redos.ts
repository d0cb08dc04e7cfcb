/**
 * Star height > 1 or a quantified group ending in a quantified atom: the shapes that backtrack exponentially or
 * polynomially ((a+)+, (\w+\s?)*, (?:\.[a-z]{2,})* after [a-z.]+). A cheap structural check, not a full NFA analysis.
 */
export function nestedQuantifier(pattern: string, opts: { separatedIsSafe?: boolean } = {}): boolean {
  const stack: { quantified: boolean; start: number }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") {
      inClass = true;
      continue;
    }
    if (ch === "(") stack.push({ quantified: false, start: i });
    else if (ch === ")") {
      const group = stack.pop();
      const next = pattern[i + 1];
      const groupQuantified =
        next === "*" ||
        next === "+" ||
        (next === "{" && /^\{\d*,\d*\}/.test(pattern.slice(i + 1)) && !/^\{\d+\}/.test(pattern.slice(i + 1)));
      if (
        group?.quantified &&
        groupQuantified &&
        !(opts.separatedIsSafe && separated(pattern.slice(group.start + 1, i), pattern.slice(0, group.start)))
      )
        return true;
      if (stack.length && groupQuantified) stack[stack.length - 1]!.quantified = true;
      if (group?.quantified && stack.length) stack[stack.length - 1]!.quantified = true;
    } else if (
      (ch === "*" || ch === "+" || (ch === "{" && /^\{\d*,\d*\}/.test(pattern.slice(i)))) &&
      stack.length
    ) {
      stack[stack.length - 1]!.quantified = true;
    }
  }
  return false;
}

/**
 * A group body that is one repeated character class and a mandatory literal separator it cannot match, before or
 * after it: (?:\.[a-z]{2,}) or ([a-z]+ ). Each repetition's extent is then fixed by the separators, so repeating
 * the group cannot backtrack (unlike ([a-z]+\s?)*, whose separator is optional) - unless something repeated before
 * the group can match the separator too ([a-z.]+(?:\.[a-z]+)* splits "a.b.c" many ways).
 */
function separated(body: string, prefix: string): boolean {
  const inner = body.replace(/^\?(:|P?<[A-Za-z_]\w*>)/, "");
  const atom = String.raw`(\[(?!\^)(?:\\.|[^\]\\])+\]|\\[dws])(?:[+*]|\{\d+,\d*\})`;
  const sep = String.raw`(\\[^dwsDWSbBAZz0-9]|[^\\\[\](){}*+?|.^$])`;
  const before = new RegExp(`^${sep}${atom}$`).exec(inner);
  const after = before ? undefined : new RegExp(`^${atom}${sep}$`).exec(inner);
  const lit = before ? before[1] : after?.[2];
  const cls = before ? before[2] : after?.[1];
  if (!lit || !cls) return false;
  const ch = lit.length === 2 ? lit[1]! : lit;
  const repeatedBefore = [
    ...prefix.matchAll(/(\[(?:\\.|[^\]\\])+\]|\\[dwsDWS]|\.)(?:[+*]|\{\d+,\d*\})/g),
  ].map((r) => r[1]!);
  try {
    return !new RegExp(cls).test(ch) && !repeatedBefore.some((r) => new RegExp(r).test(ch));
  } catch {
    return false;
  }
}
