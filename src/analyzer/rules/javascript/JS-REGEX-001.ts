import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

type Ctx = Parameters<Parameters<typeof jsRule>[0]["detect"]>[1];
type Node = NonNullable<ReturnType<Ctx["resolve"]>>;

// (`process.env.ORIGINS_REGEX`: the operator's environment, configuration as much as a config file)
const CONFIG = /(^|\.|\b)(options?|opts|config|settings|context\.options|process\.env)(\b|\[|\.)/i;
/**
 * A value read out of a configuration object: named so (CONFIG), destructured from one (`const [{ ignorePattern }]
 * = context.options`), a field of a name that is (`option.filter.regex` where `option` is a `.map` callback's
 * parameter over `context.options`, or `const option = options[0]`).
 */
function fromConfig(ctx: Ctx, x: Node, depth = 0): boolean {
  if (depth > 4) return false;
  if (CONFIG.test(ctx.text(x))) return true;
  let root: Node = x;
  while (root.type === "member_expression" || root.type === "subscript_expression")
    root = field(root, "object") ?? root;
  if (root.type !== "identifier") return false;
  const name = ctx.text(root);
  const d = ctx.destructured(root);
  if (d && fromConfig(ctx, d.from, depth + 1)) return true;
  const r = ctx.resolve(root);
  if (r && r !== root && fromConfig(ctx, r, depth + 1)) return true;
  // `const [pattern = "^.+$", { properties } = {}] = context.options`: a pattern destructured out of the options.
  if (
    /^[A-Za-z_$][\w$]*$/.test(name) &&
    new RegExp(
      `(?:const|let|var)\\s*[[{][^;]*?\\b${name.replace(/\$/g, "\\$")}\\b[^;]*?[\\]}]\\s*=\\s*(?:this\\.)?(?:context\\.)?(?:options|opts|config|settings)\\b`,
    ).test(ctx.text(ctx.enclosingFunction(x) ?? x))
  )
    return true;
  // `ignorePattern = options.ignorePattern` assigned later in the function.
  if (
    /^[A-Za-z_$][\w$]*$/.test(name) &&
    new RegExp(
      `(?:^|[^\\w$.])${name.replace(/\$/g, "\\$")}\\s*=\\s*(?:this\\.)?(?:context\\.)?(?:options?|opts|config|settings)\\b`,
    ).test(ctx.text(ctx.enclosingFunction(x) ?? x))
  )
    return true;
  // An ESLint rule's `create(context, [{ defaultCaseCommentPattern }])`: destructured from the rule's options.
  for (let f = ctx.enclosingFunction(x); f; f = ctx.enclosingFunction(f)) {
    const ps = field(f, "parameters");
    const t = ps ? ctx.text(ps) : "";
    if (
      /^\(\s*context\s*,/.test(t) &&
      new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\b`).test(t.slice(t.indexOf(",")))
    )
      return true;
  }
  // A callback's parameter over a configuration list: `options.allow.map((pattern) => new RegExp(pattern))`.
  const fn = ctx.enclosingFunction(x);
  const params = fn ? (field(fn, "parameters") ?? field(fn, "parameter")) : undefined;
  if (fn && params && new RegExp(`^\\(?\\s*${name.replace(/\$/g, "\\$")}\\b`).test(ctx.text(params))) {
    const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    const callee = call?.type === "call_expression" ? field(call, "function") : undefined;
    const recv = callee?.type === "member_expression" ? field(callee, "object") : undefined;
    if (recv && /^(map|forEach|filter|some|every|flatMap|find)$/.test(ctx.method(call!)))
      return fromConfig(ctx, recv, depth + 1);
  }
  return false;
}
const NUMBERISH = /^(i|j|k|n|idx|index|count|len|length|min|max|minimum|maximum|precision|digits)$/;

/** `.replace(SPECIALS, '\\$&')`: every match of a character list put behind a backslash. */
const BACKSLASH_ESCAPE = /\.replace\(\s*[^,]+,\s*(['"`])\\\\\$&\1\s*\)/;

/**
 * The parts of a pattern expression that could hold pattern syntax: the substitutions of a template and the
 * operands of a `+` chain (through one local name), less literals, escape calls (`escapeRegex(s)`, `s.split('*')
 * .map(escapeRegExp).join('.*')`), another RegExp's `.source`, numbers and number-named values.
 */
function openParts(ctx: Ctx, n: Node, depth = 0): Node[] {
  if (depth > 4) return [n];
  const t = n.type;
  if (t === "string" || t === "number" || t === "regex") return [];
  if (t === "template_string")
    return n.children
      .filter((c) => c.type === "template_substitution")
      .flatMap((c) => c.children.filter((x) => x.named).flatMap((x) => openParts(ctx, x, depth + 1)));
  if (t === "parenthesized_expression")
    return n.children.filter((x) => x.named).flatMap((x) => openParts(ctx, x, depth + 1));
  // `vals.length ? `^(${escaped})$` : "^[^\\s\\S]$"`: the open parts of either branch.
  // (A constant condition, `const exact = 2 + 2 === 5`, picks one branch: the other never becomes the pattern.)
  if (t === "ternary_expression") {
    // `KNOWN.has(p) ? p : '^$'`: a side used only once the condition vetted it against a fixed list holds one of
    // the list's own patterns (the data flow weighs the whole choice).
    if (ctx.level(n, "regex") === Level.CONST) return [];
    const c = ctx.constValue(field(n, "condition") ?? undefined);
    const sides =
      c === undefined
        ? [field(n, "consequence"), field(n, "alternative")]
        : [field(n, c !== null && c !== false && c !== 0 && c !== "" ? "consequence" : "alternative")];
    return sides.flatMap((x) => (x ? openParts(ctx, x, depth + 1) : []));
  }
  if (t === "binary_expression") {
    const op = n.children.find((c) => !c.named)?.type;
    const [l, r] = [field(n, "left"), field(n, "right")];
    if (op === "+" && l && r) return [...openParts(ctx, l, depth + 1), ...openParts(ctx, r, depth + 1)];
    // `x ?? 0`, `x || ''`: the fallback is a literal; the value decides.
    if ((op === "??" || op === "||") && l && r && /^(number|string)$/.test(r.type))
      return NUMBERISH.test(ctx.text(l).replace(/^.*[.?]/, "")) ? [] : openParts(ctx, l, depth + 1);
    return [n];
  }
  if (t === "call_expression") {
    const q = ctx.callee(n);
    if (/escape|quote/i.test(q)) return [];
    // `range_regex(this.range)`: a helper of this file that backslash-escapes what it is handed
    // (`str.replace(rangeSpecials, '\\$&')`), whatever it is named.
    const local = field(n, "function");
    const helper = local?.type === "identifier" ? ctx.functionNamed(ctx.text(local)) : undefined;
    if (helper && BACKSLASH_ESCAPE.test(ctx.text(helper))) return [];
    // `cleanRegex(pattern.source)`: a helper over another RegExp's source, no text from outside.
    if (ctx.args(n).length === 1 && /\.source$/.test(ctx.text(ctx.args(n)[0]!))) return [];
    // s.split(...).map(escapeRegExp).join('.*'), parts.map((p) => p.source).join('|')
    const fn = field(n, "function");
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    if (
      ctx.method(n) === "join" &&
      recv?.type === "call_expression" &&
      ctx.method(recv) === "map" &&
      /escape|quote|\.source\b|cleanRegex/i.test(ctx.text(ctx.args(recv)[0] ?? recv))
    )
      return [];
    if (/^(String|Number)$/.test(q) && ctx.args(n)[0] && NUMBERISH.test(ctx.text(ctx.args(n)[0]!))) return [];
    return [n];
  }
  if (t === "member_expression") {
    if (/^(source)$/.test(ctx.text(field(n, "property") ?? n))) return [];
    if (NUMBERISH.test(ctx.text(field(n, "property") ?? n))) return [];
    return [n];
  }
  if (t === "identifier") {
    if (NUMBERISH.test(ctx.text(n))) return [];
    const d = ctx.resolve(n);
    if (d && d !== n && /^(template_string|binary_expression|call_expression|string|number)$/.test(d.type))
      return openParts(ctx, d, depth + 1);
    return [n];
  }
  return [n];
}

export default jsRule({
  meta: {
    id: "JS-REGEX-001",
    title: "RegExp built from untrusted input",
    cwe: ["CWE-400", "CWE-1333", "CWE-185"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the pattern is not a constant, but no caller or untrusted input was traced to it",
      },
    ],
    docs: {
      what_it_does:
        "Flags new RegExp(value) where the value is request data or a caller-supplied pattern not passed through an escape function, and string match / matchAll / search given request data (they compile a string argument into a RegExp).",
      why_bad:
        "Attacker-chosen patterns can take exponential time (ReDoS) and block the event loop, or match far more than intended.",
      example_bad: "function search(pattern, text) {\n  return new RegExp(pattern).test(text);\n}",
      example_good:
        "const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\nfunction search(pattern, text) {\n  return new RegExp(escapeRegExp(pattern)).test(text);\n}",
    },
    fix_hint: "Escape user text before building a RegExp, or use String.prototype.includes.",
  },
  trigger: /RegExp|matches\(|\.match(All)?\(|\.search\(|\$regex/,
  nodeTypes: ["new_expression", "call_expression", "pair"],
  detect(node, ctx, report) {
    // `{ title: { $regex: req.query.q } }`: MongoDB compiles the request's text as a pattern on the database server
    // (a catastrophic pattern stalls it as one would the event loop); escaped text is a literal match.
    if (node.type === "pair") {
      if ((ctx.stringValue(field(node, "key")) ?? ctx.text(field(node, "key") ?? node)) !== "$regex") return;
      const v = field(node, "value");
      if (v && v.type !== "regex" && ctx.level(v, "regex") === Level.SOURCE)
        report({ node, message: "$regex pattern compiled by the database from request data" });
      return;
    }
    // validator.js `matches(str, pattern)` compiles its second argument.
    const validatorMatches = /^(validator|validator\.matches)\.matches$|^validator\.matches$/.test(
      ctx.callee(node),
    );
    // `s.match(p)`, `s.matchAll(p)`, `s.search(p)` on a string compile a string argument into a RegExp: request
    // text there is a pattern too (a matcher object's own `match(path)` is left alone).
    const method = node.type === "call_expression" ? ctx.method(node) : "";
    if (/^(match|matchAll|search)$/.test(method) && ctx.args(node).length === 1) {
      const fn = field(node, "function");
      const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
      const arg = ctx.args(node)[0]!;
      if (
        !recv ||
        /rout|matcher|glob|minimatch|micromatch|picomatch|pattern|regexp|\bapp\b/i.test(ctx.text(recv))
      )
        return;
      // `const products = new ProductService(db); products.search(q)`: an object made with `new` (not a String
      // wrapper) calls its own method of that name, no string's.
      const made = recv.type === "identifier" ? ctx.resolve(recv) : recv;
      if (made?.type === "new_expression" && !/^String$/.test(ctx.text(field(made, "constructor") ?? made)))
        return;
      // `this.service.search(name)` where a class of this file declares `search()`: an injected service's own
      // method (a NestJS controller calling its service), no string's.
      if (
        recv.type === "member_expression" &&
        field(recv, "object")?.type === "this" &&
        ctx.tree.nodes.some(
          (d) => d.type === "method_definition" && ctx.text(field(d, "name") ?? d) === method,
        )
      )
        return;
      const r = ctx.resolve(arg);
      if (r?.type === "regex" || (r?.type === "call_expression" && /escape/i.test(ctx.callee(r)))) return;
      // A RegExp object (`s.match(re)` after `const re = new RegExp(...)`) is used as it is, nothing compiled here
      // (its construction is judged where it is made); an object literal (`provider.search({ query, token })`)
      // is an argument of some object's own method, which no string's method takes.
      if (
        r?.type === "object" ||
        ((r?.type === "new_expression" || r?.type === "call_expression") &&
          /^RegExp$/.test(ctx.text(field(r, "constructor") ?? field(r, "function") ?? r)))
      )
        return;
      if (ctx.level(arg, "regex") === Level.SOURCE)
        report({ node, message: `${method}() compiles request data into a regular expression` });
      return;
    }
    if (ctx.callee(node) !== "RegExp" && !validatorMatches) return;
    const p = ctx.args(node)[validatorMatches ? 1 : 0];
    if (!p) return;
    const r = ctx.resolve(p);
    if (r?.type === "call_expression" && /escape/i.test(ctx.callee(r))) return;
    // The pieces of the pattern that can carry pattern syntax: escaped text, another RegExp's source and numbers
    // (a `{m,n}` bound, a group index) cannot.
    const parts = openParts(ctx, p);
    if (!parts.length) return;
    const level = Math.max(...parts.map((x) => ctx.level(x, "regex")));
    // Named like a pattern: the open parts, or the argument as written (an escape helper's name aside).
    const NAMED = /pattern|regex|query|search|expr|filter/i;
    const named =
      parts.some((x) => NAMED.test(ctx.text(x))) ||
      NAMED.test(ctx.text(p).replace(/[\w$.]*(escape|quote)[\w$]*\([^)]*\)/gi, ""));
    // A pattern read from a configuration object (a lint rule's options, a loader's config) is the developer's.
    const configured = parts.every(
      (x) => CONFIG.test(ctx.text(x)) || CONFIG.test(ctx.text(ctx.resolve(x) ?? x)) || fromConfig(ctx, x),
    );
    if (level === Level.SOURCE || (level === Level.PARAM && named && !configured))
      report({ node, message: "RegExp built from caller-controlled data" });
    // Any other non-literal pattern: a LOW reminder that the value must not be attacker-controlled.
    else if (level !== Level.CONST)
      report({ node, severity: "LOW", message: "RegExp built from a non-literal value" });
  },
  cases: {
    valid: [
      "class ProductService {\n  search(term) { return db.query('SELECT * FROM p WHERE name = $1', [term]); }\n}\nconst products = new ProductService();\napp.get('/p', async (req, res) => res.json(await products.search(String(req.query.q))));",
      "class UserService {\n  search(name) { return db.query('SELECT * FROM u WHERE name = $1', [name]); }\n}\nclass UserController {\n  constructor(service) { this.service = service; }\n  find(req) { return this.service.search(req.query.name); }\n}",
      "function f(pattern) { return new RegExp(escapeRegExp(pattern)); }",
      "const rangeSc = /[\\\\\\]]/g;\nfunction rangeRegex(str) {\n  return '(?:[' + str.replace(rangeSc, '\\\\$&') + ']|%[0-9A-Fa-f]{2})';\n}\nfunction toRegex(range) {\n  return new RegExp('(' + rangeRegex(range) + '*)', 'u');\n}",
      "const r = new RegExp('^a$');",
      "app.get('/s', (req, res) => res.json(String(req.query.q).match(/^[a-z]+$/)));",
      "app.get('/s', (req, res) => res.json(router.match(req.path)));",
      "const validator = require('validator');\napp.post('/c', (req, res) => res.json(validator.matches(req.body.v, /^[a-z]+$/)));",
      "const escapeStringRegexp = require('escape-string-regexp');\napp.get('/p', async (req, res) => res.json(await Post.find({ title: { $regex: escapeStringRegexp(String(req.query.q)) } })));",
      "const esc = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\nfunction exact(str, flags) { return new RegExp(`^${esc(str)}$`, flags); }",
      "function strip(pattern) { return new RegExp(pattern.source, pattern.flags.replace(/g/g, '')); }",
      "const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\nfunction oneOf(vals) { return new RegExp(vals.length ? `^(${vals.map((v) => escapeRegex(v)).join('|')})$` : '^[^\\\\s\\\\S]$'); }",
      "const EXACT = 2 + 2 === 5;\napp.get('/s', (req, res) => res.json(new RegExp(EXACT ? req.query.q : 'beta').test('b')));",
      // The request's pattern only when it is one of a fixed Set's.
      "const KNOWN = new Set(['^[a-z]+$', '^\\\\d+$']);\napp.get('/s', (req, res) => res.json(new RegExp(KNOWN.has(req.query.p) ? req.query.p : '^$').test('b')));",
      // match() given a RegExp object made from escaped text, and an object's own search({...}).
      "const util = require('./util');\napp.post('/m', (req, res) => {\n  const prefix = new RegExp('^' + util.regExpQuote(req.body.old));\n  res.json(String(req.body.slug).match(prefix));\n});",
      "app.get('/s', async (req, res) => res.json(await req.companion.provider.search({ query: req.query, token: req.token })));",
    ],
    invalid: [
      // A string field's own search() (no method of that name in the file) compiles the request text.
      "class Doc {\n  constructor(text) { this.text = text; }\n  find(req) { return this.text.search(req.query.q); }\n}",
      "const KNOWN = new Set(['^[a-z]+$']);\napp.get('/s', (req, res) => res.json(new RegExp(KNOWN.has(req.query.p) ? '^$' : req.query.p).test('b')));",
      "const EXACT = 2 + 2 === 4;\napp.get('/s', (req, res) => res.json(new RegExp(EXACT ? req.query.q : 'beta').test('b')));",
      {
        code: "for (const arg of process.argv.slice(2)) {\n  if (arg.startsWith('--ignorePattern=')) opts.ignorePattern = new RegExp(arg.slice(16));\n}",
        severity: "LOW",
      },
      {
        code: "module.exports = {\n  create(context, [{ commentPattern }]) {\n    const re = new RegExp(commentPattern, 'u');\n    return {};\n  },\n};",
        severity: "LOW",
      },
      {
        code: "function normalize(option) {\n  return { regex: new RegExp(option.filter.regex, 'u') };\n}",
        severity: "LOW",
      },
      "function f(pattern, t) { return new RegExp(pattern).test(t); }",
      // A lint rule's configured pattern is the developer's: only the LOW reminder.
      {
        code: "function create(context) { const opts = context.options[0] || {}; return new RegExp(opts.ignorePattern, 'u'); }",
        severity: "LOW",
      },
      // An operator's environment variable holding a pattern: configuration, the LOW reminder.
      {
        code: "function origins() {\n  if (process.env.CLIENT_ORIGINS_REGEX) return new RegExp(process.env.CLIENT_ORIGINS_REGEX);\n  return undefined;\n}",
        severity: "LOW",
      },
      "app.get('/s', (req, res) => res.json(names.filter((n) => n.match('^' + req.query.prefix))));",
      "app.get('/s', (req, res) => res.json(doc.text.search(req.query.q)));",
      // The RegExp object is judged where it is made from the request.
      "app.get('/s', (req, res) => {\n  const re = new RegExp(req.query.q);\n  res.json(String(req.body.t).match(re));\n});",
      "app.get('/s', (req, res) => {\n  const text = new String(doc.body);\n  res.json(text.search(req.query.q));\n});",
      "const validator = require('validator');\napp.post('/c', (req, res) => res.json(validator.matches(req.body.v, req.body.pattern)));",
      "app.get('/p', async (req, res) => res.json(await Post.find({ title: { $regex: req.query.q, $options: 'i' } })));",
    ],
  },
});
