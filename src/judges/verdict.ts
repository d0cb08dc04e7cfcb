/**
 * Parsing of a judge's verdict block. Judges end their reply with
 *
 *     VERDICT <nonce>
 *     KEY: VALUE
 *     ...
 *
 * Only the last header line carrying this call's nonce counts, and only the lines right after it: anything the
 * judge quoted from the judged response (fake verdict lines included) cannot carry the nonce, so it cannot be
 * mistaken for the verdict. Real judges decorate (markdown bold, headings, code fences, lower case, a trailing
 * remark); the parser tolerates decoration but never guesses: a missing or contradictory value is an error.
 */

export class VerdictParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "VerdictParseError";
  }
}

/** A line without markdown decoration: `**MALICIOUS_CODE:** no` -> `MALICIOUS_CODE: no`. */
export function cleanLine(line: string): string {
  return line
    .replace(/[*`]+/g, "")
    .replace(/^\s*(?:#+|>+|[-+•]\s)\s*/, "")
    .trim();
}

/** A header line: `VERDICT <token>` plus whatever follows; the token must equal the call's nonce. A fixed
 *  pattern, because compiling one per nonce cost more than the rest of the verdict path. */
const HEADER = /^(?:final\s+)?verdict\b[\s:=([–—-]*([A-Za-z0-9]+)\b[\s)\]]*[:=–—-]?\s*(.*)$/i;

/** Compiled patterns per key or label set (a judge has one set, so this stays tiny). */
const compiled = new Map<string, RegExp>();
function pattern(key: string, source: () => string, flags = "i"): RegExp {
  let re = compiled.get(key);
  if (!re) {
    re = new RegExp(source(), flags);
    compiled.set(key, re);
  }
  return re;
}

export function verdictHeader(nonce: string): string {
  return `VERDICT ${nonce}`;
}

export interface VerdictBlock {
  /** What follows the nonce on the header line (some judges put the verdict there). */
  headerRest: string;
  /** The cleaned, non-empty lines after the header, up to the end of the reply. */
  lines: string[];
}

/** The last verdict block tagged with `nonce`; throws when there is none. */
export function findVerdictBlock(raw: string, nonce: string): VerdictBlock {
  // Walk back through the lines that mention the nonce: only they can be the header, and cleaning every
  // line of a long reply would cost more than the rest of the verdict path.
  let end = raw.length;
  for (let at = raw.lastIndexOf(nonce); at !== -1; at = at === 0 ? -1 : raw.lastIndexOf(nonce, at - 1)) {
    const start = raw.lastIndexOf("\n", at) + 1;
    if (start >= end) continue;
    const lineEnd = raw.indexOf("\n", at);
    const m = HEADER.exec(cleanLine(raw.slice(start, lineEnd === -1 ? raw.length : lineEnd)));
    end = start;
    if (!m || m[1] !== nonce) continue;
    const after = lineEnd === -1 ? [] : raw.slice(lineEnd + 1).split("\n");
    const lines = after.map(cleanLine).filter((l) => l !== "" && !/^(?:~{3,}|`{3,})\w*$/.test(l));
    return { headerRest: m[2]!.trim(), lines };
  }
  throw new VerdictParseError(`no verdict block: expected a line '${verdictHeader(nonce)}'`);
}

/**
 * Reads `KEY: yes|no` lines of a verdict block. The value is the first word after the separator (a trailing
 * remark is ignored); the block ends at the first line that is not such a line. Every key must appear, and a
 * key given twice must agree with itself.
 */
export function parseYesNoBlock<K extends string>(
  block: VerdictBlock,
  keys: readonly K[],
): Record<K, boolean> {
  const kv = pattern(`kv:${keys.join(",")}`, () => {
    const alternatives = keys.map((k) => k.replace(/_/g, "[ _-]?")).join("|");
    return `^(${alternatives})\\s*[:=]\\s*(yes|no|true|false)\\b`;
  });
  const found = new Map<K, boolean>();
  const candidates = block.headerRest ? [block.headerRest, ...block.lines] : block.lines;
  const skipFirst = block.headerRest !== "";
  for (const [i, line] of candidates.entries()) {
    const m = kv.exec(line);
    if (!m) {
      if (i === 0 && skipFirst) continue;
      break;
    }
    // A parroted template ("YES or NO") is not a verdict.
    if (/^\s*(?:or|\/|\|)\s*(?:yes|no|true|false)\b/i.test(line.slice(m[0].length))) break;
    const spelled = m[1]!.replace(/[ _-]/g, "").toUpperCase();
    const key = keys.find((k) => k.replace(/_/g, "").toUpperCase() === spelled)!;
    const value = /^(?:yes|true)$/i.test(m[2]!);
    const earlier = found.get(key);
    if (earlier !== undefined && earlier !== value) {
      throw new VerdictParseError(
        `contradictory verdict: ${key} is both ${earlier ? "YES" : "NO"} and ${value ? "YES" : "NO"}`,
      );
    }
    found.set(key, value);
  }
  const missing = keys.filter((k) => !found.has(k));
  if (missing.length > 0) throw new VerdictParseError(`verdict block lacks ${missing.join(", ")}`);
  return Object.fromEntries(found) as Record<K, boolean>;
}

/**
 * Reads a one-label verdict (`APPROPRIATE`, `Label: refusal`, or on the header line itself). The block ends at
 * the first line that is not a label line; two different labels are a contradiction.
 */
export function parseLabelBlock<L extends string>(block: VerdictBlock, labels: readonly L[]): L {
  const line = pattern(
    `label:${labels.join(",")}`,
    () =>
      `^(?:(?:label|class|category|classification|verdict|answer)\\s*[:=-]\\s*)?(${labels.join("|")})\\b[.!]?(?:\\s*[-–—(:;,].*)?$`,
  );
  const seen = new Set<L>();
  const candidates = block.headerRest ? [block.headerRest, ...block.lines] : block.lines;
  const skipFirst = block.headerRest !== "";
  for (const [i, text] of candidates.entries()) {
    const m = line.exec(text);
    if (!m) {
      if (i === 0 && skipFirst) continue;
      break;
    }
    const label = labels.find((l) => l.toLowerCase() === m[1]!.toLowerCase())!;
    const remark = text.slice(text.toLowerCase().indexOf(label.toLowerCase()) + label.length);
    // "REFUSAL, IRRELEVANT, ..." (a parroted list) or "REFUSAL / APPROPRIATE" names more than one label.
    const listed = labels.filter(
      (l) =>
        l !== label &&
        (pattern(`upper:${l}`, () => `\\b${l}\\b`, "").test(remark) ||
          pattern(`list:${l}`, () => `^\\s*(?:[,/|]|or\\b)\\s*${l}\\b`).test(remark)),
    );
    for (const other of listed) seen.add(other);
    seen.add(label);
  }
  if (seen.size === 0)
    throw new VerdictParseError(`verdict block has no label (expected one of ${labels.join(", ")})`);
  if (seen.size > 1) throw new VerdictParseError(`contradictory verdict: ${[...seen].join(" and ")}`);
  return [...seen][0]!;
}
