/**
 * Star height > 1 or a quantified group ending in a quantified atom: the shapes that backtrack exponentially or
 * polynomially ((a+)+, (\w+\s?)*, (?:\.[a-z]{2,})*). A cheap structural check, not a full NFA analysis.
 */
export function nestedQuantifier(pattern: string): boolean {
  const stack: { quantified: boolean }[] = [];
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
    if (ch === "(") stack.push({ quantified: false });
    else if (ch === ")") {
      const group = stack.pop();
      const next = pattern[i + 1];
      const groupQuantified =
        next === "*" ||
        next === "+" ||
        (next === "{" && /^\{\d*,\d*\}/.test(pattern.slice(i + 1)) && !/^\{\d+\}/.test(pattern.slice(i + 1)));
      if (group?.quantified && groupQuantified) return true;
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
