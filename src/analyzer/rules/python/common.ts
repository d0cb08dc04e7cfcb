import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas, sourceMatches } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { authorContextIgnored, type Report, type Rule } from "../../rule.js";

export type PyRule = Rule<PythonContext>;

/** Identity helper that fixes the context type, so rule files stay declarative. */
export function pyRule(rule: Omit<PyRule, "meta"> & { meta: Omit<PyRule["meta"], "languages"> }): PyRule {
  return { ...rule, meta: { ...rule.meta, languages: ["python"] } };
}

/**
 * A rule's `calls` from the qualified names and bare names it acts on: the last segment of each (`os.rename` ->
 * `rename`), once. Words of an alternation are listed as they are (`read_text`).
 */
export function callNames(...groups: Iterable<string>[]): string[] {
  const names = new Set<string>();
  for (const g of groups) for (const q of g) names.add(q.slice(q.lastIndexOf(".") + 1));
  return [...names];
}

/** Names that hold secrets: credentials, keys, tokens. */
export const SECRET_NAME =
  /(^|_|\b)(pass(word|wd|phrase)?|pwd|secret|api[_-]?key|apikey|access_?key|private_?key|secret_?key|auth_?token|access_?token|client_?secret|token|credentials?)($|_|\b)/i;

/**
 * Code of a test: a unittest/pytest test function or set-up/tear-down method, a pytest fixture, or any method of a
 * TestCase subclass or a pytest `Test...` class; or a value inside a collection named as test vectors
 * (`TEST_VECTORS = [{...}]`, `test_vectors_1`): a known-answer test's published inputs. Fixture credentials there
 * (a seeded user's password) log in nowhere.
 */
export function inTestCode(ctx: PythonContext, node: SyntaxNode): boolean {
  // In an answer, test names and fixtures are the author's choice, not evidence (rule.ts, AnalysisContext).
  if (authorContextIgnored(ctx)) return false;
  for (let p: SyntaxNode | null = node.parent; p; p = p.parent) {
    if (p.type === "assignment") {
      const left = field(p, "left");
      if (
        left?.type === "identifier" &&
        /test_?vectors?(_?\d+)?$/i.test(ctx.text(left)) &&
        node.start > left.end
      )
        return true;
    } else if (p.type === "function_definition") {
      if (/^(test(_|[A-Z0-9]|$)|setUp|asyncSetUp|tearDown)/.test(ctx.text(field(p, "name") ?? p)))
        return true;
      const dec = p.parent?.type === "decorated_definition" ? p.parent : undefined;
      if (dec?.children.some((c) => c.type === "decorator" && /^@(pytest\.)?fixture\b/.test(ctx.text(c))))
        return true;
    } else if (p.type === "class_definition") {
      const bases = field(p, "superclasses");
      if (
        // `class ShopifyTests(create_oauth2_tests(...))`: unittest's naming for a suite built by a factory.
        // (`class ArchiverTestCase(ArchiverTestCaseBase)`: a suite's shared base named for the TestCase it extends.)
        /^Test|\wTests$|\wTestCase$/.test(ctx.text(field(p, "name") ?? p)) ||
        // A test double (`class FakeSessionClient`, `MockTransport`, `StubKeypair`): its canned responses and
        // attributes are a test's data, whatever module holds it.
        /^(Fake|Mock|Stub)[A-Z0-9_]/.test(ctx.text(field(p, "name") ?? p)) ||
        (bases && /\b\w*(TestCase|TestBase)(Base|Mixin)?\b/.test(ctx.text(bases)))
      )
        return true;
    }
  }
  return false;
}

/**
 * A lexer's next word: shlex's get_token(), a shlex/tokenize stream, shlex.split's words, a parsed statement's
 * tokens walked leaf by leaf (sqlparse's `statement.flatten()`).
 */
const LEXER_READ = /\.get_token\(\)|\bshlex\.(shlex|split)\(|\btokenize\.\w*tokenize\(|\.flatten\(\)/;

/**
 * `token = lex.get_token()` (or `for token in shlex.split(line)`) in the enclosing function: the name holds the
 * words a lexer splits a file or command line into, compared with keywords and brackets, not a credential.
 */
export function lexerToken(ctx: PythonContext, n: SyntaxNode): boolean {
  // (A read LEXER_READ matches is text of the file: without one anywhere, no walk over the file's nodes.)
  if (n.type !== "identifier" || !sourceHas(ctx.tree, LEXER_READ)) return false;
  const name = ctx.text(n);
  const fn = ctx.enclosingFunction(n);
  if (!fn) return false;
  return ctx.tree.nodes.some((c) => {
    if (c.start < fn.start || c.end > fn.end) return false;
    if (c.type !== "assignment" && c.type !== "for_statement") return false;
    const left = field(c, "left");
    const right = field(c, "right");
    return (
      left?.type === "identifier" && ctx.text(left) === name && !!right && LEXER_READ.test(ctx.text(right))
    );
  });
}

/** Assigned names, for context checks like "is this random value a token?". */
export function targetName(ctx: PythonContext, node: SyntaxNode): string {
  for (let p: SyntaxNode | null = node; p; p = p.parent) {
    if (p.type === "assignment" || p.type === "augmented_assignment") return ctx.text(field(p, "left") ?? p);
    if (p.type === "keyword_argument") return ctx.text(field(p, "name") ?? p);
    if (p.type === "return_statement" || p.type === "expression_statement" || p.type === "block") break;
  }
  return "";
}

export function functionName(ctx: PythonContext, node: SyntaxNode): string {
  const fn = ctx.enclosingFunction(node);
  const name = fn ? field(fn, "name") : undefined;
  return name ? ctx.text(name) : "";
}

/**
 * `build = functools.partial(TEMPLATE.format)` then `build(v)`: the call fills that template (a str.format,
 * format_map or string.Template substitute bound ahead of the arguments). The template expression, else undefined.
 */
export function boundTemplate(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const fn = field(call, "function");
  const made = fn?.type === "identifier" ? ctx.resolve(fn) : undefined;
  if (made?.type !== "call" || !/^(functools\.)?partial$/.test(ctx.callee(made))) return undefined;
  const bound = ctx.args(made)[0];
  if (bound?.type !== "attribute") return undefined;
  if (!/^(format|format_map|substitute|safe_substitute)$/.test(ctx.text(field(bound, "attribute") ?? bound)))
    return undefined;
  return field(bound, "object") ?? undefined;
}

/** A string assembled at run time: concatenation, %-format, f-string, .format(), or += onto a string. */
export function isBuiltString(ctx: PythonContext, node: SyntaxNode | undefined, depth = 0): boolean {
  const n = ctx.resolve(node);
  if (!n) return false;
  if (n.type === "binary_operator") {
    const op = n.children.find((c) => !c.named);
    return op ? op.type === "+" || op.type === "%" : false;
  }
  if (n.type === "string") return n.children.some((c) => c.type === "interpolation");
  if (n.type === "concatenated_string") return n.children.some((c) => isBuiltString(ctx, c, depth));
  if (n.type === "call") {
    const m = ctx.method(n);
    if (/^(format|format_map|join|replace|substitute|safe_substitute)$/.test(m)) return true;
    if (boundTemplate(ctx, n)) return true;
    // A helper defined in the file that returns a built string (`q = build_query(name)`), one level deep; or a
    // generator (a @contextmanager: `with query_for(v) as (cur, sql)`) that yields one, alone or in a tuple.
    const local = depth < 1 ? ctx.localCallee(n) : undefined;
    if (!local) return false;
    const made = [
      ...ctx.returnValues(local),
      ...ctx
        .yieldedValues(local)
        .flatMap((v) => (v.type === "tuple" || v.type === "expression_list" ? namedChildren(v) : [v])),
    ];
    return made.some((v) => isBuiltString(ctx, v, depth + 1));
  }
  if (n.type === "parenthesized_expression")
    return isBuiltString(
      ctx,
      n.children.find((c) => c.named),
      depth,
    );
  if (node?.type === "identifier" && n !== node) return false;
  return false;
}

/** Any augmented `+=` onto the variable before the use (query built in a loop). */
export function isAugmented(ctx: PythonContext, id: SyntaxNode | undefined): boolean {
  if (id?.type !== "identifier") return false;
  const name = ctx.text(id);
  const fn = ctx.enclosingFunction(id) ?? ctx.tree.root;
  return ctx.tree.nodes.some(
    (n) =>
      n.type === "augmented_assignment" &&
      n.order < id.order &&
      n.start >= fn.start &&
      n.end <= fn.end &&
      ctx.text(field(n, "left") ?? n) === name,
  );
}

/**
 * What an authorisation check talks about: the user, their rights, a token or signature. An assert on one is
 * PY-ASSERT-002's (MEDIUM); PY-ASSERT-001's LOW hint leaves it alone so one line gets one finding.
 */
// `authority` (a CAS or OAuth server's URL) and `author` are not who the caller is.
export const AUTH_CHECK_SUBJECT =
  /\b(request\.user|current_user|user|is_(superuser|staff|admin|authenticated|active|owner|allowed)|has_perms?|permissions?|role|authori[sz]ed|(?!authority\b|authors?(\b|_))auth\w*|token|signature|csrf|owner)\b/i;

/**
 * The literal text a URL starts with: `'https://api.example.com/' + path`, f-strings, %-formats. When it already
 * names the scheme and the whole host (a `/` after it), the input only picks a path on a fixed server.
 */
export function fixedOrigin(ctx: PythonContext, url: SyntaxNode, depth = 0): boolean {
  // "?page=%s" % v, f"#{v}": a query- or fragment-only reference written in place resolves against the current
  // page's own URL. (In place only: a name's resolved value may be a piece `+=` appended later.)
  if (url.type !== "identifier") {
    let lead = url;
    while (lead.type === "binary_operator") lead = field(lead, "left") ?? lead;
    const head =
      lead.type === "string" ? ctx.text(lead).replace(/^[a-zA-Z]*['"]{1,3}/, "") : constantHead(ctx, url, 0);
    if (head !== undefined && /^[?#]/.test(head)) return true;
  }
  // `target = "https://host/"` then `target += path`: each += appends after the fixed head.
  if (url.type === "identifier") {
    const head = appendedTo(ctx, url);
    if (head) return fixedOrigin(ctx, head, depth);
  }
  // A name bound in branches (`if not ok(nxt): nxt = url_for('index')`) is fixed only if every value reaching
  // this use is; resolve() alone gives the last assignment in the text.
  const reaching = url.type === "identifier" && depth < 3 ? ctx.reachingValues(url) : undefined;
  if (reaching && reaching.length > 1) return reaching.every((v) => fixedOrigin(ctx, v, depth + 1));
  let n = ctx.resolve(url) ?? url;
  while (n.type === "binary_operator") n = field(n, "left") ?? n;
  // reverse('settings') + '?tab=' + v, url_for('home') + '#' + v: a route of this site (a path, or with
  // _external=True this site's own origin) heads the URL; what follows cannot change the host.
  if (
    n.type === "call" &&
    /^(django\.urls\.(reverse|reverse_lazy)|django\.core\.urlresolvers\.reverse|(flask|quart)\.url_for|(request|self\.request|req)\.(url_for|route_url|route_path)|(app|router|request\.app)\.url_path_for)$/.test(
      ctx.callee(n),
    )
  )
    return true;
  // urlunsplit(('https', 'app.example.com', path, query, '')) (or urlunparse): a constant scheme and host; the
  // path is put after a '/' of its own, so it cannot change the host.
  if (n.type === "call" && /^urllib\.parse\.urlun(split|parse)$/.test(ctx.callee(n))) {
    const parts = ctx.resolve(ctx.args(n)[0]);
    const items = parts?.type === "tuple" || parts?.type === "list" ? namedChildren(parts) : [];
    const [scheme, host] = items.map((x) => ctx.stringValue(x));
    return /^https?$/i.test(scheme ?? "") && /^[^/\\\s@]+$/.test(host ?? "");
  }
  // f"{API}/items/{sku}", API + "/items/" + sku with `API = "https://host"`: constants spelled out up to the first
  // value that is not one.
  const built = constantHead(ctx, ctx.resolve(url) ?? url, 0);
  if (built !== undefined && headFixesOrigin(built)) return true;
  // "https://host/{}".format(v) (or format_map({...})): the template's literal head.
  if (n.type === "call" && /^format(_map)?$/.test(ctx.method(n))) {
    const fnode = field(n, "function");
    n = (fnode && field(fnode, "object")) ?? n;
  }
  if (n.type !== "string") return false;
  const head = ctx.text(n).replace(/^[a-zA-Z]*['"]{1,3}/, "");
  return headFixesOrigin(head.split(/[{%]/)[0] ?? "");
}

/** A URL's literal head that decides where it goes, whatever follows it. */
function headFixesOrigin(literal: string): boolean {
  // "/i18n/" + v: a path-absolute URL (one slash, then a path character) stays on this origin whatever follows;
  // "/" + v does not ("//evil.example" is protocol-relative).
  if (/^\/[^/\\\s'"]/.test(literal)) return true;
  return /^https?:\/\/[^/\s'"]+\//i.test(literal) && !/[{%]/.test(literal.split("/").slice(0, 3).join("/"));
}

/**
 * The text an expression starts with as far as it is made of literals and constant names: an f-string's text and
 * constant fields up to its first other field, a `+` chain's constant operands up to its first other one.
 * Undefined when it starts with neither.
 */
function constantHead(ctx: PythonContext, n: SyntaxNode | undefined, depth: number): string | undefined {
  if (!n || depth > 6) return undefined;
  const v = ctx.constValue(n);
  if (typeof v === "string") return v;
  if (n.type === "parenthesized_expression") return constantHead(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+") {
    const left = field(n, "left");
    const lv = ctx.constValue(left);
    if (typeof lv !== "string") return constantHead(ctx, left, depth + 1);
    return lv + (constantHead(ctx, field(n, "right"), depth + 1) ?? "");
  }
  // `''.join(['/welcome/', v])`: the literal items and separators up to the first item that is not constant.
  if (n.type === "call" && ctx.method(n) === "join" && ctx.args(n).length === 1) {
    const sep = ctx.constValue(field(field(n, "function") ?? n, "object"));
    const items = typeof sep === "string" ? ctx.literalItemsOf(ctx.args(n)[0]) : undefined;
    if (!items) return undefined;
    let out = "";
    for (const [i, item] of items.entries()) {
      if (i) out += sep;
      const head = constantHead(ctx, item, depth + 1);
      if (head === undefined) return out;
      out += head;
      if (typeof ctx.constValue(item) !== "string") return out;
    }
    return out;
  }
  if (n.type === "string") {
    let out = "";
    for (const c of n.children) {
      if (c.type === "string_content" || c.type === "escape_sequence") out += ctx.text(c);
      else if (c.type === "interpolation") {
        const e = namedChildren(c)[0];
        // a format spec or conversion changes the text: stop there
        const cv = e && namedChildren(c).length === 1 ? ctx.constValue(e) : undefined;
        if (typeof cv !== "string") return out;
        out += cv;
      }
    }
    return out;
  }
  return undefined;
}

/**
 * The string a name starts as when, in the use's function, it is bound once by a plain assignment before the use
 * and otherwise only grown by `+=`: `target = "https://host/"; target += nxt`. Undefined otherwise.
 */
function appendedTo(ctx: PythonContext, use: SyntaxNode): SyntaxNode | undefined {
  const name = ctx.text(use);
  const scope = ctx.enclosingFunction(use) ?? ctx.tree.root;
  let head: SyntaxNode | undefined;
  let grown = false;
  for (const n of descendants(scope)) {
    if (n.type !== "assignment" && n.type !== "augmented_assignment") continue;
    const left = field(n, "left");
    if (left?.type !== "identifier" || ctx.text(left) !== name) continue;
    if (n.type === "augmented_assignment") {
      if (n.children.find((c) => !c.named)?.type !== "+=") return undefined;
      grown = true;
      continue;
    }
    if (head || n.end > use.start) return undefined;
    head = field(n, "right");
  }
  return grown && head?.type === "string" ? head : undefined;
}

/** `NAME` read as a mapping's key somewhere in the file: `m[NAME]`, `m[self.NAME]`, `m.get(cls.NAME, ...)`. */
export function usedAsLookupKey(ctx: PythonContext, name: string): boolean {
  if (!/^\w+$/.test(name)) return false;
  return sourceMatches(
    ctx.tree,
    `(\\[|\\.(get|pop|getenv|setdefault)\\(|environ\\[)\\s*(\\w+\\.)?${name}\\s*[\\],)]`,
  );
}

/**
 * The module is deployed as an AWS Lambda (or Google Cloud background) function: it defines a top-level
 * `handler(event, context)`. Such a function's /tmp is private to its execution environment (no other local user
 * can pre-create a name there), and every function of the module runs in that environment.
 */
export function serverlessModule(ctx: PythonContext): boolean {
  // An answer can add a `handler(event, context)` of its own: the deployment it claims is not evidence.
  if (authorContextIgnored(ctx)) return false;
  if (!sourceHas(ctx.tree, /\(\s*event\s*,\s*context\s*\)/)) return false;
  // Once per analysis: a rule may ask at every print() of the module.
  let known = SERVERLESS.get(ctx);
  if (known === undefined) SERVERLESS.set(ctx, (known = hasServerlessHandler(ctx)));
  return known;
}

const SERVERLESS = new WeakMap<PythonContext, boolean>();

function hasServerlessHandler(ctx: PythonContext): boolean {
  return ctx.tree.root.children.some((c) => {
    const fn = c.type === "decorated_definition" ? field(c, "definition") : c;
    if (fn?.type !== "function_definition") return false;
    const p = ctx.paramNames(fn);
    return p.length === 2 && p[0] === "event" && p[1] === "context";
  });
}

/** Fields only an API Gateway (or function URL) event has: the caller's HTTP request. */
const HTTP_EVENT_FIELD =
  /(\[\s*|\.get\(\s*)['"](headers|multiValueHeaders|cookies|body|queryStringParameters|multiValueQueryStringParameters|pathParameters|httpMethod|rawPath|rawQueryString)['"]/;

/**
 * A Lambda handler `(event, context)` that reads its event's HTTP fields: the event is the caller's request,
 * Authorization header and cookies included. Its name, else undefined (an S3 or schedule event holds no secret).
 */
export function apiGatewayEvent(ctx: PythonContext, fn: SyntaxNode): string | undefined {
  const p = ctx.paramNames(fn);
  if (p.length !== 2 || !/^(event|evt)$/.test(p[0]!) || !/^_?(context|ctx)$/.test(p[1]!)) return undefined;
  const body = ctx.text(field(fn, "body") ?? fn);
  return new RegExp(`\\b${p[0]}\\s*${HTTP_EVENT_FIELD.source}`).test(body) ? p[0] : undefined;
}

/** Field declarations whose factory argument builds each instance's default value (dataclasses, attrs). */
export const DEFAULT_FACTORY_OWNERS = /^(dataclasses\.field|attr\.ib|attr\.attrib|attr\.field|attrs\.field)$/;

/**
 * The value's nodes and those of the local names it is built from (`raw = f"{uid}:{time.time()}"` then
 * `md5(raw.encode())`), followed through `depth` bindings: what a secret or an IV is made of.
 */
export function valueParts(ctx: PythonContext, n: SyntaxNode, depth = 2): SyntaxNode[] {
  const own = [n, ...descendants(n)];
  if (depth <= 0) return own;
  const out = [...own];
  for (const d of own) {
    if (d.type !== "identifier") continue;
    const v = ctx.resolve(d);
    if (v && v !== d && !(v.start <= n.start && v.end >= n.end)) out.push(...valueParts(ctx, v, depth - 1));
  }
  return out;
}

/**
 * A template whose source is known text (a literal, or one of a few) with no markup in it (`Hello ${name}`): plain
 * text, a greeting or an e-mail line, not a page. Where its rendering is returned as a page, the response is
 * judged there.
 */
export function markupFreeTemplate(ctx: PythonContext, tpl: SyntaxNode): boolean {
  const texts = ctx.possibleStrings(ctx.arg(tpl, 0, /mako/.test(ctx.callee(tpl)) ? "text" : "source"));
  return !!texts?.length && texts.every((t) => !/[<>]/.test(t));
}

/** A dict's constant-key entries at `at`: the literal or dict(...) it is bound to, then its update()s and item writes. */
export function dictOptions(
  ctx: PythonContext,
  name: SyntaxNode | undefined,
  at: SyntaxNode,
  depth = 0,
): Map<string, SyntaxNode> | undefined {
  if (!name) return undefined;
  // The one plain binding of the name in this function, else at module level (its update()s are not
  // bindings of their own).
  const n = ctx.text(name);
  const bindsIn = (scope: SyntaxNode | undefined) =>
    ctx.tree.nodes
      .filter(
        (a) =>
          a.type === "assignment" &&
          ctx.text(a.children.find((c) => c.field === "left") ?? a) === n &&
          ctx.enclosingFunction(a) === scope,
      )
      .map((a) => a.children.find((c) => c.field === "right"));
  let fn = ctx.enclosingFunction(at);
  // `**POLICY.flags`: a @property of a local class that returns one dict literal.
  const obj = name.type === "attribute" ? field(name, "object") : undefined;
  const getter =
    obj?.type === "identifier"
      ? ctx.instanceProperty(obj, ctx.text(field(name, "attribute") ?? name))
      : undefined;
  const returned = getter ? ctx.returnValues(getter) : [];
  if (getter && (returned.length !== 1 || returned[0]!.type !== "dictionary")) return undefined;
  // `**asdict(opts)` with opts a local dataclass instance (through dataclasses.replace): its fields.
  if (
    name.type === "call" &&
    /^(dataclasses\.)?asdict$/.test(ctx.callee(name)) &&
    ctx.args(name).length === 1
  )
    return ctx.recordFields(ctx.args(name)[0]!);
  // `**dict(opts)` (or a copy()): a plain copy of the mapping holds the same options.
  const copied =
    name.type === "call" &&
    /^(dict|copy\.copy)$/.test(ctx.callee(name)) &&
    namedChildren(field(name, "arguments") ?? name).length === 1
      ? ctx.args(name)[0]
      : undefined;
  if (copied && depth < 4) return dictOptions(ctx, copied, at, depth + 1);
  // `**self.cookie_options` with the dict stored once on self (in __init__) and never written into.
  const held = name.type === "attribute" && !getter ? ctx.selfAttrValue(name) : undefined;
  let binds = returned.length ? returned : held ? [held] : name.type !== "identifier" ? [name] : bindsIn(fn);
  // `with cookie_flags() as flags:`: the with statement's binding in this function.
  if (!binds.length && fn && name.type === "identifier") {
    const held = ctx.valueOf(name);
    if (held?.parent?.type === "as_pattern" && ctx.enclosingFunction(held) === fn) binds = [held];
  }
  if (!binds.length && fn) binds = bindsIn((fn = undefined));
  const dict = binds.length === 1 ? binds[0] : undefined;
  const out = new Map<string, SyntaxNode>();
  const addKwargs = (call: SyntaxNode): boolean => {
    for (const a of call.children.find((c) => c.field === "arguments")?.children ?? []) {
      if (!a.named || a.type === "comment") continue;
      if (a.type !== "keyword_argument") return false;
      const k = a.children.find((c) => c.field === "name");
      const v = a.children.find((c) => c.field === "value");
      if (k && v) out.set(ctx.text(k), v);
    }
    return true;
  };
  // `opts = cookie_opts()` / `with cookie_flags() as opts`: a local helper (or @contextmanager generator) whose
  // one return (or yield) is a dict literal, or a name it builds as one: that dict's entries, then this
  // function's updates below.
  const helper = dict?.type === "call" && depth < 3 ? ctx.localCallee(dict) : undefined;
  if (helper?.type === "function_definition") {
    const made = [...ctx.returnValues(helper), ...ctx.yieldedValues(helper)];
    const one = made.length === 1 ? made[0]! : undefined;
    const inner = one ? dictOptions(ctx, one, one.type === "identifier" ? one : at, depth + 1) : undefined;
    if (!inner) return undefined;
    for (const [k, v] of inner) out.set(k, v);
  } else if (dict?.type === "dictionary") {
    for (const pair of dict.children) {
      if (!pair.named) continue;
      // `{**BASE, 'secure': True}`: the entries of the dict spread in, then the ones after it.
      if (pair.type === "dictionary_splat") {
        const inner =
          depth < 3
            ? dictOptions(
                ctx,
                pair.children.find((c) => c.named),
                at,
                depth + 1,
              )
            : undefined;
        if (!inner) return undefined;
        for (const [k, v] of inner) out.set(k, v);
        continue;
      }
      const k =
        pair.type === "pair" ? ctx.constValue(pair.children.find((c) => c.field === "key")) : undefined;
      const v = pair.children.find((c) => c.field === "value");
      if (typeof k !== "string" || !v) return undefined;
      out.set(k, v);
    }
  } else if (dict?.type === "call" && ctx.callee(dict) === "dict") {
    if (!addKwargs(dict)) return undefined;
  } else if (dict?.type === "call" && /^(collections\.)?ChainMap$/.test(ctx.callee(dict)) && depth < 3) {
    // `ChainMap(OVERRIDES, DEFAULTS)`: a key is looked up in each map in turn, so the first that has it wins.
    const maps = ctx.args(dict);
    if (!maps.length || ctx.kwarg(dict, "maps")) return undefined;
    for (const m of [...maps].reverse()) {
      const inner = /splat/.test(m.type) ? undefined : dictOptions(ctx, m, m, depth + 1);
      if (!inner) return undefined;
      for (const [k, v] of inner) out.set(k, v);
    }
  } else return undefined;
  if (name.type !== "identifier") return out;
  for (const w of ctx.tree.nodes) {
    const wf = ctx.enclosingFunction(w);
    if (w.start < dict!.end || w.start >= at.start || (wf !== fn && wf !== ctx.enclosingFunction(at)))
      continue;
    // (An update in a branch that never runs, `if SECURE_ENV: opts['secure'] = True` with SECURE_ENV False.)
    if ((w.type === "call" || w.type === "assignment") && ctx.unreachable(w)) continue;
    if (
      w.type === "call" &&
      ctx.text(w.children.find((c) => c.field === "function") ?? w) === n + ".update"
    ) {
      if (!addKwargs(w)) return undefined;
    } else if (w.type === "assignment") {
      const l = w.children.find((c) => c.field === "left");
      if (l?.type !== "subscript" || ctx.text(l.children.find((c) => c.field === "value") ?? l) !== n)
        continue;
      const sub = l.children.find((c) => c.field === "subscript");
      const k = ctx.constValue(sub);
      const v = w.children.find((c) => c.field === "right");
      // `for k, v in (('secure', False), ...): opts[k] = v`: one write per item of the literal.
      const unrolled = typeof k !== "string" && v ? ctx.loopKeyedWrites(w, sub, v) : undefined;
      if (unrolled) for (const u of unrolled) out.set(u.key, u.value);
      else if (typeof k !== "string" || !v) return undefined;
      else out.set(k, v);
    }
  }
  return out;
}

/** A string literal's text up to its first f-string field (the whole text of a plain string). */
export function fStringHead(ctx: PythonContext, n: SyntaxNode): string {
  let out = "";
  for (const c of n.children) {
    if (c.type === "interpolation") break;
    if (c.type === "string_content" || c.type === "escape_sequence") out += ctx.text(c);
  }
  return out;
}

/**
 * Functions that check a typed password against the stored one and answer True/False (werkzeug, Django, bcrypt,
 * hmac, passlib-style helpers); rules add their own neighbours (`verify`, `authenticate`, ...).
 */
export const PASSWORD_CHECKS = "check_password_hash|check_password|checkpw|compare_digest|verify_password";

/**
 * A login as the anonymous user (`FTP(host, user="anonymous", passwd="me@example.org")`, `ftp.login("anonymous",
 * ...)`): by the protocol's convention the password is an e-mail address or nothing, no secret; the data is public.
 */
export function anonymousLogin(ctx: PythonContext, call: SyntaxNode): boolean {
  const user =
    ctx.kwarg(call, "user") ??
    ctx.kwarg(call, "username") ??
    ctx.kwarg(call, "login") ??
    ctx.args(call)[/^(login|auth|authenticate)$/.test(ctx.method(call) ?? "") ? 0 : 1];
  return /^(anonymous|ftp)$/i.test(ctx.stringValue(ctx.resolve(user)) ?? "");
}

/**
 * The annotated parameter (`n: int`, `q: str = Query(...)`) of the function around `id` that `id` names, with that
 * function: how a FastAPI handler's typed parameters say what the framework parses from the request.
 */
export function typedParameter(
  ctx: PythonContext,
  id: SyntaxNode,
): { fn: SyntaxNode; param: SyntaxNode } | undefined {
  const fn = ctx.enclosingFunction(id);
  const params = fn ? field(fn, "parameters") : undefined;
  if (!fn || !params) return undefined;
  const name = ctx.text(id);
  const param = namedChildren(params).find(
    (c) =>
      (c.type === "typed_parameter" || c.type === "typed_default_parameter") &&
      ctx.text(field(c, "name") ?? namedChildren(c)[0] ?? c) === name,
  );
  return param ? { fn, param } : undefined;
}

// A test module: a unittest/pytest/nose import beside a test function or TestCase, or two top-level test functions
// (pytest collects them with no import).
const TEST_FRAMEWORK = /^[ \t]*(?:import|from)[ \t]+(?:unittest|pytest|nose2?|django\.test)\b/m;
const TEST_DEFS = /^(?:async[ \t]+)?def[ \t]+test_?\w*\(|^class[ \t]+\w+\([^)\n]*TestCase\b/m;
const TWO_TEST_FUNCTIONS =
  /^(?:async[ \t]+)?def[ \t]+test_\w*\([\s\S]*?^(?:async[ \t]+)?def[ \t]+test_\w*\(/m;
// A test class of a suite with its own base (`class TestShell(utils.TestShell)`, `class BasicAuthTest(
// FunctionalTest)`) or a test double (`class FakeClientManager`): beside a test-framework import, the module is a
// test or a test-support module (fakes.py), whose top level holds the tests' data.
const TEST_CLASSES =
  /^class[ \t]+(?:Test\w*|\w+Tests?|\w+TestCase|(?:Fake|Mock|Stub)[A-Z0-9_]\w*)[ \t]*[(:]/m;

/**
 * Test code: a test function, a TestCase's method, a fixture (inTestCode), or a statement at the top level of a test
 * module (`sid = uuid1().hex` beside `def test_create(): ...`), which sets up the module's tests. A function of a
 * test module that is not a test stays out: a snippet may hold an app beside its tests.
 */
export function inTestScope(ctx: PythonContext, node: SyntaxNode): boolean {
  if (authorContextIgnored(ctx)) return false;
  if (inTestCode(ctx, node)) return true;
  for (let p: SyntaxNode | null = node.parent; p; p = p.parent)
    if (p.type === "function_definition" || p.type === "class_definition" || p.type === "lambda")
      return false;
  return (
    (sourceHas(ctx.tree, TEST_FRAMEWORK) &&
      (sourceHas(ctx.tree, TEST_DEFS) || sourceHas(ctx.tree, TEST_CLASSES))) ||
    sourceHas(ctx.tree, TWO_TEST_FUNCTIONS)
  );
}

/** The reason a finding in test code is a LOW reminder. */
export const TEST_SCOPE_REASON =
  "in test code (a test function, a TestCase method, a fixture, or a test module's top level): the test's own data";

// A Django settings module written for a test run: settings (SECRET_KEY beside INSTALLED_APPS) with a mark only
// test settings carry: an installed app or URLconf named tests, an in-memory SQLite database, a TEST_RUNNER, or a
// module docstring saying it is for tests.
const DJANGO_SETTINGS =
  /^SECRET_KEY\s*=[\s\S]*?^INSTALLED_APPS\s*=|^INSTALLED_APPS\s*=[\s\S]*?^SECRET_KEY\s*=/m;
const TEST_SETTINGS_MARK =
  /^\s*['"](?:[\w.]+\.)?tests['"]\s*,?\s*$|^ROOT_URLCONF\s*=\s*['"](?:[\w.]+\.)?tests?\.urls['"]|['"]NAME['"]\s*:\s*['"]:memory:['"]|^TEST_RUNNER\s*=|^\s*(?:[rRuU]?"""|[rRuU]?''')\s*(?:Django\s+)?settings\s+(?:for|used\s+(?:by|for|in))\s+(?:the\s+)?(?:unit\s+)?test/m;

/** Is this file a Django settings module for a test run (where a literal SECRET_KEY or password is a fixture)? */
export function testSettingsModule(ctx: PythonContext): boolean {
  if (authorContextIgnored(ctx)) return false;
  return sourceHas(ctx.tree, DJANGO_SETTINGS) && sourceHas(ctx.tree, TEST_SETTINGS_MARK);
}

/** The reason a setting in a test settings module is a LOW reminder. */
export const TEST_SETTINGS_REASON =
  "in a Django settings module for a test run (a tests app or URLconf, an in-memory database, a test runner): a fixture's setting";

/**
 * The mapping and key of a keyed read, `m[k]` or `m.get(k)` (`request.headers.get("X-User")`,
 * `request.META["REMOTE_ADDR"]`); undefined for any other node. The key is undefined for `m.get()`.
 */
export function keyedRead(
  ctx: PythonContext,
  n: SyntaxNode,
): { map: SyntaxNode; key: SyntaxNode | undefined } | undefined {
  if (n.type === "subscript") {
    const map = field(n, "value");
    return map ? { map, key: field(n, "subscript") ?? undefined } : undefined;
  }
  if (n.type !== "call" || ctx.method(n) !== "get") return undefined;
  const fn = field(n, "function");
  const map = fn?.type === "attribute" ? field(fn, "object") : undefined;
  return map ? { map, key: ctx.args(n)[0] } : undefined;
}

/**
 * A test module: a test framework imported beside a test, or two test functions. Its helpers (a `make_func` that
 * execs a def from the test's parameter strings, a timing `Bench`) run the tests' own data. Never in an answer.
 */
export function testModule(ctx: PythonContext): boolean {
  if (authorContextIgnored(ctx)) return false;
  return (
    (sourceHas(ctx.tree, TEST_FRAMEWORK) &&
      (sourceHas(ctx.tree, TEST_DEFS) || sourceHas(ctx.tree, TEST_CLASSES))) ||
    sourceHas(ctx.tree, TWO_TEST_FUNCTIONS)
  );
}

/** The values filled into a built string (`%` operands, `.format` arguments, f-string fields, `+` operands). */
export function filledValues(ctx: PythonContext, n: SyntaxNode, depth: number, out: SyntaxNode[]): void {
  if (depth > 3) {
    out.push(n);
    return;
  }
  const r = n.type === "identifier" ? (ctx.resolve(n, 1) ?? n) : n;
  if (r.type === "parenthesized_expression") {
    const inner = r.children.find((c) => c.named);
    if (inner) filledValues(ctx, inner, depth + 1, out);
    return;
  }
  if (r.type === "string" || r.type === "concatenated_string") {
    for (const c of descendants(r))
      if (c.type === "interpolation") {
        const e = c.children.find((k) => k.named);
        if (e) out.push(e);
      }
    return;
  }
  if (r.type === "binary_operator") {
    const op = r.children.find((c) => !c.named)?.type;
    const left = field(r, "left");
    const right = field(r, "right");
    if (!left || !right) return void out.push(r);
    if (op === "+") {
      filledValues(ctx, left, depth + 1, out);
      filledValues(ctx, right, depth + 1, out);
      return;
    }
    if (op === "%") {
      const items = right.type === "tuple" ? right.children.filter((c) => c.named) : [right];
      out.push(...items);
      return;
    }
  }
  if (r.type === "call" && ctx.method(r) === "format") {
    for (const a of ctx.args(r)) out.push(a.type === "keyword_argument" ? (field(a, "value") ?? a) : a);
    return;
  }
  out.push(r);
}

/**
 * The detector's `report`, lowering each finding to a LOW reminder when the node is in test code (inTestCode: a
 * test function, a TestCase method, a fixture; never in an answer): a test's request to its own mocked or local
 * server and its check of the insecure option are the test's data.
 */
export function lowInTestCode(
  ctx: PythonContext,
  node: SyntaxNode,
  report: (r: Report) => void,
): (r: Report) => void {
  if (!inTestCode(ctx, node)) return report;
  return (r) => report({ ...r, severity: "LOW", reason: TEST_SCOPE_REASON });
}
