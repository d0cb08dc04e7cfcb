import { analyzableBlocks } from "./extract.js";
import { detectLanguage } from "./languages.js";
import { loadGrammars, parseCode, parseQuality, type SyntaxNode, type SyntaxTree } from "./parse/index.js";
import { PythonContext } from "./dataflow/python.js";
import { JsContext } from "./dataflow/javascript.js";
import { ClikeContext, isClike } from "./dataflow/clike.js";
import {
  pythonExecCalls,
  pythonOpenBrackets,
  repairClikeFragment,
  repairJsFragment,
} from "./parse/fragment.js";
import { lineStarts, rowsText, snippetText } from "./parse/lines.js";
import { field, nodesOfType, perTree } from "./parse/nodes.js";
import { markAnswerContext, type AnalysisContext, type Report, type Rule } from "./rule.js";
import { selectRules, type RuleSelection } from "./registry.js";
import { suppressedLines } from "./suppress.js";
import { anyTriggered, triggeredRules } from "./triggers.js";
import { detectorFailed } from "./cut-short.js";
import { BudgetExhausted } from "./dataflow/budget.js";
import { severityRank, type Finding, type Language, type Severity } from "./types.js";

export interface AnalyzeOptions extends RuleSelection {
  language: Language;
  /** Report only findings at or above this severity. */
  minSeverity?: Severity;
  /** "answer" for a policy's answer: author-controlled context (test names, suppression comments) counts for nothing (rule.ts). */
  context?: AnalysisContext;
}

export interface Analysis {
  findings: Finding[];
  parseError: boolean;
  /** With a parse error: how many of the source's lines lie in error or missing nodes (a partial parse is a warning). */
  unparsed?: { lines: number; of: number };
  /**
   * Answer mode only: lines the analysis could not read that hold what some rule looks for (its trigger) - inside
   * a parse error that line-by-line recovery could not parse either, inside a string a repair had to close at
   * the end, or inside Python 2 backquotes. A verdict does not judge such code clean: a sink written so that it does not parse would pass.
   */
  unread?: number;
}

/** Loads grammars (once) and analyses a snippet. */
export async function analyze(code: string, options: AnalyzeOptions): Promise<Finding[]> {
  await loadGrammars([options.language]);
  return analyzeSync(code, options).findings;
}

/**
 * Whether any rule's trigger occurs (or some rule has none): most snippets match no trigger at all, and for those
 * this is the whole cost of analysis. It shares triggeredRules' compiled patterns, one per flag set.
 */
export function anyTrigger(rules: readonly Rule<never>[], code: string): boolean {
  return anyTriggered(rules, code);
}

interface Hit {
  rule: Rule<unknown>;
  report: Report;
  tree: SyntaxTree;
  lineShift: number;
  colShift: number;
}

/** Rules by the node types they listen on; Python call rules that name their callees also by name. */
interface RuleIndex {
  byType: Map<string, Rule<unknown>[]>;
  /** Python only: the `call` listeners without `calls` (they see every call), and the others by callee name. */
  anyCall: Rule<unknown>[];
  callsByName: Map<string, Rule<unknown>[]> | undefined;
  /** The rules with `calls`, for calls of something other than a name (`local['sh'](...)`, `f()(...)`). */
  namedCall: Rule<unknown>[];
}

function indexRules(rules: readonly Rule<never>[], language: Language): RuleIndex {
  const byType = new Map<string, Rule<unknown>[]>();
  const keyed = language === "python";
  const anyCall: Rule<unknown>[] = [];
  const namedCall: Rule<unknown>[] = [];
  let callsByName: Map<string, Rule<unknown>[]> | undefined;
  const add = <K>(map: Map<K, Rule<unknown>[]>, key: K, rule: Rule<unknown>) => {
    const list = map.get(key);
    if (list) list.push(rule);
    else map.set(key, [rule]);
  };
  for (const r of rules as readonly Rule<unknown>[])
    for (const t of r.nodeTypes) {
      if (!keyed || t !== "call") add(byType, t, r);
      else if (!r.calls) anyCall.push(r);
      else {
        namedCall.push(r);
        for (const name of r.calls) add((callsByName ??= new Map()), name, r);
      }
    }
  return { byType, anyCall, callsByName, namedCall };
}

/** One pass over the tree, dispatching each node to the rules that asked for its type. */
function detectAll(
  tree: SyntaxTree,
  index: RuleIndex,
  lineShift: number,
  colShift: number,
  answer: boolean,
): Hit[] {
  const ctx =
    tree.language === "python"
      ? new PythonContext(tree)
      : isClike(tree.language)
        ? new ClikeContext(tree)
        : new JsContext(tree);
  if (answer) markAnswerContext(ctx);
  const hits: Hit[] = [];
  // One report callback per rule and tree, not one closure per (node, rule) pair.
  const reporters = new Map<Rule<unknown>, (report: Report) => void>();
  for (const list of [...index.byType.values(), index.anyCall, index.namedCall])
    for (const rule of list)
      if (!reporters.has(rule))
        reporters.set(rule, (report) => {
          // A finding in code that can never run (a branch or ternary side ruled out by a constant) is none.
          if (ctx instanceof PythonContext && ctx.unreachable(report.node)) return;
          hits.push({ rule, report, tree, lineShift, colShift });
        });
  const run = (rule: Rule<unknown>, node: SyntaxNode) => {
    try {
      rule.detect(node, ctx, reporters.get(rule)!);
    } catch (err) {
      // A detector bug on odd input must not lose the other rules' findings; it is counted (cut-short.ts).
      if (!(err instanceof BudgetExhausted)) detectorFailed(rule.meta.id, err);
    }
  };
  const { byType, anyCall, callsByName, namedCall } = index;
  const py = ctx instanceof PythonContext ? ctx : undefined;
  // Indexed loops: this one runs over every node of every file, much of it before V8 optimises it, and a for-of
  // loop there allocates an iterator result per step.
  const nodes = tree.nodes;
  for (let ni = 0; ni < nodes.length; ni++) {
    const node = nodes[ni]!;
    if (py && node.type === "call") {
      for (let r = 0; r < anyCall.length; r++) run(anyCall[r]!, node);
      if (!callsByName) continue;
      const fn = field(node, "function");
      if (fn?.type !== "identifier" && fn?.type !== "attribute") {
        for (let r = 0; r < namedCall.length; r++) run(namedCall[r]!, node);
        continue;
      }
      // The name as written (`run` of `run(...)`) and as imported (`system` of `os.system`): a rule is
      // handed the call when either is one of its names, once.
      let written: string, imported: string;
      try {
        written = py.method(node);
        const q = py.callee(node);
        imported = q.slice(q.lastIndexOf(".") + 1);
      } catch (err) {
        // A data-flow bug while naming the callee must not lose the file: every named rule looks at the call.
        if (!(err instanceof BudgetExhausted)) detectorFailed("callee naming", err);
        for (const rule of namedCall) run(rule, node);
        continue;
      }
      const first = callsByName.get(written);
      if (first) for (let r = 0; r < first.length; r++) run(first[r]!, node);
      const second = imported !== written ? callsByName.get(imported) : undefined;
      if (second)
        for (let r = 0; r < second.length; r++) if (!first?.includes(second[r]!)) run(second[r]!, node);
      continue;
    }
    const list = byType.get(node.type);
    if (!list) continue;
    for (let r = 0; r < list.length; r++) run(list[r]!, node);
  }
  return hits;
}

/**
 * Lines swallowed by a parse error (Python 2 prints, a statement cut in half) are parsed again one by one, so a
 * broken neighbour does not hide `hashlib.md5(...)` or `os.system(...)` on an intact line.
 */
function recoverLines(
  tree: SyntaxTree,
  rules: readonly Rule<never>[],
  index: RuleIndex,
  lineShift: number,
  colShift: number,
  answer: boolean,
): { hits: Hit[]; unread: number } {
  const rows = errorRows(tree, answer ? UNREAD_ROWS : RECOVERED_ROWS);
  const hits: Hit[] = [];
  let unread = 0;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const row = firingRow(tree, r, rules);
    if (!row) continue; // nothing here could fire
    const { text, trimmed } = row;
    if (i >= RECOVERED_ROWS) {
      unread++; // past what recovery re-parses (answer mode only collects these rows): never read
      continue;
    }
    const lang = tree.language;
    const mini = isClike(lang)
      ? repairClikeFragment(trimmed, lang)
      : { tree: parseCode(trimmed, lang), lineShift: 0 };
    if (mini.tree.hasError && lang === "python") {
      const exec = pythonExecCalls(trimmed);
      if (exec) mini.tree = parseCode(exec, lang);
    }
    if (mini.tree.hasError) {
      unread++;
      continue;
    }
    const shift = lineShift - r + mini.lineShift;
    hits.push(...detectAll(mini.tree, index, shift, colShift + (text.length - trimmed.length), answer));
  }
  return { hits, unread: answer ? unread : 0 };
}

/** Rows line recovery re-parses (repository scans), and rows an answer's unread count looks at. */
const RECOVERED_ROWS = 400;
const UNREAD_ROWS = 5000;

/** The rows inside ERROR nodes, ascending, at most `cap` of them. */
function errorRows(tree: SyntaxTree, cap: number): number[] {
  const rows = new Set<number>();
  for (const n of tree.nodes)
    if (n.type === "ERROR") for (let r = n.startRow; r <= n.endRow && rows.size < cap; r++) rows.add(r);
  return [...rows].sort((a, b) => a - b);
}

/** Row `r` of the source when some rule's trigger occurs in it: a line that could hide a finding. */
function firingRow(
  tree: SyntaxTree,
  r: number,
  rules: readonly Rule<never>[],
): { text: string; trimmed: string } | undefined {
  const text = rowsText(tree.source, startsOf(tree), r, r);
  const trimmed = text.trimStart();
  if (!trimmed || trimmed.startsWith("#") || trimmed.length > 2000) return undefined;
  return rules.some((rule) => !rule.trigger || rule.trigger.test(trimmed)) ? { text, trimmed } : undefined;
}

/** How many of these rows hold a trigger (answer mode: code nothing read). */
function triggerRows(tree: SyntaxTree, rows: Iterable<number>, rules: readonly Rule<never>[]): number {
  let unread = 0;
  for (const r of rows) if (firingRow(tree, r, rules)) unread++;
  return unread;
}

function* rowsFrom(first: number, end: number): Generator<number> {
  for (let r = first; r < end; r++) yield r;
}

/** Synchronous analysis for hot loops (workers, RL reward); `loadGrammars()` must have resolved. */
export function analyzeSync(code: string, options: AnalyzeOptions): Analysis {
  const selected = selectRules({ ...options, language: options.language });
  if (!anyTrigger(selected, code)) return { findings: [], parseError: false };
  const rules = triggeredRules(selected, code);
  if (rules.length === 0) return { findings: [], parseError: false };
  const answer = options.context === "answer";
  const parsed = parseFragment(code, options.language);
  const { lineShift, colShift } = parsed;
  const tree = answer ? commentsBlanked(parsed.tree) : parsed.tree;
  const index = indexRules(rules, options.language);
  const hits = detectAll(tree, index, lineShift, colShift, answer);
  let unread = 0;
  if (tree.hasError && (options.language === "python" || isClike(options.language))) {
    const recovered = recoverLines(tree, rules, index, lineShift, colShift, answer);
    hits.push(...recovered.hits);
    unread += recovered.unread;
  } else if (tree.hasError && answer) unread += triggerRows(tree, errorRows(tree, UNREAD_ROWS), rules);
  // Python 2's backquotes (`os.system(cmd)`) parse as a string here and are a syntax error in Python 3: code no rule
  // reads and no Python 3 runs.
  if (answer && options.language === "python" && tree.source.includes("`")) {
    const rows = new Set<number>();
    for (const n of nodesOfType(tree, "string"))
      if (tree.source.charCodeAt(n.start) === 96) for (let r = n.startRow; r <= n.endRow; r++) rows.add(r);
    if (rows.size > 0) unread += triggerRows(tree, rows, rules);
  }
  // Code after a triple quote the answer never closed is string content to the parse (Python would not run it).
  if (answer && parsed.closedFrom !== undefined) {
    const rows = startsOf(tree).length - 1; // the last row is the closing quote the repair added
    unread += triggerRows(tree, rowsFrom(parsed.closedFrom + 1, rows), rules);
  }
  // An answer's author would write `# purpcode: ignore` beside whatever it wants unseen.
  const suppressed = answer ? new Map<number, Set<string>>() : suppressedLines(code, options.language);
  const min = options.minSeverity ? severityRank(options.minSeverity) : 0;
  const seen = new Map<string, Finding>();
  const findings: Finding[] = [];
  for (const hit of hits) {
    const { rule, report } = hit;
    const severity = report.severity ?? rule.meta.severity;
    if (severityRank(severity) < min) continue;
    const line = (report.at?.row ?? report.node.startRow) + 1 - hit.lineShift;
    const ids = suppressed.get(line);
    if (ids && (ids.has("*") || ids.has(rule.meta.id))) continue;
    const key = `${rule.meta.id}:${line}`;
    const cwe = reportedCwe(rule.meta.cwe, report.cwe);
    const earlier = seen.get(key);
    if (earlier) {
      // One finding per rule and line; reports of different weaknesses there (no Secure, no HttpOnly) all count.
      if (earlier.cwe !== cwe)
        earlier.cwe = rule.meta.cwe.filter((c) => earlier.cwe.includes(c) || cwe.includes(c));
      continue;
    }
    const node = report.at
      ? { ...report.node, startRow: report.at.row, startCol: report.at.col, endRow: report.at.row }
      : report.node;
    const finding = toFinding(hit.tree, rule, node, severity, report.message, hit.lineShift, hit.colShift);
    finding.cwe = cwe;
    seen.set(key, finding);
    if (severity !== rule.meta.severity) {
      const reason = report.reason ?? rule.meta.severity_variants?.find((v) => v.severity === severity)?.when;
      if (reason) finding.severity_reason = reason;
    }
    findings.push(finding);
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule_id.localeCompare(b.rule_id));
  return {
    findings,
    parseError: tree.hasError,
    ...(tree.hasError ? { unparsed: unparsedLines(tree, lineShift, code) } : {}),
    ...(unread > 0 ? { unread } : {}),
  };
}

/**
 * The tree with every comment's text blanked (same length, line breaks kept, so offsets and positions stay): in an
 * answer, comments are the author's to write, and no rule may read a mitigation (`# add_middleware`, `# hmac`) or a
 * label (`# dummy`) out of one. Comment nodes stay in place, as whitespace.
 */
function commentsBlanked(tree: SyntaxTree): SyntaxTree {
  const { source } = tree;
  const parts: string[] = [];
  let last = 0;
  for (const n of tree.nodes) {
    // Grammars name them comment, line_comment, block_comment; a comment's own parts lie inside one already blanked.
    if (!n.type.endsWith("comment") || n.start < last || n.end <= n.start) continue;
    parts.push(source.slice(last, n.start), source.slice(n.start, n.end).replace(/[^\n\r]/g, " "));
    last = n.end;
  }
  if (last === 0) return tree;
  parts.push(source.slice(last));
  return { ...tree, source: parts.join("") };
}

/**
 * Lines of `code` that an error node covers or a missing node sits on. A C file with a few macro-shaped lines, or a
 * Python 2 module with one old `except E, e:`, is still analysed everywhere else: the caller reports it as partly
 * parsed rather than as a file it could not analyse.
 */
function unparsedLines(tree: SyntaxTree, lineShift: number, code: string): { lines: number; of: number } {
  let of = 1;
  for (let i = code.indexOf("\n"); i !== -1; i = code.indexOf("\n", i + 1)) of++;
  if (code.endsWith("\n") && of > 1) of--; // the empty "line" after a final newline
  const rows = new Set<number>();
  let coveredTo = -1;
  for (const n of tree.nodes) {
    const error = n.type === "ERROR";
    if (!error && !(n.named && n.start === n.end)) continue;
    if (n.start < coveredTo) continue; // inside an error already counted
    if (error) coveredTo = n.end;
    const last = n.endCol === 0 && n.endRow > n.startRow ? n.endRow - 1 : n.endRow; // ends at a line break
    for (let r = n.startRow; r <= last; r++) {
      const row = r - lineShift;
      if (row >= 0 && row < of) rows.add(row);
    }
  }
  return { lines: Math.max(1, rows.size), of };
}

/**
 * Code cut out of a file or an answer often starts inside a docstring or an indented block. When the plain parse
 * has errors, try the obvious repairs (close an open docstring, dedent) and keep the parse with the fewest
 * errors; shifts map positions back to the caller's text.
 */
function parseFragment(
  code: string,
  language: Language,
): { tree: SyntaxTree; lineShift: number; colShift: number; closedFrom?: number } {
  if (isClike(language)) return repairClikeFragment(code, language);
  if (language === "javascript" || language === "typescript") return repairJsFragment(code, language);
  const plain = parseCode(code, language);
  if (!plain.hasError || language !== "python") return { tree: plain, lineShift: 0, colShift: 0 };
  // Score the candidates without copying their trees; copy only the winner.
  let best: { source: string; lineShift: number; colShift: number; score: number; closedFrom?: number } = {
    source: code,
    lineShift: 0,
    colShift: 0,
    score: parseQuality(code, language),
  };
  const consider = (source: string, lineShift: number, colShift: number, closedFrom?: number) => {
    const score = parseQuality(source, language);
    if (score > best.score) best = { source, lineShift, colShift, score, closedFrom };
  };
  const lines = code.split("\n");
  const indents = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length);
  const indent = indents.length ? Math.min(...indents) : 0;
  const dedented =
    indent > 0 ? lines.map((l) => l.slice(Math.min(indent, /^[ \t]*/.exec(l)![0].length))).join("\n") : code;
  for (const q of ['"""', "'''"]) {
    if ((code.split(q).length - 1) % 2 === 1) {
      consider(q + "\n" + code, 1, 0);
      if (indent > 0) consider(q + "\n" + dedented, 1, indent);
    }
  }
  if (indent > 0) consider(dedented, 0, indent);
  // Cut off inside a triple-quoted string: close it at the end instead.
  for (const q of ['"""', "'''"])
    if ((code.split(q).length - 1) % 2 === 1) {
      const at = code.lastIndexOf(q);
      let row = 0;
      for (let i = code.indexOf("\n"); i !== -1 && i < at; i = code.indexOf("\n", i + 1)) row++;
      consider(code + "\n" + q, 0, 0, row);
    }
  // A block body without its header: wrap it so the indented lines parse as a body.
  if (best.source === code && indent === 0 && /^\s/.test(lines.find((l) => l.trim()) ?? ""))
    consider("if True:\n" + code, 1, 0);
  // Stopped inside a multi-line call: close the brackets left open.
  const closers = pythonOpenBrackets(dedented);
  if (closers) consider(dedented + "\n" + closers, 0, indent);
  // Python 2's `exec EXPR in ns` with an expression the grammar rejects, written as Python 3's call.
  const execs = pythonExecCalls(dedented);
  if (execs) consider(execs, 0, indent);
  // Starts inside one docstring and stops inside the next: an even count of quotes, each pair the wrong way round.
  for (const q of ['"""', "'''"]) {
    const n = code.split(q).length - 1;
    if (n >= 2 && n % 2 === 0) consider(q + "\n" + dedented + "\n" + q, 1, indent);
  }
  if (best.source === code) return { tree: plain, lineShift: 0, colShift: 0 };
  return {
    tree: parseCode(best.source, language),
    lineShift: best.lineShift,
    colShift: best.colShift,
    ...(best.closedFrom !== undefined ? { closedFrom: best.closedFrom } : {}),
  };
}

/** A report's own weaknesses, in the rule's order: those of the rule's list it names, or the whole list. */
function reportedCwe(documented: string[], named: readonly string[] | undefined): string[] {
  if (!named || named.length === 0) return documented;
  const own = documented.filter((c) => named.includes(c));
  return own.length > 0 ? own : documented;
}

/** A tree's line starts, computed once: a file with thousands of findings costs one scan, not one per finding. */
const startsOf = perTree((tree: SyntaxTree): number[] => lineStarts(tree.source));

function toFinding(
  tree: SyntaxTree,
  rule: Rule<unknown>,
  node: SyntaxNode,
  severity: Severity,
  message: string | undefined,
  lineShift: number,
  colShift: number,
): Finding {
  return {
    rule_id: rule.meta.id,
    cwe: rule.meta.cwe,
    severity,
    message: message ?? rule.meta.title,
    line: node.startRow + 1 - lineShift,
    column: node.startCol + 1 + (node.startRow >= lineShift || lineShift < 0 ? colShift : 0),
    end_line: node.endRow + 1 - lineShift,
    snippet: snippetText(tree.source, startsOf(tree), node.startRow, node.endRow),
    fix_hint: rule.meta.fix_hint,
  };
}

export interface BlockFindings {
  language: Language | undefined;
  label: string;
  startLine: number;
  findings: Finding[];
  /** Set when the block could not be analysed (unknown language). */
  error?: string;
  /** Answer mode: lines of the block nothing could read that hold what a rule looks for (Analysis.unread). */
  unread?: number;
}

export interface MarkdownAnalysis {
  blocks: BlockFindings[];
  /** All findings, with lines relative to the markdown answer. */
  findings: Finding[];
}

export type MarkdownOptions = Omit<AnalyzeOptions, "language"> & { language?: Language };

/** Analyses every fenced code block of an LLM answer; lines are shifted to point into the answer. */
export async function analyzeMarkdown(
  answer: string,
  options: MarkdownOptions = {},
): Promise<MarkdownAnalysis> {
  await loadGrammars();
  return analyzeMarkdownSync(answer, options);
}

/**
 * The language to read an answer's block in. The fence label is the author's to choose, and a policy must not hide
 * its Python from the reward by fencing it as ```text, ```bash or ```javascript: a block whose content reads as
 * another language the analyzer knows (detectLanguage), parses cleanly in it and not in the label's, is read in
 * that one. Shell, YAML, JSON, INI and console output read as no language, or fail to parse.
 */
function answerLanguage(code: string, labelled: Language | undefined): Language | undefined {
  const detected = detectLanguage(code);
  if (!detected || detected === labelled) return labelled;
  if (labelled && FAMILY.has(labelled) && FAMILY.get(labelled) === FAMILY.get(detected)) return labelled;
  if (!parsesCleanly(code, detected)) return labelled;
  return labelled && parsesCleanly(code, labelled) ? labelled : detected;
}

/** Whether the code parses without error nodes; false when the language's grammar is not loaded here. */
function parsesCleanly(code: string, language: Language): boolean {
  try {
    return !parseCode(code, language).hasError;
  } catch {
    return false;
  }
}

/** Grammar families: a block labelled one member and detected as another is read as labelled. */
const FAMILY = new Map<Language, string>([
  ["c", "c"],
  ["cpp", "c"],
  ["javascript", "js"],
  ["typescript", "js"],
]);

export function analyzeMarkdownSync(answer: string, options: MarkdownOptions = {}): MarkdownAnalysis {
  const blocks: BlockFindings[] = [];
  const all: Finding[] = [];
  for (const b of analyzableBlocks(answer, options.language)) {
    const language = options.context === "answer" ? answerLanguage(b.code, b.language) : b.language;
    if (!language) {
      blocks.push({
        language: undefined,
        label: b.label,
        startLine: b.startLine,
        findings: [],
        error: "unknown language",
      });
      continue;
    }
    const shift = b.startLine - 1;
    const analysis = analyzeSync(b.code, { ...options, language });
    const findings = analysis.findings.map((f) => ({
      ...f,
      line: f.line + shift,
      end_line: f.end_line + shift,
    }));
    blocks.push({
      language,
      label: b.label,
      startLine: b.startLine,
      findings,
      ...(analysis.unread ? { unread: analysis.unread } : {}),
    });
    all.push(...findings);
  }
  return { blocks, findings: all };
}
