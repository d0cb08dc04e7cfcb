import { Level } from "../../dataflow/python.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, nodesOfType, perTree, sourceHas } from "../../parse/nodes.js";
import { fixedOrigin, inTestCode, isBuiltString, markupFreeTemplate, pyRule } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

const TORNADO = /^\s*(import|from)\s+tornado\b/m;
/** A CGI script: it reads its request from cgi / QUERY_STRING and prints an HTML page. */
const CGI = /\bimport\s+cgi\b|\bcgi\.FieldStorage\b|\bQUERY_STRING\b/;
const CGI_HTML = /Content-Type:\s*text\/html/i;

/**
 * In a WSGI callable (`def application(environ, start_response)` calling start_response with a Content-Type
 * that is HTML, or none), the one element of a returned list or tuple literal: the body served.
 */
function wsgiHtmlBody(ctx: PythonContext, fn: SyntaxNode, ret: SyntaxNode): SyntaxNode | undefined {
  const params = (field(fn, "parameters")?.children ?? []).filter((c) => c.type === "identifier");
  if (params.length !== 2 || ctx.text(params[0]!) !== "environ") return undefined;
  const sr = ctx.text(params[1]!);
  const value = ret.children.find((c) => c.named);
  if (value?.type !== "list" && value?.type !== "tuple") return undefined;
  const items = value.children.filter((c) => c.named);
  if (items.length !== 1) return undefined;
  const body = ctx.text(fn);
  if (!body.includes(sr + "(")) return undefined;
  const type = /(['"])content-type\1\s*,\s*(['"])([^'"]*)\2/i.exec(body);
  return type && !/html/i.test(type[3]!) ? undefined : items[0];
}

/** A module with a stdlib http.server request handler (its `self.wfile` is the response body). */
const PYRAMID = /^\s*(import|from)\s+pyramid\b/m;
/** Django REST framework's renderer that sends a string body as the page itself. */
const STATIC_HTML = /\bStaticHTMLRenderer\b/;

/**
 * A DRF view that may answer with StaticHTMLRenderer: `@renderer_classes([StaticHTMLRenderer])` on the function,
 * or `renderer_classes = [...]` naming it in the view's class. Response(data) then sends the string as HTML.
 */
function staticHtmlView(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(call);
  if (!fn) return false;
  const def = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  if (
    def.type === "decorated_definition" &&
    namedChildren(def).some((d) => d.type === "decorator" && STATIC_HTML.test(ctx.text(d)))
  )
    return true;
  let cls: SyntaxNode | null = fn.parent;
  while (cls && cls.type !== "class_definition") cls = cls.parent;
  const body = cls ? field(cls, "body") : undefined;
  return !!body?.children.some(
    (st) =>
      st.type === "expression_statement" &&
      /^renderer_classes\s*=/.test(ctx.text(st)) &&
      STATIC_HTML.test(ctx.text(st)),
  );
}

/** Escapers of HTML text. */
const HTML_ESCAPE =
  /^(html\.escape|markupsafe\.escape|flask\.escape|jinja2\.escape|django\.utils\.html\.escape|cgi\.escape|xml\.sax\.saxutils\.escape|bleach\.clean|escape)$/;

/**
 * A decorator of this file that escapes what the view returns: `def escaped(view)` whose wrapper returns
 * `escape(view(*a, **kw))` (or escapes a name bound to the view's result). Every string the view returns reaches
 * the response through that escape.
 */
function escapedByDecorator(ctx: PythonContext, fn: SyntaxNode): boolean {
  const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  if (!dec) return false;
  for (const d of namedChildren(dec)) {
    const expr = d.type === "decorator" ? namedChildren(d)[0] : undefined;
    if (expr?.type !== "identifier") continue;
    const name = ctx.text(expr);
    const def = ctx.tree.nodes.find(
      (n) =>
        n.type === "function_definition" &&
        n !== fn &&
        ctx.text(field(n, "name") ?? n) === name &&
        !ctx.enclosingFunction(n),
    );
    const wrapped = def ? ctx.paramNames(def)[0] : undefined;
    if (!def || !wrapped) continue;
    const callsWrapped = (v: SyntaxNode | undefined): boolean => {
      const r = v?.type === "identifier" ? (ctx.resolve(v) ?? v) : v;
      return r?.type === "call" && ctx.text(field(r, "function") ?? r) === wrapped;
    };
    if (
      descendants(def).some(
        (c) => c.type === "call" && HTML_ESCAPE.test(ctx.callee(c)) && callsWrapped(ctx.args(c)[0]),
      )
    )
      return true;
    // `kwargs = {k: escape(v) ... for k, v in kwargs.items()}` then `view(**kwargs)`: the view's parameters (its
    // route's path values) arrive escaped; a view reading the request itself gets no such help.
    if (/\brequest\b/.test(ctx.text(fn))) continue;
    const escapedKwargs = descendants(def).some((c) => {
      if (c.type !== "call" || ctx.text(field(c, "function") ?? c) !== wrapped) return false;
      const splat = namedChildren(field(c, "arguments") ?? c).find((a) => a.type === "dictionary_splat");
      const d = splat ? namedChildren(splat)[0] : undefined;
      const made = d?.type === "identifier" ? ctx.resolve(d) : d;
      return (
        made?.type === "dictionary_comprehension" &&
        descendants(made).some((e) => e.type === "call" && HTML_ESCAPE.test(ctx.callee(e)))
      );
    });
    if (escapedKwargs) return true;
  }
  return false;
}

/** `request.args.get('q')`, `self.get_argument('q')`: a getter of the request's own fields (its text as sent). */
function requestRead(ctx: PythonContext, call: SyntaxNode): boolean {
  if (
    !/^(get|getlist|getone|getall|get_argument|get_query_argument|get_body_argument|get_param)$/.test(
      ctx.method(call),
    )
  )
    return false;
  const recv = field(field(call, "function") ?? call, "object");
  return !!recv && ctx.level(call, "html") === Level.SOURCE && /(^|\.)(request|req)\b/.test(ctx.text(recv));
}

const HTTP_SERVER = /\b(Base|Simple|CGI)HTTPRequestHandler\b/;
/**
 * A module with an App Engine webapp/webapp2 handler: `self.response.out.write` is webapp's alone; a bare
 * `self.response.write` counts beside webapp's `self.request.get(...)` (fragments often show a method without its
 * class or imports).
 */
const WEBAPP = /\bwebapp2?\b|self\.response\.out\.write|self\.request\.get\(/;

/** Fields of a stored record that hold what a user wrote. */
const USER_TEXT_FIELD =
  /^(bio|body|about|description|comment|content|message|text|signature|notes?|title|summary|headline|caption|display_name|html|body_html|content_html|rich_text)$/;
/** ORM lookups that load one stored row (Django, SQLAlchemy, Flask-SQLAlchemy). */
const ROW_LOOKUP =
  /(^|\.)get_object_or_404$|^\w+\.objects(\.\w+\([^)]*\))*\.(get|first|last)$|^\w+\.query\.(get|get_or_404|first|first_or_404)$|(^|\.)(session|db)\.get$/;

/**
 * `row.bio` (through string methods: `.replace(...)`, `.strip()`) where row is bound to a record an ORM lookup
 * loads and the field is one a user writes (a bio, a body, a comment): the attribute, undefined otherwise.
 */
function storedUserText(ctx: PythonContext, n: SyntaxNode): SyntaxNode | undefined {
  let e: SyntaxNode | undefined = n;
  for (let i = 0; i < 4 && e?.type === "call"; i++) {
    const f = field(e, "function");
    if (f?.type !== "attribute" || !/^(replace|strip|lstrip|rstrip|format)$/.test(ctx.method(e)))
      return undefined;
    e = field(f, "object") ?? undefined;
  }
  if (e?.type !== "attribute" || !USER_TEXT_FIELD.test(ctx.text(field(e, "attribute") ?? e)))
    return undefined;
  const obj = field(e, "object");
  const made = obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
  return made?.type === "call" && made !== obj && ROW_LOOKUP.test(ctx.text(field(made, "function") ?? made))
    ? e
    : undefined;
}

/** Calls that declare their argument to be markup: whatever it holds is emitted unescaped. */
const MARK_SAFE =
  /^(markupsafe\.Markup|flask\.Markup|jinja2\.Markup|Markup|mark_safe|django\.utils\.safestring\.(mark_safe|SafeString|SafeText)|SafeString|SafeText|django\.utils\.html\.format_html|format_html)$/;

/** Expressions a view may return as its body text (not a dict/list for JSON, not a response object). */
const BODY_SHAPES = new Set([
  "binary_operator",
  "string",
  "concatenated_string",
  "call",
  "identifier",
  "subscript",
  "attribute",
  "conditional_expression",
  "parenthesized_expression",
]);
/** Calls whose result is a response, JSON or a URL rather than body text. */
const NOT_TEXT =
  /(^|\.)(jsonify|make_response|Response|render_template|redirect|send_file|send_from_directory|abort|HttpResponse\w*|JsonResponse|url_for|dumps|loads)$/;
// substitute / safe_substitute: string.Template's.
const STRING_BUILDERS =
  /^(format|join|replace|strip|lstrip|rstrip|decode|lower|upper|format_map|substitute|safe_substitute)$/;

/** `buf.getvalue()` / `buf.read()` / `buf.readline()` with `buf = io.StringIO()` (or BytesIO): the text written in. */
function memoryStreamText(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  if (fn?.type !== "attribute" || !/^(getvalue|read|readline)$/.test(ctx.method(call))) return false;
  const made = ctx.resolve(field(fn, "object"));
  return made?.type === "call" && /^io\.(StringIO|BytesIO)$/.test(ctx.callee(made));
}

/** Names of helpers whose result a view returns as is (`return handle_post()` inside a route), per file. */
// One pass per file: returnedByView runs for every return statement outside a route.
const FLASK_VIEWS =
  /^\s*(from\s+flask\.views\s+import\b|from\s+flask\s+import\s+[^\n]*\bviews\b|import\s+flask\b)/m;
const HTTP_VERBS = /^(get|post|put|patch|delete|dispatch_request)$/;

/**
 * A Flask class-based view's handler: get/post/... (or dispatch_request) of a class deriving from flask.views'
 * MethodView or View, directly or through local bases. Flask serves what it returns, as a route function's.
 */
function flaskClassView(ctx: PythonContext, fn: SyntaxNode): boolean {
  if (!HTTP_VERBS.test(ctx.text(field(fn, "name") ?? fn)) || !sourceHas(ctx.tree, FLASK_VIEWS)) return false;
  const owner = fn.parent?.type === "decorated_definition" ? fn.parent : fn;
  let k = owner.parent?.type === "block" ? owner.parent.parent : undefined;
  for (let hops = 0; k?.type === "class_definition" && hops < 5; hops++) {
    const bases = field(k, "superclasses");
    const names = bases ? namedChildren(bases).map((b) => ctx.text(b)) : [];
    if (names.some((b) => /^(flask\.)?(views\.)?(MethodView|View)$/.test(b))) return true;
    k = names.map((b) => ctx.localClass(b)).find((c) => c !== undefined);
  }
  return false;
}

const viewReturned = perTree((ctx: PythonContext): Set<string | SyntaxNode> => {
  const names = new Set<string | SyntaxNode>();
  const nodes = nodesOfType(ctx.tree, "call");
  for (let i = 0; i < nodes.length; i++) {
    const c = nodes[i]!;
    if (c.parent?.type !== "return_statement") continue;
    const caller = ctx.enclosingFunction(c);
    if (!caller || !(ctx.isEntryFunction(caller) || flaskClassView(ctx, caller))) continue;
    names.add(ctx.callee(c));
    // `return page.title(q)`: a method of a local class, found through the receiver's class.
    const def = field(c, "function")?.type === "attribute" ? ctx.localCallee(c) : undefined;
    if (def) names.add(def);
  }
  // A returned method that returns another local method's result (a mixin's `body = super().render(); return
  // body`): the view returns that one's too.
  const todo = [...names].filter((n): n is SyntaxNode => typeof n !== "string");
  for (let i = 0; i < todo.length && i < 50; i++) {
    for (const r of ctx.returnValues(todo[i]!)) {
      const vals = r.type === "identifier" ? (ctx.reachingValues(r) ?? []) : [r];
      for (const v of vals) {
        const def =
          v.type === "call" && field(v, "function")?.type === "attribute" ? ctx.localCallee(v) : undefined;
        if (def && !names.has(def)) {
          names.add(def);
          todo.push(def);
        }
      }
    }
  }
  return names;
});

/**
 * A DRF serializer's `validate_<field>(self, value)` / `validate(self, attrs)`: an entry for its parameter (the
 * client's data), but what it returns becomes validated_data, not a response.
 */
function serializerValidator(ctx: PythonContext, fn: SyntaxNode): boolean {
  if (!/^validate(_\w+)?$/.test(ctx.text(field(fn, "name") ?? fn))) return false;
  const klass = fn.parent?.parent?.type === "class_definition" ? fn.parent.parent : undefined;
  return !!klass && /Serializer\b/.test(ctx.text(field(klass, "superclasses") ?? klass));
}

function returnedByView(ctx: PythonContext, fn: SyntaxNode): boolean {
  const name = field(fn, "name");
  if (!name) return false;
  const names = viewReturned(ctx);
  return names.has(ctx.text(name)) || names.has(fn);
}

/**
 * The request parameter of a Twisted resource's render method (`def render_GET(self, request)` in a class of a
 * module that imports twisted); undefined for anything else.
 */
function twistedRequest(ctx: PythonContext, fn: SyntaxNode): string | undefined {
  if (!/^render(_[A-Z]+)?$/.test(ctx.text(field(fn, "name") ?? fn))) return undefined;
  if (
    fn.parent?.parent?.type !== "class_definition" &&
    fn.parent?.parent?.parent?.type !== "class_definition"
  )
    return undefined;
  if (!sourceHas(ctx.tree, /^\s*(from|import)\s+twisted\b/m)) return undefined;
  const params = ctx.paramNames(fn);
  return params.length === 1 ? params[0] : undefined;
}

/**
 * Whether a handler's returned string is sent as HTML: not when its route decorator names another media type
 * (`@get("/x", media_type=MediaType.TEXT)`), nor in Litestar, which sends a str as text/plain unless told
 * `media_type=MediaType.HTML`.
 */
/**
 * WSME's `@expose(int)` / `@expose([types.text])`: the first argument is the return type, and the method's value
 * is serialised to JSON or XML by it. TurboGears' and Pecan's `@expose('json')` / `@expose('page.html')` name a
 * template or renderer with a string, CherryPy's `@cherrypy.expose(['alias'])` its aliases.
 */
function typedExpose(ctx: PythonContext, dec: SyntaxNode): boolean {
  const typeRef = (a: SyntaxNode): boolean => {
    if (a.type !== "identifier" && a.type !== "attribute") return false;
    const v = ctx.resolve(a);
    return !v || (v.type !== "string" && v.type !== "concatenated_string" && v.type !== "list");
  };
  return dec.children.some((c) => {
    if (c.type !== "decorator") return false;
    const e = namedChildren(c)[0];
    if (e?.type !== "call" || !/(^|\.)expose$/.test(ctx.callee(e))) return false;
    const first = ctx.args(e)[0];
    if (!first || first.type === "keyword_argument") return false;
    if (first.type === "list") {
      const items = namedChildren(first);
      return items.length > 0 && items.every(typeRef);
    }
    return typeRef(first);
  });
}

function servedAsHtml(ctx: PythonContext, fn: SyntaxNode): boolean {
  const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  const text = dec
    ? dec.children
        .filter((c) => c.type === "decorator")
        .map((c) => ctx.text(c))
        .join(" ")
    : "";
  const media = /\bmedia_type\s*=\s*([^,)]+)/.exec(text);
  if (media) return /HTML|html/.test(media[1]!);
  if (dec && typedExpose(ctx, dec)) return false;
  // Bottle (and other thread-local response objects): the handler sets the type of the response it returns,
  // `response.content_type = 'text/plain'` or `response.set_header('Content-Type', 'application/json')`. Every
  // such setting a constant that is not HTML, each a statement of the body itself (not under a branch, where
  // another path would return HTML): the returned string is not served as a page.
  const typeSet =
    /\b[\w.]*response\.(?:content_type\s*=\s*|headers\[\s*(['"])content-type\1\s*\]\s*=\s*|set_header\(\s*(['"])content-type\2\s*,\s*)([^\n,)]+)/gi;
  const settings = (t: string) => [...t.matchAll(typeSet)].map((m) => m[3]!.trim());
  const set = settings(ctx.text(fn));
  const top = namedChildren(field(fn, "body") ?? fn)
    .filter((st) => st.type === "expression_statement")
    .flatMap((st) => settings(ctx.text(st)));
  if (
    set.length &&
    top.length === set.length &&
    set.every((v) => /^(['"])[^'"]*\1$/.test(v) && !/html/i.test(v))
  )
    return false;
  // Litestar's own route decorators (a CherryPy or Flask handler beside them in the file serves its str as HTML).
  if (!sourceHas(ctx.tree, /^\s*(from\s+litestar\b|import\s+litestar\b)/m)) return true;
  return !(dec?.children ?? []).some((c) => {
    if (c.type !== "decorator") return false;
    const e = namedChildren(c)[0];
    return /^litestar\./.test(ctx.qname(e?.type === "call" ? field(e, "function") : e));
  });
}

/**
 * A FastAPI route (a decorator @x.get/post/... whose `x` was made by FastAPI() or APIRouter()) that serialises
 * what it returns as JSON: no response_class (nor the app's default_response_class) names an HTML response.
 * Flask's @app.get serves a returned string as text/html; FastAPI's sends it JSON-encoded.
 */
function fastApiJsonRoute(ctx: PythonContext, fn: SyntaxNode): boolean {
  const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  if (!dec) return false;
  for (const d of dec.children) {
    if (d.type !== "decorator") continue;
    const call = d.children.find((c) => c.named);
    if (call?.type !== "call") continue;
    const f = field(call, "function");
    if (
      f?.type !== "attribute" ||
      !/^(get|post|put|delete|patch|api_route)$/.test(ctx.text(field(f, "attribute") ?? f))
    )
      continue;
    const made = ctx.resolve(field(f, "object"));
    if (made?.type !== "call" || !/(^|\.)(FastAPI|APIRouter)$/.test(ctx.callee(made))) continue;
    const cls = ctx.kwarg(call, "response_class") ?? ctx.kwarg(made, "default_response_class");
    return !cls || !/HTML/i.test(ctx.text(cls));
  }
  return false;
}

/** `@app.errorhandler(404)`: what it returns is the error page. */
function errorHandler(ctx: PythonContext, fn: SyntaxNode): boolean {
  const dec = fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  return !!dec && dec.children.some((c) => c.type === "decorator" && /\.errorhandler\(/.test(ctx.text(c)));
}

/**
 * `resp = make_response(body)` then `resp.mimetype = 'text/plain'` (or content_type, or the Content-Type header)
 * in the same function: the type the response is sent with, when set to one constant.
 */
function typeSetLater(ctx: PythonContext, made: SyntaxNode): string | undefined {
  const bind = made.parent?.type === "assignment" ? field(made.parent, "left") : undefined;
  const fn = ctx.enclosingFunction(made);
  if (bind?.type !== "identifier" || !fn) return undefined;
  const name = ctx.text(bind);
  const found: (string | undefined)[] = [];
  for (const n of ctx.tree.nodes) {
    if (n.type !== "assignment" || n.start < made.end || n.end > fn.end || n.start < fn.start) continue;
    const left = field(n, "left");
    const t = left ? ctx.text(left).replace(/\s+/g, "") : "";
    if (
      new RegExp(
        `^${name}\\.(mimetype|content_type)$|^${name}\\.headers\\[['"]content-type['"]\\]$`,
        "i",
      ).test(t)
    )
      found.push(ctx.stringValue(field(n, "right")));
  }
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The Content-Type in a headers dict given to the response: make_response(body, 200, {"Content-Type": ...}),
 * Response(body, headers={...}).
 */
function headerType(ctx: PythonContext, call: SyntaxNode): string | undefined {
  return headersContentType(ctx, [...ctx.args(call).slice(1), ctx.kwarg(call, "headers")]);
}

/**
 * The Content-Type one of these header values sets: a dict `{"Content-Type": ...}` or a list of pairs
 * `[("Content-Type", ...)]` (both are Flask's headers forms), read through a name bound to one.
 */
function headersContentType(ctx: PythonContext, cands: (SyntaxNode | undefined)[]): string | undefined {
  for (const c of cands) {
    const d = c ? (ctx.resolve(c) ?? c) : undefined;
    if (d?.type === "dictionary") {
      for (const pair of namedChildren(d)) {
        if (pair.type !== "pair") continue;
        if (ctx.stringValue(field(pair, "key"))?.toLowerCase() === "content-type")
          return ctx.stringValue(field(pair, "value"));
      }
    } else if (d?.type === "list") {
      for (const item of namedChildren(d)) {
        const [k, v, ...more] = item.type === "tuple" ? namedChildren(item) : [];
        if (!more.length && ctx.stringValue(k)?.toLowerCase() === "content-type") return ctx.stringValue(v);
      }
    }
  }
  return undefined;
}

/**
 * JSONP: the expression a script body calls as a function, the piece just before a literal "(":
 * `cb + "(" + data + ")"`, f"{cb}({data})", "%s(%s)" % (cb, data), "{}({})".format(cb, data).
 */
function jsonpCallback(ctx: PythonContext, body: SyntaxNode | undefined): SyntaxNode | undefined {
  if (!body) return undefined;
  if (body.type === "binary_operator") {
    const op = body.children.find((c) => !c.named)?.type;
    if (op === "+") {
      const parts: SyntaxNode[] = [];
      const flatten = (n: SyntaxNode): void => {
        const o = n.type === "binary_operator" ? n.children.find((c) => !c.named)?.type : undefined;
        if (o === "+") {
          flatten(field(n, "left")!);
          flatten(field(n, "right")!);
        } else parts.push(n);
      };
      flatten(body);
      const i = parts.findIndex(
        (p, k) => !ctx.isLiteralString(p) && (ctx.stringValue(parts[k + 1]) ?? "").startsWith("("),
      );
      return i >= 0 ? parts[i] : undefined;
    }
    if (op === "%") {
      const fmt = ctx.stringValue(ctx.resolve(field(body, "left")));
      const right = field(body, "right");
      const items = right?.type === "tuple" ? namedChildren(right) : right ? [right] : [];
      const k = fmt === undefined ? -1 : placeholderBeforeParen(fmt, /%[-#0 +]*\d*(?:\.\d+)?[sdrif]/g);
      return k >= 0 ? items[k] : undefined;
    }
    return undefined;
  }
  if (body.type === "string") {
    const kids = body.children;
    const i = kids.findIndex(
      (c, k) =>
        c.type === "interpolation" &&
        kids[k + 1]?.type === "string_content" &&
        ctx.text(kids[k + 1]!).startsWith("("),
    );
    return i >= 0 ? kids[i]!.children.find((c) => c.named) : undefined;
  }
  if (body.type === "call" && ctx.method(body) === "format") {
    const fmt = ctx.stringValue(field(field(body, "function") ?? body, "object"));
    const k = fmt === undefined ? -1 : placeholderBeforeParen(fmt, /\{[^{}]*\}/g);
    return k >= 0 ? ctx.args(body)[k] : undefined;
  }
  return undefined;
}

/** The index of the placeholder that a "(" follows in a format string, or -1. */
/**
 * A mako Template that escapes what it renders: default_filters with 'h', or a text whose every ${...} expression
 * carries an `| h` filter (or none at all).
 */
function makoEscapes(ctx: PythonContext, tpl: SyntaxNode): boolean {
  const filters = ctx.kwarg(tpl, "default_filters");
  if (filters && /['"]h['"]/.test(ctx.text(filters))) return true;
  const text = ctx.stringValue(ctx.resolve(ctx.arg(tpl, 0, "text")));
  if (text === undefined) return false;
  return [...text.matchAll(/\$\{([^}]*)\}/g)].every((m) => /\|[^|]*\bh\b/.test(m[1]!));
}

function placeholderBeforeParen(fmt: string, placeholder: RegExp): number {
  let k = 0;
  for (const m of fmt.matchAll(placeholder)) {
    if (fmt[m.index + m[0].length] === "(") return k;
    k++;
  }
  return -1;
}

/** `name` holds a Django HttpResponse made here whose content type is HTML (the default) or unset. */
function djangoHtmlResponse(ctx: PythonContext, name: SyntaxNode): boolean {
  const made = ctx.resolve(name);
  if (made?.type !== "call" || !/^(django\.http\.)?HttpResponse$/.test(ctx.callee(made))) return false;
  const type = ctx.stringValue(ctx.kwarg(made, "content_type") ?? ctx.args(made)[1]);
  return type === undefined || /html/i.test(type);
}

/**
 * The HTML part of an e-mail a call builds, null when the call builds a mail part that is not HTML, undefined
 * for any other call: Flask-Mail Message(html=...), SendGrid Mail(html_content=...), HtmlContent(...) and
 * Content("text/html", ...), the standard library's MIMEText(text, "html") and EmailMessage's
 * add_alternative/set_content(text, subtype="html"). The recipient's mail client renders it.
 */
function emailHtmlPart(ctx: PythonContext, node: SyntaxNode, q: string): SyntaxNode | null | undefined {
  if (/^flask_mail\.Message$/.test(q)) return ctx.kwarg(node, "html") ?? null;
  if (/^sendgrid(\.helpers\.mail)?\.Mail$/.test(q)) {
    // A Content/HtmlContent object is reported where it is built.
    const html = ctx.arg(node, 4, "html_content");
    const made = ctx.resolve(html);
    if (made?.type === "call" && /^sendgrid(\.helpers\.mail)?\.(Html)?Content$/.test(ctx.callee(made)))
      return null;
    return html ?? null;
  }
  if (/^sendgrid(\.helpers\.mail)?\.HtmlContent$/.test(q)) return ctx.arg(node, 0, "content") ?? null;
  if (/^sendgrid(\.helpers\.mail)?\.Content$/.test(q)) {
    const type = ctx.arg(node, 0, "mime_type");
    const html =
      type && (/html/i.test(ctx.stringValue(type) ?? "") || /\bMimeType\.html$/.test(ctx.text(type)));
    return html ? (ctx.arg(node, 1, "content") ?? null) : null;
  }
  if (/^email\.mime\.text\.MIMEText$/.test(q)) {
    const sub = ctx.arg(node, 1, "_subtype");
    return sub && /^html$/i.test(ctx.stringValue(ctx.resolve(sub)) ?? "")
      ? (ctx.arg(node, 0, "_text") ?? null)
      : null;
  }
  const m = ctx.method(node);
  if (
    (m === "add_alternative" || m === "set_content") &&
    sourceHas(ctx.tree, /^\s*from\s+email\.message\s+import\b|^\s*import\s+email\b/m)
  ) {
    const sub = ctx.kwarg(node, "subtype");
    return sub && /^html$/i.test(ctx.stringValue(ctx.resolve(sub)) ?? "") ? (ctx.arg(node, 0) ?? null) : null;
  }
  return undefined;
}

/** The site's own URL builders: with literal arguments their result is a fixed path of the site. */
const URL_BUILDER =
  /^(django\.urls\.reverse|django\.shortcuts\.reverse|reverse|flask\.url_for|url_for|django\.templatetags\.static\.static|static)$/;

/**
 * `mark_safe(f"<a href='{reverse('home')}'>home</a>")`: every value spliced into the markup is a URL the site
 * builds from literals, so nothing in it comes from a user or the database.
 */
function ownUrlsOnly(ctx: PythonContext, markup: SyntaxNode): boolean {
  const n = ctx.resolve(markup) ?? markup;
  const parts: SyntaxNode[] = [];
  if (n.type === "string")
    for (const c of n.children) {
      if (c.type !== "interpolation") continue;
      const e = namedChildren(c)[0];
      if (e) parts.push(e);
    }
  else if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+")
    for (const c of namedChildren(n)) if (c.type !== "string") parts.push(c);
  return (
    parts.length > 0 &&
    parts.every((p) => {
      const v = ctx.resolve(p) ?? p;
      return (
        v.type === "call" &&
        URL_BUILDER.test(ctx.callee(v)) &&
        ctx.args(v).every((a) => ctx.level(a, "html") === Level.CONST) &&
        namedChildren(field(v, "arguments") ?? v).every(
          (a) => a.type !== "keyword_argument" || ctx.level(field(a, "value"), "html") === Level.CONST,
        )
      );
    })
  );
}

/**
 * format_html('<a href="{}">', url): the argument that fills a URL attribute from its first character, when it is
 * request data not headed by a fixed path or origin. HTML-escaping leaves `javascript:alert(1)` intact, and the
 * browser runs it on click. Undefined when no such argument.
 */
function urlAttrArg(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const [fmt, ...rest] = ctx.args(call);
  const text = ctx.stringValue(fmt);
  if (text === undefined) return undefined;
  const positional = rest.filter(
    (a) => a.type !== "keyword_argument" && a.type !== "dictionary_splat" && a.type !== "list_splat",
  );
  let auto = 0;
  for (const m of text.matchAll(/\{([^{}!:]*)[^{}]*\}/g)) {
    const key = m[1]!;
    const at = key === "" ? auto++ : /^\d+$/.test(key) ? Number(key) : key;
    const before = text.slice(0, m.index);
    if (!/\b(href|src|action|formaction|xlink:href)\s*=\s*["']?$/i.test(before)) continue;
    const arg = typeof at === "number" ? positional[at] : ctx.kwarg(call, at);
    if (!arg || !unsafeUrlValue(ctx, call, arg)) continue;
    return arg;
  }
  return undefined;
}

/**
 * Request data that may be a whole URL of the attacker's choosing: not headed by a fixed path or origin, and its
 * scheme never tested in the function (urlparse(u).scheme, u.startswith('https://'), Django's URL checks: any of
 * them rules out javascript:, whatever it does with the rest).
 */
function unsafeUrlValue(ctx: PythonContext, at: SyntaxNode, arg: SyntaxNode): boolean {
  if (ctx.level(arg, "redirect") !== Level.SOURCE || fixedOrigin(ctx, arg)) return false;
  const fn = ctx.enclosingFunction(at);
  const name = arg.type === "identifier" ? ctx.text(arg) : undefined;
  if (fn && name) {
    const body = ctx.text(fn);
    const n = name.replace(/\W/g, "");
    if (
      new RegExp(
        `url(?:parse|split)\\(\\s*${n}\\b[^)]*\\)\\.scheme|\\b${n}\\.(?:lower\\(\\)\\.)?startswith\\(\\s*\\(?\\s*[rbu]?['"](?:https?:|/)|url_has_allowed_host_and_scheme\\(\\s*${n}\\b|URLValidator\\([^)]*\\)\\(\\s*${n}\\b|re\\.(?:match|fullmatch)\\(\\s*r?['"]\\^?https`,
      ).test(body)
    )
      return false;
  }
  return !schemeCheckedChoice(ctx, arg);
}

/**
 * `site = u if urlparse(u).scheme in ('http', 'https') else '#'`: the request URL is kept only where a test of
 * its own scheme passed, and the fallback is not request data.
 */
function schemeCheckedChoice(ctx: PythonContext, arg: SyntaxNode): boolean {
  const bound = arg.type === "identifier" ? ctx.resolve(arg) : arg;
  if (bound?.type !== "conditional_expression") return false;
  const [kept, cond, other] = namedChildren(bound);
  if (!kept || !cond || !other || ctx.level(other, "redirect") === Level.SOURCE) return false;
  const k = regexEscape(ctx.text(kept));
  return new RegExp(
    `url(?:parse|split)\\(\\s*${k}\\s*\\)\\.scheme|${k}\\.(?:lower\\(\\)\\.)?startswith\\(\\s*\\(?\\s*[rbu]?['"](?:https?:|/)`,
  ).test(ctx.text(cond));
}

const URL_ATTR_OPEN = /\b(href|src|action|formaction|xlink:href)\s*=\s*["']?$/i;

/**
 * `"<a href='" + html.escape(u) + "'>"`, f"<img src={escape(u)}>": markup built here whose URL attribute starts
 * with an HTML-escaped request value. Escaping keeps the value inside the attribute but leaves `javascript:`
 * intact, which the browser runs on click. The value's place in the markup, or undefined.
 */
function escapedUrlAttr(ctx: PythonContext, body: SyntaxNode | undefined): SyntaxNode | undefined {
  const built = body && (body.type === "identifier" ? ctx.resolve(body) : body);
  if (!built) return undefined;
  // The markup as literal text and the values between it, in order.
  const pieces: (string | SyntaxNode)[] = [];
  const walk = (n: SyntaxNode, depth: number) => {
    if (depth > 8) return;
    if (n.type === "parenthesized_expression") return namedChildren(n).forEach((c) => walk(c, depth + 1));
    if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+")
      return namedChildren(n).forEach((c) => walk(c, depth + 1));
    if (n.type === "string") {
      for (const c of n.children) {
        if (c.type === "string_content" || c.type === "escape_sequence") pieces.push(ctx.text(c));
        else if (c.type === "interpolation") {
          const e = namedChildren(c)[0];
          if (e) pieces.push(e);
        }
      }
      return;
    }
    const v = ctx.stringValue(n);
    pieces.push(v ?? n);
  };
  walk(built, 0);
  let before = "";
  for (const p of pieces) {
    if (typeof p === "string") {
      before += p;
      continue;
    }
    // The escaper's call in place or through a name (`u = escape(...)`).
    const call = p.type === "identifier" ? ctx.resolve(p) : p;
    const escaped =
      call?.type === "call" && HTML_ESCAPE.test(ctx.callee(call)) ? ctx.args(call)[0] : undefined;
    if (escaped && URL_ATTR_OPEN.test(before) && unsafeUrlValue(ctx, p, escaped)) return p;
    before += "\u0000";
  }
  return undefined;
}

const FIXTURE_REASON =
  "the handler is defined inside a test function or a test class's method: the test's own fixture app, never served";

/**
 * The handler returning this value is defined inside a test (`def test_kwargs(self): class Root: @expose() def
 * greet(self, name): return 'Hello, %s!' % name`, or a TestCase method building the app): a fixture app the test
 * drives. A handler that is itself named test_* (or sits at module level) is not.
 */
function fixtureHandler(ctx: PythonContext, node: SyntaxNode): boolean {
  const handler = ctx.enclosingFunction(node);
  if (!handler) return false;
  for (let p = handler.parent; p; p = p.parent)
    if (p.type === "function_definition") {
      const body = field(p, "body");
      return !!body && inTestCode(ctx, body);
    }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-XSS-001",
    title: "Request data reflected into HTML without escaping",
    // CWE-83: it also finds request URLs that start an href/src attribute, where escaping leaves javascript: in.
    cwe: ["CWE-79", "CWE-80", "CWE-83"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "autoescaping is switched off, but no request data was traced into a template",
      },
      {
        severity: "LOW",
        when: "markup marked safe (or a jinja2 environment or mako template left at its no-escaping default, or a Django filter declared is_safe) holds a caller's value, not traced to request data",
      },
      {
        severity: "LOW",
        when: FIXTURE_REASON,
      },
    ],
    docs: {
      what_it_does:
        "Flags web handlers that return or wrap (make_response, HttpResponse, Markup) strings built from request data without html.escape, jinja2 environments with autoescape=False, JSONP callbacks named by the request, inline templates rendering request data through |safe or autoescape off, and (LOW) classes extending SafeString or Markup.",
      why_bad:
        "Markup in the value runs as script in other users' browsers, stealing sessions or acting on their behalf.",
      example_bad:
        "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/hi')\ndef hi():\n    return '<h1>Hello ' + request.args.get('name', '') + '</h1>'",
      example_good:
        "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/hi')\ndef hi():\n    return '<h1>Hello ' + html.escape(request.args.get('name', '')) + '</h1>'",
    },
    fix_hint:
      "Render through templates with autoescaping on, or escape values with html.escape / markupsafe.escape.",
  },
  // `self.write`/`self.finish` are sinks only in a file that imports tornado (TORNADO); `expose` counts as the
  // CherryPy/TurboGears decorator the data flow's entry test reads (`@expose`, `@cherrypy.expose`), not "exposes".
  trigger:
    /mako|sanic|falcon|bottle|render_template|route|expose\b|errorhandler\(|make_response|HttpResponse|Markup|mark_safe|Safe(String|Text)|format_html|html_message|text\/html|flask_mail|sendgrid|MIMEText|add_alternative|set_content|Environment|Template\(|is_safe|Context\(|Engine\(|EmailMessage|EmailMultiAlternatives|__html__|(?<=['"])autoescape['"]\s*:\s*False|HTMLResponse|Response\(|^(?=[\s\S]*?self\.(write|finish))(?=[\s\S]*?tornado)|wfile\.write|response\.(out\.)?write|start_response|@\w+\.(get|post|put|delete|patch)\(|@(get|post|put|delete|patch)\(|functions_framework|MethodView|flask\.views|twisted/,
  nodeTypes: ["return_statement", "call", "assignment", "pair", "class_definition", "decorator"],
  detect(node, ctx, report) {
    if (node.type === "decorator") {
      // @mark_safe on a function (a Django admin column): every value it returns is emitted unescaped.
      const expr = namedChildren(node)[0];
      const def = field(node.parent ?? node, "definition");
      if (!expr || !MARK_SAFE.test(ctx.qname(expr)) || def?.type !== "function_definition") return;
      const levels = ctx
        .returnValues(def)
        .map((v) => (isBuiltString(ctx, v) ? ctx.level(v, "html") : Level.CONST));
      const level = Math.max(Level.CONST, ...levels);
      if (level === Level.SOURCE)
        report({ node, message: "@mark_safe function returns request data as markup" });
      else if (level >= Level.UNKNOWN)
        report({
          node,
          severity: "LOW",
          message: `@mark_safe function returns markup built from ${level === Level.PARAM ? "a caller's" : "a non-literal"} value`,
        });
      return;
    }
    if (node.type === "class_definition") {
      // class Badge(SafeString): every instance is markup Django (or Jinja2, for Markup) emits without escaping,
      // whatever text it was built from.
      const bases = field(node, "superclasses");
      const base = bases
        ? namedChildren(bases).find((b) =>
            /^(django\.utils\.safestring\.)?(SafeString|SafeText|SafeData)$|^(markupsafe|jinja2|flask)\.Markup$/.test(
              ctx.qname(b),
            ),
          )
        : undefined;
      if (base)
        report({
          node,
          severity: "LOW",
          message: `class extends ${ctx.text(base)}: its instances skip HTML escaping`,
        });
      return;
    }
    if (node.type === "assignment") {
      const left = field(node, "left");
      const obj = left?.type === "attribute" ? field(left, "object") : undefined;
      // Flask-Mail: `msg.html = ...` on a Message is the mail's HTML part.
      if (obj && ctx.text(field(left!, "attribute") ?? left!) === "html") {
        const made = ctx.resolve(obj);
        const value = field(node, "right");
        if (
          made?.type === "call" &&
          /^flask_mail\.Message$/.test(ctx.callee(made)) &&
          value &&
          ctx.level(value, "html") === Level.SOURCE
        )
          report({ node, message: "request data in an HTML e-mail body without escaping" });
        return;
      }
      // Django: `resp = HttpResponse(); resp.content = ...` replaces the (text/html unless typed) body.
      if (obj?.type === "identifier" && ctx.text(field(left!, "attribute") ?? left!) === "content") {
        const value = field(node, "right");
        if (djangoHtmlResponse(ctx, obj) && value && ctx.level(value, "html") === Level.SOURCE)
          report({ node, message: "Django response content set from request data without escaping" });
        return;
      }
      // pyramid: `response = request.response; response.text = ...` (or `request.response.text`): the view's
      // response body, text/html unless the view sets another content type.
      if (
        left?.type === "attribute" &&
        /^(text|body|unicode_body)$/.test(ctx.text(field(left, "attribute") ?? left)) &&
        sourceHas(ctx.tree, PYRAMID)
      ) {
        const made = obj?.type === "identifier" ? ctx.resolve(obj) : obj;
        const fn = ctx.enclosingFunction(node);
        const req = fn ? ctx.paramNames(fn).find((p) => p !== "self" && p !== "context") : undefined;
        // ... or one the view made itself, `resp = Response()` (pyramid's or WebOb's), typed by its constructor
        // or later.
        const built =
          made?.type === "call" &&
          obj?.type === "identifier" &&
          /^(pyramid\.response|webob)\.Response$/.test(ctx.callee(made));
        if ((made?.type === "attribute" && req && ctx.text(made) === `${req}.response`) || built) {
          const recv = regexEscape(ctx.text(obj!));
          const ctorType = built ? ctx.stringValue(ctx.kwarg(made!, "content_type")) : undefined;
          const typed =
            new RegExp(`\\b${recv}\\.content_type\\s*=\\s*(['"])([^'"]*)\\1`).exec(ctx.text(fn!)) ??
            (ctorType !== undefined ? ["", "", ctorType] : null);
          const value = field(node, "right");
          if ((!typed || /html/i.test(typed[2]!)) && value && ctx.level(value, "html") === Level.SOURCE)
            report({ node, message: "pyramid response body set from request data without escaping" });
          return;
        }
      }
      // falcon: `resp.text = ...` in a responder is the body; HTML only when the responder sets an HTML
      // content type (falcon's default media type is JSON).
      if (
        obj?.type !== "identifier" ||
        !/^(text|body|data)$/.test(ctx.text(field(left!, "attribute") ?? left!))
      )
        return;
      if (!sourceHas(ctx.tree, /^\s*(import falcon|from falcon)/m)) return;
      const fn = ctx.enclosingFunction(node);
      const resp = ctx.text(obj);
      if (!fn || !/^on_[a-z]+/.test(ctx.text(field(fn, "name") ?? fn)) || ctx.paramNames(fn)[1] !== resp)
        return;
      const html = new RegExp(`\\b${resp}\\.content_type\\s*=\\s*(falcon\\.MEDIA_HTML|['"]text/html)`);
      const value = field(node, "right");
      if (html.test(ctx.text(fn)) && value && ctx.level(value, "html") === Level.SOURCE)
        report({ node, message: "falcon response body holds request data as HTML without escaping" });

      return;
    }
    if (node.type === "pair") {
      // Only "body" and "autoescape" keys matter: skip the rest before building any string.
      const keyNode = field(node, "key");
      if (keyNode?.type !== "string" || keyNode.end - keyNode.start > 14) return;
      if (ctx.stringValue(field(node, "key")) === "body") {
        // An API Gateway proxy response from a Lambda handler: {"headers": {"Content-Type": "text/html"}, "body": ...}.
        const fn = ctx.enclosingFunction(node);
        const value = field(node, "value");
        if (
          node.parent?.type === "dictionary" &&
          fn &&
          ctx.isEntryFunction(fn) &&
          /text\/html/.test(ctx.text(node.parent)) &&
          value &&
          ctx.level(value, "html") === Level.SOURCE
        )
          report({ node, message: "request data in an HTML response body without escaping" });
        return;
      }
      // Django/Jinja2 TEMPLATES OPTIONS {"autoescape": False}: every template of the site renders unescaped.
      if (field(node, "value")?.type !== "false" || ctx.stringValue(field(node, "key")) !== "autoescape")
        return;
      if (sourceHas(ctx.tree, /\bTEMPLATES\b|backends\.(django|jinja2)/))
        report({ node, severity: "MEDIUM", message: "template engine configured with autoescape off" });
      return;
    }
    if (node.type === "call") {
      const q = ctx.callee(node);
      // Twisted: request.write(body) in a resource's render_* method sends the body (text/html by default).
      if (ctx.method(node) === "write") {
        const fn = ctx.enclosingFunction(node);
        const req = fn ? twistedRequest(ctx, fn) : undefined;
        const recv = field(field(node, "function") ?? node, "object");
        const body = ctx.args(node)[0];
        if (req && recv && ctx.text(recv) === req && body && ctx.level(body, "html") === Level.SOURCE)
          report({
            node,
            message: "Twisted resource writes request data into its HTML body without escaping",
          });
        if (req) return;
      }
      const bottle = /^bottle\.template$/.test(q);
      if (/^((flask|quart)\.)?render_template_string$/.test(q) || bottle) {
        // Autoescaping is on, but `{{ v|safe }}` (or an autoescape-false block) passes the variable through raw;
        // in a Bottle SimpleTemplate source, `{{!v}}` does.
        // (the source may be a constant held in a name or table entry, or one of a few: each is read)
        const src = ctx.possibleStrings(ctx.args(node)[0])?.join("\n");
        if (src === undefined) return;
        const raw = bottle
          ? new Set([...src.matchAll(/\{\{\s*!\s*(\w+)/g)].map((m) => m[1]!))
          : /\{%-?\s*autoescape\s+false/i.test(src)
            ? undefined
            : new Set([...src.matchAll(/\{\{-?\s*(\w+)[^}]*\|\s*safe\b/g)].map((m) => m[1]!));
        if (raw && !raw.size) return;
        // `{% for n in notes %}{{ n.message|safe }}`: the loop's list is passed raw field by field; which free-text
        // fields, by the list's keyword.
        const loopFields = new Map<string, string[]>();
        if (raw && !bottle) {
          const loops = new Map(
            [...src.matchAll(/\{%-?\s*for\s+(\w+)\s+in\s+(\w+)\s*-?%\}/g)].map((m) => [m[1]!, m[2]!]),
          );
          for (const m of src.matchAll(/\{\{-?\s*(\w+)\.(\w+)[^}]*\|\s*safe\b/g)) {
            const list = loops.get(m[1]!);
            if (list) loopFields.set(list, [...(loopFields.get(list) ?? []), m[2]!]);
          }
        }
        const FREE_TEXT =
          /^(bio|about|comment|body|content|description|message|text|note|notes|signature|summary)$/;
        // ... a list of records a model query loads (`Notice.query.filter_by(...).all()`, `Post.objects.filter(...)`)
        // whose free-text field the loop writes raw: what users typed earlier (stored XSS).
        const storedList = (name: string, v: SyntaxNode | undefined) => {
          if (!loopFields.get(name)?.some((f) => FREE_TEXT.test(f))) return false;
          const rec = v?.type === "identifier" ? ctx.resolve(v) : v;
          return (
            rec?.type === "call" &&
            /(^|\.)(all|filter|filter_by|order_by|limit|offset|exclude|paginate)$/.test(ctx.method(rec)) &&
            /\.(query|objects)\.\w+\(/.test(ctx.text(rec))
          );
        };
        // ... or a free-text field of a record loaded by id (`p = Profile.query.get_or_404(pid)`, `p.bio`): what a
        // user typed earlier, passed raw under |safe (stored XSS). Only for |safe by name, not a whole raw block.
        const storedText = (v: SyntaxNode | undefined) => {
          if (v?.type !== "attribute" || !raw) return false;
          if (!FREE_TEXT.test(ctx.text(field(v, "attribute") ?? v))) return false;
          const rec = ctx.resolve(field(v, "object"));
          return (
            rec?.type === "call" &&
            /(^|\.)(get|get_or_404|first|first_or_404|one|get_object_or_404)$/.test(
              ctx.callee(rec) || ctx.method(rec),
            )
          );
        };
        const hit = namedChildren(field(node, "arguments") ?? node).find(
          (a) =>
            a.type === "keyword_argument" &&
            (((!raw || raw.has(ctx.text(field(a, "name") ?? a))) &&
              (ctx.level(field(a, "value"), "html") === Level.SOURCE || storedText(field(a, "value")))) ||
              storedList(ctx.text(field(a, "name") ?? a), field(a, "value"))),
        );
        if (hit)
          report({ node, message: "template marks user-supplied text safe (|safe): it is not escaped" });
        return;
      }
      if (/^(jinja2\.Environment|Environment)$/.test(q) && ctx.kwarg(node, "autoescape")?.type === "false") {
        report({ node, severity: "MEDIUM", message: "autoescaping disabled" });
        return;
      }
      if (
        /^django\.template\.(Context|context\.Context|Engine|engine\.Engine)$/.test(q) &&
        ctx.kwarg(node, "autoescape")?.type === "false"
      ) {
        report({ node, severity: "MEDIUM", message: "autoescaping disabled" });
        return;
      }
      if (/^(filter|simple_tag)$/.test(ctx.method(node)) && ctx.kwarg(node, "is_safe")?.type === "true") {
        // Django passes a filter's output through unescaped when it declares is_safe.
        report({
          node,
          severity: "LOW",
          message: "template filter declared is_safe: its output is not escaped",
        });
        return;
      }
      if (/^(jinja2\.Environment|jinja2\.Template)$/.test(q) && !ctx.kwarg(node, "autoescape")) {
        report({
          node,
          severity: "LOW",
          message: `${q.split(".").pop()} without autoescape (jinja2's default is off)`,
        });
        return;
      }
      if (/^(django\.core\.mail\.)?(send_mail|send_mass_mail|mail_admins|mail_managers)$/.test(q)) {
        // An HTML mail body is rendered by the recipient's mail client.
        const html = ctx.kwarg(node, "html_message");
        if (html && ctx.level(html, "html") === Level.SOURCE)
          report({ node, message: "request data in an HTML e-mail body without escaping" });
        return;
      }
      if (/^django\.core\.mail\.(EmailMessage|EmailMultiAlternatives)$/.test(q)) {
        // The body is HTML when the message says so (content_subtype = "html"): the recipient's client renders it.
        const body = ctx.arg(node, 1, "body");
        if (
          body &&
          sourceHas(ctx.tree, /content_subtype\s*=\s*['"]html['"]/) &&
          ctx.level(body, "html") === Level.SOURCE
        )
          report({ node, message: "request data in an HTML e-mail body without escaping" });
        return;
      }
      const mailHtml = emailHtmlPart(ctx, node, q);
      if (mailHtml !== undefined) {
        if (mailHtml && ctx.level(mailHtml, "html") === Level.SOURCE)
          report({ node, message: "request data in an HTML e-mail body without escaping" });
        return;
      }
      if (ctx.method(node) === "attach_alternative" && /html/i.test(ctx.text(ctx.args(node)[1] ?? node))) {
        const html = ctx.args(node)[0];
        if (html && ctx.level(html, "html") === Level.SOURCE)
          report({ node, message: "request data in an HTML e-mail alternative without escaping" });
        return;
      }
      if (/^render(_unicode)?$/.test(ctx.method(node))) {
        // tpl.render(name=request...) on a mako Template that escapes nothing: the value lands in the HTML raw.
        const fn = field(node, "function");
        let tpl = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
        // lookup.get_template(name): a template of a mako TemplateLookup, escaped as the lookup's default_filters say.
        if (tpl?.type === "call" && ctx.method(tpl) === "get_template") {
          const gf = field(tpl, "function");
          const lookup = ctx.resolve(gf?.type === "attribute" ? field(gf, "object") : undefined);
          if (lookup?.type === "call" && /^mako\.lookup\.TemplateLookup$/.test(ctx.callee(lookup)))
            tpl = lookup;
        }
        if (
          tpl?.type === "call" &&
          /^mako\.(template\.Template|lookup\.TemplateLookup)$/.test(ctx.callee(tpl)) &&
          !makoEscapes(ctx, tpl) &&
          !(/^mako\.template\.Template$/.test(ctx.callee(tpl)) && markupFreeTemplate(ctx, tpl))
        ) {
          const raw = namedChildren(field(node, "arguments") ?? node).some((a) => {
            const v = a.type === "keyword_argument" ? field(a, "value") : a;
            return !!v && ctx.level(v, "html") === Level.SOURCE;
          });
          if (raw) {
            report({ node, message: "request data rendered by a mako Template that escapes nothing" });
            return;
          }
        }
      }
      if (/^mako\.(template\.Template|lookup\.TemplateLookup)$/.test(q)) {
        // mako escapes nothing unless told to (default_filters=['h'] or an explicit |h per expression); a
        // TemplateLookup hands its default_filters to every template it loads.
        if (!makoEscapes(ctx, node))
          report({
            node,
            severity: "LOW",
            message: `mako ${q.slice(q.lastIndexOf(".") + 1)} without default_filters=['h'] (no HTML escaping)`,
          });
        return;
      }
      if (/^((flask|quart)\.)?render_template$/.test(q)) {
        // Flask autoescapes only .html/.htm/.xml/.xhtml/.svg templates; request data in any other is raw.
        const name = ctx.stringValue(ctx.args(node)[0]);
        if (!name || /\.(html?|xml|xhtml|svg|jinja2?|j2)$/i.test(name) || !/\.\w+$/.test(name)) return;
        const field_ = namedChildren(field(node, "arguments") ?? node).find(
          (a) => a.type === "keyword_argument" && ctx.level(field(a, "value"), "html") === Level.SOURCE,
        );
        if (field_)
          report({ node, message: `template ${name} is not autoescaped but receives request data` });
        return;
      }
      if (
        /^sanic\.response\.(text|raw)$/.test(q) &&
        /html/i.test(ctx.stringValue(ctx.kwarg(node, "content_type")) ?? headerType(ctx, node) ?? "")
      ) {
        // sanic's text()/raw() with an HTML content_type serve the body as a page.
        const body = ctx.args(node)[0] ?? ctx.kwarg(node, "body");
        if (body && ctx.level(body, "html") === Level.SOURCE)
          report({
            node,
            message: "sanic response built from request data is served as HTML without escaping",
          });
        return;
      }
      if (/^sanic\.response\.html$/.test(q)) {
        const body = ctx.args(node)[0] ?? ctx.kwarg(node, "body");
        if (body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: "sanic html() response built from request data without escaping" });
        return;
      }
      if (q === "chalice.Response" || q === "chalice.app.Response") {
        // Chalice: the body is sent as JSON unless a Content-Type header says otherwise.
        const body = ctx.kwarg(node, "body") ?? ctx.args(node)[0];
        if (/html/i.test(headerType(ctx, node) ?? "") && body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: "Chalice Response returns request data as HTML without escaping" });
        return;
      }
      if (q === "rest_framework.response.Response") {
        // DRF: a string Response rendered by StaticHTMLRenderer is the page itself (other renderers serialise
        // the data, TemplateHTMLRenderer passes it to an autoescaping template).
        const body = ctx.args(node)[0] ?? ctx.kwarg(node, "data");
        if (body && staticHtmlView(ctx, node) && ctx.level(body, "html") === Level.SOURCE)
          report({
            node,
            message: "DRF StaticHTMLRenderer response built from request data without escaping",
          });
        return;
      }
      if (/^(aiohttp\.web\.Response|pyramid\.response\.Response)$/.test(q)) {
        // The body is HTML only when the response says so; pyramid's default content type is text/html.
        const type =
          ctx.stringValue(ctx.kwarg(node, "content_type")) ??
          headerType(ctx, node) ??
          (q.startsWith("pyramid") && !ctx.kwarg(node, "json_body") ? "text/html" : "");
        const body = ctx.kwarg(node, "text") ?? ctx.kwarg(node, "body") ?? ctx.args(node)[0];
        if (/html/i.test(type) && body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: `${q}() returns request data as HTML without escaping` });
        return;
      }
      if (q === "azure.functions.HttpResponse") {
        // Azure Functions: the body is text/plain unless mimetype (or a Content-Type header) says HTML.
        const type =
          ctx.stringValue(ctx.kwarg(node, "mimetype")) ??
          headerType(ctx, node) ??
          typeSetLater(ctx, node) ??
          "";
        const body = ctx.args(node)[0] ?? ctx.kwarg(node, "body");
        if (/html/i.test(type) && body && ctx.level(body, "html") === Level.SOURCE)
          report({
            node,
            message: "Azure Functions HttpResponse returns request data as HTML without escaping",
          });
        return;
      }
      if (/^(write|writelines)$/.test(ctx.method(node))) {
        // Django: `resp.write(...)` / `resp.writelines([...])` append to an HttpResponse's body.
        const recv = field(field(node, "function") ?? node, "object");
        if (recv?.type === "identifier" && djangoHtmlResponse(ctx, recv)) {
          const body = ctx.args(node)[0];
          if (body && ctx.level(body, "html") === Level.SOURCE)
            report({ node, message: "Django response body extended with request data without escaping" });
          return;
        }
      }
      if (ctx.method(node) === "set_data" && sourceHas(ctx.tree, /\bflask\b/)) {
        // resp.set_data(body) on a Flask response (text/html unless the code sets another type).
        const recv = ctx.resolve(field(field(node, "function") ?? node, "object"));
        const made = recv?.type === "call" && /(^|\.)(make_response|Response)$/.test(ctx.callee(recv));
        const type = made
          ? ctx.stringValue(ctx.kwarg(recv, "mimetype") ?? ctx.kwarg(recv, "content_type"))
          : "";
        const body = ctx.args(node)[0];
        if (
          made &&
          (type === undefined || /html/i.test(type)) &&
          body &&
          ctx.level(body, "html") === Level.SOURCE
        )
          report({ node, message: "response body set from request data without escaping" });
        return;
      }
      if (MARK_SAFE.test(q)) {
        // format_html escapes its arguments but not its format string.
        const markup = ctx.args(node)[0];
        if (!markup) return;
        const scriptUrl = /(^|\.)format_html$/.test(q) ? urlAttrArg(ctx, node) : undefined;
        if (scriptUrl) {
          report({
            node: scriptUrl,
            message:
              "format_html() puts a request URL at the start of an href/src: escaping does not stop javascript:",
          });
          return;
        }
        const level = ctx.level(markup, "html");
        if (level === Level.SOURCE) report({ node, message: `${q}() marks request data as safe markup` });
        // `mark_safe(profile.bio.replace("\n", "<br>"))` of a row an ORM lookup loads: the text a user saved in
        // the field becomes markup (stored XSS). The data flow reads stored fields as the database's own.
        else if (level === Level.CONST && storedUserText(ctx, markup))
          report({
            node,
            message: `${q}() marks text a user saved (${ctx.text(storedUserText(ctx, markup)!)}) as safe markup`,
          });
        // A string built from a caller's value or a stored one (`Markup(f"<div>{user.bio}</div>")`): whatever the
        // value holds becomes markup (stored XSS when it was saved from a form).
        else if (level >= Level.UNKNOWN && isBuiltString(ctx, markup) && !ownUrlsOnly(ctx, markup))
          report({
            node,
            severity: "LOW",
            message: `${q}() marks a string built from ${level === Level.PARAM ? "a caller's" : "a non-literal"} value as safe`,
          });
        return;
      }
      if (
        (q === "print" || q === "sys.stdout.write") &&
        sourceHas(ctx.tree, CGI_HTML) &&
        sourceHas(ctx.tree, CGI)
      ) {
        // A CGI script writes its page to stdout after a text/html Content-Type line.
        const body = ctx.args(node)[0];
        if (
          body &&
          !/^Content-Type/i.test(ctx.stringValue(body) ?? "") &&
          ctx.level(body, "html") === Level.SOURCE
        )
          report({ node, message: "CGI script prints request data into the page without escaping" });
        return;
      }
      if (q === "self.wfile.write") {
        // http.server: the handler writes the body itself; HTML unless it sent another Content-Type.
        if (!sourceHas(ctx.tree, HTTP_SERVER)) return;
        const fn = ctx.enclosingFunction(node);
        const sent = fn
          ? /send_header\(\s*(['"])content-type\1\s*,\s*(['"])([^'"]*)\2/i.exec(ctx.text(fn))
          : null;
        if (sent && !/html/i.test(sent[3]!)) return;
        const body = ctx.args(node)[0];
        if (body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: "http.server handler writes request data into the page without escaping" });
        return;
      }
      if (/^self\.response\.(out\.)?write$/.test(q)) {
        // webapp/webapp2: the handler writes the body, text/html unless it set another Content-Type.
        if (!sourceHas(ctx.tree, WEBAPP)) return;
        const fn = ctx.enclosingFunction(node);
        const set = fn
          ? /response\.(headers\[\s*(['"])content-type\2\s*\]|content_type)\s*=\s*(['"])([^'"]*)\3/i.exec(
              ctx.text(fn),
            )
          : null;
        if (set && !/html/i.test(set[4]!)) return;
        const body = ctx.args(node)[0];
        if (body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: "webapp handler writes request data into the page without escaping" });
        return;
      }
      // `make_response(redirect(...))`: a response object wrapped again, no body text of its own.
      const wrapped = ctx.resolve(ctx.args(node)[0]);
      if (
        /(^|\.)make_response$/.test(q) &&
        wrapped?.type === "call" &&
        /(^|\.)(redirect|jsonify|make_response|Response|render_template|send_file|send_from_directory)$/.test(
          ctx.callee(wrapped),
        )
      )
        return;
      // Litestar's Response serialises its content as JSON unless media_type says HTML.
      if (/^litestar\.(response\.)?Response$/.test(q)) {
        const mt = ctx.kwarg(node, "media_type");
        const body = ctx.kwarg(node, "content") ?? ctx.args(node)[0];
        if (mt && /HTML|text\/html/.test(ctx.text(mt)) && body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: "Litestar HTML response wraps request data without escaping" });
        return;
      }
      if (
        !/^(flask\.make_response|make_response|django\.http\.HttpResponse|HttpResponse|(django\.http\.)?HttpResponse(BadRequest|NotFound|Forbidden|ServerError|Gone)|(django\.http\.)?StreamingHttpResponse|fastapi\.responses\.HTMLResponse|starlette\.responses\.HTMLResponse|HTMLResponse|self\.write|self\.finish|markupsafe\.Markup|flask\.Markup|Markup|mark_safe|django\.utils\.safestring\.mark_safe|flask\.Response|werkzeug\.wrappers\.Response|Response|fastapi\.Response|fastapi\.responses\.Response|starlette\.responses\.Response)$/.test(
          q,
        )
      )
        return;
      // self.write/finish are tornado's response body only inside a tornado RequestHandler.
      if (/^self\.(write|finish)$/.test(q) && !sourceHas(ctx.tree, TORNADO)) return;
      // tornado writes a dict as JSON (application/json), not as markup; so does Flask's make_response (a dict,
      // and since Flask 2.2 a list, goes through jsonify).
      const flaskMake = /^(flask\.)?make_response$/.test(q);
      if (/^self\.(write|finish)$/.test(q) || flaskMake) {
        const arg = ctx.args(node)[0];
        const v = arg && (ctx.resolve(arg) ?? arg);
        if (
          v?.type === "dictionary" ||
          v?.type === "dictionary_comprehension" ||
          (v?.type === "call" && ctx.callee(v) === "dict") ||
          (flaskMake && (v?.type === "list" || v?.type === "list_comprehension"))
        )
          return;
      }
      // A body declared as something other than HTML (JSON, plain text) is not rendered as markup.
      const type =
        ctx.stringValue(
          ctx.kwarg(node, "mimetype") ?? ctx.kwarg(node, "content_type") ?? ctx.kwarg(node, "media_type"),
        ) ??
        headerType(ctx, node) ??
        typeSetLater(ctx, node);
      const body =
        ctx.args(node)[0] ??
        ctx.kwarg(node, "response") ??
        ctx.kwarg(node, "content") ??
        ctx.kwarg(node, "streaming_content");
      if (type !== undefined && /javascript|ecmascript/i.test(type)) {
        // JSONP: a script whose function name comes from the request runs whatever the caller writes there.
        const callback = jsonpCallback(ctx, ctx.resolve(body));
        if (callback && ctx.level(callback, "html") === Level.SOURCE)
          report({ node, message: "JSONP response calls a function name taken from the request" });
        return;
      }
      if (type !== undefined && !/html/i.test(type)) return;
      // werkzeug's own Response (Flask's subclass defaults to HTML) is sent as text/plain unless told otherwise.
      if (type === undefined && /^werkzeug\.(wrappers\.(response\.)?)?Response$/.test(q)) return;
      if (body && ctx.level(body, "html") === Level.SOURCE)
        report({ node, message: `${q}() wraps request data without escaping` });
      else {
        const url = escapedUrlAttr(ctx, body);
        if (url)
          report({
            node: url,
            message: `${q}() body starts an href/src with a request URL: escaping does not stop javascript:`,
          });
      }
      return;
    }
    const fn = ctx.enclosingFunction(node);
    if (fn && ctx.text(field(fn, "name") ?? fn) === "__html__") {
      // __html__() declares its result safe markup (Django, Jinja2, MarkupSafe): an attribute returned as is
      // reaches the page unescaped.
      const v = node.children.find((c) => c.named);
      if (v?.type === "attribute" && ctx.text(field(v, "object") ?? v) === "self")
        report({
          node,
          severity: "LOW",
          message: "__html__() returns an attribute as safe markup without escaping",
        });
      return;
    }
    // Twisted: what a resource's render_GET/render_POST returns is the response body, text/html unless the method
    // sets another type.
    const twisted = fn && node.type === "return_statement" ? twistedRequest(ctx, fn) : undefined;
    if (twisted) {
      const type = new RegExp(
        `\\b${twisted}\\.setHeader\\(\\s*b?['"]content-type['"]\\s*,\\s*b?['"]([^'"]*)`,
        "i",
      ).exec(ctx.text(fn!))?.[1];
      const value = node.children.find((c) => c.named);
      if ((type === undefined || /html/i.test(type)) && value && ctx.level(value, "html") === Level.SOURCE)
        report({ node, message: "Twisted resource returns request data in its HTML body without escaping" });
      return;
    }
    // A WSGI callable returns the body as an iterable of byte strings: `return [page.encode()]`.
    const wsgiBody = fn && node.type === "return_statement" ? wsgiHtmlBody(ctx, fn, node) : undefined;
    if (wsgiBody) {
      // Its only inputs are the request's environ and the start_response callback.
      if (ctx.level(wsgiBody, "html") >= Level.PARAM)
        report({ node, message: "WSGI application returns request data in an HTML body without escaping" });
      return;
    }
    if (
      !fn ||
      !(
        ctx.isEntryFunction(fn) ||
        flaskClassView(ctx, fn) ||
        returnedByView(ctx, fn) ||
        errorHandler(ctx, fn)
      )
    )
      return;
    if (!servedAsHtml(ctx, fn)) return;
    if (fastApiJsonRoute(ctx, fn)) return;
    if (serializerValidator(ctx, fn)) return;
    if (escapedByDecorator(ctx, fn)) return;
    let value = node.children.find((c) => c.named);
    // `return body, 200` / `return body, 200, headers`: the first element is the body.
    if (value?.type === "expression_list" || value?.type === "tuple") {
      const [body, ...rest] = namedChildren(value);
      // `return body, 200, {"Content-Type": "text/plain"}`: Flask sends the body with the type those headers set.
      const type = headersContentType(ctx, rest);
      if (type !== undefined && !/html/i.test(type)) return;
      value = body;
    }
    // `html = '<p>%s</p>' % v; return html`: the shape is where the name was built. A Flask view's returned
    // string is served as text/html, markup or not; dicts and lists become JSON, other calls are responses
    // (judged by the call branch) or values we cannot see.
    if (!value || !BODY_SHAPES.has(value.type)) return;
    // A template built here from a constant and rendered is body text too (judged by what it leaves unescaped).
    // So is a request field read and returned as is: `return request.args.get('msg', '')`.
    if (
      value.type === "call" &&
      !STRING_BUILDERS.test(ctx.method(value)) &&
      ctx.callee(value) !== "str" &&
      ctx.templateRender(value) === undefined &&
      !requestRead(ctx, value) &&
      !memoryStreamText(ctx, value)
    )
      return;
    if (value.type === "identifier") {
      // A name is judged by what it was built from: not a dict/list (JSON) nor a response object.
      const built = ctx.resolve(value);
      if (!built || !BODY_SHAPES.has(built.type)) return;
      if (built.type === "call" && NOT_TEXT.test(ctx.callee(built))) return;
    }
    if (ctx.level(value, "html") !== Level.SOURCE) {
      const url = escapedUrlAttr(ctx, value);
      if (url && !fixtureHandler(ctx, node))
        report({
          node: url,
          message:
            "a request URL starts an href/src of the returned HTML: escaping does not stop javascript:",
        });
      return;
    }
    if (fixtureHandler(ctx, node)) {
      report({
        node,
        severity: "LOW",
        reason: FIXTURE_REASON,
        message: "a test's fixture app returns request data as HTML without escaping",
      });
      return;
    }
    report({ node, message: "HTML response built from request data without escaping" });
  },
  cases: {
    valid: [
      // an in-memory stream read back holds only what was written: escaped text here
      "import io, html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/p')\ndef p():\n    buf = io.StringIO()\n    buf.write(html.escape(request.args['n']))\n    return buf.getvalue()",
      // a view's (body, status, headers) tuple whose headers set a type that is not HTML
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/p')\ndef p():\n    return 'hi ' + request.args['n'], 200, {'Content-Type': 'text/plain; charset=utf-8'}",
      "from flask import Flask, request\napp = Flask(__name__)\nPLAIN = [('Content-Type', 'text/plain')]\n@app.route('/p')\ndef p():\n    return 'hi ' + request.args['n'], PLAIN",
      // the escaped request value follows a fixed path, sits in the link text, or its scheme is checked
      "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/l')\ndef l():\n    u = html.escape(request.args['u'])\n    return \"<a href='/people/\" + u + \"'>\" + u + '</a>'",
      "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/l')\ndef l():\n    u = request.args['u']\n    if not u.startswith(('https://', 'http://')):\n        u = '#'\n    return \"<a href='\" + html.escape(u) + \"'>go</a>\"",
      "import html\nfrom urllib.parse import urlparse\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/l')\ndef l():\n    u = request.args['u']\n    site = u if urlparse(u).scheme in ('http', 'https') else '#'\n    return f\"<a href='{html.escape(site)}'>go</a>\"",
      "from flask import request\nfrom flask.views import MethodView\nfrom markupsafe import escape\nclass Hi(MethodView):\n    def get(self):\n        return '<h1>%s</h1>' % escape(request.args.get('n', ''))",
      // Flask's make_response of a dict is a JSON response.
      "from flask import Flask, make_response, request\napp = Flask(__name__)\n@app.route('/l', methods=['POST'])\ndef l():\n    resp = make_response({'user': request.form.get('user', '')})\n    resp.set_cookie('sid', 'x', secure=True, httponly=True)\n    return resp",
      // A module-level list of constant-valued redactors, each applied in turn (the list is never emptied).
      "from flask import Flask, request\napp = Flask(__name__)\nREDACT = [lambda v: '[redacted]']\n@app.route('/c')\ndef f():\n    c = request.args['c']\n    for r in REDACT:\n        c = r(c)\n    return '<p>' + c + '</p>'",
      "from django.contrib.auth.password_validation import validate_password\nfrom django.core.exceptions import ValidationError\nfrom django.http import HttpResponse, HttpResponseBadRequest\ndef register(request):\n    pw = request.POST.get('password', '')\n    try:\n        validate_password(pw)\n    except ValidationError as exc:\n        return HttpResponseBadRequest(' '.join(exc.messages))\n    return HttpResponse('ok')",
      "import functools\nfrom flask import Flask\nfrom markupsafe import escape\napp = Flask(__name__)\ndef esc(view):\n    @functools.wraps(view)\n    def w(**kwargs):\n        kwargs = {k: escape(x) for k, x in kwargs.items()}\n        return view(**kwargs)\n    return w\n@app.route('/h/<name>')\n@esc\ndef h(name):\n    return f'<h1>{name}</h1>'",
      "from chalice import Chalice, Response\napp = Chalice(app_name='a')\n@app.route('/h')\ndef h():\n    n = app.current_request.query_params.get('n')\n    return Response(body={'n': n}, headers={'Content-Type': 'application/json'})",
      "from rest_framework.decorators import api_view\nfrom rest_framework.response import Response\n@api_view(['GET'])\ndef v(request):\n    return Response('<p>%s</p>' % request.query_params.get('q'))",
      "from pyramid.view import view_config\n@view_config(route_name='s')\ndef s(request):\n    r = request.response\n    r.content_type = 'text/plain'\n    r.text = request.params.get('q', '')\n    return r",
      "from pyramid.response import Response\ndef s(request):\n    r = Response(content_type='text/plain')\n    r.text = request.params.get('q', '')\n    return r",
      "import functools\nfrom flask import Flask, request\nfrom markupsafe import escape\napp = Flask(__name__)\ndef escaped(view):\n    @functools.wraps(view)\n    def w(*a, **kw):\n        return escape(view(*a, **kw))\n    return w\n@app.route('/e')\n@escaped\ndef e():\n    return 'Hi ' + request.args.get('m', '')",
      "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.write({'q': self.get_argument('q')})",
      "import html\nimport functions_framework\n@functions_framework.http\ndef f(request):\n    return '<p>' + html.escape(request.args.get('q', '')) + '</p>'",
      "from sanic.response import text\nasync def h(request):\n    return text('<p>' + request.args.get('q'))",
      "import azure.functions as func\ndef main(req: func.HttpRequest) -> func.HttpResponse:\n    return func.HttpResponse('Hello ' + req.params.get('name'))",
      "import tornado.template, tornado.web\nPAGE = tornado.template.Template('<h2>{{ q }}</h2>')\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.write(PAGE.generate(q=self.get_argument('q')))",
      "from flask import request\nfrom email.mime.text import MIMEText\ndef f():\n    return MIMEText('Hi ' + request.form['n'], 'plain')",
      "from flask import request\nfrom sendgrid.helpers.mail import Content\ndef f():\n    return Content('text/plain', request.form['c'])",
      "from django.core.mail import EmailMultiAlternatives\nfrom django.template.loader import render_to_string\ndef f(request):\n    m = EmailMultiAlternatives('s', 't', 'a@x', ['b@x'])\n    m.attach_alternative(render_to_string('m.html', {'i': request.POST['i']}), 'text/html')",
      "from django.http import HttpResponse\ndef v(request):\n    r = HttpResponse(content_type='text/plain')\n    r.write(request.GET['q'])\n    return r",
      "from django.http import StreamingHttpResponse\ndef v(request):\n    q = request.GET['q']\n    return StreamingHttpResponse((q for _ in range(3)), content_type='text/csv')",
      "from litestar import get\n@get('/hi')\nasync def hi(name: str) -> str:\n    return f'<h1>{name}</h1>'",
      "from bottle import request, template\ndef hi():\n    return template('<h1>{{name}}</h1>', name=request.query.name)",
      // The handler set the returned body's type to plain text.
      "from bottle import request, response, route\n@route('/t')\ndef t():\n    response.content_type = 'text/plain'\n    return 'Hello ' + request.query.name",
      "import bottle\n@bottle.route('/t')\ndef t():\n    bottle.response.set_header('Content-Type', 'application/json')\n    return '{\"n\": \"' + bottle.request.query.name + '\"}'",
      "from flask import request\ndef f():\n    return '<p>' + escape_text(request.args['q']) + '</p>'",
      "from mako.template import Template\nt = Template('<p>${x | h}</p>')",
      "from django.utils.html import format_html\nfrom django.utils.safestring import mark_safe\n@mark_safe\ndef badge(o):\n    return '<hr/>'",
      "import json\nfrom flask import make_response, request\ndef v():\n    return make_response(json.dumps(request.get_json()), 200, {'Content-Type': 'application/json'})",
      "from flask import make_response, request\ndef v():\n    r = make_response('<p>' + request.args['n'])\n    r.mimetype = 'text/plain'\n    return r",
      "from flask import make_response, redirect, request\ndef v():\n    r = make_response(redirect(request.referrer or '/'))\n    r.set_cookie('t', 'dark')\n    return r",
      "import html, os\nfrom urllib.parse import parse_qs\nq = parse_qs(os.environ.get('QUERY_STRING', ''))['q'][0]\nprint('Content-Type: text/html\\n')\nprint('<p>' + html.escape(q) + '</p>')",
      "import os\nfrom urllib.parse import parse_qs\nq = parse_qs(os.environ.get('QUERY_STRING', ''))['q'][0]\nprint('Content-Type: text/plain\\n')\nprint(q)",
      "from urllib.parse import parse_qs\ndef application(environ, start_response):\n    n = parse_qs(environ['QUERY_STRING'])['n'][0]\n    start_response('200 OK', [('Content-Type', 'text/plain')])\n    return [n.encode()]",
      "import html\nfrom http.server import BaseHTTPRequestHandler\nfrom urllib.parse import parse_qs, urlparse\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        who = parse_qs(urlparse(self.path).query)['who'][0]\n        self.end_headers()\n        self.wfile.write(('<h1>' + html.escape(who) + '</h1>').encode())",
      "from http.server import BaseHTTPRequestHandler\nfrom urllib.parse import parse_qs, urlparse\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        who = parse_qs(urlparse(self.path).query)['who'][0]\n        self.send_header('Content-Type', 'text/plain')\n        self.end_headers()\n        self.wfile.write(who.encode())",
      "from flask import make_response, request\ndef v():\n    r = make_response('', mimetype='text/plain')\n    r.set_data(request.args['n'])\n    return r",
      "from markupsafe import Markup\nfrom flask import request\ndef v():\n    return Markup('<b>{}</b>').format(request.args['n'])",
      "from flask import render_template_string, request\ndef v():\n    return render_template_string('<p>{{ q }}</p>', q=request.args['q'])",
      "from flask import render_template_string, request\ndef v():\n    return render_template_string('<p>{{ n|safe }} {{ q }}</p>', n='<b>x</b>', q=request.args['q'])",
      "from flask import render_template_string, request\nTPL = {'plain': '<p>{{ q }}</p>', 'raw': '<p>{{ q|safe }}</p>'}\ndef v():\n    tpl = TPL['plain']\n    return render_template_string(tpl, q=request.args['q'])",
      "from flask import render_template_string\ndef v(pid):\n    p = Profile.query.get_or_404(pid)\n    return render_template_string('<p>{{ bio }}</p>', bio=p.bio)",
      "from flask import render_template_string\ndef v(pid):\n    p = Page.query.get_or_404(pid)\n    return render_template_string('<p>{{ html|safe }}</p>', html=p.rendered_html)",
      "from flask import render_template_string\ndef v(uid):\n    ns = Note.query.filter_by(owner=uid).all()\n    return render_template_string('{% for n in ns %}<p class=\"{{ n.level|safe }}\">{{ n.body }}</p>{% endfor %}', ns=ns)",
      "import falcon, html\nclass R:\n    def on_get(self, req, resp):\n        resp.content_type = falcon.MEDIA_HTML\n        resp.text = '<p>' + html.escape(req.get_param('n')) + '</p>'",
      "import falcon\nclass R:\n    def on_get(self, req, resp):\n        resp.text = '<p>' + req.get_param('n') + '</p>'",
      "from flask import render_template, request\ndef f():\n    return render_template('note.html', body=request.args['b'])",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/n')\ndef n():\n    rows = db.session.query(User).filter_by(name=request.args['name']).all()\n    return str(rows)",
      "from flask import Flask, request\nfrom .users import lookup_user\napp = Flask(__name__)\n@app.route('/u')\ndef u():\n    return '<p>' + lookup_user(request.args['id']).display_name + '</p>'",
      "from aiohttp import web\nasync def h(request):\n    return web.Response(text=request.query['n'])",
      "from markupsafe import Markup\nfrom flask import request\ndef f():\n    return Markup('<b>%s</b>') % request.args['m']",
      "from markupsafe import Markup\nfrom flask import request\ndef f():\n    return Markup('<b>') + request.args['m'] + Markup('</b>')",
      "from mako.template import Template\nfrom pyramid.response import Response\nT = Template('<p>${x}</p>', default_filters=['h'])\ndef v(request):\n    return Response(T.render(x=request.params['x']))",
      "from mako.template import Template\nfrom pyramid.response import Response\ndef v(request):\n    return Response(Template('<p>${x | h}</p>').render(x=request.params['x']))",
      "from mako.lookup import TemplateLookup\nfrom pyramid.response import Response\nL = TemplateLookup(directories=['t'], default_filters=['h'])\ndef v(request):\n    return Response(L.get_template('p.html').render(x=request.params['x']))",
      "import tornado.web, tornado.escape\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.write('<b>' + tornado.escape.xhtml_escape(self.get_argument('n')) + '</b>')",
      "from mako.template import Template\nt = Template('<p>${x}</p>', default_filters=['h'])",
      "from pyramid.response import Response\ndef v(request):\n    return Response(json_body={'n': request.params['n']})",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return {'q': request.args.get('q')}",
      "import sys\nclass Out:\n    def send(self):\n        self.write(sys.stdin.readline())",
      // webapp2: escaped, or sent as plain text.
      "import cgi, webapp2\nclass H(webapp2.RequestHandler):\n    def get(self):\n        self.response.out.write('<p>%s</p>' % cgi.escape(self.request.get('m'), quote=True))",
      "import webapp2\nclass H(webapp2.RequestHandler):\n    def get(self):\n        self.response.headers['Content-Type'] = 'text/plain'\n        self.response.write(self.request.get('m'))",
      "from django.utils.html import format_html\ndef v(request):\n    return format_html('<b>{}</b>', request.GET['n'])",
      // A URL attribute filled from a fixed path, or request data in the text of the link only.
      "from django.utils.html import format_html\ndef v(request):\n    u = request.GET['u']\n    return format_html('<a href=\"/people/{}/\">{}</a>', u, u)",
      "from django.utils.html import format_html\ndef v(request):\n    u = request.GET['u']\n    return format_html('<a href=\"{}\">{}</a>', '/people/' + u, u)",
      "from urllib.parse import urlparse\nfrom django.utils.html import format_html\ndef v(request):\n    site = request.GET.get('website', '')\n    if urlparse(site).scheme not in ('http', 'https'):\n        site = ''\n    return format_html('<a href=\"{}\">home</a>', site)",
      "from django.utils.html import format_html\ndef v(request):\n    site = request.GET.get('website', '')\n    if not site.startswith(('http://', 'https://')):\n        site = '#'\n    return format_html('<a href=\"{}\">home</a>', site)",
      "from django.http import HttpResponse\nfrom django.template import Context, Template\ndef v(request):\n    t = Template('<p>{{ q }}</p>')\n    return HttpResponse(t.render(Context({'q': request.GET['q']})))",
      "from django.utils.safestring import SafeString\nclass Page(str):\n    pass",
      "from flask import Flask, request\nfrom jinja2 import Environment, select_autoescape\napp = Flask(__name__)\nenv = Environment(autoescape=select_autoescape())\n@app.route('/b')\ndef b():\n    return env.from_string('<p>{{ bio }}</p>').render(bio=request.args['bio'])",
      "from django.utils.safestring import mark_safe\nHR = mark_safe('<hr/>')",
      // a stored row's own key, and a user's text escaped before it is marked safe
      "from django.utils.html import escape\nfrom django.utils.safestring import mark_safe\ndef v(request, pk):\n    p = Profile.objects.get(pk=pk)\n    return mark_safe(escape(p.bio).replace('\\n', '<br>'))",
      "from django.utils.safestring import mark_safe\ndef v(request, pk):\n    p = Profile.objects.get(pk=pk)\n    return mark_safe(p.slug)",
      "from django.urls import reverse\nfrom django.utils.safestring import mark_safe\ndef link():\n    return mark_safe(f\"<a href='{reverse('home')}'>home</a>\")",
      "import jinja2\nenv = jinja2.Environment(autoescape=jinja2.select_autoescape())",
      // a template file of an environment whose select_autoescape covers .html: the file's expressions are escaped
      "from jinja2 import Environment, FileSystemLoader, select_autoescape\nfrom starlette.responses import HTMLResponse\nenv = Environment(loader=FileSystemLoader('t'), autoescape=select_autoescape(['html']))\nasync def page(request):\n    html = env.get_template('p.html').render(bio=request.query_params['bio'])\n    return HTMLResponse(html)",
      "from flask import Flask, request, jsonify\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    r = jsonify(q=request.args['q'])\n    return r",
      "from flask import Response, request\ndef f():\n    return Response(request.args['q'], mimetype='text/plain')",
      // A bare werkzeug Response is text/plain by default.
      "from werkzeug.wrappers import Request, Response\n@Request.application\ndef app(request):\n    return Response('<b>' + request.args['q'] + '</b>')",
      "import json\nfrom flask import Response, request\ndef f():\n    return Response('cb(' + json.dumps(request.args['q']) + ')', mimetype='application/javascript')",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    d = {'q': request.args['q']}\n    return d",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return g(request.args['q'])\ndef g(v):\n    return 'saved'",
      "import html\ndef lambda_handler(event, context):\n    name = event['queryStringParameters']['name']\n    return {'headers': {'Content-Type': 'text/html'}, 'body': '<h1>' + html.escape(name) + '</h1>'}",
      "import json\ndef lambda_handler(event, context):\n    return {'headers': {'Content-Type': 'application/json'}, 'body': json.dumps(event)}",
      "from django.utils.html import escape\nclass T:\n    def __html__(self):\n        return '<b>' + escape(self.label) + '</b>'",
      "from django.template import Engine\nengine = Engine(dirs=['templates'])",
      "TEMPLATES = [{'BACKEND': 'django.template.backends.django.DjangoTemplates', 'OPTIONS': {'autoescape': True}}]",
      "import html, cherrypy\nclass R:\n    @cherrypy.expose\n    def hi(self, name=''):\n        return '<h1>' + html.escape(name) + '</h1>'",
      "from django.core.mail import EmailMessage\ndef f(request):\n    EmailMessage('Hi', 'Hello ' + request.POST['name'], to=['a@example.com']).send()",
      "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/c')\ndef c(t: str):\n    return f'<b>{t}</b>'",
      "from fastapi import FastAPI, Response\napp = FastAPI()\n@app.get('/e')\ndef e(m: str):\n    return Response(content=m, media_type='text/plain')",
      "from litestar import get\nfrom litestar.response import Response\n@get('/h')\nasync def h(name: str) -> Response:\n    return Response(content={'name': name})",
      "from litestar import get\n@get('/h')\nasync def h(name: str) -> str:\n    return f'<h1>{name}</h1>'",
      "import html\nfrom twisted.web import resource\nclass G(resource.Resource):\n    def render_GET(self, request):\n        n = request.args.get(b'n', [b''])[0].decode()\n        return ('<h1>' + html.escape(n) + '</h1>').encode()",
      "from twisted.web import resource\nclass G(resource.Resource):\n    def render_GET(self, request):\n        request.setHeader(b'content-type', b'application/json')\n        return request.args.get(b'n', [b''])[0]",
      "import html\nfrom string import Template\nfrom flask import Flask, request\napp = Flask(__name__)\nP = Template('<p>$n</p>')\n@app.route('/t')\ndef t():\n    return P.substitute(n=html.escape(request.args['n']))",
    ],
    invalid: [
      "from werkzeug.wrappers import Request, Response\n@Request.application\ndef app(request):\n    return Response('<b>' + request.args['q'] + '</b>', mimetype='text/html')",
      "from flask import Flask, Response, request\napp = Flask(__name__)\n@app.route('/r')\ndef r():\n    return Response('<b>' + request.args['q'] + '</b>')",
      {
        code: "from django.shortcuts import get_object_or_404, render\nfrom django.utils.safestring import mark_safe\ndef profile(request, username):\n    prof = get_object_or_404(Profile, user__username=username)\n    return render(request, 'p.html', {'bio': mark_safe(prof.bio.replace('\\n', '<br>'))})",
        line: 5,
      },
      // a .txt template of an environment that autoescapes only .html: its expressions are raw
      {
        code: "from jinja2 import Environment, FileSystemLoader, select_autoescape\nfrom starlette.responses import HTMLResponse\nenv = Environment(loader=FileSystemLoader('t'), autoescape=select_autoescape(['html']))\nasync def page(request):\n    html = env.get_template('p.txt').render(bio=request.query_params['bio'])\n    return HTMLResponse(html)",
        line: 6,
      },
      // what an in-memory stream hands back is the text written into it
      {
        code: "import io\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/p')\ndef p():\n    buf = io.StringIO()\n    buf.write(request.args['n'])\n    buf.seek(0)\n    return buf.read()",
        line: 9,
      },
      // the tuple's headers say HTML
      {
        code: "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/p')\ndef p():\n    return 'hi ' + request.args['n'], 200, {'Content-Type': 'text/html'}",
        line: 5,
      },
      // an escaped request URL at the start of an href/src: javascript: survives escaping
      {
        code: "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/l')\ndef l():\n    return \"<a href='\" + html.escape(request.args['u']) + \"'>link</a>\"",
        line: 6,
      },
      {
        code: "from django.http import HttpResponse\nfrom django.utils.html import escape\ndef v(request):\n    u = request.GET['img']\n    return HttpResponse(f'<img src=\"{escape(u)}\">')",
        line: 5,
      },
      {
        code: "import html\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/l')\ndef l():\n    u = html.escape(request.args['u'])\n    return \"<a href='\" + u + \"'>\" + u + '</a>'",
        line: 7,
      },
      // What the trigger must let through: tornado's finish(), TurboGears' bare @expose.
      "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.finish('<b>' + self.get_argument('n') + '</b>')",
      "from tg import expose\nclass Root:\n    @expose()\n    def hi(self, name=''):\n        return '<h1>' + name + '</h1>'",
      // A Flask MethodView's handler (through a local base): its return is the response.
      {
        code: "from flask import request\nfrom flask.views import MethodView\nclass Base(MethodView):\n    pass\nclass Hi(Base):\n    def get(self):\n        return '<h1>%s</h1>' % request.args.get('n', '')",
        line: 7,
      },
      {
        // A fixture app defined inside a test method: LOW.
        code: "from unittest import TestCase\nfrom flask import Flask, request\nclass TestGreeting(TestCase):\n    def test_greet(self):\n        app = Flask(__name__)\n        @app.route('/hi')\n        def hi():\n            return 'Hello, %s!' % request.args['name']\n        self.assertEqual(app.test_client().get('/hi?name=x').data, b'Hello, x!')",
        line: 8,
        severity: "LOW",
      },
      {
        // ... but a served route that is merely named test_*: HIGH.
        code: "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/test')\ndef test_page():\n    return 'Hello, %s!' % request.args['name']",
        line: 5,
        severity: "HIGH",
      },
      // A string.Template substituted with the request value and returned as the page.
      "from string import Template\nfrom flask import Flask, request\napp = Flask(__name__)\nP = Template('<p>$n</p>')\n@app.route('/t')\ndef t():\n    return P.substitute(n=request.args['n'])",
      "from flask import Flask, request\napp = Flask(__name__)\nREDACT = [lambda v: v.strip()]\n@app.route('/c')\ndef f():\n    c = request.args['c']\n    for r in REDACT:\n        c = r(c)\n    return '<p>' + c + '</p>'",
      {
        // a URL built from a stored value is no fixed path of the site
        code: "from django.urls import reverse\nfrom django.utils.safestring import mark_safe\ndef link(obj):\n    return mark_safe(f\"<a href='{reverse('item', args=[obj.slug])}'>{obj.title}</a>\")",
        line: 4,
        severity: "LOW",
      },
      "from chalice import Chalice, Response\napp = Chalice(app_name='a')\n@app.route('/h')\ndef h():\n    n = app.current_request.query_params.get('n')\n    return Response(body='<h1>' + n + '</h1>', headers={'Content-Type': 'text/html'})",
      "from rest_framework.decorators import api_view, renderer_classes\nfrom rest_framework.renderers import StaticHTMLRenderer\nfrom rest_framework.response import Response\n@api_view(['GET'])\n@renderer_classes([StaticHTMLRenderer])\ndef v(request):\n    return Response('<p>%s</p>' % request.query_params.get('q'))",
      "from pyramid.view import view_config\n@view_config(route_name='s')\ndef s(request):\n    r = request.response\n    r.text = '<p>%s</p>' % request.params.get('q', '')\n    return r",
      "import functools\nfrom flask import Flask, request\napp = Flask(__name__)\ndef timed(view):\n    @functools.wraps(view)\n    def w(*a, **kw):\n        return view(*a, **kw)\n    return w\n@app.route('/e')\n@timed\ndef e():\n    return request.args.get('m', '')",
      {
        code: "import functions_framework\n@functions_framework.http\ndef f(request):\n    return '<p>' + request.args.get('q', '') + '</p>'",
        line: 4,
      },
      {
        code: "from sanic.response import text\nasync def h(request):\n    return text('<p>' + request.args.get('q'), content_type='text/html')",
        line: 3,
      },
      {
        code: "from aiohttp import web\nasync def h(request):\n    return web.Response(text='<b>' + request.query['n'], headers={'Content-Type': 'text/html'})",
        line: 3,
      },
      {
        code: "import azure.functions as func\ndef main(req: func.HttpRequest) -> func.HttpResponse:\n    name = req.params.get('name')\n    return func.HttpResponse(f'<p>{name}</p>', mimetype='text/html')",
        line: 4,
      },
      {
        code: "from markupsafe import Markup\nfrom flask import request\ndef f():\n    return Markup('<b>' + request.args['m'] + '</b>')",
        line: 4,
      },
      {
        code: "from mako.template import Template\nfrom pyramid.response import Response\nT = Template('<p>${x | n}</p>', default_filters=['h'])\ndef v(request):\n    return Response(T.render(x=request.params['x']))",
        line: 5,
      },
      "import tornado.template, tornado.web\nPAGE = tornado.template.Template('<h2>{% raw q %}</h2>')\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.write(PAGE.generate(q=self.get_argument('q')))",
      "from quart import render_template_string, request\nasync def v():\n    return await render_template_string('<p>{{ q|safe }}</p>', q=request.args['q'])",
      {
        code: "from flask import request\nfrom flask_mail import Message\ndef f(mail):\n    mail.send(Message('Hi', recipients=['a@x'], html='<p>' + request.form['n'] + '</p>'))",
        line: 4,
      },
      {
        code: "from flask import request\nfrom flask_mail import Message\ndef f(mail):\n    msg = Message('Hi', recipients=['a@x'])\n    msg.html = request.form['n']",
        line: 5,
      },
      {
        code: "from flask import request\nfrom sendgrid.helpers.mail import Content\ndef f():\n    return Content('text/html', request.form['c'])",
        line: 4,
      },
      {
        code: "from flask import request\nfrom email.mime.text import MIMEText\ndef f():\n    return MIMEText('<h1>' + request.form['n'] + '</h1>', 'html')",
        line: 4,
      },
      {
        code: "from flask import request\nfrom email.message import EmailMessage\ndef f():\n    m = EmailMessage()\n    m.add_alternative('<p>' + request.form['n'], subtype='html')",
        line: 5,
      },
      {
        code: "from fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\napp = FastAPI()\n@app.get('/c', response_class=HTMLResponse)\ndef c(t: str):\n    return f'<b>{t}</b>'",
        line: 6,
      },
      {
        code: "from fastapi import FastAPI, Response\napp = FastAPI()\n@app.get('/e')\ndef e(m: str):\n    return Response(m)",
        line: 5,
      },
      {
        code: "from django.http import HttpResponse\ndef v(request):\n    r = HttpResponse()\n    r.write('<p>' + request.GET['q'] + '</p>')\n    return r",
        line: 4,
      },
      {
        code: "from django.http import StreamingHttpResponse\ndef v(request):\n    q = request.GET['q']\n    return StreamingHttpResponse(('<li>' + q + '</li>' for _ in range(3)))",
        line: 4,
      },
      {
        code: "from django.http import HttpResponse\ndef v(request):\n    r = HttpResponse()\n    r.content = '<p>' + request.POST['q'] + '</p>'\n    return r",
        line: 4,
      },
      {
        code: "from django.http import HttpResponse\nfrom django.views.generic.edit import FormView\nclass V(FormView):\n    def form_valid(self, form):\n        return HttpResponse('<p>%s</p>' % form.cleaned_data['bio'])",
        line: 5,
      },
      {
        code: "from litestar import MediaType, get\n@get('/hi', media_type=MediaType.HTML)\nasync def hi(name: str) -> str:\n    return f'<h1>{name}</h1>'",
        line: 4,
      },
      {
        code: "from bottle import request, template\ndef hi():\n    return template('<h1>{{!name}}</h1>', name=request.query.name)",
        line: 3,
      },
      {
        code: "from bottle import request, response, route\n@route('/t')\ndef t():\n    response.content_type = 'text/html; charset=utf-8'\n    return 'Hello ' + request.query.name",
        line: 5,
      },
      // Plain text on one branch only: the other path returns the default text/html.
      {
        code: "from bottle import request, response, route\n@route('/t')\ndef t():\n    if request.query.fmt == 'txt':\n        response.content_type = 'text/plain'\n    return 'Hello ' + request.query.name",
        line: 6,
      },
      {
        code: "from django.utils.safestring import mark_safe\nclass A:\n    @mark_safe\n    def link(self, obj):\n        return '<a>%s</a>' % obj.name",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from flask import request\nfrom mako.template import Template\nT = Template('<p>${n}</p>')\ndef v():\n    return T.render(n=request.args['n'])",
        line: 5,
      },
      {
        code: "from django.utils.safestring import SafeString\nclass Badge(SafeString):\n    pass",
        line: 2,
        severity: "LOW",
      },
      {
        code: "from django.http import HttpResponse\nfrom django.template import Context, Template\ndef v(request):\n    t = Template('<p>{{ q|safe }}</p>')\n    return HttpResponse(t.render(Context({'q': request.GET['q']})))",
        line: 5,
      },
      {
        code: "from flask import Flask, request\nfrom jinja2 import Environment, select_autoescape\napp = Flask(__name__)\nenv = Environment(autoescape=select_autoescape())\n@app.route('/b')\ndef b():\n    return env.from_string('{% autoescape false %}{{ bio }}{% endautoescape %}').render(bio=request.args['bio'])",
        line: 7,
      },
      "import json\nfrom flask import Response, request\ndef f():\n    cb = request.args['callback']\n    return Response(cb + '(' + json.dumps({}) + ')', mimetype='application/javascript')",
      "from django.http import HttpResponse\ndef v(request):\n    return HttpResponse('%s(%s)' % (request.GET['cb'], '{}'), content_type='text/javascript')",
      "from flask import Response, request\ndef f():\n    return Response(f\"{request.args['cb']}(1)\", mimetype='application/javascript')",
      {
        code: 'from markupsafe import Markup\ndef bio(user):\n    u = find(user)\n    return Markup(f"<div>{u.bio}</div>")',
        severity: "LOW",
        line: 4,
      },
      {
        code: "from flask import make_response, request\ndef v():\n    r = make_response()\n    r.set_data('<p>' + request.args['n'] + '</p>')\n    return r",
        line: 4,
      },
      {
        code: "from flask import render_template_string\ndef v(pid):\n    p = Profile.query.get_or_404(pid)\n    return render_template_string('<p>{{ bio|safe }}</p>', bio=p.bio)",
        line: 4,
      },
      // A loaded list whose free-text field a loop writes |safe.
      {
        code: "from flask import render_template_string\ndef v(uid):\n    ns = Note.query.filter_by(owner=uid).all()\n    return render_template_string('{% for n in ns %}<p>{{ n.body|safe }}</p>{% endfor %}', ns=ns)",
        line: 4,
      },
      {
        code: "from flask import render_template_string, request\ndef v():\n    return render_template_string('<p>{{ q|safe }}</p>', q=request.args['q'])",
        line: 3,
      },
      {
        code: "from flask import render_template_string, request\nTPL = {'plain': '<p>{{ q }}</p>', 'raw': '<p>{{ q|safe }}</p>'}\ndef v():\n    tpl = TPL['raw']\n    return render_template_string(tpl, q=request.args['q'])",
        line: 5,
      },
      {
        code: "import falcon\nclass R:\n    def on_get(self, req, resp):\n        resp.content_type = falcon.MEDIA_HTML\n        resp.text = '<p>' + req.get_param('n') + '</p>'",
        line: 5,
      },
      {
        code: "from pyramid.response import Response\ndef s(request):\n    r = Response()\n    r.text = '<p>' + request.params.get('q', '') + '</p>'\n    return r",
        line: 4,
      },
      "from flask import Flask, request\napp = Flask(__name__)\n@app.errorhandler(404)\ndef nf(e):\n    return f'<p>{request.path} does not exist</p>', 404",
      {
        code: "from flask import render_template, request\ndef f():\n    return render_template('note.txt', body=request.args['b'])",
        line: 3,
      },
      { code: "from mako.template import Template as T\nt = T('<p>${x}</p>')", line: 2, severity: "LOW" },
      {
        code: "from mako.lookup import TemplateLookup\nL = TemplateLookup(directories=['templates'])",
        line: 2,
        severity: "LOW",
      },
      {
        code: "from flask import request\nfrom mako.lookup import TemplateLookup\nL = TemplateLookup(directories=['t'])\ndef v():\n    return L.get_template('p.html').render(n=request.args['n'])",
        line: 5,
      },
      {
        code: "from sanic import response\nasync def h(req):\n    return response.html('<p>' + req.args.get('q') + '</p>')",
        line: 3,
      },
      {
        code: "from pyramid.response import Response\ndef v(request):\n    return Response('<p>' + request.params['n'] + '</p>')",
        line: 3,
      },
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/c', methods=['POST'])\ndef c():\n    text = request.form['text']\n    html = '<p>' + text + '</p>'\n    return html",
      {
        code: "from aiohttp import web\nasync def h(request):\n    return web.Response(text='<b>' + request.query['n'] + '</b>', content_type='text/html')",
        line: 3,
      },
      {
        code: "from django.core.mail import send_mail\ndef v(request):\n    send_mail('s', 't', 'a@x', ['b@x'], html_message=request.POST['h'])",
        line: 3,
      },
      // webapp2's response body (text/html by default), also in a method shown without its class.
      {
        code: "import webapp2\nclass H(webapp2.RequestHandler):\n    def get(self):\n        self.response.write('<b>' + self.request.get('n') + '</b>')",
        line: 4,
      },
      {
        code: "def get(self):\n    msg = self.request.get('msg')\n    self.response.out.write('<p>%s</p>' % msg)",
        line: 3,
      },
      {
        code: "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def get(self):\n        self.write('<b>' + self.get_argument('n') + '</b>')",
        line: 4,
      },
      {
        code: "from django import template\nregister = template.Library()\n@register.filter(is_safe=True)\ndef f(v):\n    return v",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from django.template import Context\nctx = Context({'a': 1}, autoescape=False)",
        line: 2,
        severity: "MEDIUM",
      },
      {
        code: "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    html = '<h1>%s</h1>' % request.args['u']\n    return html",
        line: 6,
      },
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return f\"<p>{request.args.get('q')}</p>\"",
      "import urllib.parse\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    p = urllib.parse.unquote_plus(request.query_string.decode())\n    r = ''\n    r += p\n    return r",
      "from flask import make_response, request\nmake_response(request.args['x'])",
      "import os\nfrom urllib.parse import parse_qs\nq = parse_qs(os.environ.get('QUERY_STRING', ''))['q'][0]\nprint('Content-Type: text/html\\n')\nprint('<p>' + q + '</p>')",
      "from urllib.parse import parse_qs\ndef application(environ, start_response):\n    n = parse_qs(environ['QUERY_STRING'])['n'][0]\n    start_response('200 OK', [('Content-Type', 'text/html')])\n    return [('<b>' + n + '</b>').encode()]",
      "from http.server import BaseHTTPRequestHandler\nfrom urllib.parse import parse_qs, urlparse\nclass H(BaseHTTPRequestHandler):\n    def do_GET(self):\n        who = parse_qs(urlparse(self.path).query)['who'][0]\n        self.end_headers()\n        self.wfile.write(('<h1>' + who + '</h1>').encode())",
      {
        code: "from django.utils.html import format_html\ndef v(request):\n    site = request.GET.get('website', '')\n    return format_html('<a href=\"{}\">homepage</a>', site)",
        line: 4,
      },
      {
        code: "from django.utils.html import format_html\ndef v(request):\n    return format_html('<img src={src} alt=\"{alt}\">', alt='x', src=request.GET['img'])",
        line: 3,
      },
      {
        code: "from django.utils.html import format_html\ndef v(request):\n    n = request.GET['n']\n    return format_html('<b>' + n + '</b>')",
        line: 4,
      },
      {
        code: "from django.utils.safestring import SafeString\ndef tag(t):\n    return SafeString('<i>' + t + '</i>')",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import jinja2\nenv = jinja2.Environment(loader=jinja2.FileSystemLoader('t'))",
        line: 2,
        severity: "LOW",
      },
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    html = '<b>%s</b>' % request.args['q']\n    return html",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/')\ndef f():\n    return g()\ndef g():\n    out = ''\n    out += request.args['q']\n    return out, 200",
      "from flask import Response, request\ndef f():\n    return Response('<p>' + request.args['q'] + '</p>')",
      {
        code: "from django.http import HttpResponseBadRequest\ndef v(request):\n    return HttpResponseBadRequest('bad: ' + request.GET['q'])",
        line: 3,
      },
      {
        code: "def lambda_handler(event, context):\n    name = event['queryStringParameters']['name']\n    return {\n        'headers': {'Content-Type': 'text/html'},\n        'body': '<h1>' + name + '</h1>',\n    }",
        line: 5,
      },
      {
        code: "from django.template import Engine\nengine = Engine(dirs=['templates'], autoescape=False)",
        line: 2,
      },
      {
        code: "TEMPLATES = [{\n    'BACKEND': 'django.template.backends.django.DjangoTemplates',\n    'OPTIONS': {'autoescape': False},\n}]",
        line: 3,
      },
      {
        code: "class C:\n    def __init__(self, text):\n        self.text = text\n    def __html__(self):\n        return self.text",
        line: 5,
        severity: "LOW",
      },
      {
        code: "import cherrypy\nclass R:\n    @cherrypy.expose\n    def hi(self, name=''):\n        return '<h1>' + name + '</h1>'",
        line: 5,
      },
      {
        code: "from twisted.web import resource\nclass G(resource.Resource):\n    def render_GET(self, request):\n        n = request.args.get(b'n', [b''])[0]\n        return b'<h1>' + n + b'</h1>'",
        line: 5,
      },
      {
        code: "from twisted.web import resource\nclass G(resource.Resource):\n    def render_PUT(self, request):\n        request.write(b'<p>' + request.content.read() + b'</p>')\n        request.finish()",
        line: 4,
      },
      {
        code: "import cherrypy\nfrom litestar import get\nclass R:\n    @cherrypy.expose\n    def hi(self, name=''):\n        return '<h1>' + name + '</h1>'\n@get('/j')\nasync def j(name: str) -> str:\n    return name",
        line: 6,
      },
      {
        code: "from litestar import MediaType, get\nfrom litestar.response import Response\n@get('/h')\nasync def h(name: str) -> Response:\n    return Response(content=f'<h1>{name}</h1>', media_type=MediaType.HTML)",
        line: 5,
      },
      {
        code: "from django.core.mail import EmailMessage\ndef f(request):\n    m = EmailMessage('Hi', '<p>' + request.POST['name'] + '</p>', to=['a@example.com'])\n    m.content_subtype = 'html'\n    m.send()",
        line: 3,
      },
    ],
  },
});
