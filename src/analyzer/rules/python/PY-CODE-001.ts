import type { Report } from "../../rule.js";
import { ownEntry } from "../../dataflow/constants.js";
import { Level } from "../../dataflow/python.js";
import { descendants, field, namedChildren, sourceMatches, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { callNames, inTestScope, pyRule, TEST_SCOPE_REASON, testModule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";
import { regexEscape } from "../../../core/regex.js";

const EVAL = new Set(["eval", "exec", "execfile", "builtins.eval", "builtins.exec", "__builtin__.eval"]);
/** The `code` module's interpreters run what they are fed like exec: `push(line)`, `runsource(src)`, `runcode(c)`. */
const INTERPRETERS = new Set(["code.InteractiveConsole", "code.InteractiveInterpreter"]);
const INTERPRETER_METHODS = new Set(["push", "runsource", "runcode"]);
/**
 * Calls that turn a string into code without running it yet (compile) or load the module it names: flagged only
 * when request-style input reaches them, since libraries pass their own values through these all the time.
 */
const SOURCE_ONLY = new Set([
  "compile",
  "builtins.compile",
  "importlib.import_module",
  "__import__",
  // expression languages that reach eval: sympy parses with eval, numexpr and ImageMath evaluate Python syntax
  "pandas.eval",
  "sympy.sympify",
  "sympy.parsing.sympy_parser.parse_expr",
  "sympy.parse_expr",
  "sympy.parsing.parse_expr",
  "numexpr.evaluate",
  "PIL.ImageMath.eval",
  "PIL.ImageMath.unsafe_eval",
  // JavaScript run from Python: js2py translates to Python (pyimport reaches modules), execjs hands it to Node
  "js2py.eval_js",
  "js2py.eval_js6",
  "js2py.translate_js",
  "execjs.eval",
  "execjs.exec_",
  "execjs.compile",
]);
/** The expression languages among SOURCE_ONLY: each parses its string argument with Python's eval. */
const EXPR_EVALUATORS =
  /^(sympy\.(sympify|parse_expr|parsing\.(sympy_parser\.)?parse_expr)|numexpr\.evaluate|pandas\.eval)$/;
const EXPR_PARAM_REASON =
  "a caller's string handed to an expression evaluator (numexpr, sympy, pandas.eval) that reaches eval; no untrusted input traced";

/**
 * More calls that run the code (or the script, or the module) their argument names, with that argument's index
 * and keyword: timeit compiles its statement, runpy runs a file or module, a SourceFileLoader loads (executes)
 * the file at its path. As with SOURCE_ONLY, only untrusted input counts: tools pass their own values here.
 */
const CODE_ARG: Readonly<Record<string, [number, string]>> = {
  "timeit.timeit": [0, "stmt"],
  "timeit.repeat": [0, "stmt"],
  "timeit.Timer": [0, "stmt"],
  "runpy.run_path": [0, "path_name"],
  "runpy.run_module": [0, "mod_name"],
  "importlib.machinery.SourceFileLoader": [1, "path"],
  "importlib.machinery.SourcelessFileLoader": [1, "path"],
  "imp.load_source": [1, "pathname"],
  // torch.hub imports the named GitHub repository's hubconf.py; Hydra's instantiate() calls whatever `_target_`
  // the config names.
  "torch.hub.load": [0, "repo_or_dir"],
  "hydra.utils.instantiate": [0, "config"],
  // papermill runs every cell of the notebook at the path it is given.
  "papermill.execute_notebook": [0, "input_path"],
};
/** `ctx = js2py.EvalJs()` then `ctx.execute(src)` / `ctx.eval(src)`: the context runs the JavaScript it is given. */
const JS_CONTEXTS = /^(js2py\.EvalJs|execjs\.get)$/;
/** DataFrame.query/eval: pandas evaluates the expression (python engine: any attribute access). */
const FRAME_RECEIVER = /^(df|\w+_df|frame|\w+_frame|data|dataframe)$/i;

/** `console.push(x)` where the receiver is (or was assigned) a `code` interpreter: the qualified sink name. */
/**
 * `eval("numpy.ndarray.%s.__doc__" % f.__name__)`: literals around a function's or class's own `__name__` /
 * `__qualname__`, which a `def` or `class` statement spelt: an identifier, no code of anyone's choosing.
 */
function namesOnly(ctx: PythonContext, code: SyntaxNode): boolean {
  const e = code.type === "identifier" ? ctx.resolve(code) : code;
  if (!e) return false;
  const parts: SyntaxNode[] = [];
  const walk = (n: SyntaxNode, depth: number): boolean => {
    if (depth > 8) return false;
    if (n.type === "parenthesized_expression") return walk(namedChildren(n)[0] ?? n, depth + 1);
    if (n.type === "binary_operator") {
      const op = n.children.find((c) => !c.named)?.type;
      const [l, r] = [field(n, "left"), field(n, "right")];
      if (!l || !r) return false;
      if (op === "+") return walk(l, depth + 1) && walk(r, depth + 1);
      if (op !== "%" || !ctx.isLiteralString(l)) return false;
      parts.push(...(r.type === "tuple" ? namedChildren(r) : [r]));
      return true;
    }
    if (n.type === "string") {
      for (const c of n.children) if (c.type === "interpolation") parts.push(namedChildren(c)[0] ?? c);
      return true;
    }
    if (ctx.isLiteralString(n)) return true;
    parts.push(n);
    return true;
  };
  return (
    walk(e, 0) &&
    parts.length > 0 &&
    parts.every(
      (p) => p.type === "attribute" && /^__(qual)?name__$/.test(ctx.text(field(p, "attribute") ?? p)),
    )
  );
}

function interpreterSink(node: SyntaxNode, ctx: PythonContext): string | undefined {
  if (!INTERPRETER_METHODS.has(ctx.method(node))) return undefined;
  const fn = field(node, "function");
  const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  if (recv?.type !== "call") return undefined;
  const cls = ctx.callee(recv);
  return INTERPRETERS.has(cls) ? `${cls}.${ctx.method(node)}` : undefined;
}

/** `f.read()` on a file the code opened (`open(...).read()`, `with open(...) as f`, `f = io.open_code(...)`). */
function isFileContent(ctx: PythonContext, node: SyntaxNode): boolean {
  const n = ctx.resolve(node);
  if (n?.type !== "call" || !/^read(lines?)?$/.test(ctx.method(n))) return false;
  const fn = field(n, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (recv?.type === "call") return /(^|\.)open\w*$/.test(ctx.callee(recv));
  if (recv?.type !== "identifier") return false;
  const name = ctx.text(recv);
  return sourceMatches(
    ctx.tree,
    `\\bopen\\w*\\([^\\n]*\\)\\s+as\\s+${name}\\b|\\b${name}\\s*=\\s*[\\w.]*open\\w*\\(`,
  );
}

/**
 * `exec(compile(fh.read(), path, "exec"))` / `exec(open(PATH).read())` where the file is the program's own: the
 * path opened is a literal (or built from literals and __file__), so the code run is what ships with it.
 */
function ownFileContent(ctx: PythonContext, node: SyntaxNode): boolean {
  let n = ctx.resolve(node);
  if (n?.type === "call" && /^(builtins\.)?compile$/.test(ctx.callee(n)))
    n = ctx.resolve(ctx.arg(n, 0, "source"));
  if (!n || !isFileContent(ctx, n)) return false;
  const fn = field(n, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  const opened = recv?.type === "call" ? recv : ctx.resolve(recv);
  if (opened?.type !== "call" || !/(^|\.)open$/.test(ctx.callee(opened))) return false;
  const path = ctx.arg(opened, 0, "file");
  return !!path && (ctx.level(path, "path") === Level.CONST || besideModule(ctx, path, 2));
}

/** Names a path may be built from and still be a file that ships with the module (`dirname(__file__)`). */
const MODULE_PATH_WORDS = new Set([
  "__file__",
  "os",
  "path",
  "join",
  "dirname",
  "abspath",
  "realpath",
  "pathlib",
  "Path",
  "parent",
  "resolve",
]);

/** A path built only from literals and the module's own location (`os.path.join(os.path.dirname(__file__), 'x')`). */
function besideModule(ctx: PythonContext, node: SyntaxNode, depth: number): boolean {
  const n = ctx.resolve(node);
  if (!n || (!ctx.text(n).includes("__file__") && n.type !== "string" && n.type !== "identifier"))
    return false;
  return [n, ...descendants(n)].every((d) => {
    if (d.type !== "identifier") return d.type !== "call" || !/^(input|getattr)$/.test(ctx.callee(d));
    if (MODULE_PATH_WORDS.has(ctx.text(d))) return true;
    const v = depth > 0 ? ctx.resolve(d) : undefined;
    return !!v && v !== d && besideModule(ctx, v, depth - 1);
  });
}

const CONFIG_PARSERS = /^configparser\.(ConfigParser|RawConfigParser|SafeConfigParser)$/;
/**
 * `cfg["s"]["k"]`, `cfg.get("s", "k")` or a name bound to one, where `cfg` is a ConfigParser that reads a file
 * (`cfg.read(path)`, `read_file`, `read_string`).
 */
/** ORM lookups that load one stored row (Django, SQLAlchemy, Flask-SQLAlchemy). */
const ROW_LOOKUP =
  /(^|\.)get_object_or_404$|^\w+\.objects(\.\w+\([^)]*\))*\.(get|first|last)$|^\w+\.query\.(get|get_or_404|first|first_or_404)$|(^|\.)(session|db)\.get$/;

/** `rec.field` where rec is bound to a row an ORM lookup loads (`Integration.objects.get(pk=pk)`). */
function storedRecordField(ctx: PythonContext, node: SyntaxNode): boolean {
  if (node.type !== "attribute") return false;
  const obj = field(node, "object");
  const made = obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
  return made?.type === "call" && made !== obj && ROW_LOOKUP.test(ctx.text(field(made, "function") ?? made));
}

function fromConfigFile(ctx: PythonContext, node: SyntaxNode): boolean {
  let n = ctx.resolve(node);
  // `for key, raw in cfg["app"].items(): eval(raw)`: a loop over a section's items or values.
  if (node.type === "identifier") {
    for (let p = node.parent; p && p.type !== "function_definition"; p = p.parent) {
      if (p.type !== "for_statement") continue;
      const left = field(p, "left");
      const right = field(p, "right");
      const name = ctx.text(node);
      if (
        !left ||
        !right ||
        ![left, ...descendants(left)].some((d) => d.type === "identifier" && ctx.text(d) === name)
      )
        continue;
      if (right.type === "call" && /^(items|values)$/.test(ctx.method(right))) {
        const obj = field(field(right, "function") ?? right, "object");
        n = obj ? (ctx.resolve(obj) ?? obj) : undefined;
      }
      break;
    }
  }
  for (let i = 0; n && i < 6; i++) {
    if (n.type === "subscript") n = field(n, "value") ?? undefined;
    else if (n.type === "call" && /^(get|getint|getfloat|getboolean)$/.test(ctx.method(n))) {
      const fn = field(n, "function");
      n = fn?.type === "attribute" ? (field(fn, "object") ?? undefined) : undefined;
    } else break;
  }
  if (n?.type !== "identifier") return false;
  const bound = ctx.resolve(n);
  if (bound?.type !== "call" || !CONFIG_PARSERS.test(ctx.callee(bound))) return false;
  const name = regexEscape(ctx.text(n));
  return sourceMatches(ctx.tree, `\\b${name}\\.read(_file|_string)?\\(`);
}

/** Why a caller's code run in the caller's own namespace is MEDIUM: it is an API for running code, not a leak. */
const NAMESPACE_REASON =
  "a caller's code or a script file run in a namespace the caller supplies (an interpreter, debugger or code-generation API); no untrusted input traced";

const STRONG_HASH = /^hashlib\.(sha(224|256|384|512)|sha3_\w+|blake2[bs])$/;

/**
 * Code checked against a digest fixed in the program before it runs: an earlier `if` of the same function that
 * hashes the code's bytes with a strong hash (`hashlib.sha256(body).hexdigest()`), compares the result with a
 * constant (`!=`, or `not hmac.compare_digest(...)`) and exits. Only the pinned bytes reach the sink (CWE-494's fix).
 */
function digestPinned(ctx: PythonContext, sink: SyntaxNode, code: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(sink);
  if (!fn) return false;
  const names = new Set(
    [code, ...descendants(code)].filter((d) => d.type === "identifier").map((d) => ctx.text(d)),
  );
  for (const g of descendants(fn)) {
    if (g.type !== "if_statement" || g.end > sink.start) continue;
    const body = field(g, "consequence");
    const cond = field(g, "condition");
    if (!body || !cond || !body.children.some((c) => /^(raise|return)_statement$/.test(c.type))) continue;
    const hashed = [cond, ...descendants(cond)].find((d) => {
      if (d.type !== "call" || !STRONG_HASH.test(ctx.callee(d))) return false;
      const a = ctx.args(d)[0];
      return a?.type === "identifier" && names.has(ctx.text(a));
    });
    if (!hashed) continue;
    // The other side of the comparison: a compare_digest argument or a `!=` operand without the hash in it.
    const cmp = [cond, ...descendants(cond)].find(
      (d) =>
        (d.type === "call" && /(^|\.)compare_digest$/.test(ctx.callee(d)) && cond.type === "not_operator") ||
        (d.type === "comparison_operator" && d.children.some((c) => c.type === "!=")),
    );
    const sides = cmp ? (cmp.type === "call" ? ctx.args(cmp) : namedChildren(cmp)) : [];
    const other = sides.filter((o) => !(o.start <= hashed.start && o.end >= hashed.end));
    if (sides.length === 2 && other.length === 1 && ctx.level(other[0]!, "code") === Level.CONST) return true;
  }
  return false;
}

/**
 * The code is repr() of values read back, around literal text only: `repr(x)`, `"multistring.%s" % repr(s)`,
 * `"Point" + repr(t)`. What runs is what the values' own classes print.
 */
function reprReadBack(ctx: PythonContext, code: SyntaxNode): boolean {
  const isRepr = (n: SyntaxNode | undefined): boolean =>
    n?.type === "call" && /^(builtins\.)?repr$/.test(ctx.callee(n)) && ctx.args(n).length === 1;
  if (isRepr(code)) return true;
  if (code.type === "parenthesized_expression")
    return !!namedChildren(code)[0] && reprReadBack(ctx, namedChildren(code)[0]!);
  if (code.type !== "binary_operator") return false;
  const op = code.children.find((c) => !c.named)?.type;
  const left = field(code, "left");
  const right = field(code, "right");
  if (op === "%" && ctx.isLiteralString(left))
    return isRepr(right) || (right?.type === "tuple" && namedChildren(right).every(isRepr));
  const part = (n: SyntaxNode | undefined): boolean =>
    !!n && (ctx.isLiteralString(n) || reprReadBack(ctx, n));
  return (
    op === "+" && part(left) && part(right) && !(ctx.isLiteralString(left) && ctx.isLiteralString(right))
  );
}

/**
 * A regular expression each of whose alternatives matches one number literal only (digits, hex digits, a 0x / 0o
 * prefix, a point: `^0[0-7]+`, `^0[xX][\\da-fA-F]+|^\\d+`) or one quoted string literal (`"(?:\\\\.|[^"])*"`: a
 * hand-written lexer's string token, which ends at the first unescaped quote).
 */
function literalPattern(p: string, quoted: boolean): boolean {
  // The top-level alternatives (a `|` inside a group or a class belongs to it).
  const alts: string[] = [];
  let depth = 0;
  let cls = false;
  let start = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === "\\") i++;
    else if (cls) cls = c !== "]";
    else if (c === "[") cls = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      alts.push(p.slice(start, i));
      start = i + 1;
    }
  }
  alts.push(p.slice(start));
  return alts.every((alt) => {
    const a = alt.replace(/^\^/, "").replace(/\$$/, "");
    // (the quote may be written escaped, `\\'`, inside a single-quoted raw string)
    if (quoted && /^\\?(["'])\(\?:\\\\\.\|\[\^\\?\1\]\)\*\\?\1$/.test(a)) return true;
    const rest = a
      .replace(/\\d|\\\.|\[[0-9a-fA-FxXoObB_.\\d-]+\]/g, "")
      .replace(/\{\d+(,\d*)?\}|[+*?]/g, "")
      .replace(/\(\?:|\(|\)/g, "");
    return a.length > 0 && /^[0-9xXoObB_]*$/.test(rest);
  });
}

/**
 * `m.group(0)` (or `"0o" + m.group(0)[1:]`) where every match `m` may be is re.match / fullmatch / search of a
 * literalPattern: the text run is one number or string literal, whatever the input around it was. (A slice of a
 * string token is not: `'+__import__('os').system('id')+'` is the inside of a double-quoted one.)
 */
function matchedLiteral(ctx: PythonContext, code: SyntaxNode, sliced = false): boolean {
  if (code.type === "binary_operator" && code.children.find((c) => !c.named)?.type === "+") {
    const [l, r] = [field(code, "left"), field(code, "right")];
    return (
      !!l &&
      !!r &&
      (ctx.isLiteralString(l) || matchedLiteral(ctx, l)) &&
      (ctx.isLiteralString(r) || matchedLiteral(ctx, r))
    );
  }
  // A piece of a number's digits is digits; a piece of a string token is no literal (its quotes are gone).
  if (code.type === "subscript") return matchedLiteral(ctx, field(code, "value") ?? code, true);
  if (code.type !== "call" || ctx.method(code) !== "group") return false;
  const fn = field(code, "function");
  const m = fn?.type === "attribute" ? field(fn, "object") : undefined;
  const values = m ? ctx.reachingValues(m) : undefined;
  return (
    !!values?.length &&
    values.every((v) => {
      if (v.type !== "call" || !/^re\.(match|fullmatch|search)$/.test(ctx.callee(v))) return false;
      const p = ctx.stringValue(ctx.args(v)[0]);
      return p !== undefined && literalPattern(p, !sliced);
    })
  );
}

/** Callables that run their argument as code or as a command line. */
const RPC_RUNNERS =
  /^(builtins\.)?(eval|exec|compile|execfile|__import__)$|^os\.(system|popen|exec[lv]p?e?|spawn[lv]p?e?)$|^subprocess\.(run|call|check_call|check_output|Popen|getoutput|getstatusoutput)$/;

export default pyRule({
  meta: {
    id: "PY-CODE-001",
    title: "eval/exec of non-literal code",
    cwe: ["CWE-94", "CWE-95"],
    severity: "HIGH",
    severity_variants: [
      ...TAINT_VARIANTS,
      {
        severity: "LOW",
        when: "exec/eval of a file that ships with the program (a literal path or one beside __file__): a hint, no injection",
      },
      {
        severity: "LOW",
        when: "eval(repr(x)), alone or with literal text around it (`'Cls%s' % repr(x)`): a value's repr read back (a round-trip check of __repr__); no untrusted input traced",
      },
      { severity: "LOW", when: TEST_SCOPE_REASON },
      { severity: "LOW", when: EXPR_PARAM_REASON },
    ],
    docs: {
      what_it_does:
        "Flags eval(), exec() and execfile() whose code argument is not a plain literal, and the same for the `code` module's interpreters (`InteractiveConsole().push`, `InteractiveInterpreter().runsource` / `runcode`).",
      why_bad:
        "Evaluating a string runs it as Python with the program's privileges; anyone who influences the string can run any code.",
      example_bad: "def calc(expr):\n    return eval(expr)",
      example_good: "import ast\ndef calc(expr):\n    return ast.literal_eval(expr)",
    },
    fix_hint:
      "Parse data with ast.literal_eval or json.loads; dispatch to functions through an explicit dict instead of building code.",
  },
  trigger:
    /timeit|runpy|FileLoader|load_source|compile_expression|js2py|execjs|\.query\(|\.eval\(|sympify|parse_expr|numexpr|ImageMath|__builtins__|\bbuiltins\b|\beval\b|\bexec\b|execfile|InteractiveConsole|InteractiveInterpreter|\bcompile\(|import_module|__import__|config\.listen|run_string|run_in_subinterp|allow_dotted_names|register_instance\(|register_function\(|torch\.hub|instantiate|execute_notebook/,
  // (globals()[name] picked by request data is reflection: PY-IMPORT-001's)
  nodeTypes: ["call", "exec_statement"],
  calls: callNames(EVAL, SOURCE_ONLY, Object.keys(CODE_ARG), INTERPRETER_METHODS, [
    "getattr",
    "listen",
    "execute",
    "eval",
    "exec_",
    "compile",
    "query",
    "compile_expression",
    "register_instance",
    "register_function",
    "run_string",
    "run_in_subinterp",
  ]),
  detect(node, ctx, emit) {
    // A test's own fixtures and data: a LOW reminder. So is a test module's helper running what its caller
    // passes (MEDIUM: a parameter, no request data), its callers being the module's tests.
    const report = (r: Report) =>
      emit(
        inTestScope(ctx, r.node) || (r.severity === "MEDIUM" && testModule(ctx))
          ? { ...r, severity: "LOW", reason: TEST_SCOPE_REASON }
          : r,
      );
    if (node.type === "exec_statement") {
      // Python 2: `exec code in namespace`.
      const code = node.children.find((c) => c.named);
      if (code && ctx.level(code, "code") !== Level.CONST)
        report({ node, message: "exec statement runs non-literal code" });
      return;
    }
    const callee = ctx.callee(node);
    if (
      callee === "getattr" &&
      /^(__builtins__|builtins|__builtin__)$/.test(ctx.text(ctx.args(node)[0] ?? node))
    ) {
      const name = ctx.args(node)[1];
      if (name && ctx.level(name, "code") === Level.SOURCE)
        report({ node, severity: "CRITICAL", message: "builtin looked up by untrusted name" });
      return;
    }
    if (callee === "logging.config.listen") {
      // The listener applies any configuration sent to its port; fileConfig-style configs name classes to call.
      if (!ctx.kwarg(node, "verify") && !ctx.args(node)[1])
        report({
          node,
          message: "logging.config.listen() accepts configurations (code) from the network unverified",
        });
      return;
    }
    // The builtin compile(source, filename, mode) takes three arguments; a one-argument compile() is another one.
    const m = ctx.method(node);
    if (m === "execute" || m === "eval" || m === "exec_" || m === "compile") {
      const fn = field(node, "function");
      const made = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      if (made?.type === "call" && JS_CONTEXTS.test(ctx.callee(made))) {
        const src = ctx.arg(node, 0, "source");
        if (src && ctx.level(src, "code") === Level.SOURCE)
          report({ node, severity: "CRITICAL", message: `JavaScript context ${m}() of untrusted input` });
        return;
      }
    }
    if ((m === "query" || m === "eval") && !EVAL.has(callee) && !SOURCE_ONLY.has(callee)) {
      const fn = field(node, "function");
      const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
      const bound = recv ? ctx.resolve(recv) : undefined;
      const frame =
        (recv?.type === "identifier" && FRAME_RECEIVER.test(ctx.text(recv))) ||
        (bound?.type === "call" && /^pandas\.(DataFrame|read_\w+)$/.test(ctx.callee(bound)));
      const expr = ctx.arg(node, 0, "expr");
      if (frame && expr && ctx.level(expr, "code") === Level.SOURCE)
        report({
          node,
          severity: "CRITICAL",
          message: `DataFrame.${m}() evaluates an expression from untrusted input`,
        });
      return;
    }
    const codeArg = ownEntry(CODE_ARG, callee);
    // jinja2's Environment.compile_expression(src) compiles a template expression outside any sandbox
    // (attribute walks reach os and subprocess); a SandboxedEnvironment's is the safe variant.
    const jinjaExpr = m === "compile_expression" && sourceHas(ctx.tree, /jinja2/) && !/Sandbox/.test(callee);
    // A file loader only runs the file through load_module()/exec_module() (py_compile reads source with one).
    const loaderOnly = /FileLoader$/.test(callee) && !sourceHas(ctx.tree, /\.(load_module|exec_module)\(/);
    if ((codeArg && !loaderOnly) || jinjaExpr) {
      const src = codeArg ? ctx.arg(node, codeArg[0], codeArg[1]) : ctx.arg(node, 0, "source");
      // A notebook the request picks among the program's own (`join(NOTEBOOKS, basename(name))`): the path
      // level tells a contained name from one that reaches any file.
      const contained =
        callee === "papermill.execute_notebook" && !!src && ctx.level(src, "path") !== Level.SOURCE;
      if (src && !contained && ctx.level(src, "code") === Level.SOURCE && !isFileContent(ctx, src))
        report({ node, severity: "CRITICAL", message: `${callee || m}() of untrusted input` });
      return;
    }
    if (
      SOURCE_ONLY.has(callee) &&
      (!/^(builtins\.)?compile$/.test(callee) || ctx.args(node).length >= 3 || ctx.kwarg(node, "mode"))
    ) {
      const src = ctx.arg(node, 0, /compile$|^(js2py|execjs)\./.test(callee) ? "source" : "name");
      // Compiling a file's contents is how a program runs a script it was given, not an injection.
      const level = src ? ctx.level(src, "code") : Level.CONST;
      if (src && level === Level.SOURCE && !isFileContent(ctx, src))
        report({ node, severity: "CRITICAL", message: `${callee}() of untrusted input` });
      // A helper that hands its caller's expression text to an evaluator (`def compute(expr): return
      // numexpr.evaluate(expr)`): the API runs whatever string it is given, a hint where no input is traced.
      else if (
        src &&
        level === Level.PARAM &&
        EXPR_EVALUATORS.test(callee) &&
        ctx.stringValue(src) === undefined
      )
        report({
          node,
          severity: "LOW",
          reason: EXPR_PARAM_REASON,
          message: `${callee}() evaluates a caller's expression`,
        });
      return;
    }
    // SimpleXMLRPCServer.register_instance(obj, allow_dotted_names=True) (or True as the second argument): clients
    // walk attributes to module globals (the documentation's warning: arbitrary code execution).
    if (ctx.method(node) === "register_instance" && ctx.isTrue(ctx.arg(node, 1, "allow_dotted_names"))) {
      report({ node, severity: "HIGH", message: "XML-RPC instance registered with allow_dotted_names=True" });
      return;
    }
    // register_instance(subprocess): a module registered whole - every function of os, subprocess or builtins
    // (system, Popen, eval) becomes a method any client calls with its own arguments.
    if (ctx.method(node) === "register_instance" && sourceHas(ctx.tree, /XMLRPC|xmlrpc/)) {
      const inst = ctx.arg(node, 0, "instance");
      const mod = inst?.type === "identifier" ? ctx.text(inst) : "";
      if (
        /^(os|posix|subprocess|builtins|__builtin__|shutil|pty|commands|importlib|ctypes|pickle|marshal)$/.test(
          mod,
        ) &&
        ctx.qname(inst!) === mod &&
        sourceMatches(ctx.tree, `^[ \\t]*import[ \\t]+(?:[\\w.]+[ \\t]*,[ \\t]*)*${mod}\\b(?![.\\w])`, "m")
      )
        report({
          node,
          severity: "HIGH",
          message: `XML-RPC server exposes every function of the ${mod} module`,
        });
      return;
    }
    // register_function(f) on an XML-RPC server: any client calls f with its own arguments, so the interpreter's
    // or the OS's runners (eval, exec, os.system, subprocess.*) registered there run the client's code or commands.
    if (ctx.method(node) === "register_function" && sourceHas(ctx.tree, /XMLRPC|xmlrpc/)) {
      const f = ctx.arg(node, 0, "function");
      const q = f && (f.type === "identifier" || f.type === "attribute") ? ctx.qname(f) : "";
      if (RPC_RUNNERS.test(q))
        report({
          node,
          severity: "HIGH",
          message: `XML-RPC server lets clients call ${q}() with their own arguments`,
        });
      return;
    }
    // CPython's subinterpreter hooks run a source string like exec: run_string(interp, src), run_in_subinterp(src).
    if (
      /^(_xxsubinterpreters|_interpreters|interpreters)\.run_string$|^_testcapi\.run_in_subinterp$/.test(
        callee,
      )
    ) {
      const src = callee.endsWith("run_string") ? ctx.arg(node, 1, "script") : ctx.arg(node, 0, "code");
      const level = src ? ctx.level(src, "code") : Level.CONST;
      if (level !== Level.CONST)
        report({
          node,
          severity: taintSeverity(level),
          message: `${callee}() runs code built from non-literal data`,
        });
      return;
    }
    const sink = EVAL.has(ctx.callee(node)) ? ctx.callee(node) : interpreterSink(node, ctx);
    if (!sink) return;
    const q = sink;
    const code = ctx.arg(node, 0, ctx.method(node) === "push" ? "line" : "source");
    if (!code) return;
    const level = ctx.level(code, "code");
    if (level !== Level.CONST && digestPinned(ctx, node, code)) return;
    // eval(repr(x)): a value's repr read back, the round-trip check of a __repr__ (repr escapes any text inside a
    // string it writes); what runs is what the value's own class prints.
    // A lexer's `eval(m.group(0))` of a number or string token its regex matched: one literal.
    if (level !== Level.CONST && EVAL.has(q) && matchedLiteral(ctx, code)) return;
    if (level !== Level.CONST && EVAL.has(q) && namesOnly(ctx, code)) return;
    if (level !== Level.CONST && EVAL.has(q) && reprReadBack(ctx, code)) {
      report({
        node,
        severity: "LOW",
        reason: "the code run is repr() of a value, read back (a repr round trip); no untrusted input traced",
        message: `${q}(repr(...)) evaluates a value's repr`,
      });
      return;
    }
    if (level !== Level.CONST && EVAL.has(q) && ownFileContent(ctx, code)) {
      // No injection, but still a hint: setup.py's `exec(fp.read(), version)` is better read with ast/importlib.
      report({
        node,
        severity: "LOW",
        reason:
          "the code run is a file that ships with the program (a literal path); no untrusted input traced",
        message: `${q}() runs the contents of the program's own file`,
      });
      return;
    }
    if (level === Level.CONST) {
      // `exec(integration.transform_code)` of a row an ORM lookup loads: the data flow reads stored fields as the
      // database's own, but as code they are whatever the user who saved the row wrote (stored code injection).
      if (EVAL.has(q) && storedRecordField(ctx, code)) {
        report({
          node,
          severity: "MEDIUM",
          reason: "a field of a stored record is run as code; no request input traced to this call",
          message: `${q}() runs code stored in a database record`,
        });
        return;
      }
      // The data flow trusts a ConfigParser's values (the program's own settings); as code they are not data: an
      // `eval(cfg["limits"]["tiers"])` runs whatever the file's editor wrote.
      if (EVAL.has(q) && fromConfigFile(ctx, code))
        report({
          node,
          severity: "MEDIUM",
          reason: "a value read from a configuration file is run as code; no request input traced",
          message: `${q}() runs a value read from a configuration file (use ast.literal_eval or json)`,
        });
      return;
    }
    // eval(src, globals, locals) with a namespace object the caller built (not a dict literal, which is the
    // "restricted builtins" sandbox pattern that does not contain code) is how debuggers, timeit, doctest and
    // code generators run code on purpose: still reported, at the default threshold, but not as HIGH.
    const ns = EVAL.has(q) ? ctx.args(node)[1] : undefined;
    const api = level === Level.PARAM || (level === Level.SOURCE && isFileContent(ctx, code));
    if (api && ns && ns.type !== "dictionary" && ctx.callee(ns) !== "dict") {
      report({
        node,
        severity: "MEDIUM",
        reason: NAMESPACE_REASON,
        message: `${q}() runs caller-supplied code`,
      });
      return;
    }
    report({
      node,
      severity: taintSeverity(level),
      message: `${q}() evaluates ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} code`,
    });
  },
  cases: {
    valid: [
      // Literals around decorated functions' own names.
      "import numpy\ndef keep(f):\n    f.__doc__ = eval('numpy.ndarray.%s.__doc__' % f.__name__)\n    return f\ndef keep2(f):\n    return eval('numpy.ndarray.' + f.__name__ + '.__doc__')",
      "import torch\ndef f(entry):\n    return torch.hub.load('pytorch/vision:v0.16.0', entry)",
      "import os, papermill as pm\nfrom flask import request\ndef f():\n    pm.execute_notebook(os.path.join('/srv/nb', os.path.basename(request.args['nb'])), '/tmp/o.ipynb')",
      // A lexer's number and string tokens read back, or a literal prefix and a piece of a number's digits.
      "import re\ndef number(s):\n    m = re.match(r'^0[xX][\\da-fA-F]+|^\\d+', s)\n    if m:\n        return eval(m.group(0))\n    m = re.match(r'^0[0-7]+', s)\n    if m:\n        return eval('0o' + m.group(0)[1:])",
      "import re\ndef string(s):\n    m = re.match(r'^\"(?:\\\\.|[^\"])*\"|^\\'(?:\\\\.|[^\\'])*\\'', s)\n    return eval(m.group(0)) if m else None",
      "from xmlrpc.server import SimpleXMLRPCServer\ndef add(a, b):\n    return a + b\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_function(add, 'add')\ns.register_function(pow)",
      // An instance of the program's own class, and a local variable that happens to be called os.
      "from xmlrpc.server import SimpleXMLRPCServer\nclass Api:\n    pass\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_instance(Api())",
      "from xmlrpc.server import SimpleXMLRPCServer\nfrom .api import Ops\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\nos = Ops()\ns.register_instance(os)",
      "import hashlib, hmac, types, requests\nPIN = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'\ndef load_plugin(url):\n    body = requests.get(url, timeout=20).content\n    if not hmac.compare_digest(hashlib.sha256(body).hexdigest(), PIN):\n        raise RuntimeError('integrity')\n    module = types.ModuleType('p')\n    exec(compile(body, '<p>', 'exec'), module.__dict__)\n    return module\n",
      "import js2py\ndef f():\n    return js2py.eval_js('function f(a) { return a * 2 }')",
      "import execjs\nfrom flask import request\ndef f():\n    return execjs.compile('function add(a, b) { return a + b }').call('add', request.args['a'], 2)",
      "import ast, configparser\ndef limits(p):\n    c = configparser.ConfigParser()\n    c.read(p)\n    return ast.literal_eval(c['limits']['tiers'])",
      "import _xxsubinterpreters as interpreters\ninterpreters.run_string(interpreters.create(), 'print(1)')",
      "import pandas as pd\ndef f(df, col):\n    return df.query('a > 1')",
      "x = eval('1 + 2')",
      "import ast\ndef f(s):\n    return ast.literal_eval(s)",
      "exec('import os')",
      "import code\nc = code.InteractiveConsole()\nc.push('x = 1')",
      "items = []\ndef add(v):\n    items.push(v)",
      "def f(src):\n    return compile(src, '<string>', 'exec')",
      "import importlib\ndef load(name):\n    return importlib.import_module(name)",
      "import logging.config\nt = logging.config.listen(9999, verify=check)",
      "import sys\nwith open(sys.argv[1]) as fp:\n    code = compile(fp.read(), sys.argv[1], 'exec')",
      "import sys\ndef compile(path, doraise=False):\n    pass\ncompile(sys.argv[1], doraise=True)",
      "import timeit\ndef bench(stmt):\n    return timeit.timeit(stmt, number=10)",
      "import runpy\nrunpy.run_module('reports.daily', run_name='__main__')",
      "import importlib.machinery, sys\nsrc = importlib.machinery.SourceFileLoader('<c>', sys.argv[1]).get_data(sys.argv[1])",
      "from jinja2.sandbox import SandboxedEnvironment\nfrom flask import request\ndef f():\n    return SandboxedEnvironment().compile_expression(request.args['e'])",
    ],
    invalid: [
      "def keep(f, attr):\n    return eval('numpy.ndarray.%s.%s' % (f.__name__, attr))",
      // the program's own plugin file, at a path built from literals and __file__: a LOW hint, no injection
      {
        code: "import os\nP = os.path.join(os.path.dirname(__file__), 'plugins', 'init.py')\ndef load():\n    with open(P) as fh:\n        exec(compile(fh.read(), P, 'exec'), {})",
        line: 5,
        severity: "LOW",
      },
      { code: "exec(open('setup_helpers.py').read())", line: 1, severity: "LOW" },
      // code a user saved in a row, run when the row is loaded
      {
        code: "from .models import Integration\ndef run(request, pk):\n    integration = Integration.objects.get(pk=pk, owner=request.user)\n    exec(integration.transform_code, {'payload': request.POST.dict()})",
        line: 4,
        severity: "MEDIUM",
      },
      {
        code: "import unittest\nclass QNameTestCase(unittest.TestCase):\n    def test_repr_eval(self):\n        qn = QName('elem')\n        self.assertEqual(eval(repr(qn)), qn)",
        line: 5,
        severity: "LOW",
      },
      // ... with literal text around it (the class's module prefix before the repr).
      {
        code: "import multistring\ndef test_repr():\n    s = multistring.multistring(['test', 'x'])\n    assert eval('multistring.%s' % repr(s)) == s\n    assert eval('multistring.' + repr(s)) == s",
        line: 4,
        severity: "LOW",
      },
      // ... not the inside of a string token (its quotes sliced off), nor a match of a pattern that admits names.
      {
        code: 'import re\ndef string(s):\n    m = re.match(r\'^"(?:\\\\.|[^"])*"\', s)\n    return eval(m.group(0)[1:-1])',
        line: 4,
      },
      {
        code: "import re\ndef number(s):\n    m = re.match(r'^[\\w.]+', s)\n    return eval(m.group(0))",
        line: 4,
      },
      // ... not repr of one part spliced into other code, nor a literal template filled with raw text.
      { code: "def f(name, expr):\n    return eval(repr(name) + expr)", line: 2 },
      { code: "def f(expr):\n    return eval('lambda x: %s' % expr)", line: 2 },
      {
        code: "from flask import request\ndef run():\n    with open('/srv/scripts/' + request.args['s']) as fh:\n        exec(compile(fh.read(), 's', 'exec'))",
        line: 4,
      },
      "import hashlib, hmac, types, requests\nPIN = '2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae'\ndef load_plugin(url):\n    body = requests.get(url, timeout=20).content\n    if not hmac.compare_digest(hashlib.sha256(body).hexdigest(), requests.get(url + '.sha256').text):\n        raise RuntimeError('integrity')\n    module = types.ModuleType('p')\n    exec(compile(body, '<p>', 'exec'), module.__dict__)\n    return module\n",
      {
        code: "import builtins\nfrom flask import request\ndef f():\n    run = getattr(builtins, 'eval')\n    return run(request.args['e'])",
        line: 5,
      },
      {
        code: "import js2py\nfrom flask import request\ndef f():\n    return js2py.eval_js(request.form['code'])",
        line: 4,
      },
      {
        code: "import js2py\nfrom flask import request\ndef f():\n    c = js2py.EvalJs()\n    c.execute('var t = ' + request.form['e'])",
        line: 5,
      },
      {
        code: "import execjs\nfrom flask import request\ndef f():\n    return execjs.compile(request.form['src'])",
        line: 4,
      },
      {
        code: "import configparser\ndef load(p):\n    c = configparser.ConfigParser()\n    c.read(p)\n    out = {}\n    for k, raw in c['app'].items():\n        out[k] = eval(raw)\n    return out",
        line: 7,
        severity: "MEDIUM",
      },
      {
        code: "import configparser\ndef limits(p):\n    c = configparser.ConfigParser()\n    c.read(p)\n    return eval(c['limits']['tiers'])",
        severity: "MEDIUM",
      },
      {
        code: "import subprocess\nfrom xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_instance(subprocess)",
        line: 4,
        severity: "HIGH",
      },
      {
        code: "from xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_instance(Api(), allow_dotted_names=True)",
        line: 3,
      },
      {
        code: "import os\nfrom xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_function(os.system, 'run')",
        line: 4,
      },
      {
        code: "from subprocess import check_output\nfrom xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_function(check_output)",
        line: 4,
      },
      {
        code: "from xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('127.0.0.1', 8000))\ns.register_function(eval, 'calc')",
        line: 3,
      },
      {
        code: "from xmlrpc.server import DocXMLRPCServer\ns = DocXMLRPCServer(('localhost', 9000))\ns.register_instance(Api(), True)",
        line: 3,
      },
      {
        code: "import _xxsubinterpreters as interpreters\ndef run(src):\n    interpreters.run_string(interpreters.create(), src)",
        line: 3,
      },
      { code: "import _testcapi, sys\n_testcapi.run_in_subinterp(sys.argv[1])", line: 2 },
      {
        code: "import pandas as pd\nfrom flask import request\ndef f(df):\n    return df.query(request.args['q'])",
        line: 4,
        severity: "CRITICAL",
      },
      { code: "import sympy\nx = sympy.sympify(input())", line: 2, severity: "CRITICAL" },
      {
        code: "import numexpr\ndef f(expr, **a):\n    return numexpr.evaluate(expr, local_dict=a)",
        line: 3,
        severity: "LOW",
      },
      { code: "import sympy\nx = sympy.parse_expr(input())", line: 2, severity: "CRITICAL" },
      {
        code: "import papermill as pm\nfrom flask import request\ndef f():\n    pm.execute_notebook(request.form['nb'], '/tmp/o.ipynb')",
        line: 4,
      },
      {
        code: "import torch\nfrom flask import request\ndef f():\n    return torch.hub.load(request.json['repo'], 'resnet18')",
        line: 4,
      },
      {
        code: "from hydra.utils import instantiate\nfrom omegaconf import OmegaConf\nfrom flask import request\ndef f():\n    return instantiate(OmegaConf.create(request.get_json()).model)",
        line: 5,
      },
      "def f(s):\n    exec s in {}",
      { code: "import logging.config\nt = logging.config.listen(9999)", line: 2 },
      { code: "import sys\nc = compile(sys.stdin.read(), '<stdin>', 'exec')", line: 2, severity: "CRITICAL" },
      {
        code: "import importlib\nfrom flask import request\ndef p():\n    return importlib.import_module(request.args['m'])",
        line: 4,
      },
      "def f(s):\n    return eval(s)",
      {
        code: "def run(cmd, globals=None, locals=None):\n    exec(cmd, globals, locals)",
        line: 2,
        severity: "MEDIUM",
      },
      { code: "def calc(expr):\n    return eval(expr, {'__builtins__': {}}, {})", line: 2, severity: "HIGH" },
      "exec(input())",
      {
        code: "import timeit\nfrom flask import request\ndef f():\n    return timeit.Timer(request.form['stmt']).timeit(3)",
        line: 4,
        severity: "CRITICAL",
      },
      { code: "import runpy, sys\nrunpy.run_path(sys.argv[1])", line: 2, severity: "CRITICAL" },
      {
        code: "import importlib.machinery\nfrom flask import request\ndef f():\n    return importlib.machinery.SourceFileLoader('p', request.args['p']).load_module()",
        line: 4,
      },
      {
        code: "from jinja2 import Environment\nfrom flask import request\ndef f():\n    return Environment().compile_expression(request.args['e'])",
        line: 4,
      },
      "def g(name):\n    exec('import %s' % name)",
      "import code\nfrom flask import request\ndef run():\n    code.InteractiveConsole().push(request.args['line'])",
      "from code import InteractiveInterpreter\ndef run(src):\n    interp = InteractiveInterpreter()\n    interp.runsource(src)",
    ],
  },
});
