import type { SyntaxNode, SyntaxTree } from "../parse/index.js";
import { field, lastStatement, namedChildren, sourceHas, sourceMatches, unparen } from "../parse/nodes.js";
import { exhaust, newCounter } from "./budget.js";
import { compareConstants, ownEntry } from "./constants.js";
import { Level } from "./python.js";
import { regexEscape } from "../../core/regex.js";

/** What the server parses from the request onto `req` (Node, Express, Koa, Fastify, Hapi and common parsers). */
const REQUEST_FIELD =
  /^(query|body|params|param|headers|header|cookies|signedCookies|url|originalUrl|path|hostname|host|ip|ips|protocol|method|files|file|raw|rawBody|rawHeaders|socket|connection|payload|state|session|user|auth|fields|subdomains|xhr|secure|baseUrl|route|search|querystring|href|get)$/;

/** An outgoing HTTP request in a class's text: `fetch(`, `new XMLHttpRequest`, `https.get(`, `this.httpClient.request(`. */
const CLIENT_CALL =
  /(?<![\w$.])fetch\s*\(|\bnew\s+(?:XMLHttpRequest|XDomainRequest)\b|\b[\w$]*(?:https?|Http)[\w$]*\s*\.\s*(?:get|request)\s*\(|\b(?:axios|got|ky|undici|superagent|needle)\s*(?:\.\s*(?:request|get|post|put|patch|delete)\s*)?\(/;
const SOURCE_PREFIX = [
  "req.",
  "request.",
  "process.argv",
  "process.env",
  "location.",
  "document.location",
  "window.location",
  // A worker's own URL (`new URL(self.location).searchParams`): the query its registering page gave it.
  "self.location",
  "ctx.request.",
  // Hono's context: `c.req.query('q')`, `c.req.param('id')`, `await c.req.json()`, `c.req.header('x')`.
  "c.req.",
  "ctx.query",
  "ctx.params",
  "event.body",
  "event.queryStringParameters",
  "event.pathParameters",
  "event.multiValueQueryStringParameters",
  "document.cookie",
  "document.referrer",
  "document.URL",
  "document.documentURI",
  "document.baseURI",
  "window.name",
  "$routeParams",
  "$stateParams",
  "$location.search",
  "$location.hash",
  "$location.path",
  "$location.url",
  // AngularJS's `$window` service is the window: its location and name are the page's.
  "$window.location",
  "$window.name",
];
/**
 * Parameter decorators that bind request data to a handler parameter: Nest.js (`@Query`, `@Body`, ...),
 * routing-controllers (`@QueryParam`, `@BodyParam`, `@HeaderParam`, `@CookieParam`, `@Params`, `@Ctx`), tsoa
 * (`@Path`, `@Header`, `@FormField`) and GraphQL resolvers (Nest's `@Args`, type-graphql's `@Arg`).
 */
const SOURCE_DECORATOR =
  /^@(Param|Params|Query|QueryParam|QueryParams|Body|BodyParam|Headers|Header|HeaderParam|HeaderParams|Req|Request|Ctx|Cookies|CookieParam|CookieParams|UploadedFile|UploadedFiles|Path|FormField|Args|Arg)\b/;
/**
 * Type annotations naming a server's incoming request: Express/Koa (`Request`, `express.Request`), Node's
 * `IncomingMessage`, Fastify, Next.js API routes and route handlers, hapi.
 */
const REQUEST_TYPE =
  /:\s*(express\.|Express\.|Koa\.|http\.|Hapi\.)?(Request|IncomingMessage|FastifyRequest|NextApiRequest|NextRequest)\b/;
/** The request-event types of file-route frameworks (Remix / React Router, SvelteKit, Astro). */
const ROUTE_EVENT_TYPE =
  /:\s*(Route\.)?(LoaderFunctionArgs|ActionFunctionArgs|ClientLoaderFunctionArgs|ClientActionFunctionArgs|LoaderArgs|ActionArgs|DataFunctionArgs|RequestEvent|ServerLoadEvent|PageServerLoadEvent|LayoutServerLoadEvent|APIContext)\b/;
/** Express/Koa/Fastify response methods that return the response, so `res.status(200).send(x)` is `res.send`. */
const CHAINABLE =
  /^(status|type|set|header|code|contentType|append|vary|cookie|clearCookie|location|links|attachment|charset|headers)$/;
/** Comparisons and type tests yield booleans: no attacker text survives them. */
/** An Angular ActivatedRoute (`route`, `this.activatedRoute`) read through its snapshot of the page URL. */
const ANGULAR_ROUTE_SNAPSHOT =
  /(^|\.)[\w$]*[rR]oute\.snapshot\.(queryParams|params|queryParamMap|paramMap|fragment|url)\b/;
/** Its observables of the same: `route.queryParamMap.subscribe((p) => ...)` hands the callback the URL's values. */
const ANGULAR_ROUTE_STREAM =
  /(^|\.)[\w$]*[rR]oute\.(queryParams|params|queryParamMap|paramMap|fragment|url)\.subscribe$/;
/**
 * `!validator.isIP(x)`, `!isValidHost(h)`, `!ip.isV4Format(a)`: a negated call of a validator named so (regex text);
 * `isIP(x) === 0`: Node's net.isIP answers 0 for anything but an IP address.
 */
const VALIDATOR_CALL =
  "(?:!\\s*[\\w.$]*?(?:valid|allow|safe|whitelist|permitted|isURL|isAlpha\\w*|isInt|isNumeric|isUUID|isIP|isFQDN|isV[46])\\w*\\s*\\([^)]*\\)|(?<![\\w$])(?:net\\.)?isIP\\s*\\([^)]*\\)\\s*===?\\s*0(?![\\w.]))";

const VALIDATOR_GUARD = new RegExp(
  `if\\s*\\(\\s*${VALIDATOR_CALL}(?:\\s*&&\\s*${VALIDATOR_CALL})*\\s*\\)\\s*\\{?\\s*(return|throw)`,
  "i",
);

/**
 * The names the uuid package's `validate` is bound to in a file: `import { validate as isUuid } from 'uuid'`,
 * `const { validate } = require('uuid')`, or `uuid.validate` on the module object.
 */
/** An Express-style router's per-route methods (not `use`, which mounts for every route below a path). */
const ROUTE_VERB = /^(get|post|put|patch|delete|del|head|options|all)$/;

function uuidValidators(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(
    /import\s*\{([^}]*)\}\s*from\s*['"]uuid['"]|(?:const|let|var)\s*\{([^}]*)\}\s*=\s*require\(\s*['"]uuid['"]\s*\)/g,
  )) {
    const b = /\bvalidate\b(?:\s*(?:as|:)\s*([\w$]+))?/.exec(m[1] ?? m[2] ?? "");
    if (b) names.add(b[1] ?? "validate");
  }
  for (const m of source.matchAll(
    /import\s+\*\s+as\s+([\w$]+)\s+from\s*['"]uuid['"]|(?:const|let|var)\s+([\w$]+)\s*=\s*require\(\s*['"]uuid['"]\s*\)/g,
  ))
    names.add(`${m[1] ?? m[2]}.validate`);
  return [...names];
}

/** h3's request readers (Nuxt and Nitro server routes): query, body, route parameters, headers, cookies, URL. */
const H3_READER =
  /^(getQuery|getValidatedQuery|readBody|readValidatedBody|readRawBody|readFormData|readMultipartFormData|getRouterParam|getRouterParams|getValidatedRouterParams|getHeader|getHeaders|getRequestHeader|getRequestHeaders|getCookie|parseCookies|getRequestURL)$/;

/**
 * Text that ends inside a start tag right after `attr=`, the value not opened by a quote (`url=` inside an
 * attribute's quoted value, as in `content="0; url=`, is no attribute).
 */
const UNQUOTED_ATTR =
  /<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=]+))?)*\s+[\w:-]+\s*=\s*$/;
/** Text that ends inside a start tag's attribute value opened by a quote (group 1: the quote). */
const QUOTED_ATTR =
  /<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=]+))?)*\s+[\w:-]+\s*=\s*(["'])[^"']*$/;

/**
 * Text that ends in script code an HTML escaper does not protect: inside an open `<script>` element outside any
 * string literal of it (`<script>var page = ` + escapeHtml(v)), or inside a quoted event-handler attribute
 * (`onclick="go('` + escapeHtml(v)), whose value the browser un-escapes before it runs it.
 */
function scriptCodeContext(text: string): boolean {
  if (/<[A-Za-z][^<>]*\son[a-z]+\s*=\s*("[^"]*|'[^']*)$/i.test(text)) return true;
  return scriptStringQuote(text) === "";
}

/**
 * The quote of the string literal that text inside an open `<script>` element ends in (`<script>var q = '`);
 * "" in script code outside any literal, undefined outside a script element.
 */
function scriptStringQuote(text: string): string | undefined {
  const open = text.search(/<script\b[^>]*>(?![\s\S]*<\/script)[\s\S]*$/i);
  if (open < 0) return undefined;
  const code = text.slice(text.indexOf(">", open) + 1);
  let quote = "";
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" || c === "`") quote = c;
  }
  return quote;
}

/**
 * Text that ends right after the opening quote of a URL attribute's value (`<a href="`) or of an iframe's srcdoc:
 * entities keep a value inside the attribute, but a javascript: URL still runs and srcdoc's text is decoded into
 * markup.
 */
const URL_ATTR_START =
  /<[A-Za-z][\w:-]*(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'<>=]+))?)*\s+(?:href|action|formaction|xlink:href|srcdoc)\s*=\s*["']\s*$/i;

/**
 * Markup sanitisers and the attribute quotes their text output leaves as they are: DOMPurify serialises text
 * nodes with only `&`, `<`, `>` escaped, js-xss escapes `<` and `>`, sanitize-html also escapes `"` (not `'`).
 */
const QUOTE_KEEPING_SANITIZER: Record<string, string> = {
  "DOMPurify.sanitize": `"'`,
  "dompurify.sanitize": `"'`,
  "isomorphic-dompurify.sanitize": `"'`,
  xss: `"'`,
  filterXSS: `"'`,
  "xss.filterXSS": `"'`,
  sanitizeHtml: "'",
  "sanitize-html": "'",
};

/** A value a guard can name by its text: `x`, `a.b`, `q['v']`. */
const VETTABLE = /^[\w$]+(?:\.[\w$]+|\[(['"])[\w$-]+\1\])*$/;

/** String and array methods that hand back (part of) their receiver's or arguments' own text. */
const TEXT_METHODS =
  /^(trim|trimStart|trimEnd|toLowerCase|toUpperCase|toLocaleLowerCase|toLocaleUpperCase|slice|substring|substr|split|concat|replace|replaceAll|padStart|padEnd|normalize|toString|join|at|repeat|map|filter|find|flat)$/;

/** Array and Map methods that leave their receiver as it was and hand back a new array, text, number or boolean. */
const FRESH_RESULT =
  /^(slice|concat|map|filter|flat|flatMap|join|has|includes|indexOf|lastIndexOf|findIndex|findLastIndex|some|every|keys|values|entries|toString)$/;

/**
 * A library helper named for quoting SQL identifiers whatever the dialect in its name (`escapePostgresIdentifier`,
 * `quotePgIdentifier`, `escapeSqlIdent`): the convention of the table's `escapeIdentifier` / `quoteIdent`. Only
 * for imported or library calls - a function of this file is never trusted by its name.
 */
function identifierQuoter(q: string): string[] | undefined {
  return /^(escape|quote)\w*Ident(ifier)?s?$/.test(q.slice(q.lastIndexOf(".") + 1)) ? ["sql"] : undefined;
}

const BOOLEAN_OPS = new Set(["==", "===", "!=", "!==", "<", ">", "<=", ">=", "instanceof", "in"]);
const NUMBER_OPS = new Set(["-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>", ">>>"]);
/** Sinks where only a value's text matters (markup, a URL, a path, a command, a query...): a number carries none. */
const NUMBER_TEXT_CLASSES = new Set([
  "html",
  "url",
  "redirect",
  "path",
  "header",
  "command",
  "sql",
  "nosql",
  "code",
  "log",
  "regex",
  "proto",
  "xml",
  "xpath",
  "ldap",
  "module",
  "format",
]);
const SANITIZERS: Record<string, string[]> = {
  parseInt: ["all"],
  parseFloat: ["all"],
  Number: ["all"],
  // A base name still holds `;`, `$( )` and spaces: it keeps a path in its directory, not a shell word safe.
  "path.basename": ["path"],
  // An extension is taken from the base name only (`.pdf`, `.`, or ''): it holds no separator to climb with.
  "path.extname": ["path"],
  // sanitize-filename strips separators, `..`, control and reserved characters: one plain file name remains.
  "sanitize-filename": ["path"],
  "shellQuote.quote": ["command"],
  "shell-quote.quote": ["command"],
  escape: ["html", "sql", "regex"],
  escapeHtml: ["html"],
  "escape-html": ["html"],
  "lodash.escape": ["html"],
  "_.escape": ["html"],
  "validator.escape": ["html"],
  // HTML sanitisers: DOMPurify (however it was imported), sanitize-html, js-xss.
  "DOMPurify.sanitize": ["html"],
  "dompurify.sanitize": ["html"],
  "isomorphic-dompurify.sanitize": ["html"],
  sanitize: ["html"],
  sanitizeHtml: ["html"],
  "sanitize-html": ["html"],
  filterXSS: ["html"],
  xss: ["html"],
  // WordPress's `safeHTML` (@wordpress/dom): parses the markup in an inert document and drops script elements and
  // on* attributes before it is injected.
  safeHTML: ["html"],
  "@wordpress/dom.safeHTML": ["html"],
  // html-escaper (`import { escape } from 'html-escaper'`): the five HTML metacharacters as entities.
  "html-escaper.escape": ["html"],
  "he.encode": ["html"],
  "he.escape": ["html"],
  "entities.encode": ["html"],
  // html-entities (`const { encode } = require('html-entities')`): `<`, `>`, `&`, `"` and `'` as entities.
  "html-entities.encode": ["html"],
  "entities.encodeHTML": ["html"],
  encodeHTML: ["html"],
  htmlEncode: ["html"],
  htmlEscape: ["html"],
  escapeHTML: ["html"],
  // Mozilla's escaping helpers (eslint-plugin-no-unsanitized allows them): the escapeHTML tagged template yields a
  // SafeHTML object whose already-escaped text unwrapSafeHTML hands back.
  "Sanitizer.escapeHTML": ["html"],
  "Sanitizer.unwrapSafeHTML": ["html"],
  escapeExpression: ["html"],
  sanitizeUrl: ["url", "redirect", "html"],
  // `blob:<origin>/<uuid>`: no markup character in the text (as a URL it still loads whatever the blob holds).
  "URL.createObjectURL": ["html"],
  escapeId: ["sql"],
  // Dialect quoting helpers: an identifier wrapped in its quotes with the quote doubled (`"a""b"`, `` `a``b` ``),
  // or a literal escaped by the driver (node-postgres' `client.escapeLiteral`).
  quoteIdentifier: ["sql"],
  quoteIdentifiers: ["sql"],
  quoteTable: ["sql"],
  quoteIdent: ["sql"],
  escapeIdentifier: ["sql"],
  escapeLiteral: ["sql"],
  escapePath: ["sql"],
  wrapIdentifier: ["sql"],
  "sqlstring.escape": ["sql"],
  "SqlString.escape": ["sql"],
  shellescape: ["command"],
  shellEscape: ["command"],
  "shell-escape": ["command"],
  // shell-escape-tag: the tag quotes each interpolated value; its escape() quotes one value as a shell word.
  "shell-escape-tag": ["command"],
  "shell-escape-tag.escape": ["command"],
  "any-shell-escape": ["command"],
  // Bun's shell: `$.escape(s)` quotes one value as a single shell word (for `${{ raw: ... }}` text).
  "bun.$.escape": ["command"],
  "xss.filterXSS": ["html"],
  // highlight.js returns its tokens as markup with every text character entity-escaped (`.value` of the result).
  "highlight.js.highlight": ["html"],
  "highlight.js.highlightAuto": ["html"],
  "highlight.js/lib/core.highlight": ["html"],
  "highlight.js/lib/common.highlight": ["html"],
  "hljs.highlight": ["html"],
  "hljs.highlightAuto": ["html"],
  encodeURIComponent: ["url", "redirect", "html", "header", "log"],
  // encodeURI keeps the URL's structure (`/`, `?`, `:`, `'`) but percent-encodes CR, LF and every other control
  // character: no header or log line can be split by what it returns (`url = encodeURI(url); setHeader(..., url)`).
  encodeURI: ["header", "log"],
  "querystring.escape": ["url", "redirect", "html", "header", "log"],
  // OWASP ESAPI's encoders (node-esapi): entity- or percent-encode every character outside a small safe set,
  // line breaks included.
  encodeForHTML: ["html", "log"],
  encodeForHTMLAttribute: ["html", "log"],
  encodeForURL: ["url", "html", "header", "log"],
  encodeForJavaScript: ["log"],
  // content-disposition builds a quoted/RFC 5987-encoded filename parameter: no CR/LF survives.
  "content-disposition": ["header"],
  contentDisposition: ["header"],
  "mysql.escape": ["sql"],
  "connection.escape": ["sql"],
  // JSON text is a JavaScript literal (ES2019): spliced into code it stays data.
  "JSON.stringify": ["log", "header", "code"],
  // serialize-javascript: JSON-like literal text with `<`, `>` and `/` as \u escapes, made to be written into a
  // <script> block or the page (no `</script>` or tag can close or open from it).
  "serialize-javascript": ["html", "code", "log", "header"],
  // React's server renderer escapes every text child and attribute value it writes; markup a component injects on
  // purpose (dangerouslySetInnerHTML) is flagged where the component sets it.
  "react-dom/server.renderToString": ["html"],
  "react-dom/server.renderToStaticMarkup": ["html"],
  _escapeRegExp: ["regex"],
  escapeRegExp: ["regex"],
  "_.escapeRegExp": ["regex"],
  "lodash.escapeRegExp": ["regex"],
  "escape-string-regexp": ["regex"],
  escapeStringRegexp: ["regex"],
  // An integer or a boolean holds no text of the request's.
  BigInt: ["all"],
  Boolean: ["all"],
};

/** Built-in namespaces: calling their functions on constants yields constants. */
const JS_GLOBALS = new Set([
  "Buffer",
  "Math",
  "JSON",
  "String",
  "Number",
  "Object",
  "Array",
  "Date",
  "crypto",
  "path",
]);

/**
 * Host objects whose members are well-known functions: `const f = globalThis.fetch`, `const { random } = Math`,
 * `document.write.bind(document)` name those functions. The global scope objects' members are the globals
 * themselves (`globalThis.fetch` is `fetch`).
 */
const HOST_OBJECTS = new Set(["globalThis", "global", "window", "self", "document", "Math"]);
const GLOBAL_SCOPES = new Set(["globalThis", "global", "window", "self"]);

function hostMember(host: string, prop: string): string {
  return GLOBAL_SCOPES.has(host) ? prop : `${host}.${prop}`;
}

/**
 * The function a call invokes. TypeScript's grammar reads `await api.get<T>(x)` as a call of `await api.get` with
 * type arguments, so an `await` directly under a call with type arguments is looked through.
 */
function calleeNode(call: SyntaxNode): SyntaxNode | undefined {
  const fn = field(call, "function") ?? field(call, "constructor");
  if (fn?.type === "await_expression" && field(call, "type_arguments"))
    return namedChildren(fn).find((c) => c.type !== "comment") ?? fn;
  return fn;
}

/** The function node of a call (`a.b` of `a.b(x)`). */
function fn0(call: SyntaxNode): SyntaxNode {
  return field(call, "function") ?? call;
}

/**
 * `node:fs` and `fs` name the same core module: aliases record the plain name, which is what rules match. Deno's
 * standard path module (`jsr:@std/path`, `@std/path/basename`, `https://deno.land/std@0.200.0/path/mod.ts`) has
 * node's path functions under the same names and meanings: it reads as `path`.
 */
function coreModule(mod: string | undefined): string | undefined {
  if (mod && DENO_STD_PATH.test(mod)) return "path";
  return mod?.replace(/^node:/, "");
}
const DENO_STD_PATH =
  /^(?:(?:jsr:|npm:)?@std\/path(?:@[^/]+)?|https:\/\/deno\.land\/std(?:@[^/]+)?\/path)(?:\/(?:mod|posix|[a-z_]+)(?:\.ts)?)?$/;

function truthy(v: string | number | boolean | null): boolean {
  return v !== null && v !== false && v !== 0 && v !== "";
}

const TRANSPARENT = new Set([
  "binary_expression",
  "template_string",
  "template_substitution",
  "parenthesized_expression",
  "array",
  "object",
  "pair",
  "ternary_expression",
  "arguments",
  "spread_element",
  "await_expression",
  "as_expression",
  "non_null_expression",
  "type_assertion",
  "satisfies_expression",
  "augmented_assignment_expression",
  "sequence_expression",
]);
const CONST_TYPES = new Set([
  "string",
  "number",
  "true",
  "false",
  "null",
  "undefined",
  "regex",
  "arrow_function",
  "function_expression",
  "string_fragment",
  // `\``, `\n` inside a template literal: literal characters, not data.
  "escape_sequence",
  // The key of `{ name: v }` (a pair is read through its children): a name written in the code, not data.
  "property_identifier",
]);

/** JavaScript/TypeScript counterpart of PythonContext: require/import aliases, callee names, taint levels. */
/** Nested isDead questions answered before a branch simply counts as live. */
const DEAD_NESTING = 4;

/** The key an object pattern's entry reads (`{ a }`, `{ a = 1 }`, `{ a: b }`, `{ [k]: v }`); undefined for a rest. */
function patternKey(c: SyntaxNode): SyntaxNode | undefined {
  return c.type === "shorthand_property_identifier_pattern"
    ? c
    : c.type === "object_assignment_pattern"
      ? field(c, "left")
      : c.type === "pair_pattern"
        ? field(c, "key")
        : undefined;
}

export class JsContext {
  readonly tree: SyntaxTree;
  private readonly aliases = new Map<string, string>();
  /** `io.read` after `const io = { read: fs.readFileSync }`: a held object's member that is a module's function. */
  private readonly heldMembers = new Map<string, string>();
  /** `const sys = { ...require('child_process') }`: a held object spreading a whole module, by holder name. */
  private readonly heldSpreads = new Map<string, string>();
  /** Names a module load is called by: `require`, and those bound to `createRequire(...)` (see isRequire). */
  private readonly requireNames = new Set<string>(["require"]);
  private readonly callees = new Map<SyntaxNode, string>();
  private readonly memo = new Map<string, Level>();
  private readonly decls = new Map<string, SyntaxNode[]>();
  private readonly assigns = new Map<string, SyntaxNode[]>();
  /** `x += v` (and other compound writes) by name: they add to what `x` holds. */
  private readonly augments = new Map<string, SyntaxNode[]>();
  private readonly usesByName = new Map<string, SyntaxNode[]>();
  private vueGetters: Map<string, SyntaxNode> | undefined;
  /** Names bound by destructuring or a for-in/for-of head: the whole value they were taken from. */
  private readonly patternDecls = new Map<string, { node: SyntaxNode; value: SyntaxNode }[]>();
  /** Per member name: whether the file writes `.name` other than by a plain `this.name = v` (see fieldInit). */
  private readonly fieldWritten = new Map<string, boolean>();
  /** `this.x = v` writes, by property name: what a class member may hold. */
  private readonly memberWrites = new Map<string, SyntaxNode[]>();
  private fieldModel: { inits: Map<string, SyntaxNode[]>; outside: Set<string>; opaque: boolean } | undefined;
  /** Per name: whether the file writes through it (see writtenThrough); per-lookup source scans were quadratic. */
  private readonly writtenMemo = new Map<string, boolean>();
  /** Enum declarations by name (built on first use). */
  private enumDecls: Map<string, SyntaxNode[]> | undefined;
  private readonly localsMemo = new Map<string, SyntaxNode[] | undefined>();
  private readonly exportedMemo = new Map<SyntaxNode | null, boolean>();
  /** `if` statements by enclosing function (null: top level), in source order: guards are read from them. */
  private readonly ifs = new Map<SyntaxNode | null, SyntaxNode[]>();
  private readonly guardTests = new Map<string, RegExp>();
  private readonly paramMemo = new Map<string, Level>();
  /** A call whose local callee's returned values are being evaluated with its parameters bound to its arguments. */
  private bound: Frame | undefined;
  /** A loop variable bound to one of its values while a branch condition inside the loop is evaluated. */
  private loopBound: { loop: SyntaxNode; name: string; value: string | number | boolean | null } | undefined;
  private readonly loopMemo = new Map<SyntaxNode, LoopValues | null>();
  /** An array callback whose element parameter is read as one known item (`LIST.map(cb)[k]`: cb of `LIST[k]`). */
  private pin: { fn: SyntaxNode; value: SyntaxNode } | undefined;
  /** Calls by the callee's last name (`f(x)`, `this.f(x)`, `obj.f(x)`): where a local function's arguments come from. */
  private readonly callsByName = new Map<string, SyntaxNode[]>();
  /**
   * Calls of a named function through Function.prototype (`f.call(self, a)`, `f.apply(self, [a])`, a name bound by
   * `const g = f.bind(self, a)` then called as `g(b)`): the call, and how its arguments line up with f's parameters.
   */
  private readonly indirectCalls = new Map<
    string,
    { call: SyntaxNode; kind: "call" | "apply" | "bound"; pre: SyntaxNode[] }[]
  >();
  /** Functions declared in the file by name (`function f`, `const f = () => ...`), for what a call returns. */
  private readonly functions = new Map<string, SyntaxNode>();
  private readonly argsMemo = new Map<SyntaxNode, SyntaxNode[]>();
  private readonly viaMemo = new Map<SyntaxNode, { fn: SyntaxNode; args: SyntaxNode[] } | null>();
  /** Every plain function of a name (declarations and const-bound function values), when one name is reused. */
  private readonly functionsByName = new Map<string, SyntaxNode[]>();
  private readonly constBusy = new Set<SyntaxNode>();
  /** How many isDead questions are open on the stack (see isDead). */
  private deadNesting = 0;
  /** Reads being looked up past their conditional reassignments (to the declaration's value). */
  private readonly skipAssigns = new Set<SyntaxNode>();
  private readonly maps = new Map<SyntaxNode, MapEntry[] | undefined>();
  private readonly heldMemo = new Map<string, HeldEntry[] | null>();
  /** A name's bindings (a decls/assigns/augments list) split by enclosing function, built on first use (see inFn). */
  private readonly byFn = new WeakMap<SyntaxNode[], Map<SyntaxNode | null, SyntaxNode[]>>();
  /** The file's data-flow work so far (budget.ts): eval, constValue, isDead and the per-binding scans charge it. */
  private readonly budget = newCounter();

  constructor(tree: SyntaxTree) {
    this.tree = tree;
    const bindPattern = (pattern: SyntaxNode, value: SyntaxNode): void => {
      // `const [body, theme] = await Promise.all([request.json(), loadTheme()])`, `const [a, b] = [x, y]`: each
      // position takes the element written at that position (a spread before it, and it is the whole value).
      const elems = pattern.type === "array_pattern" ? this.arrayLiteralElements(value) : undefined;
      if (elems) {
        // (Commas are not kept in the tree: a position is the count of commas in the source before it.)
        let i = 0;
        let prev = pattern.start + 1;
        for (const c of pattern.children) {
          if (!c.named || c.type === "comment") continue;
          i += (tree.source.slice(prev, c.start).match(/,/g) ?? []).length;
          prev = c.end;
          bindPattern(c, c.type === "rest_pattern" ? value : (elems[i] ?? value));
        }
        return;
      }
      for (const d of [pattern, ...descendantsOf(pattern)]) {
        // (`{ a = b }`: the default `b` is read, not bound.)
        if (d.field === "right" && /^(object_)?assignment_pattern$/.test(d.parent?.type ?? "")) continue;
        const named =
          d.type === "shorthand_property_identifier_pattern" ||
          (d.type === "identifier" && d.field !== "key" && d.parent?.type !== "pair_pattern") ||
          (d.type === "identifier" && d.parent?.type === "pair_pattern" && d.field === "value");
        if (!named) continue;
        const list = this.patternDecls.get(this.text(d)) ?? [];
        list.push({ node: d, value });
        this.patternDecls.set(this.text(d), list);
      }
    };
    const binds: { name: string; target: string; call: SyntaxNode }[] = [];
    const memberAliases: { name: string; obj: string; prop: string }[] = [];
    const boundMembers: { name: string; target: SyntaxNode; call: SyntaxNode }[] = [];
    // Object literals held in a name and a namespace's exported constants: members that may hold module functions.
    const heldObjects: { holder: string; obj: SyntaxNode }[] = [];
    const held: { holder: string; key: string; value: SyntaxNode }[] = [];
    /** `namespace Shell { export const run = ... }`: the namespace a declarator's exported constant belongs to. */
    const namespaceOf = (d: SyntaxNode): string | undefined => {
      const decl = d.parent;
      const exp = decl?.parent;
      const body = exp?.parent;
      const ns = body?.parent;
      if (decl?.type !== "lexical_declaration" || exp?.type !== "export_statement") return undefined;
      if (body?.type !== "statement_block" || ns?.type !== "internal_module") return undefined;
      const id = field(ns, "name");
      return id?.type === "identifier" ? this.text(id) : undefined;
    };
    for (const n of tree.nodes) {
      if (n.type === "if_statement") {
        const fn = enclosingFunction(n) ?? null;
        const list = this.ifs.get(fn) ?? [];
        list.push(n);
        this.ifs.set(fn, list);
      } else if (isFnDecl(n) || n.type === "method_definition") {
        const name = field(n, "name");
        if (name && !(n.type === "method_definition" && this.functions.has(this.text(name))))
          this.functions.set(this.text(name), n);
        if (name && isFnDecl(n)) this.addFunction(this.text(name), n);
      } else if (n.type === "call_expression") {
        // (`await this.load<T>(x)` parses as a call of `await this.load`: calleeNode looks through the await.)
        const f = calleeNode(n);
        const last =
          f?.type === "identifier" ? f : f?.type === "member_expression" ? field(f, "property") : undefined;
        if (last) {
          const list = this.callsByName.get(this.text(last)) ?? [];
          list.push(n);
          this.callsByName.set(this.text(last), list);
          const obj = f?.type === "member_expression" ? field(f, "object") : undefined;
          const how = this.text(last);
          if (obj?.type === "identifier" && (how === "call" || how === "apply")) {
            const ind = this.indirectCalls.get(this.text(obj)) ?? [];
            ind.push({ call: n, kind: how, pre: [] });
            this.indirectCalls.set(this.text(obj), ind);
          }
        }
      }
      if (n.type === "augmented_assignment_expression") {
        const left = field(n, "left");
        if (left?.type === "identifier") {
          const list = this.augments.get(this.text(left)) ?? [];
          list.push(n);
          this.augments.set(this.text(left), list);
        }
      }
      if (n.type === "for_in_statement") {
        const left = field(n, "left");
        const right = field(n, "right");
        if (left && right) bindPattern(left, right);
      }
      if (n.type === "assignment_expression") {
        const left0 = field(n, "left");
        const right0 = field(n, "right");
        if (left0?.type === "member_expression" && field(left0, "object")?.type === "this" && right0) {
          const prop = this.text(field(left0, "property") ?? left0);
          const list = this.memberWrites.get(prop) ?? [];
          list.push(right0);
          this.memberWrites.set(prop, list);
        }
        const left = field(n, "left");
        if (left?.type === "identifier") {
          const list = this.assigns.get(this.text(left)) ?? [];
          list.push(n);
          this.assigns.set(this.text(left), list);
        }
      }
      if (n.type === "variable_declarator") {
        const name = field(n, "name");
        const value = field(n, "value");
        const vf = value?.type === "call_expression" ? field(value, "function") : undefined;
        const target = vf?.type === "member_expression" ? field(vf, "object") : undefined;
        if (
          name?.type === "identifier" &&
          target?.type === "identifier" &&
          this.text(field(vf!, "property") ?? vf!) === "bind"
        )
          binds.push({ name: this.text(name), target: this.text(target), call: value! });
        if (
          name?.type === "identifier" &&
          target &&
          /^(identifier|member_expression)$/.test(target.type) &&
          this.text(field(vf!, "property") ?? vf!) === "bind"
        )
          boundMembers.push({ name: this.text(name), target, call: value! });
        if (name?.type === "identifier" && value?.type === "object")
          heldObjects.push({ holder: this.text(name), obj: value });
        const ns = name?.type === "identifier" && value ? namespaceOf(n) : undefined;
        if (ns && value) held.push({ holder: ns, key: this.text(name!), value });
        if (name?.type === "identifier") {
          const list = this.decls.get(this.text(name)) ?? [];
          list.push(n);
          this.decls.set(this.text(name), list);
          if (value?.type === "arrow_function" || value?.type === "function_expression") {
            this.functions.set(this.text(name), value);
            this.addFunction(this.text(name), value);
          }
          // `const req = createRequire(import.meta.url)` / `module.createRequire(__filename)`: a require of its own.
          if (value?.type === "call_expression" && /^(?:module\.)?createRequire$/.test(this.text(fn0(value))))
            this.requireNames.add(this.text(name));
          if (this.isRequire(value)) {
            const mod = this.requiredModule(value);
            if (mod) this.aliases.set(this.text(name), mod);
          }
          // `const evaluate = require('vm').runInNewContext`, `const log = console.log`: a name for an export.
          if (value?.type === "member_expression") {
            const obj = field(value, "object");
            const prop = field(value, "property");
            if (obj?.type === "identifier" && this.text(obj) === "console" && prop)
              this.aliases.set(this.text(name), `console.${this.text(prop)}`);
            if (this.isRequire(obj) && prop) {
              const mod = this.requiredModule(obj);
              if (mod) this.aliases.set(this.text(name), `${mod}.${this.text(prop)}`);
            }
            // `const run = vm.runInThisContext` after `const vm = require('vm')`: settled once every import is seen.
            if (obj?.type === "identifier" && prop?.type === "property_identifier")
              memberAliases.push({ name: this.text(name), obj: this.text(obj), prop: this.text(prop) });
          }
        } else if (
          (name?.type === "object_pattern" || name?.type === "array_pattern") &&
          value &&
          !(value.type === "call_expression" && this.isRequire(value))
        ) {
          bindPattern(name, value);
          // `const { exec: run, execSync } = cp` after `const cp = require('child_process')`: members of a module
          // held in a name, settled with the member aliases below once every import is seen.
          if (name.type === "object_pattern" && value.type === "identifier")
            for (const p of namedChildren(name)) {
              const key = p.type === "pair_pattern" ? field(p, "key") : p;
              const local = p.type === "pair_pattern" ? field(p, "value") : p;
              if (
                key &&
                local &&
                /^(property_identifier|shorthand_property_identifier_pattern)$/.test(key.type) &&
                /^(identifier|shorthand_property_identifier_pattern)$/.test(local.type)
              )
                memberAliases.push({ name: this.text(local), obj: this.text(value), prop: this.text(key) });
            }
        }
        if (name?.type === "object_pattern" && (value?.type === "call_expression" || this.isRequire(value))) {
          const mod = this.isRequire(value)
            ? this.requiredModule(value)
            : coreModule(this.stringValue(namedChildren(field(value!, "arguments") ?? value!)[0]));
          if (mod)
            for (const p of namedChildren(name)) {
              if (p.type === "shorthand_property_identifier_pattern")
                this.aliases.set(this.text(p), `${mod}.${this.text(p)}`);
              // `const { request: undiciRequest } = require('undici')`: the renamed export.
              const key = p.type === "pair_pattern" ? field(p, "key") : undefined;
              const local = p.type === "pair_pattern" ? field(p, "value") : undefined;
              // (`const { default: ky } = await import('ky')`: the default export is the module.)
              if (key?.type === "property_identifier" && local?.type === "identifier")
                this.aliases.set(
                  this.text(local),
                  this.text(key) === "default" ? mod : `${mod}.${this.text(key)}`,
                );
            }
        }
      } else if (n.type === "import_statement") {
        const src = coreModule(this.stringValue(field(n, "source")));
        if (!src) continue;
        for (const d of descendantsOf(n)) {
          if (
            d.type === "namespace_import" ||
            (d.type === "identifier" && d.parent?.type === "import_clause")
          ) {
            const id = d.type === "identifier" ? d : namedChildren(d)[0];
            if (id) this.aliases.set(this.text(id), src);
          } else if (d.type === "import_specifier") {
            const name = field(d, "name");
            const alias = field(d, "alias") ?? name;
            if (name && alias) this.aliases.set(this.text(alias), `${src}.${this.text(name)}`);
          }
        }
      }
    }
    // A name bound once to a module's member: a second declaration of the name (another scope) leaves it unknown.
    for (const { name, obj, prop } of memberAliases) {
      const mod = this.aliases.get(obj);
      // (A destructured name is one pattern declaration and no plain one.)
      const once = (this.decls.get(name)?.length ?? 0) + (this.patternDecls.get(name)?.length ?? 0) === 1;
      const target = mod ? `${mod}.${prop}` : this.hostObject(obj) ? hostMember(obj, prop) : undefined;
      if (target && !this.aliases.has(name) && once && !this.assigns.has(name))
        this.aliases.set(name, target);
    }
    // `const dig = execSync.bind(cp)` / `cp.execSync.bind(cp)`: a module's function bound to a this and no
    // arguments is that function (a bound argument would shift the ones the call passes).
    for (const b of boundMembers) {
      let root: SyntaxNode | undefined = b.target;
      while (root?.type === "member_expression") root = field(root, "object") ?? undefined;
      const target = this.qname(b.target);
      // (`document.write.bind(document)`: a host object's method bound to that object.)
      const host =
        root?.type === "identifier" &&
        this.hostObject(this.text(root)) &&
        this.text(this.args(b.call)[0] ?? b.call) === this.text(root);
      if (
        root?.type === "identifier" &&
        ((this.aliases.has(this.text(root)) && !this.functions.has(this.text(root))) || host) &&
        /^[\w$]+(\.[\w$]+)+$/.test(target) &&
        this.args(b.call).length <= 1 &&
        !this.aliases.has(b.name) &&
        this.decls.get(b.name)?.length === 1 &&
        !this.assigns.has(b.name)
      )
        this.aliases.set(b.name, target);
    }
    this.settleHeldMembers(heldObjects, held);
    for (const b of binds) {
      const ind = this.indirectCalls.get(b.target) ?? [];
      const pre = this.args(b.call).slice(1);
      for (const c of this.callsByName.get(b.name) ?? [])
        if (field(c, "function")?.type === "identifier") ind.push({ call: c, kind: "bound", pre });
      this.indirectCalls.set(b.target, ind);
    }
  }

  text(node: SyntaxNode): string {
    return this.tree.source.slice(node.start, node.end);
  }

  /**
   * Local barrels: `const io = { read: fs.readFileSync, ...require('child_process') }` bound once and never
   * reassigned, and `namespace Shell { export const run = cp.exec }`, make `io.read`, `io.exec` and `Shell.run`
   * names of the module functions they hold. Only members whose value is rooted at a module load count; an own key
   * shadows a spread module's member of that name.
   */
  private settleHeldMembers(
    objects: { holder: string; obj: SyntaxNode }[],
    held: { holder: string; key: string; value: SyntaxNode }[],
  ): void {
    const once = (name: string) =>
      (this.decls.get(name)?.length ?? 0) === 1 && !this.patternDecls.has(name) && !this.assigns.has(name);
    const own = new Set<string>();
    const members = [...held];
    for (const { holder, obj } of objects) {
      if (!once(holder)) continue;
      for (const p of namedChildren(obj)) {
        const key =
          p.type === "pair" ? field(p, "key") : p.type === "shorthand_property_identifier" ? p : undefined;
        if (key && /^(property_identifier|shorthand_property_identifier)$/.test(key.type))
          own.add(`${holder}.${this.text(key)}`);
        const value =
          p.type === "pair" ? field(p, "value") : p.type === "shorthand_property_identifier" ? p : undefined;
        if (key && value) members.push({ holder, key: this.text(key), value });
        if (p.type === "spread_element") {
          const spread = namedChildren(p).find((c) => c.type !== "comment");
          const mod = spread && this.moduleRooted(spread) ? this.qname(spread) : undefined;
          if (mod && !mod.includes(".")) this.heldSpreads.set(holder, mod);
        }
      }
    }
    for (const { holder, key, value } of members)
      if (this.moduleRooted(value)) {
        const q = this.qname(value);
        if (q.includes(".")) this.heldMembers.set(`${holder}.${key}`, q);
      }
    for (const holder of this.heldSpreads.keys())
      for (const k of own)
        if (k.startsWith(`${holder}.`) && !this.heldMembers.has(k)) this.heldMembers.set(k, "");
  }

  /** Whether an expression is a module load or a name or member chain rooted at one (`cp.exec`, `exec`). */
  private moduleRooted(node: SyntaxNode): boolean {
    let root: SyntaxNode | undefined = node;
    while (root?.type === "member_expression") root = field(root, "object") ?? undefined;
    if (!root) return false;
    if (this.isRequire(root)) return true;
    return (
      root.type === "identifier" && this.aliases.has(this.text(root)) && !this.functions.has(this.text(root))
    );
  }

  /** A host object (HOST_OBJECTS) the file does not declare a name of its own for. */
  private hostObject(name: string): boolean {
    return (
      HOST_OBJECTS.has(name) &&
      !this.aliases.has(name) &&
      !this.decls.has(name) &&
      !this.patternDecls.has(name) &&
      !this.functions.has(name)
    );
  }

  /** The module function a held object's member names (see settleHeldMembers); undefined for any other member. */
  private heldMember(holder: string, key: string): string | undefined {
    const q = this.heldMembers.get(`${holder}.${key}`);
    if (q !== undefined) return q || undefined;
    const mod = this.heldSpreads.get(holder);
    return mod ? `${mod}.${key}` : undefined;
  }

  /**
   * A module load: `require(m)`, `module.require(m)`, a call of a `createRequire(...)`-made require, or an awaited
   * dynamic `import(m)` (its namespace object holds the module's members).
   */
  private isRequire(node: SyntaxNode | undefined | null): boolean {
    if (node?.type === "await_expression") {
      const inner = namedChildren(node).find((c) => c.type !== "comment");
      return inner?.type === "call_expression" && field(inner, "function")?.type === "import";
    }
    if (node?.type !== "call_expression") return false;
    const f = this.text(field(node, "function") ?? node);
    return this.requireNames.has(f) || f === "module.require";
  }

  /** The (core-normalised) module name a load names by a constant string; undefined when computed. */
  private requiredModule(node: SyntaxNode | undefined | null): string | undefined {
    if (!node) return undefined;
    const call =
      node.type === "await_expression" ? namedChildren(node).find((c) => c.type !== "comment") : node;
    return coreModule(this.stringValue(namedChildren(field(call ?? node, "arguments") ?? node)[0]));
  }

  stringValue(node: SyntaxNode | undefined): string | undefined {
    if (!node) return undefined;
    if (node.type === "string") return this.text(node).slice(1, -1);
    if (node.type === "template_string" && !node.children.some((c) => c.type === "template_substitution"))
      return this.text(node).slice(1, -1);
    return undefined;
  }

  qname(node: SyntaxNode | undefined): string {
    if (!node) return "";
    // `(0, eval)(code)`, `(0, _fs.readFile)(p)` (indirect eval; transpilers' way to call an import without a this):
    // the function is the sequence's last item.
    if (node.type === "parenthesized_expression") {
      const seq = namedChildren(node).filter((c) => c.type !== "comment");
      const items = seq.length === 1 && seq[0]!.type === "sequence_expression" ? namedChildren(seq[0]!) : [];
      if (items.length > 1 && items.slice(0, -1).every((i) => i.type === "number"))
        return this.qname(items[items.length - 1]);
    }
    // `require('safe-eval')(code)`: the required module's export called in place.
    if (this.isRequire(node)) {
      const mod = this.requiredModule(node);
      if (mod) return mod;
    }
    if (node.type === "identifier") {
      const t = this.text(node);
      return this.aliases.get(t) ?? t;
    }
    // `cp['exec']`: a member named by a string literal is that member; `cp[method]` with `const method =
    // 'execSync'` the member the constant names.
    if (node.type === "subscript_expression") {
      const obj = field(node, "object");
      const index = field(node, "index") ?? undefined;
      const named = index?.type === "identifier" ? this.constValue(index) : undefined;
      const key = typeof named === "string" ? named : this.stringValue(index);
      if (obj && key !== undefined && /^[A-Za-z_$][\w$]*$/.test(key)) return `${this.qname(obj)}.${key}`;
    }
    if (node.type === "member_expression") {
      const obj = field(node, "object");
      const prop = field(node, "property");
      if (!obj || !prop) return this.text(node);
      // `Function.prototype.constructor(body)` is `Function(body)`.
      if (this.text(prop) === "constructor" && this.text(obj) === "Function.prototype") return "Function";
      // `require('vm').runInThisContext`: the member of the required module.
      if (this.isRequire(obj)) {
        const mod = this.requiredModule(obj);
        if (mod) return `${mod}.${this.text(prop)}`;
      }
      if (obj.type === "identifier") {
        const held = this.heldMember(this.text(obj), this.text(prop));
        if (held) return held;
      }
      // `mod.default.exec` after `const mod = await import('child_process')`: an ES namespace's default export of
      // a CommonJS module is the module itself.
      if (
        this.text(prop) === "default" &&
        obj.type === "identifier" &&
        /^[^.]+$/.test(this.aliases.get(this.text(obj)) ?? ".")
      )
        return this.qname(obj);
      // `res.status(404).send(...)`: a chainable response method returns the response itself.
      const inner = obj.type === "call_expression" ? field(obj, "function") : undefined;
      if (inner?.type === "member_expression" && CHAINABLE.test(this.text(field(inner, "property") ?? inner)))
        return `${this.qname(field(inner, "object"))}.${this.text(prop)}`;
      return `${this.qname(obj)}.${this.text(prop)}`;
    }
    return this.text(node);
  }

  /**
   * `cp.exec.call(null, cmd)`, `exec.apply(cp, [cmd, cb])`: a module's function (its name rooted at a
   * require/import) called through Function.prototype. The function and the arguments it receives (an apply list
   * that is no array literal gives none); undefined for any other call. A local function's `.call` is followed by
   * indirectCalls instead, and `Object.prototype.hasOwnProperty.call(o, k)` is rooted at no import.
   */
  /**
   * `s.replace(/[^...]/g, by)`: the negated class's body (what the call keeps) and the replacement's text, for the
   * sink classes' allow-list checks (each class admits its own characters).
   */
  private keptClass(node: SyntaxNode): { kept: string; by: string } | undefined {
    const re = /^\/\[\^((?:\\.|[^\]\\])*)\]\+?\/[a-z]*g[a-z]*$/.exec(this.text(this.args(node)[0] ?? node));
    const by = this.args(node)[1];
    return re?.[1] !== undefined && by ? { kept: re[1], by: this.text(by) } : undefined;
  }

  private viaCallApply(call: SyntaxNode): { fn: SyntaxNode; args: SyntaxNode[] } | undefined {
    if (this.viaMemo.has(call)) return this.viaMemo.get(call) ?? undefined;
    let out: { fn: SyntaxNode; args: SyntaxNode[] } | undefined;
    const f = call.type === "call_expression" ? field(call, "function") : undefined;
    // `Reflect.apply(cp.exec, null, [cmd])` is `cp.exec.apply(null, [cmd])`.
    const reflect = f?.type === "member_expression" && this.text(f) === "Reflect.apply";
    const how = reflect
      ? "apply"
      : f?.type === "member_expression"
        ? this.text(field(f, "property") ?? f)
        : "";
    const args = reflect || how === "call" || how === "apply" ? field(call, "arguments") : undefined;
    const written = args ? namedChildren(args).filter((c) => c.type !== "comment") : [];
    const fn = reflect
      ? written[0]
      : (how === "call" || how === "apply") && f
        ? (field(f, "object") ?? undefined)
        : undefined;
    let root = fn;
    while (root?.type === "member_expression" || root?.type === "subscript_expression")
      root = field(root, "object") ?? undefined;
    if (
      fn &&
      root?.type === "identifier" &&
      ((this.aliases.has(this.text(root)) && !this.functions.has(this.text(root))) ||
        this.hostObject(this.text(root)))
    ) {
      const raw = reflect ? written.slice(1) : written;
      const list = raw[1]?.type === "array" ? namedChildren(raw[1]).filter((c) => c.type !== "comment") : [];
      out = { fn, args: how === "call" ? raw.slice(1) : list };
    }
    this.viaMemo.set(call, out ?? null);
    return out;
  }

  callee(call: SyntaxNode): string {
    // Every rule on a call asks; unmemoised, a method chain's links each re-walked the chain below them.
    let q = this.callees.get(call);
    if (q === undefined) {
      q = this.promisified(call) ?? this.qname(this.viaCallApply(call)?.fn ?? calleeNode(call));
      this.callees.set(call, q);
      const passed = this.paramFunction(call);
      if (passed) {
        q = passed;
        this.callees.set(call, q);
      }
    }
    return q;
  }

  /**
   * A promisified module function is the function it wraps: `const read = util.promisify(fs.readFile); read(p)`,
   * `promisify(fs.unlink)(p)`, `pify(fs.readFile)(p)` / `require('thenify')(fs.readFile)(p)` are `fs.readFile`,
   * and a promisified module's members (`pify(fs).readFile(p)`, bluebird's `Promise.promisifyAll(fs)
   * .readFileAsync(p)`) are its own. Only a wrapped function with a dotted name (an import's member); undefined
   * for any other call.
   */
  private promisified(call: SyntaxNode): string | undefined {
    const f = calleeNode(call);
    if (!f) return undefined;
    const wrapper = (n: SyntaxNode | undefined, re: RegExp): SyntaxNode | undefined => {
      const b = n?.type === "identifier" ? this.resolve(n) : n;
      if (b?.type !== "call_expression") return undefined;
      const fn = field(b, "function");
      const name = fn ? this.qname(fn) : "";
      const mod =
        fn?.type === "call_expression" ? /^require\(\s*['"]([\w.-]+)['"]\s*\)$/.exec(this.text(fn)) : null;
      return re.test(name) || (mod && re.test(mod[1]!)) ? this.args(b)[0] : undefined;
    };
    const fnWrap =
      /^((util|bluebird|Promise|Bluebird)\.)?promisify$|^(pify|thenify|util\.promisify|es6-promisify)$/;
    const inner = wrapper(f, fnWrap);
    if (inner) {
      const q = this.qname(inner);
      return /^[\w$]+(\.[\w$]+)+$/.test(q) ? q : undefined;
    }
    if (f.type !== "member_expression") return undefined;
    const mod = wrapper(
      field(f, "object") ?? undefined,
      /^((bluebird|Promise|Bluebird)\.)?promisifyAll$|^pify$/,
    );
    const prop = field(f, "property");
    if (!mod || !prop) return undefined;
    const base = this.qname(mod);
    if (!/^[\w$][\w$./-]*$/.test(base) || base.includes("(")) return undefined;
    // bluebird's promisifyAll adds `xAsync` beside each `x`; pify keeps the names.
    return `${base}.${this.text(prop).replace(/Async$/, "")}`;
  }

  /**
   * `function run(c, exec = child_process.exec) { exec(c) }`, `const sh = (cmd, runner = require('child_process')
   * .execSync) => runner(cmd)`, `function withRunner(runner, ...args) { return runner(...args) }` called as
   * `withRunner(cp.exec, cmd)`: a call of a parameter that every call of its function in the file passes (or
   * defaults to) the same named function (a module's member, an imported name): that function's dotted name. A
   * runner by default is what the helper is, whoever calls it; one without a default is its callers' choice, so
   * only where one of them hands the helper a value not written as a literal. Undefined otherwise.
   */
  paramFunction(call: SyntaxNode): string | undefined {
    const f = calleeNode(call);
    if (f?.type === "member_expression" && field(f, "object")?.type === "this") return this.fieldRunner(f);
    if (f?.type !== "identifier") return undefined;
    const name = this.text(f);
    let fn = enclosingFunction(call);
    while (fn && !this.isParam(fn, name)) fn = enclosingFunction(fn);
    const params = fn && field(fn, "parameters");
    if (!fn || !params) return undefined;
    const list = namedChildren(params).filter((p) => p.type !== "comment");
    const index = list.findIndex((p) => {
      const id =
        p.type === "assignment_pattern"
          ? field(p, "left")
          : p.type === "identifier"
            ? p
            : field(p, "pattern");
      return id?.type === "identifier" && this.text(id) === name;
    });
    const decl = list[index];
    if (!decl) return undefined;
    const dflt = decl.type === "assignment_pattern" ? field(decl, "right") : field(decl, "value");
    let fname: SyntaxNode | undefined;
    if (isFnDecl(fn) || fn.type === "method_definition") fname = field(fn, "name");
    else if (fn.parent?.type === "variable_declarator") fname = field(fn.parent, "name");
    const calls = fname ? (this.callsByName.get(this.text(fname)) ?? []) : [];
    const vals: SyntaxNode[] = dflt ? [dflt] : [];
    let open = false;
    for (const c of calls) {
      if (fn.start <= c.start && c.end <= fn.end) continue;
      const cf = field(c, "function");
      if (fn.type !== "method_definition" && cf?.type !== "identifier") continue;
      const args = this.args(c);
      if (args.slice(0, index + 1).some((a) => a.type === "spread_element")) return undefined;
      const a = args[index];
      if (a) vals.push(a);
      else if (!dflt) return undefined;
      open ||= args.some(
        (o, i) =>
          i !== index &&
          !/^(arrow_function|function_expression|function)$/.test(o.type) &&
          this.constValue(o) === undefined,
      );
    }
    if (!vals.length || (!dflt && !open)) return undefined;
    let out: string | undefined;
    for (const v of vals) {
      const named =
        v.type === "member_expression" ||
        (v.type === "identifier" && this.aliases.has(this.text(v)) && !this.isParam(fn, this.text(v)));
      const q = named ? this.qname(v) : undefined;
      if (!q || (out !== undefined && q !== out)) return undefined;
      out = q;
    }
    return out;
  }

  method(call: SyntaxNode): string {
    const fn = this.viaCallApply(call)?.fn ?? calleeNode(call);
    if (fn?.type === "member_expression") return this.text(field(fn, "property") ?? fn);
    // `users['find'](q)`, `res[method](x)` with `const method = 'send'`: the member a constant names (as qname).
    if (fn?.type === "subscript_expression") {
      const q = this.qname(fn);
      const key = /\.([A-Za-z_$][\w$]*)$/.exec(q)?.[1];
      if (key && q !== this.text(fn)) return key;
    }
    return fn ? this.text(fn) : "";
  }

  args(call: SyntaxNode): SyntaxNode[] {
    let out = this.argsMemo.get(call);
    if (!out) {
      const via = this.viaCallApply(call);
      if (via) {
        this.argsMemo.set(call, via.args);
        return via.args;
      }
      const a = field(call, "arguments");
      out = a ? namedChildren(a) : [];
      this.argsMemo.set(call, out);
      const forwarded = this.forwardedRest(call, out);
      if (forwarded) this.argsMemo.set(call, (out = forwarded));
    }
    return out;
  }

  /**
   * `function withRunner(runner, ...args) { return runner(...args); }` called once in the file: the call's
   * arguments with the spread of the rest parameter replaced by what that one call passes from the rest's place
   * on, so each keeps its position. Undefined for any other call (several or no callers, another spread).
   */
  private forwardedRest(call: SyntaxNode, own: SyntaxNode[]): SyntaxNode[] | undefined {
    const at = own.findIndex((a) => a.type === "spread_element");
    const spread = own[at];
    const id = spread && namedChildren(spread)[0];
    if (!spread || id?.type !== "identifier" || own.slice(at + 1).some((a) => a.type === "spread_element"))
      return undefined;
    const fn = enclosingFunction(call);
    const params = fn && field(fn, "parameters");
    if (!fn || !params) return undefined;
    const list = namedChildren(params).filter((p) => p.type !== "comment");
    const rest = list.findIndex(
      (p) => p.type === "rest_pattern" && this.text(namedChildren(p)[0] ?? p) === this.text(id),
    );
    if (rest < 0 || rest !== list.length - 1) return undefined;
    let fname: SyntaxNode | undefined;
    if (isFnDecl(fn)) fname = field(fn, "name");
    else if (fn.parent?.type === "variable_declarator") fname = field(fn.parent, "name");
    if (fname?.type !== "identifier" || this.assigns.get(this.text(fname))?.length) return undefined;
    const calls = (this.callsByName.get(this.text(fname)) ?? []).filter(
      (c) => field(c, "function")?.type === "identifier",
    );
    const only = calls.length === 1 ? calls[0]! : undefined;
    if (!only || (fn.start <= only.start && only.end <= fn.end)) return undefined;
    // Named nowhere else (not handed on as a callback, exported or rebound).
    if (this.uses(this.text(fname)).some((u) => u !== fname && u !== field(only, "function")))
      return undefined;
    const a = field(only, "arguments");
    const passed = a ? namedChildren(a) : [];
    if (passed.some((p) => p.type === "spread_element")) return undefined;
    return [...own.slice(0, at), ...passed.slice(rest), ...own.slice(at + 1)];
  }

  /**
   * A template engine rendering a literal template: `ejs.render('<p><%= x %></p>', data)`,
   * `Handlebars.compile(T)(data)` (or through a name bound to the compiled template), `_.template(T)(data)`, `Mustache.render(T, data)`, `pug.render(T, data)`,
   * `nunjucks.renderString(T, data)`. `raw`: the template prints a value unescaped in that engine's syntax (ejs
   * `<%-`, lodash/underscore `<%=`, Handlebars/Mustache `{{{` or `{{&` or noEscape, pug `!=`/`!{`, doT `{{=`
   * (`{{!` encodes), nunjucks `| safe`); otherwise every value it prints is HTML-escaped.
   */
  /** The `Hogan.compile(T)` call a `.render` member is read on (directly or through a name bound once). */
  private hoganTemplate(callee: SyntaxNode): SyntaxNode | undefined {
    const r = field(callee, "object");
    const c = r?.type === "identifier" ? this.resolve(r) : r;
    return c?.type === "call_expression" && /^hogan(\.js)?\.compile$/i.test(this.callee(c)) ? c : undefined;
  }

  /** The `new Eta(opts)` a `.render` member is read on, through a name bound to it. */
  private etaEngine(callee: SyntaxNode | null | undefined): SyntaxNode | undefined {
    if (callee?.type !== "member_expression") return undefined;
    const recv = field(callee, "object");
    const made = recv?.type === "identifier" ? this.resolve(recv) : undefined;
    return made?.type === "new_expression" && /^(eta\.)?Eta$/.test(this.callee(made)) ? made : undefined;
  }

  /** The `new nunjucks.Environment(...)` / `nunjucks.configure(...)` a `.render` member is read on, through a name. */
  private nunjucksEnv(callee: SyntaxNode | null | undefined): SyntaxNode | undefined {
    if (callee?.type !== "member_expression") return undefined;
    const recv = field(callee, "object");
    const made = recv?.type === "identifier" ? this.resolve(recv) : undefined;
    return made &&
      /^(new_expression|call_expression)$/.test(made.type) &&
      /^nunjucks\.(Environment|configure)$/.test(this.callee(made))
      ? made
      : undefined;
  }

  templateRender(call: SyntaxNode): { raw: boolean; data: SyntaxNode[] } | undefined {
    if (call.type !== "call_expression") return undefined;
    const callee = field(call, "function");
    // `const view = Handlebars.compile(T); view(data)`: the compiled template bound to a name once.
    const fn = callee?.type === "identifier" ? (this.resolve(callee) ?? callee) : callee;
    let engine: string;
    let tpl: SyntaxNode | undefined;
    let opts: SyntaxNode | undefined;
    let data: SyntaxNode[];
    if (fn?.type === "call_expression") {
      // (`import template from 'lodash/template'`: lodash's template function on its own)
      const m = /^(handlebars|hbs|_|lodash|underscore|ejs|pug|dot)\.(compile|template)$/.exec(
        this.callee(fn)
          .toLowerCase()
          .replace(/^lodash\/template$/, "lodash.template"),
      );
      if (!m) return undefined;
      engine = m[1]!;
      [tpl, opts] = this.args(fn);
      data = this.args(call);
    } else if (
      this.method(call) === "render" &&
      callee?.type === "member_expression" &&
      this.hoganTemplate(callee)
    ) {
      // Hogan: `Hogan.compile(T).render(data)` (or a name bound to the compiled template) escapes like Mustache.
      engine = "mustache";
      [tpl, opts] = this.args(this.hoganTemplate(callee)!);
      opts = undefined;
      data = this.args(call);
    } else if (/^(renderString|renderStringAsync)$/.test(this.method(call)) && this.etaEngine(callee)) {
      // Eta's `eta.renderString(T, data)`: `<%~ %>` prints raw, as does everything when autoEscape is false.
      const made = this.etaEngine(callee)!;
      const t = this.constValue(this.args(call)[0]);
      if (typeof t !== "string") return undefined;
      const given = this.args(made)[0];
      const off = given?.type === "object" && this.prop(given, "autoEscape")?.type === "false";
      return { raw: off || /<%~/.test(t), data: this.args(call).slice(1) };
    } else if (/^(render|renderAsync)$/.test(this.method(call)) && this.etaEngine(callee)) {
      // Eta: `eta.render('./profile', data)` on `const eta = new Eta(opts)` renders a view file by its literal
      // name; Eta escapes what `<%= %>` prints unless the engine was made with autoEscape: false.
      const made = this.etaEngine(callee)!;
      if (typeof this.constValue(this.args(call)[0]) !== "string") return undefined;
      const given = this.args(made)[0];
      const off = given?.type === "object" && this.prop(given, "autoEscape")?.type === "false";
      return { raw: off, data: this.args(call).slice(1) };
    } else if (/^(render|renderString)$/.test(this.method(call)) && this.nunjucksEnv(callee)) {
      // nunjucks: `env.render('page.njk', data)` / `env.renderString(T, data)` on `new nunjucks.Environment(loader,
      // opts)` or `nunjucks.configure(dir, opts)`: values are escaped (autoescape is on by default) unless the
      // engine was made with autoescape: false or a literal template pipes them through `| safe`.
      const made = this.nunjucksEnv(callee)!;
      const t = this.constValue(this.args(call)[0]);
      if (typeof t !== "string") return undefined;
      const given = this.args(made).find((a) => a.type === "object" && this.prop(a, "autoescape"));
      const off = !!given && this.prop(given, "autoescape")?.type === "false";
      const str = this.method(call) === "renderString";
      return { raw: off || (str && /\|\s*safe\b/.test(t)), data: this.args(call).slice(1) };
    } else if (this.method(call) === "parseAndRender" && callee?.type === "member_expression") {
      // liquidjs: `engine.parseAndRender(T, data)` on `const engine = new Liquid(opts)`. Liquid prints `{{ x }}`
      // unescaped unless the engine was made with `outputEscape` (then `| raw` still prints it as is).
      const recv = field(callee, "object");
      const made = recv?.type === "identifier" ? this.resolve(recv) : undefined;
      if (made?.type !== "new_expression" || !/^(liquidjs\.)?Liquid$/.test(this.callee(made)))
        return undefined;
      const t = this.constValue(this.args(call)[0]);
      if (typeof t !== "string") return undefined;
      const given = this.args(made)[0];
      const escaped = given?.type === "object" && this.prop(given, "outputEscape") !== undefined;
      return { raw: !escaped || /\|\s*raw\b/.test(t), data: this.args(call).slice(1) };
    } else {
      // (Squirrelly, like nunjucks, escapes unless a value is piped through `| safe`.)
      const m = /^(ejs|mustache|pug|nunjucks|handlebars|squirrelly)\.(render|renderstring)$/.exec(
        this.callee(call).toLowerCase(),
      );
      if (!m) return undefined;
      engine = m[1]!;
      [tpl, ...data] = this.args(call);
      opts = engine === "ejs" ? data[1] : undefined;
    }
    const t = this.constValue(tpl);
    if (typeof t !== "string") return undefined;
    const raw =
      engine === "ejs"
        ? /<%-/.test(t)
        : /^(_|lodash|underscore)$/.test(engine)
          ? /<%=/.test(t)
          : /^(handlebars|hbs|mustache)$/.test(engine)
            ? /\{\{\{|\{\{&/.test(t) || this.prop(opts, "noEscape")?.type === "true"
            : engine === "pug"
              ? /!=|!\{/.test(t)
              : engine === "dot"
                ? /\{\{=/.test(t)
                : /\|\s*safe\b/.test(t);
    return { raw, data };
  }

  /**
   * An HTML sanitiser told to keep what makes markup run: DOMPurify's ADD_TAGS / ALLOWED_TAGS naming script,
   * iframe, object or embed, or ADD_ATTR / ALLOWED_ATTR naming an on* handler; sanitize-html's
   * allowedTags: false / allowedAttributes: false (everything allowed) or a tag list naming script; js-xss's
   * whiteList naming script, iframe, object or embed. `options`: the options object when not the second argument.
   */
  looseSanitizer(call: SyntaxNode, options?: SyntaxNode): boolean {
    const given = options ?? this.args(call)[1];
    const opts = given?.type === "identifier" ? this.resolve(given) : given;
    if (opts?.type !== "object") return false;
    const listed = (key: string, re: RegExp) =>
      this.listedNames(this.prop(opts, key)).some((e) => re.test(e));
    const RUNS = /^(script|iframe|object|embed|frame)$/i;
    const HANDLER = /^on[a-z]+$/i;
    const text = (n: SyntaxNode) => this.text(n);
    return (
      // URLs that run script kept: javascript: allowed by name, any scheme, or a URI pattern that admits it.
      listed("allowedSchemes", /^(javascript|vbscript)$/i) ||
      this.prop(opts, "ALLOW_UNKNOWN_PROTOCOLS")?.type === "true" ||
      admitsScriptUrl(this.prop(opts, "ALLOWED_URI_REGEXP"), text) ||
      // js-xss / sanitize-html attribute lists naming an on* handler (`{ a: ['href', 'onclick'] }`).
      ["whiteList", "allowList", "allowedAttributes"].some((k) => {
        const v = this.prop(opts, k);
        return (
          v?.type === "object" &&
          namedChildren(v).some(
            (p) => p.type === "pair" && this.listedNames(field(p, "value")).some((e) => HANDLER.test(e)),
          )
        );
      }) ||
      // js-xss callbacks that hand back what they were asked to judge: a dropped tag's markup
      // (`onIgnoreTag: (tag, html) => html`), an attribute value unchecked, text unescaped.
      returnsParameter(this.prop(opts, "onIgnoreTag"), 1, text) ||
      returnsParameter(this.prop(opts, "safeAttrValue"), 2, text) ||
      returnsParameter(this.prop(opts, "escapeHtml"), 0, text) ||
      listed("ADD_TAGS", RUNS) ||
      listed("ALLOWED_TAGS", RUNS) ||
      listed("ADD_ATTR", HANDLER) ||
      listed("ALLOWED_ATTR", HANDLER) ||
      listed("allowedTags", RUNS) ||
      this.prop(opts, "allowedTags")?.type === "false" ||
      this.prop(opts, "allowedAttributes")?.type === "false" ||
      this.prop(opts, "allowVulnerableTags")?.type === "true" ||
      // js-xss's whiteList / allowList (`{ ...getDefaultWhiteList(), script: ['src'] }`): a tag that runs, kept.
      ["whiteList", "allowList"].some((k) =>
        this.objectParts(this.prop(opts, k)).some((v) =>
          namedChildren(v).some(
            (p) => p.type === "pair" && RUNS.test(this.text(field(p, "key") ?? p).replace(/['"]/g, "")),
          ),
        ),
      )
    );
  }

  /**
   * The object literals a value is built from: the literal itself (bound or inline), or the literal arguments of
   * `Object.assign({}, defaults, { script: ['src'] })`.
   */
  private objectParts(v: SyntaxNode | undefined): SyntaxNode[] {
    const r = v?.type === "identifier" ? this.resolve(v) : v;
    if (r?.type === "object") return [r];
    if (r?.type === "call_expression" && this.callee(r) === "Object.assign")
      return this.args(r).filter((a) => a.type === "object");
    return [];
  }

  /**
   * The string items of a list option: an array literal (spreads included), a bound one, or
   * `defaults.allowedTags.concat(['script'])` (the items added to a library's defaults).
   */
  listedNames(v: SyntaxNode | undefined, depth = 0): string[] {
    const r = v?.type === "identifier" ? (this.resolve(v) ?? v) : v;
    if (!r || depth > 4) return [];
    if (r.type === "array")
      return namedChildren(r).flatMap((e) =>
        e.type === "spread_element"
          ? this.listedNames(namedChildren(e)[0], depth + 1)
          : [this.stringValue(e) ?? ""],
      );
    if (r.type === "call_expression" && this.method(r) === "concat")
      return [
        ...this.listedNames(field(fn0(r), "object") ?? undefined, depth + 1),
        ...this.args(r).flatMap((a) =>
          a.type === "array" || a.type === "identifier"
            ? this.listedNames(a, depth + 1)
            : [this.stringValue(a) ?? ""],
        ),
      ];
    return [];
  }

  /** Property `name` of an object literal argument. */
  prop(obj: SyntaxNode | undefined, name: string): SyntaxNode | undefined {
    if (obj?.type !== "object") return undefined;
    for (const p of namedChildren(obj)) {
      if (p.type !== "pair") continue;
      const k = field(p, "key");
      if (k && this.text(k).replace(/['"]/g, "") === name) return field(p, "value");
    }
    return undefined;
  }

  /** The name a function is declared or bound under (`function f`, `const f = () => ...`, `static f = ...`). */
  private boundFunctionName(fn: SyntaxNode): string {
    const own = field(fn, "name");
    if (own) return this.text(own);
    const p = fn.parent;
    if (
      p?.type === "variable_declarator" ||
      p?.type === "public_field_definition" ||
      p?.type === "field_definition"
    )
      return this.text(field(p, "name") ?? field(p, "property") ?? p);
    if (p?.type === "assignment_expression") return this.text(field(p, "left") ?? p).replace(/^.*\./, "");
    return "";
  }

  /**
   * A zod schema (by a name bound once, or inline) that admits only listed literals, numbers or booleans:
   * `z.enum([...])`, `z.nativeEnum(E)`, `z.literal(x)`, `z.number()`, `z.boolean()`, `z.coerce.number()` and their
   * chained refinements (`.default(...)`, `.optional()`).
   */
  private zodPinned(schema: SyntaxNode | undefined, depth = 0): boolean {
    const n = schema?.type === "identifier" ? this.resolve(schema) : schema;
    if (!n || n.type !== "call_expression" || depth > 8) return false;
    const callee = this.callee(n);
    if (
      /^(zod\.)?z\.(enum|nativeEnum|literal|number|boolean|bigint|date)$|^(zod\.)?z\.coerce\.(number|boolean|bigint|date)$/.test(
        callee,
      )
    )
      return true;
    const f = field(n, "function");
    if (
      f?.type === "member_expression" &&
      /^(default|optional|nullable|catch|int|positive|nonnegative|min|max|describe|readonly)$/.test(
        this.method(n),
      )
    )
      return this.zodPinned(field(f, "object"), depth + 1);
    return false;
  }

  /** `S.parse(x).k` / `const v = S.parse(x); v.k` where S is `z.object({ k: <pinned> })`. */
  private zodField(node: SyntaxNode): boolean {
    return this.zodParsedKey(field(node, "object") ?? undefined, this.text(field(node, "property") ?? node));
  }

  /**
   * A field whose value a schema or validator pinned before the code reads it (zod, joi, yup, Fastify route
   * schemas, express-validator chains, class-validator DTOs, tRPC inputs), or a getter that returns constants.
   */
  private pinnedField(node: SyntaxNode, cls: string, depth: number): boolean {
    if (this.zodField(node)) return true;
    const key = this.text(field(node, "property") ?? node);
    return (
      this.validatedKey(field(node, "object") ?? undefined, key) ||
      this.fastifyPinned(node) ||
      this.elysiaPinned(node) ||
      this.expressValidated(node, cls) ||
      this.dtoPinned(node) ||
      this.trpcPinned(node) ||
      (cls === "url" && this.trpcHostPinned(node)) ||
      this.getterConst(node, cls, depth)
    );
  }

  /** `obj` (or the name bound to it) is `S.parse(x)` / `await S.parseAsync(x)` and S pins field `key`. */
  private zodParsedKey(obj: SyntaxNode | undefined, key: string): boolean {
    const parsed = obj?.type === "identifier" ? this.resolve(obj) : obj;
    const call =
      parsed?.type === "await_expression" ? namedChildren(parsed).find((c) => c.type !== "comment") : parsed;
    if (call?.type !== "call_expression") return false;
    const f = field(call, "function");
    let schemaRef: SyntaxNode | undefined;
    // valibot: `v.parse(Schema, input)`, the schema first.
    if (/^valibot\.(parse|parseAsync)$/.test(this.callee(call))) schemaRef = this.args(call)[0];
    else if (/^(parse|parseAsync)$/.test(this.method(call)))
      schemaRef = f?.type === "member_expression" ? field(f, "object") : undefined;
    else if (this.method(call) === "valid" && /\.req\.valid$/.test(this.text(f ?? call))) {
      // Hono: `app.post('/x', zValidator('json', Schema), (c) => { const { k } = c.req.valid('json'); })`: the
      // route's validator middleware parsed the input with that schema (or answered 400).
      const handler = enclosingFunction(call);
      const route = handler?.parent?.type === "arguments" ? handler.parent.parent : undefined;
      const v = route
        ? this.args(route).find(
            (a) => a.type === "call_expression" && /(^|\.)(zValidator|vValidator)$/.test(this.callee(a)),
          )
        : undefined;
      schemaRef = v ? this.args(v)[1] : undefined;
    } else if (
      /^(h3\.)?(getValidatedQuery|readValidatedBody|getValidatedRouterParams)$/.test(this.callee(call))
    ) {
      // h3: `await getValidatedQuery(event, S.parse)`, `readValidatedBody(event, (b) => S.parse(b))`: the reader
      // hands back what the validator returned (or answers 400).
      let v = this.args(call)[1];
      if (v?.type === "arrow_function" || v?.type === "function_expression") {
        const body = field(v, "body");
        const ret =
          body?.type === "statement_block"
            ? namedChildren(body).find((c) => c.type === "return_statement")
            : body;
        v = ret?.type === "return_statement" ? namedChildren(ret)[0] : (ret ?? undefined);
        v = v?.type === "call_expression" ? (field(v, "function") ?? undefined) : undefined;
      }
      schemaRef =
        v?.type === "member_expression" && /^(parse|parseAsync)$/.test(this.text(field(v, "property") ?? v))
          ? (field(v, "object") ?? undefined)
          : undefined;
    } else return false;
    const schema = schemaRef?.type === "identifier" ? this.resolve(schemaRef) : schemaRef;
    if (schema?.type !== "call_expression") return false;
    const valibot = /^valibot\.(object|strictObject|looseObject)$/.test(this.callee(schema));
    if (!valibot && !/^(zod\.)?z\.(object|strictObject)$/.test(this.callee(schema))) return false;
    const shape = this.args(schema)[0];
    const value = shape?.type === "object" ? this.prop(shape, key) : undefined;
    // (a zod field may also be pinned by a format or a narrow anchored pattern: `z.string().regex(/^[\w-]+$/)`)
    return valibot ? this.valibotPinned(value) : this.zodPinned(value) || this.builderPinned(value);
  }

  /**
   * A valibot schema that admits only listed values, numbers, booleans or ids: `v.picklist([...])`,
   * `v.literal(x)`, `v.number()`, `v.enum(E)`, wrapped in `v.optional(...)` / `v.nullable(...)`, or a `v.pipe(...)`
   * that starts from one or checks an id or integer format (`v.pipe(v.string(), v.uuid())`).
   */
  private valibotPinned(schema: SyntaxNode | undefined, depth = 0): boolean {
    const n = schema?.type === "identifier" ? this.resolve(schema) : schema;
    if (n?.type !== "call_expression" || depth > 6) return false;
    const m = /^valibot\.(\w+)$/.exec(this.callee(n))?.[1] ?? "";
    if (/^(picklist|literal|number|boolean|bigint|date|enum|enum_)$/.test(m)) return true;
    const args = this.args(n);
    if (/^(optional|nullable|nullish|exactOptional|undefinedable|fallback)$/.test(m))
      return this.valibotPinned(args[0], depth + 1);
    if (m === "pipe")
      return (
        this.valibotPinned(args[0], depth + 1) ||
        args
          .slice(1)
          .some(
            (a) =>
              a.type === "call_expression" &&
              /^valibot\.(uuid|ulid|cuid2|nanoid|hexadecimal|digits|integer|decimal)$/.test(this.callee(a)),
          )
      );
    return false;
  }

  /**
   * An anchored pattern (`/^[a-z0-9_-]+\.pdf$/`, `'^[0-9]{1,8}$'`) whose every match is made of letters, digits,
   * '_', '-' and '.' only: no quote, space, slash, backslash or shell/SQL/HTML metacharacter can be in the text.
   * (No negated class, no `.`/`\s`/`\W` wildcard, no multiline flag.)
   */
  private narrowPattern(text: string): boolean {
    const m = /^\/\^(.*)\$\/([a-z]*)$/s.exec(text);
    if (!m || m[2]!.includes("m")) return false;
    return narrowGroup(m[1]!);
  }

  /**
   * A schema builder (zod, joi, yup) that admits only listed values, numbers, booleans, dates, identifiers of a
   * fixed alphabet (uuid, cuid, ulid, hex, alphanum) or text a narrow anchored pattern matches; refinements
   * that only bound or trim (`.min()`, `.max()`, `.trim()`, `.required()`, `.optional()`) keep it so, a
   * `.transform()` or an alternative (`.or()`) does not.
   */
  private builderPinned(schema: SyntaxNode | undefined, depth = 0): boolean {
    const n = schema?.type === "identifier" ? this.resolve(schema) : schema;
    if (!n || n.type !== "call_expression" || depth > 12) return false;
    if (this.zodPinned(n)) return true;
    const callee = this.callee(n);
    if (/^(Joi|joi|yup|Yup|y)\.(number|boolean|bool|date|valid|bigint)$/.test(callee)) return true;
    const f = field(n, "function");
    if (f?.type !== "member_expression") return false;
    const m = this.method(n);
    if (
      /^(enum|oneOf|valid|equal|literal|uuid|guid|cuid|cuid2|ulid|alphanum|hex|int|integer|isoDate)$/.test(m)
    )
      return true;
    if (/^(regex|pattern|matches)$/.test(m)) {
      const a = this.args(n)[0];
      const re = a?.type === "identifier" ? this.resolve(a) : a;
      if (re?.type === "regex" && this.narrowPattern(this.text(re))) return true;
    }
    if (
      /^(min|max|length|trim|lowercase|uppercase|toLowerCase|toUpperCase|required|optional|nullable|nullish|default|describe|label|messages|message|strict|nonempty|positive|negative|nonnegative|precision|nonNullable|defined|notRequired|empty|catch|readonly|brand|meta|example|alphanum|insensitive)$/.test(
        m,
      ) ||
      /^(regex|pattern|matches)$/.test(m)
    )
      return this.builderPinned(field(f, "object") ?? undefined, depth + 1);
    return false;
  }

  /** The object literal of an object schema: `z.object({...})`, `Joi.object({...})`, `Joi.object().keys({...})`, `yup.object().shape({...})`. */
  private schemaShape(schema: SyntaxNode | undefined, depth = 0): SyntaxNode | undefined {
    const n = schema?.type === "identifier" ? this.resolve(schema) : schema;
    if (!n || n.type !== "call_expression" || depth > 8) return undefined;
    const m = this.method(n);
    const a0 = this.args(n)[0];
    if (/^(object|strictObject|keys|shape)$/.test(m) && a0?.type === "object") return a0;
    const f = field(n, "function");
    if (
      f?.type === "member_expression" &&
      /^(strict|required|options|unknown|passthrough|strip|noUnknown|label|describe|prefs|defined|nonstrict|strict|partial)$/.test(
        m,
      )
    )
      return this.schemaShape(field(f, "object") ?? undefined, depth + 1);
    return undefined;
  }

  /**
   * The schema an object was validated with: `S.safeParse(x).data`, joi's `S.validate(x).value` (the function
   * testing the error), `await S.validate(x)` (yup), `S.validateSync(x)`, `await S.validateAsync(x)`, through
   * names bound once and destructuring (`const { value, error } = S.validate(x)`).
   */
  private validatedSchema(obj: SyntaxNode | undefined, depth = 0): SyntaxNode | undefined {
    if (!obj || depth > 4) return undefined;
    const unwrap = (n: SyntaxNode | undefined): SyntaxNode | undefined => {
      let v = n;
      for (
        let i = 0;
        v &&
        i < 4 &&
        /^(await_expression|parenthesized_expression|as_expression|non_null_expression)$/.test(v.type);
        i++
      )
        v = namedChildren(v).find((c) => c.type !== "comment");
      return v;
    };
    const wrapper = (call: SyntaxNode | undefined, part: string): SyntaxNode | undefined => {
      const c = unwrap(call?.type === "identifier" ? this.resolve(call) : call);
      if (c?.type !== "call_expression") return undefined;
      const f = field(c, "function");
      if (f?.type !== "member_expression") return undefined;
      const m = this.method(c);
      if (part === "data" && /^(safeParse|safeParseAsync)$/.test(m)) return field(f, "object") ?? undefined;
      if (part === "value" && m === "validate") {
        const fn = enclosingFunction(c);
        const body = fn ? this.text(fn) : this.tree.source;
        if (/if\s*\(\s*(?:[\w$]+\.)?error\b/.test(body)) return field(f, "object") ?? undefined;
      }
      return undefined;
    };
    const o = unwrap(obj);
    if (!o) return undefined;
    if (o.type === "member_expression") {
      const p = this.text(field(o, "property") ?? o);
      return /^(data|value)$/.test(p) ? wrapper(field(o, "object") ?? undefined, p) : undefined;
    }
    if (o.type === "identifier") {
      const d = this.destructured(o);
      if (d) return /^(data|value)$/.test(d.key) ? wrapper(d.from, d.key) : undefined;
      const v = this.resolve(o);
      if (!v || v === o) return undefined;
      return this.validatedSchema(v, depth + 1);
    }
    if (o.type === "call_expression") {
      const f = field(o, "function");
      if (f?.type !== "member_expression") return undefined;
      const m = this.method(o);
      const awaited = obj.type === "await_expression" || obj.parent?.type === "await_expression";
      if (/^(validateSync|validateAsync)$/.test(m) || (m === "validate" && awaited))
        return field(f, "object") ?? undefined;
    }
    return undefined;
  }

  /** The schema of field `key` of an object validated as above (a zod, joi or yup object schema). */
  private validatedKey(obj: SyntaxNode | undefined, key: string): boolean {
    if (this.zodParsedKey(obj, key)) return true;
    const schema = this.validatedSchema(obj);
    const shape = schema ? this.schemaShape(schema) : undefined;
    return !!shape && this.builderPinned(this.prop(shape, key));
  }

  /** A JSON-schema property (Fastify, ajv) that admits only listed values, numbers, booleans or a narrow pattern. */
  private jsonSchemaPinned(node: SyntaxNode | undefined): boolean {
    const s = node?.type === "identifier" ? this.resolve(node) : node;
    if (s?.type === "call_expression") {
      // TypeBox: `Type.Integer()`, `Type.Literal('a')`, `Type.Union([Type.Literal(...), ...])`.
      const c = this.callee(s);
      // (Elysia's `t.Numeric()`: a numeric string converted to a number, else 400.)
      if (/(^|\.)(Type|t)\.(Integer|Number|Numeric|Boolean|BooleanString|Literal|Enum)$/.test(c)) return true;
      if (/(^|\.)(Type|t)\.Union$/.test(c)) {
        const items = this.args(s)[0];
        return items?.type === "array" && namedChildren(items).every((e) => this.jsonSchemaPinned(e));
      }
      if (/(^|\.)(Type|t)\.String$/.test(c)) return this.jsonSchemaPinned(this.args(s)[0]);
      return false;
    }
    if (s?.type !== "object") return false;
    if (this.prop(s, "enum") || this.prop(s, "const")) return true;
    const type = this.stringValue(this.prop(s, "type"));
    if (type === "integer" || type === "number" || type === "boolean") return true;
    const format = this.stringValue(this.prop(s, "format"));
    if (format && /^(uuid|date|date-time|time|ipv4|ipv6|int32|int64)$/.test(format)) return true;
    const pattern = this.stringValue(this.prop(s, "pattern"));
    return pattern !== undefined && this.narrowPattern(`/${pattern}/`);
  }

  /** The route call (`app.get(path, ...mw, handler)`) a handler is an argument of, and its place there. */
  private routeOf(fn: SyntaxNode): { call: SyntaxNode; args: SyntaxNode[]; at: number } | undefined {
    const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    if (call?.type !== "call_expression") return undefined;
    const args = this.args(call);
    const at = args.indexOf(fn);
    return at >= 0 ? { call, args, at } : undefined;
  }

  /**
   * `request.query.unit` in a Fastify handler whose route schema declares `unit` under `querystring` (`params`,
   * `body`, `headers`) with an enum, a number or boolean type, a fixed format or a narrow pattern: Fastify
   * answers 400 before the handler runs.
   */
  private fastifyPinned(node: SyntaxNode): boolean {
    const obj = field(node, "object");
    const part = obj?.type === "member_expression" ? this.text(field(obj, "property") ?? obj) : "";
    const root = obj?.type === "member_expression" ? field(obj, "object") : undefined;
    if (!/^(query|params|body|headers)$/.test(part) || root?.type !== "identifier") return false;
    const fn = enclosingFunction(node);
    if (!fn || !this.isParam(fn, this.text(root))) return false;
    let opts: SyntaxNode | undefined;
    if (fn.parent?.type === "pair" && this.text(field(fn.parent, "key") ?? fn.parent) === "handler")
      opts = fn.parent.parent ?? undefined;
    else {
      const r = this.routeOf(fn);
      opts = r?.args
        .slice(0, r.at)
        .map((a) => (a.type === "identifier" ? this.resolve(a) : a))
        .find((a) => a?.type === "object" && this.prop(a, "schema"));
    }
    const schemaRef = opts?.type === "object" ? this.prop(opts, "schema") : undefined;
    const schema = schemaRef?.type === "identifier" ? this.resolve(schemaRef) : schemaRef;
    if (schema?.type !== "object") return false;
    const names = part === "query" ? ["querystring", "query"] : [part];
    for (const nm of names) {
      const ps = this.prop(schema, nm);
      const partSchema = ps?.type === "identifier" ? this.resolve(ps) : ps;
      let props: SyntaxNode | undefined;
      if (partSchema?.type === "object") props = this.prop(partSchema, "properties");
      else if (
        partSchema?.type === "call_expression" &&
        /(^|\.)(Type|t)\.Object$/.test(this.callee(partSchema))
      )
        props = this.args(partSchema)[0];
      const pr = props?.type === "identifier" ? this.resolve(props) : props;
      if (pr?.type === "object")
        return this.jsonSchemaPinned(this.prop(pr, this.text(field(node, "property") ?? node)));
    }
    return false;
  }

  /**
   * `params.id` / `ctx.query.n` in an Elysia handler (`.get(path, ({ params }) => ..., { params: t.Object({ id:
   * t.Numeric() }) })`) whose route hook declares that field with a number, boolean, literal or enum schema:
   * Elysia answers 422 before the handler runs.
   */
  private elysiaPinned(node: SyntaxNode): boolean {
    return this.jsonSchemaPinned(this.elysiaFieldSchema(node));
  }

  /**
   * `body` in an Elysia route handler `({ body }) => ...` (the name bound by destructuring the context parameter,
   * `query`, `params`, `headers` alike): the request part it is; undefined for any other name.
   */
  elysiaPart(id: SyntaxNode): string | undefined {
    if (id.type !== "identifier" && id.type !== "shorthand_property_identifier") return undefined;
    const name = this.text(id);
    if (!/^(query|params|body|headers)$/.test(name) || !sourceHas(this.tree, /['"]elysia['"]/))
      return undefined;
    const fn = enclosingFunction(id);
    const own = fn ? this.declaringParam(fn, name) : undefined;
    const params = fn ? field(fn, "parameters") : undefined;
    const first = params ? namedChildren(params).find((c) => c.type !== "comment") : undefined;
    const pattern = own && /^(required|optional)_parameter$/.test(own.type) ? field(own, "pattern") : own;
    if (!fn || !own || own !== first || pattern?.type !== "object_pattern") return undefined;
    const r = this.routeOf(fn);
    return r && /^(get|post|put|patch|delete|all|options|head|route)$/.test(this.method(r.call))
      ? name
      : undefined;
  }

  /**
   * The schema an Elysia route's hook declares for the field `node` reads (`body.title` in `({ body }) => ...` with
   * `{ body: t.Object({ title: t.String() }) }`): Elysia answers 400 for a request it does not match.
   */
  elysiaFieldSchema(node: SyntaxNode): SyntaxNode | undefined {
    if (!sourceHas(this.tree, /['"]elysia['"]/)) return undefined;
    const obj = field(node, "object");
    let part: string;
    let root: SyntaxNode | undefined;
    if (obj?.type === "identifier") [part, root] = [this.text(obj), obj];
    else if (obj?.type === "member_expression") {
      part = this.text(field(obj, "property") ?? obj);
      root = field(obj, "object") ?? undefined;
    } else return undefined;
    if (!/^(query|params|body|headers)$/.test(part) || root?.type !== "identifier") return undefined;
    const fn = enclosingFunction(node);
    if (!fn || !this.isParam(fn, this.text(root))) return undefined;
    const r = this.routeOf(fn);
    return r ? this.elysiaSchemaOf(r, part, this.text(field(node, "property") ?? node)) : undefined;
  }

  /** The schema a route's hook (`{ query: t.Object({ k: ... }) }` after the handler) declares for `part`'s `key`. */
  private elysiaSchemaOf(
    r: { args: SyntaxNode[]; at: number },
    part: string,
    key: string,
  ): SyntaxNode | undefined {
    if (r.at < 1) return undefined;
    const hook = r.args
      .slice(r.at + 1)
      .map((a) => (a.type === "identifier" ? this.resolve(a) : a))
      .find((a) => a?.type === "object" && this.prop(a, part));
    const ref = hook ? this.prop(hook, part) : undefined;
    const schema = ref?.type === "identifier" ? this.resolve(ref) : ref;
    if (schema?.type !== "call_expression" || !/(^|\.)(Type|t)\.Object$/.test(this.callee(schema)))
      return undefined;
    const props = this.args(schema)[0];
    const pr = props?.type === "identifier" ? this.resolve(props) : props;
    return pr?.type === "object" ? this.prop(pr, key) : undefined;
  }

  /**
   * `req.query.id` in an Express handler after an express-validator chain on that field in the same route: a
   * sanitiser (`.toInt()`, `.escape()` for markup) rewrote it, or a validator that admits only numbers, ids or
   * listed values checked it and the handler answers early when `validationResult(req)` is not empty.
   */
  private expressValidated(node: SyntaxNode, cls: string): boolean {
    const obj = field(node, "object");
    const part = obj?.type === "member_expression" ? this.text(field(obj, "property") ?? obj) : "";
    const root = obj?.type === "member_expression" ? field(obj, "object") : undefined;
    if (!/^(query|params|body|cookies|headers)$/.test(part) || root?.type !== "identifier") return false;
    if (!sourceHas(this.tree, /['"]express-validator['"]/)) return false;
    const key = this.text(field(node, "property") ?? node);
    const fn = enclosingFunction(node);
    if (!fn || !this.isParam(fn, this.text(root))) return false;
    const r = this.routeOf(fn);
    if (!r) return false;
    const chains: SyntaxNode[] = [];
    const collect = (a: SyntaxNode | undefined, d = 0): void => {
      const v = a?.type === "identifier" ? this.resolve(a) : a;
      if (!v || d > 3) return;
      if (v.type === "array") for (const e of namedChildren(v)) collect(e, d + 1);
      else if (v.type === "call_expression") chains.push(v);
    };
    for (const a of r.args.slice(0, r.at)) collect(a);
    const checked =
      /validationResult\s*\(/.test(this.text(fn)) && /isEmpty\s*\(\s*\)|\.throw\s*\(/.test(this.text(fn));
    const PART: Record<string, string> = {
      query: "query",
      params: "param",
      body: "body",
      cookies: "cookie",
      headers: "header",
    };
    for (const chain of chains) {
      const methods: string[] = [];
      let c: SyntaxNode | undefined = chain;
      let head: SyntaxNode | undefined;
      for (let i = 0; c?.type === "call_expression" && i < 20; i++) {
        const f = field(c, "function");
        if (f?.type === "member_expression") {
          methods.push(this.method(c));
          c = field(f, "object") ?? undefined;
        } else {
          head = c;
          break;
        }
      }
      if (!head) continue;
      const fname = this.text(field(head, "function") ?? head);
      if (fname !== PART[part] && fname !== "check") continue;
      const names = this.args(head)[0];
      const listed =
        names?.type === "array"
          ? namedChildren(names).map((x) => this.stringValue(x))
          : [this.stringValue(names)];
      if (!listed.includes(key)) continue;
      if (methods.some((m) => /^(not|if|custom|customSanitizer|default|replace)$/.test(m))) continue;
      if (methods.some((m) => /^(toInt|toFloat|toBoolean|toDate)$/.test(m))) return true;
      if (cls === "html" && methods.includes("escape")) return true;
      if (
        checked &&
        methods.some((m) =>
          /^(isInt|isNumeric|isFloat|isDecimal|isUUID|isIn|isAlphanumeric|isAlpha|isBoolean|isMongoId|isHexadecimal|isISO8601|isDate|isPort|isIP|isHexColor)$/.test(
            m,
          ),
        )
      )
        return true;
    }
    return false;
  }

  /**
   * `dto.sortBy` where `dto` is a handler parameter bound by a Nest decorator (`@Body() dto: SearchDto`) and the
   * file's class SearchDto declares `sortBy` with a class-validator decorator admitting only listed values,
   * numbers, booleans, ids or a narrow pattern (`@IsIn([...])`, `@IsInt()`, `@IsEnum(E)`, `@Matches(/^..$/)`).
   */
  private dtoPinned(node: SyntaxNode): boolean {
    const obj = field(node, "object");
    if (obj?.type !== "identifier" || !sourceHas(this.tree, /['"]class-validator['"]/)) return false;
    const fn = enclosingFunction(node);
    const own = fn ? this.declaringParam(fn, this.text(obj)) : undefined;
    if (!own || !SOURCE_DECORATOR.test(this.text(own))) return false;
    if (fn && !this.validationPipeRuns(fn, own)) return false;
    const type = /:\s*([A-Z][\w$]*)\s*$/.exec(this.text(own))?.[1];
    if (!type) return false;
    const key = this.text(field(node, "property") ?? node);
    for (const n of this.tree.nodes) {
      if (n.type !== "public_field_definition" && n.type !== "field_definition") continue;
      const name = field(n, "name") ?? field(n, "property");
      if (!name || this.text(name) !== key) continue;
      const c = n.parent?.type === "class_body" ? n.parent.parent : undefined;
      const cname = c ? field(c, "name") : undefined;
      if (!cname || this.text(cname) !== type) continue;
      const decos = namedChildren(n)
        .filter((d) => d.type === "decorator")
        .map((d) => this.text(d));
      if (decos.some((d) => /^@ValidateIf\b/.test(d))) return false;
      return decos.some(
        (d) =>
          /^@(IsIn|IsInt|IsNumber|IsEnum|IsBoolean|IsUUID|IsAlphanumeric|IsAlpha|IsMongoId|IsISO8601|IsDateString|IsPositive|IsNegative|IsNumberString|IsHexadecimal|IsPort|Equals|IsDate|IsLatLong|IsHexColor)\b/.test(
            d,
          ) ||
          (/^@Matches\(/.test(d) &&
            ((re) => !!re && this.narrowPattern(re))(/^@Matches\(\s*(\/.*\/[a-z]*)\s*[,)]/s.exec(d)?.[1])),
      );
    }
    return false;
  }

  /**
   * Whether Nest runs class-validator on handler `fn`'s parameter `own`: its decorators check nothing unless a
   * ValidationPipe does. A file that bootstraps the app (`NestFactory.create`) shows whether one is installed
   * globally (`app.useGlobalPipes(new ValidationPipe())`, an `APP_PIPE` provider); without one there, only a pipe
   * on the route counts (`@UsePipes(new ValidationPipe())` on the handler or its controller, `@Body(new
   * ValidationPipe())`). A controller file alone cannot see main.ts, where the global pipe is conventionally
   * installed: its DTOs are taken as validated.
   */
  private validationPipeRuns(fn: SyntaxNode, own: SyntaxNode): boolean {
    const src = this.tree.source;
    if (!/\bNestFactory\s*\.\s*create/.test(src)) return true;
    if (/ValidationPipe/.test(src) && /useGlobalPipes\s*\(|\bAPP_PIPE\b/.test(src)) return true;
    if (/ValidationPipe/.test(this.text(own))) return true;
    const decorated = (n: SyntaxNode | null | undefined): boolean => {
      if (!n) return false;
      const decos = namedChildren(n).filter((d) => d.type === "decorator");
      // Decorators written before a member or an exported class may sit beside it, not inside it.
      const sibs = n.parent?.children ?? [];
      for (let i = sibs.indexOf(n) - 1; i >= 0 && sibs[i]!.type === "decorator"; i--) decos.push(sibs[i]!);
      return decos.some((d) => /UsePipes[\s\S]*ValidationPipe/.test(this.text(d)));
    };
    const cls = fn.parent?.type === "class_body" ? fn.parent.parent : undefined;
    return (
      decorated(fn) || decorated(cls) || (cls?.parent?.type === "export_statement" && decorated(cls.parent))
    );
  }

  /**
   * `input.url` where the tRPC input schema admits only URLs on fixed hosts for that field: a refinement comparing
   * the parsed host (`.refine((u) => new URL(u).hostname === 'img.example.com')`, `HOSTS.has(new URL(u).host)`) or
   * a scheme-host-slash prefix (`.startsWith('https://img.example.com/')`). As a request target it goes nowhere else.
   */
  private trpcHostPinned(node: SyntaxNode): boolean {
    const shape = this.schemaShape(this.trpcInputSchema(node));
    const f = shape ? this.prop(shape, this.text(field(node, "property") ?? node)) : undefined;
    if (!f) return false;
    const t = this.text(f).replace(/\s+/g, " ");
    const refined = /\.refine\(\s*\(?\s*([\w$]+)\s*(?::\s*\w+\s*)?\)?\s*=>\s*(.*)$/.exec(t);
    if (refined) {
      const v = refined[1]!.replace(/\$/g, "\\$");
      const host = `new URL\\(\\s*${v}\\s*\\)\\.(hostname|host|origin)`;
      if (
        new RegExp(
          `^${host}\\s*===\\s*['"\`\\w]|^['"\`][^'"\`]*['"\`]\\s*===\\s*${host}|^[\\w$.]+\\.(has|includes)\\(\\s*${host}\\s*\\)`,
        ).test(refined[2]!.trim())
      )
        return true;
    }
    return /\.startsWith\(\s*(['"`])https?:\/\/[^/'"`]+\/[^'"`]*\1\s*\)/.test(t);
  }

  /** A function passed as the resolver of a tRPC procedure: `t.procedure.input(...).query(fn)` (or mutation). */
  private trpcResolver(fn: SyntaxNode): boolean {
    const r = this.routeOf(fn);
    if (!r || r.at !== 0 || !/^(query|mutation|subscription)$/.test(this.method(r.call))) return false;
    return /\bprocedure\b|\.input\s*\(/.test(this.text(field(r.call, "function") ?? r.call));
  }

  /**
   * `input.table` in a tRPC procedure `.input(z.object({ table: z.enum([...]) })).query(({ input }) => ...)`
   * (or `opts.input.table`): the input schema's field is pinned.
   */
  private trpcPinned(node: SyntaxNode): boolean {
    const schema = this.trpcInputSchema(node);
    if (!schema) return false;
    const shape = this.schemaShape(schema);
    return !!shape && this.builderPinned(this.prop(shape, this.text(field(node, "property") ?? node)));
  }

  /**
   * The schema (or validator function) of the tRPC procedure whose resolver reads `node`, a field of its input
   * (`input.table` with `({ input })`, `opts.input.table`): the argument of the chain's `.input(...)`.
   */
  trpcInputSchema(node: SyntaxNode): SyntaxNode | undefined {
    const obj = field(node, "object");
    let fn: SyntaxNode | undefined;
    let key: string;
    if (obj?.type === "identifier" && /^(input|data)$/.test((key = this.text(obj)))) {
      fn = enclosingFunction(node);
      const own = fn ? this.declaringParam(fn, key) : undefined;
      if (!own || (own.type !== "object_pattern" && field(own, "pattern")?.type !== "object_pattern"))
        return undefined;
    } else if (
      obj?.type === "member_expression" &&
      /^(input|data)$/.test((key = this.text(field(obj, "property") ?? obj))) &&
      field(obj, "object")?.type === "identifier"
    ) {
      fn = enclosingFunction(node);
      if (!fn || !this.isParam(fn, this.text(field(obj, "object")!))) return undefined;
    } else return undefined;
    if (!fn) return undefined;
    // (`input` is a tRPC resolver's, `data` a TanStack Start server function handler's)
    return key === "input" ? this.trpcSchemaOf(fn) : this.serverFnSchemaOf(fn);
  }

  /**
   * The key of the `input` (or `outer`) field a parameter pattern binds `name` to: `{ input: { width } }`, `{ input:
   * { n: width } }`, `{ input: { width = 1 } }` give `width`'s key; undefined when `name` is bound elsewhere.
   */
  private inputPatternKey(param: SyntaxNode, name: string, outer = "input"): string | undefined {
    const pattern = /^(required|optional)_parameter$/.test(param.type) ? field(param, "pattern") : param;
    if (pattern?.type !== "object_pattern") return undefined;
    const input = namedChildren(pattern).find(
      (c) => c.type === "pair_pattern" && this.text(field(c, "key") ?? c) === outer,
    );
    const inner = input ? field(input, "value") : undefined;
    if (inner?.type !== "object_pattern") return undefined;
    for (const c of namedChildren(inner)) {
      if (c.type === "shorthand_property_identifier_pattern" && this.text(c) === name) return name;
      if (c.type === "object_assignment_pattern" && this.text(field(c, "left") ?? c) === name) return name;
      if (c.type === "pair_pattern") {
        const v = field(c, "value");
        const bound = v?.type === "assignment_pattern" ? field(v, "left") : v;
        if (bound?.type === "identifier" && this.text(bound) === name) return this.text(field(c, "key") ?? c);
      }
    }
    return undefined;
  }

  /** The argument of `.input(...)` in the tRPC procedure chain whose `.query` / `.mutation` takes resolver `fn`. */
  private trpcSchemaOf(fn: SyntaxNode): SyntaxNode | undefined {
    const r = this.routeOf(fn);
    if (!r || !/^(query|mutation|subscription)$/.test(this.method(r.call))) return undefined;
    let c: SyntaxNode | undefined = field(field(r.call, "function") ?? r.call, "object") ?? undefined;
    for (let i = 0; c?.type === "call_expression" && i < 10; i++) {
      const f = field(c, "function");
      if (f?.type !== "member_expression") return undefined;
      if (this.method(c) === "input") {
        const a = this.args(c)[0];
        return a?.type === "identifier" ? (this.resolve(a) ?? a) : a;
      }
      c = field(f, "object") ?? undefined;
    }
    return undefined;
  }

  /**
   * A TanStack Start server function's handler: `createServerFn(...).validator(v).handler(fn)` (`inputValidator`
   * in later releases). Any client may call it over HTTP; `data` is what it sent, as far as the validator leaves
   * it open.
   */
  private serverFnHandler(fn: SyntaxNode): boolean {
    const r = this.routeOf(fn);
    if (!r || r.at !== 0 || this.method(r.call) !== "handler") return false;
    return this.serverFnChain(r.call, () => false) !== undefined;
  }

  /** The argument of `.validator(...)` (or `.inputValidator(...)`) in the server function chain handing `fn` its data. */
  private serverFnSchemaOf(fn: SyntaxNode): SyntaxNode | undefined {
    const r = this.routeOf(fn);
    if (!r || this.method(r.call) !== "handler") return undefined;
    let schema: SyntaxNode | undefined;
    this.serverFnChain(r.call, (c) => {
      if (!/^(validator|inputValidator)$/.test(this.method(c))) return false;
      const a = this.args(c)[0];
      schema = a?.type === "identifier" ? (this.resolve(a) ?? a) : a;
      return true;
    });
    return schema;
  }

  /**
   * Walks the method chain under `call` (`createServerFn(...).a(...).b(...)`) to its root, calling `visit` on each
   * link until it answers true; the root call when it is `createServerFn(...)`, else undefined.
   */
  private serverFnChain(call: SyntaxNode, visit: (c: SyntaxNode) => boolean): SyntaxNode | undefined {
    let c: SyntaxNode | undefined = field(field(call, "function") ?? call, "object") ?? undefined;
    let stopped = false;
    for (let i = 0; c?.type === "call_expression" && i < 12; i++) {
      const f = field(c, "function");
      if (f?.type !== "member_expression")
        return /(^|\.)createServerFn$/.test(this.callee(c)) ? c : undefined;
      if (!stopped) stopped = visit(c);
      c = field(f, "object") ?? undefined;
    }
    return undefined;
  }

  /**
   * `r.format` where `r` is `new C(...)` of a class in this file whose getter `format` returns only constant
   * values (a checked value, a literal): what the getter returns.
   */
  private getterConst(node: SyntaxNode, cls: string, depth: number): boolean {
    const g = this.instanceGetter(node);
    const rets = g ? returnedValues(g) : [];
    return rets.length > 0 && this.max(rets, cls, depth) === Level.CONST;
  }

  /** The getter `r.key` runs, where `r` is `new C(...)` of a class declared in this file. */
  private instanceGetter(node: SyntaxNode): SyntaxNode | undefined {
    if (node.type !== "member_expression") return undefined;
    const obj = field(node, "object");
    const v = obj?.type === "identifier" ? this.resolve(obj) : obj;
    if (v?.type !== "new_expression") return undefined;
    const ctor = this.text(field(v, "constructor") ?? v);
    const key = this.text(field(node, "property") ?? node);
    for (const n of this.tree.nodes) {
      if (n.type !== "method_definition" || !/^get\s/.test(this.text(n))) continue;
      if (this.text(field(n, "name") ?? n) !== key) continue;
      const c = n.parent?.type === "class_body" ? n.parent.parent : undefined;
      const cname = c ? field(c, "name") : undefined;
      if (!cname || this.text(cname) !== ctor) continue;
      return n;
    }
    return undefined;
  }

  /**
   * A file-route framework's handler by where it is bound rather than its name: one of SvelteKit's form actions
   * (`export const actions = { login: async ({ request }) => ... }`, or typed `Actions`), or a function bound to a
   * name typed as a handler (`export const search: APIRoute = ...`, `const h: RequestHandler = ...`).
   */
  private routeModuleHandler(fn: SyntaxNode): boolean {
    let p: SyntaxNode | null | undefined = fn.parent;
    if (p?.type === "variable_declarator") {
      const value = field(p, "value");
      const head = value ? this.tree.source.slice(p.start, value.start) : "";
      return (
        /:\s*(\w+\.)?(APIRoute|RequestHandler|PageServerLoad|LayoutServerLoad|ServerLoad|Action|LoaderFunction|ActionFunction)\b/.test(
          head,
        ) || this.routeMiddleware(fn, head)
      );
    }
    if (this.routeMiddleware(fn, "")) return true;
    // `{ name: fn }` or the method `{ async name({ request }) {} }`: the object's binding.
    if (p?.type === "pair") p = p.parent;
    else if (fn.type !== "method_definition") return false;
    if (p?.type !== "object") return false;
    const decl = p.parent;
    if (decl?.type !== "variable_declarator" || decl.children.find((c) => c.field === "value") !== p)
      return false;
    const head = this.tree.source.slice(decl.start, p.start);
    return (
      /:\s*(\w+\.)?Actions\b/.test(head) ||
      (/^actions\b/.test(head) && decl.parent?.parent?.type === "export_statement")
    );
  }

  /**
   * The request middleware of a file-route framework, which sees every request: SvelteKit's server hook (`export
   * const handle: Handle = ...`, `export async function handle({ event, resolve })` in a file naming
   * @sveltejs/kit) and Astro's (`onRequest: MiddlewareHandler`, `defineMiddleware((context, next) => ...)`).
   * `head` is the declarator's text before its value ("" for none).
   */
  private routeMiddleware(fn: SyntaxNode, head: string): boolean {
    if (
      /:\s*(\w+\.)?Handle\b/.test(head) ||
      (/^handle$/.test(this.boundFunctionName(fn)) && this.exported(fn))
    )
      return sourceHas(this.tree, /@sveltejs\/kit\b/);
    if (/:\s*(\w+\.)?MiddlewareHandler\b/.test(head))
      return sourceHas(this.tree, /['"]astro(:middleware)?['"]|import\(['"]astro['"]\)/);
    const r = this.routeOf(fn);
    return (
      !!r &&
      r.at === 0 &&
      /(^|\.)defineMiddleware$/.test(this.callee(r.call)) &&
      sourceHas(this.tree, /['"]astro:middleware['"]/)
    );
  }

  /** `export function f`, `export const f = ...`. */
  private exported(fn: SyntaxNode): boolean {
    let n: SyntaxNode | null | undefined = fn.parent;
    if (n?.type === "variable_declarator") n = n.parent?.parent;
    return n?.type === "export_statement";
  }

  /**
   * A Next.js server action: a function whose body opens with `'use server'`, or one exported from a file that
   * does.
   */
  private serverAction(fn: SyntaxNode): boolean {
    const directive = (body: SyntaxNode | undefined | null) => {
      const first = body ? namedChildren(body).find((c) => c.type !== "comment") : undefined;
      return first?.type === "expression_statement" && /^['"]use server['"];?$/.test(this.text(first));
    };
    const body = field(fn, "body");
    if (body?.type === "statement_block" && directive(body)) return true;
    // (the file's own directive, once: a look per function was quadratic in a file of many top-level functions)
    if (!(this.serverFile ??= directive(this.tree.root))) return false;
    let n: SyntaxNode | null | undefined = fn.parent;
    if (n?.type === "variable_declarator") n = n.parent?.parent;
    return n?.type === "export_statement";
  }

  /**
   * A field resolver in a resolver map (`const resolvers = { Query: { user: (_, args) => ... } }`), as an arrow or
   * function value or a method of the `Query`, `Mutation` or `Subscription` object.
   */
  private graphqlResolver(fn: SyntaxNode): boolean {
    const obj =
      fn.type === "method_definition" ? fn.parent : fn.parent?.type === "pair" ? fn.parent.parent : null;
    const holder = obj?.type === "object" ? obj.parent : null;
    if (holder?.type !== "pair") return false;
    return /^['"]?(Query|Mutation|Subscription)['"]?$/.test(this.text(field(holder, "key") ?? holder));
  }

  /**
   * The `inputs` object of a sails actions2 definition whose `fn` is `fn`: `module.exports = { inputs, fn }` (or
   * `export default`), in a file that reads like one (`exits` or `inputs` beside `fn`).
   */
  private sailsInputs(fn: SyntaxNode): SyntaxNode | undefined {
    const holder = fn.type === "method_definition" ? fn : fn.parent?.type === "pair" ? fn.parent : undefined;
    if (!holder || this.text(field(holder, "key") ?? field(holder, "name") ?? holder) !== "fn")
      return undefined;
    const obj = holder.parent;
    if (obj?.type !== "object") return undefined;
    const up = obj.parent;
    const exported =
      (up?.type === "assignment_expression" &&
        /^module\.exports$/.test(this.text(field(up, "left") ?? up))) ||
      up?.type === "export_statement";
    if (!exported) return undefined;
    const inputs = this.prop(obj, "inputs");
    return inputs?.type === "object" ? inputs : undefined;
  }

  /** A sails input whose definition admits only listed values, numbers or booleans (`isIn: [...]`, `type: 'number'`). */
  private sailsInputPinned(inputs: SyntaxNode, name: string): boolean {
    const def = this.prop(inputs, name);
    if (def?.type !== "object") return false;
    if (this.prop(def, "isIn")?.type === "array") return true;
    const type = this.constValue(this.prop(def, "type"));
    return type === "number" || type === "boolean";
  }

  /** A function taking `event` that is a Lambda handler: typed as one, or exported from a file that builds Lambda responses. */
  private lambdaHandler(fn: SyntaxNode, param: string): boolean {
    if (/:\s*(APIGateway\w*Event\w*|ALBEvent|LambdaFunctionURLEvent|AppSyncResolverEvent)\b/.test(param))
      return true;
    if (!sourceHas(this.tree, /\bstatusCode\b|aws-lambda|queryStringParameters|pathParameters/)) return false;
    let n: SyntaxNode | null | undefined = fn.parent;
    // `export const h = ...` / `exports.h = ...` / `module.exports.h = ...` / `export async function h(event)`.
    if (isFnDecl(fn)) return n?.type === "export_statement";
    if (n?.type === "variable_declarator") n = n.parent?.parent;
    if (n?.type === "export_statement") return true;
    if (n?.type === "assignment_expression")
      return /^(module\.)?exports(\.\w+)?$/.test(this.text(field(n, "left") ?? n));
    return false;
  }

  /** The value last declared for an identifier before this use (const/let/var), a few hops deep. */
  resolve(node: SyntaxNode | undefined, hops = 3): SyntaxNode | undefined {
    let n = node;
    // `{ url }`: a shorthand property is the variable of that name.
    for (
      let i = 0;
      i < hops && (n?.type === "identifier" || n?.type === "shorthand_property_identifier");
      i++
    ) {
      const at = n;
      // (a declaration inside another function is out of scope here: `const body` in one handler is not the
      // `body` another handler takes as a parameter)
      const decls = (this.decls.get(this.text(n)) ?? []).filter((d) => {
        if (d.order >= at.order) return false;
        const scope = enclosingFunction(d);
        return !scope || (at.start >= scope.start && at.end <= scope.end);
      });
      const v = decls.length ? field(decls[decls.length - 1]!, "value") : undefined;
      if (!v) break;
      n = v;
    }
    return n;
  }

  /**
   * The elements of an array literal by position, `await Promise.all([...])` / `Promise.allSettled([...])` (each
   * result lines up with its promise) and type wrappers seen through; undefined when a spread or hole makes the
   * positions unknown, or the value is no such literal.
   */
  private arrayLiteralElements(value: SyntaxNode): SyntaxNode[] | undefined {
    let v: SyntaxNode | undefined = value;
    for (let i = 0; v && i < 8; i++) {
      if (
        /^(await_expression|parenthesized_expression|as_expression|satisfies_expression|non_null_expression)$/.test(
          v.type,
        )
      )
        v = namedChildren(v).find((c) => c.type !== "comment");
      else if (
        v.type === "call_expression" &&
        /^Promise\.(all|allSettled)$/.test(this.text(field(v, "function") ?? v))
      )
        v = this.args(v)[0];
      else break;
    }
    if (v?.type !== "array") return undefined;
    const out: SyntaxNode[] = [];
    let prev = v.start + 1;
    for (const c of v.children) {
      if (!c.named || c.type === "comment") continue;
      // Exactly one comma between elements (none before the first): no hole shifts the positions.
      const commas = (this.tree.source.slice(prev, c.start).match(/,/g) ?? []).length;
      if (c.type === "spread_element" || commas !== (out.length ? 1 : 0)) return undefined;
      out.push(c);
      prev = c.end;
    }
    return out;
  }

  /**
   * `const { a, b: c } = v`: for a name bound by one level of object destructuring before `id` (and not declared
   * again since), the object it was taken from and the property read.
   */
  /**
   * `const { creds: { user } } = req.body`: for a name bound inside a nested object pattern, the object the outermost
   * pattern destructures (a value somewhere inside it); undefined for any other binding.
   */
  nestedPatternSource(id: SyntaxNode): SyntaxNode | undefined {
    const name = this.text(id);
    const last = (this.patternDecls.get(name) ?? []).filter((d) => d.node.order < id.order).pop();
    if (!last) return undefined;
    const lastDecl = (this.decls.get(name) ?? []).filter((d) => d.order < id.order).pop();
    if (lastDecl && lastDecl.order > last.node.order) return undefined;
    const d = last.node;
    if (d.type !== "shorthand_property_identifier_pattern" && d.parent?.type !== "pair_pattern")
      return undefined;
    let root = d.parent?.type === "pair_pattern" ? d.parent.parent : d.parent;
    let nested = false;
    while (root?.type === "object_pattern" && root.parent?.type === "pair_pattern" && root.field === "value")
      [root, nested] = [root.parent.parent, true];
    if (!nested || root?.type !== "object_pattern" || root.parent?.type !== "variable_declarator")
      return undefined;
    return field(root.parent, "value") ?? undefined;
  }

  destructured(id: SyntaxNode): { from: SyntaxNode; key: string } | undefined {
    const name = this.text(id);
    const pats = (this.patternDecls.get(name) ?? []).filter((d) => d.node.order < id.order);
    const last = pats[pats.length - 1];
    if (!last) return undefined;
    const lastDecl = (this.decls.get(name) ?? []).filter((d) => d.order < id.order).pop();
    if (lastDecl && lastDecl.order > last.node.order) return undefined;
    const d = last.node;
    const pair = d.parent?.type === "pair_pattern" ? d.parent : undefined;
    const root = pair ? pair.parent : d.parent;
    if (root?.type !== "object_pattern" || root.parent?.type !== "variable_declarator") return undefined;
    if (d.type !== "shorthand_property_identifier_pattern" && !pair) return undefined;
    const key = pair ? this.text(field(pair, "key") ?? pair).replace(/['"]/g, "") : name;
    // `const { a } = req.body as LoginBody`, `= (req.body!)`: the object is the one inside the type wrappers.
    let from = last.value;
    for (let i = 0; i < 6; i++) {
      const t = from.type;
      if (
        !/^(as_expression|satisfies_expression|non_null_expression|type_assertion|parenthesized_expression)$/.test(
          t,
        )
      )
        break;
      const kids = namedChildren(from).filter((c) => c.type !== "comment");
      const inner = t === "type_assertion" ? kids[kids.length - 1] : kids[0];
      if (!inner) break;
      from = inner;
    }
    return { from, key };
  }

  /**
   * A field of an incoming request's query, route parameters, body, headers or cookies, read through the usual
   * names (`req.query.q`), a parameter typed as the request (`incoming.params.id` with `incoming: Request`), or a
   * part destructured out of the request (`({ params }: Request) => params.id`, `const { body } = req; body.x`).
   */
  requestField(n: SyntaxNode): boolean {
    if (n.type !== "member_expression" && n.type !== "subscript_expression") return false;
    const q = this.qname(n);
    if (/^(req|request|ctx\.request|ctx)\.(query|params|body|headers|cookies)\b./.test(q)) return true;
    let root: SyntaxNode | undefined = n;
    while (root && (root.type === "member_expression" || root.type === "subscript_expression"))
      root = field(root, "object") ?? undefined;
    if (root?.type !== "identifier") return false;
    const name = this.text(root);
    const rest = q.slice(name.length);
    const PART = /^(query|params|body|headers|cookies)$/;
    const fn = enclosingFunction(root);
    if (fn && this.isParam(fn, name)) {
      const own = this.declaringParam(fn, name);
      if (!own || !REQUEST_TYPE.test(this.text(own))) return false;
      const pattern = field(own, "pattern");
      return pattern?.type === "object_pattern"
        ? PART.test(name) && rest.length > 1
        : /^\.(query|params|body|headers|cookies)\b./.test(rest);
    }
    const d = this.destructured(root);
    return !!d && PART.test(d.key) && /^(req|request)$/.test(this.qname(d.from)) && rest.length > 1;
  }

  /**
   * A handler parameter bound to the parsed body, query or cookies by a decorator (Nest's `@Body() dto`,
   * `@Query('q') q`, routing-controllers' `@BodyParam`), whose declared type no validation pipe checks: a
   * primitive, `any`, an inline object type or an interface / type alias. JSON and `qs` parsing can hand it an
   * object (`{"$ne": null}`) whatever TypeScript says. A class type is left out: a validation pipe may check it.
   */
  clientObjectParam(id: SyntaxNode): boolean {
    if (id.type !== "identifier" && id.type !== "shorthand_property_identifier") return false;
    const name = this.text(id);
    const fn = enclosingFunction(id);
    if (!fn || !this.isParam(fn, name)) return false;
    const own = this.declaringParam(fn, name);
    if (!own) return false;
    const m = /^@(Body|Query|BodyParam|QueryParam|QueryParams|Cookies|CookieParam|Args|Arg)\b/.exec(
      this.text(own),
    );
    if (!m) return false;
    const type = field(own, "type");
    const t = type ? this.text(type).replace(/^:\s*/, "") : "";
    // (`Record<string, string>` and the other utility types are no classes a validation pipe could check.)
    if (
      !t ||
      /^(string|number|boolean|any|unknown|object|Record|Partial|Pick|Omit|Required|Readonly)\b/.test(t) ||
      t.startsWith("{")
    )
      return true;
    const named = /^[A-Za-z_$][\w$]*/.exec(t)?.[0];
    return !!named && sourceMatches(this.tree, `\\b(interface\\s+${named}\\b|type\\s+${named}\\s*=)`);
  }

  /**
   * `args.filter` where `args` is a request-bound parameter (a GraphQL resolver's arguments, a handler's request)
   * typed with that field as an object map (`args: { filter: Record<string, unknown> }`, `object`, `any`, `{...}`):
   * a whole object the client writes (a JSON scalar argument), keys and operators included.
   */
  clientObjectField(member: SyntaxNode): boolean {
    if (member.type !== "member_expression") return false;
    const obj = field(member, "object");
    if (obj?.type !== "identifier") return false;
    const fn = enclosingFunction(member);
    const name = this.text(obj);
    if (!fn || !this.isParam(fn, name)) return false;
    const own = this.declaringParam(fn, name);
    const type = own ? field(own, "type") : undefined;
    const pattern = own ? field(own, "pattern") : undefined;
    if (!type || pattern?.type !== "identifier" || this.text(pattern) !== name) return false;
    const literal = namedChildren(type).find((c) => c.type === "object_type");
    if (!literal) return false;
    const key = this.text(field(member, "property") ?? member);
    const sig = namedChildren(literal).find(
      (c) => c.type === "property_signature" && this.text(field(c, "name") ?? c) === key,
    );
    const t = sig ? field(sig, "type") : undefined;
    const ts = t ? this.text(t).replace(/^:\s*/, "") : "";
    if (!/^(Record\b|object\b|any\b|unknown\b|\{|Partial\b)/.test(ts)) return false;
    return this.level(obj, "nosql") === Level.SOURCE;
  }

  /** A string assembled at run time: template literal with substitutions, + concatenation, concat/join/format. */
  isBuiltString(node: SyntaxNode | undefined, depth = 0): boolean {
    if (node?.type === "identifier" && this.grownBefore(node).length) return true;
    const n = this.resolve(node);
    if (!n || depth > 3) return false;
    // A helper declared in the file that returns a built string (`const q = buildQuery(cat)`), or a function
    // such a helper makes (`whereFor('name')(q)`).
    // `view.html` of an instance whose class getter builds the string (`get html() { return '<p>' + ... }`).
    const getter = n.type === "member_expression" ? this.instanceGetter(n) : undefined;
    if (getter) return returnedValues(getter).some((r) => this.isBuiltString(r, depth + 1));
    // A tagged template joined in order (sql`... ${x}`): the template's own substitutions.
    const tpl = n.type === "call_expression" ? this.orderedTag(n) : undefined;
    if (tpl) return this.isBuiltString(tpl, depth + 1);
    const local = n.type === "call_expression" ? this.calledFunction(n) : undefined;
    if (local) return returnedValues(local).some((r) => this.isBuiltString(r, depth + 1));
    if (n.type === "template_string") return n.children.some((c) => c.type === "template_substitution");
    if (n.type === "binary_expression") return n.children.some((c) => !c.named && c.type === "+");
    // String.raw`... ${x} ...`: the template's text with the values spliced in, backslashes kept.
    if (n.type === "call_expression" && this.callee(n) === "String.raw")
      return this.isBuiltString(field(n, "arguments"), depth + 1);
    if (n.type === "call_expression")
      return /^(concat|join|format|replace)$/.test(this.method(n)) || this.callee(n) === "util.format";
    if (n.type === "parenthesized_expression") return this.isBuiltString(namedChildren(n)[0], depth + 1);
    return false;
  }

  /** The function declared in this file under `name` (`function name`, `const name = () => ...`). */
  functionNamed(name: string): SyntaxNode | undefined {
    return this.functions.get(name);
  }

  /**
   * What a call of a function declared in this file returns (`criteria()` on `function criteria() { return {...}
   * }`, `const crit = () => ({...})`), parentheses removed; empty when the callee is not local.
   */
  returnedBy(call: SyntaxNode): SyntaxNode[] {
    const local = call.type === "call_expression" ? this.localFunction(call) : undefined;
    if (!local) return [];
    return returnedValues(local).map((v) => unparen(v) ?? v);
  }

  private addFunction(name: string, fn: SyntaxNode): void {
    const list = this.functionsByName.get(name) ?? [];
    list.push(fn);
    this.functionsByName.set(name, list);
  }

  /**
   * Of several functions sharing a name (`function criteria()` inside two methods), the one in scope at `use`:
   * declared in the innermost function around it (or at the top level).
   */
  private scopedFunction(name: string, use: SyntaxNode): SyntaxNode | undefined {
    const list = this.functionsByName.get(name);
    if (!list || list.length < 2) return undefined;
    let best: SyntaxNode | undefined;
    let bestStart = -1;
    for (const fn of list) {
      const scope = enclosingFunction(fn);
      if (scope && !(use.start >= scope.start && use.end <= scope.end)) continue;
      const start = scope ? scope.start : 0;
      if (start > bestStart) {
        best = fn;
        bestStart = start;
      }
    }
    return best;
  }

  /** The function a plain call `f(...)` runs when `f` is declared in this file. */
  /**
   * The `new Klass(...)` an instance expression comes from: the expression itself, a name bound to it, or a call of
   * a fluent method of it whose every return is `this` (`new Pager(req).load().sql()`).
   */
  private madeBy(o: SyntaxNode | undefined, depth = 0): SyntaxNode | undefined {
    const v = o?.type === "identifier" ? this.resolve(o) : o;
    if (v?.type !== "call_expression" || depth > 6) return v;
    const m = this.localFunction(v);
    const rets = m?.type === "method_definition" ? returnedValues(m) : [];
    const f = field(v, "function");
    if (!rets.length || rets.some((r) => r.type !== "this") || f?.type !== "member_expression") return v;
    return this.madeBy(field(f, "object"), depth + 1);
  }

  localFunction(call: SyntaxNode): SyntaxNode | undefined {
    const f = field(call, "function");
    if (f?.type === "identifier") {
      const fn = this.scopedFunction(this.text(f), call) ?? this.functions.get(this.text(f));
      return fn?.type === "method_definition" ? undefined : fn;
    }
    // `Links.internal(x)`: a static method of a class declared in this file.
    if (f?.type === "member_expression" && field(f, "object")?.type === "identifier") {
      const cls = this.text(field(f, "object")!);
      if (/^[A-Z]/.test(cls)) return this.staticMethod(cls, this.text(field(f, "property") ?? f));
    }
    // `new Banner().render(x)`, `const b = new Banner(); b.render(x)`: the method of that class declared in this
    // file (or inherited from a superclass declared here), an override in a subclass taking precedence.
    if (f?.type === "member_expression") {
      const o = field(f, "object");
      const v = this.madeBy(o);
      if (v?.type === "new_expression") {
        const ctor = field(v, "constructor");
        if (ctor?.type === "identifier") {
          const m = this.instanceMethod(this.text(ctor), this.text(field(f, "property") ?? f));
          if (m) return m;
        }
      }
    }
    // `list.sql()` on receivers of classes this file declares (abstract ones, mixins, static factories): the
    // method they all dispatch to.
    if (f?.type === "member_expression" && field(f, "object")?.type !== "this" && this.anyClass()) {
      const rs = this.receivers(field(f, "object") ?? undefined);
      const ms = new Set(rs?.map((r) => this.chainMethod(r, this.text(field(f, "property") ?? f), 0)));
      const [m] = [...ms];
      if (ms.size === 1 && m) return m;
    }
    // `store.resolve(x)` on an object literal, or an Object.create copy of one, with its own `store.resolve = function`.
    if (f?.type === "member_expression" && field(f, "object")?.type === "identifier") {
      const m = this.objectMethod(field(f, "object")!, this.text(field(f, "property") ?? f), 0);
      if (m) return m;
    }
    // `super.resolve(x)`: the method the superclass chain of the class around the call has (bound statically).
    if (f?.type === "member_expression" && field(f, "object")?.type === "super") {
      const k = this.classOf(call);
      const sup = k ? this.superChain(k, undefined, 0) : undefined;
      const m = sup?.chain.length
        ? this.chainMethod({ ...sup, made: call, key: "" }, this.text(field(f, "property") ?? f), 0)
        : undefined;
      return m?.type === "method_definition" ? m : undefined;
    }
    // `this.build(x)`: a method of the class or object literal the call sits in, or a field of that class holding
    // an arrow function (`count = (name) => ...`).
    if (f?.type === "member_expression" && field(f, "object")?.type === "this") {
      const name = this.text(field(f, "property") ?? f);
      const fn = this.functions.get(name);
      if (fn?.type === "method_definition") return fn;
      const body = field(this.classOf(call) ?? call, "body");
      const def = body?.type === "class_body" ? this.classFields(body, name)[0] : undefined;
      const value = def && field(def, "value");
      return value && /^(arrow_function|function_expression|function)$/.test(value.type) ? value : undefined;
    }
    return undefined;
  }

  /**
   * The function `o.name(...)` runs when o is a name bound once to an object literal (its method or function-valued
   * property) or to `Object.create(p[, descriptors])` of such an object: a function stored onto o itself (`o.name =
   * function ...`, the one store of that name onto o) first, then the prototype's. Undefined otherwise.
   */
  private objectMethod(o: SyntaxNode, name: string, depth: number): SyntaxNode | undefined {
    if (o.type !== "identifier" || depth > 4 || this.assigns.has(this.text(o))) return undefined;
    const decls = this.decls.get(this.text(o)) ?? [];
    const decl = decls.filter((d) => d.order < o.order).pop();
    let init = decl && field(decl, "value");
    if (!decl || !init) return undefined;
    init = this.unwrap(init);
    const own = this.outsideStores(name).filter((a) => {
      const obj = field(field(a, "left")!, "object");
      return obj?.type === "identifier" && this.text(obj) === this.text(o) && this.resolve(obj) === init;
    });
    if (own.length > 1) return undefined;
    if (own.length) {
      const right = field(own[0]!, "right");
      return right && (right.type === "function_expression" || right.type === "function") ? right : undefined;
    }
    if (init.type === "object") {
      for (const pr of namedChildren(init)) {
        if (pr.type === "method_definition" && this.memberName(pr) === name) return pr;
        const v = pr.type === "pair" ? field(pr, "value") : undefined;
        if (v && this.text(field(pr, "key") ?? pr) === name)
          return v.type === "function_expression" || v.type === "function" || v.type === "arrow_function"
            ? v
            : undefined;
      }
      return undefined;
    }
    if (
      init.type === "call_expression" &&
      this.callee(init) === "Object.create" &&
      this.args(init).length <= 2
    ) {
      const [proto, descs] = this.args(init);
      // (a descriptor of that name, or descriptors not written out, may define it)
      if (descs && (this.unwrap(descs).type !== "object" || this.prop(this.unwrap(descs), name)))
        return undefined;
      return proto ? this.objectMethod(this.unwrap(proto), name, depth + 1) : undefined;
    }
    return undefined;
  }

  /**
   * `Digest.LEGACY` on `class Digest { static LEGACY = 'md5' }` declared once in this file, not exported: the static
   * field's initialiser and every `Digest.LEGACY = v` store. Undefined when some store is out of view (the class is
   * exported or rebound, a computed or compound store, a `this.LEGACY = ...` inside the class) or there is no such
   * static field.
   */
  private staticMember(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    const prop = field(node, "property");
    if (node.type !== "member_expression" || obj?.type !== "identifier" || !prop) return undefined;
    const cls = this.text(obj);
    const key = this.text(prop);
    this.instanceMethod(cls, ""); // (builds classesByName)
    const classes = this.classesByName?.get(cls) ?? [];
    const c = classes[0];
    const body = c && field(c, "body");
    if (classes.length !== 1 || !body || this.decls.has(cls) || this.assigns.has(cls)) return undefined;
    if (this.classExportedUncached(c)) return undefined;
    const fieldDef = namedChildren(body).find(
      (m) =>
        (m.type === "field_definition" || m.type === "public_field_definition") &&
        // (`private static readonly X = ...`: TypeScript's modifiers may come first)
        this.isStaticMember(m) &&
        this.text(field(m, "property") ?? field(m, "name") ?? m) === key,
    );
    if (!fieldDef) return undefined;
    if ((this.memberWrites.get(key) ?? []).some((w) => body.start <= w.start && w.end <= body.end))
      return undefined;
    const out: SyntaxNode[] = [];
    const init = field(fieldDef, "value");
    if (init) out.push(init);
    for (const u of this.uses(cls)) {
      const p = u.parent;
      if (u.field !== "object" || (p?.type !== "member_expression" && p?.type !== "subscript_expression"))
        continue;
      const stored = p.field === "left" && /assignment_expression$/.test(p.parent?.type ?? "");
      if (!stored && p.parent?.type !== "update_expression") continue;
      if (p.type === "subscript_expression" || p.parent?.type !== "assignment_expression") return undefined;
      if (this.text(field(p, "property") ?? p) === key) out.push(field(p.parent, "right")!);
    }
    return out;
  }

  private classesByName: Map<string, SyntaxNode[]> | undefined;
  /** The non-static method `name` of class `cls` declared in this file, or of its superclasses declared here. */
  private instanceMethod(cls: string, name: string, depth = 0): SyntaxNode | undefined {
    if (depth > 4) return undefined;
    if (!this.classesByName) {
      this.classesByName = new Map();
      for (const n of this.tree.nodes) {
        if (n.type !== "class_declaration") continue;
        const k = this.text(field(n, "name") ?? n);
        this.classesByName.set(k, [...(this.classesByName.get(k) ?? []), n]);
      }
    }
    const classes = this.classesByName.get(cls) ?? [];
    if (classes.length !== 1) return undefined;
    const c = classes[0]!;
    const body = field(c, "body");
    const ms = (body ? namedChildren(body) : []).filter(
      (m) =>
        m.type === "method_definition" &&
        // (not a static method or an accessor; a method named `get` or `set` is an instance method all the same)
        !m.children.some((c) => c.type === "static" || c.type === "get" || c.type === "set") &&
        this.text(field(m, "name") ?? m) === name,
    );
    if (ms.length === 1) return ms[0];
    if (ms.length) return undefined;
    const heritage = namedChildren(c).find((h) => h.type === "class_heritage");
    const sup = heritage ? /^extends\s+([A-Za-z_$][\w$]*)\s*$/.exec(this.text(heritage))?.[1] : undefined;
    return sup ? this.instanceMethod(sup, name, depth + 1) : undefined;
  }

  private staticMethods: Map<string, SyntaxNode> | undefined;
  /** The static method `name` of the class `cls` declared in this file (once per class and name). */
  private staticMethod(cls: string, name: string): SyntaxNode | undefined {
    if (!this.staticMethods) {
      this.staticMethods = new Map();
      for (const n of this.tree.nodes) {
        if (n.type !== "method_definition" || !this.isStaticMember(n)) continue;
        const c = n.parent?.type === "class_body" ? n.parent.parent : undefined;
        const cname =
          c && (c.type === "class_declaration" || c.type === "class") ? field(c, "name") : undefined;
        const mname = field(n, "name");
        if (cname && mname) {
          const key = `${this.text(cname)}.${this.text(mname)}`;
          // A name declared twice is not resolved.
          this.staticMethods.set(key, this.staticMethods.has(key) ? n.parent! : n);
        }
      }
    }
    const fn = this.staticMethods.get(`${cls}.${name}`);
    return fn?.type === "method_definition" ? fn : undefined;
  }

  // ---- Receivers of a known class: virtual dispatch, overrides, super(...) and constructor arguments ----

  private classIdx: Map<string, SyntaxNode[]> | undefined;
  /** The classes declared in this file under a name (`class X`, `abstract class X`, `const X = class ...`). */
  private classNodes(name: string): SyntaxNode[] {
    if (!this.classIdx) {
      this.classIdx = new Map();
      for (const n of this.tree.nodes) {
        let k: SyntaxNode | undefined;
        if (n.type === "class_declaration" || n.type === "abstract_class_declaration") k = field(n, "name");
        else if (n.type === "class" && n.field === "value" && n.parent?.type === "variable_declarator")
          k = field(n.parent, "name");
        if (k) this.classIdx.set(this.text(k), [...(this.classIdx.get(this.text(k)) ?? []), n]);
      }
    }
    return this.classIdx.get(name) ?? [];
  }

  private anyClass(): boolean {
    this.classNodes("");
    return this.classIdx!.size > 0 || this.protoIndex().methods.size > 0;
  }

  private unwrap(n: SyntaxNode): SyntaxNode {
    while (
      /^(parenthesized_expression|as_expression|satisfies_expression|non_null_expression)$/.test(n.type)
    ) {
      const c = namedChildren(n).find((x) => x.type !== "comment");
      if (!c) break;
      n = c;
    }
    return n;
  }

  /**
   * The class chain an expression names, most-derived first: a class of this file and its superclasses, a mixin
   * applied to a class (`Timestamped(Widget)`: a local function returning `class extends Base`, Base its parameter).
   * Undefined when the expression is no class of this file.
   */
  private chainOf(e: SyntaxNode | undefined, depth = 0): { chain: SyntaxNode[]; open: boolean } | undefined {
    if (!e || depth > 6) return undefined;
    e = this.unwrap(e);
    if (e.type === "identifier") {
      const ks = this.classNodes(this.text(e));
      if (ks.length === 1) {
        const sup = this.superChain(ks[0]!, undefined, depth);
        return { chain: [ks[0]!, ...sup.chain], open: sup.open };
      }
      if (ks.length) return undefined;
      // `function Repo(table) { this.table = table; }` with `Repo.prototype.find = function ...`
      const ctorFn = this.protoCtor(this.text(e));
      if (ctorFn) return { chain: [ctorFn], open: this.protoIndex().open.has(this.text(e)) };
      // `const SoftValueFinder = SoftDelete(ValueFinder)`
      const v = this.resolve(e, 1);
      return v && v !== e && v.type === "call_expression" && !this.assigns.has(this.text(e))
        ? this.chainOf(v, depth + 1)
        : undefined;
    }
    if (e.type === "call_expression") {
      const f = field(e, "function");
      const fn = f?.type === "identifier" ? this.functions.get(this.text(f)) : undefined;
      const rets = fn ? returnedValues(fn).map((r) => this.unwrap(r)) : [];
      if (rets.length !== 1 || rets[0]!.type !== "class") return undefined;
      const sup = this.superChain(rets[0]!, { ps: this.plainParams(fn!) ?? [], call: e }, depth);
      return { chain: [rets[0]!, ...sup.chain], open: sup.open };
    }
    return undefined;
  }

  private superChain(
    klass: SyntaxNode,
    mixin: { ps: { name: string }[]; call: SyntaxNode } | undefined,
    depth: number,
  ): { chain: SyntaxNode[]; open: boolean } {
    const h = namedChildren(klass).find((c) => c.type === "class_heritage");
    if (!h) return { chain: [], open: false };
    const ext = namedChildren(h).find((c) => c.type === "extends_clause");
    const v = ext
      ? field(ext, "value")
      : namedChildren(h).find((c) => c.type !== "comment" && c.type !== "implements_clause");
    if (!v) return { chain: [], open: false };
    let target: SyntaxNode | undefined = v;
    const i = mixin && v.type === "identifier" ? mixin.ps.findIndex((p) => p.name === this.text(v)) : -1;
    if (mixin && i >= 0) target = this.args(mixin.call)[i];
    return this.chainOf(target, depth + 1) ?? { chain: [], open: true };
  }

  private isStaticMember(m: SyntaxNode): boolean {
    return m.children.some((c) => c.type === "static");
  }

  private memberName(m: SyntaxNode): string {
    return this.text(field(m, "name") ?? field(m, "property") ?? m);
  }

  /** A method of the chain from index `from` on (an arrow-function or function field counts for an instance). */
  private chainMethod(r: Recv, name: string, from: number): SyntaxNode | undefined {
    const stat = !r.made;
    // `auditRepo.findSql = function ...` onto this very object: its own method wins.
    if (r.made && from === 0) {
      const own = this.ownMethod(r, name);
      if (own) return own;
    }
    for (let k = from; k < r.chain.length; k++) {
      if (!this.isClassNode(r.chain[k]!)) {
        const m = stat ? undefined : this.protoIndex().methods.get(r.chain[k]!)?.get(name);
        if (m) return m;
        continue;
      }
      const body = field(r.chain[k]!, "body");
      for (const m of body ? namedChildren(body) : []) {
        if (this.memberName(m) !== name || this.isStaticMember(m) !== stat) continue;
        if (m.type === "method_definition" && !m.children.some((c) => c.type === "get" || c.type === "set"))
          return m;
        const v = /^(public_)?field_definition$/.test(m.type) ? field(m, "value") : undefined;
        if (v && (v.type === "arrow_function" || v.type === "function_expression")) return v;
      }
    }
    return undefined;
  }

  private readonly ownMethodBusy = new Set<SyntaxNode>();
  /** A function stored onto the receiver's own object from outside (`obj.m = function ...`), when one is. */
  private ownMethod(r: Recv, name: string): SyntaxNode | undefined {
    let out: SyntaxNode | undefined;
    for (const a of this.outsideStores(name)) {
      const right = field(a, "right");
      if (!right || !FN_TYPES.has(right.type) || this.ownMethodBusy.has(a)) continue;
      const saved = this.bound;
      this.bound = undefined;
      this.ownMethodBusy.add(a);
      try {
        const rs = this.receivers(field(field(a, "left")!, "object") ?? undefined);
        if (rs?.some((x) => x.made === r.made)) out = right;
      } finally {
        this.ownMethodBusy.delete(a);
        this.bound = saved;
      }
    }
    return out;
  }

  /** The getter of the chain from index `from` on. */
  private chainGetter(r: Recv, name: string, from: number): SyntaxNode | undefined {
    const stat = !r.made;
    for (let k = from; k < r.chain.length; k++) {
      const body = field(r.chain[k]!, "body");
      const g = (body ? namedChildren(body) : []).find(
        (m) =>
          m.type === "method_definition" &&
          m.children.some((c) => c.type === "get") &&
          this.isStaticMember(m) === stat &&
          this.memberName(m) === name,
      );
      if (g) return g;
    }
    return undefined;
  }

  private ctorOf(klass: SyntaxNode): SyntaxNode | undefined {
    if (!this.isClassNode(klass)) return klass;
    const body = field(klass, "body");
    return (body ? namedChildren(body) : []).find(
      (m) => m.type === "method_definition" && this.memberName(m) === "constructor",
    );
  }

  private mkFrame(fn: SyntaxNode, call: SyntaxNode, outer: Frame | undefined, recv: Recv | undefined) {
    const n = Math.max(outer?.n ?? 0, recv?.frame?.n ?? 0) + 1;
    if (n > 8) return undefined;
    const f: Frame = {
      // (a function whose parameters are not plain names binds none)
      fn: this.plainParams(fn) ? fn : call,
      call,
      outer,
      chained: true,
      recv,
      n,
      key: `${call.order}.${fn.order}/${recv ? `r${recv.key}` : ""}<${outer?.key ?? (outer ? `${outer.call.order}/${outer.inner?.call.order ?? ""}` : "")}`,
    };
    return f;
  }

  private mkRecv(chain: { chain: SyntaxNode[]; open: boolean }, made: SyntaxNode | undefined): Recv {
    const frame = made ? this.bound : undefined;
    return {
      ...chain,
      made,
      frame,
      key: `${made?.order ?? "s"}.${chain.chain[0]!.start}${made && frame ? `<${frame.key ?? frame.call.order}` : ""}`,
    };
  }

  /** The call that runs the constructor of chain[k] for this instance (`new` itself, or a subclass's `super(...)`). */
  private ctorCall(r: Recv, k: number): { call: SyntaxNode; frame: Frame | undefined } | undefined {
    if (!r.made || k >= r.chain.length || r.made.type !== "new_expression") return undefined;
    if (k === 0) return { call: r.made, frame: r.frame };
    const prev = this.ctorCall(r, k - 1);
    const sub = this.ctorOf(r.chain[k - 1]!);
    if (!prev || !sub) return prev;
    const sup = descendantsOf(sub).find(
      (d) => d.type === "call_expression" && field(d, "function")?.type === "super",
    );
    const frame = sup && this.mkFrame(sub, prev.call, prev.frame, r);
    return sup && frame ? { call: sup, frame } : undefined;
  }

  private isClassNode(n: SyntaxNode): boolean {
    return /^(class_declaration|abstract_class_declaration|class)$/.test(n.type);
  }

  private protoIdx: ProtoIdx | undefined;
  /**
   * Constructor functions with prototype methods (`Repo.prototype.find = function ...`, `Repo.prototype = { find()
   * {...} }`): each function declaration's methods by name; `open`: a prototype set to something else
   * (`Object.create(Base.prototype)`, an inherited one).
   */
  private protoIndex() {
    if (this.protoIdx) return this.protoIdx;
    const idx: ProtoIdx = { methods: new Map(), open: new Set<string>(), names: new Map() };
    const add = (ctor: string, name: string, fn: SyntaxNode) => {
      const f = this.functions.get(ctor);
      if (f?.type !== "function_declaration") return;
      const m = idx.methods.get(f) ?? new Map<string, SyntaxNode>();
      m.set(name, m.has(name) ? f : fn);
      idx.methods.set(f, m);
      idx.names.set(fn, name);
    };
    for (const n of this.tree.nodes) {
      if (n.type !== "assignment_expression") continue;
      const left = field(n, "left");
      const right = field(n, "right");
      if (left?.type !== "member_expression" || !right) continue;
      const obj = field(left, "object");
      const prop = this.text(field(left, "property") ?? left);
      if (
        obj?.type === "member_expression" &&
        this.text(field(obj, "property") ?? obj) === "prototype" &&
        field(obj, "object")?.type === "identifier" &&
        (right.type === "function_expression" || right.type === "function")
      )
        add(this.text(field(obj, "object")!), prop, right);
      else if (prop === "prototype" && obj?.type === "identifier") {
        if (right.type !== "object") idx.open.add(this.text(obj));
        else
          for (const pr of namedChildren(right)) {
            const v =
              pr.type === "pair" ? field(pr, "value") : pr.type === "method_definition" ? pr : undefined;
            const k = pr.type === "pair" ? field(pr, "key") : field(pr, "name");
            if (
              k &&
              v &&
              (v.type === "method_definition" || v.type === "function_expression" || v.type === "function")
            )
              add(this.text(obj), this.text(k), v);
          }
      }
    }
    // (a method name assigned twice is not resolved)
    for (const m of idx.methods.values())
      for (const [k, v] of m) if (v.type === "function_declaration") m.delete(k);
    this.protoIdx = idx;
    return idx;
  }

  private protoCtor(name: string): SyntaxNode | undefined {
    const f = this.functions.get(name);
    return f?.type === "function_declaration" && this.protoIndex().methods.has(f) ? f : undefined;
  }

  /** The nearest function around n that binds its own `this` (not an arrow function). */
  private thisFunction(n: SyntaxNode): SyntaxNode | undefined {
    let c = n.parent;
    while (
      c &&
      !/^(function_declaration|function_expression|function|method_definition|generator_function_declaration|generator_function)$/.test(
        c.type,
      )
    )
      c = c.parent;
    return c ?? undefined;
  }

  /**
   * Whose `this` n reads: the class around it, or the constructor function whose body or prototype method it sits
   * in. Undefined inside a plain function of its own.
   */
  private ownerOf(n: SyntaxNode): SyntaxNode | undefined {
    const f = this.thisFunction(n);
    if (!f) return undefined;
    if (f.type === "method_definition" && f.parent?.type === "class_body")
      return f.parent.parent ?? undefined;
    const idx = this.protoIndex();
    if (idx.methods.has(f)) return f;
    if (idx.names.has(f)) {
      for (const [ctor, ms] of idx.methods) if ([...ms.values()].includes(f)) return ctor;
    }
    // (a class field's arrow function, or a field initialiser: the class)
    return f.type === "method_definition"
      ? undefined
      : this.classOf(n) && !this.thisFunction(n)
        ? this.classOf(n)
        : undefined;
  }

  private readonly handedMemo = new Map<string, boolean>();
  /** Whether a method name is ever read other than to call it (`app.get('/', ctrl.list)`, `const f = o.list`). */
  private handedOver(name: string): boolean {
    let hit = this.handedMemo.get(name);
    if (hit !== undefined) return hit;
    hit = false;
    for (const n of this.tree.nodes) {
      if (n.type !== "member_expression" || this.text(field(n, "property") ?? n) !== name) continue;
      if (n.field === "function" && n.parent?.type === "call_expression") continue;
      if (n.field === "left" && n.parent?.type === "assignment_expression") continue;
      const o = field(n, "object");
      if (o?.type === "member_expression" && this.text(field(o, "property") ?? o) === "prototype") continue;
      hit = true;
      break;
    }
    this.handedMemo.set(name, hit);
    return hit;
  }

  /**
   * `this.p` inside a method with no known receiver (a sink in the method itself): what p holds on each receiver
   * the file calls the method on (`products.find(...)` on `const products = new Repo('products')`), when every
   * call of that method name is on a known receiver and the method is never handed over or exported.
   */
  private thisFromCallers(node: SyntaxNode, cls: string, depth: number): Level | undefined {
    const owner = this.ownerOf(node);
    const fn = this.thisFunction(node);
    if (!owner || !fn || this.ctorOf(owner) === fn || this.classExportedUncached(owner)) return undefined;
    const name = fn.type === "method_definition" ? this.memberName(fn) : this.protoIndex().names.get(fn);
    if (!name || this.handedOver(name)) return undefined;
    const prop = this.text(field(node, "property") ?? node);
    let out: Level = Level.CONST;
    let any = false;
    for (const c of this.callsByName.get(name) ?? []) {
      const f = field(c, "function");
      if (f?.type !== "member_expression") continue;
      // `res.send(...)` in a route handler: the framework's response object, never an instance of this class.
      if (this.handlerResponse(field(f, "object"))) continue;
      const saved = this.bound;
      this.bound = undefined;
      let rs: Recv[] | undefined;
      try {
        rs = this.receivers(field(f, "object") ?? undefined);
      } finally {
        this.bound = saved;
      }
      if (!rs) return undefined;
      for (const r of rs) {
        if (this.chainMethod(r, name, 0) !== fn) continue;
        const v = this.propOf(r, prop, node, cls, depth);
        if (v === undefined) return undefined;
        any = true;
        out = Math.max(out, v) as Level;
      }
    }
    return any ? out : undefined;
  }

  /** `res` as a handler's response parameter, `(req, res) => ...` (a request-named parameter before it), or a call
   * chain on it. */
  private handlerResponse(o: SyntaxNode | null | undefined): boolean {
    // (`res.status(404).send(...)`, `res.type('json').send(...)`: the chain's root)
    while (o?.type === "call_expression" && field(o, "function")?.type === "member_expression")
      o = field(field(o, "function")!, "object");
    if (o?.type !== "identifier" || !/^(res|response|reply)$/.test(this.text(o))) return false;
    const fn = enclosingFunction(o);
    const names = fn ? this.plainParams(fn)?.map((p) => p.name) : undefined;
    const at = names?.indexOf(this.text(o)) ?? -1;
    if (!fn || at < 1 || !/^(req|request)$/.test(names![at - 1]!)) return false;
    // (not rebound inside the handler)
    return !(this.decls.get(this.text(o)) ?? []).some((d) => enclosingFunction(d) === fn);
  }

  private classOf(n: SyntaxNode): SyntaxNode | undefined {
    let c = n.parent;
    while (c && !/^(class_declaration|abstract_class_declaration|class)$/.test(c.type)) c = c.parent;
    return c ?? undefined;
  }

  private readonly classStoresMemo = new Map<
    SyntaxNode,
    { stores: Map<string, SyntaxNode[]>; opaque: boolean }
  >();
  /** Each `this.p = v` (and `this.p op= v`) of a class body by p; opaque: it stores through computed keys. */
  private ownStores(klass: SyntaxNode): { stores: Map<string, SyntaxNode[]>; opaque: boolean } {
    let hit = this.classStoresMemo.get(klass);
    if (hit) return hit;
    hit = { stores: new Map(), opaque: false };
    const scopes = this.isClassNode(klass)
      ? [klass]
      : [klass, ...(this.protoIndex().methods.get(klass)?.values() ?? [])];
    for (const n of scopes.flatMap((x) => descendantsOf(x))) {
      if (/assignment_expression$/.test(n.type)) {
        const left = field(n, "left");
        if (field(left ?? n, "object")?.type !== "this" || this.ownerOf(n) !== klass) continue;
        if (left?.type !== "member_expression") hit.opaque = true;
        else {
          const p = this.text(field(left, "property") ?? left);
          hit.stores.set(p, [...(hit.stores.get(p) ?? []), n]);
        }
      } else if (n.type === "call_expression" && /^Object\.(assign|defineProperty)$/.test(this.callee(n))) {
        if (this.args(n)[0]?.type === "this") hit.opaque = true;
      }
    }
    this.classStoresMemo.set(klass, hit);
    return hit;
  }

  private outsideStoreIdx: Map<string, SyntaxNode[]> | undefined;
  /** `o.p = v` stores whose object is not `this`, by p. */
  private outsideStores(prop: string): SyntaxNode[] {
    if (!this.outsideStoreIdx) {
      this.outsideStoreIdx = new Map();
      for (const n of this.tree.nodes) {
        if (!/assignment_expression$/.test(n.type)) continue;
        const left = field(n, "left");
        const o = left?.type === "member_expression" ? field(left, "object") : undefined;
        if (!o || o.type === "this" || o.type === "super") continue;
        const p = this.text(field(left!, "property") ?? left!);
        this.outsideStoreIdx.set(p, [...(this.outsideStoreIdx.get(p) ?? []), n]);
      }
    }
    return this.outsideStoreIdx.get(prop) ?? [];
  }

  /**
   * The receivers an expression may be, when each is of a class this file declares: `new X(...)`, `this` of the
   * receiver being run, a class name (its static side), a name bound to those (a module `let` with every value
   * it is given), either side of a conditional, a static factory's or fluent method's result. Undefined when some
   * value is none of these.
   */
  private receivers(o: SyntaxNode | undefined, depth = 0): Recv[] | undefined {
    if (!o || depth > 6) return undefined;
    o = this.unwrap(o);
    if (o.type === "this")
      return this.bound?.recv && this.inChain(this.bound.recv, o) ? [this.bound.recv] : undefined;
    if (o.type === "new_expression") {
      const ctor = field(o, "constructor");
      const r = this.bound?.recv;
      const chain =
        ctor?.type === "this"
          ? r && !r.made
            ? { chain: r.chain, open: r.open }
            : undefined
          : this.chainOf(ctor);
      return chain ? [this.mkRecv(chain, o)] : undefined;
    }
    // `Object.create(Repo.prototype)`, `Object.create(products)`: an object with that prototype and no constructor
    // run (its own members are the stores onto it; a property descriptor argument is not modelled).
    if (o.type === "call_expression" && this.callee(o) === "Object.create" && this.args(o).length === 1) {
      const a0 = this.unwrap(this.args(o)[0]!);
      const proto =
        a0.type === "member_expression" && this.text(field(a0, "property") ?? a0) === "prototype"
          ? this.chainOf(field(a0, "object") ?? undefined)
          : this.receivers(a0, depth + 1)?.map((x) => ({ chain: x.chain, open: true, made: x.made }));
      const list = proto ? (Array.isArray(proto) ? proto : [proto]) : [];
      if (!list.length || list.some((x) => !("made" in x) && false)) return undefined;
      return list.map((x) => this.mkRecv({ chain: x.chain, open: x.open }, o));
    }
    // `req.app.locals.motd` / `app.locals.motd`: the values the file stores there (`app.locals.motd = new Motd()`).
    const local =
      o.type === "member_expression"
        ? /^(?:req\.|request\.)?app\.locals\.([\w$]+)$/.exec(this.qname(o))
        : null;
    if (local) {
      const out: Recv[] = [];
      const saved = this.bound;
      this.bound = undefined;
      try {
        for (const a of this.outsideStores(local[1]!)) {
          const left = field(a, "left")!;
          if (!/^(?:req\.|request\.)?app\.locals$/.test(this.qname(field(left, "object") ?? undefined)))
            continue;
          const rs =
            a.type === "assignment_expression"
              ? this.receivers(field(a, "right") ?? undefined, depth + 1)
              : undefined;
          if (!rs) return undefined;
          out.push(...rs);
        }
      } finally {
        this.bound = saved;
      }
      return out.length ? out : undefined;
    }
    // `this.redirects` / `this.files` of a class of this file: the instances that member is given.
    if (o.type === "member_expression" && field(o, "object")?.type === "this")
      return this.memberReceivers(o, depth);
    if (o.type === "ternary_expression") {
      const a = this.receivers(field(o, "consequence"), depth + 1);
      const b = a && this.receivers(field(o, "alternative"), depth + 1);
      return a && b ? [...a, ...b] : undefined;
    }
    if (o.type === "identifier") {
      const name = this.text(o);
      if (!this.decls.has(name) && this.classNodes(name).length === 1) {
        const chain = this.chainOf(o);
        return chain ? [this.mkRecv(chain, undefined)] : undefined;
      }
      const decls = (this.decls.get(name) ?? []).filter((d) => d.order < o!.order);
      const decl = decls[decls.length - 1];
      const init = decl && field(decl, "value");
      if (!decl || !init) return this.paramReceivers(o, depth);
      const values = [init];
      const scope = enclosingFunction(decl);
      for (const a of this.assigns.get(name) ?? []) {
        // (a store into another binding of the name, in a function declaring its own, is not this one)
        const f = enclosingFunction(a);
        if ((this.decls.get(name) ?? []).some((d) => d !== decl && enclosingFunction(d) === f)) continue;
        if (scope && !(scope.start <= a.start && a.end <= scope.end)) continue;
        if (field(a, "right")) values.push(field(a, "right")!);
      }
      // (the instance is made where it is declared: its own frame is none)
      const saved = this.bound;
      if (enclosingFunction(decl) !== enclosingFunction(o)) this.bound = undefined;
      try {
        const out: Recv[] = [];
        for (const v of values) {
          const rs = v === o ? undefined : this.receivers(v, depth + 1);
          if (!rs) return undefined;
          out.push(...rs);
        }
        return out;
      } finally {
        this.bound = saved;
      }
    }
    if (o.type === "call_expression") {
      const f = field(o, "function");
      if (f?.type !== "member_expression") return undefined;
      const rs = this.receivers(field(f, "object") ?? undefined, depth + 1);
      if (!rs) return undefined;
      const name = this.text(field(f, "property") ?? f);
      const out: Recv[] = [];
      for (const r of rs) {
        const m = this.chainMethod(r, name, 0);
        const rets = m ? returnedValues(m).filter((x) => !this.isDead(x)) : [];
        if (!m || !rets.length) return undefined;
        // A fluent method (every return is `this`): the receiver itself.
        if (rets.every((x) => this.unwrap(x).type === "this")) {
          out.push(r);
          continue;
        }
        const frame = this.mkFrame(m, o, this.bound, r);
        if (!frame) return undefined;
        const saved = this.bound;
        this.bound = frame;
        try {
          for (const x of rets) {
            const more = this.receivers(x, depth + 1);
            if (!more) return undefined;
            out.push(...more);
          }
        } finally {
          this.bound = saved;
        }
      }
      return out;
    }
    return undefined;
  }

  /**
   * `this.p` read in a class of this file: the values p may hold on any instance of that class (not only the one
   * being run): its field initialiser, `this.p = v` stores in the class's methods (a constructor parameter read at
   * each `new` of the class in the file), and, when no `new` is in view, a TypeScript parameter property or stored
   * parameter typed with a class of this file (`typed`: an injected service, that class or any subclass of it).
   * Undefined when a store may be out of view (`x.p = v` outside the class, a subclass, an exported class whose
   * constructor is run elsewhere, a setter) or p is given nothing in view.
   */
  private memberValues(o: SyntaxNode): { nodes: SyntaxNode[]; typed: SyntaxNode[][] } | undefined {
    const p = field(o, "property");
    // (in a class-field arrow function, `this` is the instance of the class around it)
    const klass = this.ownerOf(o) ?? (this.thisFunction(o) ? undefined : this.classOf(o));
    if (!p || !klass || !this.isClassNode(klass) || this.outsideStores(this.text(p)).length) return undefined;
    const name = this.text(p);
    const chain = [klass, ...this.superChain(klass, undefined, 0).chain];
    // (a subclass passing constructor arguments on through super(...) is not followed)
    if (this.subclasses(klass).length) return undefined;
    const nodes: SyntaxNode[] = [];
    const typed: SyntaxNode[][] = [];
    const fromParam = (ctor: SyntaxNode, param: SyntaxNode): boolean => {
      const k = ctor.parent?.parent;
      const i = namedChildren(field(ctor, "parameters") ?? ctor)
        .filter((c) => c.type !== "comment")
        .indexOf(param);
      if (!k || k !== klass || i < 0) return false;
      const kname = field(k, "name");
      const news = kname
        ? this.uses(this.text(kname)).filter(
            (u) => u.field === "constructor" && u.parent?.type === "new_expression",
          )
        : [];
      if (news.length && !this.classExportedUncached(k)) {
        for (const u of news) {
          const arg = this.args(u.parent!)[i];
          if (!arg || arg.type === "spread_element") return false;
          nodes.push(arg);
        }
        return true;
      }
      // No `new` in view (dependency injection): the class the parameter's type names, or a subclass of it.
      const ty = /^:\s*([A-Za-z_$][\w$]*)\s*$/.exec(this.text(field(param, "type") ?? param))?.[1];
      const ks = ty ? this.classNodes(ty) : [];
      if (ks.length !== 1) return false;
      typed.push([ks[0]!, ...this.subclasses(ks[0]!)]);
      return true;
    };
    let any = false;
    for (const k of chain) {
      const body = field(k, "body");
      if (
        (body ? namedChildren(body) : []).some(
          (m) =>
            m.type === "method_definition" &&
            m.children.some((c) => c.type === "set") &&
            this.memberName(m) === name,
        )
      )
        return undefined;
      for (const m of body ? namedChildren(body) : []) {
        if (!/^(public_)?field_definition$/.test(m.type) || this.memberName(m) !== name) continue;
        if (this.isStaticMember(m)) continue;
        const v = field(m, "value");
        // (`@Input() url = ''`: the framework sets a decorated field)
        if (m.children.some((c) => c.type === "decorator")) return undefined;
        // (`private base: string;`: a declaration only, no store; the constructor's or a setter's store fills it)
        if (!v) continue;
        nodes.push(v);
        any = true;
      }
      const ctor = this.ctorOf(k);
      for (const q of ctor ? namedChildren(field(ctor, "parameters") ?? ctor) : []) {
        const own = q.children.some((c) => c.type === "accessibility_modifier" || c.type === "readonly");
        if (!own || this.text(field(q, "pattern") ?? q) !== name) continue;
        if (!fromParam(ctor!, q)) return undefined;
        any = true;
      }
      const own = this.ownStores(k);
      if (own.opaque) return undefined;
      for (const a of own.stores.get(name) ?? []) {
        const right = field(a, "right");
        if (a.type !== "assignment_expression" || !right) return undefined;
        const fn = this.thisFunction(a);
        const param =
          right.type === "identifier" && fn === ctor && ctor
            ? namedChildren(field(ctor, "parameters") ?? ctor).find(
                (q) => this.text(field(q, "pattern") ?? q) === this.text(right),
              )
            : undefined;
        if (param) {
          if (!fromParam(ctor!, param)) return undefined;
        } else nodes.push(right);
        any = true;
      }
    }
    return any ? { nodes, typed } : undefined;
  }

  /** `this.redirects` / `this.files`: the receivers of the values memberValues finds, when each is one. */
  private memberReceivers(o: SyntaxNode, depth: number): Recv[] | undefined {
    const vals = depth > 4 ? undefined : this.memberValues(o);
    if (!vals) return undefined;
    const saved = this.bound;
    this.bound = undefined;
    try {
      const out: Recv[] = [];
      for (const v of vals.nodes) {
        const rs = this.receivers(v, depth + 1);
        if (!rs) return undefined;
        out.push(...rs);
      }
      for (const ks of vals.typed)
        for (const c of ks) {
          const sup = this.superChain(c, undefined, 0);
          out.push(this.mkRecv({ chain: [c, ...sup.chain], open: sup.open }, field(c, "name") ?? c));
        }
      return out.length ? out : undefined;
    } finally {
      this.bound = saved;
    }
  }

  /**
   * `this.repoDir` in a method or class-field arrow handed over as a route handler (no receiver known): what the
   * member holds on any instance (see memberValues); undefined for an injected value.
   */
  private memberLevel(o: SyntaxNode, cls: string, depth: number): Level | undefined {
    // (an exported class's instances may be made, and their members set, by an importer)
    const klass = this.classOf(o);
    if (!klass || this.classExportedUncached(klass)) return undefined;
    const vals = this.memberValues(o);
    if (!vals || vals.typed.length || !vals.nodes.length) return undefined;
    const saved = this.bound;
    this.bound = undefined;
    try {
      return this.max(vals.nodes, cls, depth);
    } finally {
      this.bound = saved;
    }
  }

  private subclassMemo = new Map<SyntaxNode, SyntaxNode[]>();
  /** The classes of this file whose chain runs through klass (klass itself not included). */
  private subclasses(klass: SyntaxNode): SyntaxNode[] {
    let hit = this.subclassMemo.get(klass);
    if (hit) return hit;
    hit = [];
    this.classNodes("");
    for (const list of this.classIdx!.values())
      for (const c of list)
        if (c !== klass && this.superChain(c, undefined, 0).chain.includes(klass)) hit.push(c);
    this.subclassMemo.set(klass, hit);
    return hit;
  }

  /**
   * `flow` in `function finish(flow, res) { res.redirect(flow.returnUrl); }`: a parameter of a function declared in
   * this file, not exported and only ever called by name: the receivers of what every call passes there.
   */
  private paramReceivers(id: SyntaxNode, depth: number): Recv[] | undefined {
    const fn = enclosingFunction(id);
    if (fn?.type !== "function_declaration" || this.exported(fn) || depth > 4) return undefined;
    const i = this.plainParams(fn)?.findIndex((p) => p.name === this.text(id)) ?? -1;
    const fname = field(fn, "name");
    if (i < 0 || !fname) return undefined;
    const uses = this.uses(this.text(fname)).filter((u) => u !== fname);
    if (!uses.length || uses.some((u) => u.field !== "function" || u.parent?.type !== "call_expression"))
      return undefined;
    const saved = this.bound;
    this.bound = undefined;
    try {
      const out: Recv[] = [];
      for (const u of uses) {
        const arg = this.args(u.parent!)[i];
        const rs = arg && arg.type !== "spread_element" ? this.receivers(arg, depth + 1) : undefined;
        if (!rs) return undefined;
        out.push(...rs);
      }
      return out;
    } finally {
      this.bound = saved;
    }
  }

  /**
   * `flow.returnUrl` on receivers of classes of this file that all dispatch to one getter: the values that getter
   * returns (for rules reading a chosen value's shape, as they do a helper's). Undefined otherwise.
   */
  receiverGetterReturns(member: SyntaxNode): SyntaxNode[] | undefined {
    const o = member.type === "member_expression" ? field(member, "object") : undefined;
    const p = member.type === "member_expression" ? field(member, "property") : undefined;
    if (!o || !p || o.type === "this" || o.type === "super" || !this.anyClass()) return undefined;
    const rs = this.receivers(o);
    const gs = new Set(rs?.map((r) => this.chainGetter(r, this.text(p), 0)));
    const [g] = [...gs];
    return gs.size === 1 && g ? returnedValues(g) : undefined;
  }

  /** Whether the class around `n` is one of the receiver's chain (`this` there is the receiver). */
  private inChain(r: Recv, n: SyntaxNode): boolean {
    const c = this.ownerOf(n);
    return !!c && r.chain.includes(c);
  }

  /** Run method (or getter) `fn` of receiver r for `call`: the level of what it returns. */
  private runOn(fn: SyntaxNode, call: SyntaxNode, r: Recv, cls: string, depth: number): Level | undefined {
    // `if (!RE.test(this.input)) throw ...; return super.args();`: past the guard the member is vetted, in what
    // the method calls on the receiver too.
    const guarded = this.exitVetted(fn).filter((p) => !r.vetted?.has(p));
    if (guarded.length)
      r = { ...r, vetted: new Set([...(r.vetted ?? []), ...guarded]), key: `${r.key}x${fn.order}` };
    const frame = this.mkFrame(fn, call, this.bound, r);
    if (!frame) return undefined;
    const saved = this.bound;
    this.bound = frame;
    try {
      return this.max(
        returnedValues(fn).filter((x) => !this.isDead(x)),
        cls,
        depth,
      );
    } finally {
      this.bound = saved;
    }
  }

  private readonly exitVettedMemo = new Map<SyntaxNode, string[]>();
  /**
   * The `this.p` members an exit guard at the top of a method's body vets for the rest of it (`if
   * (!RE.test(this.p) || !LIST.includes(this.q)) throw ...;`: past it both are vetted).
   */
  private exitVetted(fn: SyntaxNode): string[] {
    let hit = this.exitVettedMemo.get(fn);
    if (hit) return hit;
    hit = [];
    const body = field(fn, "body");
    for (const st of body?.type === "statement_block" ? namedChildren(body) : []) {
      if (st.type === "return_statement") break;
      if (st.type !== "if_statement" || field(st, "alternative") || !blockExits(field(st, "consequence")))
        continue;
      const cond = field(st, "condition");
      for (const d of cond ? descendantsOf(cond) : []) {
        if (d.type !== "member_expression" || field(d, "object")?.type !== "this") continue;
        const p = this.text(field(d, "property") ?? d);
        if (!hit.includes(p) && this.refutes(cond, this.text(d))) hit.push(p);
      }
    }
    this.exitVettedMemo.set(fn, hit);
    return hit;
  }

  /** `o.m(...)`, `this.m(...)`, `super.m(...)` on receivers of known classes: what the dispatched methods return. */
  private receiverCall(call: SyntaxNode, cls: string, depth: number): Level | undefined {
    const f = field(call, "function");
    const o = f?.type === "member_expression" ? field(f, "object") : undefined;
    const p = f && field(f, "property");
    if (!o || !p || !/^(private_)?property_identifier$/.test(p.type)) return undefined;
    let rs: Recv[] | undefined;
    let from = 0;
    if (o.type === "super") {
      const r = this.bound?.recv;
      const c = this.classOf(o);
      from = r && c ? r.chain.indexOf(c) + 1 : 0;
      rs = r && from > 0 ? [r] : undefined;
    } else rs = this.receivers(o);
    if (!rs?.length) return undefined;
    let out: Level = Level.CONST;
    for (const r of rs) {
      const m = this.chainMethod(r, this.text(p), from);
      const v = m && this.runOn(m, call, r, cls, depth);
      if (v === undefined) return undefined;
      out = Math.max(out, v) as Level;
    }
    return out;
  }

  /**
   * `o.p`, `this.p`, `super.p` on receivers of known classes: what the instance's own property holds (field
   * initialisers, constructor parameter properties and `this.p = v` stores along the chain, constructor parameters
   * read at the `new` or `super(...)` call that ran them; `o.p = v` stores outside the class onto that instance or an
   * unknown object), or what the most-derived getter returns. Undefined when not worked out.
   */
  private receiverRead(node: SyntaxNode, cls: string, depth: number): Level | undefined {
    const o = field(node, "object");
    const p = field(node, "property");
    if (!o || !p || !/^(private_)?property_identifier$/.test(p.type)) return undefined;
    const name = this.text(p);
    if (o.type === "super") {
      const r = this.bound?.recv;
      const c = this.classOf(o);
      const from = r && c ? r.chain.indexOf(c) + 1 : 0;
      const g = r && from > 0 ? this.chainGetter(r, name, from) : undefined;
      return g && r ? this.runOn(g, node, r, cls, depth) : undefined;
    }
    const rs = this.receivers(o);
    if (!rs?.length) return undefined;
    let out: Level = Level.CONST;
    for (const r of rs) {
      const v = this.propOf(r, name, node, cls, depth);
      if (v === undefined) return undefined;
      out = Math.max(out, v) as Level;
    }
    return out;
  }

  private propOf(r: Recv, name: string, at: SyntaxNode, cls: string, depth: number): Level | undefined {
    const vals: { v: SyntaxNode; frame: Frame | undefined }[] = [];
    const stat = !r.made;
    if (r.vetted?.has(name)) return Level.CONST;
    // (an exported class's statics may be set by any importer)
    if (stat && r.chain.some((k) => this.classExportedUncached(k))) return undefined;
    // (a store through a setter runs the setter: left to the accessor models)
    const setter = r.chain.some((k) =>
      namedChildren(field(k, "body") ?? k).some(
        (m) =>
          m.type === "method_definition" &&
          m.children.some((c) => c.type === "set") &&
          this.memberName(m) === name,
      ),
    );
    if (setter) return undefined;
    for (let k = 0; k < r.chain.length; k++) {
      const klass = r.chain[k]!;
      const own = this.ownStores(klass);
      if (own.opaque) return undefined;
      const body = field(klass, "body");
      for (const m of body ? namedChildren(body) : []) {
        if (!/^(public_)?field_definition$/.test(m.type) || this.memberName(m) !== name) continue;
        if (this.isStaticMember(m) !== stat) continue;
        const v = field(m, "value");
        if (v) vals.push({ v, frame: this.mkFrame(m, r.made ?? m, undefined, r) });
      }
      for (const a of own.stores.get(name) ?? []) {
        let member: SyntaxNode | null = a;
        if (this.isClassNode(klass)) {
          while (member && member.parent?.type !== "class_body") member = member.parent;
          if (!member || this.isStaticMember(member) !== stat) continue;
        } else {
          if (stat) continue;
          member = this.thisFunction(a) ?? null;
        }
        const ctor = this.ctorOf(klass);
        let frame: Frame | undefined;
        // (an object Object.create made ran no constructor)
        if (ctor && member === ctor && r.made?.type !== "new_expression") continue;
        if (ctor && member === ctor) {
          const cc = this.ctorCall(r, k);
          frame = cc && this.mkFrame(ctor, cc.call, cc.frame, r);
        } else {
          // A store in a method: only the calls of that method on this very instance run it, each with its own
          // arguments (`qb.orderBy(req.query.sort)` on another builder does not set this one's order).
          const on = member && member !== ctor ? this.callsOn(r, member, 0) : undefined;
          if (on) {
            for (const c of on) {
              const f = this.mkFrame(member!, c.call, c.outer, r);
              if (!f) return undefined;
              const right = field(a, "right");
              if (right) vals.push({ v: right, frame: f });
            }
            continue;
          }
          frame = this.mkFrame(klass, r.made ?? a, undefined, r);
        }
        if (!frame) return undefined;
        const right = field(a, "right");
        if (right) vals.push({ v: right, frame });
      }
      // `constructor(private readonly sort: string)`: the argument the constructor was run with.
      const ctor = stat ? undefined : this.ctorOf(klass);
      const ps = ctor
        ? namedChildren(field(ctor, "parameters") ?? ctor).filter((c) => c.type !== "comment")
        : [];
      const at0 = ps.findIndex(
        (q) =>
          q.children.some((c) => c.type === "accessibility_modifier" || c.type === "readonly") &&
          this.text(field(q, "pattern") ?? q) === name,
      );
      if (at0 >= 0) {
        const cc = this.ctorCall(r, k);
        if (!cc) return undefined;
        const arg = this.args(cc.call)[at0];
        if (arg?.type === "spread_element") return undefined;
        const v = arg ?? field(ps[at0]!, "value");
        if (v) vals.push({ v, frame: cc.frame });
      }
    }
    // Stores from outside the class: onto this very instance, an unknown object, or (static) the class by name.
    for (const a of this.outsideStores(name)) {
      const left = field(a, "left")!;
      const obj = field(left, "object")!;
      const saved = this.bound;
      this.bound = undefined;
      let rs: Recv[] | undefined;
      try {
        rs = this.receivers(obj);
      } finally {
        this.bound = saved;
      }
      const mine = rs?.some((x) => (stat ? !x.made && x.chain[0] === r.chain[0] : x.made === r.made));
      if ((rs && !mine) || (stat && !rs)) continue;
      const right = field(a, "right");
      if (right) vals.push({ v: right, frame: undefined });
    }
    // A container member (`this.parts = []` pushed to by methods: fieldHeld) is read by the container model.
    if (
      vals.some(({ v }) => {
        const u = this.unwrap(v);
        return (
          u.type === "array" ||
          u.type === "object" ||
          (u.type === "new_expression" &&
            /^(Map|WeakMap|Set|WeakSet|Array|URLSearchParams|FormData|Headers)$/.test(
              this.text(field(u, "constructor") ?? u),
            ))
        );
      })
    )
      return undefined;
    if (!vals.length) {
      const g = this.chainGetter(r, name, 0);
      if (g) return this.runOn(g, at, r, cls, depth);
      return undefined;
    }
    let out: Level = Level.CONST;
    const saved = this.bound;
    try {
      for (const { v, frame } of vals) {
        this.bound = frame;
        out = Math.max(out, this.eval(v, cls, depth + 1)) as Level;
      }
    } finally {
      this.bound = saved;
    }
    return out;
  }

  /**
   * The calls that run method `m` (a plain method of r's chain) on the instance r: `o.m(...)` whose receivers
   * include r's `new`, and `this.m(...)` / `super.m(...)` inside another method of the chain that is itself run on
   * r (with that call's frame as their outer frame). Undefined when some call of that name may reach r unseen (its
   * receiver is not worked out, the method is handed over, the class is exported, the instance is no `new` of this
   * file, or a constructor calls it).
   */
  private callsOn(
    r: Recv,
    m: SyntaxNode,
    depth: number,
  ): { call: SyntaxNode; outer: Frame | undefined }[] | undefined {
    if (depth > 3 || r.made?.type !== "new_expression" || m.type !== "method_definition") return undefined;
    if (m.children.some((c) => c.type === "get" || c.type === "set" || c.type === "static")) return undefined;
    const name = this.memberName(m);
    const calls = this.callsByName.get(name) ?? [];
    // (a name called all over the file is not followed: each call's receiver would be worked out)
    if (calls.length > 40 || this.handedOver(name) || r.chain.some((k) => this.classExportedUncached(k)))
      return undefined;
    const memo = `${r.key}|${m.start}|${depth}`;
    if (this.callsOnMemo.has(memo)) return this.callsOnMemo.get(memo) ?? undefined;
    this.callsOnMemo.set(memo, null);
    const hit = this.callsOnUncached(r, m, name, calls, depth);
    this.callsOnMemo.set(memo, hit ?? null);
    return hit;
  }

  private readonly callsOnMemo = new Map<string, { call: SyntaxNode; outer: Frame | undefined }[] | null>();
  private callsOnUncached(
    r: Recv,
    m: SyntaxNode,
    name: string,
    calls: SyntaxNode[],
    depth: number,
  ): { call: SyntaxNode; outer: Frame | undefined }[] | undefined {
    const out: { call: SyntaxNode; outer: Frame | undefined }[] = [];
    for (const c of calls) {
      const f = field(c, "function");
      if (f?.type !== "member_expression") continue;
      const o = this.unwrap(field(f, "object")!);
      if (o.type === "this" || o.type === "super") {
        const owner = this.ownerOf(c);
        const at = owner ? r.chain.indexOf(owner) : -1;
        if (at < 0) continue;
        if (this.chainMethod(r, name, o.type === "super" ? at + 1 : 0) !== m) continue;
        const m2 = this.thisFunction(c);
        if (!m2 || m2 === m || m2.type !== "method_definition" || this.ctorOf(owner!) === m2)
          return undefined;
        const outer = this.callsOn(r, m2, depth + 1);
        if (!outer) return undefined;
        for (const x of outer) {
          const fr = this.mkFrame(m2, x.call, x.outer, r);
          if (!fr) return undefined;
          out.push({ call: c, outer: fr });
        }
        continue;
      }
      const saved = this.bound;
      this.bound = undefined;
      let rs: Recv[] | undefined;
      try {
        rs = this.receivers(o);
      } finally {
        this.bound = saved;
      }
      if (!rs) return undefined;
      if (rs.some((x) => x.made === r.made && this.chainMethod(x, name, 0) === m))
        out.push({ call: c, outer: undefined });
    }
    return out;
  }

  /**
   * `xs.map(this.m)`, `xs.map(this.m.bind(this))`, `xs.map(obj.m)` with m a method (or function field) of a class of
   * this file: what m returns with its first parameter reading the array's elements. For `this.m` outside a known
   * receiver, every override of m in a subclass of the enclosing class counts. Undefined when not worked out.
   */
  private callbackByRef(call: SyntaxNode, cb: SyntaxNode, elems: SyntaxNode, cls: string, depth: number) {
    let c = this.unwrap(cb);
    // `this.quote.bind(this)`: the same function (a bound first argument would shift the parameters)
    if (c.type === "call_expression" && this.method(c) === "bind" && this.args(c).length <= 1)
      c = field(fn0(c), "object") ?? c;
    const o = c.type === "member_expression" ? field(c, "object") : undefined;
    const p = c.type === "member_expression" ? field(c, "property") : undefined;
    if (!o || !p || !/^(private_)?property_identifier$/.test(p.type)) return undefined;
    const name = this.text(p);
    const cands: { fn: SyntaxNode; recv?: Recv }[] = [];
    const rs = o.type === "this" && !this.bound?.recv ? undefined : this.receivers(o);
    if (rs?.length) {
      for (const r of rs) {
        const m = this.chainMethod(r, name, 0);
        if (!m) return undefined;
        cands.push({ fn: m, recv: r });
      }
    } else if (o.type === "this") {
      const k = this.classOf(c);
      if (!k) return undefined;
      const chainOfClass = (klass: SyntaxNode): Recv => ({
        chain: [klass, ...this.superChain(klass, undefined, 0).chain],
        open: false,
        made: c,
        key: "",
      });
      const m = this.chainMethod(chainOfClass(k), name, 0);
      if (!m) return undefined;
      cands.push({ fn: m });
      this.classNodes("");
      for (const list of this.classIdx!.values())
        for (const sub of list) {
          const ch = chainOfClass(sub);
          if (sub === k || !ch.chain.includes(k)) continue;
          const own = this.chainMethod({ ...ch, chain: [sub] }, name, 0);
          if (own) cands.push({ fn: own });
        }
    } else return undefined;
    let out: Level = Level.CONST;
    for (const { fn, recv } of cands) {
      const frame = this.plainParams(fn)?.length ? this.mkFrame(fn, call, this.bound, recv) : undefined;
      if (!frame) return undefined;
      frame.elems = elems;
      const saved = this.bound;
      this.bound = frame;
      try {
        out = Math.max(
          out,
          this.max(
            returnedValues(fn).filter((x) => !this.isDead(x)),
            cls,
            depth,
          ),
        ) as Level;
      } finally {
        this.bound = saved;
      }
    }
    return out;
  }

  /** The `this.p` members a condition vets for its true side (`SET.has(this.p)`, `/^\w+$/.test(this.p)`). */
  private vettedMembers(cond: SyntaxNode): string[] {
    const out: string[] = [];
    for (const d of [cond, ...descendantsOf(cond)]) {
      if (d.type !== "member_expression" || field(d, "object")?.type !== "this") continue;
      const p = this.text(field(d, "property") ?? d);
      if (!out.includes(p) && this.vets(cond, this.text(d))) out.push(p);
    }
    return out;
  }

  /** `new X(...)` of a class of this file with a toString method, read as text (`${cmd}`, String(cmd)). */
  private receiverText(made: SyntaxNode, cls: string, depth: number): Level | undefined {
    const rs = this.receivers(made);
    if (!rs?.length) return undefined;
    let out: Level = Level.CONST;
    for (const r of rs) {
      const m = this.chainMethod(r, "toString", 0);
      const v = m && this.runOn(m, made, r, cls, depth);
      if (v === undefined) return undefined;
      out = Math.max(out, v) as Level;
    }
    return out;
  }

  /**
   * The literal text a built string starts with (`'/login?next=' + x`, `` `https://api.example.com/${id}` ``),
   * through names bound once; undefined when it starts with a run-time value.
   */
  leadingText(node: SyntaxNode | undefined, depth = 0): string | undefined {
    const n = depth < 4 ? this.resolve(node, 1) : node;
    if (!n || depth > 8) return undefined;
    if (n.type === "string") return this.stringValue(n);
    if (n.type === "template_string") {
      const first = n.children.find((c) => c.type !== "`");
      if (first?.type === "string_fragment") return this.text(first);
      // `${API_ROOT}/orders`: the template starts with whatever the first value's own literal start is.
      if (first?.type === "template_substitution")
        return (
          this.leadingText(
            namedChildren(first).find((c) => c.type !== "comment"),
            depth + 1,
          ) ?? ""
        );
      return "";
    }
    if (n.type === "binary_expression") return this.leadingText(field(n, "left"), depth + 1);
    if (n.type === "parenthesized_expression") return this.leadingText(namedChildren(n)[0], depth + 1);
    const tpl = n.type === "call_expression" ? this.orderedTag(n) : undefined;
    if (tpl) return this.leadingText(tpl, depth + 1);
    // `describeKey(b)` of `const describeKey = (b) => \`branch.${b}.description\``: a helper declared in the file
    // starts its value with the literal start every one of its returns shares.
    const own = n.type === "call_expression" ? this.localFunction(n) : undefined;
    if (own) {
      const heads = returnedValues(own).map((r) => this.leadingText(r, depth + 1));
      if (!heads.length || heads.some((h) => h === undefined)) return undefined;
      let common = heads[0]!;
      for (const h of heads) while (!h!.startsWith(common)) common = common.slice(0, -1);
      return common;
    }
    // `util.format('/login?next=%s', x)`: the format string's text before its first conversion.
    if (n.type === "call_expression" && /^(util\.format|node:util\.format)$/.test(this.callee(n))) {
      const fmt = this.stringValue(this.args(n)[0]);
      return fmt === undefined ? undefined : fmt.split(/%[sdifjoOc]/)[0]!.replace(/%%/g, "%");
    }
    return undefined;
  }

  /**
   * The template of a tagged template whose tag joins the literal parts and the values in order: String.raw, or a
   * tag declared here that returns `strings.reduce(...)` over its first parameter (or `String.raw(strings, ...)`).
   */
  orderedTag(call: SyntaxNode): SyntaxNode | undefined {
    const tpl = field(call, "arguments");
    if (tpl?.type !== "template_string") return undefined;
    if (this.callee(call) === "String.raw") return tpl;
    const tag = this.localFunction(call);
    const params = tag && (field(tag, "parameters") ?? field(tag, "parameter"));
    const p0 =
      params?.type === "identifier"
        ? params
        : params && namedChildren(params).find((c) => c.type !== "comment");
    const id = p0?.type === "required_parameter" ? field(p0, "pattern") : p0;
    const first = id?.type === "identifier" ? this.text(id) : undefined;
    const rets = tag ? returnedValues(tag) : [];
    if (!first || !rets.length) return undefined;
    const others = (this.plainParams(tag!) ?? []).map((p) => p.name);
    // (`...values`, typed or not: TypeScript wraps it in a required_parameter.)
    const restName = params ? descendantsOf(params).find((c) => c.type === "rest_pattern") : undefined;
    const rest = restName ? namedChildren(restName).find((c) => c.type === "identifier") : undefined;
    if (rest) others.push(this.text(rest));
    const mentions = (n: SyntaxNode | undefined, names: string[]) =>
      !!n && [n, ...descendantsOf(n)].some((d) => d.type === "identifier" && names.includes(this.text(d)));
    const joins = (r: SyntaxNode): boolean => {
      // `let out = strings[0]; for (...) out += values[i] + strings[i + 1]; return out;`: the parts and the values
      // appended in turn to an accumulator.
      if (r.type === "identifier") {
        const name = this.text(r);
        const decl = (this.decls.get(name) ?? []).find((d) => enclosingFunction(d) === tag);
        const adds = (this.augments.get(name) ?? []).filter((a) => enclosingFunction(a) === tag);
        const v = decl && field(decl, "value");
        return (
          !!v &&
          (mentions(v, [first!]) || v.type === "string") &&
          adds.length > 0 &&
          adds.some((a) =>
            mentions(
              field(a, "right"),
              others.filter((o) => o !== first),
            ),
          )
        );
      }
      if (r.type !== "call_expression") return false;
      const f = field(r, "function");
      if (this.callee(r) === "String.raw") return this.text(this.args(r)[0] ?? r) === first;
      // `strings.map((s, i) => s + (values[i] ?? '')).join('')`: each part followed by its value.
      const inner = f?.type === "member_expression" ? field(f, "object") : undefined;
      if (this.method(r) === "join" && inner?.type === "call_expression" && this.method(inner) === "map") {
        const fi = field(inner, "function");
        return (
          fi?.type === "member_expression" &&
          this.text(field(fi, "object") ?? fi) === first &&
          mentions(
            this.args(inner)[0],
            others.filter((o) => o !== first),
          )
        );
      }
      return (
        f?.type === "member_expression" &&
        this.text(field(f, "object") ?? f) === first &&
        this.method(r) === "reduce"
      );
    };
    return rets.every(joins) ? tpl : undefined;
  }

  /**
   * A URL whose origin the code fixes: its literal start names a scheme and host followed by a path, or is a
   * same-origin path (`/x`, not the protocol-relative `//`). Only the path or query can vary.
   */
  /**
   * `'https://example.com' + req.originalUrl`, `env.API_ORIGIN + url.pathname`: an origin the request does not
   * pick (a literal scheme and host, or the program's own value such as its configuration), then a path that always
   * starts with '/' - a parsed URL's pathname, or an Express / Koa request's path (`req.originalUrl`, `req.path`,
   * `ctx.path`; the request line's target, which Node's parser only admits as '/...' or 'scheme://...'). The path
   * cannot move the host.
   */
  private originThenPath(head: SyntaxNode, origin: unknown, next: SyntaxNode): boolean {
    if (next.type !== "member_expression") return false;
    const prop = this.text(field(next, "property") ?? next);
    let path = false;
    if (prop === "pathname") {
      const made = this.resolve(field(next, "object") ?? undefined);
      path = made?.type === "new_expression" && this.callee(made) === "URL";
    } else path = /^(req|ctx|ctx\.request)\.(originalUrl|url|path)$/.test(this.text(next));
    if (!path) return false;
    if (typeof origin === "string") return /^[a-z][\w+.-]*:\/\/[^/?#\s@]+$/i.test(origin);
    return head.type !== "string_fragment" && this.level(head, "url") < Level.SOURCE;
  }

  fixedOrigin(node: SyntaxNode | undefined): boolean {
    // `new URL('/dashboard', req.url)`: a path resolved against the request's own URL stays on its origin.
    const r = node && (this.resolve(node) ?? node);
    if (r?.type === "new_expression" && this.callee(r) === "URL") {
      const first = this.constValue(this.args(r)[0]);
      if (typeof first === "string" && /^\/[^/\\]/.test(first)) return true;
      // `new URL('/app/' + encodeURIComponent(to), request.url)`: a literal path start, then anything - the base's
      // origin stays (only a lone '/' or '//' in front could let the rest name a host).
      // The base must be the request's or page's own URL, or one the request does not pick.
      const [path, base] = this.args(r);
      const lead = this.leadingText(path);
      if (
        base &&
        lead !== undefined &&
        /^\/[^/\\]/.test(lead) &&
        (/^(req|request|ctx|ctx\.request)\.(url|originalUrl|nextUrl)(\.href)?$|^(window\.|document\.)?location(\.href|\.origin)?$|^import\.meta\.url$/.test(
          this.text(base),
        ) ||
          this.level(base, "url") < Level.SOURCE)
      )
        return true;
    }
    const lead = this.leadingText(node);
    if (
      lead !== undefined &&
      (/^[a-z][\w+.-]*:\/\/[^/?#\s]+[/?#]/i.test(lead) ||
        /^\/[^/\\]/.test(lead) ||
        /^[?#]/.test(lead) ||
        /^[\w.-]+\//.test(lead))
    )
      return true;
    // `someUrl() + '?next=' + x`: every non-literal piece before the query or fragment is the program's own.
    const pieces = this.pieces(node);
    if (!pieces) return false;
    // `${document.location}?cmd=x`, `location.href + '&page=2'`: the page's own URL in front, path included, so the
    // origin is the page's; only the path, query or fragment vary. (Not `location.origin`, which has no path:
    // `location.origin + '@evil.example/'` names another host.)
    if (
      pieces.length > 1 &&
      /^(window\.|document\.|self\.)?location(\.href)?$|^document\.(URL|documentURI|baseURI)$/.test(
        this.text(pieces[0]!),
      )
    )
      return true;
    // `'https://api.example.com' + url.pathname + url.search`: a parsed URL's pathname always starts with '/', so
    // the origin written before it stays the host.
    const [head, next] = pieces;
    const origin = head?.type === "string_fragment" ? this.text(head) : this.constValue(head);
    if (
      typeof origin === "string" &&
      /^[a-z][\w+.-]*:\/\/[^/?#\s@]+$/i.test(origin) &&
      next?.type === "member_expression" &&
      this.text(field(next, "property") ?? next) === "pathname"
    ) {
      const made = this.resolve(field(next, "object") ?? undefined);
      if (made?.type === "new_expression" && this.callee(made) === "URL") return true;
    }
    if (head && next && this.originThenPath(head, origin, next)) return true;
    for (const p of pieces) {
      // A name bound to a literal (`const HASH = '#'`) is that literal.
      const bound = p.type === "identifier" ? this.constValue(p) : undefined;
      const text =
        p.type === "string" || p.type === "string_fragment"
          ? this.text(p)
          : typeof bound === "string"
            ? bound
            : undefined;
      if (text !== undefined) {
        if (/[?#]/.test(text)) return true;
        // `res.locals.baseHref + 'db/' + name`: a path segment closed by '/' after the program's own prefix - the
        // origin is settled before the request's part (a lone '/' is not: `'' + '/' + '/evil.example'`).
        const lit = p.type === "string" ? (this.stringValue(p) ?? "") : text;
        if (p !== pieces[0] && /^\/?[\w.~%-]+\//.test(lit)) return true;
        continue;
      }
      if (this.level(p, "redirect") >= Level.PARAM) return false;
    }
    return false;
  }

  /** The pieces of a `+` concatenation or template literal, left to right (through one name binding). */
  private pieces(node: SyntaxNode | undefined, depth = 0): SyntaxNode[] | undefined {
    const n = depth === 0 ? this.resolve(node, 1) : node;
    if (!n || depth > 10) return undefined;
    if (n.type === "parenthesized_expression") return this.pieces(namedChildren(n)[0], depth + 1);
    if (n.type === "template_string")
      return n.children.flatMap((c) =>
        c.type === "string_fragment" ? [c] : c.type === "template_substitution" ? namedChildren(c) : [],
      );
    if (n.type === "binary_expression" && n.children.some((c) => !c.named && c.type === "+"))
      return [
        ...(this.pieces(field(n, "left"), depth + 1) ?? [field(n, "left")!]),
        ...(this.pieces(field(n, "right"), depth + 1) ?? [field(n, "right")!]),
      ];
    // `['/search?q=', q].join('')`: an array literal joined with a literal separator is its elements in order
    // (a separator holding '?' or '#' could itself start the query, so only others).
    if (n.type === "call_expression" && this.method(n) === "join") {
      const f = field(n, "function");
      const arr = f?.type === "member_expression" ? field(f, "object") : undefined;
      const sepArgs = this.args(n);
      const sep = sepArgs.length ? this.stringValue(sepArgs[0]) : ",";
      if (arr?.type === "array" && sep !== undefined && !/[?#]/.test(sep) && sepArgs.length <= 1) {
        const items = namedChildren(arr).filter((c) => c.type !== "comment");
        if (items.length && items.every((i) => i.type !== "spread_element"))
          return items.flatMap((i) => this.pieces(i, depth + 1) ?? [i]);
      }
    }
    return depth === 0 ? undefined : [n];
  }

  /**
   * An allow-list check with an early exit earlier in the same function: `if (!ALLOWED.has(x)) return ...;`,
   * `if (!/^[\w.]+$/.test(x)) throw ...`.
   */
  /**
   * An exit guard before the call `node` (`if (!ALLOWED.has(x)) return;`, `if (!isValidHost(h)) throw ...`,
   * `if (LIST.indexOf(x) === -1) return;`) that checks what the call's arguments carry: every non-constant value in
   * them is a checked value or derives from one. A check of another variable (`if (!FORMATS.includes(format))
   * return;` before `exec('cat ' + name)`) exempts nothing.
   */
  guardedBefore(node: SyntaxNode): boolean {
    const args = node.type === "call_expression" || node.type === "new_expression" ? this.args(node) : [];
    if (!args.length) return false;
    // A callback (`conn.on('ready', () => exec(cmd))`) runs after the checks of the functions around it.
    for (let fn = enclosingFunction(node); fn; fn = fn.parent ? enclosingFunction(fn.parent) : undefined) {
      // (the guard patterns scan the function's text before the call: a step per 256 characters of it)
      this.charge(1 + ((node.start - fn.start) >> 8));
      if (!this.exitGuardIn(this.tree.source.slice(fn.start, node.start)) && !this.ifs.get(fn)) continue;
      const checked = new Set<string>();
      for (const s of this.ifs.get(fn) ?? []) {
        this.charge();
        if (s.order >= node.order || node.start < s.end) continue;
        let block = s.parent;
        // `for (const ch of expr) { if (!ALLOWED.has(ch)) return ''; }`: every item of expr passed the check
        // once the loop is done (the exit leaves the function, not just the loop).
        const loop = block?.type === "statement_block" ? block.parent : undefined;
        const each =
          loop?.type === "for_in_statement" &&
          block?.field === "body" &&
          loop.children.some((c) => !c.named && c.type === "of") &&
          node.start >= loop.end
            ? loop
            : undefined;
        if (each) block = each.parent;
        if (block?.type === "statement_block" && (node.start < block.start || node.end > block.end)) continue;
        const cond = field(s, "condition");
        const then = field(s, "consequence");
        if (!cond || !then) continue;
        const head = this.tree.source.slice(s.start, then.end);
        const exits = blockExits(then) || this.koaThrow(then) || this.exitGuardIn(head);
        if (!exits) continue;
        // The values the condition's calls test: `x` of `SET.has(x)`, `/^\w+$/.test(x)`, `isValid(x)`.
        const tested = descendantsOf(cond)
          .filter((c) => c.type === "call_expression")
          .flatMap((c) => this.args(c))
          .filter((a) => a.type === "identifier" || a.type === "member_expression")
          .map((a) => this.text(a));
        const item = each && field(each, "left");
        const over = each && field(each, "right");
        for (const name of tested) {
          if (!this.exitGuardIn(head) && !this.refutes(cond, name)) continue;
          // (`names.add(x); if (!names.has(x)) return;`: the list was fed the value it checks.)
          const fed = descendantsOf(cond).some((c) => {
            const fn = c.type === "call_expression" ? field(c, "function") : undefined;
            const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
            const a = this.args(c);
            return (
              !!recv &&
              /^(has|includes)$/.test(this.method(c)) &&
              a.length === 1 &&
              this.uncastText(a[0]!) === name &&
              this.addsTo(this.text(recv), name)
            );
          });
          if (fed) continue;
          if (!each) checked.add(name);
          else if (item?.type === "identifier" && this.text(item) === name && over)
            checked.add(this.text(over));
        }
      }
      if (checked.size && args.every((a) => this.derivesFrom(a, checked, 0))) return true;
    }
    return false;
  }

  /** Whether every non-constant value `n` carries is one of `names` (or a property of one, or a copy of one). */
  private derivesFrom(n: SyntaxNode, names: Set<string>, depth: number): boolean {
    if (depth > 8) return false;
    const text = this.text(n);
    if (names.has(text)) return true;
    for (const k of names) if (text.startsWith(k + ".") || text.startsWith(k + "[")) return true;
    switch (n.type) {
      case "string":
      case "number":
      case "regex":
      case "true":
      case "false":
      case "null":
      case "undefined":
      case "string_fragment":
      case "escape_sequence":
      case "comment":
      case "property_identifier":
      case "arrow_function":
      case "function_expression":
        return true;
      case "identifier": {
        if (this.level(n, "command") === Level.CONST) return true;
        const v = this.resolve(n, 1);
        return !!v && v !== n && this.derivesFrom(v, names, depth + 1);
      }
      case "member_expression": {
        const obj = field(n, "object");
        return !!obj && this.derivesFrom(obj, names, depth + 1);
      }
      case "call_expression": {
        const f = field(n, "function");
        const parts = [...(f?.type === "member_expression" ? [field(f, "object")] : []), ...this.args(n)];
        return parts.every((p) => !p || this.derivesFrom(p, names, depth + 1));
      }
      default:
        return namedChildren(n).every((c) => this.derivesFrom(c, names, depth + 1));
    }
  }

  /**
   * `this.x` inside a class whose field `x` is initialised in its declaration (`algorithm = 'aes-128-ecb'`) and
   * that no `this.x = ...` in the file writes: the initialiser. Undefined otherwise.
   */
  private fieldInit(node: SyntaxNode): SyntaxNode | undefined {
    if (node.type !== "member_expression" || field(node, "object")?.type !== "this") return undefined;
    const prop = this.text(field(node, "property") ?? node);
    if (this.memberWrites.get(prop)?.length) return undefined;
    // (`this.n++`, `this.n += 1`, `Object.assign(this, opts)`, `this[k] = v`, `self.n = ...` write it too.)
    let written = this.fieldWritten.get(prop);
    if (written === undefined) {
      const p = prop.replace(/\$/g, "\\$");
      written = sourceMatches(
        this.tree,
        `\\.${p}\\s*(\\+\\+|--|[-+*/%&|^]=|\\*\\*=|<<=|>>>?=|\\?\\?=|\\|\\|=|&&=|=(?!=))|(\\+\\+|--)\\s*this\\.${p}\\b|Object\\.assign\\(\\s*this\\b|\\bthis\\s*\\[`,
      );
      this.fieldWritten.set(prop, written);
    }
    if (written) return undefined;
    const body = field(this.classOf(node) ?? node, "body");
    if (body?.type !== "class_body") return undefined;
    const defs = this.classFields(body, prop).filter((m) => !m.children.some((c) => c.type === "static"));
    return defs.length === 1 ? (field(defs[0]!, "value") ?? undefined) : undefined;
  }

  /** The field declarations (`x = v`, `private readonly x = v`) of a class body named `name`. */
  private classFields(body: SyntaxNode, name: string): SyntaxNode[] {
    return namedChildren(body).filter(
      (m) =>
        /field_definition$/.test(m.type) && this.text(field(m, "name") ?? field(m, "property") ?? m) === name,
    );
  }

  /** `ctx.throw(404);` (Koa; `this.throw` in its generator middleware): a statement that always throws. */
  private koaThrow(st: SyntaxNode | undefined): boolean {
    const e = st?.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const f = e?.type === "call_expression" ? field(e, "function") : undefined;
    return !!f && /^(ctx|context|this)\.throw$/.test(this.text(f));
  }

  private exitGuardIn(before: string): boolean {
    return (
      // `if (!ALLOWED.has(x)) return`, and a regex literal's test: `if (!/^[\w.-]+$/.test(x)) return`. The pattern
      // must hold the whole string (^...$, no m flag): `/\d+/` passes any text with a digit in it.
      /if\s*\(\s*!\s*(?:[\w.$]+|\/\^(?:[^/\\\n]|\\.)+\$\/[gisuy]*)\.(has|test|includes)\([^)]*\)\s*\)\s*\{?\s*(return|throw)/.test(
        before,
      ) ||
      // `if (!isValidHost(h)) return ...`, `if (!validator.isAlphanumeric(x)) throw ...`: a validator named so;
      // several joined by && (`if (!ip.isV4Format(a) && !ip.isV6Format(a)) return ...`: a passes one of them).
      VALIDATOR_GUARD.test(before)
    );
  }

  enclosingFunction(n: SyntaxNode): SyntaxNode | undefined {
    return enclosingFunction(n);
  }

  level(node: SyntaxNode | undefined, cls: string): Level {
    return this.eval(node, cls, 0);
  }

  /**
   * The value of an expression built from literals (strings, numbers, booleans, null, `!`, comparisons, `&&`,
   * `||`, and names declared once with `const` from such values); undefined when it depends on run-time data.
   */
  constValue(node: SyntaxNode | undefined, depth = 0): string | number | boolean | null | undefined {
    this.charge();
    if (!node || depth > 10) return undefined;
    if (node.type === "subscript_expression" || node.type === "call_expression") {
      // The container models ask constValue about branch conditions again (`if (a[0]) a.push(x)`): no cycles.
      if (this.constBusy.has(node)) return undefined;
      this.constBusy.add(node);
      try {
        return this.constContainerRead(node, depth);
      } finally {
        this.constBusy.delete(node);
      }
    }
    switch (node.type) {
      case "string":
        return this.stringValue(node);
      case "template_string": {
        // `aes-${BITS}-ecb` with BITS a constant: the text it spells.
        let out = "";
        for (const c of node.children) {
          if (c.type === "template_substitution") {
            const v = this.constValue(namedChildren(c)[0], depth + 1);
            if (v === undefined) return undefined;
            out += String(v);
          } else if (c.type === "string_fragment") out += this.text(c);
          else if (c.type === "escape_sequence") return undefined;
        }
        return out;
      }
      case "number": {
        const v = Number(this.text(node));
        return Number.isNaN(v) ? undefined : v;
      }
      case "true":
        return true;
      case "false":
        return false;
      case "null":
        return null;
      case "parenthesized_expression":
        return this.constValue(namedChildren(node)[0], depth + 1);
      // `Mode.Fixed as Mode`, `x satisfies T`, `x!`: the expression's value; the type names no data.
      case "as_expression":
      case "satisfies_expression":
      case "non_null_expression":
        return this.constValue(namedChildren(node)[0], depth + 1);
      case "identifier": {
        const name = this.text(node);
        // A loop variable while one of the values it takes is tried (see loopUnreached).
        const lb = this.loopBound;
        if (lb && lb.name === name && lb.loop.start <= node.start && node.end <= lb.loop.end) return lb.value;
        // A parameter of the helper whose call is being read (`loadTitle(raw, false)`): that call's argument, or the
        // default when it passes none, while the helper never reassigns it.
        const b = this.bound;
        if (b && enclosingFunction(node) === b.fn) {
          const ps = this.plainParams(b.fn);
          const i = ps ? ps.findIndex((p) => p.name === name) : -1;
          if (i >= 0) {
            if ((this.assigns.get(name) ?? []).some((a) => enclosingFunction(a) === b.fn)) return undefined;
            if ((this.augments.get(name) ?? []).some((a) => enclosingFunction(a) === b.fn)) return undefined;
            const arg = this.args(b.call)[i];
            if (
              this.args(b.call)
                .slice(0, i + 1)
                .some((a) => a.type === "spread_element")
            )
              return undefined;
            const v = arg ?? ps![i]!.dflt;
            return v ? this.constValue(v, depth + 1) : undefined;
          }
        }
        // The one `const` of that name in scope here (handlers often each declare their own `algo`).
        // (a name reassigned and declared in several functions: the one declaration in this function)
        const fnHere = enclosingFunction(node);
        const own = this.inFn(this.decls.get(name), fnHere);
        const mine = own
          .slice(
            0,
            this.countBefore(own, node, (x) => x),
          )
          .filter((x) => {
            const b = x.parent?.parent;
            return (
              x.order < node.order &&
              enclosingFunction(x) === fnHere &&
              !!b &&
              b.start <= node.start &&
              node.end <= b.end
            );
          });
        const d = this.scopedDecl(name, undefined, node)?.decl ?? (mine.length === 1 ? mine[0] : undefined);
        if (!d) return undefined;
        if (d.parent?.type !== "lexical_declaration" || !/^const\b/.test(this.text(d.parent))) {
          // `let algo; switch (LEVEL) { case 2: algo = 'des-ede3-cbc'; break; ... }`: the assignments that reach
          // here, when one always runs and they agree.
          const held = this.assignedInPlay(node);
          if (!held || held.declToo || !held.values.length) return undefined;
          const vals = held.values.map((v) => this.constValue(v, depth + 1));
          return vals.every((v) => v !== undefined && v === vals[0]) ? vals[0] : undefined;
        }
        return this.constValue(field(d, "value"), depth + 1);
      }
      case "ternary_expression": {
        // `7 * 3 > 20 ? 'md5' : 'sha256'`: a constant condition picks one side.
        const c = this.constValue(field(node, "condition"), depth + 1);
        if (c === undefined) return undefined;
        return this.constValue(field(node, truthy(c) ? "consequence" : "alternative"), depth + 1);
      }
      case "member_expression": {
        // `'abc'.length`: the length of a constant string; `settings.title` of a literal never written through.
        if (this.text(field(node, "property") ?? node) !== "length") {
          const element = this.literalElement(node);
          if (element) return this.constValue(element, depth + 1);
          // `Mode.Fixed`, `Digest.Old` of a TS enum declared once in the file (members are read-only).
          const member = this.enumMember(node, depth);
          if (member !== undefined) return member;
          // `Digest.CURRENT` of a class's static field nothing stores into.
          const statics = this.staticMember(node);
          if (statics) return statics.length === 1 ? this.constValue(statics[0], depth + 1) : undefined;
          // `this.algorithm` of `private readonly algorithm = 'aes-128-ecb'` in the class around, never assigned.
          const init = this.fieldInit(node);
          if (init) return this.constValue(init, depth + 1);
          // `cfg.algo` of `const cfg = Object.assign({}, DEFAULTS, { encoding: 'hex' })`: the one pair that sets it.
          const merged = this.mergedProp(node);
          return merged?.length === 1 && merged[0]!.parent?.type === "pair"
            ? this.constValue(merged[0], depth + 1)
            : undefined;
        }
        const obj = field(node, "object");
        const v = this.constValue(obj, depth + 1);
        if (typeof v === "string") return v.length;
        // `stack.length` of a local array whose items are known here (after push/pop/shift/splice).
        const items = obj?.type === "identifier" ? this.arrayAt(this.text(obj), node)?.items : undefined;
        return items?.every((i) => !!i) ? items.length : undefined;
      }
      case "unary_expression": {
        const op = node.children.find((c) => !c.named)?.type;
        const v = this.constValue(field(node, "argument"), depth + 1);
        if (v === undefined) return undefined;
        if (op === "!") return !truthy(v);
        if (op === "-" && typeof v === "number") return -v;
        return undefined;
      }
      case "binary_expression": {
        const op = field(node, "operator")?.type ?? node.children.find((c) => !c.named)?.type;
        const a = this.constValue(field(node, "left"), depth + 1);
        if (op === "&&")
          return a === undefined
            ? undefined
            : truthy(a)
              ? this.constValue(field(node, "right"), depth + 1)
              : a;
        if (op === "||")
          return a === undefined
            ? undefined
            : truthy(a)
              ? a
              : this.constValue(field(node, "right"), depth + 1);
        if (op === "??")
          return a === undefined
            ? undefined
            : a !== null
              ? a
              : this.constValue(field(node, "right"), depth + 1);
        const b = this.constValue(field(node, "right"), depth + 1);
        if (a === undefined || b === undefined) return undefined;
        if (op === "+") return typeof a === "number" && typeof b === "number" ? a + b : String(a) + String(b);
        // `7 * 3 > 20`: plain arithmetic on numeric constants folds too.
        if (typeof a === "number" && typeof b === "number") {
          const n =
            op === "-"
              ? a - b
              : op === "*"
                ? a * b
                : op === "/"
                  ? a / b
                  : op === "%"
                    ? a % b
                    : op === "**"
                      ? a ** b
                      : undefined;
          if (n !== undefined) return Number.isFinite(n) ? n : undefined;
        }
        return compareConstants(op === "===" ? "==" : op === "!==" ? "!=" : (op ?? ""), a, b);
      }
      default:
        return undefined;
    }
  }

  /** The items of a `const` array literal that is only ever read by non-mutating method calls and indexing. */
  private readOnlyArray(name: string, use: SyntaxNode): SyntaxNode[] | undefined {
    const scoped = this.scopedDecl(name, "array", use);
    const decl = scoped?.decl;
    const literal = decl && field(decl, "value");
    if (!decl || !literal || !/^const\b/.test(this.text(decl.parent ?? decl))) return undefined;
    const used = this.methodCalls(name, decl, false, scoped.within);
    const READS = /^(find|findLast|findIndex|includes|indexOf|some|every|map|filter|forEach|join|slice|at)$/;
    if (!used || used.writes.length || used.calls.some((c) => !READS.test(c.method))) return undefined;
    return this.arrayLiteralElements(literal);
  }

  /**
   * For `name` bound at the top of object pattern `pattern` (`{ code }`, `{ code: c }`, `{ code = 'x' }`), the values
   * the step before a `.then` (`prev`, itself `p.then((b) => ({ ...b, code: 'x' }))`) can give that key: each of its
   * returns is an object literal setting the key after every spread (a default beside). Undefined otherwise.
   */
  private thenStepKey(
    prev: SyntaxNode | undefined,
    pattern: SyntaxNode,
    name: string,
  ): SyntaxNode[] | undefined {
    const step =
      prev?.type === "call_expression" && this.method(prev) === "then" ? this.args(prev)[0] : undefined;
    if (step?.type !== "arrow_function" && step?.type !== "function_expression") return undefined;
    let key: string | undefined;
    let dflt: SyntaxNode | undefined;
    for (const c of namedChildren(pattern)) {
      if (c.type === "shorthand_property_identifier_pattern" && this.text(c) === name) key = name;
      else if (c.type === "object_assignment_pattern" && this.text(field(c, "left") ?? c) === name)
        [key, dflt] = [name, field(c, "right") ?? undefined];
      else if (c.type === "pair_pattern" && field(c, "value")?.type === "identifier") {
        const k = field(c, "key");
        if (this.text(field(c, "value")!) === name && k && k.type !== "computed_property_name")
          key = this.text(k).replace(/^['"]|['"]$/g, "");
      }
    }
    const rets = returnedValues(step);
    if (key === undefined || !rets.length) return undefined;
    const out: SyntaxNode[] = dflt ? [dflt] : [];
    for (const r of rets) {
      let o: SyntaxNode | undefined = r;
      while (o?.type === "parenthesized_expression") o = namedChildren(o)[0];
      const hit = o?.type === "object" ? this.lastPair(o, key) : undefined;
      if (hit === undefined) return undefined;
      if (hit) out.push(hit);
    }
    return out;
  }

  /**
   * `HOSTS` of `const HOSTS = ['a', 'b'] as const` whose every use reads it (an index, a read-only method) or copies
   * it (`[...HOSTS]`, through a cast): its literal items. Undefined otherwise.
   */
  private copiedConstArray(id: SyntaxNode): SyntaxNode[] | undefined {
    const name = this.text(id);
    const scoped = this.scopedDecl(name, undefined, id);
    const decl = scoped?.decl;
    let literal = decl ? field(decl, "value") : null;
    while (literal && /^(as_expression|satisfies_expression)$/.test(literal.type))
      literal = namedChildren(literal)[0] ?? null;
    if (!decl || literal?.type !== "array" || !/^const\b/.test(this.text(decl.parent ?? decl)))
      return undefined;
    const used = this.methodCalls(name, decl, true, scoped.within);
    const READS = /^(find|findLast|findIndex|includes|indexOf|some|every|map|filter|forEach|join|slice|at)$/;
    if (!used || used.writes.length || used.calls.some((c) => !READS.test(c.method))) return undefined;
    for (const u of this.uses(name)) {
      if (
        u === field(decl, "name") ||
        (u.field === "object" && /^(member|subscript)_expression$/.test(u.parent?.type ?? ""))
      )
        continue;
      // (`typeof HOSTS` in a type: no run-time use)
      if (u.parent?.type === "type_query") continue;
      let c: SyntaxNode = u;
      let p = u.parent;
      while (p && /^(as_expression|satisfies_expression|parenthesized_expression)$/.test(p.type))
        [c, p] = [p, p.parent];
      const copied = p?.type === "spread_element" && p.parent?.type === "array";
      const castRead =
        c.field === "object" &&
        p?.type === "member_expression" &&
        READS.test(this.text(field(p, "property") ?? p)) &&
        p.parent?.type === "call_expression";
      if (!copied && !castRead) return undefined;
    }
    return this.arrayLiteralElements(literal);
  }

  /**
   * Values a function stores into the object named `name`: `name[k] = v` / `name.k = v` and the arguments of
   * `name.push/unshift/set/add(...)` inside `fn`.
   */
  private storedInto(fn: SyntaxNode, name: string): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (const n of descendantsOf(fn)) {
      if (n.type === "assignment_expression" || n.type === "augmented_assignment_expression") {
        const left = field(n, "left");
        const obj =
          left && /^(member|subscript)_expression$/.test(left.type) ? field(left, "object") : undefined;
        const right = field(n, "right");
        if (obj?.type === "identifier" && this.text(obj) === name && right) out.push(right);
      } else if (n.type === "call_expression" && /^(push|unshift|set|add)$/.test(this.method(n))) {
        const f = field(n, "function");
        const obj = f?.type === "member_expression" ? field(f, "object") : undefined;
        if (obj?.type === "identifier" && this.text(obj) === name) out.push(...this.args(n));
      }
    }
    return out;
  }

  /** The items of an array literal, or of a name bound to one (with its pushes), when all are in view. */
  private knownItems(recv: SyntaxNode): (SyntaxNode | undefined)[] | undefined {
    if (recv.type === "identifier")
      return this.arrayAt(this.text(recv), recv)?.items ?? this.readOnlyArray(this.text(recv), recv);
    return recv.type === "array" ? this.arrayLiteralElements(recv) : undefined;
  }

  /**
   * `MODES.find((m) => m.startsWith('des'))` on an array of constants: the first item the callback accepts, when
   * it is one comparison of its parameter (===, !==, startsWith, endsWith, includes, possibly negated) against a
   * constant. Undefined otherwise (and when no item matches).
   */
  private constFind(node: SyntaxNode, depth: number): string | number | boolean | null | undefined {
    const fn = field(node, "function");
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    const cb = this.args(node)[0];
    if (!recv || !/^(find|findLast)$/.test(this.method(node)) || this.args(node).length !== 1)
      return undefined;
    if (cb?.type !== "arrow_function" && cb?.type !== "function_expression") return undefined;
    const ps = this.plainParams(cb);
    const rets = returnedValues(cb);
    if (ps?.length !== 1 || rets.length !== 1) return undefined;
    const p = ps[0]!.name;
    const items = this.knownItems(recv);
    if (!items || items.some((i) => !i)) return undefined;
    const vals = (items as SyntaxNode[]).map((i) => this.constValue(i, depth + 1));
    if (vals.some((v) => v === undefined)) return undefined;
    const test = (e: SyntaxNode, v: unknown): boolean | undefined => {
      if (e.type === "parenthesized_expression") return test(namedChildren(e)[0]!, v);
      if (e.type === "unary_expression" && e.children.find((c) => !c.named)?.type === "!") {
        const r = test(field(e, "argument")!, v);
        return r === undefined ? undefined : !r;
      }
      if (e.type === "binary_expression") {
        const op = field(e, "operator")?.type ?? e.children.find((c) => !c.named)?.type;
        const [l, r] = [field(e, "left"), field(e, "right")];
        if (op !== "===" && op !== "!==") return undefined;
        const other = l && this.text(l) === p ? r : r && this.text(r) === p ? l : undefined;
        const k = other && this.constValue(other, depth + 1);
        if (k === undefined) return undefined;
        return op === "===" ? v === k : v !== k;
      }
      if (e.type === "call_expression" && typeof v === "string") {
        const f = field(e, "function");
        const m = this.method(e);
        const k = this.constValue(this.args(e)[0], depth + 1);
        if (
          f?.type !== "member_expression" ||
          this.text(field(f, "object") ?? f) !== p ||
          typeof k !== "string"
        )
          return undefined;
        if (this.args(e).length !== 1) return undefined;
        return m === "startsWith"
          ? v.startsWith(k)
          : m === "endsWith"
            ? v.endsWith(k)
            : m === "includes"
              ? v.includes(k)
              : undefined;
      }
      return undefined;
    };
    const order = this.method(node) === "findLast" ? [...vals].reverse() : vals;
    for (const v of order) {
      const r = test(rets[0]!, v);
      if (r === undefined) return undefined;
      if (r) return v;
    }
    return undefined;
  }

  /**
   * `GUESS.charAt(1)`, `MODE.toUpperCase()`, `NAME.slice(0, 3)` on a constant string with constant arguments: the
   * text the built-in gives.
   */
  private constStringMethod(node: SyntaxNode, depth: number): string | number | boolean | undefined {
    const fn = field(node, "function");
    if (fn?.type !== "member_expression") return undefined;
    const recv = this.constValue(field(fn, "object") ?? undefined, depth + 1);
    if (typeof recv !== "string") return undefined;
    const args = this.args(node).map((a) => this.constValue(a, depth + 1));
    if (args.some((a) => a === undefined)) return undefined;
    const n = (i: number) => (typeof args[i] === "number" ? (args[i] as number) : undefined);
    const t = (i: number) => (typeof args[i] === "string" ? (args[i] as string) : undefined);
    switch (this.method(node)) {
      case "charAt":
        return args.length === 1 && n(0) !== undefined ? recv.charAt(n(0)!) : undefined;
      case "toUpperCase":
      case "toLocaleUpperCase":
        return args.length === 0 ? recv.toUpperCase() : undefined;
      case "toLowerCase":
      case "toLocaleLowerCase":
        return args.length === 0 ? recv.toLowerCase() : undefined;
      case "trim":
        return args.length === 0 ? recv.trim() : undefined;
      case "slice":
      case "substring":
        return args.length <= 2 && args.every((_, i) => n(i) !== undefined)
          ? this.method(node) === "slice"
            ? recv.slice(n(0), n(1))
            : recv.substring(n(0) ?? 0, n(1))
          : undefined;
      case "startsWith":
      case "endsWith":
      case "includes":
        return args.length === 1 && t(0) !== undefined
          ? recv[this.method(node) as "startsWith" | "endsWith" | "includes"](t(0)!)
          : undefined;
      default:
        return undefined;
    }
  }

  /**
   * The object literal `xs.find((c) => c.key === 'role')` (or a const bound to that call) picks among an array of
   * object literals, each record's field at that key a constant: the first record the test accepts (null: none).
   * Undefined when that cannot be told.
   */
  private foundRecord(node: SyntaxNode | undefined | null): SyntaxNode | null | undefined {
    let call = node ?? undefined;
    if (call?.type === "identifier") {
      if (this.writtenThrough(this.text(call))) return undefined;
      const d = this.scopedDecl(this.text(call), "call_expression", call)?.decl;
      call = d && /^const\b/.test(this.text(d.parent ?? d)) ? (field(d, "value") ?? undefined) : undefined;
    }
    if (call?.type !== "call_expression" || !/^(find|findLast)$/.test(this.method(call))) return undefined;
    const fn = field(call, "function");
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    const cb = this.args(call)[0];
    if (!recv || this.args(call).length !== 1) return undefined;
    if (cb?.type !== "arrow_function" && cb?.type !== "function_expression") return undefined;
    const ps = this.plainParams(cb);
    const rets = returnedValues(cb);
    const test = rets[0];
    if (ps?.length !== 1 || rets.length !== 1 || test?.type !== "binary_expression") return undefined;
    const op = field(test, "operator")?.type ?? test.children.find((c) => !c.named)?.type;
    if (op !== "===" && op !== "!==") return undefined;
    const [l, r] = [field(test, "left"), field(test, "right")];
    const isRead = (n: SyntaxNode | null | undefined) =>
      n?.type === "member_expression" && this.text(field(n, "object") ?? n) === ps[0]!.name;
    const read = isRead(l) ? l : isRead(r) ? r : undefined;
    const k = this.constValue(read === l ? r : l);
    if (!read || k === undefined) return undefined;
    const key = this.text(field(read, "property") ?? read);
    const items = this.knownItems(recv);
    if (!items) return undefined;
    const order = this.method(call) === "findLast" ? [...items].reverse() : items;
    for (const it of order) {
      const lit = it && this.literalContainer(it);
      if (lit?.type !== "object") return undefined;
      const at = this.lastPair(lit, key);
      if (at === undefined) return undefined;
      const v = at ? this.constValue(at) : undefined;
      if (at && v === undefined) return undefined;
      if ((v === k) === (op === "===")) return lit;
    }
    return null;
  }

  /** constValue of `a[0]` (an array literal's item here) or `m.get('k')` (a Map's entry at a constant key). */
  private constContainerRead(node: SyntaxNode, depth: number): string | number | boolean | null | undefined {
    switch (node.type) {
      case "subscript_expression": {
        // `algs[0]` on an array literal whose items are known here (after push/shift/unshift/splice).
        const obj = field(node, "object");
        const k = this.constValue(field(node, "index"), depth + 1);
        // `GUESS[1]` of a constant string: its character there.
        const text = obj?.type === "identifier" ? this.constValue(obj, depth + 1) : undefined;
        if (typeof text === "string" && typeof k === "number") return text[k];
        if (obj?.type !== "identifier" || typeof k !== "number" || !Number.isInteger(k) || k < 0)
          return undefined;
        const item = this.indexedItem(this.text(obj), k, node);
        return item ? this.constValue(item, depth + 1) : undefined;
      }
      case "call_expression": {
        const at = this.atCall(node);
        if (at) {
          // `ALGS.at(-1)`: the item `at` counts to (from the end when negative).
          const item = this.indexedItem(at.name, at.k, node);
          return item ? this.constValue(item, depth + 1) : undefined;
        }
        const found = this.constFind(node, depth);
        if (found !== undefined) return found;
        const folded = this.constStringMethod(node, depth);
        if (folded !== undefined) return folded;
        // `ALG.get('strong')` on a Map whose entries at that key (and at any computed key) share one constant.
        const fn = field(node, "function");
        const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
        if (recv?.type !== "identifier" || this.method(node) !== "get") return undefined;
        const k = this.constValue(this.args(node)[0], depth + 1);
        const map = k === undefined ? undefined : this.mapModel(this.text(recv), recv);
        const hits = map?.entries.filter((e) => e.key === undefined || e.key === String(k));
        if (!hits?.length) return undefined;
        const vals = hits.map((e) => (e.value ? this.constValue(e.value, depth + 1) : undefined));
        return vals.every((v) => v !== undefined && v === vals[0]) ? vals[0] : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * Code in a branch a constant condition never takes within its function (`if (false) { ... }`, the other side of a
   * constant ternary, a switch case a constant never reaches): what it computes never happens.
   */
  deadCode(node: SyntaxNode): boolean {
    return this.isDead(node);
  }

  /** An assignment inside a branch a constant condition never takes (`if (false) { ... }`). */
  private isDead(stmt: SyntaxNode): boolean {
    // Deciding a condition asks which assignments are in play, which asks whether they are dead, and so on: on a
    // minified parser (hundreds of `let`s assigned under conditions over each other) that chain ran for minutes
    // per file. Past a few nested questions the branch counts as live, the side that keeps findings.
    this.charge();
    if (this.deadNesting >= DEAD_NESTING) return false;
    this.deadNesting++;
    try {
      return this.isDeadHere(stmt);
    } finally {
      this.deadNesting--;
    }
  }

  private isDeadHere(stmt: SyntaxNode): boolean {
    if (this.loopUnreached(stmt)) return true;
    let child = stmt;
    for (let p = stmt.parent; p && !FN_TYPES.has(p.type); child = p, p = p.parent) {
      if (p.type === "statement_block" && this.exitsBefore(p, child)) return true;
      if (p.type === "if_statement") {
        const v = this.constValue(field(p, "condition"));
        if (v === undefined) continue;
        if (child.field === "consequence" && !truthy(v)) return true;
        if (child.field === "alternative" && truthy(v)) return true;
      } else if (p.type === "ternary_expression") {
        const v = this.constValue(field(p, "condition"));
        if (v === undefined) continue;
        if (child.field === "consequence" && !truthy(v)) return true;
        if (child.field === "alternative" && truthy(v)) return true;
      } else if ((p.type === "switch_case" || p.type === "switch_default") && child.field === "body") {
        if (this.deadCase(p)) return true;
      }
    }
    return false;
  }

  /**
   * Whether control never reaches `child` of `block`: a statement before it returns or throws, or is an `if` on a
   * constant whose taken side does (`if (STRICT) { return 'x'; } return v;`: the second return never runs).
   */
  private exitsBefore(block: SyntaxNode, child: SyntaxNode): boolean {
    for (const s of namedChildren(block)) {
      if (s === child || s.order >= child.order) return false;
      if (s.type === "return_statement" || s.type === "throw_statement") return true;
      if (s.type !== "if_statement") continue;
      const v = this.constValue(field(s, "condition"));
      if (v === undefined) continue;
      const alt = field(s, "alternative");
      const taken = truthy(v)
        ? field(s, "consequence")
        : alt?.type === "else_clause"
          ? namedChildren(alt).find((c) => c.type !== "comment")
          : alt;
      if (blockExits(taken)) return true;
    }
    return false;
  }

  /**
   * The finite values a loop's variable takes, for a loop over constants: `for (const s of STEPS)` over a literal
   * array of constants (or over the items of an enclosing loop's literal array of arrays), a counter `for (let i = A;
   * i < B; i++)` (B a constant or a known literal array's length) the body never writes, and a `do...while` or
   * `while` counter declared with a constant just before the loop and written only by one unconditional `i++` /
   * `i += c` statement of the body (no `continue` skips it). `pre`: the values at the body's top; `post`: after the
   * counter's step (do/while). Undefined for any other loop, or one that would run more than 256 times.
   */
  private loopValues(loop: SyntaxNode): LoopValues | undefined {
    let hit = this.loopMemo.get(loop);
    if (hit === undefined) {
      hit = this.loopValuesUncached(loop) ?? null;
      this.loopMemo.set(loop, hit);
    }
    return hit ?? undefined;
  }

  private loopValuesUncached(loop: SyntaxNode): LoopValues | undefined {
    type V = string | number | boolean | null;
    const body = field(loop, "body");
    if (!body) return undefined;
    const writes = (n: SyntaxNode, name: string) =>
      descendantsOf(n).filter(
        (d) =>
          (d.type === "update_expression" && this.text(field(d, "argument") ?? d) === name) ||
          ((d.type === "assignment_expression" || d.type === "augmented_assignment_expression") &&
            this.text(field(d, "left") ?? d) === name),
      );
    const consts = (arr: SyntaxNode | undefined): V[] | undefined => {
      const items = arr && namedChildren(arr).filter((c) => c.type !== "comment");
      if (arr?.type !== "array" || !items?.length || items.some((c) => c.type === "spread_element"))
        return undefined;
      const vals = items.map((c) => this.constValue(c));
      return vals.every((v) => v !== undefined) ? (vals as V[]) : undefined;
    };
    if (loop.type === "for_in_statement") {
      const left = field(loop, "left");
      const right = field(loop, "right");
      if (left?.type !== "identifier" || !right || !loop.children.some((c) => !c.named && c.type === "of"))
        return undefined;
      const name = this.text(left);
      if (writes(body, name).length) return undefined;
      const lit = this.literalContainer(right);
      let values = consts(lit);
      // `for (const item of group)` where `group` walks a literal array of arrays: every inner item.
      if (!values && right.type === "identifier") {
        for (let p = loop.parent; p && !FN_TYPES.has(p.type); p = p.parent) {
          if (p.type !== "for_in_statement" || this.text(field(p, "left") ?? p) !== this.text(right))
            continue;
          const outer = this.literalContainer(field(p, "right"));
          const rows =
            outer?.type === "array" ? namedChildren(outer).filter((c) => c.type !== "comment") : [];
          const inner = rows.map((r) => consts(this.literalContainer(r)));
          if (rows.length && inner.every((v) => v)) values = inner.flatMap((v) => v!);
          break;
        }
      }
      return values ? { name, pre: values, post: values } : undefined;
    }
    const step = (u: SyntaxNode | undefined, name: string): number | undefined => {
      if (!u) return undefined;
      if (u.type === "update_expression") {
        if (this.text(field(u, "argument") ?? u) !== name) return undefined;
        return /\+\+/.test(this.text(u)) ? 1 : -1;
      }
      if (u.type === "augmented_assignment_expression" && this.text(field(u, "left") ?? u) === name) {
        const c = this.constValue(field(u, "right"));
        const op = field(u, "operator")?.type ?? u.children.find((c) => !c.named)?.type;
        if (typeof c !== "number" || c === 0) return undefined;
        return op === "+=" ? c : op === "-=" ? -c : undefined;
      }
      return undefined;
    };
    // `i < B` (B a constant or `arr.length` of a known literal array), tried for one value.
    const test = (cond: SyntaxNode | undefined, name: string) => {
      let c = cond;
      while (c && (c.type === "parenthesized_expression" || c.type === "expression_statement"))
        c = namedChildren(c)[0];
      if (c?.type !== "binary_expression" || this.text(field(c, "left") ?? c) !== name) return undefined;
      const op = field(c, "operator")?.type ?? c.children.find((k) => !k.named)?.type ?? "";
      const r = field(c, "right");
      let bound = this.constValue(r);
      if (
        bound === undefined &&
        r?.type === "member_expression" &&
        this.text(field(r, "property") ?? r) === "length"
      ) {
        const arr = this.literalContainer(field(r, "object"));
        if (arr?.type === "array" && !arr.children.some((k) => k.type === "spread_element"))
          bound = namedChildren(arr).filter((k) => k.type !== "comment").length;
      }
      if (typeof bound !== "number" || !/^(<|<=|>|>=|!==?)$/.test(op)) return undefined;
      return (v: number) => compareConstants(op.replace(/^(!=)=$/, "$1"), v, bound) === true;
    };
    if (loop.type === "for_statement") {
      const init = field(loop, "initializer");
      const decls = init ? namedChildren(init).filter((c) => c.type === "variable_declarator") : [];
      const id = decls.length === 1 ? field(decls[0]!, "name") : undefined;
      if (id?.type !== "identifier") return undefined;
      const name = this.text(id);
      const a = this.constValue(field(decls[0]!, "value"));
      const by = step(field(loop, "increment"), name);
      const holds = test(field(loop, "condition"), name);
      if (typeof a !== "number" || by === undefined || !holds || writes(body, name).length) return undefined;
      const pre: V[] = [];
      for (let v = a; holds(v); v += by) if (pre.push(v) > 256) return undefined;
      return { name, pre, post: pre };
    }
    if (loop.type !== "do_statement" && loop.type !== "while_statement") return undefined;
    if (body.type !== "statement_block") return undefined;
    const stmts = namedChildren(body).filter((c) => c.type !== "comment");
    const steps = stmts.filter((s) => s.type === "expression_statement");
    const cond = field(loop, "condition");
    let c0 = cond;
    c0 = unparen(c0);
    const lhs = c0?.type === "binary_expression" ? field(c0, "left") : undefined;
    if (lhs?.type !== "identifier") return undefined;
    const name = this.text(lhs);
    const incr = steps.find((s) => step(namedChildren(s)[0], name) !== undefined);
    const by = incr && step(namedChildren(incr)[0], name);
    const holds = test(cond, name);
    if (!incr || by === undefined || !holds) return undefined;
    // The only write of the counter in its function is that step; no continue can jump over it.
    const fn = enclosingFunction(loop);
    const scope = fn ? (field(fn, "body") ?? fn) : this.tree.root;
    if (writes(scope, name).length !== 1 || descendantsOf(body).some((d) => d.type === "continue_statement"))
      return undefined;
    // Declared with a constant just before the loop (or its label) in the same block.
    const at = loop.parent?.type === "labeled_statement" ? loop.parent : loop;
    const decl = at.parent
      ? namedChildren(at.parent)
          .filter((s) => s.order < at.order && /^(lexical|variable)_declaration$/.test(s.type))
          .flatMap((s) => namedChildren(s).filter((d) => d.type === "variable_declarator"))
          .filter((d) => this.text(field(d, "name") ?? d) === name)
      : [];
    const a = decl.length === 1 ? this.constValue(field(decl[0]!, "value")) : undefined;
    if (typeof a !== "number") return undefined;
    const pre: V[] = [];
    const post: V[] = [];
    for (let v = a, first = loop.type === "do_statement"; first || holds(v); v += by, first = false) {
      pre.push(v);
      if (post.push(v + by) > 256) return undefined;
    }
    return { name, pre, post, step: incr };
  }

  /**
   * The values of a loop variable at `at` inside its loop: those of the loop (pre- or post-step) that the branches
   * and the `if (c) continue/break/return/throw;` exits between `at` and the loop let through. Undefined when `at`
   * is in no loop over known values of `id`.
   */
  loopValuesAt(id: SyntaxNode, at: SyntaxNode = id): (string | number | boolean | null)[] | undefined {
    const name = this.text(id);
    const conds: { cond: SyntaxNode; want: boolean }[] = [];
    let child = at;
    for (let p = at.parent; p && !FN_TYPES.has(p.type); child = p, p = p.parent) {
      this.pathConds(p, child, conds);
      if (!/^(for_in|for|do|while)_statement$/.test(p.type) || child.field !== "body") continue;
      const lv = this.loopValues(p);
      if (!lv || lv.name !== name) continue;
      return this.feasible(p, lv, at, conds);
    }
    return undefined;
  }

  /** The conditions that must hold (want) or fail for control to go from `p`'s child `child` on. */
  private pathConds(p: SyntaxNode, child: SyntaxNode, conds: { cond: SyntaxNode; want: boolean }[]): void {
    if (p.type === "if_statement" || p.type === "ternary_expression") {
      const c = field(p, "condition");
      if (c && child.field === "consequence") conds.push({ cond: c, want: true });
      if (c && child.field === "alternative") conds.push({ cond: c, want: false });
    } else if (p.type === "statement_block") {
      for (const s of namedChildren(p)) {
        if (s.order >= child.order) break;
        if (s.type !== "if_statement" || field(s, "alternative")) continue;
        const then = field(s, "consequence");
        const last = lastStatement(then);
        if (last && /^(continue|break|return|throw)_statement$/.test(last.type))
          conds.push({ cond: field(s, "condition")!, want: false });
      }
    }
  }

  /** The values of lv at `at` under which none of the conditions is known to go the other way. */
  private feasible(
    loop: SyntaxNode,
    lv: LoopValues,
    at: SyntaxNode,
    conds: { cond: SyntaxNode; want: boolean }[],
  ): (string | number | boolean | null)[] {
    const afterStep = !!lv.step && lv.step.order < at.order;
    const values = afterStep ? lv.post : lv.pre;
    const saved = this.loopBound;
    try {
      return values.filter((value) => {
        this.loopBound = { loop, name: lv.name, value };
        return conds.every(({ cond, want }) => {
          const v = this.constValue(cond);
          return v === undefined || truthy(v) === want;
        });
      });
    } finally {
      this.loopBound = saved;
    }
  }

  /**
   * Code inside a loop over known values that no value reaches: `if (step !== 'custom') continue;` before it when
   * no step is 'custom', `if (attempt > 3)` in a do...while that stops at 3.
   */
  private loopUnreached(stmt: SyntaxNode): boolean {
    const conds: { cond: SyntaxNode; want: boolean }[] = [];
    let child = stmt;
    for (let p = stmt.parent; p && !FN_TYPES.has(p.type); child = p, p = p.parent) {
      this.pathConds(p, child, conds);
      if (!/^(for_in|for|do|while)_statement$/.test(p.type) || child.field !== "body" || !conds.length)
        continue;
      const lv = this.loopValues(p);
      if (lv && !this.feasible(p, lv, stmt, conds).length) return true;
    }
    return false;
  }

  /**
   * A case of `switch (<constant>)` that never runs: control enters at the case whose constant label matches (the
   * default when none does) and falls through the cases after it until one ends in break, return, throw or continue;
   * every other case is dead. Any label not a constant: none is.
   */
  private deadCase(c: SyntaxNode): boolean {
    const sw = c.parent?.parent;
    if (sw?.type !== "switch_statement") return false;
    const v = this.constValue(field(sw, "value"));
    if (v === undefined) return false;
    const cases = namedChildren(c.parent!).filter(
      (k) => k.type === "switch_case" || k.type === "switch_default",
    );
    const exits = (k: SyntaxNode) => {
      const body = namedChildren(k).filter((b) => b.field === "body" && b.type !== "comment");
      const last = body[body.length - 1];
      return (
        !!last && /^(break_statement|return_statement|throw_statement|continue_statement)$/.test(last.type)
      );
    };
    const label = (k: SyntaxNode) =>
      k.type === "switch_case" ? this.constValue(field(k, "value")) : undefined;
    if (cases.some((k) => k.type === "switch_case" && label(k) === undefined)) return false;
    let entry = cases.findIndex((k) => k.type === "switch_case" && label(k) === v);
    if (entry < 0) entry = cases.findIndex((k) => k.type === "switch_default");
    if (entry < 0) return true; // nothing matches and there is no default: no case runs
    const at = cases.indexOf(c);
    if (at < entry) return true;
    for (let i = entry; i < at; i++) if (exits(cases[i]!)) return true;
    return false;
  }

  /**
   * Whether the file writes through `name` anywhere: a member or element store (`name.k = `, `name[i] += `), an
   * array mutator (`name.push(`), or `Object.assign(name, ...)`. A literal container read by key holds its literal
   * values only when nothing does.
   */
  private writtenThrough(name: string): boolean {
    let hit = this.writtenMemo.get(name);
    if (hit === undefined) {
      const e = name.replace(/\$/g, "\\$");
      hit = sourceMatches(
        this.tree,
        `\\b${e}\\s*(?:\\.[\\w$]+|\\[[^\\]]*\\])\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)?=(?!=)|\\b${e}\\s*\\.\\s*(?:push|pop|shift|unshift|splice|reverse|sort|fill|copyWithin)\\s*\\(|Object\\.assign\\(\\s*${e}\\b`,
      );
      this.writtenMemo.set(name, hit);
    }
    return hit;
  }

  /**
   * A nested object under `name` may change: a store through a deeper path (`name.a.b = v`), or `name` or one of
   * its first `links` levels used other than as the object of a further read (handed to a call, aliased).
   */
  private nestedWrites(name: string, links: number): boolean {
    const e = name.replace(/\$/g, "\\$");
    if (
      sourceMatches(
        this.tree,
        `\\b${e}(?:\\s*\\??\\.\\s*[\\w$]+|\\s*\\[[^\\]]*\\])+\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)?=(?!=)`,
      )
    )
      return true;
    for (const u of this.uses(name)) {
      if (u.parent?.type === "variable_declarator" && u.field === "name") continue;
      let top: SyntaxNode = u;
      let n = 0;
      while (top.parent?.type === "member_expression" && top.field === "object")
        [top, n] = [top.parent, n + 1];
      if (n <= links && !(top.parent?.type === "call_expression" && top.field === "function")) return true;
      if (top.parent?.type === "update_expression") return true;
    }
    return false;
  }

  /**
   * Whether the file adds `name` itself to the container `list` (`seen.add(name)`, `list.push(name)`): a check of
   * membership there then passes the value it was meant to vet.
   */
  private addsTo(list: string, name: string): boolean {
    const e = regexEscape;
    return sourceMatches(
      this.tree,
      `(?<![\\w$.])${e(list)}\\s*\\.\\s*(?:add|push|unshift|set)\\s*\\([^)]*(?<![\\w$.])${e(name)}(?![\\w$])`,
    );
  }

  /**
   * `E.M` of `enum E { ... }` declared once in the file: the member's value (a number counted on from the one
   * before, or its initializer's constant). Undefined when E is no such enum or the value cannot be told.
   */
  private enumMember(node: SyntaxNode, depth: number): string | number | undefined {
    const obj = field(node, "object");
    const prop = field(node, "property");
    if (obj?.type !== "identifier" || !prop) return undefined;
    if (!this.enumDecls) {
      this.enumDecls = new Map();
      for (const n of this.tree.nodes)
        if (n.type === "enum_declaration") {
          const k = this.text(field(n, "name") ?? n);
          this.enumDecls.set(k, [...(this.enumDecls.get(k) ?? []), n]);
        }
    }
    const enums = this.enumDecls.get(this.text(obj)) ?? [];
    const body = enums.length === 1 ? field(enums[0]!, "body") : undefined;
    if (!body) return undefined;
    const want = this.text(prop);
    let next: number | undefined = 0;
    for (const m of namedChildren(body)) {
      if (m.type === "comment") continue;
      let key: SyntaxNode | undefined = m;
      let v: string | number | undefined = next;
      if (m.type === "enum_assignment") {
        key = field(m, "name") ?? undefined;
        const c = this.constValue(field(m, "value") ?? undefined, depth + 1);
        v = typeof c === "number" || typeof c === "string" ? c : undefined;
      } else if (m.type !== "property_identifier" && m.type !== "string") return undefined;
      const k = key?.type === "string" ? this.stringValue(key) : key && this.text(key);
      if (k === want) return v;
      next = typeof v === "number" ? v + 1 : undefined;
    }
    return undefined;
  }

  /** `arr.at(k)` with a constant integer k on a plain name: that name and k; undefined for any other call. */
  private atCall(node: SyntaxNode): { name: string; k: number } | undefined {
    const fn = field(node, "function");
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    if (recv?.type !== "identifier" || this.method(node) !== "at") return undefined;
    const args = this.args(node);
    const k = args.length === 1 ? this.constValue(args[0]) : undefined;
    return typeof k === "number" && Number.isInteger(k) ? { name: this.text(recv), k } : undefined;
  }

  /**
   * Item k of the array `name` as read at `use` (k < 0 counts from the end, as `at` does): the items arrayAt
   * knows there (after push/shift/splice), else those of a literal bound once and never written through. null when
   * k is past either end (the read is undefined); undefined when the items are not known.
   */
  private indexedItem(name: string, k: number, use: SyntaxNode): SyntaxNode | null | undefined {
    let items = this.arrayAt(name, use)?.items;
    if (!items) {
      // (The declaration in scope at the read: handlers often each declare their own `parts`.)
      const d = this.scopedDecl(name, undefined, use)?.decl;
      const literal = d && !this.assigns.has(name) ? field(d, "value") : undefined;
      if (literal?.type !== "array" || literal.children.some((c) => c.type === "spread_element"))
        return undefined;
      if (this.writtenThrough(name)) return undefined;
      items = namedChildren(literal).filter((c) => c.type !== "comment");
    }
    const i = k < 0 ? items.length + k : k;
    return i >= 0 && i < items.length ? (items[i] ?? undefined) : null;
  }

  /**
   * The object or array literal (without spreads) an expression denotes: the literal itself, a name bound once to
   * one and never written through, or a deep copy of one (`JSON.parse(JSON.stringify(lit))`, `structuredClone`),
   * which has the same keys and values. Undefined otherwise.
   */
  private literalContainer(node: SyntaxNode | undefined, depth = 0): SyntaxNode | undefined {
    if (!node || depth > 6) return undefined;
    switch (node.type) {
      case "object":
      case "array":
        return node.children.some((c) => c.type === "spread_element") ? undefined : node;
      case "parenthesized_expression":
      case "as_expression":
      case "satisfies_expression":
      case "non_null_expression":
        return this.literalContainer(namedChildren(node)[0], depth + 1);
      case "identifier": {
        const name = this.text(node);
        // `pick(row, 'column')` read through `function pick(obj, key) { return obj[key]; }`: the helper's parameter
        // is this call's argument (while the helper never reassigns it).
        const b = this.bound;
        if (b && enclosingFunction(node) === b.fn) {
          const ps = this.plainParams(b.fn);
          const i = ps ? ps.findIndex((p) => p.name === name && !p.rest) : -1;
          const args = this.args(b.call);
          if (
            i >= 0 &&
            !(this.assigns.get(name) ?? []).some((a) => enclosingFunction(a) === b.fn) &&
            !args.slice(0, i + 1).some((a) => a.type === "spread_element") &&
            field(b.call, "arguments")?.type !== "template_string" &&
            args[i]?.type === "identifier"
          )
            return this.literalContainer(args[i], depth + 1);
        }
        // (The declaration in scope here: handlers often each declare their own `opts`.)
        const d = this.scopedDecl(name, undefined, node)?.decl;
        if (!d) return undefined;
        // `const CONFIG = Object.freeze({ ... })`: a store into one of its own keys is ignored (or throws in strict
        // code), so those keys keep their literal values.
        const v = field(d, "value");
        const frozen =
          v?.type === "call_expression" &&
          this.callee(v) === "Object.freeze" &&
          /^const\b/.test(this.text(d.parent ?? d));
        if (!frozen && this.writtenThrough(name)) return undefined;
        return this.literalContainer(v ?? undefined, depth + 1);
      }
      case "member_expression": {
        // `SETTINGS.tokens` of `const SETTINGS = { tokens: { ... } }`: the nested literal, when no part of the path
        // is written through or handed on whole.
        let root: SyntaxNode | undefined = node;
        let links = 0;
        while (root?.type === "member_expression")
          [root, links] = [field(root, "object") ?? undefined, links + 1];
        if (root?.type !== "identifier" || this.nestedWrites(this.text(root), links)) return undefined;
        const element = this.literalElement(node);
        return element && this.literalContainer(element, depth + 1);
      }
      case "call_expression": {
        // (A replacer or a reviver may rename or drop keys: only the one-argument forms.)
        const [a, ...more] = this.args(node);
        if (!a || more.length) return undefined;
        const q = this.callee(node);
        // (Object.freeze hands back the object itself, now never written.)
        if (q === "structuredClone" || q === "Object.freeze") return this.literalContainer(a, depth + 1);
        if (q !== "JSON.parse" || a.type !== "call_expression" || this.callee(a) !== "JSON.stringify")
          return undefined;
        const inner = this.args(a);
        return inner.length === 1 ? this.literalContainer(inner[0], depth + 1) : undefined;
      }
      case "await_expression": {
        // `await Promise.all([p, q])`: each result stands where its promise was written.
        const inner = namedChildren(node).find((c) => c.type !== "comment");
        const all = inner?.type === "call_expression" && this.callee(inner) === "Promise.all";
        const list = all ? this.args(inner) : [];
        return list.length === 1 ? this.literalContainer(list[0], depth + 1) : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * `const { tool: program = 'uptime' } = { verbose: v }`: a name destructured (one level, by a plain key, with or
   * without a default) out of an object literal or a deep copy of one holds that key's value (and its default, for
   * an undefined value), or only its default (nothing: undefined) where the literal has no such key. Undefined when
   * that cannot be told (computed keys, spreads, shorthand or method entries of that name, nested patterns).
   */
  private literalPattern(id: SyntaxNode, value: SyntaxNode): SyntaxNode[] | undefined {
    if (id.type === "identifier" && id.parent?.type === "rest_pattern")
      return this.restPattern(id.parent, value);
    let key: string | undefined;
    let fallback: SyntaxNode | undefined;
    let root: SyntaxNode | null = null;
    const p = id.parent;
    if (id.type === "shorthand_property_identifier_pattern") {
      key = this.text(id);
      if (p?.type === "object_assignment_pattern" && id.field === "left")
        [fallback, root] = [field(p, "right") ?? undefined, p.parent];
      else root = p;
    } else if (id.type === "identifier") {
      const pair = p?.type === "assignment_pattern" && id.field === "left" ? p.parent : p;
      if (pair !== p) fallback = field(p!, "right") ?? undefined;
      const k = pair?.type === "pair_pattern" ? field(pair, "key") : undefined;
      if (!k || k.type === "computed_property_name") return undefined;
      key = this.text(k).replace(/^['"]|['"]$/g, "");
      root = pair!.parent;
    }
    // `const { user: { host } } = { cfg: {...}, user: {...} }`: a nested pattern reads a path of plain keys, outermost
    // first (no defaults on the way: a default there would stand in for a missing object).
    const path: string[] = [];
    while (
      root?.type === "object_pattern" &&
      root.parent?.type === "pair_pattern" &&
      root.field === "value"
    ) {
      const k = field(root.parent, "key");
      if (!k || k.type === "computed_property_name") return undefined;
      path.unshift(this.text(k).replace(/^['"]|['"]$/g, ""));
      root = root.parent.parent;
    }
    const decl = root?.parent;
    if (key === undefined || root?.type !== "object_pattern" || decl?.type !== "variable_declarator")
      return undefined;
    if (field(decl, "value") !== value) return undefined;
    // (`{ ...req.query, cmd: 'ls' }` too: a key written after every spread is that value; so for such a literal
    // bound once to a name never written through.)
    let container =
      this.literalContainer(value) ?? (value.type === "object" ? value : this.spreadLiteral(value));
    for (const k of path) {
      if (container?.type !== "object") return undefined;
      const inner = this.lastPair(container, k);
      container = inner
        ? (this.literalContainer(inner) ?? (inner.type === "object" ? inner : undefined))
        : undefined;
    }
    if (container?.type !== "object") return undefined;
    const defaults = fallback ? [fallback] : [];
    const hit = this.lastPair(container, key);
    if (hit === undefined) return undefined;
    if (hit) return [hit, ...defaults];
    return defaults;
  }

  /**
   * `rest.k` of `const { id, ...rest } = v` (rest never rebound or written through): nothing when the pattern names
   * k (the rest object lacks it), else what an object literal `v` holds under k, a key written after its spreads
   * included. Undefined when that cannot be told.
   */
  private restMember(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    if (obj?.type !== "identifier") return undefined;
    const name = this.text(obj);
    const pd = (this.patternDecls.get(name) ?? []).filter((d) => d.node.order < node.order).pop();
    const root = pd?.node.parent?.type === "rest_pattern" ? pd.node.parent.parent : undefined;
    if (root?.type !== "object_pattern" || root.parent?.type !== "variable_declarator") return undefined;
    // (the one binding of the name in the function around both: handlers often each destructure their own)
    const home = enclosingFunction(pd!.node);
    if (home && !(home.start <= node.start && node.end <= home.end)) return undefined;
    const same = (n: SyntaxNode) => enclosingFunction(n) === home;
    const named = (this.decls.get(name) ?? []).filter(same).length;
    if (named + (this.patternDecls.get(name) ?? []).filter((d) => same(d.node)).length !== 1)
      return undefined;
    if (this.assigns.has(name) || this.writtenThrough(name)) return undefined;
    const key = this.propKey(node);
    if (key === undefined) return undefined;
    for (const c of namedChildren(root)) {
      const k = patternKey(c);
      if (k?.type === "computed_property_name") return undefined;
      if (k && this.text(k).replace(/^['"]|['"]$/g, "") === key) return [];
    }
    const value = pd!.value;
    const container =
      this.literalContainer(value) ?? (value.type === "object" ? value : this.spreadLiteral(value));
    const hit = container?.type === "object" ? this.lastPair(container, key) : undefined;
    return hit === undefined ? undefined : hit ? [hit] : [];
  }

  /** `o` of `const o = { ...req.body, code: 'x' }` (bound once in scope, never written through): that literal. */
  private spreadLiteral(value: SyntaxNode): SyntaxNode | undefined {
    if (value.type !== "identifier") return undefined;
    const name = this.text(value);
    const decl = this.scopedDecl(name, "object", value)?.decl;
    return decl && !this.assigns.has(name) && !this.writtenThrough(name)
      ? (field(decl, "value") ?? undefined)
      : undefined;
  }

  /**
   * `const { city, ...fixed } = { city: q, active: 'true' }` (or a name bound to such a literal): the rest object
   * holds the literal's values under the keys the pattern does not name. Undefined when that cannot be told
   * (computed keys, spreads, methods, nested patterns).
   */
  private restPattern(rest: SyntaxNode, value: SyntaxNode): SyntaxNode[] | undefined {
    const root = rest.parent;
    const decl = root?.parent;
    if (
      root?.type !== "object_pattern" ||
      decl?.type !== "variable_declarator" ||
      field(decl, "value") !== value
    )
      return undefined;
    const container = this.literalContainer(value);
    if (container?.type !== "object") return undefined;
    const named = new Set<string>();
    for (const c of namedChildren(root)) {
      if (c === rest || c.type === "comment") continue;
      if (c.type === "shorthand_property_identifier_pattern") named.add(this.text(c));
      else if (c.type === "object_assignment_pattern") named.add(this.text(field(c, "left") ?? c));
      else if (c.type === "pair_pattern") {
        const k = field(c, "key");
        if (!k || k.type === "computed_property_name") return undefined;
        named.add(this.text(k).replace(/^['"]|['"]$/g, ""));
      } else return undefined;
    }
    const out: SyntaxNode[] = [];
    for (const c of namedChildren(container)) {
      if (c.type === "comment") continue;
      if (c.type === "pair") {
        const k = field(c, "key");
        const v = field(c, "value");
        if (!k || !v || k.type === "computed_property_name") return undefined;
        if (!named.has(this.text(k).replace(/^['"]|['"]$/g, ""))) out.push(v);
      } else if (c.type === "shorthand_property_identifier") {
        if (!named.has(this.text(c))) out.push(c);
      } else return undefined;
    }
    return out;
  }

  /**
   * `for (const [k, v] of Object.entries({ id: q, status: 'open' }))`: k is one of the literal's keys, text the code
   * wrote (an object whose keys are all plain names, no spread or computed key).
   */
  private entryKey(id: SyntaxNode, value: SyntaxNode): boolean {
    const pat = id.parent;
    if (pat?.type !== "array_pattern" || namedChildren(pat).find((c) => c.type !== "comment") !== id)
      return false;
    if (/,/.test(this.tree.source.slice(pat.start + 1, id.start))) return false;
    if (
      value.type !== "call_expression" ||
      this.callee(value) !== "Object.entries" ||
      this.args(value).length !== 1
    )
      return false;
    let obj = this.literalContainer(this.args(value)[0]);
    // (a rest object of such a literal keeps its plain keys too)
    const arg = this.args(value)[0];
    if (!obj && arg?.type === "identifier") {
      const pd = (this.patternDecls.get(this.text(arg)) ?? []).filter((d) => d.node.order < arg.order).pop();
      if (pd?.node.parent?.type === "rest_pattern" && this.restPattern(pd.node.parent, pd.value))
        obj = this.literalContainer(pd.value);
    }
    return (
      obj?.type === "object" &&
      namedChildren(obj).every(
        (c) =>
          c.type === "comment" ||
          c.type === "shorthand_property_identifier" ||
          (c.type === "pair" && field(c, "key")?.type !== "computed_property_name"),
      )
    );
  }

  /**
   * The value an object literal holds under `key`, a later entry winning: the node, null where no entry sets it,
   * undefined where that cannot be told (a computed key, a method or shorthand of that name, a spread after which
   * no entry sets the key).
   */
  private lastPair(obj: SyntaxNode, key: string): SyntaxNode | null | undefined {
    let hit: SyntaxNode | null | undefined = null;
    for (const e of namedChildren(obj)) {
      if (e.type === "comment") continue;
      if (e.type === "pair") {
        const k = field(e, "key");
        if (!k || k.type === "computed_property_name") return undefined;
        if (this.text(k).replace(/^['"]|['"]$/g, "") === key) hit = field(e, "value") ?? undefined;
      } else if (e.type === "shorthand_property_identifier") {
        if (this.text(e) === key) hit = e;
      } else if (e.type === "method_definition") {
        if (this.text(field(e, "name") ?? e) === key) return undefined;
      } else if (e.type === "spread_element") hit = undefined;
      else return undefined;
    }
    return hit;
  }

  /**
   * `m.safe`, `m['safe']`, `a[0]` on an object or array literal (bound once and never written through, or a deep
   * copy of one): the one element read, not the whole container. Undefined when that cannot be told (computed key,
   * spread, a write).
   */
  private literalElement(node: SyntaxNode): SyntaxNode | undefined {
    const container = this.literalContainer(field(node, "object"));
    let key: string | number | undefined;
    if (node.type === "member_expression") key = this.text(field(node, "property") ?? node);
    else {
      const k = this.constValue(field(node, "index"));
      key = typeof k === "string" || typeof k === "number" ? k : undefined;
    }
    if (key === undefined) return undefined;
    if (!container)
      return (
        this.fromEntriesValue(field(node, "object") ?? undefined, String(key)) ??
        (typeof key === "number" ? this.entriesItem(field(node, "object") ?? undefined, key) : undefined)
      );
    if (container.type === "array") {
      if (typeof key !== "number" || !Number.isInteger(key) || key < 0) return undefined;
      const items = namedChildren(container);
      return items[key] ?? undefined;
    }
    // (Every entry is looked at: a later computed key may be this one, and a later duplicate key wins.)
    let hit: SyntaxNode | undefined;
    for (const p of namedChildren(container)) {
      if (p.type === "comment") continue;
      if (p.type !== "pair") return undefined; // methods, computed keys: not worked out here
      const k = field(p, "key");
      if (k?.type === "computed_property_name") return undefined;
      if (k && this.text(k).replace(/^['"]|['"]$/g, "") === String(key)) hit = field(p, "value") ?? undefined;
    }
    return hit;
  }

  /**
   * `pairs[1][1]` of `const pairs = Object.entries({ a: '/home', b: v })` (never written through): the value (at 1)
   * or the key (at 0) of that entry of the object literal. Undefined when the entry cannot be told.
   */
  private entriesItem(row: SyntaxNode | undefined, k: number): SyntaxNode | undefined {
    if (row?.type !== "subscript_expression" || (k !== 0 && k !== 1)) return undefined;
    const list = field(row, "object");
    const i = this.constValue(field(row, "index") ?? undefined);
    if (list?.type !== "identifier" || typeof i !== "number" || !Number.isInteger(i) || i < 0)
      return undefined;
    const name = this.text(list);
    const d = this.scopedDecl(name, undefined, list)?.decl;
    const v = d && /^const\b/.test(this.text(d.parent ?? d)) ? field(d, "value") : undefined;
    if (v?.type !== "call_expression" || this.callee(v) !== "Object.entries" || this.writtenThrough(name))
      return undefined;
    const args = this.args(v);
    const obj = args.length === 1 ? this.literalContainer(args[0]) : undefined;
    if (obj?.type !== "object") return undefined;
    const entries = namedChildren(obj).filter((c) => c.type !== "comment");
    // (Only plain `key: value` pairs with written-out, non-numeric keys: those keep the order they are written in.)
    if (
      entries.some(
        (e) => e.type !== "pair" || !/^(property_identifier|string)$/.test(field(e, "key")?.type ?? ""),
      )
    )
      return undefined;
    // (Integer-like keys come first whatever the order written; a repeated key is one entry.)
    const keys = entries.map((e) => this.text(field(e, "key")!).replace(/^['"]|['"]$/g, ""));
    if (keys.some((x) => /^\d+$/.test(x)) || new Set(keys).size !== keys.length) return undefined;
    const e = entries[i];
    return e ? (field(e, k === 0 ? "key" : "value") ?? undefined) : undefined;
  }

  /**
   * `q.next` of `const q = Object.fromEntries([['next', '/account'], ['from', v]])` (never written through): the
   * value of the last entry with that constant key. Undefined when an entry is not a literal pair with a constant key,
   * or none has that key.
   */
  private fromEntriesValue(obj: SyntaxNode | undefined, key: string): SyntaxNode | undefined {
    if (obj?.type !== "identifier") return undefined;
    const name = this.text(obj);
    const d = this.scopedDecl(name, undefined, obj)?.decl;
    const v = d && /^const\b/.test(this.text(d.parent ?? d)) ? field(d, "value") : undefined;
    if (v?.type !== "call_expression" || this.callee(v) !== "Object.fromEntries" || this.writtenThrough(name))
      return undefined;
    const args = this.args(v);
    const list = args.length === 1 ? this.literalContainer(args[0]) : undefined;
    if (list?.type !== "array") return undefined;
    let hit: SyntaxNode | undefined;
    for (const e of namedChildren(list)) {
      if (e.type === "comment") continue;
      const kv = e.type === "array" ? namedChildren(e).filter((c) => c.type !== "comment") : [];
      if (kv.length !== 2 || e.children.some((c) => c.type === "spread_element")) return undefined;
      const k = this.constValue(kv[0]);
      if (k === undefined) return undefined;
      if (String(k) === key) hit = kv[1];
    }
    return hit;
  }

  /**
   * The key a read or store names: `o.k`, `o['k']`, or `o[SYM]` with SYM a const bound to `Symbol(...)` (that
   * name stands for the symbol). Undefined when computed at run time.
   */
  private propKey(node: SyntaxNode): string | undefined {
    if (node.type === "member_expression") return this.text(field(node, "property") ?? node);
    return this.keyOf(field(node, "index"));
  }

  private keyOf(k: SyntaxNode | undefined): string | undefined {
    if (k?.type === "identifier") {
      const d = this.soleDecl(this.text(k), "call_expression");
      const v = d && field(d, "value");
      if (v && d.parent && /^const\b/.test(this.text(d.parent)) && this.callee(v) === "Symbol")
        return `@@${this.text(k)}`;
    }
    const v = this.constValue(k);
    return typeof v === "string" || typeof v === "number" ? String(v) : undefined;
  }

  /**
   * `o.k`, `o['k']`, `o[SYM]` on an object literal bound once in scope, where every store through the name names
   * its key (`o.user = q`): the literal's value under that key (a getter's returned values; a method is a function,
   * no data) and the values stored under it, not the whole object. Undefined when that cannot be told (a spread, a
   * computed key of run-time value, a store under one, a compound store, Object.assign onto it).
   */
  keyedProp(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    if (obj?.type !== "identifier") return undefined;
    const key = this.propKey(node);
    if (key === undefined) return undefined;
    const name = this.text(obj);
    const scoped = this.scopedDecl(name, "object", node);
    const literal = scoped && field(scoped.decl, "value");
    if (!scoped || !literal) return undefined;
    if (sourceMatches(this.tree, `Object\\.assign\\(\\s*${name.replace(/\$/g, "\\$")}\\b`)) return undefined;
    const out: SyntaxNode[] = [];
    const logical: SyntaxNode[] = [];
    for (const p of namedChildren(literal)) {
      if (p.type === "comment") continue;
      if (p.type === "pair") {
        const k = field(p, "key");
        const name =
          k?.type === "computed_property_name"
            ? this.keyOf(namedChildren(k)[0])
            : k && (this.stringValue(k) ?? this.text(k));
        if (name === undefined) return undefined;
        const v = field(p, "value");
        if (name === key && v) out.push(v);
      } else if (p.type === "shorthand_property_identifier") {
        if (this.text(p) === key) out.push(p);
      } else if (p.type === "method_definition") {
        const k = field(p, "name");
        const name =
          k?.type === "computed_property_name"
            ? this.keyOf(namedChildren(k)[0])
            : k && (this.stringValue(k) ?? this.text(k));
        if (name === undefined) return undefined;
        if (name === key && /^get\s/.test(this.text(p))) out.push(...returnedValues(p));
      } else return undefined;
    }
    for (const u of this.uses(name)) {
      if (scoped.within && !(scoped.within.start <= u.start && u.end <= scoped.within.end)) continue;
      const p = u.parent;
      if (p === scoped.decl || u.field !== "object") continue;
      if (p?.type !== "member_expression" && p?.type !== "subscript_expression") continue;
      if (p.parent?.type === "update_expression") return undefined;
      // `o.k.x = q` stores into what `o.k` holds.
      const outer = p.parent;
      if (
        p.field === "object" &&
        (outer?.type === "member_expression" || outer?.type === "subscript_expression") &&
        outer.field === "left" &&
        /assignment_expression$/.test(outer.parent?.type ?? "")
      ) {
        const k = this.propKey(p);
        const v = field(outer.parent!, "right");
        if ((k === undefined || k === key) && v) out.push(v);
        continue;
      }
      if (p.field !== "left" || !/assignment_expression$/.test(p.parent?.type ?? "")) continue;
      const k = this.propKey(p);
      if (k === undefined) return undefined;
      const v = field(p.parent!, "right");
      if (k === key && v) {
        if (p.parent!.type === "augmented_assignment_expression") logical.push(p.parent!);
        out.push(v);
      }
    }
    // `const f = { status: 'open' }; f.status ??= q`: a logical store never runs while every other value the key
    // can hold is a constant that keeps it from storing (not null for `??=`, truthy for `||=`, falsy for `&&=`).
    for (const a of logical) {
      const op = field(a, "operator")?.type ?? a.children.find((c) => !c.named && c.type.endsWith("="))?.type;
      if (!/^(\|\|=|\?\?=|&&=)$/.test(op ?? "")) continue;
      const others = out.filter(
        (v) => v !== field(a, "right") && !logical.some((b) => field(b, "right") === v),
      );
      const vals = others.map((v) => this.constValue(v));
      if (
        vals.length &&
        vals.every(
          (v) => v !== undefined && (op === "||=" ? truthy(v) : op === "??=" ? v !== null : !truthy(v)),
        )
      )
        out.splice(out.indexOf(field(a, "right")!), 1);
    }
    return out;
  }

  /**
   * `opts.root` on `const opts = Object.assign({}, DEFAULTS, { encoding: q })` or `{ ...DEFAULTS, encoding: q }`
   * (bound once, never written through): the values the merge can leave under that key - a literal source's own
   * value for it, an object-literal constant's value for it, or the whole of any other source (it may hold any key).
   * Sources merge left to right, so a literal key drops what the sources before it could have put there.
   */
  private mergedProp(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    if (obj?.type !== "identifier") return undefined;
    const name = this.text(obj);
    // The declaration in scope here: the one in the nearest function around the read (or the file's own).
    const scoped = (this.decls.get(name) ?? []).filter((d) => {
      const f = enclosingFunction(d);
      return d.order < node.order && (!f || (f.start <= node.start && node.end <= f.end));
    });
    const decl = scoped[scoped.length - 1];
    const fnOf = decl && enclosingFunction(decl);
    if (!decl || scoped.filter((d) => enclosingFunction(d) === fnOf).length !== 1 || this.assigns.has(name))
      return undefined;
    const value = field(decl, "value");
    const sources =
      value?.type === "call_expression" && this.callee(value) === "Object.assign"
        ? this.args(value)
        : value?.type === "object" && value.children.some((c) => c.type === "spread_element")
          ? [value]
          : undefined;
    if (!sources) return undefined;
    if (this.writtenThrough(name)) return undefined;
    // (`opts['X-Frame-Options']` names its key as `opts.root` does)
    const key = this.propKey(node);
    if (key === undefined) return undefined;
    const out: SyntaxNode[] = [];
    const take = (src: SyntaxNode, depth: number): void => {
      let lit: SyntaxNode | undefined = src;
      if (src.type === "identifier") {
        const d = this.decls.get(this.text(src)) ?? [];
        const v = d.length === 1 && !this.assigns.has(this.text(src)) ? field(d[0]!, "value") : undefined;
        lit = v?.type === "object" && !this.writtenThrough(this.text(src)) ? v : undefined;
      }
      if (lit?.type !== "object" || depth > 3) {
        out.push(src);
        return;
      }
      for (const p of namedChildren(lit)) {
        if (p.type === "comment") continue;
        if (p.type === "spread_element") {
          const inner = namedChildren(p)[0];
          if (inner) take(inner, depth + 1);
        } else if (p.type === "pair") {
          const k = field(p, "key");
          if (!k || k.type === "computed_property_name") out.push(p);
          else if (this.text(k).replace(/^['"]|['"]$/g, "") === key && field(p, "value")) {
            // A literal key always sets the property: whatever an earlier source left under it is overwritten.
            out.length = 0;
            out.push(field(p, "value")!);
          }
        } else if (p.type === "shorthand_property_identifier") {
          if (this.text(p) === key) out.splice(0, out.length, p);
        } else out.push(p);
      }
    };
    for (const src of sources) take(src, 0);
    return out;
  }

  /**
   * `TABLE[key]` with a key the code does not fix, on an object literal bound once with `const`, never written
   * through and holding only plain `key: value` pairs: one of its values (or `undefined`), never the key itself.
   */
  private tableValues(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    if (obj?.type !== "identifier") return undefined;
    const decl = this.soleDecl(this.text(obj), "object");
    if (!decl || !/^const\b/.test(this.text(decl.parent ?? decl))) return undefined;
    const container = field(decl, "value")!;
    const pairs = namedChildren(container).filter((c) => c.type !== "comment");
    if (
      !pairs.length ||
      pairs.some((p) => p.type !== "pair" || field(p, "key")?.type === "computed_property_name")
    )
      return undefined;
    const name = this.text(obj).replace(/\$/g, "\\$");
    if (
      sourceMatches(
        this.tree,
        `\\b${name}\\s*(?:\\.[\\w$]+|\\[[^\\]]*\\])\\s*=(?!=)|Object\\.assign\\(\\s*${name}\\b`,
      )
    )
      return undefined;
    return pairs.map((p) => field(p, "value")!).filter(Boolean);
  }

  /**
   * `cond` holds only when `name` (an identifier or member path, by its text) is vetted text: membership in a
   * collection (`LIST.includes(x)`, `(KINDS as readonly string[]).includes(x)`, `SET.has(x)`), an anchored
   * pattern's `test`, equality with literals (`x === 'a' || x === 'b'`), one conjunct of an `&&` doing so, or a
   * predicate declared in the file whose every return vets its parameter (`function isKind(v): v is Kind { return
   * KINDS.includes(v); }`). A type test (`typeof x === 'string'`) vets nothing.
   */
  vets(cond: SyntaxNode | undefined, name: string, depth = 0): boolean {
    if (!cond || depth > 6) return false;
    // `const ok = LIST.includes(x); if (!ok) return;`: a const holding a test is that test.
    if (cond.type === "identifier")
      return this.vets(this.constDeclValue(this.text(cond), cond), name, depth + 1);
    if (cond.type === "parenthesized_expression")
      return this.vets(
        namedChildren(cond).find((c) => c.type !== "comment"),
        name,
        depth + 1,
      );
    if (cond.type === "binary_expression") {
      const op = field(cond, "operator")?.type ?? cond.children.find((c) => !c.named)?.type;
      const l = field(cond, "left");
      const r = field(cond, "right");
      if (op === "&&") return this.vets(l, name, depth + 1) || this.vets(r, name, depth + 1);
      if (op === "||") return this.vets(l, name, depth + 1) && this.vets(r, name, depth + 1);
      // A key of a fixed table: `name in ROUTES`, `ROUTES[name] !== undefined`.
      const table = (n: SyntaxNode | undefined) =>
        !!n && /^[\w$.]+$/.test(this.text(n)) && this.text(n) !== name;
      if (op === "in") return this.text(l ?? cond) === name && table(r);
      // `LIST.indexOf(name) !== -1`, `>= 0`, `> -1`: an element of a fixed list.
      const mirror: Record<string, string> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };
      if (l && r && op && this.indexOfVets(l, op, this.text(r), name)) return true;
      if (l && r && op && this.indexOfVets(r, mirror[op] ?? op, this.text(l), name)) return true;
      if (op === "!==" || op === "!=") {
        const keyed = (a: SyntaxNode | undefined, b: SyntaxNode | undefined) =>
          a?.type === "subscript_expression" &&
          this.text(field(a, "index") ?? a) === name &&
          table(field(a, "object")) &&
          /^(undefined|null)$/.test(b ? this.text(b) : "");
        return keyed(l, r) || keyed(r, l);
      }
      if (op === "===" || op === "==") {
        const lit = (n: SyntaxNode | undefined) => n?.type === "string" || n?.type === "number";
        // `typeof x === 'number'`: a number or a boolean carries no text.
        const typeOf = (a: SyntaxNode | undefined, b: SyntaxNode | undefined) =>
          a?.type === "unary_expression" &&
          a.children.find((c) => !c.named)?.type === "typeof" &&
          this.text(field(a, "argument") ?? a) === name &&
          /^(['"])(number|boolean|bigint|undefined)\1$/.test(b ? this.text(b) : "");
        if (typeOf(l, r) || typeOf(r, l)) return true;
        // `name.localeCompare('admin') === 0`: equal to the literal under collation (see collatesTo).
        if (
          (this.collatesTo(l, name) && this.text(r ?? cond) === "0") ||
          (this.collatesTo(r, name) && this.text(l ?? cond) === "0")
        )
          return true;
        return (this.text(l ?? cond) === name && lit(r)) || (this.text(r ?? cond) === name && lit(l));
      }
      return false;
    }
    // `!name.localeCompare('admin')`: a zero, so equal to the literal.
    if (cond.type === "unary_expression" && cond.children.find((c) => !c.named)?.type === "!")
      return this.collatesTo(field(cond, "argument"), name);
    if (cond.type !== "call_expression") return false;
    const args = this.args(cond);
    const m = this.method(cond);
    const fn = field(cond, "function");
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    // (An argument cast for the list's element type, `LIST.includes(x as Kind)`, is still x; so is the string it
    // converts to, `LIST.includes(String(x))`: in the list, its text is one of the list's.)
    if ((m === "includes" || m === "has") && recv && this.text(recv) !== name)
      return args.length === 1 && this.testedText(args[0]!) === name && !this.addsTo(this.text(recv), name);
    // A key of a fixed table: `ROUTES.hasOwnProperty(name)`, `Object.prototype.hasOwnProperty.call(ROUTES, name)`,
    // `Object.hasOwn(ROUTES, name)`.
    if (m === "hasOwnProperty" && recv && /^[\w$.]+$/.test(this.text(recv)) && this.text(recv) !== name)
      return args.length === 1 && this.uncastText(args[0]!) === name;
    if (
      /(^|\.)hasOwnProperty\.call$|^Object\.hasOwn$/.test(this.text(fn ?? cond)) &&
      args.length === 2 &&
      /^[\w$.]+$/.test(this.text(args[0]!)) &&
      this.text(args[0]!) !== name
    )
      return this.uncastText(args[1]!) === name;
    // `Number.isInteger(x)`: true only for a number, which carries no text.
    if (/^Number\.(isInteger|isSafeInteger|isFinite)$/.test(this.text(fn ?? cond)))
      return args.length === 1 && this.text(args[0]!) === name;
    if (m === "test" && recv?.type === "regex")
      // (No m flag: with it, ^ and $ match at any line break and one good line passes the whole text.)
      return (
        /^\/\^.*\$\/[gisuy]*$/s.test(this.text(recv)) &&
        args.length === 1 &&
        this.testedText(args[0]!) === name
      );
    const local = this.localFunction(cond);
    if (!local) return false;
    const i = args.findIndex((a) => this.text(a) === name);
    const params = field(local, "parameters");
    const p = i >= 0 && params ? namedChildren(params).filter((c) => c.type !== "comment")[i] : undefined;
    const id = p && (p.type === "identifier" ? p : field(p, "pattern"));
    if (id?.type !== "identifier") return false;
    const rets = returnedValues(local);
    return rets.length > 0 && rets.every((r) => this.vets(r, this.text(id), depth + 1));
  }

  /**
   * The value a pattern test reads, through a literal default and a string conversion: `re.test(day ?? '')`,
   * `re.test(day || '')`, `re.test(String(day))` test `day` (nullish or empty, it is no text that could pass the
   * pattern and still carry anything).
   */
  private testedText(n: SyntaxNode): string {
    let v: SyntaxNode | undefined = unparen(n);
    if (v?.type === "call_expression" && this.callee(v) === "String" && this.args(v).length === 1)
      v = this.args(v)[0];
    if (v?.type === "binary_expression") {
      const op = field(v, "operator")?.type ?? v.children.find((c) => !c.named)?.type;
      const right = field(v, "right");
      if ((op === "??" || op === "||") && right?.type === "string") v = field(v, "left") ?? v;
    }
    return this.uncastText(v ?? n);
  }

  /** The text of `n` less TypeScript casts and parentheses around it: `x as Kind`, `x!`, `<T>x`, `(x)` read as x. */
  private uncastText(n: SyntaxNode): string {
    let v: SyntaxNode | undefined = n;
    for (let i = 0; v && i < 6; i++) {
      if (
        !/^(as_expression|satisfies_expression|non_null_expression|type_assertion|parenthesized_expression)$/.test(
          v.type,
        )
      )
        return this.text(v);
      const kids: SyntaxNode[] = namedChildren(v).filter((c) => c.type !== "comment");
      v = v.type === "type_assertion" ? kids[kids.length - 1] : kids[0];
    }
    return this.text(v ?? n);
  }

  /**
   * `name.localeCompare('lit')` (locale and options arguments allowed): zero only for text that collates equal to
   * the literal, which is the literal give or take code points collation ignores (C0 controls other than tab,
   * CR and LF, soft hyphens, format characters): never markup, a quote, a path separator or a line break.
   */
  private collatesTo(call: SyntaxNode | null | undefined, name: string): boolean {
    if (call?.type === "parenthesized_expression")
      return this.collatesTo(
        namedChildren(call).find((c) => c.type !== "comment"),
        name,
      );
    if (call?.type !== "call_expression" || this.method(call) !== "localeCompare") return false;
    const f = field(call, "function");
    const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
    const arg = this.args(call)[0];
    return (
      !!recv && this.text(recv) === name && (arg?.type === "string" || this.constValue(arg) !== undefined)
    );
  }

  /** `LIST.indexOf(name) <op> <bound>` holds only for the elements of a fixed list (`!== -1`, `> -1`, `>= 0`). */
  private indexOfVets(call: SyntaxNode, op: string, bound: string, name: string): boolean {
    if (call.type !== "call_expression" || this.method(call) !== "indexOf") return false;
    if (!(/^(!==|!=|>)$/.test(op) && bound === "-1") && !(op === ">=" && bound === "0")) return false;
    const f = field(call, "function");
    const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
    const args = this.args(call);
    return (
      !!recv &&
      /^[\w$.]+$/.test(this.text(recv)) &&
      this.text(recv) !== name &&
      args.length === 1 &&
      this.text(args[0]!) === name
    );
  }

  /** `cond` is false unless `name` is vetted: `!vetting`, or a `||` with such a disjunct (see vets). */
  private refutes(cond: SyntaxNode | undefined, name: string): boolean {
    if (cond?.type === "parenthesized_expression")
      return this.refutes(
        namedChildren(cond).find((c) => c.type !== "comment"),
        name,
      );
    if (cond?.type === "unary_expression" && cond.children.find((c) => !c.named)?.type === "!")
      return this.vets(field(cond, "argument"), name);
    if (cond?.type === "binary_expression") {
      const op = field(cond, "operator")?.type ?? cond.children.find((c) => !c.named)?.type;
      if (op === "||")
        return this.refutes(field(cond, "left"), name) || this.refutes(field(cond, "right"), name);
      // `LIST.indexOf(name) === -1`, `< 0`: false for the list's elements only (the negation of vets' forms).
      const negated: Record<string, string> = { "===": "!==", "==": "!=", "<": ">=", ">": "<=" };
      const l = field(cond, "left");
      const r = field(cond, "right");
      if (op && negated[op] && l && r && this.indexOfVets(l, negated[op]!, this.text(r), name)) return true;
      // `name.localeCompare('guest') !== 0`: true for anything but the literal.
      if (
        (op === "!==" || op === "!=") &&
        ((this.collatesTo(l, name) && this.text(r ?? cond) === "0") ||
          (this.collatesTo(r, name) && this.text(l ?? cond) === "0"))
      )
        return true;
      // `typeof n !== 'number'`: false unless n is a number.
      const typeOf = (a: SyntaxNode | undefined, b: SyntaxNode | undefined) =>
        a?.type === "unary_expression" &&
        a.children.find((c) => !c.named)?.type === "typeof" &&
        this.text(field(a, "argument") ?? a) === name &&
        /^(['"])(number|boolean|bigint|undefined)\1$/.test(b ? this.text(b) : "");
      if ((op === "!==" || op === "!=") && (typeOf(l, r) || typeOf(r, l))) return true;
    }
    // A bare `name.localeCompare('guest')` as the condition: non-zero, so not the literal.
    return this.collatesTo(cond, name);
  }

  /**
   * A guard on the value `use` reads (an identifier or a member path, by its text) that lets only allow-listed or
   * pattern-checked text reach it: `use` sits in the taken branch of `if (LIST.includes(x))`, `if (SET.has(x))`,
   * `if (/^[\w-]+$/.test(x))` (anchored patterns only), or follows `if (!LIST.includes(x)) return ...;` (or
   * `throw`) in the same function.
   */
  guarded(use: SyntaxNode, as?: string): boolean {
    const name = as ?? this.text(use);
    if (!/^[\w$.]+$/.test(name)) return false;
    if (!this.ifs.size) {
      // (or the true side of a conditional: `YEARS.includes(y) ? 'p_' + y : 'p'`; or a switch case)
      let p = use.parent;
      while (p && !/^(ternary_expression|switch_case)$/.test(p.type) && !FN_TYPES.has(p.type)) p = p.parent;
      if (p?.type !== "ternary_expression" && p?.type !== "switch_case") return false;
    }
    // `const wanted = name; if (!LIST.includes(wanted)) return;`: a check on a const copy of the same value
    // (neither name reassigned) checks it too.
    if (!as && use.type === "identifier" && !this.assigns.has(name) && this.guarded(use, name)) return true;
    if (!as && use.type === "identifier" && !this.assigns.has(name)) {
      const fn0 = enclosingFunction(use);
      for (const d of this.copiesOf(name))
        if (
          enclosingFunction(d) === fn0 &&
          d.order < use.order &&
          this.guarded(use, this.text(field(d, "name")!))
        )
          return true;
      return false;
    }
    const fn = enclosingFunction(use);
    const ifsHere = this.ifs.get(fn ?? null);
    let test = this.guardTests.get(name);
    if (!test) {
      const esc = name.replace(/[.$]/g, "\\$&");
      // A test that is true only for vetted text: membership in a list/set, or an anchored pattern (no m flag,
      // under which ^ and $ also match at line breaks). Or one of validator's format checks whose every accepted
      // string is letters, digits, '-', '.', '+' only (`validator.isUUID(id)`, `isInt(n)`): no quote, tag, space or
      // separator gets through (isEmail and isURL admit quotes and slashes, so they are not among them).
      const formats = sourceHas(this.tree, /['"]validator(\/[\w/]+)?['"]/)
        ? `|(?:validator\\.)?(?:isUUID|isInt|isNumeric|isDecimal|isAlphanumeric|isAlpha|isHexadecimal|isMongoId)\\(\\s*${esc}\\s*(?:,[^()]*)?\\)`
        : "";
      // The uuid package's validate under whatever name the file binds it to (`import { validate as isUuid } from
      // 'uuid'`): true only for a UUID's hex digits and hyphens.
      const uuids = sourceHas(this.tree, /['"]uuid['"]/) ? uuidValidators(this.tree.source) : [];
      const uuidFormat = uuids.length
        ? `|(?:${uuids.map((u) => u.replace(/[.$]/g, "\\$&")).join("|")})\\(\\s*${esc}\\s*\\)`
        : "";
      test = new RegExp(
        `^(?:[\\w$.]+\\.(?:includes|has)\\(\\s*${esc}\\s*\\)|/\\^(?:\\[(?:[^\\]\\\\]|\\\\.)*\\]|[^/\\\\[]|\\\\.)*\\$/[gisuy]*\\.test\\(\\s*${esc}\\s*\\)${formats}${uuidFormat})$`,
      );
      this.guardTests.set(name, test);
    }
    // (`seen.add(x); if (seen.has(x))`: a list the value was itself added to vets nothing.)
    const vetting = (c0: string) => {
      // `const ok = LIST.includes(x); if (!ok) return;`: a const named test is the test it holds.
      const held = /^[\w$]+$/.test(c0) ? this.constDeclValue(c0, use) : undefined;
      const c = held ? this.regexConstsInlined(this.text(held)) : c0;
      const m = /^([\w$.]+)\.(?:includes|has)\(/.exec(c);
      return test.test(c) && !(m && this.addsTo(m[1]!, name));
    };
    let child: SyntaxNode = use;
    for (let p = use.parent; p && p !== fn; child = p, p = p.parent) {
      if (p.type === "switch_case" && child.field === "body" && this.literalCase(p, name)) return true;
      // (the body of an if, or the true side of a conditional expression)
      if ((p.type !== "if_statement" && p.type !== "ternary_expression") || child.field !== "consequence")
        continue;
      const cond = this.regexConstsInlined(
        this.text(field(p, "condition") ?? p).replace(/^\(\s*|\s*\)$/g, ""),
      );
      if (cond.split(/\s*&&\s*/).some((c) => vetting(c))) return true;
      if (this.vets(field(p, "condition"), name)) return true;
      // `if (name === 'a.txt' || name === 'b.txt')`: inside, the value is one of the literals.
      const esc = name.replace(/[.$]/g, "\\$&");
      const eq = new RegExp(
        `^(?:${esc}\\s*===?\\s*(['"])[^'"\\\\]*\\1|(['"])[^'"\\\\]*\\2\\s*===?\\s*${esc})$`,
      );
      if (!/&&/.test(cond) && cond.split(/\s*\|\|\s*/).every((c) => eq.test(c))) return true;
    }
    for (const s of ifsHere ?? []) {
      if (s.order >= use.order) break;
      if (use.start < s.end) continue;
      // An exit inside another branch (`if (strict) { if (!ok(x)) return; ... } use(x)`) does not guard a use
      // after that branch: the block holding the check must hold the use too.
      const block = s.parent;
      if (block && block.type === "statement_block" && (use.start < block.start || use.end > block.end))
        continue;
      const cond = this.regexConstsInlined(
        this.text(field(s, "condition") ?? s).replace(/^\(\s*|\s*\)$/g, ""),
      );
      if (
        !cond.split(/\s*\|\|\s*/).some((c) => c.startsWith("!") && vetting(c.slice(1).trim())) &&
        !this.refutes(field(s, "condition"), name)
      )
        continue;
      // The branch leaves the function: its first statement, or its last one (`{ ctx.status = 400; return; }`).
      const then = field(s, "consequence");
      const stmts =
        then?.type === "statement_block" ? namedChildren(then).filter((c) => c.type !== "comment") : [];
      const ends = then?.type === "statement_block" ? [stmts[0], stmts[stmts.length - 1]] : [then];
      if (
        ends.some(
          (e) =>
            e &&
            (e.type === "throw_statement" ||
              (!this.throwsOnly && (e.type === "return_statement" || this.koaThrow(e)))),
        )
      )
        return true;
      if (this.throwsOnly) continue;
      // `pick: { if (!FILES.includes(f)) break pick; dest = f; }`, `do { if (!ok(x)) break; ... } while (false)`:
      // the rest of the labelled statement (or of the loop or switch a bare break leaves).
      const brk = ends.find((e) => e?.type === "break_statement");
      if (brk) {
        const label = /^break\s+([\w$]+)/.exec(this.text(brk))?.[1];
        let target: SyntaxNode | null = s.parent;
        while (target && !FN_TYPES.has(target.type)) {
          if (
            label
              ? target.type === "labeled_statement" && this.text(field(target, "label") ?? target) === label
              : /^(for_in_statement|for_statement|while_statement|do_statement|switch_statement)$/.test(
                  target.type,
                )
          )
            break;
          target = target.parent;
        }
        if (target && !FN_TYPES.has(target.type) && use.start >= target.start && use.end <= target.end)
          return true;
      }
      // `for (const [k, v] of entries) { if (!ALLOWED.has(k)) continue; ... k ... }`: the rest of this pass.
      if (ends.some((e) => e?.type === "continue_statement" && !this.text(e).match(/continue\s+\w/))) {
        let loop = s.parent;
        while (loop && !/^(for_in_statement|for_statement|while_statement|do_statement)$/.test(loop.type))
          loop = FN_TYPES.has(loop.type) ? null : loop.parent;
        if (loop && use.start >= loop.start && use.end <= loop.end) return true;
      }
    }
    return this.assertedBefore(use, name, fn);
  }

  private readonly assertMemo = new Map<string, boolean>();
  private throwsOnly = false;
  /**
   * `assertPlain(name);` as a statement before the use, in a block that holds it, where `assertPlain` is a function
   * of this file that throws (or returns early, as a statement it ends) unless its parameter passes a guard that
   * `guarded` accepts (`if (!/^[a-z]+$/.test(p)) throw ...`): past the call, the value is vetted.
   */
  private assertedBefore(use: SyntaxNode, name: string, fn: SyntaxNode | undefined): boolean {
    for (let b = use.parent; b && b !== fn; b = b.parent) {
      if (b.type !== "statement_block" && b.type !== "program") continue;
      const calls = this.bareCalls(b);
      // (the latest few bare calls before the use, found by binary search: linear in a block of many statements)
      let hi = calls.length;
      for (let lo = 0; lo < hi;) {
        const mid = (lo + hi) >> 1;
        if (calls[mid]!.end <= use.start) lo = mid + 1;
        else hi = mid;
      }
      for (let i = hi - 1; i >= 0 && i >= hi - 16; i--) {
        const inner = calls[i]!;
        const at = this.args(inner).findIndex((a) => this.text(a) === name);
        if (at < 0) continue;
        const key = `${inner.order}:${at}`;
        let ok = this.assertMemo.get(key);
        if (ok === undefined) {
          this.assertMemo.set(key, false);
          ok = false;
          const helper = this.localFunction(inner);
          const p = helper ? this.plainParams(helper)?.[at] : undefined;
          const body = helper ? field(helper, "body") : undefined;
          // (a point at the body's end, after every statement of the helper: tokens carry no offsets of their own)
          let last = body;
          while (last?.children.length) last = last.children[last.children.length - 1];
          const close: SyntaxNode | undefined =
            body?.type === "statement_block" && last
              ? {
                  ...body,
                  type: "identifier",
                  start: body.end,
                  end: body.end,
                  children: [],
                  order: last.order + 0.5,
                }
              : undefined;
          // (Only a throw stops the caller: a helper's early return hands control straight back.)
          if (p && !p.rest && close) {
            const saved = this.throwsOnly;
            this.throwsOnly = true;
            try {
              ok = this.guarded(close, p.name);
            } finally {
              this.throwsOnly = saved;
            }
          }
          this.assertMemo.set(key, ok);
        }
        if (ok) return true;
      }
    }
    return false;
  }

  private readonly bareCallMemo = new Map<SyntaxNode, SyntaxNode[]>();
  /** A block's statements that are a bare call (`check(x);`, `await check(x);`) of a function of this file. */
  private bareCalls(block: SyntaxNode): SyntaxNode[] {
    let hit = this.bareCallMemo.get(block);
    if (hit) return hit;
    hit = [];
    for (const st of namedChildren(block)) {
      const call = st.type === "expression_statement" ? unparen(namedChildren(st)[0]) : undefined;
      const inner = call?.type === "await_expression" ? namedChildren(call)[0] : call;
      if (inner?.type === "call_expression" && field(inner, "function")?.type === "identifier")
        hit.push(inner);
    }
    this.bareCallMemo.set(block, hit);
    return hit;
  }

  /** `const copy = name` declarations (the copy never reassigned; the caller keeps those of its own function). */
  private readonly copiesMemo = new Map<string, SyntaxNode[]>();
  private copiesOf(name: string): SyntaxNode[] {
    const hit = this.copiesMemo.get(name);
    if (hit) return hit;
    if (!this.declaratorsWithName)
      this.declaratorsWithName = this.tree.nodes.filter(
        (d) => d.type === "variable_declarator" && field(d, "value")?.type === "identifier",
      );
    const out = this.declaratorsWithName.filter((d) => {
      if (d.type !== "variable_declarator") return false;
      const id = field(d, "name");
      const v = field(d, "value");
      if (id?.type !== "identifier" || v?.type !== "identifier" || this.text(v) !== name) return false;
      const copy = this.text(id);
      return !this.assigns.has(copy) && /^const\b/.test(this.text(d.parent ?? d));
    });
    this.copiesMemo.set(name, out);
    return out;
  }
  private declaratorsWithName: SyntaxNode[] | undefined;

  /** `ALIAS_RE.test(x)` with `const ALIAS_RE = /^...$/` (bound once): the test written with the literal itself. */
  private regexConstsInlined(cond: string): string {
    return cond.replace(/([A-Za-z_$][\w$]*)\.test\(/g, (whole, name: string) => {
      const decl = this.soleDecl(name, "regex");
      return decl ? `${this.text(field(decl, "value") ?? decl)}.test(` : whole;
    });
  }

  /**
   * `const d = document.createElement('div')` (an element whose text children serialise escaped: not script,
   * style or the other raw-text elements) whose every other use reads or writes its text (`d.textContent = s`,
   * `d.innerText = s`) or reads its markup back (`d.innerHTML`): no markup was ever parsed into it.
   */
  private textOnlyElement(id: SyntaxNode): boolean {
    const name = this.text(id);
    const decl = this.soleDecl(name, "call_expression");
    const made = decl && field(decl, "value");
    if (!made || this.callee(made) !== "document.createElement") return false;
    const tag = this.stringValue(this.args(made)[0]);
    if (!tag || /^(script|style|xmp|iframe|noembed|noframes|plaintext|noscript)$/i.test(tag)) return false;
    let wrote = false;
    for (const u of this.uses(name)) {
      if (u === field(decl!, "name")) continue;
      const m = u.parent;
      if (m?.type !== "member_expression" || field(m, "object") !== u) return false;
      const p = this.text(field(m, "property") ?? m);
      const written = m.parent?.type === "assignment_expression" && field(m.parent, "left") === m;
      if (
        written
          ? !/^(textContent|innerText)$/.test(p)
          : !/^(textContent|innerText|innerHTML|outerHTML)$/.test(p)
      )
        return false;
      wrote ||= written;
    }
    return wrote;
  }

  /** The getter of the file's Vue options-API computed property of that name (see vueComputed). */
  vueComputedGetter(name: string): SyntaxNode | undefined {
    return this.vueComputed(name);
  }

  /**
   * The getter of a Vue options-API computed property: `computed: { body() { ... } }`, `body: () => ...`,
   * `body: function () { ... }` or `body: { get() { ... } }`. Undefined when the file declares none of that name.
   */
  private vueComputed(name: string): SyntaxNode | undefined {
    if (!this.vueGetters) {
      this.vueGetters = new Map();
      for (const n of this.tree.nodes) {
        if (n.type !== "pair" || this.text(field(n, "key") ?? n).replace(/['"]/g, "") !== "computed")
          continue;
        const obj = field(n, "value");
        if (obj?.type !== "object") continue;
        for (const m of namedChildren(obj)) {
          let key: SyntaxNode | undefined;
          let getter: SyntaxNode | undefined;
          if (m.type === "method_definition") [key, getter] = [field(m, "name"), m];
          else if (m.type === "pair") {
            key = field(m, "key");
            const v = field(m, "value");
            if (v && FN_TYPES.has(v.type)) getter = v;
            else if (v?.type === "object")
              getter = namedChildren(v).find(
                (g) => g.type === "method_definition" && this.text(field(g, "name") ?? g) === "get",
              );
          }
          const k = key && this.text(key).replace(/['"]/g, "");
          if (k && getter && !this.vueGetters.has(k)) this.vueGetters.set(k, getter);
        }
      }
    }
    return this.vueGetters.get(name);
  }

  /** Every identifier use of a name (declarations included), for the container models below. */
  private uses(name: string): SyntaxNode[] {
    // (every name's uses in one pass, on first use: a pass per name was quadratic in a file of many names)
    if (!this.usesByName.size) {
      for (const n of this.tree.nodes) {
        if (n.type !== "identifier") continue;
        const list = this.usesByName.get(this.text(n));
        if (list) list.push(n);
        else this.usesByName.set(this.text(n), [n]);
      }
      this.usesByName.set("", []);
    }
    return this.usesByName.get(name) ?? [];
  }

  // The per-name lists (decls, assigns, augments, patternDecls) are in pre-order, where `order` and `start` never
  // decrease: "the bindings before a read", "those inside a block" and "those of one function" are found by binary
  // search or a per-function split, not by a scan of every binding of the name. A minified file binds the same
  // one-letter names thousands of times, and each read scanned them all (quadratic, minutes per file).

  /** How many items of a per-name list come before `at` in source order. */
  /** One step of the file's budget; past it every data-flow question throws (budget.ts says why). */
  private charge(steps = 1): void {
    const b = this.budget;
    if ((b.steps += steps) > b.limit || b.exhausted) exhaust(b);
  }

  private countBefore<T>(list: readonly T[], at: SyntaxNode, node: (t: T) => SyntaxNode): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (node(list[mid]!).order < at.order) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The items of a per-name list inside `b` (same order as the list). */
  private inRange(list: readonly SyntaxNode[], b: SyntaxNode): SyntaxNode[] {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < b.start) lo = mid + 1;
      else hi = mid;
    }
    const out: SyntaxNode[] = [];
    for (let i = lo; i < list.length && list[i]!.start <= b.end; i++)
      if (list[i]!.end <= b.end) out.push(list[i]!);
    return out;
  }

  /** The items of a per-name list whose enclosing function is `fn` (undefined: the top level), in order. */
  private inFn(list: SyntaxNode[] | undefined, fn: SyntaxNode | undefined): SyntaxNode[] {
    if (!list) return [];
    let split = this.byFn.get(list);
    if (!split) {
      split = new Map();
      for (const n of list) {
        const f = enclosingFunction(n) ?? null;
        const l = split.get(f);
        if (l) l.push(n);
        else split.set(f, [n]);
      }
      this.byFn.set(list, split);
    }
    return split.get(fn ?? null) ?? [];
  }

  /**
   * `const { secure, ...rest } = BASE`: the keys the rest object bound to the identifier `use` leaves out. Undefined
   * when `use` names no such rest binding (or a computed key makes the left-out keys unknown).
   */
  restOmits(use: SyntaxNode): string[] | undefined {
    if (use.type !== "identifier") return undefined;
    const name = this.text(use);
    if (this.assigns.has(name)) return undefined;
    // (Pattern bindings are not among decls: the last such rest binding before the use, in its function.)
    const fn = enclosingFunction(use);
    const rest = this.tree.nodes
      .filter(
        (r) =>
          r.type === "rest_pattern" &&
          r.order < use.order &&
          r.parent?.type === "object_pattern" &&
          r.parent.parent?.type === "variable_declarator" &&
          enclosingFunction(r) === fn &&
          this.text(namedChildren(r)[0] ?? r) === name,
      )
      .pop();
    const pat = rest?.parent;
    if (!rest || !pat) return undefined;
    const kids = namedChildren(pat).filter((c) => c.type !== "comment");
    const out: string[] = [];
    for (const c of kids) {
      if (c === rest) continue;
      const k = patternKey(c);
      if (!k || k.type === "computed_property_name") return undefined;
      out.push(this.text(k).replace(/^['"]|['"]$/g, ""));
    }
    return out;
  }

  /** The one declarator of a name never reassigned, whose value has the given type (any: undefined); else undefined. */
  private soleDecl(name: string, valueType: string | undefined): SyntaxNode | undefined {
    const decls = this.decls.get(name) ?? [];
    if (decls.length !== 1 || this.assigns.has(name)) return undefined;
    const value = field(decls[0]!, "value");
    return valueType === undefined || value?.type === valueType ? decls[0] : undefined;
  }

  /**
   * The one declaration of `name` in scope at `use`: the file's only one, or where the name is declared in several
   * blocks (`const clauses = []` in two handlers), the last one before `use` in a block holding it, when no other
   * declaration of the name is inside that block; `within` is then that block (its uses are the binding's).
   */
  private scopedDecl(
    name: string,
    valueType: string | undefined,
    use: SyntaxNode,
  ): { decl: SyntaxNode; within?: SyntaxNode } | undefined {
    const all = this.decls.get(name) ?? [];
    if (all.length <= 1) {
      const decl = this.soleDecl(name, valueType);
      return decl ? { decl } : undefined;
    }
    if (this.assigns.has(name)) return undefined;
    const inside = (n: SyntaxNode, b: SyntaxNode) => b.start <= n.start && n.end <= b.end;
    // (the last such declaration, read back from `use`; then any other inside its block)
    let decl: SyntaxNode | undefined;
    for (let k = this.countBefore(all, use, (d) => d) - 1; k >= 0 && !decl; k--) {
      const b = all[k]!.parent?.parent;
      if (b && b.type === "statement_block" && inside(use, b)) decl = all[k];
    }
    const within = decl?.parent?.parent;
    if (!decl || !within || this.inRange(all, within).some((d) => d !== decl)) return undefined;
    return valueType === undefined || field(decl, "value")?.type === valueType ? { decl, within } : undefined;
  }

  /**
   * `name.method(...)` calls on a name, with the method; undefined when the name is used any other way. `within`:
   * only the uses inside that node count (the binding's block, where the name is declared elsewhere too).
   */
  private methodCalls(
    name: string,
    decl: SyntaxNode,
    allowBare: boolean,
    within?: SyntaxNode,
  ): { calls: { call: SyntaxNode; method: string }[]; writes: SyntaxNode[] } | undefined {
    const calls: { call: SyntaxNode; method: string }[] = [];
    const writes: SyntaxNode[] = []; // values stored through `x[i] = v` / `x.p = v`
    for (const u of this.uses(name)) {
      if (within && !(within.start <= u.start && u.end <= within.end)) continue;
      if (u.parent === decl && u.field === "name") continue;
      const p = u.parent;
      if ((p?.type === "member_expression" || p?.type === "subscript_expression") && u.field === "object") {
        if (p.field === "left" && p.parent?.type === "assignment_expression") {
          const v = field(p.parent, "right");
          if (v) writes.push(v);
          continue;
        }
        // A compound write (`x.n += 1`, `x[i]++`); a read on the left of an operator (`x.c ?? d`) writes nothing.
        if (
          (p.field === "left" && p.parent?.type === "augmented_assignment_expression") ||
          p.parent?.type === "update_expression"
        )
          return undefined;
        if (
          p.type === "member_expression" &&
          p.parent?.type === "call_expression" &&
          p.field === "function"
        ) {
          // A chained call (`m.set(a, b).set(c, d)`) writes through a value this model does not follow; a read that
          // makes a new value (`xs.slice(1).join('')`) leaves the receiver as it was.
          const prop = field(p, "property");
          const mm = p.parent.parent;
          // (`m.get(k).file` read as a value, not called, stored to or read further: the entry's value unchanged.)
          const readOnly =
            !!mm &&
            prop !== undefined &&
            this.text(prop) === "get" &&
            mm.field !== "function" &&
            mm.field !== "object" &&
            !(mm.field === "left" && /assignment_expression$/.test(mm.parent?.type ?? "")) &&
            mm.parent?.type !== "update_expression";
          if (
            mm?.type === "member_expression" &&
            p.parent.field === "object" &&
            !FRESH_RESULT.test(prop ? this.text(prop) : "") &&
            !readOnly
          )
            return undefined;
          calls.push({ call: p.parent, method: prop ? this.text(prop) : "" });
        }
        continue;
      }
      // `new Map(DEFAULTS)`: the copy is filled from it; the original is left as it was.
      const made = p?.type === "arguments" ? p.parent : undefined;
      if (
        made?.type === "new_expression" &&
        /^(Map|Set)$/.test(this.text(field(made, "constructor") ?? made)) &&
        this.args(made).length === 1
      )
        continue;
      if (!allowBare) return undefined; // passed on, spread, aliased: writes could come from anywhere
    }
    return { calls, writes };
  }

  /**
   * A `new Map(...)` bound once whose every use is a method call: its entries by constant key. `entries` are
   * the constructor's pairs and the `set` calls (key undefined: a computed key, which may be any key). The
   * binding is the one in scope at `use`, so `const m = new Map()` in several handlers each keep their own.
   */
  private mapModel(name: string, use: SyntaxNode): { entries: MapEntry[]; ctor: SyntaxNode } | undefined {
    const scoped = this.scopedDecl(name, "new_expression", use);
    const decl = scoped?.decl;
    const ctor = decl && field(decl, "value");
    if (!decl || !ctor) return undefined;
    if (!this.maps.has(decl)) this.maps.set(decl, this.mapEntries(name, decl, ctor, scoped.within));
    const entries = this.maps.get(decl);
    return entries && { entries, ctor };
  }

  /**
   * The entries a `m.get(k)` call may read: a private object key matches its own entries only, any other key never
   * reads those; and a key that is the request of a route handler (`cache.get(req)`) never reads what another
   * route's handler stored under its own request (each request is a new object; middleware and helpers count).
   */
  private mapHits(call: SyntaxNode, recv: SyntaxNode): MapEntry[] | undefined {
    const map = this.mapModel(this.text(recv), recv);
    if (!map) return undefined;
    const k0 = this.args(call)[0];
    const key = this.mapKey(k0);
    const route = this.requestRoute(k0);
    const hits = map.entries.filter((e) => {
      if (key?.startsWith(OBJECT_KEY)) return e.key === key;
      if (e.key?.startsWith(OBJECT_KEY) || (key !== undefined && e.key !== undefined && e.key !== key))
        return false;
      const other = route && e.at ? this.requestRoute(this.args(e.at)[0]) : undefined;
      return !other || other.fn === route!.fn || other.call === route!.call;
    });
    const last = key === undefined ? undefined : this.overwritingSet(hits, key, map.ctor, call);
    return last ? hits.filter((e) => e === last || (e.at && e.at.order > last.at!.order)) : hits;
  }

  /**
   * `m.set('page', 'index.html')` as a statement of a block the `m.get('page')` call sits in, before it, on a Map
   * made in the same function: every path to the read runs that store last under the key (or a later one), so
   * what the constructor or earlier stores put there is gone. Undefined when no such store.
   */
  private overwritingSet(
    hits: MapEntry[],
    key: string,
    ctor: SyntaxNode,
    call: SyntaxNode,
  ): MapEntry | undefined {
    const fn = enclosingFunction(call);
    if (!fn || enclosingFunction(ctor) !== fn) return undefined;
    let last: MapEntry | undefined;
    for (const e of hits) {
      const at = e.at;
      if (e.key !== key || !at || at.order > call.order || enclosingFunction(at) !== fn) continue;
      const block = at.parent?.type === "expression_statement" ? at.parent.parent : undefined;
      let inside = false;
      for (let n: SyntaxNode | null = call; n && !inside; n = n.parent) inside = n === block;
      if (inside && (!last || at.order > last.at!.order)) last = e;
    }
    return last;
  }

  /**
   * `m.get(k).prop` on a Map whose entries read there are all object literals (none written through a `get`): the
   * values each gives `prop` (none where it lacks it). Undefined when not so.
   */
  private mapHeldProp(node: SyntaxNode): SyntaxNode[] | undefined {
    const call = field(node, "object");
    const fn = call?.type === "call_expression" ? field(call, "function") : undefined;
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    if (recv?.type !== "identifier" || this.method(call!) !== "get") return undefined;
    const name = this.text(recv).replace(/\$/g, "\\$");
    const store = String.raw`\b${name}\s*\.\s*get\s*\([^)]*\)\s*(?:\??\.[\w$]+|\[[^\]]*\])+\s*(?:[-+*/%&|^]|\?\?|&&|\|\|)?=(?![=>])`;
    if (sourceMatches(this.tree, store)) return undefined;
    const hits = this.mapHits(call!, recv);
    if (!hits?.length) return undefined;
    const prop = this.text(field(node, "property") ?? node);
    const out: SyntaxNode[] = [];
    for (const e of hits) {
      const obj = e.value && this.literalContainer(e.value);
      const v = obj?.type === "object" ? this.lastPair(obj, prop) : undefined;
      if (v === undefined) return undefined;
      if (v) out.push(v);
    }
    return out;
  }

  /**
   * For a name that is the first parameter of a route handler (`app.get('/x', (req, res) => ...)`, a string path
   * first): that handler and its route call.
   */
  private requestRoute(k: SyntaxNode | undefined): { fn: SyntaxNode; call: SyntaxNode } | undefined {
    if (k?.type !== "identifier") return undefined;
    const fn = enclosingFunction(k);
    const ps = fn ? this.plainParams(fn) : undefined;
    if (!fn || ps?.[0]?.name !== this.text(k)) return undefined;
    if ((this.assigns.get(this.text(k)) ?? []).some((a) => enclosingFunction(a) === fn)) return undefined;
    const route = this.routeOf(fn);
    if (!route || route.at === 0 || this.stringValue(route.args[0]) === undefined) return undefined;
    return { fn, call: route.call };
  }

  /**
   * A Map key as text: a constant's value, or for an object made here and bound to a name used only as a key of
   * map calls (`const tag = {}; m.set(tag, v); m.get(tag)`), that binding (no other expression can be that
   * object). Undefined where the key may be anything.
   */
  private mapKey(k: SyntaxNode | undefined): string | undefined {
    const v = this.constValue(k);
    if (typeof v === "string" || typeof v === "number") return String(v);
    if (k?.type !== "identifier") return undefined;
    const name = this.text(k);
    const decls = this.decls.get(name) ?? [];
    const value = decls.length === 1 ? field(decls[0]!, "value") : undefined;
    if (!value || !/^(object|array|new_expression)$/.test(value.type) || this.assigns.has(name))
      return undefined;
    const keyUse = (u: SyntaxNode) => {
      const call = u.parent?.type === "arguments" ? u.parent.parent : undefined;
      return (
        call?.type === "call_expression" &&
        this.args(call)[0] === u &&
        /^(get|set|has|delete)$/.test(this.method(call))
      );
    };
    const own = this.uses(name).every((u) => (u.parent === decls[0] && u.field === "name") || keyUse(u));
    return own ? OBJECT_KEY + name : undefined;
  }

  private mapEntries(
    name: string,
    decl: SyntaxNode,
    ctor: SyntaxNode,
    within: SyntaxNode | undefined,
  ): MapEntry[] | undefined {
    let out: MapEntry[] | undefined;
    // (URLSearchParams too: `new URLSearchParams({ q, page: '1' }).get('page')` reads the pair as written.)
    const params = this.text(field(ctor, "constructor") ?? ctor) === "URLSearchParams";
    const used =
      /^(Map|WeakMap)$/.test(this.text(field(ctor, "constructor") ?? ctor)) || params
        ? this.methodCalls(name, decl, false, within)
        : undefined;
    const calls = used && used.writes.length === 0 ? used.calls : undefined;
    const keyOf = (k: SyntaxNode | undefined) => this.mapKey(k);
    if (ctor && calls) {
      out = [];
      const init = this.args(ctor);
      // `new Map(Object.entries({ legacy: 'md5' }))`: the literal's own pairs.
      const lit =
        init.length === 1 && init[0]!.type === "call_expression" && this.callee(init[0]!) === "Object.entries"
          ? this.args(init[0]!)[0]
          : params && init.length === 1 && init[0]!.type === "object"
            ? init[0]
            : undefined;
      if (lit?.type === "object") {
        for (const p of namedChildren(lit)) {
          const k = p.type === "pair" ? field(p, "key") : undefined;
          if (p.type === "comment") continue;
          if (!k || k.type === "computed_property_name") return undefined;
          out.push({ key: this.text(k).replace(/^['"]|['"]$/g, ""), value: field(p, "value") ?? undefined });
        }
      } else if (init.length > 1 || (init[0] && init[0].type !== "array")) out = undefined;
      for (const pair of init[0]?.type === "array" ? namedChildren(init[0]) : []) {
        const kv = pair.type === "array" ? namedChildren(pair) : [];
        if (kv.length !== 2 || kv.some((c) => c.type === "spread_element")) {
          out = undefined;
          break;
        }
        out?.push({ key: keyOf(kv[0]), value: kv[1] });
      }
      for (const { call, method } of calls) {
        if (!out || !(method === "set" || (params && method === "append")) || this.isDead(call)) continue;
        const [k, v] = this.args(call);
        out.push({ key: keyOf(k), value: v, at: call });
      }
    }
    return out;
  }

  /**
   * The elements of an array literal bound once, as seen at `use`: the literal's items moved by the `push`,
   * `pop`, `shift` and `unshift` calls that run before it unconditionally (statements of the declaration's own
   * block, same function). `removed` is what a `pop()`/`shift()` at `use` returns. Undefined positions (a
   * conditional or later-running call, `splice`, `sort`, an index write) give `whole`: every element it may
   * ever hold.
   */
  private arrayAt(
    name: string,
    use: SyntaxNode,
  ):
    | {
        items?: (SyntaxNode | undefined)[];
        removed?: SyntaxNode;
        cutOut?: (SyntaxNode | undefined)[];
        whole: SyntaxNode[];
      }
    | undefined {
    const scoped = this.scopedDecl(name, undefined, use);
    const decl = scoped?.decl;
    let literal = decl ? field(decl, "value") : null;
    // (`const HOSTS = ['a', 'b'] as const`: the literal under a type-only wrapper)
    while (literal && /^(as_expression|satisfies_expression)$/.test(literal.type))
      literal = namedChildren(literal)[0] ?? null;
    if (!decl || literal?.type !== "array" || literal.children.some((c) => c.type === "spread_element"))
      return undefined;
    // `a.splice(a[0], 1)`: a splice position read from the array itself asks for this array again - unknown.
    if (this.arraysJudged.has(decl)) return undefined;
    this.arraysJudged.add(decl);
    try {
      return this.arrayAtDecl(name, use, decl, literal, scoped.within);
    } finally {
      this.arraysJudged.delete(decl);
    }
  }

  /** The array declarations arrayAt is reading now (see there). */
  private readonly arraysJudged = new Set<SyntaxNode>();

  private arrayAtDecl(
    name: string,
    use: SyntaxNode,
    decl: SyntaxNode,
    literal: SyntaxNode,
    within: SyntaxNode | undefined,
  ): ReturnType<JsContext["arrayAt"]> {
    const used = this.methodCalls(name, decl, true, within);
    if (!used) return undefined;
    const calls = used.calls;
    const items: (SyntaxNode | undefined)[] = namedChildren(literal).filter((c) => c.type !== "comment");
    const whole = [...items] as SyntaxNode[];
    const MOVES = new Set(["push", "pop", "shift", "unshift"]);
    const SCRAMBLE = new Set(["splice", "sort", "reverse", "fill", "copyWithin"]);
    whole.push(...used.writes);
    let known = used.writes.length === 0;
    // `a.splice(1, 1)` / `a.splice(0, 1, x)` with constant integer positions moves items as predictably as a shift.
    const fixedSplice = (call: SyntaxNode, method: string) => {
      if (method !== "splice") return undefined;
      const args = this.args(call);
      const at = args.slice(0, 2).map((a) => this.constValue(a));
      if (!args.length || at.some((v) => typeof v !== "number" || !Number.isInteger(v))) return undefined;
      return { at: at as number[], inserted: args.slice(2) };
    };
    for (const { call, method } of calls) {
      if (method === "push" || method === "unshift") whole.push(...this.args(call));
      const spliced = fixedSplice(call, method);
      if (spliced) whole.push(...spliced.inserted);
      else if (SCRAMBLE.has(method)) known = false;
    }
    const statementOf = decl.parent; // lexical_declaration / variable_declaration
    const block = statementOf?.parent;
    const fn = enclosingFunction(decl);
    const straight = (call: SyntaxNode) => {
      // The call is (part of) a statement of the declaration's block: nothing conditional between them.
      for (let n: SyntaxNode | null = call; n; n = n.parent) {
        if (n.parent === block) return true;
        if (!STRAIGHT.has(n.parent?.type ?? "")) return false;
      }
      return false;
    };
    const inBlock = (n: SyntaxNode) => {
      for (let p: SyntaxNode | null = n; p; p = p.parent) if (p === block) return true;
      return false;
    };
    if (!known || !block || enclosingFunction(use) !== fn || !inBlock(use)) return { whole };
    let removed: SyntaxNode | undefined;
    let cutOut: (SyntaxNode | undefined)[] | undefined;
    for (const { call, method } of calls) {
      const spliced = fixedSplice(call, method);
      if ((!MOVES.has(method) && !spliced) || call.order > use.order) continue;
      if (!straight(call) || this.isDead(call)) return { whole };
      const args = this.args(call);
      if (args.some((a) => a.type === "spread_element")) return { whole };
      let out: SyntaxNode | undefined;
      if (spliced) {
        const [start, count] = spliced.at;
        const cut =
          count === undefined ? items.splice(start!) : items.splice(start!, count, ...spliced.inserted);
        if (call === use) cutOut = cut;
      } else if (method === "push") items.push(...args);
      else if (method === "unshift") items.unshift(...args);
      else if (method === "pop") out = items.pop();
      else out = items.shift();
      if (call === use) removed = out;
    }
    return { items, removed, cutOut, whole };
  }

  /** The function literal a call runs: a helper declared in this file, or one such a helper made and returned. */
  calledFunction(call: SyntaxNode): SyntaxNode | undefined {
    const local = this.localFunction(call);
    if (local) return local;
    const made = this.madeClosure(call);
    return made?.inner.length === 1 ? made.inner[0] : undefined;
  }

  /**
   * A call of a function literal that a helper declared in this file returns: `get()` of `const get = make(x)` (a
   * const) or `make(x)()`. The helper, the call that made the function, and what the made function returns.
   */
  private madeClosure(
    node: SyntaxNode,
  ): { outer: SyntaxNode; call: SyntaxNode; inner: SyntaxNode[]; rets: SyntaxNode[] } | undefined {
    const f = field(node, "function");
    let made: SyntaxNode | undefined;
    if (f?.type === "call_expression") made = f;
    else if (f?.type === "identifier") {
      const scoped = this.scopedDecl(this.text(f), "call_expression", f);
      if (scoped && /^const\b/.test(this.text(scoped.decl.parent ?? scoped.decl)))
        made = field(scoped.decl, "value") ?? undefined;
    }
    // (Or an immediately invoked function: `const get = ((v) => () => v)(x)`.)
    let iife = made ? field(made, "function") : undefined;
    iife = unparen(iife);
    const outer =
      iife?.type === "arrow_function" || iife?.type === "function_expression"
        ? iife
        : made
          ? this.localFunction(made)
          : undefined;
    if (!made || !outer || (outer.start <= node.start && node.end <= outer.end) || !this.plainParams(outer))
      return undefined;
    const inner = returnedValues(outer);
    if (!inner.length || inner.some((r) => r.type !== "arrow_function" && r.type !== "function_expression"))
      return undefined;
    const rets = inner.flatMap((r) => returnedValues(r));
    return rets.length && inner.every((r) => this.plainParams(r))
      ? { outer, call: made, inner, rets }
      : undefined;
  }

  /**
   * `obj.p` read where `obj.p = v;` ran just before it in the same block (obj a const instance of a class of this
   * file, `p` a plain field or a setter storing into the field its getter returns), with no other use of obj in
   * between: v. Undefined otherwise.
   */
  /**
   * `X.prop` where every instance X can be is a `new K(...)` of one class K of this file without a superclass (X
   * itself, a name bound to one, a fluent chain on one, or a call of a local function whose every return is one)
   * and `prop` is a parameter property of K's constructor (`constructor(readonly clause: string)`) that nothing
   * else stores into and no accessor or method of K shadows: the arguments those `new` calls pass there (a missing
   * one: the parameter's default). Undefined otherwise.
   */
  private ctorArgProp(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    const prop = this.text(field(node, "property") ?? node);
    if (!obj || !/^[A-Za-z_$][\w$]*$/.test(prop)) return undefined;
    const origin = this.madeBy(obj);
    const fn = origin?.type === "call_expression" ? this.localFunction(origin) : undefined;
    const news = origin?.type === "new_expression" ? [origin] : fn ? returnedValues(fn) : [];
    if (!news.length || news.some((n) => n.type !== "new_expression")) return undefined;
    const cls = this.text(field(news[0]!, "constructor") ?? news[0]!);
    if (news.some((n) => this.text(field(n, "constructor") ?? n) !== cls)) return undefined;
    this.instanceMethod(cls, ""); // (builds classesByName)
    const classes = this.classesByName?.get(cls) ?? [];
    const klass = classes.length === 1 ? classes[0]! : undefined;
    const body = klass && field(klass, "body");
    if (!body || namedChildren(klass!).some((h) => h.type === "class_heritage")) return undefined;
    const members = namedChildren(body);
    if (
      members.some(
        (m) => m !== undefined && this.text(field(m, "name") ?? m) === prop && m.type !== "method_definition",
      )
    )
      return undefined;
    const ctor = members.find(
      (m) => m.type === "method_definition" && this.text(field(m, "name") ?? m) === "constructor",
    );
    if (!ctor || members.some((m) => m !== ctor && this.text(field(m, "name") ?? m) === prop))
      return undefined;
    const params = namedChildren(field(ctor, "parameters") ?? ctor).filter((c) => c.type !== "comment");
    const at = params.findIndex(
      (p) =>
        p.children.some((c) => c.type === "accessibility_modifier" || c.type === "readonly") &&
        this.text(field(p, "pattern") ?? p) === prop,
    );
    if (at < 0) return undefined;
    // Nothing else stores into a property of that name (`x.clause = ...`, `this.clause = ...`).
    const e = prop.replace(/\$/g, "\\$");
    if (
      sourceMatches(
        this.tree,
        String.raw`\.\s*${e}\s*(?:[-+*/%&|^]|\?\?|&&|\|\|)?=(?![=>])|\[\s*['"]${e}['"]\s*\]\s*=(?!=)`,
      )
    )
      return undefined;
    if (sourceHas(this.tree, /\bObject\.assign\(\s*this\b/)) return undefined;
    const out: SyntaxNode[] = [];
    for (const n of news) {
      const args = this.args(n);
      if (args.slice(0, at + 1).some((a) => a.type === "spread_element")) return undefined;
      const v = args[at] ?? field(params[at]!, "value");
      if (v) out.push(v);
    }
    return out;
  }

  private storedBefore(read: SyntaxNode, made: SyntaxNode): SyntaxNode | undefined {
    const obj = field(read, "object")!;
    const name = this.text(obj);
    const prop = this.text(field(read, "property") ?? read);
    const scoped = this.scopedDecl(name, "new_expression", obj);
    if (!scoped || !/^const\b/.test(this.text(scoped.decl.parent ?? scoped.decl))) return undefined;
    const ctor = this.text(field(made, "constructor") ?? made);
    this.instanceMethod(ctor, ""); // (builds classesByName)
    const classes = this.classesByName?.get(ctor) ?? [];
    const body = classes.length === 1 ? field(classes[0]!, "body") : undefined;
    if (!body || namedChildren(classes[0]!).some((h) => h.type === "class_heritage")) return undefined;
    const members = namedChildren(body);
    const accessors = members.filter(
      (m) => m.type === "method_definition" && this.text(field(m, "name") ?? m) === prop,
    );
    if (accessors.length) {
      // A getter returning this.F and a setter whose only statement stores its parameter into this.F.
      const f = this.getterField(members, prop);
      const setter = accessors.find((m) => m.children.some((c) => c.type === "set"));
      const ps = setter && this.plainParams(setter);
      const stmts = setter
        ? namedChildren(field(setter, "body") ?? setter).filter((c) => c.type !== "comment")
        : [];
      if (!f || ps?.length !== 1 || stmts.length !== 1) return undefined;
      const as = namedChildren(stmts[0]!)[0];
      const left = as?.type === "assignment_expression" ? field(as, "left") : undefined;
      if (
        left?.type !== "member_expression" ||
        field(left, "object")?.type !== "this" ||
        this.text(field(left, "property") ?? left) !== f ||
        this.text(field(as!, "right") ?? as!) !== ps[0]!.name
      )
        return undefined;
    } else if (
      members.some(
        (m) => m.type === "method_definition" && this.text(field(m, "name") ?? m) !== "constructor",
      )
    )
      return undefined; // a method could change the field between the store and the read
    // The statement holding the read, and the statements of its block before it.
    let stmt: SyntaxNode = read;
    while (stmt.parent && stmt.parent.type !== "statement_block" && stmt.parent.type !== "program") {
      if (FN_TYPES.has(stmt.parent.type)) return undefined;
      stmt = stmt.parent;
    }
    const block = stmt.parent;
    if (!block) return undefined;
    const before = namedChildren(block).filter((c) => c.end <= stmt.start);
    for (let i = before.length - 1; i >= 0; i--) {
      const b = before[i]!;
      const e = b.type === "expression_statement" ? namedChildren(b)[0] : undefined;
      const left = e?.type === "assignment_expression" ? field(e, "left") : undefined;
      if (left?.type === "member_expression" && this.text(left) === `${name}.${prop}`)
        return field(e!, "right") ?? undefined;
      // Any other mention of the instance (a call, a store of another field, handing it on) ends the search.
      if (new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, "\\$")}\\b`).test(this.text(b))) return undefined;
    }
    return undefined;
  }

  /**
   * `view.k` of `const view = Object.fromEntries(...)`: of `Object.entries(LIT)` with LIT an object literal, LIT's
   * own `k` (none: nothing); of `Object.entries(x).map(([k, v]) => [k, f(v)])`, the values the callback pairs with
   * the keys. Undefined when not worked out.
   */
  private fromEntriesProp(node: SyntaxNode): SyntaxNode[] | undefined {
    const obj = field(node, "object");
    if (obj?.type !== "identifier") return undefined;
    const name = this.text(obj);
    const scoped = this.scopedDecl(name, "call_expression", obj);
    const v = scoped && field(scoped.decl, "value");
    if (!v || this.callee(v) !== "Object.fromEntries" || this.args(v).length !== 1) return undefined;
    const used = this.methodCalls(name, scoped.decl, false, scoped.within);
    if (!used || used.writes.length || used.calls.length) return undefined;
    const arg = this.args(v)[0]!;
    const prop = this.text(field(node, "property") ?? node);
    if (arg.type === "call_expression" && this.callee(arg) === "Object.entries") {
      const lit = this.args(arg)[0];
      if (lit?.type !== "object") return undefined;
      const hit = this.lastPair(lit, prop);
      return hit === undefined ? undefined : hit ? [hit] : [];
    }
    const fn = field(arg, "function");
    const cb = this.args(arg)[0];
    if (
      arg.type !== "call_expression" ||
      fn?.type !== "member_expression" ||
      this.method(arg) !== "map" ||
      (cb?.type !== "arrow_function" && cb?.type !== "function_expression")
    )
      return undefined;
    const rets = returnedValues(cb);
    const pairs = rets.map((r) => this.arrayLiteralElements(r));
    if (!rets.length || pairs.some((p) => p?.length !== 2)) return undefined;
    return pairs.map((p) => p![1]!);
  }

  /**
   * The items, in order, of an array derived from known ones: an array literal, a local array whose items are
   * known where it is read (arrayAt), `xs.slice(a, b)` with constant bounds, `xs.concat(['a'], [v])` with array
   * literals or constants as arguments, `xs.flat()` / `xs.flatMap((r) => r)` over array literals or constants,
   * `xs.reverse()` / `xs.toReversed()`, and `Array.from(xs)`. Undefined when any piece is not known (an argument that may itself be an array, a spread).
   */
  private derivedItems(v: SyntaxNode | undefined, depth = 0): SyntaxNode[] | undefined {
    if (!v || depth > 6) return undefined;
    if (v.type === "parenthesized_expression") return this.derivedItems(namedChildren(v)[0], depth + 1);
    if (v.type === "array") return this.arrayLiteralElements(v) ?? this.spreadItems(v, depth);
    if (v.type === "identifier") {
      const items = this.arrayAt(this.text(v), v)?.items;
      return items?.every((i) => !!i) ? (items as SyntaxNode[]) : this.copiedConstArray(v);
    }
    if (v.type !== "call_expression") return undefined;
    const fn = field(v, "function");
    const args = this.args(v);
    if (args.some((a) => a.type === "spread_element")) return undefined;
    if (this.text(fn ?? v) === "Array.from" && args.length === 1)
      return this.derivedItems(args[0], depth + 1);
    const m = fn?.type === "member_expression" ? this.method(v) : "";
    if (!/^(slice|concat|flat|flatMap|reverse|toReversed)$/.test(m)) return undefined;
    const recv = this.derivedItems(field(fn!, "object") ?? undefined, depth + 1);
    if (!recv) return undefined;
    if (m === "reverse" || m === "toReversed") return args.length ? undefined : [...recv].reverse();
    // One level flattened: an array literal gives its items, a constant is one item; anything else may be an array.
    const spread = (items: SyntaxNode[]): SyntaxNode[] | undefined => {
      const out: SyntaxNode[] = [];
      for (const i of items) {
        const inner = i.type === "array" ? this.arrayLiteralElements(i) : undefined;
        if (inner) out.push(...inner);
        else if (i.type !== "array" && this.constValue(i) !== undefined) out.push(i);
        else return undefined;
      }
      return out;
    };
    if (m === "slice") {
      const bounds = args.map((a) => this.constValue(a));
      if (bounds.length > 2 || bounds.some((b) => typeof b !== "number" || !Number.isInteger(b)))
        return undefined;
      return recv.slice(...(bounds as number[]));
    }
    if (m === "concat") {
      const more = spread(args);
      return more && [...recv, ...more];
    }
    if (m === "flat") return args.length === 0 || this.constValue(args[0]) === 1 ? spread(recv) : undefined;
    // `flatMap((r) => r)`: the identity callback, so a flat() of one level.
    const cb = args[0];
    if (args.length !== 1 || (cb?.type !== "arrow_function" && cb?.type !== "function_expression"))
      return undefined;
    const ps = this.plainParams(cb);
    const rets = returnedValues(cb);
    if (ps?.length !== 1 || rets.length !== 1 || this.text(rets[0]!) !== ps[0]!.name) return undefined;
    return spread(recv);
  }

  /**
   * `[...gen(x), 'z']`: an array literal whose spreads are of known arrays or of calls of a local generator that
   * only yields, statement after statement (its yields in order). Undefined otherwise.
   */
  private spreadItems(arr: SyntaxNode, depth: number): SyntaxNode[] | undefined {
    const out: SyntaxNode[] = [];
    for (const c of namedChildren(arr)) {
      if (c.type === "comment") continue;
      if (c.type !== "spread_element") {
        out.push(c);
        continue;
      }
      const inner = namedChildren(c)[0];
      const gen = inner?.type === "call_expression" ? this.localFunction(inner) : undefined;
      const body = gen && isGenerator(gen) ? field(gen, "body") : undefined;
      if (body?.type === "statement_block") {
        for (const st of namedChildren(body)) {
          if (st.type === "comment") continue;
          const y = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
          const val =
            y?.type === "yield_expression" ? namedChildren(y).filter((x) => x.type !== "comment") : [];
          if (y?.type !== "yield_expression" || val.length !== 1 || /^yield\s*\*/.test(this.text(y)))
            return undefined;
          out.push(val[0]!);
        }
        continue;
      }
      const known = this.derivedItems(inner, depth + 1);
      if (!known) return undefined;
      out.push(...known);
    }
    // (commas: a hole would shift the positions)
    return /,\s*,|\[\s*,/.test(this.text(arr)) ? undefined : out;
  }

  /**
   * `ids[k]` of `const ids = Array.from(LIST)` / `LIST.slice()` / `LIST.map(cb)` / `LIST.filter(Boolean)` with LIST an
   * array literal (or a const array whose items are known here) and ids only read: the one item at k (cb applied
   * to it), or the filtered item when the items before it are constants. Undefined when not worked out.
   */
  /**
   * Every value the file binds to `name` is a match of a regular expression literal (`re.exec(x)` or
   * `x.match(re)` without the g flag) whose capturing group `k` holds letters, digits, '_', '-' and '.' only.
   */
  private narrowCapture(obj: SyntaxNode, k: number): boolean {
    const name = this.text(obj);
    const values = [
      ...(this.decls.get(name) ?? []).map((d) => field(d, "value")),
      ...(this.assigns.get(name) ?? []).map((a) => field(a, "right")),
    ];
    if (!values.some(Boolean)) return false;
    const regex = (n: SyntaxNode | undefined | null) => {
      const r = n?.type === "identifier" ? field(this.soleDecl(this.text(n), "regex") ?? n, "value") : n;
      return r?.type === "regex" ? this.text(r) : undefined;
    };
    return values.every((v) => {
      if (!v) return true; // `let m;` before the loop that assigns it
      if (v.type !== "call_expression" || field(v, "function")?.type !== "member_expression") return false;
      const m = this.method(v);
      const re =
        m === "exec"
          ? regex(field(field(v, "function")!, "object"))
          : m === "match"
            ? regex(this.args(v)[0])
            : undefined;
      if (!re || (m === "match" && /g[a-z]*$/.test(re))) return false;
      const group = captureGroup(re.slice(1, re.lastIndexOf("/")), k);
      return !!group && narrowGroup(group);
    });
  }

  private derivedItem(obj: SyntaxNode, k: number, cls: string, depth: number): Level | undefined {
    const name = this.text(obj);
    const scoped = this.scopedDecl(name, undefined, obj);
    const decl = scoped?.decl;
    const v = decl && field(decl, "value");
    if (!decl || !v || !/^const\b/.test(this.text(decl.parent ?? decl))) return undefined;
    if (v.type !== "call_expression" && v.type !== "array") return undefined;
    const used = this.methodCalls(name, decl, false, scoped.within);
    // `hosts[1] = q` stores at a constant position: the item at k is what was built there or stored there.
    const at = (w: SyntaxNode) => {
      const left = w.parent?.type === "assignment_expression" ? field(w.parent, "left") : undefined;
      const i = left?.type === "subscript_expression" ? this.constValue(field(left, "index")) : undefined;
      return typeof i === "number" && Number.isInteger(i) && i >= 0 ? i : undefined;
    };
    if (
      !used ||
      used.writes.some((w) => at(w) === undefined) ||
      used.calls.some((c) => !/^(at|slice|join|includes|indexOf)$/.test(c.method))
    )
      return undefined;
    const stored = used.writes.filter((w) => at(w) === k);
    // `['a'].concat([v])[0]`, `rows.flatMap((r) => r)[2]`: the one item at k.
    const derived = this.derivedItems(v);
    if (derived) return this.max(k < derived.length ? [derived[k]!, ...stored] : stored, cls, depth);
    if (used.writes.length) return undefined;
    const fn = field(v, "function");
    const args = this.args(v);
    let list: SyntaxNode | undefined;
    let cb: SyntaxNode | undefined;
    let method = "";
    if (this.text(fn ?? v) === "Array.from" && (args.length === 1 || args.length === 2)) {
      list = args[0];
      cb = args[1];
      method = cb ? "map" : "copy";
    } else if (fn?.type === "member_expression") {
      method = this.method(v);
      list = field(fn, "object") ?? undefined;
      if (method === "slice" && args.length === 0) method = "copy";
      else if ((method === "map" || method === "filter") && args.length === 1) cb = args[0];
      else return undefined;
    } else return undefined;
    if (!list) return undefined;
    const items =
      list.type === "identifier"
        ? this.arrayAt(this.text(list), list)?.items
        : this.arrayLiteralElements(list);
    if (!items || items.some((i) => !i)) return undefined;
    const known = items as SyntaxNode[];
    if (method === "copy")
      return k >= 0 && k < known.length ? this.eval(known[k], cls, depth + 1) : Level.CONST;
    if (method === "filter") {
      // `[a, b, c].filter(Boolean)[k]`: the k-th truthy item; exact while the items before it are constants.
      if (this.text(cb ?? v) !== "Boolean" || k < 0) return undefined;
      let seen = 0;
      for (let i = 0; i < known.length; i++) {
        const c = this.constValue(known[i]);
        if (c === undefined) return this.max(known.slice(i), cls, depth);
        if (truthy(c) && seen++ === k) return Level.CONST;
      }
      return Level.CONST;
    }
    if (!cb || (cb.type !== "arrow_function" && cb.type !== "function_expression")) return undefined;
    if (k < 0 || k >= known.length) return Level.CONST;
    const rets = returnedValues(cb);
    if (!rets.length || this.pin) return undefined;
    this.pin = { fn: cb, value: known[k]! };
    try {
      return this.max(rets, cls, depth);
    } finally {
      this.pin = undefined;
    }
  }

  private eval(node: SyntaxNode | undefined, cls: string, depth: number): Level {
    this.charge();
    if (!node) return Level.CONST;
    if (depth > 30) return Level.UNKNOWN;
    const key =
      (this.bound
        ? `${node.order}:${cls}@${this.bound.key ?? `${this.bound.call.order}/${this.bound.inner?.call.order ?? ""}`}`
        : `${node.order}:${cls}`) + (this.pin ? `#${this.pin.value.order}` : "");
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    this.memo.set(key, Level.CONST);
    const r = this.evalUncached(node, cls, depth);
    this.memo.set(key, r);
    return r;
  }

  private max(nodes: SyntaxNode[], cls: string, depth: number): Level {
    let m = Level.CONST;
    for (const n of nodes)
      if (n.named && n.type !== "comment") m = Math.max(m, this.eval(n, cls, depth + 1)) as Level;
    return m;
  }

  private evalUncached(node: SyntaxNode, cls: string, depth: number): Level {
    const t = node.type;
    if (CONST_TYPES.has(t)) return Level.CONST;
    // The module's own location (ESM's __dirname), and the node binary and script that run this program
    // (`spawn(process.argv[0], [worker])`, `process.execPath`): not the command line's user-given arguments.
    if (
      t === "member_expression" &&
      /^(import\.meta\.(url|dirname|filename)|process\.(execPath|argv0))$/.test(this.text(node))
    )
      return Level.CONST;
    // The runtime's own facts: `process.versions.node`, `process.version`, `process.platform`, `process.arch` (an
    // Electron page's "We are using Node <script>document.write(process.versions.node)</script>").
    if (
      t === "member_expression" &&
      /^process\.(version|platform|arch|versions\.[\w$]+)$/.test(this.text(node)) &&
      !this.rebinds("process", node)
    )
      return Level.CONST;
    if (
      t === "subscript_expression" &&
      this.text(field(node, "object") ?? node) === "process.argv" &&
      /^[01]$/.test(this.text(field(node, "index") ?? node))
    )
      return Level.CONST;
    if (cls === "html" && (t === "binary_expression" || t === "template_string")) {
      const u = this.unquotedAttrEscape(node, depth);
      if (u === Level.SOURCE) return u;
    }
    if (t === "binary_expression") {
      // `settings.title ?? req.query.title` with a constant, non-null left side: the right one is never taken.
      const op = field(node, "operator")?.type ?? node.children.find((c) => !c.named)?.type;
      const left = field(node, "left");
      const v = op === "??" || op === "||" || op === "&&" ? this.constValue(left) : undefined;
      if (v !== undefined && (op === "??" ? v !== null : op === "||" ? truthy(v) : !truthy(v)))
        return this.eval(left, cls, depth + 1);
      // `req.query.expr && '40 + 2'`: the constant, or a falsy left value ('', 0, null, undefined, false, NaN),
      // which holds no attacker text.
      if (
        op === "&&" &&
        cls !== "alloc" &&
        cls !== "size" &&
        this.constValue(field(node, "right")) !== undefined
      )
        return Level.CONST;
    }
    if (t === "ternary_expression") {
      // A constant condition picks one side; the other never reaches the sink.
      const v = this.constValue(field(node, "condition"));
      if (v !== undefined)
        return this.eval(field(node, truthy(v) ? "consequence" : "alternative"), cls, depth + 1);
      // `/^[a-z]{2}(-[A-Z]{2})?$/.test(v) ? v : 'en'`: the value is used only when a whole-string pattern that
      // admits no whitespace (no \s, ., negated class, escape class or space) matched it: no CR/LF in it.
      const cond = field(node, "condition");
      const yes = field(node, "consequence");
      if ((cls === "header" || cls === "log") && cond?.type === "call_expression" && yes) {
        const fn = field(cond, "function");
        const re = fn?.type === "member_expression" ? field(fn, "object") : undefined;
        const pattern = re?.type === "regex" ? this.text(re) : "";
        if (
          this.method(cond) === "test" &&
          /^\/\^.*\$\/[gimsuy]*$/.test(pattern) &&
          !/\/[a-z]*m[a-z]*$/.test(pattern) &&
          !/\\[sSWDbBpPu]|\\[^-./\]\\^$*+?()|{}_@:#wd[]|\[\^|\.|\s/.test(
            pattern.slice(2, pattern.lastIndexOf("$")),
          ) &&
          this.text(this.args(cond)[0] ?? cond) === this.text(yes)
        )
          return this.eval(field(node, "alternative") ?? yes, cls, depth + 1);
      }
      // `LIST.includes(x) ? x : 'default'`, `!isKind(x) ? 'png' : x`: the value is used only once vetted (also a
      // value read by a literal key: `/^\w+$/.test(q['v']) ? q['v'] : 'x'`).
      const no = field(node, "alternative");
      if (yes && no && VETTABLE.test(this.text(yes)) && this.vets(cond, this.text(yes)))
        return this.eval(no, cls, depth + 1);
      if (yes && no && VETTABLE.test(this.text(no)) && this.refutes(cond, this.text(no)))
        return this.eval(yes, cls, depth + 1);
      // `BRANCHES.has(this.branch) ? super.command : 'true'` on a known receiver: the side taken once the
      // receiver's own member is vetted reads that member as vetted, in whatever method it runs.
      const vetted = yes && no && cond ? this.vettedMembers(cond) : [];
      if (vetted.length && this.bound?.recv) {
        const saved = this.bound;
        const r = saved.recv!;
        const recv: Recv = {
          ...r,
          vetted: new Set([...(r.vetted ?? []), ...vetted]),
          key: `${r.key}v${cond!.order}`,
        };
        this.bound = { ...saved, recv, key: `${saved.key ?? saved.call.order}v${cond!.order}` };
        let taken: Level;
        try {
          taken = this.eval(yes, cls, depth + 1);
        } finally {
          this.bound = saved;
        }
        return Math.max(taken, this.eval(no, cls, depth + 1)) as Level;
      }
      // Only the selected side's value flows on; the condition decides, it is not part of the value.
      return this.max(
        [field(node, "consequence"), field(node, "alternative")].filter((c): c is SyntaxNode => !!c),
        cls,
        depth,
      );
    }
    if (t === "binary_expression") {
      const op = field(node, "operator")?.type ?? node.children.find((c) => !c.named)?.type;
      if (op && BOOLEAN_OPS.has(op)) return Level.CONST;
      // `delta / total * n`, `i % 2`, `a - b`, `f & 0xff`: every operator but `+` makes a number (or NaN), never the
      // operands' text. (Where the number itself is the danger - an allocation or size - the operands' level stays.)
      if (op && NUMBER_OPS.has(op) && NUMBER_TEXT_CLASSES.has(cls)) return Level.CONST;
    }
    if (t === "unary_expression") {
      const op = node.children.find((c) => !c.named)?.type;
      // `typeof x`, `!x`, `+x`, `-x`, `~x`: a type name, a boolean or a number, never the attacker's text.
      // (For allocation sizes the number is the danger: `new Buffer(+n)` keeps n's level.)
      // (`void x` is undefined, whatever x is.)
      if (op === "typeof" || op === "!" || op === "void") return Level.CONST;
      if ((op === "+" || op === "-" || op === "~") && cls !== "alloc" && cls !== "size") return Level.CONST;
      return this.max(node.children, cls, depth);
    }
    // `seq++`, `--depth`: a counter's number (or NaN), never the operand's text (`SAVEPOINT sp_${seq++}`).
    if (t === "update_expression" && cls !== "alloc" && cls !== "size") return Level.CONST;
    // `x as string`, `<T>x`, `x satisfies T`: the value is the expression's; the type names no data.
    if (t === "as_expression" || t === "satisfies_expression" || t === "type_assertion") {
      const kids = namedChildren(node).filter((c) => c.type !== "comment");
      const e = t === "type_assertion" ? kids[kids.length - 1] : kids[0];
      return e ? this.eval(e, cls, depth + 1) : Level.UNKNOWN;
    }
    // `(a, b)`: the value is the last operand's; the others are evaluated and dropped.
    if (t === "sequence_expression") {
      const ops = namedChildren(node).filter((c) => c.type !== "comment");
      const last = ops[ops.length - 1];
      return last ? this.eval(last, cls, depth + 1) : Level.UNKNOWN;
    }
    // For a URL's host: `BASE + '/' + encodeURIComponent(id) + '?' + qs` with every piece before the first literal
    // '/', '?' or '#' the program's own (a URL builder's toString) fixes the origin; only the path or query vary.
    if (cls === "url" && (t === "binary_expression" || t === "template_string")) {
      const ps = this.pieces(node);
      const lead = (p: SyntaxNode) => (p.type === "string_fragment" ? this.text(p) : this.leadingText(p));
      const j = ps ? ps.findIndex((p, k) => k > 0 && /^(\/(?![/\\])|[?#])/.test(lead(p) ?? "")) : -1;
      const prev = j > 0 ? lead(ps![j - 1]!) : undefined;
      if (
        j > 0 &&
        !(prev !== undefined && /[:/\\]$/.test(prev)) &&
        ps!
          .slice(0, j)
          .every((p) => p.type === "string_fragment" || this.eval(p, cls, depth + 1) === Level.CONST)
      )
        return Level.CONST;
    }
    if (TRANSPARENT.has(t)) return this.max(node.children, cls, depth);
    // `{ url }`: the shorthand property is the variable of that name.
    if (t === "identifier" || t === "shorthand_property_identifier") return this.lookup(node, cls, depth);
    if (t === "member_expression" || t === "subscript_expression") {
      const q = this.qname(node);
      // `req.search`, `(request as any).note`, Koa's `ctx.state.next`: a name no server parses onto the request,
      // stored there by this file's own middleware, hooks or param handlers: what those stores hold.
      // `u.name` of a callback's `u` that a local helper hands an object literal (`fn({ name: q, role: 'viewer' })`):
      // that literal's `name`.
      // `arguments[1]` in a function (not an arrow): what its callers pass at that place.
      const argsRead = t === "subscript_expression" ? this.argumentsRead(node, cls, depth) : undefined;
      if (argsRead !== undefined) return argsRead;
      const picked = t === "member_expression" ? this.handedMember(node) : undefined;
      if (picked) return picked.nodes.length ? this.handedLevel(picked, cls, depth) : Level.CONST;
      const deco = t === "member_expression" ? this.decorationRead(node) : undefined;
      if (deco) {
        const saved = this.bound;
        this.bound = undefined;
        try {
          const v = deco.length ? this.max(deco, cls, depth) : Level.CONST;
          return v !== Level.CONST && this.guarded(node) ? Level.CONST : v;
        } finally {
          this.bound = saved;
        }
      }
      // The peer's address (`req.ip`, `req.socket.remoteAddress`; behind a proxy the X-Forwarded-For entry, a header
      // value Node's parser never lets hold a line break): it cannot end a header or a log line.
      if (
        (cls === "header" || cls === "log") &&
        /^(req|request|ctx|ctx\.request)\.ip$|^(req|request)\.(socket|connection)\.remoteAddress$/.test(q)
      )
        return Level.CONST;
      // `Schema.parse(body).format` where the schema's `format` is `z.enum([...])`, a literal, number or boolean.
      if (t === "member_expression" && this.pinnedField(node, cls, depth)) return Level.CONST;
      // `this.items[k]`, `this.items.user` of a container member: what the class stores at that key (see fieldHeld).
      const holder = field(node, "object");
      const inHeld = holder?.type === "member_expression" ? this.fieldHeld(holder) : undefined;
      if (inHeld) {
        const k = t === "member_expression" ? this.text(field(node, "property") ?? node) : undefined;
        if (k === "length" || k === "size") return Level.CONST;
        return this.heldLevel(inHeld, k ?? this.mapKey(field(node, "index") ?? undefined), cls, depth);
      }
      // A length is a number, whatever it measured (for a size: bounded by the request's own size), except a
      // parsed body's or query's own `length` field, which the client writes (`{"length": 1e9}`).
      if (
        t === "member_expression" &&
        cls !== "alloc" &&
        this.text(field(node, "property") ?? node) === "length" &&
        !(
          cls === "size" &&
          /^(req|request|ctx\.request|ctx)\.(body|query)$/.test(this.qname(field(node, "object")))
        )
      )
        return Level.CONST;
      // A process id (`child.pid`, `this.#browser.pid`, `process.ppid`): a number Node sets on the process object,
      // unless that object is the request's own data (`req.body.pid`, which the client writes).
      if (t === "member_expression" && /^p?pid$/.test(this.text(field(node, "property") ?? node))) {
        const obj = field(node, "object");
        if (obj && this.eval(obj, cls, depth + 1) !== Level.SOURCE) return Level.CONST;
      }
      // A parsed version's numbers (`version.major`, `semver.minor`, `v.patch`: what semver's parse or coerce
      // sets on a version object): numbers, unless the object is the request's own data (`req.body.version`).
      if (
        t === "member_expression" &&
        cls !== "alloc" &&
        cls !== "size" &&
        /^(major|minor|patch)$/.test(this.text(field(node, "property") ?? node)) &&
        /(^|[._$])(v|ver|\w*[vV]ersion|semver|SemVer)$/.test(this.text(field(node, "object") ?? node))
      ) {
        const obj = field(node, "object");
        if (obj && this.eval(obj, cls, depth + 1) !== Level.SOURCE) return Level.CONST;
      }
      // `seen.size` of `const seen = new Set(...)`: a count.
      if (
        t === "member_expression" &&
        cls !== "alloc" &&
        this.text(field(node, "property") ?? node) === "size"
      ) {
        const made = this.resolve(field(node, "object") ?? undefined);
        if (
          made?.type === "new_expression" &&
          /^(Map|Set)$/.test(this.text(field(made, "constructor") ?? made))
        )
          return Level.CONST;
      }
      // multer's server-side names for an upload (its temp path, generated file name, size), express-fileupload's
      // temp file path and digest: not the client's.
      if (/^(req|request)\.files?\b.*\.(path|filename|destination|size|tempFilePath|md5)$/.test(q))
        return Level.CONST;
      // ... read through a name bound to the upload (`const video = req.files.video; video.tempFilePath`).
      if (t === "member_expression" && /\.(path|filename|destination|size|tempFilePath|md5)$/.test(q)) {
        const obj = field(node, "object");
        const held = obj?.type === "identifier" ? this.resolve(obj) : undefined;
        if (held && held !== obj && /^(req|request)\.files?\b/.test(this.qname(held))) return Level.CONST;
      }
      // A multer storage engine's `_removeFile(req, file, cb)`: `file.path` is where its own `_handleFile` stored the
      // upload, not a name the client chose.
      if (cls === "path" && /^[\w$]+\.(path|destination|filename)$/.test(q)) {
        const f = enclosingFunction(node);
        const ps = f ? namedChildren(field(f, "parameters") ?? f).filter((c) => c.type !== "comment") : [];
        if (
          f &&
          this.boundFunctionName(f) === "_removeFile" &&
          ps[1] &&
          this.text(ps[1]) === this.text(field(node, "object") ?? node)
        )
          return Level.CONST;
      }
      // The environment and the command line are the operator's: a caller's value for where the program reads and
      // writes files (a CLI that opens the file it is given is not path traversal).
      // The same for what a log line says (`console.log('using ' + process.env.DB_HOST)` forges nothing).
      // A browser's console is no log file: the page's URL or cookies printed there forge no server entry.
      if (cls === "log" && /^(location|document|window)\b/.test(q)) return Level.CONST;
      // And for a size: the operator chooses how much a CLI allocates. And for a pattern: a CLI's `--ignore=<regex>`
      // flag is its operator's own expression (a ReDoS there stalls only the operator's own run).
      // And for a module path: `require(process.env.PLUGIN)`, a CLI's `--require x`, load what the operator names
      // (whoever sets the environment can already run code: NODE_OPTIONS). And for the URL a program requests:
      // `fetch(process.env.API_URL)`, `process.env[VARS.UPSTASH_URL]` is the service the operator points it at, and a
      // CLI that fetches the URL it is given forges no request.
      if (
        /^process\.(env|argv)\b/.test(q) &&
        (cls === "path" ||
          cls === "log" ||
          cls === "size" ||
          cls === "regex" ||
          cls === "module" ||
          cls === "url")
      )
        return Level.PARAM;
      // `JOBS.forEach(req => exec(req.cmd))`, `client.interceptors.request.use(req => ...)`: a parameter named req
      // that is no handler's request: an array element, or the request config this program's HTTP client sends.
      const own = /^(req|request)\./.test(q) ? this.nonHandlerRequest(node) : undefined;
      if (own)
        return own === "client" || this.literalRecords(own) ? Level.CONST : this.eval(own, cls, depth + 1);
      if (/^(req|request)\.[A-Za-z_$][\w$]*$/.test(q) && this.middlewareConstant(q.replace(/^\w+\./, "")))
        return Level.CONST;
      // The request a function sends or builds (`curlize(request)`, `request.url` in `fetchWithTimeout(request)`):
      // what its caller put there.
      const sent = /^(req|request)(\.|$)/.test(q)
        ? this.sentRequestParam(node) || this.clientClassRequest(node)
        : false;
      if (sent) return Level.PARAM;
      // For what a handler stores in its session ("trust"): only what the client submits (query, body, route
      // parameters, headers, cookies), not the server's own state on the request (`req.session`, passport's
      // `req.user`) or the URL the request came to (`req.session.returnTo = req.originalUrl`).
      if (
        cls === "trust" &&
        /^(req|request|ctx\.request|ctx)\./.test(q) &&
        !/^(req|request|ctx\.request|ctx)\.(query|body|params|headers?|cookies|signedCookies|rawBody)\b/.test(
          q,
        )
      )
        return Level.CONST;
      // `req.session.section` where every write of that field in the file stores a value known here (`= OK[k] ? ... :
      // '/'`): what those writes stored. A field never written here, or written with request data, stays the client's.
      const field1 = /^(req|request)\.session\.([A-Za-z_$][\w$]*)$/.exec(q)?.[2];
      const sessionStored = field1 ? this.sessionWrites(field1) : undefined;
      if (sessionStored?.length && this.max(sessionStored, cls, depth) === Level.CONST) return Level.CONST;
      // Sails puts the matched route's configured target on `req.options` (its blueprint alias, view, action,
      // model); no HTTP server parses client data onto that name.
      if (/^req\.options\b/.test(q) && !/^req\.options\.(query|body|params|headers?|cookies)\b/.test(q))
        return Level.CONST;
      // `var req = new XMLHttpRequest(); ... req.status`: the program's own outgoing request, read back for what the
      // server it called answered - no incoming request's data.
      if (/^(req|request)\./.test(q) && this.outgoingXhr(node)) return Level.UNKNOWN;
      if (SOURCE_PREFIX.some((p) => q.startsWith(p) || q === p.replace(/\.$/, "")))
        return q === "req" ? Level.UNKNOWN : this.guarded(node) ? Level.CONST : Level.SOURCE;
      // Angular's ActivatedRoute snapshot (`this.route.snapshot.queryParams['q']`, `...paramMap.get('id')`,
      // `...fragment`): the page URL's query, path parameters and fragment.
      // SvelteKit's page store (`$page.url.searchParams`, `$page.params`; `page` from `$app/state`): the URL.
      if (
        /^\$page\.(url|params)\b/.test(q) ||
        (/^(\$app\/state\.)?page\.(url|params)\b/.test(q) &&
          sourceMatches(this.tree, "['\"]\\$app/state['\"]"))
      )
        return this.guarded(node) ? Level.CONST : Level.SOURCE;
      if (ANGULAR_ROUTE_SNAPSHOT.test(q) && sourceMatches(this.tree, "@angular/router"))
        return this.guarded(node) ? Level.CONST : Level.SOURCE;
      // Vue Router's `this.$route` (Options API; `$route` in a template): the URL's query, params and hash.
      // Koa's context reads of the request URL and headers (`ctx.path`, `ctx.url`, `ctx.headers`), in Koa files.
      if (
        /^(this\.)?\$route\.(query|params|hash|path|fullPath)\b/.test(q) ||
        (/^ctx\.(path|url|originalUrl|querystring|search|href|headers?)\b/.test(q) &&
          sourceMatches(this.tree, "['\"](koa|@koa/router|koa-router)['\"]"))
      )
        return this.guarded(node) ? Level.CONST : Level.SOURCE;
      // Web Storage read back into markup: any script on the origin (or an earlier XSS) wrote it.
      if (
        cls === "html" &&
        /^(window\.)?(localStorage|sessionStorage)\.(?!(length|getItem|setItem|key|removeItem|clear)$)\w/.test(
          q,
        )
      )
        return Level.SOURCE;
      // `if (THEMES.includes(t.name)) return t.name;`: a member path read where a guard vetted that same path.
      if (t === "member_expression" && /^[\w$]+(\.[\w$]+)+$/.test(q) && this.guarded(node))
        return Level.CONST;
      const obj0 = field(node, "object");
      if (t === "subscript_expression" && obj0?.type === "identifier") {
        const a = this.arrayAt(this.text(obj0), node);
        const k = this.constValue(field(node, "index"));
        if (a?.items && typeof k === "number" && Number.isInteger(k))
          return k >= 0 && k < a.items.length ? this.eval(a.items[k], cls, depth + 1) : Level.CONST;
        // `cells[i]` in a loop over known indices (`for (let i = 0; i < cells.length; i++) { if (i === 2) continue;
        // ... }`): the items at the indices that reach the read.
        const idx = field(node, "index");
        const ks = idx?.type === "identifier" ? this.loopValuesAt(idx, node) : undefined;
        if (ks?.every((v) => typeof v === "number" && Number.isInteger(v))) {
          const items = ks.map((v) => this.indexedItem(this.text(obj0), v as number, node));
          if (items.every((v) => v !== undefined))
            return this.max(items.filter((v) => !!v) as SyntaxNode[], cls, depth);
        }
        if (a) return this.max(a.whole, cls, depth);
        if (typeof k === "number" && Number.isInteger(k)) {
          const derived = this.derivedItem(obj0, k, cls, depth);
          if (derived !== undefined) return derived;
        }
        // `m[1]` of `m = /\{\{\s*([\w.]+)\s*\}\}/.exec(tpl)`: the group matches letters, digits, '_', '-' and
        // '.' only; no quote, bracket, space or markup can be in it (a template engine's variable name).
        if (
          typeof k === "number" &&
          Number.isInteger(k) &&
          k >= 1 &&
          (cls === "code" || cls === "command" || cls === "html") &&
          this.narrowCapture(obj0, k)
        )
          return Level.CONST;
        if (typeof k === "number" && Number.isInteger(k) && k >= 0 && this.literalRestItem(obj0, k))
          return Level.CONST;
      }
      // `new Filter('owner = $1').clause`, `Filter.byOwner(x).clause` (a factory returning `new Filter(...)`): a
      // constructor parameter property only the constructor sets is what that instance was made with.
      const ctorArgs =
        t === "member_expression" && obj0?.type !== "this" ? this.ctorArgProp(node) : undefined;
      if (ctorArgs) return this.max(ctorArgs, cls, depth);
      // `holder.value = 'date'; exec(holder.value)` on `const holder = new Holder(x)`: the store just before wins.
      const inst = t === "member_expression" && obj0?.type === "identifier" ? this.resolve(obj0) : undefined;
      const stored = inst?.type === "new_expression" ? this.storedBefore(node, inst) : undefined;
      if (stored) return this.eval(stored, cls, depth + 1);
      // A receiver of a class of this file (`list.sql()`'s `this.table`, `new Link(x).href`): what that instance's
      // property or getter holds, overrides and constructor arguments followed.
      if (t === "member_expression" && this.anyClass()) {
        const v = this.receiverRead(node, cls, depth);
        if (v !== undefined) return v;
        if (obj0?.type === "this" && !this.bound?.recv) {
          const w = this.thisFromCallers(node, cls, depth);
          if (w !== undefined) return w;
          const x = this.memberLevel(node, cls, depth);
          if (x !== undefined) return x;
        }
      }
      // `perRequest.get(req).health` where the entries that get reads are object literals: their `health` values.
      const held = t === "member_expression" ? this.mapHeldProp(node) : undefined;
      if (held) return this.max(held, cls, depth);
      // `hit.value` of `const hit = COLS.find((c) => c.key === 'role')` over object literals: the record found.
      const record = t === "member_expression" ? this.foundRecord(obj0) : undefined;
      if (record !== undefined) {
        const pair = record && this.lastPair(record, this.text(field(node, "property") ?? node));
        if (pair !== undefined) return pair ? this.eval(pair, cls, depth + 1) : Level.CONST;
      }
      // `rows.flatMap((r) => r)[1]`, `a.concat(b)[0]` on arrays whose items are known: the one item at k.
      if (t === "subscript_expression" && obj0?.type === "call_expression") {
        const k0 = this.constValue(field(node, "index"));
        const k = typeof k0 === "number" && Number.isInteger(k0) ? k0 : undefined;
        const items = k === undefined ? undefined : this.derivedItems(obj0);
        if (items && k !== undefined)
          return k >= 0 && k < items.length ? this.eval(items[k], cls, depth + 1) : Level.CONST;
      }
      const element = this.literalElement(node);
      if (element !== undefined) return this.eval(element, cls, depth + 1);
      // `Tool.Df` of a TS enum declared once in the file: its members are constants.
      if (t === "member_expression" && this.enumMember(node, depth) !== undefined) return Level.CONST;
      const restRead = this.restMember(node);
      if (restRead) return this.max(restRead, cls, depth);
      const keyed = this.keyedProp(node);
      if (keyed) return this.max(keyed, cls, depth);
      const statics = this.staticMember(node);
      if (statics) return this.max(statics, cls, depth);
      const rebuilt = t === "member_expression" ? this.fromEntriesProp(node) : undefined;
      if (rebuilt) return this.max(rebuilt, cls, depth);
      const merged = this.mergedProp(node);
      if (merged) return this.max(merged, cls, depth);
      const table = t === "subscript_expression" ? this.tableValues(node) : undefined;
      if (table) return this.max(table, cls, depth);
      const obj = field(node, "object");
      const prop = t === "member_expression" ? this.text(field(node, "property") ?? node) : "";
      // `d.innerHTML` of `const d = document.createElement('div')` filled only through `d.textContent = s`: the
      // browser's serialisation of a text node, with every <, > and & escaped (the DOM's own escaping idiom).
      if (
        cls === "html" &&
        /^(innerHTML|outerHTML)$/.test(prop) &&
        obj?.type === "identifier" &&
        this.textOnlyElement(obj)
      )
        return Level.CONST;
      // `res.locals.year` in one handler: what the file's middleware stores under that name (`res.locals.year =
      // new Date().getFullYear()`), not the whole response object (a handler's `res` reads as the request's).
      const local = /^(res|response)\.locals\.([\w$]+)$/.exec(q);
      if (local) {
        const writes = this.localsWrites(local[2]!);
        if (writes) return this.max(writes, cls, depth);
      }
      // A request event's locals (SvelteKit's `event.locals.user`, Astro's `context.locals.session`): set by the
      // app's own hooks and middleware; what the file stores there, else nothing the client chose.
      const eventLocal = /^([\w$]+)\.locals\.([\w$]+)/.exec(q);
      if (eventLocal && !/^(res|response|app)$/.test(eventLocal[1]!)) {
        const writes = this.eventLocalsWrites(eventLocal[2]!);
        return writes.length ? this.max(writes, cls, depth) : Level.UNKNOWN;
      }
      // A container member (`this.items = new Map()`): every entry the class stores in it, not the empty initialiser.
      const whole = obj?.type === "this" ? this.fieldHeld(node) : undefined;
      if (whole) return this.heldLevel(whole, undefined, cls, depth);
      if (obj?.type === "this" && prop.startsWith("#")) {
        // A private member (`this.#text`) is this class's own: only its stores count, not another class's `#text`.
        let klass: SyntaxNode | null = node.parent;
        while (klass && klass.type !== "class_declaration" && klass.type !== "class") klass = klass.parent;
        const stores = klass ? this.classStores(klass, prop) : undefined;
        if (stores) return stores.length ? this.max(stores, cls, depth) : Level.CONST;
      }
      if (obj?.type === "this") {
        // A class member: whatever the class stores in it (`this.cmd = req.body.cmd` in the constructor).
        const writes = (this.memberWrites.get(prop) ?? []).filter(
          (w) => !(node.start >= w.start && node.end <= w.end),
        );
        // Every store into the member is in view (the class's own `this.x = ...` and a `x = ...` field
        // initialiser; no `obj.x = ...` from outside, no constructor parameter property of that name): the member
        // holds those values and nothing else.
        const inits = this.classExported(node) ? undefined : this.fieldInits(prop);
        if (inits && writes.length + inits.length > 0) return this.max([...writes, ...inits], cls, depth);
        return writes.length
          ? (Math.max(Level.UNKNOWN, this.max(writes, cls, depth)) as Level)
          : Level.UNKNOWN;
      }
      // `repo.table` on `const repo = new Repo(req.query.o)` of a class in this file whose `table` is a plain
      // field: what the class stores in it (as for `this.table` above), not everything the instance was built from.
      const made = t === "member_expression" && obj?.type === "identifier" ? this.resolve(obj) : undefined;
      if (made?.type === "new_expression" && prop) {
        const ctor = this.text(field(made, "constructor") ?? made);
        this.instanceMethod(ctor, prop); // (builds classesByName)
        const classes = this.classesByName?.get(ctor) ?? [];
        const body = classes.length === 1 ? field(classes[0]!, "body") : undefined;
        const members = body ? namedChildren(body) : [];
        const accessor = members.some(
          (m) => m.type === "method_definition" && this.text(field(m, "name") ?? m) === prop,
        );
        const heritage = classes[0] && namedChildren(classes[0]).some((h) => h.type === "class_heritage");
        if (body && !accessor && !heritage && !this.classExported(body)) {
          const writes = this.memberWrites.get(prop) ?? [];
          const inits = this.fieldInits(prop);
          // The constructor's parameters read this `new` call's arguments (`new Flow(req.query.back).back`, not
          // every instance's), as a local helper's read its call's.
          const ctorFn = members.find(
            (m) => m.type === "method_definition" && this.text(field(m, "name") ?? m) === "constructor",
          );
          if (
            inits &&
            writes.length + inits.length > 0 &&
            ctorFn &&
            !this.bound &&
            this.plainParams(ctorFn)
          ) {
            this.bound = { fn: ctorFn, call: made };
            try {
              return this.max([...writes, ...inits], cls, depth);
            } finally {
              this.bound = undefined;
            }
          }
          if (inits && writes.length + inits.length > 0) return this.max([...writes, ...inits], cls, depth);
        }
        // `repo.who` where the class's getter only returns `this.owner`: what this class stores in `owner`.
        const field0 =
          body && !heritage && !this.classExported(body) ? this.getterField(members, prop) : undefined;
        const stores = field0 ? this.classStores(classes[0]!, field0) : undefined;
        if (stores?.length) return this.max(stores, cls, depth);
      }
      return this.eval(obj, cls, depth + 1);
    }
    if (t === "call_expression" || t === "new_expression") {
      // An instance of a class of this file with its own toString, read as text: what toString returns.
      if (t === "new_expression" && this.anyClass()) {
        const v = this.receiverText(node, cls, depth);
        if (v !== undefined) return v;
      }
      // A date (`new Date(x)`, `Date.now()`) and what is read off it are numbers and fixed-format text.
      const ctor = this.callee(node);
      // `new Promise((resolve) => { ... resolve(data) ... })`: the promise settles with what the executor passes
      // to its resolve function (what an await of it gives).
      if (t === "new_expression" && ctor === "Promise") {
        const ex = this.args(node)[0];
        const ps = ex && FN_TYPES.has(ex.type) ? field(ex, "parameters") : undefined;
        const p0 =
          ex?.type === "arrow_function" && field(ex, "parameter")
            ? field(ex, "parameter")
            : ps
              ? namedChildren(ps).filter((c) => c.type !== "comment")[0]
              : undefined;
        const id = p0 && (p0.type === "identifier" ? p0 : field(p0, "pattern"));
        if (ex && id?.type === "identifier") {
          const name = this.text(id);
          const settled = descendantsOf(ex)
            .filter((d) => d.type === "call_expression" && this.text(field(d, "function") ?? d) === name)
            .flatMap((d) => this.args(d).slice(0, 1));
          // `stream.on('end', resolve)`: handed on, it settles with whatever its caller passes.
          const handed = descendantsOf(ex).some(
            (d) => d.type === "identifier" && d !== id && this.text(d) === name && d.field !== "function",
          );
          if (!handed) return settled.length ? this.max(settled, cls, depth) : Level.CONST;
        }
      }
      // `Reflect.get(TARGETS, 'home')`: the literal's value at that constant key, as `TARGETS.home` reads it (no
      // receiver argument: a getter could then read another object).
      if (t === "call_expression" && ctor === "Reflect.get") {
        const [o, k, ...more] = this.args(node);
        const key = k && !more.length ? this.constValue(k) : undefined;
        const container = typeof key === "string" ? this.literalContainer(o) : undefined;
        const hit = container?.type === "object" ? this.lastPair(container, key as string) : undefined;
        if (hit) return this.eval(hit, cls, depth + 1);
      }
      // (A file name stamped with the time stays non-literal: the path rules' audit hint judges those.)
      if ((ctor === "Date" || /^Date\.(now|UTC|parse)$/.test(ctor)) && cls !== "path") return Level.CONST;
      if (cls !== "alloc" && cls !== "size" && fn0(node).type === "member_expression") {
        const m = this.method(node);
        const a0 = this.args(node)[0];
        // `hash.digest('hex')`, `randomBytes(16).toString('base64url')`: hex or base64 text, whatever was hashed or
        // encoded (no quote, space, line break, '.' or '\\' in it).
        if (/^(digest|toString)$/.test(m) && a0 && /^(['"`])(hex|base64|base64url)\1$/.test(this.text(a0)))
          return Level.CONST;
        // `stats.mtime.toUTCString()`, `d.toISOString()`: a date in its fixed format.
        if (/^(toUTCString|toISOString|toGMTString|getTime)$/.test(m) && !a0) return Level.CONST;
      }
      // h3's `getRequestIP(event)`: the peer's address, as `req.ip` is.
      if ((cls === "header" || cls === "log") && /(^|\.)getRequestIP$/.test(this.callee(node)))
        return Level.CONST;
      // In a header, a store read by key (`cache.get('hits:' + req.ip)`, `storage.getItem(key)`, `redis.hget(h, k)`)
      // is what the server stored there, not the key the request helped to name; not a request part's own getter
      // (`req.get(name)`, `url.searchParams.get(k)`, `headers.get(k)`: the receiver reads as the request).
      if (
        cls === "header" &&
        t === "call_expression" &&
        /^(get|getItem|hget|hGet|getJSON)$/.test(this.method(node))
      ) {
        const recv = field(fn0(node), "object");
        if (
          recv &&
          !/^(req|request|headers|searchParams|query|params|cookies|formData|url)$/.test(
            this.text(field(recv, "property") ?? recv),
          ) &&
          this.eval(recv, cls, depth + 1) < Level.PARAM
        )
          return Level.UNKNOWN;
      }
      // `mime.getType(file)`, `mime.lookup(p)`: a MIME type from the library's table (or false/null).
      if (
        (cls === "header" || cls === "log" || cls === "html") &&
        /^(mime|mime-types|mime-lite)\.(getType|lookup|contentType|getExtension|charset)$/.test(ctor)
      )
        return Level.CONST;
      if (cls === "html") {
        // `document.createTextNode(x)`: a Text node, inserted anywhere (`$(el).append(t)`), shows x as text.
        if (/^(document\.|window\.document\.)?createTextNode$/.test(this.callee(node))) return Level.CONST;
        const r = this.templateRender(node);
        if (r) return r.raw ? this.max(r.data, cls, depth) : Level.CONST;
        // serialize-javascript escapes <, > and / (no `</script>` can close the tag) unless told `unsafe: true`.
        if (
          this.callee(node) === "serialize-javascript" &&
          this.prop(this.args(node)[1], "unsafe")?.type !== "true"
        )
          return Level.CONST;
      }
      const q = this.callee(node);
      // Paths this program makes for itself: the system temp directory (the operator's TMPDIR), a fresh directory
      // under a prefix (`fs.mkdtempSync(path.join(os.tmpdir(), 'x-'))` adds random letters), the module's own
      // location (`dirname(fileURLToPath(import.meta.url))`, `new URL('..', import.meta.url)`): as trusted as the
      // parts they are made of.
      if (!this.localFunction(node)) {
        if (/^os\.tmpdir$/.test(q) && !this.args(node).length) return Level.CONST;
        if (
          /^(fs|fs\.promises|fs\/promises|fs-extra)\.(mkdtemp|mkdtempSync)$|^(url\.)?fileURLToPath$|^path\.(join|resolve|dirname|normalize)$/.test(
            q,
          ) ||
          (t === "new_expression" &&
            q === "URL" &&
            /^import\.meta\.url$/.test(this.text(this.args(node)[1] ?? node)))
        ) {
          // (only the all-constant case is decided here: a part from the request goes on to the path checks below)
          if (this.max(this.args(node), cls, depth) === Level.CONST) return Level.CONST;
        }
      }
      // Own keys only: a method named `toString` or `constructor` must not read Object.prototype.
      const m = this.method(node);
      // A function this file defines under a sanitiser's name (`function shellEscape(s) { return s.trim() }`) is
      // judged by what it returns (below), not by its name.
      // Markdown rendered from sanitised text (`marked.parse(DOMPurify.sanitize(md))`): the renderer makes new markup
      // out of plain text (`[x](javascript:alert(1))` becomes a link), so the sanitiser's promise does not carry.
      if (cls === "html" && /(^|\.)marked(\.(parse|parseInline))?$|^snarkdown$/.test(q)) {
        const a0 = this.args(node)[0];
        const inner =
          a0?.type === "call_expression" &&
          !this.localFunction(a0) &&
          ownEntry(SANITIZERS, this.callee(a0), this.method(a0))?.includes("html")
            ? this.args(a0)[0]
            : undefined;
        if (inner) return this.eval(inner, cls, depth + 1);
      }
      // `JSON.parse(JSON.stringify(body))`: a deep copy; the parse undoes what the stringify's quoting promised.
      if (q === "JSON.parse" && this.args(node).length === 1) {
        const a0 = this.args(node)[0]!;
        if (
          a0.type === "call_expression" &&
          this.callee(a0) === "JSON.stringify" &&
          this.args(a0).length === 1
        )
          return this.eval(this.args(a0)[0], cls, depth + 1);
      }
      // (`hljs.default.highlight(...)`: a compiled module's default export read through its `default` member)
      const san = this.localFunction(node)
        ? undefined
        : (ownEntry(SANITIZERS, q, m) ??
          (/\.default\./.test(q) ? ownEntry(SANITIZERS, q.replace(/\.default\./, ".")) : undefined) ??
          identifierQuoter(q));
      // The legacy global escape() percent-encodes every character outside [A-Za-z0-9@*_+-./]: no CR/LF survives
      // (a method named escape on some object is no such promise).
      if (q === "escape" && (cls === "log" || cls === "header") && !this.functionNamed("escape"))
        return Level.CONST;
      // A number conversion is no sanitiser for an allocation size: the number is the danger.
      if (
        san &&
        ((san.includes("all") && cls !== "alloc" && cls !== "size") || san.includes(cls)) &&
        !(cls === "html" && this.looseSanitizer(node))
      )
        return Level.CONST;
      // A sanitiser told to keep script tags or handlers passes the markup through: as tainted as its input.
      if (san?.includes("html") && cls === "html" && this.args(node)[0])
        return this.eval(this.args(node)[0]!, cls, depth + 1);
      // js-xss's filter object (`const f = new xss.FilterXSS(opts); f.process(html)`): a sanitiser unless its
      // options keep tags that run.
      if (cls === "html" && m === "process" && this.args(node).length === 1) {
        const recv = field(fn0(node), "object");
        const made = recv?.type === "identifier" ? this.resolve(recv) : undefined;
        if (made?.type === "new_expression" && /^(xss\.)?FilterXSS$/.test(this.callee(made)))
          return this.looseSanitizer(made, this.args(made)[0])
            ? this.eval(this.args(node)[0]!, cls, depth + 1)
            : Level.CONST;
      }
      // A file the program ships (`fs.readFileSync(path.join(__dirname, 'boot.js'))`): its own text, not input.
      if (
        /^(fs|fs\.promises|fsp|fs-extra|fs\/promises)\.(readFileSync|readFile)$/.test(q) &&
        this.args(node).length &&
        this.args(node).every((a) => this.eval(a, cls, depth + 1) === Level.CONST)
      )
        return Level.CONST;
      // `Kind.parse(x)` on `const Kind = z.enum([...])`: one of the listed literals, or a throw.
      if (/^(parse|parseAsync)$/.test(this.method(node)) && this.zodPinned(field(fn0(node), "object")))
        return Level.CONST;
      // `mysql.format('... WHERE a = ? AND b = ?', [x, y])`: the values are escaped into the placeholders; the
      // statement text is whatever the first argument is.
      if (cls === "sql" && /^(mysql2?(\/promise)?|sqlstring|SqlString)\.format$/.test(q))
        return this.eval(this.args(node)[0], cls, depth + 1);
      // pg-format's `format('... %I ... %L', ident, value)`: %I quotes an identifier and %L a literal; only %s
      // splices its argument raw. A statement whose placeholders are all %I/%L is as safe as its format string.
      if (cls === "sql" && /^pg-format(\.withArray)?$/.test(q)) {
        const fmt = this.stringValue(this.args(node)[0]);
        if (fmt !== undefined && !/%s/.test(fmt.replace(/%%/g, ""))) return Level.CONST;
      }
      if (q === "prompt" || q === "readline.question") return Level.SOURCE;
      // h3 / Nuxt / Nitro server routes read the request through helpers taking the event: `getQuery(event)`,
      // `await readBody(event)`, `getRouterParam(event, 'id')` (imported from h3, or auto-imported in a file that
      // defines an event handler).
      if (
        H3_READER.test(q.replace(/^h3\./, "")) &&
        (q.startsWith("h3.") ||
          sourceHas(this.tree, /\b(defineEventHandler|eventHandler|defineCachedEventHandler)\s*\(/))
      )
        return Level.SOURCE;
      // Hono's cookie helpers (`getCookie(c, 'name')`, `getSignedCookie(c, secret, 'name')` from hono/cookie): a
      // cookie the client sent (a signed one is the client's own value, signed by this server earlier).
      if (/^hono\/cookie\.(getCookie|getSignedCookie)$/.test(q)) return Level.SOURCE;
      // Next.js's `headers()` / `cookies()` from next/headers: the incoming request's headers and cookies.
      if (/^next\/headers\.(headers|cookies)$/.test(q)) return Level.SOURCE;
      // Koa's `ctx.get('Origin')` / `ctx.request.get(...)` read a request header, `ctx.cookies.get(...)` a cookie
      // (only in a file that uses Koa: other libraries' context objects have their own `get`).
      if (
        /^ctx\.(request\.)?get$|^ctx\.cookies\.get$/.test(q) &&
        sourceHas(this.tree, /['"](koa|@koa\/router|koa-router)['"]/)
      )
        return Level.SOURCE;
      // AngularJS's `$location.search()`, `$location.hash()`: the page URL's query and fragment.
      if (/^\$location\.(search|hash|path|url|absUrl)$/.test(q) && this.args(node).length === 0)
        return Level.SOURCE;
      if (cls === "html" && /^(window\.)?(localStorage|sessionStorage)\.getItem$/.test(q))
        return Level.SOURCE;
      // Router hooks hand the component the URL's query and path parameters (Next.js, React Router, Vue Router).
      if (/^(useRouter|useSearchParams|useParams|useLocation|useRoute|useQuery)$/.test(this.method(node)))
        return Level.SOURCE;
      // `s.replace(/</g, '&lt;')`, `JSON.stringify(x).replace(/</g, '\\u003c')`: no tag can open in the result.
      // (`s.replaceAll('<', '&lt;')` the same: a string pattern, every occurrence.)
      if (
        cls === "html" &&
        ((this.method(node) === "replace" &&
          /^\/[^/]*<[^/]*\/[a-z]*g/.test(this.text(this.args(node)[0] ?? node))) ||
          (this.method(node) === "replaceAll" && this.stringValue(this.args(node)[0]) === "<")) &&
        // the replacement text, or a callback that returns an entity per character (`c => '&#' + c.charCodeAt(0)`)
        /&lt;|\\u003c|\\x3c|&#60;|['"`]&#x?['"`]\s*\+/i.test(this.text(this.args(node)[1] ?? node))
      )
        return Level.CONST;
      // `s.replace(/[&<>"']/g, (c) => MAP[c])` with MAP an object literal mapping '<' to an entity: every
      // character that opens a tag (or ends a quoted attribute) becomes an entity.
      if (this.method(node) === "replace" && cls === "html" && this.entityMapped(node)) return Level.CONST;
      // `"'" + s.replace(/'/g, "'\\''") + "'"`: POSIX single quoting, the value one shell word with no
      // expansion.
      if (/^(replace|join)$/.test(this.method(node)) && cls === "command" && this.singleQuoted(node))
        return Level.CONST;
      // `String(name).replace(/"/g, '""')` inside a quoting helper: each quote doubled, the quoted identifier or
      // literal it is wrapped in cannot be closed by the text.
      // (Not a string literal for MySQL, whose default mode also ends one at a backslash-escaped quote: `\'`
      // doubled is `\''`, an escaped quote and then a closing one - unless the same chain also doubles backslashes.)
      if (this.method(node) === "replace" && cls === "sql") {
        const q = /^\/(["'`])\/g$/.exec(this.text(this.args(node)[0] ?? node))?.[1];
        const by = this.stringValue(this.args(node)[1]);
        if (q && by === q + q && !(q !== "`" && this.mysqlBackslashOpen(node))) return Level.CONST;
      }
      // `path.normalize(p).replace(/^(\.\.(\/|\\|$))+/, '')`: after normalising, every `..` is leading, so
      // stripping the leading ones leaves a path that stays under whatever base it is joined to.
      if (
        this.method(node) === "replace" &&
        cls === "path" &&
        /\\\.\\\./.test(this.text(this.args(node)[0] ?? node)) &&
        /^(path\.)?normalize$/.test(this.callee(field(field(node, "function") ?? node, "object") ?? node))
      )
        return Level.CONST;
      // `path.normalize('/' + p).slice(1)`: normalised under a leading '/', no `..` is left (the root has no
      // parent), and the slash cut leaves a relative path that stays under the base it is joined to.
      if (
        cls === "path" &&
        /^(slice|substring|substr)$/.test(this.method(node)) &&
        this.text(this.args(node)[0] ?? node) === "1" &&
        this.args(node).length === 1 &&
        this.rootedNormalize(field(field(node, "function") ?? node, "object") ?? undefined)
      )
        return Level.CONST;
      // `s.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'))`: RFC 4515 escaping,
      // each filter metacharacter (backslash, '*', '(', ')', NUL) written as a backslash and two hex digits.
      if (this.method(node) === "replace" && cls === "ldap") {
        const re = /^\/\[((?:\\.|[^\]\\])*)\]\/[a-z]*g[a-z]*$/.exec(this.text(this.args(node)[0] ?? node));
        const by = this.text(this.args(node)[1] ?? node);
        if (
          re?.[1] !== undefined &&
          ["*", "(", ")"].every((c) => re[1]!.includes(c)) &&
          re[1].includes("\\\\") &&
          /=>/.test(by) &&
          /['"`]\\\\['"`]/.test(by) &&
          /toString\(\s*16\s*\)/.test(by)
        )
          return Level.CONST;
      }
      // `s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')`: every pattern metacharacter escaped, the text matches literally.
      if (
        this.method(node) === "replace" &&
        cls === "regex" &&
        /^\/\[[^\]]*\*[^\]]*\+[^\]]*\\\][^/]*\/[a-z]*g/.test(this.text(this.args(node)[0] ?? node)) &&
        /^['"`]\\\\\$&['"`]$/.test(this.text(this.args(node)[1] ?? node))
      )
        return Level.CONST;
      // The same with the class captured (`/([.+?^=!:${}()|[\]\/\\])/g, '\\$1'`), `*` left out of it for a glob's
      // own `.replace(/\*/g, '.*')`: every other metacharacter escaped.
      if (this.method(node) === "replace" && cls === "regex") {
        const re = /^\/\(\[((?:\\.|[^\]\\])*)\]\)\/[a-z]*g[a-z]*$/.exec(
          this.text(this.args(node)[0] ?? node),
        );
        if (
          re?.[1] !== undefined &&
          [".", "+", "?", "(", ")", "[", "|", "^", "$", "{"].every((c) => re[1]!.includes(c)) &&
          /\\\\/.test(re[1]) &&
          /^['"`]\\\\\$1['"`]$/.test(this.text(this.args(node)[1] ?? node))
        )
          return Level.CONST;
        // ... and the class in any order with the whole match escaped (`/[*/\-[\]{}()+?.,\\^$|#]/g, '\\$&'`).
        const cls2 = /^\/\[((?:\\.|[^\]\\])*)\]\/[a-z]*g[a-z]*$/.exec(this.text(this.args(node)[0] ?? node));
        if (
          cls2?.[1] !== undefined &&
          [".", "+", "?", "(", ")", "[", "|", "^", "$", "{"].every((c) => cls2[1]!.includes(c)) &&
          /\\\\/.test(cls2[1]) &&
          /^['"`]\\\\\$&['"`]$/.test(this.text(this.args(node)[1] ?? node))
        )
          return Level.CONST;
      }
      // `s.replace(/[\r\n]/g, '')`, `s.replaceAll('\n', ' ')`: line breaks gone. A string pattern given to replace()
      // changes its first occurrence only (`s.replace('\r\n', '')` leaves the next one).
      if (
        (cls === "header" || cls === "log") &&
        ((this.method(node) === "replace" &&
          /^\/.*\\[rn].*\/[a-z]*g[a-z]*$/s.test(this.text(this.args(node)[0] ?? node))) ||
          (this.method(node) === "replaceAll" && /\\[rn]/.test(this.text(this.args(node)[0] ?? node))))
      )
        return Level.CONST;
      // `ext.replace(/[^a-z0-9]/gi, '')`: everything outside letters, digits, '_' and '-' is removed, so no '.',
      // '/' or '\\' is left to climb out of the directory the text is joined to.
      if (this.method(node) === "replace" && cls === "path") {
        const r = this.keptClass(node);
        if (
          r &&
          // single letters, digits, '_' and '-' left once the common ranges are gone (no `0-z` spanning '\\')
          /^-?\w*-?$/.test(r.kept.replace(/a-z|A-Z|0-9|\\[wd_-]/g, "")) &&
          /^(['"`])[\w-]*\1$/.test(r.by)
        )
          return Level.CONST;
      }
      // `name.replace(/[^a-z0-9_.-]/gi, '').replace(/\.\.+/g, '.')`: the inner replace leaves no '/' or '\\'
      // (letters, digits, '_', '-' and '.' only) and the outer one collapses every run of dots, so no '..' is left.
      if (this.method(node) === "replace" && cls === "path") {
        const recv = field(field(node, "function") ?? node, "object");
        const [dots, by] = this.args(node);
        const inner =
          recv?.type === "call_expression" && this.method(recv) === "replace"
            ? /^\/\[\^((?:\\.|[^\]\\])*)\]\+?\/[a-z]*g[a-z]*$/.exec(this.text(this.args(recv)[0] ?? recv))
            : null;
        const innerBy = recv?.type === "call_expression" ? this.args(recv)[1] : undefined;
        if (
          inner?.[1] !== undefined &&
          // (a '-' only first or last: `.-z` would span '/' and '\\')
          /^-?[\w.]*-?$/.test(inner[1].replace(/a-z|A-Z|0-9|\\[wd_.]/g, "")) &&
          innerBy &&
          /^(['"`])[\w-]*\1$/.test(this.text(innerBy)) &&
          dots &&
          /^\/(\\\.\\\.\+|\\\.\{2,\})\/[a-z]*g[a-z]*$/.test(this.text(dots)) &&
          by &&
          /^(['"`])[\w-]?\.?\1$/.test(this.text(by))
        )
          return Level.CONST;
      }
      // `s.replace(/[^A-Za-z0-9-]/g, '')`: everything outside an allow-list class is removed; when the class
      // admits no whitespace (only \w, \d and escaped punctuation, no space), no CR/LF can remain.
      if (this.method(node) === "replace" && (cls === "header" || cls === "log")) {
        const r = this.keptClass(node);
        if (r && !/\\[^-./\]\\^$*+?()|{}_@:#wd]|\s/.test(r.kept) && /^(['"`])[^\\\r\n]*\1$/.test(r.by))
          return Level.CONST;
      }
      // `s.replace(/[^\w\s.,-]/g, '')`: everything outside an allow-list class of letters, digits, whitespace and
      // punctuation with no meaning in markup is removed - no `<`, `&`, quote, backtick or `=` remains.
      if (cls === "html" && /^(replace|replaceAll)$/.test(this.method(node))) {
        const r = this.keptClass(node);
        if (
          r &&
          // (ranges only within letters or digits)
          /^-?(?:[\w .,:;!?@#%+*/()]|\\[wds.,:;!?@#%+*/()_-])*-?$/.test(
            r.kept.replace(/[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]/g, ""),
          ) &&
          /^(['"`])[\w .,:;!?@#%+*/()-]*\1$/.test(r.by)
        )
          return Level.CONST;
      }
      // `host.replace(/[^a-z0-9.-]/g, '')`: everything outside an allow-list class of letters, digits and
      // punctuation the shell gives no meaning (`.`, `-`, `_`, `/`, `:`, `@`, `,`, `+`, `=`, `%`) is removed.
      if (cls === "command" && /^(replace|replaceAll)$/.test(this.method(node))) {
        const r = this.keptClass(node);
        if (
          r &&
          // (ranges only within letters or digits: `%-@` would admit `;`, `&` and `<`)
          /^-?(?:[\w.,:@+=%/]|\\[wd._:@,+=%/-])*-?$/.test(
            r.kept.replace(/[a-z]-[a-z]|[A-Z]-[A-Z]|[0-9]-[0-9]/g, ""),
          ) &&
          /^(['"`])[\w.,:@+=%/-]*\1$/.test(r.by)
        )
          return Level.CONST;
      }
      // `s.replace(/x/g, (m) => ...)`: the receiver with matches swapped for what the callback returns (its
      // parameters are pieces of the receiver, see arrayCallback).
      if (/^(replace|replaceAll)$/.test(this.method(node))) {
        const by = this.args(node)[1];
        const cb = by?.type === "identifier" ? this.resolve(by) : by;
        const recv = field(fn0(node), "object");
        if (recv && cb && (cb.type === "arrow_function" || cb.type === "function_expression"))
          return this.max([recv, ...returnedValues(cb)], cls, depth);
      }
      // (`await c.req.json<T>()`: TypeScript reads the await into the callee; the call's receiver is c.req.)
      const fn = calleeNode(node);
      const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
      // `this.items.get(k)` of a container member: what the class stores at that key (see fieldHeld).
      const heldIn =
        recv?.type === "member_expression" && this.method(node) === "get" ? this.fieldHeld(recv) : undefined;
      if (heldIn) return this.heldLevel(heldIn, this.mapKey(this.args(node)[0]), cls, depth);
      if (recv?.type === "identifier") {
        const m = this.method(node);
        const hits = m === "get" ? this.mapHits(node, recv) : undefined;
        if (hits) {
          return this.max(
            hits.flatMap((e) => (e.value ? [e.value] : [])),
            cls,
            depth,
          );
        }
        const at = this.atCall(node);
        if (at) {
          const item = this.indexedItem(at.name, at.k, node);
          if (item !== undefined) return item ? this.eval(item, cls, depth + 1) : Level.CONST;
          const a = this.arrayAt(at.name, node);
          if (a) return this.max(a.whole, cls, depth);
        }
        // `parts.with(1, 'guest')`: a copy of the array with item k replaced, the others as they were.
        if (m === "with" && recv?.type === "identifier") {
          const [ka, va, ...more] = this.args(node);
          const k = ka && !more.length ? this.constValue(ka) : undefined;
          const items: SyntaxNode[] = [];
          for (let i = 0; va && typeof k === "number" && Number.isInteger(k) && i < 64; i++) {
            const item = this.indexedItem(this.text(recv), i, node);
            if (item === null) {
              const j = k < 0 ? items.length + k : k;
              if (j >= 0 && j < items.length) {
                items[j] = va;
                return this.max(items, cls, depth);
              }
              break;
            }
            if (!item) break;
            items.push(item);
          }
        }
        if (m === "pop" || m === "shift") {
          const a = this.arrayAt(this.text(recv), node);
          if (a?.items) return a.removed ? this.eval(a.removed, cls, depth + 1) : Level.CONST;
          if (a) return this.max(a.whole, cls, depth);
        }
        // `const gone = cols.splice(1, 1)`: the items cut out at that point (the whole array's when not known).
        if (m === "splice") {
          const a = this.arrayAt(this.text(recv), node);
          if (a?.cutOut)
            return this.max(
              a.cutOut.filter((x): x is SyntaxNode => !!x),
              cls,
              depth,
            );
          if (a) return this.max(a.whole, cls, depth);
        }
      }
      // The rows a fixed statement reads back (`await db.query('SELECT table_name FROM information_schema.tables')`):
      // the database's own records, which the SQL text built from them does not take from the request.
      if (
        cls === "sql" &&
        fn?.type === "member_expression" &&
        /^(query|execute|all)$/.test(this.method(node))
      ) {
        const text = this.args(node)[0];
        if (
          text &&
          /^\s*(select|with|show|describe|pragma)\b/i.test(this.leadingText(text) ?? "") &&
          this.eval(text, cls, depth + 1) === Level.CONST
        )
          return Level.CONST;
      }
      // `items.slice(1)`, `['a'].concat([b])` on arrays whose items are known: what those items hold, no more.
      const derived =
        fn?.type === "member_expression" &&
        /^(slice|concat|flat|flatMap|reverse|toReversed)$/.test(this.method(node))
          ? this.derivedItems(node)
          : undefined;
      if (derived) return this.max(derived, cls, depth);
      // `const get = capture('127.0.0.1'); get()`, `whereFor('name')(q)`: a function a local helper returns, called:
      // what that function returns, the helper's parameters reading the call that made it.
      // A method of a receiver whose class this file declares: the override the receiver's class dispatches to.
      if (t === "call_expression" && fn?.type === "member_expression" && this.anyClass()) {
        const v = this.receiverCall(node, cls, depth);
        if (v !== undefined) return v;
      }
      const closure = t === "call_expression" && !this.bound ? this.madeClosure(node) : undefined;
      if (closure) {
        this.bound = { fn: closure.outer, call: closure.call, inner: { fns: closure.inner, call: node } };
        try {
          return this.max(
            closure.rets.filter((r) => !this.isDead(r)),
            cls,
            depth,
          );
        } finally {
          this.bound = undefined;
        }
      }
      // `const apply = (v, f) => f(v)` run for `apply(q, () => 'uptime')`: the parameter called is the function
      // this call hands over, and one that only returns constants gives a constant whatever it is passed.
      if (t === "call_expression" && fn?.type === "identifier" && this.bound && !this.bound.recv) {
        const i =
          this.plainParams(this.bound.fn)?.findIndex((p) => p.name === this.text(fn) && !p.rest) ?? -1;
        const arg = i >= 0 && !this.assigns.has(this.text(fn)) ? this.args(this.bound.call)[i] : undefined;
        const rets =
          arg && /^(arrow_function|function_expression)$/.test(arg.type) ? returnedValues(arg) : [];
        if (
          rets.length &&
          !this.args(this.bound.call)
            .slice(0, i)
            .some((a) => a.type === "spread_element") &&
          rets.every((r) => this.constValue(r) !== undefined)
        )
          return Level.CONST;
      }
      // A helper declared in the file: what it returns (its parameters take what the file's callers pass).
      const local = t === "call_expression" ? this.localFunction(node) : undefined;
      const returned = local ? returnedValues(local) : [];
      // `page('Search', escape(term))` beside `page('Search', term)`: the helper's parameters read this call's
      // arguments (one call deep, plain parameters only), so one tainted caller does not taint every call.
      if (
        returned.length &&
        local &&
        !this.bound &&
        !(local.start <= node.start && node.end <= local.end) &&
        this.plainParams(local) &&
        !this.recursive(local)
      ) {
        this.bound = { fn: local, call: node };
        try {
          // (a return after an exit on a constant, this call's arguments included, never runs)
          return this.max(
            returned.filter((r) => !this.isDead(r)),
            cls,
            depth,
          );
        } finally {
          this.bound = undefined;
        }
      }
      // `wrap(wrap(q))`, a helper calling a helper: inside a frame, a nested call's parameters read its own
      // arguments, those read in the frame around it (a chained frame), not the outer call's.
      const chained =
        returned.length &&
        local &&
        this.bound &&
        !(local.start <= node.start && node.end <= local.end) &&
        this.plainParams(local) &&
        !this.recursive(local)
          ? this.mkFrame(local, node, this.bound, undefined)
          : undefined;
      if (chained) {
        const saved = this.bound;
        this.bound = chained;
        try {
          return this.max(
            returned.filter((r) => !this.isDead(r)),
            cls,
            depth,
          );
        } finally {
          this.bound = saved;
        }
      }
      if (returned.length)
        return this.max(
          returned.filter((r) => !this.isDead(r)),
          cls,
          depth,
        );
      const cb = this.args(node)[0];
      // `names.filter((n) => MANIFEST.has(n))`, `cols.find((c) => c === 'email')`: only elements the callback
      // vets come out.
      if (
        fn?.type === "member_expression" &&
        /^(filter|find|findLast)$/.test(this.method(node)) &&
        (cb?.type === "arrow_function" || cb?.type === "function_expression")
      ) {
        const ps = namedChildren(field(cb, "parameters") ?? cb).filter((c) => c.type !== "comment");
        const p0 = cb.type === "arrow_function" && field(cb, "parameter") ? field(cb, "parameter") : ps[0];
        const id = p0 && (p0.type === "identifier" ? p0 : field(p0, "pattern"));
        const rets = returnedValues(cb);
        if (id?.type === "identifier" && rets.length && rets.every((r) => this.vets(r, this.text(id))))
          return Level.CONST;
      }
      // `FIELDS.filter((f) => q[f])`, `xs.find(...)`, `xs.sort(cmp)`: the elements come from the receiver; what
      // the callback returns only decides which (or in what order).
      if (
        fn?.type === "member_expression" &&
        /^(filter|find|findLast|sort|toSorted)$/.test(this.method(node)) &&
        (cb?.type === "arrow_function" || cb?.type === "function_expression") &&
        this.args(node).length === 1
      )
        return this.eval(field(fn, "object"), cls, depth + 1);
      if (
        fn?.type === "member_expression" &&
        /^(map|flatMap)$/.test(this.method(node)) &&
        (cb?.type === "arrow_function" || cb?.type === "function_expression")
      )
        return this.max(returnedValues(cb), cls, depth);
      // `ids.map(Number)`, `xs.map(Math.trunc)`: each element converted to a number (or a boolean).
      if (
        fn?.type === "member_expression" &&
        /^(map|flatMap)$/.test(this.method(node)) &&
        this.args(node).length === 1 &&
        /^(Number|parseInt|parseFloat|Number\.parseInt|Number\.parseFloat|Boolean|BigInt|Math\.(round|floor|ceil|trunc|abs|sign))$/.test(
          this.text(cb ?? node),
        ) &&
        !this.functions.has(this.text(cb ?? node))
      )
        return Level.CONST;
      // `args.map(quote)`: a function of this file handed over by name. When what it returns is constant whatever
      // it is given (a quoting or escaping helper, or a fixed value), so is every element of the result.
      if (
        fn?.type === "member_expression" &&
        /^(map|flatMap)$/.test(this.method(node)) &&
        cb?.type === "identifier"
      ) {
        const named = this.scopedFunction(this.text(cb), node) ?? this.functions.get(this.text(cb));
        const rets = named && named.type !== "method_definition" ? returnedValues(named) : [];
        if (rets.length && this.max(rets, cls, depth) === Level.CONST) return Level.CONST;
      }
      // `files.map(this.quote)`, `items.map(this.escape.bind(this))`, `xs.map(view.clean)`: a method handed over by
      // reference, its first parameter reading the array's elements.
      if (
        fn?.type === "member_expression" &&
        /^(map|flatMap)$/.test(this.method(node)) &&
        cb &&
        this.args(node).length === 1 &&
        this.anyClass()
      ) {
        const v = this.callbackByRef(node, cb, field(fn, "object")!, cls, depth);
        if (v !== undefined) return v;
      }
      // `parts.reduce((acc, p) => acc + ' ' + p, init)`: the last value the callback returns (its parameters
      // read the receiver's elements and the accumulator), or the initial value; the receiver's first element when
      // no initial value is given.
      if (
        fn?.type === "member_expression" &&
        /^reduce(Right)?$/.test(this.method(node)) &&
        (cb?.type === "arrow_function" || cb?.type === "function_expression")
      ) {
        const init = this.args(node).slice(1);
        const first = init.length ? [] : [field(fn, "object")!];
        const acc = this.plainParams(cb)?.[0]?.name;
        const stored = acc ? this.storedInto(cb, acc) : [];
        return this.max([...returnedValues(cb), ...init, ...first, ...stored], cls, depth);
      }
      // React's `useMemo(() => DOMPurify.sanitize(html), [html])`: the value is what the factory returns; the
      // dependency list only says when to recompute it.
      if (
        /^([Rr]eact\.)?useMemo$/.test(this.callee(node)) &&
        (cb?.type === "arrow_function" || cb?.type === "function_expression")
      ) {
        const rets = returnedValues(cb);
        if (rets.length) return this.max(rets, cls, depth);
      }
      // Vue's `computed(() => DOMPurify.sanitize(html))`: the ref holds what the getter returns, and a template
      // reads it unwrapped. Vue's own (imported), or a bare `computed` where Nuxt auto-imports it (a file using
      // Vue's compiler macros or Nuxt's composables).
      if (
        (/^[Vv]ue\.computed$/.test(this.callee(node)) ||
          (this.callee(node) === "computed" &&
            sourceHas(
              this.tree,
              /\b(?:defineProps|defineEmits|definePageMeta|defineNuxtComponent|useNuxtApp)\s*[<(]/,
            ))) &&
        (cb?.type === "arrow_function" || cb?.type === "function_expression")
      ) {
        const rets = returnedValues(cb);
        if (rets.length) return this.max(rets, cls, depth);
      }
      // `Promise.resolve(x)` settles with x; `p.then(cb)` with what cb (or the rejection handler) returns.
      if (this.callee(node) === "Promise.resolve" && this.args(node).length <= 1)
        return this.eval(this.args(node)[0], cls, depth + 1);
      if (fn?.type === "member_expression" && this.method(node) === "then") {
        const cbs = this.args(node);
        if (cbs.length && cbs.every((c) => c.type === "arrow_function" || c.type === "function_expression"))
          return this.max(
            cbs.flatMap((c) => returnedValues(c)),
            cls,
            depth,
          );
      }
      // `String(n)`: the built-in conversion adds no text of its own; the result is as trusted as its argument
      // (`String(parseInt(q, 10) || 0)` is digits, `String(req.query.q)` is the request's text).
      // (`String()` is the empty string; arguments after the first are ignored.)
      if (fn?.type === "identifier" && this.text(fn) === "String" && !this.rebinds("String", fn)) {
        const arg = this.args(node)[0];
        return arg ? this.eval(arg, cls, depth + 1) : Level.CONST;
      }
      // For the session ("trust"), a value the server looked up or computed (`await User.findOne({ name })`,
      // `bcrypt.compare(...)`) is its own: only the client's text copied or reshaped by string methods follows.
      if (cls === "trust") {
        if (this.callee(node) === "Promise.resolve") return this.eval(this.args(node)[0], cls, depth + 1);
        if (fn?.type !== "member_expression" || !TEXT_METHODS.test(this.method(node))) return Level.CONST;
        return Math.max(
          this.max(this.args(node), cls, depth),
          this.eval(field(fn, "object"), cls, depth + 1),
        ) as Level;
      }
      // ansi-html(-community) wraps ANSI colour codes in <span> tags of its own and copies every other character:
      // escaped text stays escaped, so its markup is as trusted as its input.
      if (
        cls === "html" &&
        /^ansi-html(-community)?$/.test(this.callee(node)) &&
        this.args(node).length === 1
      )
        return this.eval(this.args(node)[0], cls, depth + 1);
      const args = this.max(this.args(node), cls, depth);
      if (fn?.type === "member_expression")
        return Math.max(args, this.eval(field(fn, "object"), cls, depth + 1)) as Level;
      return Math.max(Level.UNKNOWN, args) as Level;
    }
    return Level.UNKNOWN;
  }

  private lookup(id: SyntaxNode, cls: string, depth: number): Level {
    const base = this.lookupBinding(id, cls, depth);
    if (base !== Level.CONST && this.guarded(id)) return Level.CONST;
    // `sql += " WHERE x = '" + v + "'"` earlier in the same function adds v to what the name holds.
    const fn = enclosingFunction(id);
    const adds = (this.augments.get(this.text(id)) ?? []).filter(
      (a) =>
        ((a.order < id.order && enclosingFunction(a) === fn) || this.callbackGrows(a, id)) &&
        !this.isDead(a) &&
        !this.logicalNoop(a) &&
        !(id.start >= a.start && id.end <= a.end),
    );
    return adds.length
      ? (Math.max(
          base,
          this.max(
            adds.map((a) => field(a, "right")!),
            cls,
            depth,
          ),
        ) as Level)
      : base;
  }

  /**
   * `let name = 'readme.txt'; name ||= req.query.f`: a logical assignment that never stores, the name still holding
   * its declaration's constant (truthy for `||=`, not null for `??=`, falsy for `&&=`) with no store before it in the
   * function.
   */
  private logicalNoop(a: SyntaxNode): boolean {
    const op = field(a, "operator")?.type ?? a.children.find((c) => !c.named && c.type.endsWith("="))?.type;
    const left = field(a, "left");
    if (!/^(\|\|=|\?\?=|&&=)$/.test(op ?? "") || left?.type !== "identifier") return false;
    const name = this.text(left);
    const decl = this.scopedDecl(name, undefined, left)?.decl;
    const init = decl && field(decl, "value");
    const fn = enclosingFunction(a);
    if (!decl || !init || enclosingFunction(decl) !== fn) return false;
    // (inside a loop, a store written after it runs before it on the next pass)
    let looped = false;
    for (let p = a.parent; p && p !== decl.parent?.parent; p = p.parent)
      if (/^(for_statement|for_in_statement|while_statement|do_statement)$/.test(p.type)) looped = true;
    const before = (n: SyntaxNode) =>
      n !== a && enclosingFunction(n) === fn && (looped || (n.order < a.order && n.order > decl.order));
    if ((this.assigns.get(name) ?? []).some(before)) return false;
    if ((this.augments.get(name) ?? []).some(before)) return false;
    const v = this.constValue(init);
    if (v === undefined) return false;
    return op === "||=" ? truthy(v) : op === "??=" ? v !== null : !truthy(v);
  }

  /**
   * `let body = ''; req.on('data', (c) => { body += c; }); req.on('end', () => use(body))`: a callback handed to a
   * call grows a variable of the function around it, and `id` reads that variable elsewhere in that function
   * (the callback may have run by then). The callback must not declare the name itself.
   */
  private callbackGrows(a: SyntaxNode, id: SyntaxNode): boolean {
    const cb = enclosingFunction(a);
    if (!cb || cb.parent?.type !== "arguments" || (cb.start <= id.start && id.end <= cb.end)) return false;
    const outer = enclosingFunction(cb);
    if (outer ? !(outer.start <= id.start && id.end <= outer.end) : false) return false;
    const name = this.text(id);
    if (this.isParam(cb, name)) return false;
    const declared = (n: SyntaxNode): boolean =>
      namedChildren(n).some(
        (c) =>
          (c.type === "variable_declarator" && this.text(field(c, "name") ?? c) === name) ||
          (!FN_TYPES.has(c.type) && declared(c)),
      );
    const body = field(cb, "body");
    return !body || !declared(body);
  }

  /**
   * `'<b class=' + escapeHtml(v) + '>'`, `` `<b title=${_.escape(v)}>` ``: an HTML escaper keeps quotes and markup
   * out, but in an attribute value no quote opened a space starts a new attribute (`x onmouseover=...`), and in
   * script code (see scriptCodeContext) it stops nothing. The level of the escaped argument that follows such
   * text; CONST when there is none.
   */
  private unquotedAttrEscape(node: SyntaxNode, depth: number): Level {
    const pieces: SyntaxNode[] = [];
    if (node.type === "template_string") {
      for (const c of node.children)
        if (c.type === "string_fragment") pieces.push(c);
        else if (c.type === "template_substitution") pieces.push(...namedChildren(c));
    } else {
      const flat = (n: SyntaxNode): void => {
        const plus = n.type === "binary_expression" && n.children.some((c) => !c.named && c.type === "+");
        if (plus && pieces.length < 64) {
          for (const side of [field(n, "left"), field(n, "right")]) if (side) flat(side);
        } else pieces.push(n);
      };
      flat(node);
    }
    let m = Level.CONST;
    let text = "";
    for (const p of pieces) {
      const v = p.type === "string_fragment" ? this.text(p) : this.constValue(p);
      if (typeof v === "string" || typeof v === "number") {
        text += String(v);
        continue;
      }
      const unquoted = UNQUOTED_ATTR.test(text);
      if (
        (unquoted || scriptCodeContext(text)) &&
        p.type === "call_expression" &&
        this.htmlEscaper(p, !unquoted)
      ) {
        const arg = this.args(p)[0];
        if (arg) m = Math.max(m, this.eval(arg, "html", depth + 1)) as Level;
      }
      // `value="${s.replace(/</g, '&lt;')}"`: replaces that keep the attribute's own quote let the text close it.
      const quote = QUOTED_ATTR.exec(text)?.[1];
      const kept = quote && p.type === "call_expression" ? this.quoteKeptReplace(p, quote) : undefined;
      if (kept) m = Math.max(m, this.eval(kept, "html", depth + 1)) as Level;
      if (p.type === "call_expression") {
        const bare = this.contextBlindEscape(p, text, quote);
        if (bare) m = Math.max(m, this.eval(bare, "html", depth + 1)) as Level;
      }
      text = "\u0000";
    }
    return m;
  }

  /**
   * The argument of an escaping call that the text in front of it makes useless: a markup sanitiser's output in a
   * quoted attribute value (`alt="` + DOMPurify.sanitize(v): text keeps its quotes), an HTML escaper at the start of
   * a URL attribute (`href="${escapeHtml(u)}"`: javascript: has no character to escape) unless the function tested
   * the value's scheme, and a URL encoder in a single-quoted string of a script (`'${encodeURIComponent(q)}'`
   * leaves `'`, `(` and `)`). Undefined when the escape holds.
   */
  private contextBlindEscape(
    call: SyntaxNode,
    text: string,
    quote: string | undefined,
  ): SyntaxNode | undefined {
    const arg = this.args(call)[0];
    if (!arg) return undefined;
    const q = this.callee(call);
    if (quote && !this.localFunction(call) && ownEntry(QUOTE_KEEPING_SANITIZER, q)?.includes(quote))
      return arg;
    if (quote && URL_ATTR_START.test(text) && this.htmlEscaper(call) && !this.schemeTested(arg)) return arg;
    if (/^(encodeURIComponent|encodeURI|querystring\.escape)$/.test(q) && scriptStringQuote(text) === "'")
      return arg;
    return undefined;
  }

  /**
   * Whether the function around `value` tests its scheme before it: an `if` (or a ternary's condition) naming
   * `u.protocol` for `u` / `u.href`, or testing the value's text against http(s) (`/^https?:/.test(u)`,
   * `u.startsWith('https://')`).
   */
  private schemeTested(value: SyntaxNode): boolean {
    const name = /^([\w$]+)(?:\.(?:href|toString\(\s*\)))?$/.exec(this.text(value).trim())?.[1];
    if (!name) return false;
    const fn = enclosingFunction(value);
    if (!fn) return false;
    const esc = name.replace(/\$/g, "\\$");
    const re = new RegExp(`\\b${esc}\\.protocol\\b|https\\?:|['"]https?:`);
    const named = new RegExp(`\\b${esc}\\b`);
    let seen = 0;
    const walk = (n: SyntaxNode): boolean => {
      if (++seen > 4000 || n.start >= value.start) return false;
      if (n.type === "if_statement" || n.type === "ternary_expression") {
        const c = this.text(field(n, "condition") ?? n);
        if (re.test(c) && named.test(c)) return true;
      }
      return namedChildren(n).some(walk);
    };
    return walk(fn);
  }

  /** `path.normalize('/' + p)` / `` path.posix.normalize(`/${p}`) ``: a normalised path under a leading slash. */
  private rootedNormalize(n: SyntaxNode | undefined): boolean {
    if (n?.type !== "call_expression" || !/^(path\.)?(posix\.)?normalize$/.test(this.callee(n))) return false;
    const a = this.args(n)[0];
    if (a?.type === "binary_expression") return this.stringValue(field(a, "left") ?? undefined) === "/";
    if (a?.type !== "template_string") return false;
    const first = a.children.find((c) => c.named);
    return first?.type === "string_fragment" && this.text(first).startsWith("/");
  }

  /**
   * The receiver under a chain of `.replace` / `.replaceAll` calls none of which touches `quote` (a pattern that
   * names it, a negated class that strips it, or a callback that may map it); undefined when any may.
   */
  private quoteKeptReplace(call: SyntaxNode, quote: string): SyntaxNode | undefined {
    let n: SyntaxNode = call;
    let walked = 0;
    while (n.type === "call_expression" && /^(replace|replaceAll)$/.test(this.method(n)) && walked < 16) {
      const [pat, by] = this.args(n);
      if (!pat || !by || (by.type !== "string" && by.type !== "template_string")) return undefined;
      const text = pat.type === "regex" ? this.text(pat) : this.stringValue(pat);
      if (text === undefined || text.includes(quote)) return undefined;
      // a negated class, `.`, \W / \S / \D, a property class or an escaped code point may match the quote too
      if (pat.type === "regex" && /\[\^|(^|[^\\])\.|\\[WSDpPxuc]/.test(text)) return undefined;
      const recv = field(fn0(n), "object");
      if (!recv) return undefined;
      n = recv;
      walked++;
    }
    return walked ? n : undefined;
  }

  /**
   * A call of an HTML escaper (a known one, or a function of this file named so) that leaves spaces alone. In
   * script code (`script`), not a serialiser that writes a JavaScript literal (serialize-javascript, a local
   * `safeJson`), which is what such code needs.
   */
  private htmlEscaper(call: SyntaxNode, script = false): boolean {
    const q = this.callee(call);
    const name = q.slice(q.lastIndexOf(".") + 1);
    if (this.localFunction(call))
      return (
        /escape|html/i.test(name) &&
        !/ur[il]|attr|quote/i.test(name) &&
        !(script && /json|serial|js|script/i.test(name))
      );
    const san = ownEntry(SANITIZERS, q, this.method(call));
    return (
      !!san &&
      san.includes("html") &&
      !san.includes("all") &&
      !/ur[il]/i.test(name) &&
      !(script && san.includes("code"))
    );
  }

  /**
   * The stream a listener reads: `req.on('data', (chunk) => ...)` gives `chunk` what the request body holds (for
   * a request read by hand).
   */
  private dataListenerStream(fn: SyntaxNode): SyntaxNode | undefined {
    const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    if (call?.type !== "call_expression" || !/^(on|once|addListener)$/.test(this.method(call)))
      return undefined;
    if (!/^(['"])data\1$/.test(this.text(this.args(call)[0] ?? call)) || this.args(call)[1] !== fn)
      return undefined;
    const f = field(call, "function");
    return f?.type === "member_expression" ? field(f, "object") : undefined;
  }

  /** The names compound-assigned (`+=`) before `id` in its function: a string grown piece by piece. */
  grownBefore(id: SyntaxNode): SyntaxNode[] {
    const fn = enclosingFunction(id);
    return (this.augments.get(this.text(id)) ?? []).filter(
      (a) => a.order < id.order && enclosingFunction(a) === fn && !this.isDead(a),
    );
  }

  /**
   * The assigned values a read of a local may see: from the last assignment before it that always runs (a
   * statement of a block holding the read; a try body's statement counts as its try statement's, so a catch
   * clause's assignment joins it) on, each later conditional one too. `declToo`: none always runs, so the
   * declaration's value may still be there (`let t = 'ls'; if (c) t = req.query.d;`, a switch's cases).
   * Undefined where nothing reassigns the name before the read in this function.
   */
  assignedInPlay(id: SyntaxNode): { values: SyntaxNode[]; declToo: boolean } | undefined {
    const fn = enclosingFunction(id);
    const name = this.text(id);
    const own = this.inPlayAt(name, id, fn);
    if (own || !fn) return own;
    // `const read = () => fs.readFileSync(name)` made in the function that declares `name` and called only there:
    // the closure reads the value in play at each of its calls, not at the place it was made.
    const bind =
      fn.parent?.type === "variable_declarator" && fn.field === "value"
        ? field(fn.parent, "name")
        : undefined;
    const outer = enclosingFunction(fn);
    if (!outer || bind?.type !== "identifier" || !/^(arrow_function|function_expression)$/.test(fn.type))
      return own;
    // (the name declared once in that function, not in the closure itself)
    const decls = this.inRange(this.decls.get(name) ?? [], outer);
    if (decls.length !== 1 || enclosingFunction(decls[0]!) !== outer || this.isParam(fn, name)) return own;
    // (every other use of the closure's name in that function calls it there: it is not handed on)
    const uses = this.inRange(this.uses(this.text(bind)), outer).filter((u) => u !== bind);
    const calls = uses.map((u) =>
      u.field === "function" && u.parent?.type === "call_expression" ? u.parent : u,
    );
    if (!calls.length || calls.some((c) => c.type !== "call_expression" || enclosingFunction(c) !== outer))
      return own;
    // (only where no other function inside writes the name: a write there may run between the calls)
    if (this.inRange(this.assigns.get(name) ?? [], outer).some((a) => enclosingFunction(a) !== outer))
      return own;
    const values: SyntaxNode[] = [];
    let declToo = false;
    for (const c of calls) {
      const held = this.inPlayAt(name, c, outer);
      if (!held) declToo = true;
      else {
        values.push(...held.values);
        declToo ||= held.declToo;
      }
    }
    return values.length ? { values, declToo } : undefined;
  }

  /**
   * The values stored into a `let` / `var` binding (the file's only declaration of the name) by functions other
   * than `fn`, the function a read of it sits in, itself nested in the declaring scope: event handlers and
   * callbacks run between the declaration and the read in any order, so each store may be the value read.
   * Empty where the read is not in a nested function or no other function stores into the name.
   */
  private storesElsewhere(
    name: string,
    decl: SyntaxNode,
    id: SyntaxNode,
    fn: SyntaxNode | undefined,
  ): SyntaxNode[] {
    if (!fn || (this.decls.get(name) ?? []).length !== 1 || this.patternDecls.has(name)) return [];
    const stores = this.assigns.get(name);
    if (!stores?.length) return [];
    const kind = decl.parent;
    if (!(
      kind?.type === "variable_declaration" ||
      (kind?.type === "lexical_declaration" && /^let\b/.test(this.text(kind)))
    ))
      return [];
    const scope = enclosingFunction(decl);
    if (scope === fn || (scope && !(fn.start >= scope.start && fn.end <= scope.end))) return [];
    return (scope ? this.inRange(stores, scope) : stores)
      .filter((a) => enclosingFunction(a) !== fn && !(id.start >= a.start && id.end <= a.end))
      .map((a) => field(a, "right"))
      .filter((v): v is SyntaxNode => !!v);
  }

  /** The stores of `name` in `fn` in play at `id` (see assignedInPlay). */
  private inPlayAt(
    name: string,
    id: SyntaxNode,
    fn: SyntaxNode | undefined,
  ): { values: SyntaxNode[]; declToo: boolean } | undefined {
    // The assignments are read from the last one before `id` back to the last that always runs (see `definite`):
    // the earlier ones are not in play, so neither are their isDead questions (a read after thousands of stores of
    // one name asked about every one). `reassigned` holds them latest first.
    const mine = this.inFn(this.assigns.get(name), fn);
    const reassigned: SyntaxNode[] = [];
    const definite = (a: SyntaxNode) => {
      let stmt: SyntaxNode | null | undefined = a.parent;
      if (stmt?.type !== "expression_statement") return false;
      for (;;) {
        const block: SyntaxNode | null | undefined = stmt?.parent;
        if (!block) return false;
        // A case of `switch (<constant>)` that is not dead runs: its statement counts as the switch's.
        const sw: SyntaxNode | null | undefined = block.parent?.parent;
        if (
          (block.type === "switch_case" || block.type === "switch_default") &&
          sw?.type === "switch_statement" &&
          this.constValue(field(sw, "value")) !== undefined &&
          !this.deadCase(block)
        ) {
          stmt = sw;
          continue;
        }
        // A finally block always runs: its statement counts as its try statement's.
        if (block.type === "statement_block" && block.parent?.type === "finally_clause") {
          stmt = block.parent.parent;
          continue;
        }
        if (
          block.type === "statement_block" &&
          block.parent?.type === "try_statement" &&
          block.field === "body"
        ) {
          // A try body's statement always ran past the try where nothing before it may throw (no earlier
          // statement in the body, a constant assigned), or where a throw never gets past the try without an
          // overwrite (no catch clause, or one that returns, throws or assigns the name itself): else the catch
          // clause may resume with the earlier value (`try { JSON.parse(o); c = 'ls'; } catch {}`,
          // `try { c = clean(c); } catch (e) { log(e); }`).
          const handler = field(block.parent, "handler");
          const body = handler && field(handler, "body");
          const mayThrow =
            namedChildren(block).some((s) => s.order < stmt!.order && s.type !== "comment") ||
            (stmt === a.parent && this.constValue(field(a, "right")) === undefined);
          const mayResume =
            body &&
            !blockExits(body) &&
            mayThrow &&
            !reassigned.some((r) => r.parent?.type === "expression_statement" && r.parent.parent === body);
          if (mayResume) return false;
          stmt = block.parent;
          continue;
        }
        return (
          (block.type === "statement_block" || block.type === "program") &&
          id.start >= block.start &&
          id.end <= block.end
        );
      }
    };
    // (`definite` reads `reassigned` for stores in a catch clause, after `a`: those are already in it)
    let found = false;
    for (let k = this.countBefore(mine, id, (a) => a) - 1; k >= 0 && !found; k--) {
      const a = mine[k]!;
      this.charge();
      if ((id.start >= a.start && id.end <= a.end) || this.isDead(a)) continue;
      reassigned.push(a);
      found = definite(a);
    }
    if (!reassigned.length) return undefined;
    return { values: reassigned.reverse().map((a) => field(a, "right")!), declToo: !found };
  }

  /** The value a bound call passes at parameter i of fn (a rest parameter: every argument from i on). */
  private boundArg(fn: SyntaxNode, call: SyntaxNode, i: number, cls: string, depth: number): Level {
    const entry = i >= 0 ? this.plainParams(fn)![i]! : undefined;
    if (!entry) return Level.UNKNOWN;
    if (entry.rest || field(call, "arguments")?.type === "template_string") {
      if (this.args(call).some((a, k) => k >= i && a.type === "spread_element")) return Level.PARAM;
      return this.max(this.argsFor(call, i, !!entry.rest), cls, depth);
    }
    const arg = this.args(call)[i];
    if (arg?.type === "spread_element") return Level.PARAM;
    return this.max(
      [arg, entry.dflt].filter((n): n is SyntaxNode => !!n),
      cls,
      depth,
    );
  }

  private lookupBinding(id: SyntaxNode, cls: string, depth: number): Level {
    const name = this.text(id);
    if (name === "undefined" || name === "__dirname" || name === "__filename") return Level.CONST;
    const fn = enclosingFunction(id);
    // `path`, `crypto`, ... name the module unless this code rebinds them (a parameter, a var, an assignment).
    if (JS_GLOBALS.has(name) && !this.rebinds(name, id)) return Level.CONST;
    // `x = sanitize(x)`: the latest assignment that always runs wins over the declaration (and earlier ones).
    const held = this.skipAssigns.has(id) ? undefined : this.assignedInPlay(id);
    if (held) {
      const branches = this.max(held.values, cls, depth);
      if (!held.declToo || branches === Level.SOURCE) return branches;
      this.skipAssigns.add(id);
      try {
        return Math.max(branches, this.lookupBinding(id, cls, depth + 1)) as Level;
      } finally {
        this.skipAssigns.delete(id);
      }
    }
    // (A function a bound helper made, called: its own parameters read that call's arguments.)
    // (A closure's read of a bound helper's parameter: the function that declares the name.)
    let owner = fn;
    if (this.bound?.inner)
      while (
        owner &&
        owner !== this.bound.fn &&
        !this.plainParams(owner)?.some((p) => p.name === name) &&
        !(this.decls.get(name) ?? []).some((d) => enclosingFunction(d) === owner)
      )
        owner = enclosingFunction(owner);
    const boundCall =
      owner && this.bound?.fn === owner
        ? this.bound.call
        : owner && this.bound?.inner?.fns.includes(owner)
          ? this.bound.inner.call
          : undefined;
    const i = owner && boundCall ? this.plainParams(owner)!.findIndex((p) => p.name === name) : -1;
    // A chained frame's arguments are the caller's expressions: read them in the caller's frame.
    const frame = this.bound;
    if (owner && boundCall && i >= 0 && frame?.chained && boundCall === frame.call) {
      this.bound = frame.outer;
      try {
        // (an array callback's element, index and array)
        if (frame.elems) return i === 1 ? Level.CONST : this.eval(frame.elems, cls, depth + 1);
        return this.boundArg(owner, boundCall, i, cls, depth);
      } finally {
        this.bound = frame;
      }
    }
    if (owner && boundCall) {
      // A rest parameter, or any of a tagged template's (its literal strings first, then one per substitution).
      const entry = i >= 0 ? this.plainParams(owner)![i]! : undefined;
      if (entry && (entry.rest || field(boundCall, "arguments")?.type === "template_string")) {
        if (this.args(boundCall).some((a, k) => k >= i && a.type === "spread_element")) return Level.PARAM;
        return this.max(this.argsFor(boundCall, i, !!entry.rest), cls, depth);
      }
      if (i >= 0) {
        const arg = this.args(boundCall)[i];
        const dflt = this.plainParams(owner)![i]!.dflt;
        if (arg?.type === "spread_element") return Level.PARAM;
        // An argument that may be undefined leaves the default in play.
        return this.max(
          [arg, dflt].filter((n): n is SyntaxNode => !!n),
          cls,
          depth,
        );
      }
    }
    if (fn && this.isParam(fn, name)) {
      // `req.on('data', (chunk) => ...)`: the chunk is a piece of the incoming request's body.
      const stream = this.dataListenerStream(fn);
      if (
        stream &&
        (/^(req|request)$/.test(this.text(stream)) || this.eval(stream, cls, depth + 1) === Level.SOURCE)
      )
        return Level.SOURCE;
      // `io.on('connection', (socket) => socket.on('chat', (msg, ack) => ...))`, ws's `ws.on('message', (raw) =>
      // ...)`: a listener on a client's connection gets what that client sent (plain or destructured).
      const onCall = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
      const on = onCall?.type === "call_expression" ? field(onCall, "function") : undefined;
      if (
        on?.type === "member_expression" &&
        /^(on|once|addListener)$/.test(this.method(onCall!)) &&
        this.args(onCall!)[1] === fn &&
        this.clientSocketEvent(field(on, "object"), this.args(onCall!)[0])
      )
        return Level.SOURCE;
      const params = field(fn, "parameters");
      const list = params ? namedChildren(params) : [];
      const names = list.map((p) => this.text(p));
      const own = this.declaringParam(fn, name);
      // A request event's `locals` taken destructured (SvelteKit's `load({ locals })`, Astro's `({ locals, url })`):
      // what the app's own hooks and middleware stored for this request, not something the client sent.
      if (name === "locals" && own && own === list[0] && /^\{[^}]*\blocals\b/.test(this.text(own)))
        return Level.UNKNOWN;
      if (own && SOURCE_DECORATOR.test(this.text(own))) {
        // Nest's converting pipes hand the handler a number, a boolean, a UUID or an enum member, or answer 400:
        // `@Param('id', ParseIntPipe) id: number`.
        const decorators = namedChildren(own).filter((c) => c.type === "decorator");
        if (
          decorators.some((d) =>
            /\b(ParseIntPipe|ParseFloatPipe|ParseBoolPipe|ParseUUIDPipe|ParseEnumPipe)\b/.test(this.text(d)),
          )
        )
          return Level.CONST;
        return Level.SOURCE;
      }
      // A GraphQL resolver `(parent, args, context, info)` under `Query`/`Mutation`/`Subscription`: the client's
      // arguments.
      if ((own ? own === list[1] : names[1] === name) && this.graphqlResolver(fn)) return Level.SOURCE;
      // A sails actions2 action (`module.exports = { inputs: {...}, fn: async function ({ url }) {...} }`): its
      // inputs are the request's parameters, validated only as the input's definition says.
      if (own && own === list[0]) {
        const inputs = this.sailsInputs(fn);
        if (inputs) return this.sailsInputPinned(inputs, name) ? Level.CONST : Level.SOURCE;
      }
      // A Next.js server action: any client may call it, with any arguments (FormData or plain values).
      if (this.serverAction(fn)) return Level.SOURCE;
      // A tRPC procedure's resolver (`t.procedure.input(schema).query(({ input }) => ...)`): `input` is what the
      // client sent, as far as the schema leaves it open (a field it pins is judged by trpcPinned).
      if (name === "input" && own && own === list[0] && this.trpcResolver(fn)) return Level.SOURCE;
      // Its fields destructured in place (`({ input: { width, name = 'x' } }) => ...`): each as the schema left it.
      if (own && own === list[0] && this.trpcResolver(fn)) {
        const key = this.inputPatternKey(own, name);
        if (key !== undefined) {
          const shape = this.schemaShape(this.trpcSchemaOf(fn));
          return shape && this.builderPinned(this.prop(shape, key)) ? Level.CONST : Level.SOURCE;
        }
      }
      // The same for a TanStack Start server function's handler (`.handler(({ data }) => ...)`).
      if (own && own === list[0] && this.serverFnHandler(fn)) {
        if (name === "data") return Level.SOURCE;
        const key = this.inputPatternKey(own, name, "data");
        if (key !== undefined) {
          const shape = this.schemaShape(this.serverFnSchemaOf(fn));
          return shape && this.builderPinned(this.prop(shape, key)) ? Level.CONST : Level.SOURCE;
        }
      }
      // A parameter typed as a server framework's incoming request, whatever it is called:
      // `(incoming: Request, out: Response)`, `({ query }: Request)`, `(msg: FastifyRequest)`.
      if (own && REQUEST_TYPE.test(this.text(own))) return Level.SOURCE;
      // A Lambda-style handler `(event, context)`: the event is the caller's request.
      if (name === "event" && /^event\b/.test(names[0] ?? "") && /^(context|ctx)\b/.test(names[1] ?? ""))
        return Level.SOURCE;
      // `exports.h = async (event) => ...`, `export const handler = async (event: APIGatewayProxyEvent)`: an
      // exported function of a Lambda file (or one typed with an API Gateway / ALB / function-URL event).
      if (name === "event" && /^event\b/.test(names[0] ?? "") && this.lambdaHandler(fn, names[0]!))
        return Level.SOURCE;
      // (The handler's response object is the server's own: what it reads back from it, `res.etag`,
      // `res.statusCode`, `reply.getHeader(...)`, the server put there.)
      // (So are its configuration and callbacks, which the code calling the handler passes: `serveHandler(request,
      // response, config = {}, methods = {})`, `acquire(request, callback)`, a plugin's helper `addCorsHeaders(req,
      // reply, corsOptions)`.)
      // (Unless the function sends the request it is given: `fetchWithTimeout(request, timeout)` handing it to
      // fetch(), an SDK's `merge(request, patch)` returning a copy of it. Its arguments are its caller's.)
      // (A TypeScript parameter's text carries its type: `request: Req`.)
      // (`request: string`, `req: Buffer`: a parameter typed as text or bytes - the body of a request the
      // function writes or sends - is no incoming request object.)
      const reqLike = (n: string) =>
        /^(req|request)\b/.test(n) &&
        !/^(req|request)\s*\??\s*:\s*(string|number|boolean|bigint|Buffer|Uint8Array|string\s*\[\s*\])\s*(=.*)?$/s.test(
          n,
        );
      const reqName = names
        .map((n) => (reqLike(n) ? /^(req|request)\b(?![.$])/.exec(n)?.[1] : undefined))
        .find((n) => n);
      if (reqName && (this.sendsRequest(fn, reqName) || this.clientClassMethod(fn))) return Level.PARAM;
      // `sendIcon(req, res, icon)`: a value after the response, with no `next` before it, is no framework's
      // middleware argument (Express hands `next` third, and `app.param`'s value after it): the helper's caller
      // passes it, the program's own object as often as request data.
      const pos = own ? list.indexOf(own) : names.indexOf(name);
      const resAt = names.findIndex((n) => /^(res|response|reply)\b(?![.$])/.test(n));
      if (
        reqName &&
        resAt >= 0 &&
        pos > resAt &&
        !names.slice(0, pos).some((n) => /^(next|done|cb|callback)\b/.test(n)) &&
        !/^(next|done|cb|callback)$/.test(name)
      )
        // (What the file's own calls pass there is in view: `route(req, res, query)` hands on the parsed query.)
        return Math.max(Level.PARAM, this.paramFromCallers(fn, list, name, cls, depth)) as Level;
      // `runOperation(reporter, operation, req)`: a value before the request in a helper's list (no framework hands
      // a handler anything but an error before its request) is what the helper's caller passes, its own objects
      // as often as request data.
      const reqAt = names.findIndex((n) => reqLike(n));
      if (reqAt > 0 && pos >= 0 && pos < reqAt && !/^(err|error|e|ex|exception)\b/.test(name))
        return Math.max(Level.PARAM, this.paramFromCallers(fn, list, name, cls, depth)) as Level;
      // (`env` beside the request: a Cloudflare Worker's `fetch(request, env, ctx)` bindings - its secrets, KV and
      // D1 handles, configured by the deployment, not sent by the client.)
      if (names.some((n) => reqLike(n)))
        return (/^(res|response|reply)$/.test(name) ||
          /^(config|configuration|options|opts|settings|methods|handlers|callback|cb|done|next|env)$/.test(
            name,
          ) ||
          /[a-z](Options|Option|Opts|Config|Configuration|Settings)$/.test(name)) &&
          !names.some((n) => n === name && /^(req|request)\b/.test(n))
          ? Level.UNKNOWN
          : Level.SOURCE;
      // Next.js `getServerSideProps(context)` / `getInitialProps(ctx)`: the context carries the request's query,
      // params, cookies and headers (`context.query.url`, `({ query }) => ...`).
      if (own === list[0] && /^(getServerSideProps|getInitialProps)$/.test(this.boundFunctionName(fn)))
        return Level.SOURCE;
      // A file-route module's handler taking the request event destructured: SvelteKit and Astro endpoints
      // (`export const GET = async ({ url, params, request }) => ...`), SvelteKit's `load`, Remix loaders and
      // actions.
      if (
        own &&
        own === list[0] &&
        ((/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ALL|loader|action|load)$/.test(
          this.boundFunctionName(fn),
        ) &&
          this.exported(fn)) ||
          this.routeModuleHandler(fn)) &&
        /^\{[^}]*\b(url|params|request|cookies)\b/.test(this.text(own))
      )
        return Level.SOURCE;
      // The same handler taking the event whole (`export const POST: APIRoute = async (context) => ...`), or a
      // server hook taking it from its argument (`handle: Handle = async ({ event, resolve }) => ...`).
      if (
        own &&
        own === list[0] &&
        ((own.type === "required_parameter" ? field(own, "pattern") : own)?.type === "identifier" ||
          (name === "event" && /^\{[^}]*\bevent\b/.test(this.text(own)))) &&
        this.routeModuleHandler(fn)
      )
        return Level.SOURCE;
      // Whatever it is called, a handler whose first parameter is typed as such a request event: Remix / React
      // Router's `({ params }: LoaderFunctionArgs)`, SvelteKit's `(event: RequestEvent)`, Astro's `APIContext`.
      if (own && own === list[0] && ROUTE_EVENT_TYPE.test(this.text(own))) return Level.SOURCE;
      // A Next.js App Router page or layout (`export default function Page({ searchParams })`): its searchParams
      // prop is the request URL's query.
      if (
        own &&
        own === list[0] &&
        name === "searchParams" &&
        /^\{[^}]*\bsearchParams\b/.test(this.text(own)) &&
        this.exported(fn)
      )
        return Level.SOURCE;
      // Its dynamic segments, `params` (`export default async function Page({ params })`, `generateMetadata({
      // params })`): path segments of the request URL. (In a file that reads as Next.js: a `params` prop is too
      // common a name elsewhere.)
      if (
        own &&
        own === list[0] &&
        name === "params" &&
        /^\{[^}]*\bparams\b/.test(this.text(own)) &&
        this.exported(fn) &&
        (this.boundFunctionName(fn) === "generateMetadata" ||
          (fn.parent?.type === "export_statement" &&
            /^export\s+default\b/.test(this.text(fn.parent)) &&
            sourceHas(this.tree, /['"]next(\/[\w/-]+)?['"]|\bnotFound\(\)|\bPageProps\b/)))
      )
        return Level.SOURCE;
      // A route handler taking the request destructured: `({ query, body }, res) => ...`.
      // TypeScript wraps the pattern in a (possibly typed) parameter node: `({ query }: Request, res: Response)`.
      const ownPattern =
        own && /^(required|optional)_parameter$/.test(own.type) ? field(own, "pattern") : own;
      if (
        own === list[0] &&
        ownPattern?.type === "object_pattern" &&
        /^(res|response|reply|h)\b/.test(names[1] ?? "")
      )
        return Level.SOURCE;
      // An AdonisJS route handler or controller action taking its HttpContext destructured
      // (`Route.get('/x', async ({ request, params }) => ...)`, `async store({ request }: HttpContextContract)`):
      // the request object and the route params.
      if (
        own === list[0] &&
        ownPattern?.type === "object_pattern" &&
        /^(request|params)$/.test(name) &&
        (sourceHas(this.tree, /['"](@ioc:Adonis\/|@adonisjs\/)/) ||
          /:\s*HttpContext(Contract)?\b/.test(this.text(ownPattern.parent ?? ownPattern)))
      )
        return Level.SOURCE;
      // An Elysia route handler taking its context destructured (`.get('/x', ({ query, params, body }) => ...)`):
      // the request's parts, unless the route's schema pins the field read (elysiaPinned).
      if (
        own === list[0] &&
        ownPattern?.type === "object_pattern" &&
        /^(query|params|body|headers|cookie|request|path)$/.test(name) &&
        sourceHas(this.tree, /['"]elysia['"]/) &&
        /^(get|post|put|patch|delete|all|options|head|route|ws)$/.test(
          this.method(this.routeOf(fn)?.call ?? fn),
        )
      )
        return Level.SOURCE;
      // Its parts destructured a level deeper (`({ query: { sort } }) => ...`): each field as the route's schema
      // left it.
      if (
        own &&
        own === list[0] &&
        ownPattern?.type === "object_pattern" &&
        sourceHas(this.tree, /['"]elysia['"]/)
      ) {
        for (const part of ["query", "params", "body", "headers"]) {
          const key = this.inputPatternKey(own, name, part);
          if (key === undefined) continue;
          const r = this.routeOf(fn);
          if (!r || !/^(get|post|put|patch|delete|all|options|head|route)$/.test(this.method(r.call))) break;
          return this.jsonSchemaPinned(this.elysiaSchemaOf(r, part, key)) ? Level.CONST : Level.SOURCE;
        }
      }
      // A message handler taking its event destructured (`({ data }) => ...`, `function ({ data, origin })`): the
      // fields are the sending window's, unless the body first turns away every origin but known ones through the
      // `origin` field it binds.
      if (own === list[0] && ownPattern?.type === "object_pattern" && this.isMessageHandler(fn)) {
        let origin: string | undefined;
        for (const c of namedChildren(ownPattern)) {
          if (c.type === "shorthand_property_identifier_pattern" && this.text(c) === "origin")
            origin = "origin";
          const v = c.type === "pair_pattern" ? field(c, "value") : undefined;
          if (v?.type === "identifier" && this.text(field(c, "key") ?? c) === "origin") origin = this.text(v);
        }
        return origin && this.originGated(fn, name, origin) ? Level.CONST : Level.SOURCE;
      }
      // `fs.readFile(path.join(__dirname, 'manifest.json'), 'utf8', (err, data) => ...)`: the callback gets the
      // text of a file the program ships (as `fs.readFileSync` of such a path reads), not input.
      const holder = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
      if (
        holder?.type === "call_expression" &&
        /^(fs|fs-extra|graceful-fs)\.readFile$/.test(this.callee(holder)) &&
        this.args(holder).length >= 2 &&
        this.args(holder)[this.args(holder).length - 1] === fn &&
        this.args(holder)
          .slice(0, -1)
          .every((a) => this.eval(a, cls, depth + 1) === Level.CONST)
      )
        return Level.CONST;
      // A listener of an emitter this file owns: what the file's `emit` calls of that event pass.
      // (A bare arrow parameter, `x => ...`, is the one entry of its list, as `(x) => ...`'s is.)
      const bare = fn.type === "arrow_function" && !params ? field(fn, "parameter") : undefined;
      const callerList = bare ? [bare] : list;
      const emitted = this.emittedArgs(fn, callerList, name);
      if (emitted) return this.max(emitted, cls, depth);
      // `withUser(req, (u) => ...)` with `function withUser(req, fn) { return fn(String(req.query.user)) }`: what
      // the helper's own calls of its callback pass at this parameter's place.
      const plain = this.plainParams(fn);
      const handedPos = plain ? plain.findIndex((p) => p.name === name && !p.rest) : -1;
      const handed = handedPos >= 0 ? this.handedArgs(fn, handedPos) : undefined;
      if (handed) return this.handedLevel(handed, cls, depth);
      // An inline callback of an array method (`rows.map((r, i) => ...)`): every caller is in view. The element
      // parameter holds the receiver's elements and nothing else; the index parameter is a number.
      // `Promise.all([a, b]).then(([x, y]) => ...)`: each position of the pattern takes the item written there.
      const pattern = own?.type === "required_parameter" ? field(own, "pattern") : own;
      const holder0 = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
      const callee0 = holder0?.type === "call_expression" ? field(holder0, "function") : undefined;
      // `.then((b) => ({ ...b, code: 'x' })).then(({ code }) => ...)`: a key the step before returns in an object
      // literal (after its spreads) is that literal's value.
      if (
        pattern?.type === "object_pattern" &&
        own === list[0] &&
        callee0?.type === "member_expression" &&
        this.method(holder0!) === "then" &&
        this.args(holder0!)[0] === fn
      ) {
        const got = this.thenStepKey(field(callee0, "object") ?? undefined, pattern, name);
        if (got) return this.max(got, cls, depth);
      }
      if (
        pattern?.type === "array_pattern" &&
        own === list[0] &&
        callee0?.type === "member_expression" &&
        this.method(holder0!) === "then" &&
        this.args(holder0!)[0] === fn
      ) {
        const items = this.arrayLiteralElements(field(callee0, "object")!);
        let pos = -1;
        let at = 0;
        let prev = pattern.start + 1;
        for (const c of pattern.children) {
          if (!c.named || c.type === "comment") continue;
          at += (this.tree.source.slice(prev, c.start).match(/,/g) ?? []).length;
          prev = c.end;
          if (c.type === "identifier" && this.text(c) === name) pos = at;
        }
        if (items && pos >= 0)
          return pos < items.length ? this.eval(items[pos], cls, depth + 1) : Level.CONST;
      }
      const iter = arrayCallback(fn, this.tree.source);
      if (iter) {
        const decl = bare ?? own;
        const pos = decl ? callerList.indexOf(decl) : names.indexOf(name);
        if (/^(replace|replaceAll)$/.test(iter.method)) return this.eval(iter.receiver, cls, depth + 1);
        const [elemAt, indexAt] = /^reduce(Right)?$/.test(iter.method) ? [1, 2] : [0, 1];
        if (pos === indexAt && cls !== "alloc" && cls !== "size") return Level.CONST;
        if (pos === elemAt && this.pin?.fn === fn) return this.eval(this.pin.value, cls, depth + 1);
        if (pos === elemAt) return this.eval(iter.receiver, cls, depth + 1);
        // The accumulator: what the reduce call starts it with and the reducer returns (all in view).
        if (elemAt === 1 && pos === 0) return this.paramFromCallers(fn, callerList, name, cls, depth);
      }
      // A message handler that first turns away every sender but known origins: its event is that origin's data.
      if (this.isMessageHandler(fn) && this.originGated(fn, name)) return Level.CONST;
      const fromCallers = this.paramFromCallers(fn, callerList, name, cls, depth);
      // A helper bound inside another function and only ever called there (`const run = (f) => exec(f)` in a
      // handler): every caller is in view, so the parameter holds what those calls pass and nothing else.
      const pinned = this.pinnedParam(fn, name, fromCallers, cls, depth);
      if (pinned !== undefined) return pinned;
      // `Promise.resolve('ls').then((cmd) => ...)`, `localAsync().then((cmd) => ...)`: a promise built in view
      // settles with the value it was built from, so a constant one hands its callback a constant.
      const at = bare || own ? callerList.indexOf((bare ?? own)!) : names.indexOf(name);
      if (fromCallers === Level.CONST && at === 0 && this.settledInView(fn)) return Level.CONST;
      return Math.max(Level.PARAM, fromCallers) as Level;
    }
    const pats = (this.patternDecls.get(name) ?? []).filter((d) => d.node.order < id.order);
    const all = this.decls.get(name) ?? [];
    const decls = all.slice(
      0,
      this.countBefore(all, id, (d) => d),
    );
    const lastDecl = decls[decls.length - 1];
    if (pats.length && (!lastDecl || lastDecl.order < pats[pats.length - 1]!.node.order)) {
      // `const { region } = Schema.parse(req.body)` where the schema's `region` is `z.enum([...])`.
      const d = this.destructured(id);
      if (d && this.validatedKey(d.from, d.key)) return Level.CONST;
      const last = pats[pats.length - 1]!;
      if (this.entryKey(last.node, last.value)) return Level.CONST;
      const picked = this.literalPattern(last.node, last.value);
      if (picked) return this.max(picked, cls, depth);
      return this.eval(last.value, cls, depth + 1);
    }
    if (decls.length) {
      // A whole array or Map: every element it holds here (pushed and set values included).
      const a = this.arrayAt(name, id);
      if (a)
        return this.max(
          (a.items ?? a.whole).filter((n): n is SyntaxNode => n !== undefined),
          cls,
          depth,
        );
      const map = this.mapModel(name, id);
      if (map) {
        return this.max(
          [...map.entries.flatMap((e) => (e.value ? [e.value] : [])), ...this.args(map.ctor)],
          cls,
          depth,
        );
      }
      // `const seen = new Set(); seen.add(q); [...seen]`: a Set bound once holds what it was built from and what
      // every `add` call in the file puts in it.
      const setDecl = this.soleDecl(name, "new_expression");
      const setCtor = setDecl && field(setDecl, "value");
      if (setDecl && setCtor && /^(Set|WeakSet)$/.test(this.text(field(setCtor, "constructor") ?? setCtor))) {
        const used = this.methodCalls(name, setDecl, true);
        if (used)
          return this.max(
            [
              ...this.args(setCtor),
              ...used.calls.filter((c) => c.method === "add").flatMap((c) => this.args(c.call).slice(0, 1)),
            ],
            cls,
            depth,
          );
      }
      const last = decls[decls.length - 1]!;
      const value = field(last, "value");
      // `const cols = base.map(f); cols.push(q)`: an array a call built holds what is pushed into it as well;
      // `const s = { c: 'ls' }; s.c = q`: an object holds what is stored through it (an array literal too: `const
      // hosts = [...HOSTS]; hosts[1] = q`).
      const scoped =
        value?.type === "call_expression" || value?.type === "object" || value?.type === "array"
          ? this.scopedDecl(name, undefined, id)
          : undefined;
      const used = scoped?.decl === last ? this.methodCalls(name, last, true, scoped.within) : undefined;
      const added = [
        ...(used?.writes ?? []),
        ...(used?.calls ?? []).flatMap(({ call, method }) =>
          /^(push|unshift)$/.test(method)
            ? this.args(call)
            : method === "splice"
              ? this.args(call).slice(2)
              : [],
        ),
      ];
      // `let incoming = ''` set in a message listener and read in another function: the read may run after any
      // of the stores other functions make. (Only untrusted input counts: a caller's value stored in a library's
      // state is not raised to the reader's caller-controlled data.)
      const stores = this.storesElsewhere(name, last, id, fn);
      if (stores.length && this.max(stores, cls, depth) === Level.SOURCE) return Level.SOURCE;
      if (value && added.length) return this.max([value, ...added], cls, depth);
      return this.eval(value, cls, depth + 1);
    }
    if (this.aliases.has(name)) return Level.CONST;
    // A name no code here declares, read where a Vue options-API component's template reads it (`v-html="body"`,
    // lowered to a bare name): the component's computed property of that name, whatever its getter returns.
    const getter = fn ? undefined : this.vueComputed(name);
    const got = getter ? returnedValues(getter) : [];
    if (got.length) return this.max(got, cls, depth);
    // Outer function parameters (closures): at least the caller's, and what the file's calls pass.
    for (let f = fn ? enclosingFunction(fn) : undefined; f; f = enclosingFunction(f))
      if (this.isParam(f, name)) {
        const params = field(f, "parameters");
        const list = params ? namedChildren(params).filter((c) => c.type !== "comment") : [];
        const fromCallers = this.paramFromCallers(f, list, name, cls, depth);
        return (
          this.pinnedParam(f, name, fromCallers, cls, depth) ?? (Math.max(Level.PARAM, fromCallers) as Level)
        );
      }
    return Level.UNKNOWN;
  }

  /**
   * `bus.on('evt', (a, b) => ...)` where `const bus = new EventEmitter()` in this file and every use of `bus` is a
   * method call on it (never passed, returned or exported) and every `emit` names a literal event: the arguments the
   * file's `bus.emit('evt', x, y)` calls pass at the parameter's position. Undefined when that is not in view.
   */
  private emittedArgs(fn: SyntaxNode, params: SyntaxNode[], name: string): SyntaxNode[] | undefined {
    const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    const callee = call && field(call, "function");
    if (call?.type !== "call_expression" || callee?.type !== "member_expression") return undefined;
    if (!/^(on|once|addListener|prependListener|prependOnceListener)$/.test(this.method(call)))
      return undefined;
    const [evNode, listener] = this.args(call);
    const ev = this.stringValue(evNode);
    const recv = field(callee, "object");
    if (ev === undefined || listener !== fn || recv?.type !== "identifier") return undefined;
    const index = params.findIndex((p) => this.text(field(p, "pattern") ?? p) === name);
    if (index < 0) return undefined;
    const bus = this.text(recv);
    const decls = this.decls.get(bus) ?? [];
    const made = decls.length === 1 ? field(decls[0]!, "value") : undefined;
    if (
      made?.type !== "new_expression" ||
      !/(^|\.)EventEmitter$/.test(this.callee(made)) ||
      (this.assigns.get(bus) ?? []).length
    )
      return undefined;
    const out: SyntaxNode[] = [];
    for (const u of this.uses(bus)) {
      if (u === field(decls[0]!, "name")) continue;
      const member = u.parent;
      const use = member?.parent;
      if (
        member?.type !== "member_expression" ||
        field(member, "object") !== u ||
        use?.type !== "call_expression"
      )
        return undefined;
      if (this.method(use) !== "emit") continue;
      const [e, ...rest] = this.args(use);
      const evName = this.stringValue(e);
      if (evName === undefined || rest.some((a) => a.type === "spread_element")) return undefined;
      if (evName === ev && rest[index]) out.push(rest[index]);
    }
    return out.length ? out : undefined;
  }

  /** The class around `node` is exported (other modules may construct it and write its members), or unnamed. */
  private classExported(node: SyntaxNode): boolean {
    let c = node.parent;
    while (c && c.type !== "class_declaration" && c.type !== "class") c = c.parent;
    let hit = this.exportedMemo.get(c);
    if (hit === undefined) this.exportedMemo.set(c, (hit = this.classExportedUncached(c)));
    return hit;
  }

  private classExportedUncached(c: SyntaxNode | null): boolean {
    const name = c && field(c, "name");
    if (!c || !name || c.parent?.type === "export_statement") return true;
    const esc = this.text(name).replace(/\$/g, "\\$");
    return sourceMatches(
      this.tree,
      `\\bexports\\b[^;\\n]*\\b${esc}\\b|\\bexport\\s+(default\\s+${esc}\\b|\\{[^}]*\\b${esc}\\b)`,
    );
  }

  /**
   * A class member's initialisers (`tool = 'tar'`, `private label = 'Search'`); undefined when something other than
   * `this` stores into a property of that name, a constructor parameter property has that name, or the class
   * reads members by computed keys or Object.assign(this, ...) (then some stores are out of view).
   */
  private fieldInits(prop: string): SyntaxNode[] | undefined {
    if (!this.fieldModel) {
      const inits = new Map<string, SyntaxNode[]>();
      const outside = new Set<string>();
      let opaque = false;
      for (const n of this.tree.nodes) {
        if (n.type === "field_definition" || n.type === "public_field_definition") {
          const name = field(n, "property") ?? field(n, "name");
          const value = field(n, "value");
          if (name) {
            const list = inits.get(this.text(name)) ?? [];
            if (value) list.push(value);
            inits.set(this.text(name), list);
          }
        } else if (n.type === "required_parameter" || n.type === "optional_parameter") {
          // `constructor(private el: HTMLElement)`: the caller's value.
          if (n.children.some((c) => c.type === "accessibility_modifier" || c.type === "readonly")) {
            const id = field(n, "pattern");
            if (id) outside.add(this.text(id));
          }
        } else if (n.type === "assignment_expression" || n.type === "augmented_assignment_expression") {
          const left = field(n, "left");
          const obj = left && field(left, "object");
          if (left?.type === "member_expression" && obj?.type !== "this")
            outside.add(this.text(field(left, "property") ?? left));
          if (left?.type === "subscript_expression" && obj?.type === "this") opaque = true;
        } else if (n.type === "call_expression" && /^Object\.(assign|defineProperty)$/.test(this.callee(n))) {
          if (this.args(n)[0]?.type === "this") opaque = true;
        }
      }
      this.fieldModel = { inits, outside, opaque };
    }
    const m = this.fieldModel;
    if (m.opaque || m.outside.has(prop)) return undefined;
    return m.inits.get(prop) ?? [];
  }

  /**
   * `this.items` where every value the file gives that member (`this.items = new Map()`, an `items = {}` field,
   * `#items: string[] = []`) is a fresh container (a Map, Set, array, URLSearchParams or object literal): its
   * entries are what the initialisers hold plus what any method stores into it through `this.items` (`set(k, v)`,
   * `push(v)`, `this.items[k] = v`, `this.items.k = v`, `Object.assign(this.items, v)`), not the empty initialiser
   * alone. A store of a method's parameter takes, per call of that method in the file, that call's arguments (so
   * `put('title', 'Home')` and `put('user', q)` keep their keys apart); with no call in view the parameter reads as
   * itself. `open`: the container is also handed on or aliased, so stores may be out of view and a key read reads
   * every entry. Undefined when the member is not such a container.
   */
  private fieldHeld(member: SyntaxNode): { entries: HeldEntry[]; open: boolean } | undefined {
    if (member.type !== "member_expression" || field(member, "object")?.type !== "this") return undefined;
    const prop = this.text(field(member, "property") ?? member);
    // The class the read sits in, when no class of the file extends it and it extends none: only its own stores
    // count (another class's `this.items` is another object); otherwise every `this.<prop>` of the file.
    let klass: SyntaxNode | null = member.parent;
    while (klass && klass.type !== "class_declaration" && klass.type !== "class") klass = klass.parent;
    const kname = klass && field(klass, "name");
    if (
      klass &&
      (!kname ||
        namedChildren(klass).some((h) => h.type === "class_heritage") ||
        sourceMatches(this.tree, `\\bextends\\s+${this.text(kname).replace(/\$/g, "\\$")}\\b`))
    )
      klass = null;
    const memo = `${klass?.start ?? ""}:${prop}`;
    let hit = this.heldMemo.get(memo);
    if (hit === undefined) this.heldMemo.set(memo, (hit = this.fieldHeldUncached(prop, klass) ?? null));
    if (!hit) return undefined;
    return { entries: hit, open: hit.some((e) => e.open) };
  }

  private fieldHeldUncached(prop: string, klass: SyntaxNode | null): HeldEntry[] | undefined {
    const own = (n: SyntaxNode) => !klass || (klass.start <= n.start && n.end <= klass.end);
    const inits = this.fieldInits(prop);
    const values = [...(this.memberWrites.get(prop) ?? []), ...(inits ?? [])].filter(own);
    if (!inits || !values.length) return undefined;
    const bare = (n: SyntaxNode | undefined): SyntaxNode | undefined =>
      n && /^(parenthesized_expression|as_expression|satisfies_expression|non_null_expression)$/.test(n.type)
        ? bare(namedChildren(n)[0])
        : n;
    const CONTAINER = /^(Map|WeakMap|Set|WeakSet|Array|URLSearchParams|FormData|Headers)$/;
    const out: HeldEntry[] = [];
    const keyText = (k: SyntaxNode) =>
      k.type === "property_identifier" ? this.text(k) : this.text(k).replace(/^['"]|['"]$/g, "");
    for (const v0 of values) {
      const v = bare(v0);
      if (v?.type === "object") {
        for (const p of namedChildren(v)) {
          if (p.type === "comment") continue;
          const k = p.type === "pair" ? field(p, "key") : undefined;
          const val = p.type === "pair" ? field(p, "value") : p;
          if (val)
            out.push({ key: k && k.type !== "computed_property_name" ? keyText(k) : undefined, value: val });
        }
      } else if (v?.type === "array") {
        for (const item of namedChildren(v))
          if (item.type !== "comment") out.push({ key: undefined, value: item });
      } else if (v?.type === "new_expression" && CONTAINER.test(this.text(field(v, "constructor") ?? v))) {
        const args = this.args(v);
        const pairs = args.length === 1 && args[0]!.type === "array" ? namedChildren(args[0]!) : undefined;
        if (pairs?.every((pr) => pr.type === "array" && namedChildren(pr).length === 2))
          for (const pr of pairs) {
            const [k, val] = namedChildren(pr);
            out.push({ key: this.mapKey(k), value: val! });
          }
        else for (const a of args) out.push({ key: undefined, value: a });
      } else if (!(v?.type === "call_expression" && this.callee(v) === "Object.create")) return undefined;
    }
    const store = (at: SyntaxNode, k: SyntaxNode | string | undefined, value: SyntaxNode) => {
      // A parameter of the storing method: each call of that method in the file, its arguments bound.
      const fn = enclosingFunction(at);
      const ps = fn?.type === "method_definition" ? this.plainParams(fn) : undefined;
      const isParam = (n: SyntaxNode | string | undefined) =>
        typeof n !== "string" && n?.type === "identifier" && !!ps?.some((p) => p.name === this.text(n));
      const callers =
        fn && ps && (isParam(k) || [value, ...descendantsOf(value)].some((d) => isParam(d)))
          ? this.methodCallers(fn)
          : undefined;
      const keyOf = (b?: { fn: SyntaxNode; call: SyntaxNode }) => {
        if (typeof k === "string" || k === undefined) return k;
        const saved = this.bound;
        this.bound = b;
        try {
          return this.mapKey(k);
        } finally {
          this.bound = saved;
        }
      };
      if (callers?.length)
        for (const call of callers)
          out.push({ key: keyOf({ fn: fn!, call }), value, bind: { fn: fn!, call } });
      else out.push({ key: keyOf(), value });
    };
    let open = false;
    for (const n of this.tree.nodes) {
      if (n.type !== "member_expression" || field(n, "object")?.type !== "this") continue;
      if (this.text(field(n, "property") ?? n) !== prop || !own(n)) continue;
      const p = n.parent;
      if (n.field === "left" && /assignment_expression$/.test(p?.type ?? "")) continue; // (a memberWrite)
      if ((p?.type === "member_expression" || p?.type === "subscript_expression") && n.field === "object") {
        const k = p.type === "member_expression" ? keyText(field(p, "property") ?? p) : field(p, "index");
        // `this.items[k] = v`, `this.items.k.sub = v`: stored under the member's first key.
        let top: SyntaxNode = p;
        while (
          (top.parent?.type === "member_expression" || top.parent?.type === "subscript_expression") &&
          top.field === "object"
        )
          top = top.parent;
        if (top.field === "left" && /assignment_expression$/.test(top.parent?.type ?? "")) {
          const v = field(top.parent!, "right");
          if (v) store(top.parent!, k ?? undefined, v);
          continue;
        }
        if (
          p.type === "member_expression" &&
          p.parent?.type === "call_expression" &&
          p.field === "function"
        ) {
          const m = this.text(field(p, "property") ?? p);
          const args = this.args(p.parent);
          if (/^(set|append)$/.test(m) && args.length >= 2) store(p.parent, args[0], args[1]!);
          else if (/^(push|unshift|add)$/.test(m)) for (const a of args) store(p.parent, undefined, a);
          else if (m === "splice") for (const a of args.slice(2)) store(p.parent, undefined, a);
        }
        continue;
      }
      const call = p?.type === "arguments" ? p.parent : undefined;
      if (
        call?.type === "call_expression" &&
        this.callee(call) === "Object.assign" &&
        this.args(call)[0] === n
      ) {
        for (const a of this.args(call).slice(1)) store(call, undefined, a);
        continue;
      }
      // Handed on or aliased (`const m = this.items`, `fill(this.items)`, `return this.items`): stores may then
      // come from anywhere, so a key read reads every entry.
      if (
        call ||
        /^(variable_declarator|assignment_expression|return_statement|arrow_function|pair)$/.test(
          p?.type ?? "",
        )
      )
        open = true;
    }
    if (open) out.forEach((e) => (e.open = true));
    return out;
  }

  /**
   * The calls in the file that may run method `fn` (`x.name(...)` outside it whose receiver is not made by another
   * class's or a builtin's `new`); undefined when one spreads its arguments.
   */
  private methodCallers(fn: SyntaxNode): SyntaxNode[] | undefined {
    const name = this.text(field(fn, "name") ?? fn);
    let klass: SyntaxNode | null = fn.parent;
    while (klass && klass.type !== "class_declaration" && klass.type !== "class") klass = klass.parent;
    const kname = klass && field(klass, "name") ? this.text(field(klass, "name")!) : undefined;
    const out: SyntaxNode[] = [];
    for (const c of this.callsByName.get(name) ?? []) {
      if (fn.start <= c.start && c.end <= fn.end) continue;
      const f = field(c, "function");
      if (f?.type !== "member_expression") continue;
      const made = this.madeBy(field(f, "object") ?? undefined);
      if (made?.type === "new_expression" && this.text(field(made, "constructor") ?? made) !== kname)
        continue;
      if (this.args(c).some((a) => a.type === "spread_element")) return undefined;
      out.push(c);
    }
    return out;
  }

  /** The level of what a container member's entries hold at `key` (undefined: at any key). */
  private heldLevel(
    held: { entries: HeldEntry[]; open: boolean },
    key: string | undefined,
    cls: string,
    depth: number,
  ): Level {
    // The instance a method call being read is made on (`form.render('login')` of `const form = new FormState()`):
    // an entry a call on another instance stored is not in it.
    const instanceOf = (call: SyntaxNode | undefined) => {
      const f = call && field(call, "function");
      const made = f?.type === "member_expression" ? this.madeBy(field(f, "object") ?? undefined) : undefined;
      return made?.type === "new_expression" ? made : undefined;
    };
    const reader = this.bound?.fn.type === "method_definition" ? instanceOf(this.bound.call) : undefined;
    let out: Level = Level.CONST;
    for (const e of held.entries) {
      if (key !== undefined && !held.open && e.key !== undefined && e.key !== key) continue;
      const writer = reader && e.bind ? instanceOf(e.bind.call) : undefined;
      if (writer && writer !== reader) continue;
      const saved = this.bound;
      if (e.bind) this.bound = e.bind;
      try {
        out = Math.max(out, this.eval(e.value, cls, depth + 1)) as Level;
      } finally {
        this.bound = saved;
      }
    }
    return out;
  }

  /**
   * The values the file stores in `res.locals.<prop>` (undefined when the locals object is written whole, merged
   * into, or written under a computed key, or nothing stores that property: then no write is in view).
   */
  private localsWrites(prop: string): SyntaxNode[] | undefined {
    if (!this.localsMemo.has(prop)) this.localsMemo.set(prop, this.localsWritesUncached(prop));
    return this.localsMemo.get(prop);
  }

  /** The values the file stores in a request event's `<event>.locals.<prop>` (any root but `res` and `app`). */
  private eventLocalsWrites(prop: string): SyntaxNode[] {
    const key = "event:" + prop;
    if (!this.localsMemo.has(key)) {
      const values: SyntaxNode[] = [];
      for (const n of this.tree.nodes) {
        if (n.type !== "assignment_expression") continue;
        const m = /^([\w$]+)\.locals\.([\w$]+)$/.exec(this.qname(field(n, "left") ?? n));
        if (m && m[2] === prop && !/^(res|response|app)$/.test(m[1]!) && field(n, "right"))
          values.push(field(n, "right")!);
      }
      this.localsMemo.set(key, values);
    }
    return this.localsMemo.get(key) ?? [];
  }

  private localsWritesUncached(prop: string): SyntaxNode[] | undefined {
    const values: SyntaxNode[] = [];
    for (const n of this.tree.nodes) {
      if (n.type === "call_expression" && /^Object\.assign$/.test(this.callee(n))) {
        const target = this.args(n)[0];
        if (target && /^(res|response)\.locals$/.test(this.qname(target))) return undefined;
      }
      if (n.type !== "assignment_expression" && n.type !== "augmented_assignment_expression") continue;
      const left = field(n, "left");
      const q = left ? this.qname(left) : "";
      if (/^(res|response)\.locals$/.test(q)) return undefined;
      if (
        left?.type === "subscript_expression" &&
        /^(res|response)\.locals$/.test(this.qname(field(left, "object")))
      )
        return undefined;
      const m = /^(res|response)\.locals\.([\w$]+)$/.exec(q);
      if (m && m[2] === prop && field(n, "right")) values.push(field(n, "right")!);
    }
    return values.length ? values : undefined;
  }

  /**
   * `fn` is the value callback of `p.then(fn)` (not the rejection handler: a reason is anyone's) on a promise
   * whose settling is in view: `Promise.resolve(x)`, `new Promise(executor)` or a call of a function declared here.
   */
  private settledInView(fn: SyntaxNode): boolean {
    const holder = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    const hf = holder && field(holder, "function");
    if (holder?.type !== "call_expression" || hf?.type !== "member_expression") return false;
    if (this.method(holder) !== "then" || this.args(holder)[0] !== fn) return false;
    let recv = field(hf, "object");
    recv = unparen(recv);
    if (recv?.type === "new_expression") return this.text(field(recv, "constructor") ?? recv) === "Promise";
    if (recv?.type !== "call_expression") return false;
    // (Another library's promise, `fetch(url)` or `db.get(k)`, settles with data from outside the file.)
    return this.callee(recv) === "Promise.resolve" || !!this.localFunction(recv);
  }

  /**
   * A function declared at the top of a module (`function f(a)`, `const f = (a) => ...`), not exported, whose
   * name is used only as the callee of direct calls in the file (never passed, stored or exported), called at
   * least once and by few enough calls that paramFromCallers walks them all. (Memoised: it walks the whole tree,
   * and every parameter read of such a function asks.)
   */
  private moduleHelper(fn: SyntaxNode): boolean {
    let v = this.moduleHelpers.get(fn);
    if (v === undefined) this.moduleHelpers.set(fn, (v = this.moduleHelperUncached(fn)));
    return v;
  }

  private readonly moduleHelpers = new Map<SyntaxNode, boolean>();
  /** The names written as shorthand properties (`{ f }`), built on first use. */
  private shorthands: Set<string> | undefined;
  private serverFile: boolean | undefined;

  private moduleHelperUncached(fn: SyntaxNode): boolean {
    let fname: SyntaxNode | undefined;
    let top: SyntaxNode | null | undefined;
    if (isFnDecl(fn)) {
      fname = field(fn, "name");
      top = fn.parent;
    } else if (
      (fn.type === "arrow_function" || fn.type === "function_expression") &&
      fn.parent?.type === "variable_declarator" &&
      field(fn.parent, "value") === fn
    ) {
      fname = field(fn.parent, "name");
      top = fn.parent.parent?.parent;
    }
    // Plain parameters, defaults allowed (each matched to the argument at its position; a default read beside),
    // and a rest parameter last (its items read by position: literalRestItem).
    const ps = field(fn, "parameters");
    const list = ps ? namedChildren(ps).filter((c) => c.type !== "comment") : [];
    const tail = list[list.length - 1];
    const rest = tail?.type === "rest_pattern" || field(tail ?? fn, "pattern")?.type === "rest_pattern";
    if (fname?.type !== "identifier" || top?.type !== "program") return false;
    const plain = (p: SyntaxNode) => {
      const q = /^(required|optional)_parameter$/.test(p.type) ? field(p, "pattern") : p;
      return (q?.type === "assignment_pattern" ? field(q, "left") : q)?.type === "identifier";
    };
    // (`function lookup({ type = 'A' }, name)`: a destructured parameter matched to its argument as a whole)
    const destructured = (p: SyntaxNode) =>
      (/^(required|optional)_parameter$/.test(p.type) ? field(p, "pattern") : p)?.type === "object_pattern";
    const each = rest ? list.slice(0, -1) : list;
    if (
      !this.plainParams(fn) &&
      !((rest || each.some(destructured)) && each.every((p) => plain(p) || destructured(p)))
    )
      return false;
    const name = this.text(fname);
    if ((this.assigns.get(name) ?? []).length || (this.decls.get(name) ?? []).length > 1) return false;
    const direct = this.callsByName.get(name) ?? [];
    if (direct.length > 12 || (this.indirectCalls.get(name) ?? []).length) return false;
    // `module.exports = { f }`: a shorthand property hands the function on as a value.
    this.shorthands ??= new Set(
      this.tree.nodes.filter((n) => n.type === "shorthand_property_identifier").map((n) => this.text(n)),
    );
    if (this.shorthands.has(name)) return false;
    let calls = 0;
    for (const u of this.uses(name)) {
      if (u === fname) continue;
      const p = u.parent;
      if (
        p?.type === "call_expression" &&
        field(p, "function") === u &&
        !this.args(p).some((a) => a.type === "spread_element")
      ) {
        if (!(fn.start <= p.start && p.end <= fn.end)) calls++;
        continue;
      }
      return false;
    }
    return calls > 0;
  }

  /**
   * What a parameter of `fn` holds when every call of `fn` is in view: a helper closed inside a function takes what
   * its calls pass; a module-level helper only when they all pass constants (a value of unknown origin handed to
   * it, a CLI option, stays the caller's). A default beside, wherever a call leaves the argument out. Undefined
   * when other code may call `fn`.
   */
  private pinnedParam(fn: SyntaxNode, name: string, fromCallers: Level, cls: string, depth: number) {
    const closed =
      this.closedHelper(fn) ||
      this.closedProtoMethod(fn) ||
      (fromCallers === Level.CONST &&
        !enclosingFunction(fn) &&
        this.moduleHelper(fn) &&
        this.literalArgs(fn, name));
    if (!closed) return undefined;
    const dflt = this.plainParams(fn)?.find((p) => p.name === name)?.dflt;
    return dflt ? (Math.max(fromCallers, this.eval(dflt, cls, depth + 1)) as Level) : fromCallers;
  }

  /**
   * `Repo.prototype.find = function (col, value) {...}` of a constructor the file neither exports nor hands over
   * (only `new Repo(...)` and `Repo.prototype` uses), the method never read but to call it, and every call of that
   * name on receivers the file knows: its callers are all in view.
   */
  private closedProtoMethod(fn: SyntaxNode): boolean {
    const idx = this.protoIndex();
    const name = idx.names.get(fn);
    if (!name || this.handedOver(name)) return false;
    const ctor = [...idx.methods].find(([, ms]) => [...ms.values()].includes(fn))?.[0];
    const cname = ctor && field(ctor, "name");
    if (!cname || this.exported(ctor!)) return false;
    for (const u of this.uses(this.text(cname))) {
      if (u === cname) continue;
      const p = u.parent;
      if (p?.type === "new_expression" && u.field === "constructor") continue;
      if (
        p?.type === "member_expression" &&
        u.field === "object" &&
        this.text(field(p, "property") ?? p) === "prototype"
      )
        continue;
      return false;
    }
    const calls = (this.callsByName.get(name) ?? []).filter(
      (c) => field(c, "function")?.type === "member_expression",
    );
    if (!calls.length || calls.length > 12) return false;
    const saved = this.bound;
    this.bound = undefined;
    try {
      for (const c of calls) {
        const rs = this.receivers(field(field(c, "function")!, "object") ?? undefined);
        if (!rs) return false;
      }
    } finally {
      this.bound = saved;
    }
    return true;
  }

  /**
   * Every call of the module helper `fn` passes a value known here (a literal, a constant's, a fixed expression of
   * them) at `name`'s position, or leaves it out: `run('uptime')`, not `run(opts.tag)` with `opts` a CLI parser's.
   */
  private literalArgs(fn: SyntaxNode, name: string): boolean {
    const index = this.plainParams(fn)?.findIndex((p) => p.name === name) ?? this.patternParamIndex(fn, name);
    const fname = isFnDecl(fn) ? field(fn, "name") : fn.parent ? field(fn.parent, "name") : undefined;
    if (index < 0 || !fname) return false;
    return (this.callsByName.get(this.text(fname)) ?? []).every((call) => {
      if (fn.start <= call.start && call.end <= fn.end) return true;
      const arg = this.args(call)[index];
      return !arg || this.constValue(arg) !== undefined || this.constLiteral(arg);
    });
  }

  /**
   * `function f(opts, { type = 'A' })`: the position of the destructured parameter that binds `name`, when every
   * default written inside it is a constant (what a call leaves out is then no data either); -1 otherwise.
   */
  private patternParamIndex(fn: SyntaxNode, name: string): number {
    const params = field(fn, "parameters");
    const list = params ? namedChildren(params).filter((p) => p.type !== "comment") : [];
    const plain = list.find((p) => {
      const q = /^(required|optional)_parameter$/.test(p.type) ? field(p, "pattern") : p;
      const id = q?.type === "assignment_pattern" ? field(q, "left") : q;
      return id?.type === "identifier" && this.text(id) === name;
    });
    const own = plain ?? this.declaringParam(fn, name);
    const i = own ? list.indexOf(own) : -1;
    if (
      i < 0 ||
      list.slice(0, i + 1).some((p) => /rest_pattern/.test(p.type) || /^\.\.\./.test(this.text(p)))
    )
      return -1;
    const defaults = descendantsOf(own!).filter(
      (d) =>
        (d.field === "right" && /^(object_)?assignment_pattern$/.test(d.parent?.type ?? "")) ||
        (d.field === "value" && d.parent === own),
    );
    return defaults.every((d) => this.constValue(d) !== undefined) ? i : -1;
  }

  /** `{}`, `{ type: 'A', tags: ['x'] }`: an object or array literal of constants only, nested ones included. */
  private constLiteral(n: SyntaxNode, depth = 0): boolean {
    if (depth > 4 || (n.type !== "object" && n.type !== "array")) return false;
    return namedChildren(n).every((c) => {
      if (c.type === "comment") return true;
      const v =
        c.type === "pair" && field(c, "key")?.type !== "computed_property_name" ? field(c, "value") : c;
      if (
        !v ||
        v.type === "spread_element" ||
        /^(shorthand_property_identifier|method_definition)$/.test(v.type)
      )
        return false;
      return this.constValue(v) !== undefined || this.constLiteral(v, depth + 1);
    });
  }

  /**
   * `parts[k]` of a module helper's rest parameter (`const first = (...parts) => exec('echo ' + parts[0])`) where
   * every call of the helper passes a value known here at that position, or nothing.
   */
  private literalRestItem(obj: SyntaxNode, k: number): boolean {
    const fn = enclosingFunction(obj);
    const params = fn ? field(fn, "parameters") : undefined;
    const list = params ? namedChildren(params).filter((c) => c.type !== "comment") : [];
    const last = list[list.length - 1];
    const rest = last?.type === "rest_pattern" ? last : last ? field(last, "pattern") : undefined;
    const id = rest?.type === "rest_pattern" ? namedChildren(rest)[0] : undefined;
    const name = this.text(obj);
    if (!fn || id?.type !== "identifier" || this.text(id) !== name || this.assigns.has(name)) return false;
    if (enclosingFunction(fn) || !this.moduleHelper(fn)) return false;
    const fname = isFnDecl(fn) ? field(fn, "name") : fn.parent ? field(fn.parent, "name") : undefined;
    if (!fname) return false;
    const at = list.length - 1 + k;
    return (this.callsByName.get(this.text(fname)) ?? []).every((call) => {
      if (fn.start <= call.start && call.end <= fn.end) return true;
      const args = this.args(call);
      if (args.slice(0, at + 1).some((a) => a.type === "spread_element")) return false;
      return !args[at] || this.constValue(args[at]) !== undefined;
    });
  }

  /**
   * The values this file assigns to `req.session.<name>`; undefined when the session is also written some other way
   * (replaced whole, through a computed key, by Object.assign) or the field is updated in place.
   */
  private sessionWrites(name: string): SyntaxNode[] | undefined {
    if (this.sessionMemo.has(name)) return this.sessionMemo.get(name);
    const found = this.sessionWritesUncached(name);
    this.sessionMemo.set(name, found);
    return found;
  }

  private readonly sessionMemo = new Map<string, SyntaxNode[] | undefined>();

  private sessionWritesUncached(name: string): SyntaxNode[] | undefined {
    if (
      sourceHas(
        this.tree,
        /\b(req|request)\.session\s*(\[|=[^=])|Object\.assign\(\s*(req|request)\.session\b/,
      )
    )
      return undefined;
    const out: SyntaxNode[] = [];
    const key = name.replace(/\$/g, "\\$");
    for (const n of this.tree.nodes) {
      if (n.type === "augmented_assignment_expression" || n.type === "update_expression") {
        if (new RegExp(`^(req|request)\\.session\\.${key}\\b`).test(this.text(n))) return undefined;
        continue;
      }
      if (n.type !== "assignment_expression") continue;
      const left = field(n, "left");
      const right = field(n, "right");
      if (left && right && new RegExp(`^(req|request)\\.session\\.${key}$`).test(this.text(left)))
        out.push(right);
    }
    // Resets alone (`req.session.returnTo = null` after use) say nothing of what another module stored there.
    return out.some((v) => !/^(null|undefined|void\b.*|''|""|``)$/.test(this.text(v))) ? out : undefined;
  }

  /**
   * `fn` is a function bound to a `const`/`let` (or declared) inside another function, whose name is used only as
   * the callee of direct calls in that function (never passed, returned, stored or exported), called at least once.
   */
  private closedHelper(fn: SyntaxNode): boolean {
    // Every parameter a plain name (`x => ...`'s bare one included), so each is matched to the argument at its
    // position: a destructured one (`({ cmd }) => ...`) is matched to nothing, and must not read as constant.
    const params = field(fn, "parameters");
    const plain = (p: SyntaxNode) =>
      p.type === "identifier" ||
      p.type === "comment" ||
      (/^(required|optional)_parameter$/.test(p.type) && field(p, "pattern")?.type === "identifier");
    const bare = fn.type === "arrow_function" ? field(fn, "parameter") : undefined;
    if (params ? !namedChildren(params).every(plain) : bare?.type !== "identifier") return false;
    // A later step of a promise chain (`.then(() => 'uptime').then((cmd) => ...)`): it takes what the step before
    // it returned, and nothing else.
    const holder = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    const hf = holder && field(holder, "function");
    if (
      holder?.type === "call_expression" &&
      hf?.type === "member_expression" &&
      this.method(holder) === "then"
    ) {
      const prev = field(hf, "object");
      const step =
        prev?.type === "call_expression" && this.method(prev) === "then" ? this.args(prev)[0] : undefined;
      return (
        this.args(holder)[0] === fn &&
        (step?.type === "arrow_function" || step?.type === "function_expression")
      );
    }
    const outer = enclosingFunction(fn);
    if (!outer) return false;
    let fname: SyntaxNode | undefined;
    if (isFnDecl(fn)) fname = field(fn, "name");
    else if (
      (fn.type === "arrow_function" || fn.type === "function_expression") &&
      fn.parent?.type === "variable_declarator"
    )
      fname = field(fn.parent, "name");
    if (fname?.type !== "identifier") return false;
    const name = this.text(fname);
    const inOuter = (n: SyntaxNode) => outer.start <= n.start && n.end <= outer.end;
    if ((this.assigns.get(name) ?? []).length || (this.decls.get(name) ?? []).filter(inOuter).length > 1)
      return false;
    let calls = 0;
    for (const u of this.uses(name)) {
      if (u === fname) continue;
      if (!inOuter(u)) continue; // another scope's own binding
      const p = u.parent;
      if (
        p?.type === "call_expression" &&
        field(p, "function") === u &&
        !this.args(p).some((a) => a.type === "spread_element")
      ) {
        calls++;
        continue;
      }
      return false;
    }
    return calls > 0;
  }

  /**
   * What a parameter receives where the code shows its callers: an inline callback of an array method or a
   * promise (`rows.map((r) => ...)`, `p.then((v) => ...)`) gets the receiver's elements; a function declared in
   * the file (`function f(a)`, `const f = (a) => ...`, a class method) gets the arguments of its calls here.
   * CONST when nothing is known: the caller of the parameter is then the PARAM level.
   */
  private paramFromCallers(
    fn: SyntaxNode,
    params: SyntaxNode[],
    name: string,
    cls: string,
    depth: number,
  ): Level {
    if (depth > 20) return Level.CONST;
    // `...values` (a rest_pattern, inside a required_parameter in TypeScript): every argument from its place on.
    const restOf = (p: SyntaxNode) => {
      const r =
        p.type === "rest_pattern"
          ? p
          : field(p, "pattern")?.type === "rest_pattern"
            ? field(p, "pattern")
            : undefined;
      return r ? namedChildren(r).find((c) => c.type === "identifier") : undefined;
    };
    let rest = false;
    const index = params.findIndex((p) => {
      const r = restOf(p);
      if (r) return (rest = this.text(r) === name);
      const id = p.type === "assignment_pattern" ? field(p, "left") : (field(p, "pattern") ?? p);
      return id?.type === "identifier" && this.text(id) === name;
    });
    if (index < 0) return Level.CONST;
    // One answer per parameter and level class: every use of the parameter asks the same question.
    const key = `${fn.order}:${index}:${cls}`;
    const known = this.paramMemo.get(key);
    if (known !== undefined) return known;
    this.paramMemo.set(key, Level.CONST); // a recursive question while this one is open adds nothing
    const r = this.paramFromCallersUncached(fn, index, cls, depth, rest);
    this.paramMemo.set(key, r);
    return r;
  }

  /**
   * What a call passes to parameter `index` (`rest`: a rest parameter, every argument from there on). A tagged
   * template (`` raw`<b>${x}</b>` ``) passes the array of its literal strings first, then one value per substitution.
   */
  private argsFor(call: SyntaxNode, index: number, rest: boolean): SyntaxNode[] {
    const a = field(call, "arguments");
    if (a?.type === "template_string") {
      const subs = namedChildren(a).filter((c) => c.type === "template_substitution");
      return index === 0 ? [] : rest ? subs.slice(index - 1) : subs.slice(index - 1, index);
    }
    const args = rest ? this.args(call).slice(index) : this.args(call).slice(index, index + 1);
    return args.filter((x) => x.type !== "spread_element");
  }

  private paramFromCallersUncached(
    fn: SyntaxNode,
    index: number,
    cls: string,
    depth: number,
    rest = false,
  ): Level {
    // A message handler's event: another window's (or a worker's) data.
    if (index === 0 && this.isMessageHandler(fn)) return Level.SOURCE;
    if (fn.parent?.type === "arguments") {
      const call = fn.parent.parent;
      const callee = call && field(call, "function");
      if (call?.type !== "call_expression" || callee?.type !== "member_expression") return Level.CONST;
      const m = this.text(field(callee, "property") ?? callee);
      // `net.createServer((socket) => ...)`: the connection of a network peer, whose bytes it sends.
      if (index === 0 && /^(net|tls)\.createServer$/.test(this.callee(call))) return Level.SOURCE;
      if (
        index === 0 &&
        ANGULAR_ROUTE_STREAM.test(this.callee(call)) &&
        sourceMatches(this.tree, "@angular/router")
      )
        return Level.SOURCE;
      // `req.on('data', (chunk) => body += chunk)`: a stream's data handler gets the stream's bytes.
      if (/^(on|once|addListener|prependListener)$/.test(m) && index === 0) {
        const [ev, handler] = this.args(call);
        if (handler === fn && this.constValue(ev) === "data")
          return this.eval(field(callee, "object"), cls, depth + 1);
        return Level.CONST;
      }
      const element = /^(map|flatMap|forEach|filter|find|findLast|some|every|then|sort)$/.test(m)
        ? index === 0
        : m === "reduce" || m === "reduceRight"
          ? index === 1
          : false;
      // A reducer's accumulator: the initial value (the receiver's first element without one), then what the
      // reducer returned.
      if ((m === "reduce" || m === "reduceRight") && index === 0 && namedChildren(fn.parent)[0] === fn) {
        const init = this.args(call).slice(1);
        const first = init.length ? [] : [field(callee, "object")!];
        // `(acc, x) => (acc[x[0]] = x.slice(2), acc)`: what the reducer stores into the accumulator it returns.
        const acc = this.plainParams(fn)?.[0]?.name;
        const stored = acc ? this.storedInto(fn, acc) : [];
        return this.max([...returnedValues(fn), ...init, ...first, ...stored], cls, depth);
      }
      if (!element || namedChildren(fn.parent)[0] !== fn) return Level.CONST;
      // `p.then(() => 'uptime').then((cmd) => ...)`: a step's value is what the step before it returned.
      const prev = field(callee, "object");
      const step =
        prev?.type === "call_expression" && this.method(prev) === "then" ? this.args(prev)[0] : undefined;
      if (m === "then" && (step?.type === "arrow_function" || step?.type === "function_expression")) {
        const rets = returnedValues(step);
        return rets.length ? this.max(rets, cls, depth) : Level.CONST;
      }
      return this.eval(prev, cls, depth + 1);
    }
    let fname: SyntaxNode | undefined;
    // `private fetchJson = (url) => ...`: a class field holding an arrow function, called as `this.fetchJson(u)`.
    const fieldFn = /field_definition$/.test(fn.parent?.type ?? "") && fn.field === "value";
    if (isFnDecl(fn) || fn.type === "method_definition") fname = field(fn, "name");
    else if (fn.parent?.type === "variable_declarator") fname = field(fn.parent, "name");
    else if (fieldFn) fname = field(fn.parent!, "name") ?? field(fn.parent!, "property");
    // `Repo.prototype.find = function (col, value) {...}`: the method calls `o.find(...)` of the file, when every
    // one is on a receiver the file knows (see closedProtoMethod; `this.find(...)` inside another method is not).
    const pname = fname ? undefined : this.protoIndex().names.get(fn);
    if (pname && this.closedProtoMethod(fn)) {
      const calls = this.callsByName.get(pname) ?? [];
      if (calls.length > 12) return Level.CONST;
      let m = Level.CONST;
      for (const call of calls) {
        if (field(call, "function")?.type !== "member_expression") continue;
        if (fn.start <= call.start && call.end <= fn.end) continue;
        m = Math.max(m, this.max(this.argsFor(call, index, rest), cls, depth)) as Level;
        if (m === Level.SOURCE) break;
      }
      return m;
    }
    if (fname?.type !== "identifier" && fname?.type !== "property_identifier") {
      // A closure a factory returns (`const f = make(client); f(x)`, `api.fetchJson(x)` on `api = make(client)`).
      let c = Level.CONST;
      for (const call of this.closureCalls(fn)) {
        c = Math.max(c, this.max(this.argsFor(call, index, rest), cls, depth)) as Level;
        if (c === Level.SOURCE) break;
      }
      return c;
    }
    let m = Level.CONST;
    const calls = this.callsByName.get(this.text(fname)) ?? [];
    // A name called from many places (a utility, or a one-letter name in minified code) is a library function:
    // its parameters stay the caller's (PARAM) rather than costing a walk over every call site.
    if (calls.length > 12) return Level.CONST;
    for (const call of calls) {
      const f = field(call, "function");
      if (fn.type !== "method_definition" && !fieldFn && f?.type !== "identifier") continue;
      // `this.users.search(q)` on a receiver of another class of this file: that class's method, not this one.
      if (f?.type === "member_expression" && fn.type === "method_definition") {
        const target = this.localFunction(call);
        if (target && target !== fn) continue;
      }
      if (fn.start <= call.start && call.end <= fn.end) {
        // A recursive call passing another parameter's value on (`build(parts, i + 1, acc + parts[i])`): only
        // request data it carries counts (the caller's own value already does).
        if (this.max(this.argsFor(call, index, rest), cls, depth) === Level.SOURCE) m = Level.SOURCE;
        continue;
      }
      m = Math.max(m, this.max(this.argsFor(call, index, rest), cls, depth)) as Level;
      if (m === Level.SOURCE) break;
    }
    if (fn.type !== "method_definition" && !fieldFn)
      for (const arg of this.indirectArgs(this.text(fname), fn, index)) {
        if (m === Level.SOURCE) break;
        m = Math.max(m, this.eval(arg, cls, depth + 1)) as Level;
      }
    return m;
  }

  /**
   * The arguments the file's indirect calls of the named function (`f.call(self, a)`, `f.apply(self, [a])`,
   * `g(b)` after `const g = f.bind(self, a)`) pass at parameter `index`, calls inside `fn` itself left out; a
   * position that a spread or a non-literal apply list covers gives nothing.
   */
  private indirectArgs(name: string, fn: SyntaxNode, index: number): SyntaxNode[] {
    const out: SyntaxNode[] = [];
    for (const { call, kind, pre } of this.indirectCalls.get(name) ?? []) {
      if (fn.start <= call.start && call.end <= fn.end) continue;
      // A module function's `.call` reads as its own arguments in args(); the call's written ones are wanted here.
      const a = kind !== "bound" && this.viaCallApply(call) ? field(call, "arguments") : undefined;
      const args = a ? namedChildren(a).filter((c) => c.type !== "comment") : this.args(call);
      let list: SyntaxNode[];
      if (kind === "call") list = args.slice(1);
      else if (kind === "bound") list = [...pre, ...args];
      else if (args[1]?.type === "array") list = namedChildren(args[1]).filter((c) => c.type !== "comment");
      else continue;
      const cut = list.findIndex((a) => a.type === "spread_element");
      const arg = list[index];
      if (arg && (cut < 0 || cut > index)) out.push(arg);
    }
    return out;
  }

  /**
   * For a plain parameter of a function or method declared in this file, the arguments the file's calls pass at
   * its position (`svc.list(query)` for `list(filter)`); empty when it is no such parameter or no call is in view.
   */
  argsAtCallers(id: SyntaxNode): SyntaxNode[] {
    if (id.type !== "identifier" && id.type !== "shorthand_property_identifier") return [];
    const fn = enclosingFunction(id);
    const index = fn ? (this.plainParams(fn)?.findIndex((p) => p.name === this.text(id)) ?? -1) : -1;
    if (!fn || index < 0) return [];
    let fname: SyntaxNode | undefined;
    // `private fetchJson = (url) => ...`: a class field holding an arrow function is a method by another name.
    const fieldFn = /field_definition$/.test(fn.parent?.type ?? "") && fn.field === "value";
    if (isFnDecl(fn) || fn.type === "method_definition") fname = field(fn, "name");
    else if (fn.parent?.type === "variable_declarator") fname = field(fn.parent, "name");
    else if (fieldFn) fname = field(fn.parent!, "name") ?? field(fn.parent!, "property");
    if (fname?.type !== "identifier" && fname?.type !== "property_identifier")
      return this.closureCalls(fn)
        .map((c) => this.args(c)[index])
        .filter((a): a is SyntaxNode => !!a && a.type !== "spread_element");
    const calls = this.callsByName.get(this.text(fname)) ?? [];
    if (calls.length > 12) return [];
    const out: SyntaxNode[] = [];
    for (const call of calls) {
      if (fn.type !== "method_definition" && !fieldFn && field(call, "function")?.type !== "identifier")
        continue;
      if (fn.start <= call.start && call.end <= fn.end) continue;
      const arg = this.args(call)[index];
      if (arg && arg.type !== "spread_element") out.push(arg);
    }
    if (fn.type !== "method_definition" && !fieldFn)
      out.push(...this.indirectArgs(this.text(fname), fn, index));
    return out;
  }

  /** The member a class's getter `prop` returns (`get who() { return this.owner; }`), with no setter of that name. */
  private getterField(members: SyntaxNode[], prop: string): string | undefined {
    // (A setter of the same name beside it is no getter.)
    const named = members.filter(
      (m) =>
        m.type === "method_definition" &&
        this.text(field(m, "name") ?? m) === prop &&
        !m.children.some((c) => c.type === "set"),
    );
    const g = named[0];
    if (named.length !== 1 || !g || !g.children.some((c) => c.type === "get")) return undefined;
    const rets = returnedValues(g);
    const fields = new Set(
      rets.map((r) =>
        r.type === "member_expression" && field(r, "object")?.type === "this"
          ? this.text(field(r, "property") ?? r)
          : "",
      ),
    );
    const [f] = [...fields];
    return fields.size === 1 && f ? f : undefined;
  }

  /**
   * What one class stores in a member (its own `this.x = v`, a `x = v` field initialiser, a constructor parameter
   * property's argument at each `new Klass(...)` in the file), when those are all the stores: no class in the file
   * extends it, nothing outside `this` stores a property of that name, and the class stores through no computed key
   * or Object.assign(this, ...). Undefined otherwise.
   */
  private classStores(klass: SyntaxNode, prop: string): SyntaxNode[] | undefined {
    const kname = field(klass, "name");
    if (!kname) return undefined;
    const name = this.text(kname);
    const esc = name.replace(/\$/g, "\\$");
    if (sourceMatches(this.tree, `\\bextends\\s+${esc}\\b`)) return undefined;
    const out: SyntaxNode[] = [];
    for (const n of this.tree.nodes) {
      if (n.type !== "assignment_expression" && n.type !== "augmented_assignment_expression") continue;
      const left = field(n, "left");
      const obj = left && field(left, "object");
      if (
        left?.type === "member_expression" &&
        obj?.type !== "this" &&
        this.text(field(left, "property") ?? left) === prop
      )
        return undefined;
    }
    const inside = (n: SyntaxNode) => klass.start <= n.start && n.end <= klass.end;
    // The arguments every `new Klass(...)` outside the class passes at a constructor parameter (or its default).
    const passed = (index: number, param: SyntaxNode): SyntaxNode[] => {
      const dflt = field(param, "value") ?? field(param, "right");
      const vals: SyntaxNode[] = [];
      for (const m of this.tree.nodes) {
        if (m.type !== "new_expression" || this.text(field(m, "constructor") ?? m) !== name || inside(m))
          continue;
        const a = this.args(m)[index];
        if (a) vals.push(a);
        else if (dflt) vals.push(dflt);
      }
      return vals;
    };
    for (const n of descendantsOf(klass)) {
      if (n.type === "assignment_expression" || n.type === "augmented_assignment_expression") {
        const left = field(n, "left");
        const obj = left && field(left, "object");
        if (obj?.type !== "this") continue;
        if (left?.type === "subscript_expression") return undefined;
        const right = field(n, "right");
        if (
          left?.type !== "member_expression" ||
          this.text(field(left, "property") ?? left) !== prop ||
          !right
        )
          continue;
        // `this.owner = owner` of the constructor's own parameter: what each `new Klass(...)` passes there.
        const fn = enclosingFunction(n);
        const ps =
          fn?.type === "method_definition" && this.text(field(fn, "name") ?? fn) === "constructor"
            ? namedChildren(field(fn, "parameters") ?? fn).filter((c) => c.type !== "comment")
            : [];
        const pname = (q: SyntaxNode) => {
          const id = q.type === "identifier" ? q : (field(q, "pattern") ?? field(q, "left"));
          return id?.type === "identifier" ? this.text(id) : "";
        };
        const index = right.type === "identifier" ? ps.findIndex((q) => pname(q) === this.text(right)) : -1;
        if (index >= 0 && !this.assigns.has(this.text(right))) out.push(...passed(index, ps[index]!));
        else out.push(right);
      } else if (n.type === "call_expression" && /^Object\.(assign|defineProperty)$/.test(this.callee(n))) {
        if (this.args(n)[0]?.type === "this") return undefined;
      } else if (n.type === "field_definition" || n.type === "public_field_definition") {
        const id = field(n, "property") ?? field(n, "name");
        const value = field(n, "value");
        if (id && this.text(id) === prop && value) out.push(value);
      } else if (n.type === "required_parameter" || n.type === "optional_parameter") {
        // `constructor(private owner: string)`: each `new Klass(...)` call's argument there (or the default).
        if (!n.children.some((c) => c.type === "accessibility_modifier" || c.type === "readonly")) continue;
        if (this.text(field(n, "pattern") ?? n) !== prop) continue;
        const index = namedChildren(n.parent!)
          .filter((p) => p.type !== "comment")
          .indexOf(n);
        out.push(...passed(index, n));
      }
    }
    return out;
  }

  /**
   * `this.runner(cmd)` where the class's constructor takes `private readonly runner = exec` (a TypeScript
   * parameter property) and nothing else writes the member: the function every `new Klass(...)` in the file passes
   * there, or the default where it passes nothing. Undefined otherwise.
   */
  private fieldRunner(member: SyntaxNode): string | undefined {
    const prop = this.text(field(member, "property") ?? member);
    let klass: SyntaxNode | null = member.parent;
    while (klass && klass.type !== "class_declaration" && klass.type !== "class") klass = klass.parent;
    const body = klass && field(klass, "body");
    const ctor = body
      ? namedChildren(body).find(
          (m) => m.type === "method_definition" && this.text(field(m, "name") ?? m) === "constructor",
        )
      : undefined;
    // `private readonly shell = execSync;` / `run = cp.exec`: a class field initialised to a module's function.
    const fieldDef = body ? this.classFields(body, prop)[0] : undefined;
    const init = fieldDef && field(fieldDef, "value");
    if (init && !(this.memberWrites.get(prop) ?? []).length) {
      const named =
        init.type === "member_expression" ||
        (init.type === "identifier" && this.aliases.has(this.text(init)));
      const q = named ? this.qname(init) : "";
      return q.includes(".") ? q : undefined;
    }
    const params = ctor && field(ctor, "parameters");
    if (!klass || !params || (this.memberWrites.get(prop) ?? []).length) return undefined;
    const list = namedChildren(params).filter((p) => p.type !== "comment");
    const index = list.findIndex(
      (p) =>
        /^(required|optional)_parameter$/.test(p.type) &&
        p.children.some((c) => c.type === "accessibility_modifier" || c.type === "readonly") &&
        this.text(field(p, "pattern") ?? p) === prop,
    );
    const decl = list[index];
    if (!decl) return undefined;
    const dflt = field(decl, "value");
    const kname = field(klass, "name");
    const vals: SyntaxNode[] = [];
    for (const n of this.tree.nodes) {
      if (
        n.type !== "new_expression" ||
        !kname ||
        this.text(field(n, "constructor") ?? n) !== this.text(kname)
      )
        continue;
      const a = this.args(n)[index];
      if (a) vals.push(a);
      else if (dflt) vals.push(dflt);
      else return undefined;
    }
    if (!vals.length) return undefined;
    let out: string | undefined;
    for (const v of vals) {
      const named =
        v.type === "member_expression" || (v.type === "identifier" && this.aliases.has(this.text(v)));
      const q = named ? this.qname(v) : undefined;
      if (!q || (out !== undefined && q !== out)) return undefined;
      out = q;
    }
    return out;
  }

  /** `s.replace(/[&<>"']/g, (c) => MAP[c])`: a global class of markup characters, each mapped to an entity. */
  private entityMapped(call: SyntaxNode): boolean {
    const [re, cb] = this.args(call);
    const pattern = re?.type === "regex" ? this.text(re) : "";
    const cls = /^\/\[([^\]]*)\]\/[a-z]*g[a-z]*$/.exec(pattern)?.[1];
    if (!cls || ![..."<>&"].every((c) => cls.includes(c)) || !cb) return false;
    if (cb.type !== "arrow_function" && cb.type !== "function_expression") return false;
    const rets = returnedValues(cb);
    return (
      rets.length > 0 &&
      rets.every((r) => {
        const obj = r.type === "subscript_expression" ? field(r, "object") : undefined;
        const map = obj?.type === "identifier" ? this.resolve(obj) : obj;
        if (map?.type !== "object" || (obj?.type === "identifier" && this.writtenThrough(this.text(obj))))
          return false;
        const pairs = namedChildren(map).filter((p) => p.type === "pair");
        const to = (ch: string) =>
          pairs.find((p) => {
            const k = field(p, "key");
            return k && (this.stringValue(k) ?? this.text(k)) === ch;
          });
        return [..."<>&"].every((ch) =>
          /^&/.test(String(this.constValue(field(to(ch) ?? map, "value")) ?? "")),
        );
      })
    );
  }

  /**
   * A quote-doubling `replace` in a file that talks to MySQL / MariaDB (where a backslash escapes a quote in a
   * string literal), with no replace of backslashes in the same call chain.
   */
  private mysqlBackslashOpen(call: SyntaxNode): boolean {
    if (!sourceHas(this.tree, /['"](mysql|mysql2|mysql2\/promise|mariadb|serverless-mysql)['"]/))
      return false;
    let top = call;
    while (top.parent?.type === "member_expression" && top.parent.parent?.type === "call_expression")
      top = top.parent.parent;
    return !/\.replace(All)?\(\s*(\/\\\\\/g?|(['"])\\\\\3)\s*,/.test(this.text(top));
  }

  /** `"'" + s.replace(/'/g, "'\\''") + "'"` (or `'"'"'`), or the same in a template: one single-quoted shell word. */
  private singleQuoted(call: SyntaxNode): boolean {
    const [re, to] = this.args(call);
    const quote = /^('\\{1,2}''|'"'"')$/;
    // (or `s.split("'").join("'\"'\"'")`: the same swap of every quote)
    const recv = this.method(call) === "join" ? field(fn0(call), "object") : undefined;
    const split =
      recv?.type === "call_expression" &&
      this.method(recv) === "split" &&
      this.constValue(this.args(recv)[0]) === "'" &&
      quote.test(String(this.constValue(re) ?? ""));
    if (!split && (!re || this.text(re) !== "/'/g" || !quote.test(String(this.constValue(to) ?? ""))))
      return false;
    const p = call.parent;
    if (p?.type === "binary_expression" && field(p, "right") === call) {
      const before = this.constValue(field(p, "left"));
      const up = p.parent;
      const after =
        up?.type === "binary_expression" && field(up, "left") === p
          ? this.constValue(field(up, "right"))
          : undefined;
      return (
        typeof before === "string" &&
        before.endsWith("'") &&
        typeof after === "string" &&
        after.startsWith("'")
      );
    }
    if (p?.type === "template_substitution" && p.parent?.type === "template_string") {
      const src = this.text(p.parent);
      const at = p.start - p.parent.start;
      return src[at - 1] === "'" && src[at + this.text(p).length] === "'";
    }
    return false;
  }

  /** An array literal (or a name bound once to one, never written through) of literals and flat literal objects. */
  private literalRecords(node: SyntaxNode): boolean {
    const arr = node.type === "identifier" ? this.resolve(node) : node;
    if (arr?.type !== "array" || (node.type === "identifier" && this.writtenThrough(this.text(node))))
      return false;
    const literal = (n: SyntaxNode | undefined) => !!n && this.constValue(n) !== undefined;
    return namedChildren(arr)
      .filter((e) => e.type !== "comment")
      .every(
        (e) =>
          literal(e) ||
          (e.type === "object" &&
            namedChildren(e)
              .filter((p) => p.type !== "comment")
              .every((p) => p.type === "pair" && literal(field(p, "value")))),
      );
  }

  private readonly cbHandedMemo = new Map<string, { helper: SyntaxNode; calls: SyntaxNode[] } | null>();
  /**
   * A callback `cb` handed to a function of this file (`withUser(req, (u) => ...)`) that does nothing with that
   * parameter but call it (`fn(x)`, `return fn({ ... })`): the arguments those calls pass at `pos`, and the helper
   * call they are read in. Undefined when the helper hands the callback on, stores it, or is not in view.
   */
  private handedArgs(
    cb: SyntaxNode,
    pos: number,
  ): { nodes: SyntaxNode[]; helper: SyntaxNode; call: SyntaxNode } | undefined {
    if (pos < 0) return undefined;
    const call = cb.parent?.type === "arguments" ? cb.parent.parent : undefined;
    if (call?.type !== "call_expression") return undefined;
    const k = this.args(call).indexOf(cb);
    const helper = k >= 0 ? this.localFunction(call) : undefined;
    if (!helper || helper === cb || !FN_TYPES.has(helper.type)) return undefined;
    const key = `${helper.order}:${k}`;
    let got = this.cbHandedMemo.get(key);
    if (got === undefined) {
      got = null;
      const p = this.plainParams(helper)?.[k];
      const body = field(helper, "body");
      if (p && !p.rest && body) {
        const calls: SyntaxNode[] = [];
        let ok = true;
        for (const d of descendantsOf(body)) {
          if (d.type !== "identifier" || this.text(d) !== p.name) continue;
          const c = d.parent;
          if (d.field === "function" && c?.type === "call_expression") calls.push(c);
          else ok = false;
        }
        // (a nested function's own binding of that name shadows it: not followed)
        if (ok && !(this.decls.get(p.name) ?? []).some((x) => x.start >= body.start && x.end <= body.end))
          got = { helper, calls };
      }
      this.cbHandedMemo.set(key, got);
    }
    if (!got) return undefined;
    const nodes: SyntaxNode[] = [];
    for (const c of got.calls) {
      const a = this.args(c);
      if (a.slice(0, pos + 1).some((x) => x.type === "spread_element")) return undefined;
      if (a[pos]) nodes.push(a[pos]!);
    }
    return { nodes, helper, call };
  }

  /** The level of what a helper hands its callback, read in that helper call's frame. */
  private handedLevel(
    h: { nodes: SyntaxNode[]; helper: SyntaxNode; call: SyntaxNode },
    cls: string,
    depth: number,
  ): Level {
    const saved = this.bound;
    this.bound = this.plainParams(h.helper) ? { fn: h.helper, call: h.call } : undefined;
    try {
      return this.max(h.nodes, cls, depth);
    } finally {
      this.bound = saved;
    }
  }

  /** `u.name` where a helper hands the callback parameter `u` only object literals: their `name` entries. */
  private handedMember(
    node: SyntaxNode,
  ): { nodes: SyntaxNode[]; helper: SyntaxNode; call: SyntaxNode } | undefined {
    const obj = field(node, "object");
    const prop = field(node, "property");
    if (obj?.type !== "identifier" || prop?.type !== "property_identifier") return undefined;
    const name = this.text(obj);
    let f = enclosingFunction(node);
    while (f && !this.isParam(f, name)) {
      if ((this.decls.get(name) ?? []).some((d) => enclosingFunction(d) === f)) return undefined;
      f = enclosingFunction(f);
    }
    const ps = f ? this.plainParams(f) : undefined;
    const pos = ps ? ps.findIndex((p) => p.name === name) : -1;
    if (!f || pos < 0 || ps![pos]!.rest) return undefined;
    const h = this.handedArgs(f, pos);
    if (!h || !h.nodes.length) return undefined;
    const out: SyntaxNode[] = [];
    for (const n of h.nodes) {
      const lit = unparen(n);
      const v = lit?.type === "object" ? this.lastPair(lit, this.text(prop)) : undefined;
      if (v === undefined) return undefined;
      if (v) out.push(v);
    }
    return { ...h, nodes: out };
  }

  private readonly recursiveMemo = new Map<SyntaxNode, boolean>();
  /**
   * A function that calls itself (`resolveUp(path.dirname(p), n - 1)`): one call's arguments bound to its
   * parameters would prune, as never run, the base case a later round of the recursion takes.
   */
  private recursive(fn: SyntaxNode): boolean {
    let hit = this.recursiveMemo.get(fn);
    if (hit === undefined) {
      const name = this.boundFunctionName(fn);
      hit =
        !!name &&
        descendantsOf(fn).some(
          (d) =>
            d.type === "call_expression" &&
            this.text(field(d, "function") ?? d) === name &&
            this.localFunction(d) === fn,
        );
      this.recursiveMemo.set(fn, hit);
    }
    return hit;
  }

  /**
   * `arguments[k]` (a literal index) in a function that is no arrow: this call's argument inside a frame of that
   * function; else what the file's callers pass there, no more than that for a module helper every caller of
   * which passes a literal, at least the caller's (PARAM) otherwise. Undefined for any other read.
   */
  private argumentsRead(node: SyntaxNode, cls: string, depth: number): Level | undefined {
    const obj = field(node, "object");
    if (obj?.type !== "identifier" || this.text(obj) !== "arguments") return undefined;
    const k = this.constValue(field(node, "index"));
    if (typeof k !== "number" || !Number.isInteger(k) || k < 0) return undefined;
    let fn = enclosingFunction(node);
    while (fn?.type === "arrow_function") fn = enclosingFunction(fn);
    if (!fn || (this.decls.get("arguments") ?? []).length) return undefined;
    if (this.bound?.fn === fn) {
      const a = this.args(this.bound.call);
      if (a.slice(0, k + 1).some((x) => x.type === "spread_element")) return Level.PARAM;
      const saved = this.bound;
      this.bound = saved.chained ? saved.outer : undefined;
      try {
        return this.eval(a[k], cls, depth + 1);
      } finally {
        this.bound = saved;
      }
    }
    const fromCallers = this.paramFromCallersUncached(fn, k, cls, depth + 1);
    const name = isFnDecl(fn) ? field(fn, "name") : undefined;
    const calls = name ? (this.callsByName.get(this.text(name)) ?? []) : [];
    const literal =
      fromCallers === Level.CONST &&
      !enclosingFunction(fn) &&
      calls.length > 0 &&
      this.moduleHelper(fn) &&
      calls.every((c) => this.argsFor(c, k, false).every((a) => this.constValue(a) !== undefined));
    return literal ? Level.CONST : (Math.max(Level.PARAM, fromCallers) as Level);
  }

  /** `(req as any)`, `ctx!`, `(x)`, `<T>x`: the expression a type assertion or parentheses wrap. */
  private plainExpr(n: SyntaxNode | null | undefined): SyntaxNode | undefined {
    let cur = n ?? undefined;
    for (let i = 0; cur && i < 8; i++) {
      if (
        !/^(parenthesized_expression|as_expression|satisfies_expression|non_null_expression|type_assertion)$/.test(
          cur.type,
        )
      )
        return cur;
      const kids = namedChildren(cur).filter((c) => c.type !== "comment");
      if (cur.type === "parenthesized_expression" && kids.length !== 1) return cur;
      cur = cur.type === "type_assertion" ? kids[kids.length - 1] : kids[0];
    }
    return cur;
  }

  /**
   * The decoration a member expression names: `req.search` / `request.note` (a name no server parses onto the
   * request: "req:search") or Koa's `ctx.state.next` ("state:next"); undefined for anything else.
   */
  private decorationKey(m: SyntaxNode): string | undefined {
    const prop = field(m, "property");
    if (m.type !== "member_expression" || prop?.type !== "property_identifier") return undefined;
    const p = this.text(prop);
    const kind = this.decorationHolder(field(m, "object"));
    if (kind === "req") return REQUEST_FIELD.test(p) ? undefined : "req:" + p;
    return kind === "state" ? "state:" + p : undefined;
  }

  /** What a decoration is stored on: the request (`req`, `(request as any)`) or Koa's `ctx.state`. */
  private decorationHolder(o: SyntaxNode | null | undefined): "req" | "state" | undefined {
    const e = this.plainExpr(o);
    if (e?.type === "identifier" && /^(req|request)$/.test(this.text(e))) return "req";
    if (e?.type === "member_expression" && this.text(field(e, "property") ?? e) === "state") {
      const root = this.plainExpr(field(e, "object"));
      if (root?.type === "identifier" && /^(ctx|context)$/.test(this.text(root))) return "state";
    }
    return undefined;
  }

  private decoIndex: { writes: Map<string, SyntaxNode[]>; opaque: Set<string> } | undefined;
  /**
   * What the file stores onto the request and Koa's `ctx.state`, by decoration key (one walk of the file); a kind
   * is opaque where the file also writes the object wholesale (`Object.assign(req, x)`, `req[k] = v`,
   * `ctx.state = {...}`), so stores may be out of view.
   */
  private decorationIndex(): { writes: Map<string, SyntaxNode[]>; opaque: Set<string> } {
    if (this.decoIndex) return this.decoIndex;
    const writes = new Map<string, SyntaxNode[]>();
    const opaque = new Set<string>();
    for (const n of this.tree.nodes) {
      if (n.type === "assignment_expression" || n.type === "augmented_assignment_expression") {
        const left = this.plainExpr(field(n, "left"));
        const right = field(n, "right");
        const k = left?.type === "member_expression" ? this.decorationKey(left) : undefined;
        if (k && right) {
          const list = writes.get(k);
          if (list) list.push(right);
          else writes.set(k, [right]);
        } else if (left?.type === "subscript_expression") {
          const kind = this.decorationHolder(field(left, "object"));
          if (kind) opaque.add(kind);
        } else if (this.decorationHolder(left) === "state") opaque.add("state");
      } else if (
        n.type === "call_expression" &&
        /^(Object\.(assign|defineProperty|defineProperties)|_\.(assign|merge|extend|set))$/.test(
          this.callee(n),
        )
      ) {
        const kind = this.decorationHolder(this.args(n)[0]);
        if (kind) opaque.add(kind);
      }
    }
    this.decoIndex = { writes, opaque };
    return this.decoIndex;
  }

  /**
   * The values a read of a request decoration takes (`req.search`, `ctx.state.user.name` of `ctx.state.user = {
   * name: q, id: 1 }`: the literal's `name`); undefined where the file stores nothing under it (the framework's or
   * another module's), writes the object wholesale, or a deeper read goes past a value that is no object literal.
   */
  /**
   * Of the stores into a request decoration, those that can run before the handler reading it: a store in a
   * named middleware that the file only ever mounts per route (`app.get('/a', rememberNext, handler)`, never in
   * `use`, never handed anywhere else) runs for those routes only, so another route's handler does not see it.
   */
  private routeWrites(ws: SyntaxNode[], read: SyntaxNode): SyntaxNode[] {
    const handler = enclosingFunction(read);
    const route = handler ? this.routeOf(handler) : undefined;
    if (!route || !ROUTE_VERB.test(this.method(route.call))) return ws;
    const mounted = new Set(
      route.args.slice(0, route.at).flatMap((a) => (a.type === "identifier" ? [this.text(a)] : [])),
    );
    return ws.filter((w) => {
      const mw = enclosingFunction(w);
      if (!mw || mw === handler) return true;
      const id = isFnDecl(mw)
        ? field(mw, "name")
        : mw.parent?.type === "variable_declarator"
          ? field(mw.parent, "name")
          : undefined;
      if (id?.type !== "identifier") return true;
      const name = this.text(id);
      if (mounted.has(name)) return true;
      // Every other mention of the middleware is as a middle argument of a route call of some verb.
      const others = this.uses(name).filter((u) => u !== id);
      return !(
        others.length > 0 &&
        others.every((u) => {
          const call = u.parent?.type === "arguments" ? u.parent.parent : undefined;
          if (call?.type !== "call_expression" || !ROUTE_VERB.test(this.method(call))) return false;
          const args = this.args(call);
          const i = args.indexOf(u);
          return i > 0 && i < args.length - 1;
        })
      );
    });
  }

  /** The values this file's middleware stores under a request decoration (`req.filter = {...}`), as decorationRead. */
  decoratedValues(node: SyntaxNode): SyntaxNode[] | undefined {
    return node.type === "member_expression" ? this.decorationRead(node) : undefined;
  }

  private decorationRead(node: SyntaxNode): SyntaxNode[] | undefined {
    const keys: string[] = [];
    let cur: SyntaxNode | undefined = node;
    for (let i = 0; cur?.type === "member_expression" && i < 6; i++) {
      const k = this.decorationKey(cur);
      if (k) {
        const idx = this.decorationIndex();
        const ws0 = idx.writes.get(k);
        if (!ws0?.length || idx.opaque.has(k.slice(0, k.indexOf(":")))) return undefined;
        const ws = this.routeWrites(ws0, node);
        const out: SyntaxNode[] = [];
        for (const w of ws) {
          let v: SyntaxNode | null | undefined = w;
          for (const key of keys) {
            v = unparen(v);
            if (v?.type !== "object") return undefined;
            v = this.lastPair(v, key);
            if (v === undefined) return undefined;
            if (v === null) break;
          }
          if (v) out.push(v);
        }
        return out;
      }
      const p = field(cur, "property");
      if (p?.type !== "property_identifier") return undefined;
      keys.unshift(this.text(p));
      cur = this.plainExpr(field(cur, "object"));
    }
    return undefined;
  }

  /**
   * `req.testing = 'testing'` in this file's own middleware, and nothing else written there: `req.testing` read in a
   * later handler is that literal, not request data. Request fields the server parses (query, body, headers, url,
   * ...) never count, whatever the file assigns to them.
   */
  private readonly middlewareConstMemo = new Map<string, boolean>();
  private middlewareConstant(prop: string): boolean {
    let hit = this.middlewareConstMemo.get(prop);
    if (hit !== undefined) return hit;
    hit = false;
    if (!REQUEST_FIELD.test(prop) && sourceMatches(this.tree, `\\.${prop.replace(/\$/g, "\\$")}\\s*=[^=]`)) {
      let writes = 0;
      hit = true;
      for (const n of this.tree.nodes) {
        if (n.type !== "assignment_expression" && n.type !== "augmented_assignment_expression") continue;
        const left = field(n, "left");
        if (left?.type !== "member_expression" || this.text(field(left, "property") ?? left) !== prop)
          continue;
        if (!/^(req|request)$/.test(this.text(field(left, "object") ?? left))) continue;
        writes++;
        const right = field(n, "right");
        if (
          n.type !== "assignment_expression" ||
          !right ||
          !/^(string|number|true|false|null)$/.test(right.type)
        ) {
          hit = false;
          break;
        }
      }
      hit &&= writes > 0;
    }
    this.middlewareConstMemo.set(prop, hit);
    return hit;
  }

  /**
   * A function that sends or builds the request it is given rather than answering one: it hands its `req`/`request`
   * parameter whole to an HTTP client (`fetch(request)`, `new Request(request, init)`, `this.axios(request)`,
   * `got(req)`, `https.request(req)`) or to a function of this file that does, or returns a copy of it
   * (`({ ...request, url })`, `merge(request, patch)` of such a copy). A server never sends on, nor copies, the
   * request object it received.
   */
  private readonly sendsMemo = new Map<SyntaxNode, boolean>();
  private sendsRequest(fn: SyntaxNode, name: string, depth = 0): boolean {
    const key = fn;
    const memo = depth === 0 ? this.sendsMemo.get(key) : undefined;
    if (memo !== undefined) return memo;
    if (depth > 2) return false;
    const isName = (n: SyntaxNode | undefined) => n?.type === "identifier" && this.text(n) === name;
    const onward = (call: SyntaxNode): boolean => {
      const i = this.args(call).findIndex((a) => isName(a));
      if (i < 0) return false;
      const callee = this.text(
        field(call, call.type === "new_expression" ? "constructor" : "function") ?? call,
      );
      if (call.type === "new_expression") return callee === "Request" && i === 0;
      if (
        i === 0 &&
        /^((globalThis|window|self)\.)?fetch$|^(axios|got|ky|superagent|needle|undici)(\.(request|get|post|put|patch|delete|stream))?$|^this\.(axios|got|http|client|httpClient)(\.request)?$|^https?\.(request|get)$/.test(
          callee,
        )
      )
        return true;
      const local = this.localFunction(call);
      const ps = local ? this.plainParams(local) : undefined;
      const p = ps?.[i];
      return !!local && local !== fn && !!p && !p.rest && this.sendsRequest(local, p.name, depth + 1);
    };
    const copies = (v0: SyntaxNode): boolean => {
      const v = v0.type === "identifier" ? (this.resolve(v0) ?? v0) : v0;
      return (
        (v.type === "object" &&
          namedChildren(v).some((c) => c.type === "spread_element" && isName(namedChildren(c)[0]))) ||
        ((v.type === "call_expression" || v.type === "await_expression") &&
          (() => {
            const c = v.type === "await_expression" ? namedChildren(v)[0] : v;
            return c?.type === "call_expression" && onward(c);
          })())
      );
    };
    // `request.getHeader('host')`, `request.setHeader(...)`, `request.abort()`: methods only an outgoing request
    // (http.ClientRequest) has; an incoming one is read through `headers`, never written or aborted.
    const clientRequestCall = (d: SyntaxNode): boolean => {
      const f = d.type === "call_expression" ? field(d, "function") : undefined;
      return (
        f?.type === "member_expression" &&
        isName(field(f, "object") ?? undefined) &&
        /^(getHeader|setHeader|removeHeader|flushHeaders|abort)$/.test(this.text(field(f, "property") ?? f))
      );
    };
    let hit = false;
    const body = field(fn, "body");
    if (body) {
      if (
        returnedValues(fn).some((v) =>
          copies(v.type === "parenthesized_expression" ? (namedChildren(v)[0] ?? v) : v),
        )
      )
        hit = true;
      else
        for (const d of descendantsOf(body))
          if (
            (d.type === "call_expression" || d.type === "new_expression") &&
            // `request('POST /login/oauth/access_token', body)`: the parameter called is an HTTP client function
            // (octokit's `request`, a `request` module handed in); an incoming request is never called.
            (onward(d) ||
              (d.type === "call_expression" && isName(field(d, "function") ?? undefined)) ||
              clientRequestCall(d))
          ) {
            hit = true;
            break;
          }
    }
    if (depth === 0) this.sendsMemo.set(key, hit);
    return hit;
  }

  /** `request` (or `request.url`) read in a function that takes it as a parameter and sends it on (sendsRequest). */
  private sentRequestParam(node: SyntaxNode): boolean {
    const owner = this.paramOwner(node);
    return !!owner && this.sendsRequest(owner.fn, owner.name);
  }

  /** The function whose parameter a read (`request`, `request.url`, `request[k]`) starts from, and its name. */
  private paramOwner(node: SyntaxNode): { fn: SyntaxNode; name: string } | undefined {
    let root: SyntaxNode | undefined = node;
    while (root && (root.type === "member_expression" || root.type === "subscript_expression"))
      root = field(root, "object") ?? undefined;
    if (root?.type !== "identifier") return undefined;
    const name = this.text(root);
    let fn = enclosingFunction(root);
    while (fn && !this.isParam(fn, name)) fn = enclosingFunction(fn);
    return fn ? { fn, name } : undefined;
  }

  /**
   * `request` (or a read of it) as the parameter of a method of a class that makes HTTP requests itself: an SDK's
   * fetcher (`class ConfigFetcher { async fetchWithRetry(request, logger) { const { url } = request; ... fetch(url)
   * } }`), whose `request` is the outgoing request it builds and sends, not one a server received. Not a method a
   * runtime or framework hands requests to (`fetch`, `handle*`, `on*`, an HTTP verb), a decorated method or class
   * (a Nest controller's), a class extending a runtime's entry point, or a method beside a response parameter.
   */
  private clientClassRequest(node: SyntaxNode): boolean {
    const owner = this.paramOwner(node);
    return !!owner && this.clientClassMethod(owner.fn);
  }

  /** A method of a class that makes HTTP requests itself, none a runtime hands requests to (clientClassRequest). */
  private clientClassMethod(fn: SyntaxNode): boolean {
    if (fn.type !== "method_definition" || fn.children.some((c) => c.type === "decorator")) return false;
    if (
      /^(fetch|handle\w*|on[A-Z_]\w*|serve|request|middleware|intercept|use|run|call|get|post|put|patch|delete|head|options|all|webSocket\w*|GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(
        this.text(field(fn, "name") ?? fn),
      )
    )
      return false;
    const params = field(fn, "parameters");
    const list = params ? namedChildren(params).filter((c) => c.type !== "comment") : [];
    if (
      list.some(
        (p) =>
          p.children.some((c) => c.type === "decorator") ||
          /^(res|resp|response|reply|h|next|ctx|context|env)$/.test(this.text(field(p, "pattern") ?? p)),
      )
    )
      return false;
    const body = fn.parent;
    const cls = body?.type === "class_body" ? body.parent : undefined;
    if (!body || !cls || !/^(class_declaration|class|abstract_class_declaration)$/.test(cls.type))
      return false;
    let sends = this.clientClassMemo.get(cls);
    if (sends === undefined) {
      const heritage = cls.children.find((c) => c.type === "class_heritage");
      sends =
        !cls.children.some((c) => c.type === "decorator") &&
        !(
          heritage &&
          /\b(WorkerEntrypoint|DurableObject|Controller|Handler|Server)\b/.test(this.text(heritage))
        ) &&
        CLIENT_CALL.test(this.text(body));
      this.clientClassMemo.set(cls, sends);
    }
    return sends;
  }
  private readonly clientClassMemo = new Map<SyntaxNode, boolean>();

  /** The root name of a member path is bound to `new XMLHttpRequest()` (or IE's XDomainRequest). */
  private outgoingXhr(node: SyntaxNode): boolean {
    let root: SyntaxNode | undefined = node;
    while (root && (root.type === "member_expression" || root.type === "subscript_expression"))
      root = field(root, "object") ?? undefined;
    if (root?.type !== "identifier") return false;
    const made = this.resolve(root);
    return (
      made?.type === "new_expression" &&
      // (`new this._XMLHttpRequest()`: a class holding the constructor it was given, for tests)
      /(^|\.|_)(XMLHttpRequest|XDomainRequest)$/.test(this.text(field(made, "constructor") ?? made))
    );
  }

  /**
   * For `req.x` whose `req` is the first parameter of a callback that is no request handler: the receiver of the
   * array method it is handed to (`JOBS.forEach(req => ...)`: an element of JOBS), or "client" for an HTTP
   * client's request interceptor (`axios.interceptors.request.use(req => ...)`: the config this program sends).
   * Undefined for anything else, a route's `req => ...` included.
   */
  private nonHandlerRequest(node: SyntaxNode): SyntaxNode | "client" | undefined {
    let root: SyntaxNode | undefined = node;
    while (root && (root.type === "member_expression" || root.type === "subscript_expression"))
      root = field(root, "object") ?? undefined;
    if (root?.type !== "identifier") return undefined;
    const name = this.text(root);
    let fn = enclosingFunction(root);
    while (fn && !this.isParam(fn, name)) fn = enclosingFunction(fn);
    if (!fn || (fn.type !== "arrow_function" && fn.type !== "function_expression")) return undefined;
    const params = field(fn, "parameters");
    const first = params ? namedChildren(params).find((c) => c.type !== "comment") : field(fn, "parameter");
    const id = first && (first.type === "identifier" ? first : field(first, "pattern"));
    if (id?.type !== "identifier" || this.text(id) !== name) return undefined;
    const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    const callee = call && field(call, "function");
    if (call?.type !== "call_expression" || callee?.type !== "member_expression" || this.args(call)[0] !== fn)
      return undefined;
    if (/(^|\.)interceptors\.request\.use$/.test(this.text(callee))) return "client";
    if (!/^(map|flatMap|forEach|filter|find|findLast|some|every)$/.test(this.method(call))) return undefined;
    return field(callee, "object") ?? undefined;
  }

  /** The value of the `const` declaration of `name` that a read at `at` sees (declared before it). */
  private constDeclValue(name: string, at: SyntaxNode): SyntaxNode | undefined {
    const d = this.scopedDecl(name, undefined, at)?.decl;
    const v = d && field(d, "value");
    if (!v || d.order > at.order) return undefined;
    return d.parent?.type === "lexical_declaration" && /^const\b/.test(this.text(d.parent)) ? v : undefined;
  }

  /**
   * `switch (name) { case 'a': case 'b': ... }`: a case of a switch on `name` whose label is a literal, and every
   * case that falls through into it too (no default among them), so inside it the value is one of those literals.
   */
  private literalCase(kase: SyntaxNode, name: string): boolean {
    const body = kase.parent;
    const sw = body?.parent;
    if (body?.type !== "switch_body" || sw?.type !== "switch_statement") return false;
    if (this.text(field(sw, "value") ?? sw).replace(/^\(\s*|\s*\)$/g, "") !== name) return false;
    const cases = namedChildren(body).filter((c) => c.type !== "comment");
    const literal = (c: SyntaxNode) =>
      c.type === "switch_case" && /^(string|number)$/.test(field(c, "value")?.type ?? "");
    for (let i = cases.indexOf(kase); i >= 0; i--) {
      const c = cases[i]!;
      if (!literal(c)) return false;
      const earlier = cases[i - 1];
      const stmts = earlier ? earlier.children.filter((k) => k.field === "body") : [];
      const last = stmts[stmts.length - 1];
      // (the case before ends in a jump: nothing falls through from it)
      if (!earlier || (last && /^(break|return|throw|continue)_statement$/.test(last.type))) return true;
    }
    return false;
  }

  /**
   * `socket` in `socket.on(ev, fn)` is the first parameter of a socket.io / ws / engine.io server's `connection`
   * listener (`io.on('connection', (socket) => ...)`, `wss.on('connection', (ws, req) => ...)`), and `ev` is one of
   * the client's own events rather than the connection's life cycle (`disconnect`, `close`, `error`, ...).
   */
  private clientSocketEvent(recv: SyntaxNode | undefined, ev: SyntaxNode | undefined): boolean {
    if (recv?.type !== "identifier") return false;
    const event = this.constValue(ev);
    if (
      typeof event !== "string" ||
      /^(disconnect|disconnecting|close|error|open|ping|pong|upgrade|end|drain)$/.test(event)
    )
      return false;
    if (
      !sourceHas(this.tree, /['"](socket\.io|ws|engine\.io|uWebSockets\.js|sockjs)['"]|\bWebSocketServer\b/)
    )
      return false;
    const name = this.text(recv);
    for (let f = enclosingFunction(recv); f; f = enclosingFunction(f)) {
      // (`socket => ...` has one bare parameter; a plain JavaScript `(socket)` is an identifier of the list)
      const params = field(f, "parameters");
      const list = params
        ? namedChildren(params).filter((c) => c.type !== "comment")
        : [field(f, "parameter")];
      const own =
        this.declaringParam(f, name) ?? list.find((p) => p?.type === "identifier" && this.text(p) === name);
      if (!own) continue;
      const holder = f.parent?.type === "arguments" ? f.parent.parent : undefined;
      return (
        own === list[0] &&
        holder?.type === "call_expression" &&
        /^(on|once|addListener)$/.test(this.method(holder)) &&
        /^(connection|connect)$/.test(String(this.constValue(this.args(holder)[0]))) &&
        this.args(holder)[1] === f
      );
    }
    return false;
  }

  /**
   * `addEventListener('message', fn)` or `x.onmessage = fn`: fn receives messages from other windows. A browser
   * extension's `runtime.onMessage(External).addListener(fn)`: messages from content scripts running in web pages,
   * or from other extensions and sites.
   */
  private isMessageHandler(fn: SyntaxNode): boolean {
    const p = fn.parent;
    if (p?.type === "arguments") {
      const call = p.parent;
      if (
        call &&
        /^(chrome|browser)\.runtime\.(onMessage|onMessageExternal|onConnectExternal)\.addListener$/.test(
          this.callee(call),
        )
      )
        return namedChildren(p)[0] === fn;
      if (call && this.jqueryWindowMessage(call)) return namedChildren(p)[namedChildren(p).length - 1] === fn;
      return (
        !!call &&
        this.method(call) === "addEventListener" &&
        this.stringValue(namedChildren(p)[0]) === "message" &&
        namedChildren(p)[1] === fn
      );
    }
    return (
      p?.type === "assignment_expression" &&
      field(p, "right") === fn &&
      /(^|\.)onmessage$/.test(this.text(field(p, "left") ?? p))
    );
  }

  /**
   * jQuery's `$(window).on('message', fn)` (or `.bind` / `.one`): fn gets a jQuery event whose
   * `originalEvent` is the window's MessageEvent.
   */
  private jqueryWindowMessage(call: SyntaxNode): boolean {
    if (!/^(on|bind|one)$/.test(this.method(call)) || this.stringValue(this.args(call)[0]) !== "message")
      return false;
    const f = field(call, "function");
    const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
    return (
      recv?.type === "call_expression" &&
      /^(\$|jQuery)$/.test(this.callee(recv)) &&
      /^(window|self)$/.test(this.text(this.args(recv)[0] ?? recv))
    );
  }

  /**
   * A message handler whose body turns away every sender but known origins before it does anything else (after
   * declarations and other early exits only): a top-level `if (e.origin !== ORIGIN) return;` (or `throw`;
   * `!ALLOWED.includes(e.origin)`, `!SET.has(...)`, an anchored regex's `!test`, `!e.origin.endsWith('.example.com')`,
   * any of them joined by `||`), or a body that is one `if (e.origin === ORIGIN) { ... }`. Substring and prefix
   * tests (`indexOf('example.com')`, `startsWith('https://example.com')`: `https://example.com.evil.net` passes
   * both) are no gate.
   */
  private originGated(fn: SyntaxNode, name: string, originName?: string): boolean {
    const params = field(fn, "parameters");
    const first = params ? namedChildren(params).find((c) => c.type !== "comment") : field(fn, "parameter");
    const id = first && (first.type === "identifier" ? first : field(first, "pattern"));
    const body = field(fn, "body");
    if (body?.type !== "statement_block") return false;
    // (`originName`: the event destructured, its origin bound to that name.)
    if (originName === undefined && (id?.type !== "identifier" || this.text(id) !== name)) return false;
    const origin = originName ?? `${name}.origin`;
    // (a jQuery event carries the MessageEvent as `originalEvent`)
    const isOrigin = (n: SyntaxNode | undefined | null) =>
      !!n &&
      (this.text(n).replace(/\s+/g, "") === origin ||
        (originName === undefined && this.text(n).replace(/\s+/g, "") === `${name}.originalEvent.origin`));
    const parts = (n: SyntaxNode | null | undefined, op: string): SyntaxNode[] => {
      n = unparen(n);
      if (!n) return [];
      const o = n.type === "binary_expression" ? n.children.find((c) => !c.named)?.type : undefined;
      return o === op ? [...parts(field(n, "left"), op), ...parts(field(n, "right"), op)] : [n];
    };
    const exact = (n: SyntaxNode): boolean => {
      if (n.type === "binary_expression") {
        const o = n.children.find((c) => !c.named)?.type;
        return (o === "===" || o === "==") && (isOrigin(field(n, "left")) || isOrigin(field(n, "right")));
      }
      if (n.type !== "call_expression") return false;
      const callee = field(n, "function");
      const args = this.args(n);
      if (callee?.type !== "member_expression" || args.length !== 1) return false;
      const m = this.text(field(callee, "property") ?? callee);
      const obj = field(callee, "object");
      // `ALLOWED.includes(e.origin)`, `TRUSTED.has(e.origin)`: membership in a list of whole origins.
      if ((m === "includes" || m === "has") && isOrigin(args[0]) && !isOrigin(obj)) return true;
      // `/^https:\/\/(app|admin)\.example\.com$/.test(e.origin)`: an anchored pattern.
      if (m === "test" && isOrigin(args[0]) && obj?.type === "regex")
        return /^\^.*\$$/.test(this.text(field(obj, "pattern") ?? obj));
      // `e.origin.endsWith('.example.com')`: a subdomain of one site (the dot stops `evilexample.com`).
      return m === "endsWith" && isOrigin(obj) && (this.stringValue(args[0]) ?? "").startsWith(".");
    };
    const mismatch = (n: SyntaxNode): boolean => {
      n = unparen(n) ?? n;
      if (n.type === "unary_expression" && this.text(n).startsWith("!")) {
        const arg = field(n, "argument");
        return !!arg && parts(arg, "&&").some(exact);
      }
      if (n.type !== "binary_expression") return false;
      const o = n.children.find((c) => !c.named)?.type;
      return (o === "!==" || o === "!=") && (isOrigin(field(n, "left")) || isOrigin(field(n, "right")));
    };
    const exits = (n: SyntaxNode | null | undefined): boolean => {
      if (n?.type === "return_statement" || n?.type === "throw_statement") return true;
      if (n?.type !== "statement_block") return false;
      const stmts = namedChildren(n).filter((c) => c.type !== "comment");
      return exits(stmts[stmts.length - 1]);
    };
    const stmts = namedChildren(body).filter((c) => c.type !== "comment");
    const only = stmts.length === 1 ? stmts[0] : undefined;
    if (
      only?.type === "if_statement" &&
      !field(only, "alternative") &&
      parts(field(only, "condition"), "&&").some(exact)
    )
      return true;
    // The gate must come before anything that could act on the data: only declarations and other early exits
    // (`if (!e.data) return;`) may precede it.
    for (const st of stmts) {
      const gateLike =
        st.type === "if_statement" && !field(st, "alternative") && exits(field(st, "consequence"));
      if (gateLike && parts(field(st, "condition"), "||").some(mismatch)) return true;
      if (!gateLike && st.type !== "lexical_declaration" && st.type !== "variable_declaration") return false;
    }
    return false;
  }

  /** A built-in's name bound to something else where `id` reads it: a parameter, or a non-require binding. */
  private rebinds(name: string, id: SyntaxNode): boolean {
    for (let f = enclosingFunction(id); f; f = enclosingFunction(f)) if (this.isParam(f, name)) return true;
    const bindings = [
      ...(this.decls.get(name) ?? []).map((d) => field(d, "value")),
      ...(this.assigns.get(name) ?? []).map((a) => field(a, "right")),
      // `const { path } = req.query`: a variable destructured under the module's name.
      ...(this.patternDecls.get(name) ?? []).map((p) => p.value),
    ];
    return bindings.some((v) => v !== undefined && !/^require\s*\(/.test(this.text(v)));
  }

  /**
   * The parameters of a function when each is a plain name (typed, optional or defaulted: `(a, b = 'x')`), with
   * their defaults; undefined when one is destructured or a rest parameter.
   */
  /**
   * The file's calls of a closure that a named factory returns: `fetchPage(x)` after `const fetchPage =
   * makeFetcher(axios)` for `const makeFetcher = (client) => (url) => ...` (or `return function (url) {...}`), and
   * `api.fetchJson(x)` after `const api = createApi(got)` for a factory returning `{ fetchJson: (u) => ... }`.
   * Empty when fn is no such closure or the factory's result is not bound to a name.
   */
  private closureCalls(fn: SyntaxNode): SyntaxNode[] {
    let key: string | undefined;
    let at: SyntaxNode = fn;
    if (fn.parent?.type === "pair" && field(fn.parent, "value") === fn) {
      key = this.text(field(fn.parent, "key") ?? fn.parent).replace(/^['"]|['"]$/g, "");
      at = fn.parent.parent?.type === "object" ? fn.parent.parent : fn;
      if (at === fn) return [];
    }
    while (at.parent?.type === "parenthesized_expression") at = at.parent;
    const outer = at.parent?.type === "return_statement" ? enclosingFunction(at.parent) : at.parent;
    if (!outer || !FN_TYPES.has(outer.type)) return [];
    if (at.parent?.type !== "return_statement" && field(outer, "body") !== at) return [];
    let fname: SyntaxNode | undefined;
    if (isFnDecl(outer)) fname = field(outer, "name");
    else if (outer.parent?.type === "variable_declarator") fname = field(outer.parent, "name");
    if (fname?.type !== "identifier") return [];
    const out: SyntaxNode[] = [];
    const makes = this.callsByName.get(this.text(fname)) ?? [];
    if (makes.length > 12) return [];
    for (const make of makes) {
      if (field(make, "function")?.type !== "identifier") continue;
      let b: SyntaxNode = make;
      while (b.parent?.type === "await_expression" || b.parent?.type === "parenthesized_expression")
        b = b.parent;
      const decl = b.parent?.type === "variable_declarator" ? field(b.parent, "name") : undefined;
      if (decl?.type !== "identifier") continue;
      const bound = this.text(decl);
      for (const call of this.callsByName.get(key ?? bound) ?? []) {
        const f = field(call, "function");
        if (
          key === undefined
            ? f?.type === "identifier"
            : this.text(field(f ?? call, "object") ?? call) === bound
        )
          out.push(call);
      }
    }
    return out.slice(0, 24);
  }

  private plainParams(
    fn: SyntaxNode,
  ): { name: string; dflt: SyntaxNode | undefined; rest?: boolean }[] | undefined {
    const params = field(fn, "parameters") ?? field(fn, "parameter");
    if (!params) return undefined;
    if (params.type === "identifier") return [{ name: this.text(params), dflt: undefined }];
    const out: { name: string; dflt: SyntaxNode | undefined; rest?: boolean }[] = [];
    const list = namedChildren(params).filter((p) => p.type !== "comment");
    for (const [i, p] of list.entries()) {
      let id: SyntaxNode | undefined = p;
      let dflt: SyntaxNode | undefined;
      if (p.type === "required_parameter" || p.type === "optional_parameter") {
        id = field(p, "pattern");
        dflt = field(p, "value");
      }
      if (id?.type === "assignment_pattern") {
        dflt = field(id, "right");
        id = field(id, "left");
      }
      // `(strings, ...values)`: a trailing rest parameter holds every argument from its place on.
      if (id?.type === "rest_pattern" && i === list.length - 1) {
        const r = namedChildren(id).find((c) => c.type === "identifier");
        if (!r) return undefined;
        out.push({ name: this.text(r), dflt: undefined, rest: true });
        continue;
      }
      if (id?.type !== "identifier") return undefined;
      out.push({ name: this.text(id), dflt });
    }
    return out;
  }

  /** The parameter of `fn` that binds `name`: the name itself, or a destructured part (`{ query }: Request`). */
  private declaringParam(fn: SyntaxNode, name: string): SyntaxNode | undefined {
    const params = field(fn, "parameters");
    return (params ? namedChildren(params) : []).find(
      (p) =>
        p.type !== "comment" &&
        descendantsOf(p)
          .concat(p)
          .some(
            (d) =>
              // `a`, `{ a }`, `{ q: a }`, `{ q: a = 'x' }`, `{ a = 'x' }`, `[, a]`: a name the parameter binds.
              ((d.type === "identifier" &&
                (d.field === "pattern" ||
                  d.parent?.type === "array_pattern" ||
                  (d.field === "value" && d.parent?.type === "pair_pattern") ||
                  (d.field === "left" && /^(object_)?assignment_pattern$/.test(d.parent?.type ?? "")))) ||
                d.type === "shorthand_property_identifier_pattern") &&
              this.text(d) === name,
          ),
    );
  }

  private isParam(fn: SyntaxNode, name: string): boolean {
    const params = field(fn, "parameters") ?? field(fn, "parameter");
    if (!params) return false;
    if (params.type === "identifier") return this.text(params) === name;
    return descendantsOf(params).some(
      (d) =>
        (d.type === "identifier" || d.type === "shorthand_property_identifier_pattern") &&
        this.text(d) === name,
    );
  }
}

/**
 * `xs.map(fn)`, `xs.forEach(fn)`, `xs.reduce(fn, init)`: fn is a function literal passed first to an array
 * iteration method; the array it walks and the method's name.
 */
function arrayCallback(fn: SyntaxNode, source: string): { receiver: SyntaxNode; method: string } | undefined {
  if (fn.type !== "arrow_function" && fn.type !== "function_expression") return undefined;
  if (fn.parent?.type !== "arguments") return undefined;
  const at = namedChildren(fn.parent).indexOf(fn);
  const call = fn.parent.parent;
  const callee = call && field(call, "function");
  if (call?.type !== "call_expression" || callee?.type !== "member_expression") return undefined;
  const method = field(callee, "property");
  const receiver = field(callee, "object");
  if (!method || !receiver) return undefined;
  const m = source.slice(method.start, method.end);
  // A replacer (`s.replace(/x/g, (match, ...groups) => ...)`) is handed the match, its groups, the offset and the
  // whole string: pieces of the receiver (and a number).
  if (at === 1 && /^(replace|replaceAll)$/.test(m)) return { receiver, method: m };
  return at === 0 &&
    /^(map|flatMap|forEach|filter|find|findLast|findIndex|findLastIndex|some|every|reduce|reduceRight)$/.test(
      m,
    )
    ? { receiver, method: m }
    : undefined;
}

/** The values a function literal returns: an arrow's expression body, or its own `return` statements' values. */
/** The prefix of a map key that is a private object's binding (see mapKey), never a constant's text. */
const OBJECT_KEY = "\0object:";

/** A function declaration, a generator's included (`function* rows() {}`). */
function isFnDecl(n: SyntaxNode): boolean {
  return n.type === "function_declaration" || n.type === "generator_function_declaration";
}

/** `function* g() {}`, `const g = function* () {}`, `*rows() {}` in a class or object. */
function isGenerator(fn: SyntaxNode): boolean {
  return (
    fn.type === "generator_function_declaration" ||
    fn.type === "generator_function" ||
    (fn.type === "method_definition" && fn.children.some((c) => !c.named && c.type === "*"))
  );
}

/**
 * What a call of `fn` hands its caller: the returned values, or for a generator what it yields (all that spreading
 * it, `for..of` over it or `Array.from` of it sees; `yield* inner()` hands on the inner iterable's items).
 */
export function returnedValues(fn: SyntaxNode): SyntaxNode[] {
  const body = field(fn, "body");
  if (!body) return [];
  if (body.type !== "statement_block") return [body];
  const gen = isGenerator(fn);
  const out: SyntaxNode[] = [];
  const stack = [...body.children];
  while (stack.length) {
    const c = stack.pop()!;
    if (FN_TYPES.has(c.type) || c.type === "class_declaration") continue;
    if (!gen && c.type === "return_statement") out.push(...namedChildren(c));
    else if (gen && c.type === "yield_expression") {
      out.push(...namedChildren(c).filter((v) => v.type !== "comment"));
      stack.push(...c.children);
    } else stack.push(...c.children);
  }
  return out;
}

function descendantsOf(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const stack = [...n.children];
  while (stack.length) {
    const c = stack.pop()!;
    out.push(c);
    stack.push(...c.children);
  }
  return out;
}

/** Parents between a call and its statement that run it unconditionally, exactly once. */
const STRAIGHT = new Set([
  "expression_statement",
  "variable_declarator",
  "lexical_declaration",
  "variable_declaration",
  "assignment_expression",
  "await_expression",
  "parenthesized_expression",
  "arguments",
  "call_expression",
  // TypeScript's type-only wrappers (`q.shift()!`, `x as string`) run what they wrap, nothing else.
  "non_null_expression",
  "as_expression",
  "satisfies_expression",
  "type_assertion",
]);

/** A Map entry: its key as text (undefined: any key), its value, and the `set` call that stored it. */
/** An entry a container member holds: its key where constant, the stored value, the method call it is bound to. */
interface HeldEntry {
  key: string | undefined;
  value: SyntaxNode;
  bind?: { fn: SyntaxNode; call: SyntaxNode };
  open?: boolean;
}

/**
 * A call whose callee's returned values are being evaluated with its parameters bound to its arguments. A chained
 * frame (a method run on a known receiver, a constructor run by `new` or `super(...)`) reads its arguments in the
 * caller's frame (`outer`) and carries the receiver its `this` is.
 */
interface Frame {
  fn: SyntaxNode;
  call: SyntaxNode;
  inner?: { fns: SyntaxNode[]; call: SyntaxNode };
  outer?: Frame;
  chained?: boolean;
  recv?: Recv;
  /** The memo key of the frame (with the receiver and the outer frames); the call's position when absent. */
  key?: string;
  /** How many chained frames this one sits in (a bound on the cost). */
  n?: number;
  /** An array callback handed over by reference (`files.map(this.quote)`): the array its first parameter reads. */
  elems?: SyntaxNode;
}

/**
 * A receiver whose class is known: the class chain (most-derived first, mixins applied), the `new` expression that
 * made the instance and the frame that expression sits in (none for a static receiver: the class itself).
 * `open`: the chain ends in a base class not declared in this file.
 */
interface Recv {
  chain: SyntaxNode[];
  open: boolean;
  made?: SyntaxNode;
  frame?: Frame;
  key: string;
  /** Own members a condition vetted on the way here (`LIST.has(this.p) ? ... : ...`). */
  vetted?: Set<string>;
}

interface ProtoIdx {
  methods: Map<SyntaxNode, Map<string, SyntaxNode>>;
  open: Set<string>;
  names: Map<SyntaxNode, string>;
}

interface MapEntry {
  key: string | undefined;
  value: SyntaxNode | undefined;
  at?: SyntaxNode;
}

/** What a loop's variable takes (see JsContext.loopValues). */
interface LoopValues {
  name: string;
  pre: (string | number | boolean | null)[];
  post: (string | number | boolean | null)[];
  /** A do/while counter's step statement: reads after it see `post`. */
  step?: SyntaxNode;
}

const FN_TYPES = new Set([
  "function_declaration",
  "function_expression",
  "generator_function_declaration",
  "generator_function",
  "arrow_function",
  "method_definition",
  "function",
]);
/** Each node's enclosing function, remembered: the data flow asks it for the same nodes many times over. */
const enclosing = new WeakMap<SyntaxNode, SyntaxNode | null>();
/** A statement (or block) whose last statement returns or throws: control never falls out of it. */
function blockExits(n: SyntaxNode | null | undefined): boolean {
  if (n?.type === "return_statement" || n?.type === "throw_statement") return true;
  if (n?.type !== "statement_block") return false;
  const stmts = namedChildren(n).filter((c) => c.type !== "comment");
  return blockExits(stmts[stmts.length - 1]);
}

function enclosingFunction(n: SyntaxNode): SyntaxNode | undefined {
  const known = enclosing.get(n);
  if (known !== undefined) return known ?? undefined;
  let found: SyntaxNode | null = null;
  for (let p = n.parent; p; p = p.parent)
    if (FN_TYPES.has(p.type)) {
      found = p;
      break;
    }
  enclosing.set(n, found);
  return found ?? undefined;
}

/** The text of capturing group `k` (1-based) of a pattern's source, or undefined. */
function captureGroup(body: string, k: number): string | undefined {
  let inClass = false;
  let seen = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(" && (body[i + 1] !== "?" || (body[i + 2] === "<" && !/[=!]/.test(body[i + 3] ?? "")))) {
      if (++seen !== k) continue;
      let start = i + 1;
      if (body[i + 1] === "?") start = body.indexOf(">", i) + 1; // a named group `(?<name>...)`
      const end = body.indexOf(")", start);
      return end > 0 ? body.slice(start, end) : undefined;
    }
  }
  return undefined;
}

/**
 * A pattern body whose every match is made of letters, digits, '_', '-' and '.': escapes `\w`, `\d`, `\.`, `\-`,
 * `\_`, classes of those (not negated), literal word characters, quantifiers, alternation and groups (`(?:` only
 * among the `(?` forms). No `.`/`\s`/`\W` wildcard can match a quote, space, slash or metacharacter.
 */
function narrowGroup(body: string): boolean {
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === "\\") {
      if (!/[wd._-]/.test(body[i + 1] ?? "")) return false;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      else if (c === "^" && body[i - 1] === "[") return false;
      else if (!/[\w.-]/.test(c)) return false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(" && body[i + 1] === "?") {
      if (body[i + 2] !== ":") return false;
      i += 2;
    } else if (!/[\w()|+*?{},-]/.test(c)) return false;
  }
  return !inClass;
}

/**
 * A sanitiser callback that returns its `index`-th parameter whatever it is given (`(tag, html) => html`, or a
 * body that is that one return): the value it was asked to judge, passed through.
 */
function returnsParameter(
  fn: SyntaxNode | undefined,
  index: number,
  text: (n: SyntaxNode) => string,
): boolean {
  if (fn?.type !== "arrow_function" && fn?.type !== "function_expression" && fn?.type !== "function")
    return false;
  const params = field(fn, "parameters");
  const p = params ? namedChildren(params)[index] : index === 0 ? field(fn, "parameter") : undefined;
  const id = p && (p.type === "identifier" ? p : field(p, "pattern"));
  if (id?.type !== "identifier") return false;
  const body = field(fn, "body");
  const only =
    body?.type === "statement_block"
      ? namedChildren(body).filter((c) => c.type !== "comment")
      : body
        ? [body]
        : [];
  if (only.length !== 1) return false;
  const v = only[0]!.type === "return_statement" ? namedChildren(only[0]!)[0] : only[0];
  const u = v && unparen(v);
  return u?.type === "identifier" && text(u) === text(id);
}

/** A URI allow-pattern (DOMPurify's ALLOWED_URI_REGEXP) given as a literal that admits a javascript: URL. */
function admitsScriptUrl(re: SyntaxNode | undefined, text: (n: SyntaxNode) => string): boolean {
  const pat = re?.type === "regex" ? field(re, "pattern") : undefined;
  if (!re || !pat) return false;
  const pattern = text(pat);
  const f = field(re, "flags");
  const flags = f ? text(f) : "";
  try {
    return new RegExp(pattern, flags.replace(/[^gimsuy]/g, "")).test("javascript:alert(1)");
  } catch {
    return false;
  }
}
