/** The character an escape letter stands for (`\n` is a newline; `\.` a dot). */
const unescape = (e: string) => ({ n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", "0": "\0" })[e] ?? e;

/** Whether one regex atom (a literal, an escape such as \w or \., a [class], or `.`) can match the character c. */
function atomMatches(atom: string, c: string): boolean {
  if (atom === ".") return c !== "\n";
  if (atom.startsWith("[")) {
    const negated = atom[1] === "^";
    const body = atom.slice(negated ? 2 : 1, -1);
    let hit = false;
    for (let i = 0; i < body.length && !hit; i++) {
      let ch = body[i]!;
      if (ch === "\\") {
        const e = body[++i] ?? "";
        hit = /[wdsWDS]/.test(e) ? atomMatches("\\" + e, c) : unescape(e) === c;
        continue;
      }
      if (body[i + 1] === "-" && i + 2 < body.length) {
        let hi = body[i + 2]!;
        if (hi === "\\") hi = body[i + 3] ?? hi;
        hit = c >= ch && c <= hi;
        i += hi === body[i + 2] ? 2 : 3;
        continue;
      }
      hit = ch === c;
      ch = "";
    }
    return negated ? !hit : hit;
  }
  if (atom.startsWith("\\")) {
    const e = atom[1] ?? "";
    const cls: Record<string, RegExp> = { w: /\w/, d: /\d/, s: /\s/, W: /\W/, D: /\D/, S: /\S/ };
    return cls[e] ? cls[e].test(c) : unescape(e) === c;
  }
  return atom === c;
}

/**
 * A repeated group body whose every iteration starts (or ends) with one literal character that nothing else in the
 * body can match (`(?:-[a-z0-9]+)*`, `(\.\d+)*`, `([a-z]+\.)+`): each iteration's boundary is fixed by that
 * character, so the repetition cannot split the input in more than one way.
 */
function separated(body: string, before: string): boolean {
  const candidates = fences(body);
  if (!candidates) return false;
  // A loose repeated atom right before the group that also takes the separator (`[a-z.]+(?:\.[a-z]+)*`) can end
  // at any of the group's iterations: polynomial again. Lookarounds take nothing, and a mandatory atom in
  // between (`[-.+]+=\w+([:.]\w+)*`) pins where the group starts.
  let stripped = before;
  for (let k = 0; k < 4; k++) stripped = stripped.replace(/\(\?<?[=!][^()]*\)/g, "");
  const all = atomsOf(stripped.replace(/\(\?(:|P?<[\w$]+>)|[()|]|^\^/g, "")) ?? [];
  // Walking back from the group: every repeated atom counts, an unrepeated one that could itself be the
  // separator (`[a-z.]+\.[a-z]{2,}(?:\.[a-z]{2,})*`) is no pin, any other unrepeated atom ends the walk.
  const prefix = (sep: string) => {
    const out: { text: string; quantifier: string }[] = [];
    for (let k = all.length - 1; k >= 0; k--) {
      const a = all[k]!;
      if (a.quantifier) out.push(a);
      else if (/^[$^]$|^\\[bB]$/.test(a.text)) continue;
      else if (!PROBES.some((c) => atomMatches(sep, c) && atomMatches(a.text, c))) break;
    }
    return out;
  };
  // The fence: an unrepeated atom (a character, `\\s`, a [class]) none of the rest of the body can match.
  const fence = (t: string) => !/^[.^$]$|^\\[bB\d]$/.test(t);
  return candidates.some(
    ({ sep, rest }) =>
      fence(sep) &&
      rest.length > 0 &&
      [...rest, ...prefix(sep)].every(
        (a) => !PROBES.some((c) => atomMatches(sep, c) && atomMatches(a.text, c)),
      ),
  );
}

/**
 * The fences a repeated body could have: the first atom of its leading run of unrepeated atoms, checked against
 * every atom after that run (at any depth), and the last atom of its trailing run, checked against every atom
 * before it (`-[a-z0-9]+`, `\.[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?`, `\/(?:[^~/]|~0|~1)*`,
 * `[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.`, ` > eval line \d+`). Each iteration starts (or ends) with that fixed text,
 * so when nothing else can take its character the iterations cannot split the input two ways. Undefined when
 * the body alternates at its top level or refers back to a group.
 */
function fences(body: string): { sep: string; rest: { text: string; quantifier: string }[] }[] | undefined {
  if (/\\[1-9k]/.test(body)) return undefined;
  const top: { text: string; quantifier: string; group: boolean }[] = [];
  const inner: { text: string; quantifier: string }[] = [];
  let depth = 0;
  for (let i = 0; i < body.length;) {
    const ch = body[i]!;
    if (ch === "(") {
      const opener = /^\((\?(:|=|!|<=|<!|<[\w$]+>|P<\w+>))?/.exec(body.slice(i))![0];
      if (depth === 0) top.push({ text: "(", quantifier: "", group: true });
      depth++;
      i += opener.length;
      continue;
    }
    if (ch === ")" || ch === "|") {
      if (ch === "|" && depth === 0) return undefined;
      if (ch === ")") depth--;
      i++;
      const q = /^(\*|\+|\?|\{\d*,?\d*\})\??/.exec(body.slice(i))?.[0] ?? "";
      if (ch === ")" && depth === 0 && top.length) top[top.length - 1]!.quantifier = q;
      i += q.length;
      continue;
    }
    const atom = atomAt(body, i);
    i += atom.text.length + atom.quantifier.length;
    if (depth === 0) top.push({ ...atom, group: false });
    else inner.push(atom);
  }
  if (depth !== 0 || !top.length) return undefined;
  const fixed = (t: { quantifier: string; group: boolean }) => !t.group && !t.quantifier;
  const plain = (ts: typeof top) =>
    ts.filter((t) => !t.group).map(({ text, quantifier }) => ({ text, quantifier }));
  const out: { sep: string; rest: { text: string; quantifier: string }[] }[] = [];
  let lead = 0;
  while (lead < top.length && fixed(top[lead]!)) lead++;
  if (lead > 0) out.push({ sep: top[0]!.text, rest: [...plain(top.slice(lead)), ...inner] });
  let trail = top.length;
  while (trail > 0 && fixed(top[trail - 1]!)) trail--;
  if (trail < top.length)
    out.push({ sep: top[top.length - 1]!.text, rest: [...plain(top.slice(0, trail)), ...inner] });
  return out;
}

/** A group-free regex fragment as atoms with their quantifiers; undefined when it has groups or alternatives. */
function atomsOf(body: string): { text: string; quantifier: string }[] | undefined {
  const atoms: { text: string; quantifier: string }[] = [];
  for (let i = 0; i < body.length;) {
    const ch = body[i]!;
    if (ch === "(" || ch === ")" || ch === "|") return undefined;
    const atom = atomAt(body, i);
    i += atom.text.length + atom.quantifier.length;
    atoms.push(atom);
  }
  return atoms;
}

/** The atom at `i` (an escape, a character class or one character) and the quantifier after it, if any. */
function atomAt(body: string, i: number): { text: string; quantifier: string } {
  let text: string;
  const ch = body[i]!;
  if (ch === "\\") text = body.slice(i, i + 2);
  else if (ch === "[") {
    let j = i + 1;
    if (body[j] === "^") j++;
    if (body[j] === "]") j++;
    while (j < body.length && body[j] !== "]") j += body[j] === "\\" ? 2 : 1;
    text = body.slice(i, j + 1);
  } else text = ch;
  const quantifier = /^(\*|\+|\?|\{\d*,?\d*\})\??/.exec(body.slice(i + text.length))?.[0] ?? "";
  return { text, quantifier };
}

/** Printable ASCII and a few controls: the characters two atoms are tested on for a common match. */
const PROBES = [..."\t\n\r", ...Array.from({ length: 95 }, (_, k) => String.fromCharCode(32 + k))];

/**
 * A repeated group whose alternatives can take the same text in more than one way: two one-character
 * alternatives matching a common character (`(a|[a-z0-9-])*`, `(\w|\d)+`), or one literal alternative that is
 * another repeated (`(a|aa)*`). Each character (or run) can go either way, so a failing match tries 2^n splits.
 */
function overlappingAlternatives(group: string): boolean {
  const body = group.replace(/^\?(:|P?<[\w$]+>)/, "");
  if (!body.includes("|")) return false;
  const alts = body.split("|").map(atomsOf);
  if (alts.some((a) => !a)) return false; // nested groups or escapes of '|' inside: not judged here
  const atoms = alts as { text: string; quantifier: string }[][];
  const singles = atoms.filter((a) => a.length === 1 && !a[0]!.quantifier).map((a) => a[0]!.text);
  for (let x = 0; x < singles.length; x++)
    for (let y = x + 1; y < singles.length; y++)
      if (PROBES.some((c) => atomMatches(singles[x]!, c) && atomMatches(singles[y]!, c))) return true;
  const literals = atoms
    .filter(
      (a) =>
        a.length &&
        a.every(
          (t) =>
            !t.quantifier && (t.text.length === 1 ? !/[.^$]/.test(t.text) : /^\\[^wdsWDSbB\d]$/.test(t.text)),
        ),
    )
    .map((a) => a.map((t) => t.text.slice(-1)).join(""));
  // One literal alternative spelled by others in a row (`a|aa`, `a|b|ab`): the same text splits two ways.
  const set = new Set(literals);
  const spelled = (w: string, depth: number): boolean =>
    w === "" ||
    (depth < 8 && literals.some((x) => x && w.startsWith(x) && spelled(w.slice(x.length), depth + 1)));
  return literals.some(
    (y) => y.length > 1 && [...set].some((x) => x !== y && y.startsWith(x) && spelled(y.slice(x.length), 1)),
  );
}

/**
 * A `{m,n}` quantifier at the start of `rest` that repeats without a small bound: `{2,}`, `{1,100}`. As a group's
 * own count, a range capped at 16 (`{0,4}`, `{1,4}`) cannot multiply into catastrophic backtracking; inside a
 * group that repeats without bound, any varying count can (variableCount).
 */
function repeatsMany(rest: string): boolean {
  const m = /^\{(\d*),(\d*)\}/.exec(rest);
  if (!m) return false;
  return m[2] === "" || Number(m[2]) > 16;
}

/** A `{m,n}` quantifier at the start of `rest` whose count varies: `{2,4}`, `{1,}` (not `{3}` or `{2,2}`). */
function variableCount(rest: string): boolean {
  const m = /^\{(\d*),(\d*)\}/.exec(rest);
  return !!m && (m[2] === "" || Number(m[2]) > Number(m[1] || 0));
}

/**
 * Star height > 1 or a quantified group ending in a quantified atom: the shapes that backtrack exponentially or
 * polynomially ((a+)+, (\w+\s?)*, (\d+|\d+\.\d+)*). With `separators`, a repeated group whose iterations are
 * fenced by a separator character the rest of its body cannot match (`(?:-[a-z0-9]+)*`) is not one (the group
 * alone is linear; the C++ rule keeps flagging such groups, which can still go polynomial against a
 * loose prefix like `[a-z.]+` before them). A cheap structural check, not a full NFA analysis.
 */
export function nestedQuantifier(pattern: string, opts: { separators?: boolean } = {}): boolean {
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
        next === "*" || next === "+" || (next === "{" && repeatsMany(pattern.slice(i + 1)));
      if (group && groupQuantified && overlappingAlternatives(pattern.slice(group.start + 1, i))) return true;
      if (group?.quantified && groupQuantified) {
        const body = pattern.slice(group.start + 1, i).replace(/^\?(:|P?<[\w$]+>)/, "");
        if (!opts.separators || !separated(body, pattern.slice(0, group.start))) return true;
      }
      if (stack.length && groupQuantified) stack[stack.length - 1]!.quantified = true;
      if (group?.quantified && stack.length) stack[stack.length - 1]!.quantified = true;
    } else if (
      (ch === "*" || ch === "+" || (ch === "{" && variableCount(pattern.slice(i)))) &&
      stack.length
    ) {
      // Inside a group any variable count makes its length vary: (\w{2,4})+ splits "aaaaaaaa" 2+2+4, 4+4, ...
      stack[stack.length - 1]!.quantified = true;
    }
  }
  return false;
}
