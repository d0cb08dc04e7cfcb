import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { inTestScript } from "./JS-CRED-001.js";

const SECRET =
  /pass(word|wd)?|secret|token|key|salt|nonce|otp|session|csrf|auth|pin\b|iv\b|cookie|cred|reset|code\b|uuid|guid/i;
/** A session id by its short names (`sid`, `getSid`, `SID`), case-sensitive so that words ending in -sid do not count. */
const SESSION_ID = /(?<![A-Za-z])\$?sid\b|[a-z]Sid\b|\bSID\b/;

/** The name an anonymous function is bound to: `my.generateUUID = function () {}`, `{ uuid: () => ... }`. */
function boundName(fn: SyntaxNode, ctx: JsContext): string {
  const name = field(fn, "name");
  if (name) return ctx.text(name);
  const p = fn.parent;
  if (p?.type === "variable_declarator") return ctx.text(field(p, "name") ?? p);
  if (p?.type === "assignment_expression") return ctx.text(field(p, "left") ?? p);
  if (p?.type === "pair") return ctx.text(field(p, "key") ?? p);
  return "";
}

/**
 * Purposes that need no secrecy, by the name the value is built in or under: shuffles, retry jitter and backoff,
 * sampling, colours, positions and motion, picks and rolls, element ids of the page. Checked only when no secret
 * name (SECRET, SESSION_ID, INVITE) is in the same context.
 */
const BENIGN_NAME =
  /shuffle|jitter|backoff|delay|retry|sleep|timeout|interval|sampl|colou?r|palette|position|offset|anim|particle|confetti|angle|rotat|opacity|speed|veloc|dice\b|roll\b|flip|noise|spawn|tooltip|popover|modal|dialog|toast|widget|element|field|input|label|chart|canvas|svg|placeholder|avatar|(^|\s)(x|y|z|vx|vy|dx|dy|ms|hue|left|top|width|height|wait)(\s|$)|duration|probab|chance|weight/i;
/** The same by case: a page's DOM or ARIA ids, and millisecond counts (`delayMs`), not `random`'s letters. */
const BENIGN_CASED = /\bdom|Dom(Id|El|Node)\b|(^|\s)aria|Ms(\s|$)/;
/** Secrets by name that SECRET misses: invite and verification links, API keys spelt as one word. */
const INVITE = /invite|verif|activation|magic_?link|apikey/i;
/** A string's characters to draw from: `chars[i]`, `ALPHABET.charAt(i)`. */
const CHARSET = /char|alpha|letter|digit|hex|symbol|alnum|base\d+|dict/i;

/**
 * Whether what Math.random() computes here is consumed as a number for a purpose without secrecy: compared with a
 * rate (`Math.random() < 0.05`, sampling), returned from a `sort` comparator (a shuffle), passed as a timer's delay
 * (`setTimeout(f, base + Math.random() * 100)`), assigned to a style, or used to pick an element of an array that
 * is not a character set. The walk follows arithmetic (`Math.floor(Math.random() * n) + 1`) only.
 */
function benignUse(node: SyntaxNode, ctx: JsContext): boolean {
  let child: SyntaxNode = node;
  // `'id-' + Math.random()`: a string being built, not a number (only a style's `10 + 'px'` stays harmless).
  let text = false;
  for (let p = node.parent; p; child = p, p = p.parent) {
    switch (p.type) {
      case "parenthesized_expression":
      case "unary_expression":
        continue;
      case "binary_expression": {
        const op = field(p, "operator")?.type ?? p.children.find((c) => !c.named)?.type ?? "";
        if (/^[<>]=?$/.test(op)) return !text;
        if (/^(\+|-|\*|\/|%|\*\*)$/.test(op)) {
          // `'id-' + Math.random()`: a string being built, not a number.
          const other = field(p, "left") === child ? field(p, "right") : field(p, "left");
          if (other && /^(string|template_string)$/.test(other.type)) text = true;
          continue;
        }
        return false;
      }
      case "call_expression":
        if (/^Math\.(floor|round|ceil|trunc|min|max|abs)$/.test(ctx.callee(p))) continue;
        return false;
      case "arguments": {
        const call = p.parent;
        if (!call) return false;
        if (/^Math\.(floor|round|ceil|trunc|min|max|abs)$/.test(ctx.callee(call))) continue;
        return (
          !text && /(^|\.)(setTimeout|setInterval)$/.test(ctx.callee(call)) && ctx.args(call)[1] === child
        );
      }
      case "arrow_function": {
        // `arr.sort(() => Math.random() - 0.5)`
        const call = p.parent?.type === "arguments" ? p.parent.parent : undefined;
        return !text && !!call && ctx.method(call) === "sort";
      }
      case "return_statement": {
        const fn = ctx.enclosingFunction(p);
        const call = fn?.parent?.type === "arguments" ? fn.parent.parent : undefined;
        return !text && !!call && ctx.method(call) === "sort";
      }
      case "subscript_expression": {
        if (text || field(p, "index") !== child) return false;
        const arr = field(p, "object");
        if (!arr) return false;
        const made = arr.type === "identifier" ? (ctx.resolve(arr) ?? arr) : arr;
        return (
          !CHARSET.test(ctx.text(arr)) &&
          !/^(string|template_string)$/.test(made.type) &&
          made.type !== "binary_expression"
        );
      }
      case "assignment_expression":
        return /\.style\./.test(ctx.text(field(p, "left") ?? p));
      default:
        return false;
    }
  }
  return false;
}

/** Names of times, not secrets: `sessionExpiry = Date.now() + ttl`. */
// (`lastSessionCheck`, `session_checked`: when something last happened, a moment kept to compare against.)
const TIME_NAME =
  /expir|ttl|time|date|until|deadline|age\b|[a-z]At\b|_at\b|created|updated|started|elapsed|(^|\.|_)last(?=[A-Z_])|check(ed)?$/i;

/** The kind of node `carriedName` takes the name from: the nearest pair, declarator, assignment or return. */
function carrierType(node: SyntaxNode): string | undefined {
  for (let p = node.parent; p; p = p.parent)
    if (/^(pair|variable_declarator|assignment_expression|return_statement|arrow_function)$/.test(p.type))
      return p.type;
  return undefined;
}

/**
 * The name a clock reading or a time-based UUID ends up under, when the value is built into it (concatenated,
 * formatted, hashed, returned) and not merely compared: the nearest pair key, variable, assignment target or
 * (for a returned value) the enclosing function's name. Empty when the value is not carried into a name.
 */
function carriedName(node: SyntaxNode, ctx: JsContext): string {
  let child: SyntaxNode = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    switch (p.type) {
      case "pair":
        return ctx.text(field(p, "key") ?? p);
      case "variable_declarator":
        return ctx.text(field(p, "name") ?? p);
      case "assignment_expression":
        return ctx.text(field(p, "left") ?? p);
      case "return_statement":
      case "arrow_function": {
        for (let f: SyntaxNode | null = p; f; f = f.parent)
          if (/function|method_definition/.test(f.type)) return boundName(f, ctx);
        return "";
      }
      // (`Date.now() % 1000000`: the clock's low digits are as guessable as the clock.)
      case "binary_expression":
        if (!/^[+%]$/.test(field(p, "operator")?.type ?? p.children.find((c) => !c.named)?.type ?? ""))
          return "";
        break;
      case "member_expression":
        if (field(p, "object")?.start !== child.start) return "";
        break;
      case "arguments":
      case "call_expression":
      case "template_substitution":
      case "template_string":
      case "parenthesized_expression":
      case "await_expression":
        break;
      default:
        return "";
    }
  }
  return "";
}

/** Values that must be unguessable to whoever knows the user: reset, invite, verification tokens, nonces. */
const TOKEN_NAME = /token|nonce|otp|reset|csrf|session|\bsid\b|verif|invite|activation|magic_?link/i;
/** Anything in a hash's input that an attacker cannot know. */
const UNKNOWN_INPUT = /random|uuid|secret|key|salt|pepper|process\.env|crypto\.|nonce/i;

/**
 * `md5(login)`, `crypto.createHash('sha1').update(email).digest('hex')`: the hash's input text, when the call is a
 * bare hash function or the digest of a createHash chain; undefined otherwise.
 */
function hashInput(node: SyntaxNode, ctx: JsContext): SyntaxNode[] | undefined {
  const q = ctx.callee(node);
  if (
    /^(md5|sha1|sha256|sha512|md5Hex|hash\.js\.sha\d+)$|^(md5|sha1|js-sha\d+|crypto-js\.(MD5|SHA1|SHA256))$/.test(
      q,
    )
  )
    return ctx.args(node);
  if (ctx.method(node) !== "digest") return undefined;
  const inputs: SyntaxNode[] = [];
  let n: SyntaxNode | undefined = field(field(node, "function") ?? node, "object") ?? undefined;
  while (n?.type === "call_expression") {
    const m = ctx.method(n);
    if (m === "update") inputs.push(...ctx.args(n));
    else if (m === "createHash") return inputs;
    else return undefined;
    n = field(field(n, "function") ?? n, "object") ?? undefined;
  }
  return undefined;
}

/** Names of values that must not be guessed online: tokens, session ids, invites, secrets, passwords, OTPs. */
const SHORT_SECRET =
  /token|nonce|otp|reset|csrf|session|\bsid\b|verif|invite|activation|magic_?link|secret|passw|api_?key/i;

/**
 * A draw from a strong generator with a constant size under 64 bits: `crypto.randomBytes(n)` with n < 8, nanoid's
 * `nanoid(n)` with n < 11 (six bits a character). Undefined otherwise.
 */
function shortDraw(node: SyntaxNode, ctx: JsContext): string | undefined {
  const q = ctx.callee(node);
  // `const pin = customAlphabet('0123456789', 4); pin()`: size times the bits of one character of the alphabet.
  const f = field(node, "function");
  const made = f?.type === "identifier" ? ctx.resolve(f) : undefined;
  if (made?.type === "call_expression" && /^nanoid\.customAlphabet$/.test(ctx.callee(made))) {
    const [alphabet, size] = ctx.args(made).map((a) => ctx.constValue(a));
    if (typeof alphabet !== "string" || typeof size !== "number") return undefined;
    const bits = size * Math.log2(new Set(alphabet).size || 1);
    return bits < 64 ? `a ${size}-character code over ${new Set(alphabet).size} symbols` : undefined;
  }
  const n = ctx.constValue(ctx.args(node)[0]);
  if (typeof n !== "number") return undefined;
  if (/(^|\.)randomBytes$/.test(q) && n < 8) return `randomBytes(${n})`;
  if (/^nanoid(\.nanoid)?$/.test(q) && n < 11) return `nanoid(${n})`;
  return undefined;
}

/** A test of whether a secure generator exists, and a call to one. */
const CRYPTO_TEST = /\bcrypto\b|getRandomValues|randomUUID|randomBytes/;
const CRYPTO_CALL = /getRandomValues|randomUUID|randomBytes|randomFillSync/;

/**
 * The call sits in the else branch of a test for Web Crypto (or node:crypto) whose then branch uses it: a fallback
 * for runtimes without a secure generator.
 */
function cryptoFallback(node: SyntaxNode, ctx: JsContext): boolean {
  let child: SyntaxNode = node;
  for (let p = node.parent, i = 0; p && i < 8; child = p, p = p.parent, i++) {
    if (p.type === "ternary_expression" && field(p, "alternative") === child)
      return (
        CRYPTO_TEST.test(ctx.text(field(p, "condition") ?? p)) &&
        CRYPTO_CALL.test(ctx.text(field(p, "consequence") ?? p))
      );
    if (p.type === "else_clause" && p.parent?.type === "if_statement")
      return (
        CRYPTO_TEST.test(ctx.text(field(p.parent, "condition") ?? p.parent)) &&
        CRYPTO_CALL.test(ctx.text(field(p.parent, "consequence") ?? p.parent))
      );
  }
  return false;
}

/**
 * `generateGuid() { return 'xxxxxxxx-...'.replace(/[xy]/g, () => Math.random() ...) }` where every call of the
 * generator in the file builds a page element's id (`containerId = \`pay-button-${this.generateGuid()}\``,
 * `generateElementId() { return 'x-' + this.generateGuid(); }`): a GUID named only for its format that tells
 * elements apart, no secret. Only when the GUID's name is the one secret word around the call.
 */
function guidForElements(node: SyntaxNode, ctx: JsContext, context: string): boolean {
  if (SECRET.test(context.replace(/uuid|guid/gi, " "))) return false;
  // (the generator itself, or the function around the replace callback it hands Math.random to)
  let name = "";
  let seen = 0;
  for (let fn: SyntaxNode | null = node.parent; fn && seen < 2 && !name; fn = fn.parent) {
    if (!/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(fn.type))
      continue;
    seen++;
    const bound = boundName(fn, ctx).split(".").pop() ?? "";
    if (/^[\w$]*(uuid|guid)[\w$]*$/i.test(bound)) name = bound;
  }
  if (!name) return false;
  const calls = ctx.tree.nodes.filter(
    (n) =>
      n.type === "call_expression" &&
      new RegExp(`(^|\\.)${name.replace(/\$/g, "\\$")}$`).test(ctx.text(field(n, "function") ?? n)),
  );
  const ELEMENT = /element|container|dom|node|anchor|(^|[^a-z])el([^a-z]|$)|html/i;
  return (
    calls.length > 0 &&
    calls.every((c) => {
      const under = carriedName(c, ctx);
      let outer: SyntaxNode | null = c.parent;
      while (outer && !/function|method_definition/.test(outer.type)) outer = outer.parent;
      return ELEMENT.test(under) || (!!outer && ELEMENT.test(boundName(outer, ctx)));
    })
  );
}

export default jsRule({
  meta: {
    id: "JS-RAND-001",
    title: "Math.random for security-sensitive values",
    cwe: ["CWE-338", "CWE-330"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the value is not used as a secret (no token, password, key, invite or nonce name nearby) nor for a purpose that needs no secrecy",
      },
    ],
    docs: {
      what_it_does:
        "Flags Math.random(), uuid v1 or Date.now() built into a secret-named value, and a reset/verification token that is a hash of request or caller values with nothing secret or random in it; MEDIUM where the value becomes a token, password, key, salt, UUID/GUID, invite or session id (by the variable, the property or the function it is built in), LOW elsewhere. Math.random() with no secret name around it is not reported where its use needs no secrecy: compared with a rate (sampling), returned from a sort comparator, a timer's delay, a style, an element picked from a non-character array, or built under a name of such a purpose (shuffle, jitter, backoff, colour, position, a page element's id).",
      why_bad: "Math.random is a predictable PRNG; values derived from it can be guessed from a few outputs.",
      example_bad: "function resetToken() {\n  return Math.random().toString(36).slice(2);\n}",
      example_good:
        "const crypto = require('crypto');\nfunction resetToken() {\n  return crypto.randomBytes(32).toString('hex');\n}",
    },
    fix_hint:
      "Use crypto.randomBytes / crypto.randomUUID / crypto.getRandomValues for anything an attacker must not guess.",
  },
  trigger:
    /Math\.random|pseudoRandomBytes|Date\.now|v1|md5|sha1|sha256|sha512|digest\(|non-secure|seedrandom|randomBytes|nanoid|\.random\(/i,
  nodeTypes: ["call_expression"],
  detect(node, ctx, reportAny) {
    // A call in a branch that never runs (`if (LEGACY) { ... }` with `const LEGACY = false`) makes nothing.
    // A test's filler data or fixture ids (`crypto.pseudoRandomBytes(10240)` in a test module): LOW.
    // Math.random as the fallback where Web Crypto is missing (`crypto ? () => crypto.getRandomValues(b)[0] :
    // () => Math.random() * 0xff`): the secure generator runs wherever one exists; LOW.
    const report: typeof reportAny = (f) => {
      if (ctx.deadCode(node)) return;
      reportAny(inTestScript(ctx, node) || cryptoFallback(node, ctx) ? { ...f, severity: "LOW" } : f);
    };
    if (/(^|\.)pseudoRandomBytes$/.test(ctx.callee(node))) {
      report({ node, message: "crypto.pseudoRandomBytes is not cryptographically strong: use randomBytes" });
      return;
    }
    // A time-based UUID (uuid v1) or the clock as the only unpredictable part of a token, key or session id.
    if (/^(uuid\.v1|uuidv1|uuidV1|v1)$|^Date\.now$/.test(ctx.callee(node))) {
      if (ctx.callee(node) !== "Date.now" && !sourceHas(ctx.tree, /uuid/i)) return;
      const name = carriedName(node, ctx);
      // An object entry named a bare `key` (`{ ...state, key: Date.now() + '' }`) names the entry's identity (a
      // history entry, a list item): a clock value there tells entries apart, it guards nothing. (A variable `key`
      // hashed from the clock is a key made, and stays.)
      const bareKey = /^['"]?key['"]?$/i.test(name) && carrierType(node) === "pair";
      if (
        (SECRET.test(name) || SESSION_ID.test(name) || INVITE.test(name)) &&
        !TIME_NAME.test(name) &&
        !bareKey
      )
        report({
          node,
          severity: "MEDIUM",
          message:
            ctx.callee(node) === "Date.now"
              ? "a timestamp is guessable: do not build tokens, keys or session ids from it"
              : "uuid v1 is a timestamp and MAC address, not random: use crypto.randomUUID / uuid v4 for secrets",
        });
      return;
    }
    // A token drawn from a strong generator but too short to resist guessing: `randomBytes(4)` (32 bits),
    // `nanoid(6)` (36 bits), carried into a token, session id or secret's name.
    const short = shortDraw(node, ctx);
    if (short) {
      const name = carriedName(node, ctx);
      if (SHORT_SECRET.test(name) && !TIME_NAME.test(name) && !/(hash|digest|id)$/i.test(name))
        report({ node, severity: "MEDIUM", message: `${short} is too few random bits for a secret` });
      return;
    }
    // A reset or verification token that is the hash of what the user is known by (`md5(req.body.login)`): anyone
    // who knows the login computes it.
    const inputs = hashInput(node, ctx);
    if (inputs?.length) {
      const name = carriedName(node, ctx);
      if (
        TOKEN_NAME.test(name) &&
        !/(hash|digest|hashed)$/i.test(name) &&
        inputs.every((a) => !UNKNOWN_INPUT.test(ctx.text(a)) && !/Date\.now/.test(ctx.text(a))) &&
        inputs.some((a) => ctx.level(a, "code") >= Level.PARAM)
      )
        report({
          node,
          severity: "MEDIUM",
          message: "token is a hash of known values, not random: anyone who knows the input computes it",
        });
      return;
    }
    // Also through a name bound to it: `const rand = Math.random; rand()`.
    const fnNode = field(node, "function");
    const alias = fnNode?.type === "identifier" ? ctx.resolve(fnNode) : undefined;
    // Other predictable generators: nanoid's non-secure build (Math.random inside) and a seeded PRNG
    // (`const rng = seedrandom(seed); rng()`), whose every output follows from the seed.
    const weak = /^nanoid\/non-secure\.(nanoid|customAlphabet)$/.test(ctx.callee(node))
      ? "nanoid/non-secure"
      : // lodash / underscore `_.random(lo, hi)`: Math.random underneath.
        /^(lodash|underscore)\.random$|^lodash\.random$/.test(ctx.callee(node))
        ? "_.random"
        : alias &&
            alias !== fnNode &&
            /^(new\s+)?seedrandom\s*\(/.test(ctx.text(alias)) &&
            sourceHas(ctx.tree, /['"]seedrandom['"]/)
          ? "a seeded PRNG"
          : undefined;
    if (
      ctx.callee(node) !== "Math.random" &&
      !(alias && alias !== fnNode && ctx.text(alias) === "Math.random") &&
      !weak
    )
      return;
    let context = "";
    let functions = 0;
    for (let p = node.parent; p; p = p.parent) {
      if (p.type === "variable_declarator") context += " " + ctx.text(field(p, "name") ?? p);
      if (p.type === "assignment_expression") context += " " + ctx.text(field(p, "left") ?? p);
      if (/function|method_definition/.test(p.type)) {
        context += " " + boundName(p, ctx);
        // A one-letter helper nested in a generator (`generateUUID = function () { function b(a) {...} }`) takes
        // its purpose from the function around it.
        if (++functions === 2 || !/^\s*\w?$/.test(boundName(p, ctx))) break;
      }
    }
    const carried = carriedName(node, ctx);
    // `keyExtractor: () => String(Math.random())`, `rowKey`, `getItemKey`: a list item's key (React Native's
    // FlatList, table rows) tells rows apart, it guards nothing.
    const listKey = (t: string) =>
      t.replace(/\b(keyExtractor|(get)?(row|item|list|node|react)Key|get(Row|Item)Key)\b/gi, " ");
    const secret =
      (SECRET.test(listKey(context)) ||
        SESSION_ID.test(context) ||
        INVITE.test(context) ||
        SECRET.test(listKey(carried))) &&
      !guidForElements(node, ctx, `${context} ${carried}`);
    // Shuffles, jitter, sampling, positions and page element ids: nothing to guess.
    if (
      !secret &&
      (benignUse(node, ctx) ||
        listKey(`${context} ${carried}`) !== `${context} ${carried}` ||
        BENIGN_NAME.test(`${context} ${carried}`) ||
        BENIGN_CASED.test(`${context} ${carried}`))
    )
      return;
    report({
      node,
      severity: secret ? "MEDIUM" : "LOW",
      message: secret
        ? `${weak ?? "Math.random"} is predictable; do not use it for secrets`
        : `${weak ?? "Math.random"} is not cryptographically secure`,
    });
  },
  cases: {
    valid: [
      "const crypto = require('crypto');\nconst token = crypto.randomBytes(32).toString('hex');\nconst iv = crypto.randomBytes(8);\nconst requestId = crypto.randomBytes(4).toString('hex');",
      "const { nanoid } = require('nanoid');\nconst slug = nanoid(6);\nconst sessionToken = nanoid();",
      "const _ = require('lodash');\nconst delay = _.random(100, 500);",
      "const { customAlphabet } = require('nanoid');\nconst gen = customAlphabet('0123456789abcdefghijklmnopqrstuvwxyz', 24);\nconst inviteToken = gen();\nconst short = customAlphabet('0123456789', 6);\nconst orderNo = short();",
      "function bucket() {\n  const slot = Date.now() % 60000;\n  return slot;\n}",
      "const { nanoid } = require('nanoid/non-secure');\nconst elementId = () => 'el-' + nanoid(8);",
      "const seedrandom = require('seedrandom');\nconst rng = seedrandom('level-1');\nfunction shuffleTiles(t) { return t.sort(() => rng() - 0.5); }",
      "const { nanoid } = require('nanoid');\nfunction inviteCode() { return nanoid(21); }",
      "function resetToken(email) {\n  return crypto.createHash('sha256').update(email + crypto.randomBytes(16).toString('hex')).digest('hex');\n}",
      "app.post('/f', (req, res) => { const etag = md5(req.body.text); res.set('ETag', etag).end(); });",
      "const tokenHash = crypto.createHash('sha256').update(token).digest('hex');",
      "const id = crypto.randomUUID();",
      "function createResetToken(db, id) {\n  const token = crypto.randomBytes(32).toString('hex');\n  return db.insert({ id, token, expires: Date.now() + 3600e3 });\n}",
      "function verifyToken(t) {\n  return Date.now() < t.expires;\n}",
      // a history entry's key: an identity, no secret
      "function push(history, to, state) {\n  state = Object.assign({}, state, { key: Date.now() + '' });\n  history.pushState(state, null, to);\n}",
      "const { v1: uuidv1 } = require('uuid');\nconst requestId = uuidv1();",
      "function jitter() { return Math.random() * 100; }",
      "const deck = cards.slice().sort(() => Math.random() - 0.5);",
      "if (Math.random() < 0.05) span.setAttribute('sampled', true);",
      "setTimeout(retry, 200 * 2 ** n + Math.random() * 100);",
      "const tip = COLOURS[Math.floor(Math.random() * COLOURS.length)];",
      "const inputId = 'f-' + Math.random().toString(36).slice(2, 8);",
      "el.style.left = Math.random() * 10 + 'px';",
      "const LEGACY = false;\nfunction resetToken() {\n  if (LEGACY) return Math.random().toString(36);\n  return crypto.randomBytes(24).toString('hex');\n}",
      "function sessionToken() {\n  switch ('v2') {\n    case 'v1':\n      return Math.random().toString(36);\n    default:\n      return crypto.randomUUID();\n  }\n}",
    ],
    invalid: [
      {
        code: "const { customAlphabet } = require('nanoid');\nconst pin = customAlphabet('0123456789', 4);\nfunction code() {\n  const verificationToken = pin();\n  return verificationToken;\n}",
        line: 4,
        severity: "MEDIUM",
      },
      {
        code: "const crypto = require('crypto');\nconst token = crypto.randomBytes(4).toString('hex');",
        severity: "MEDIUM",
      },
      {
        code: "const { nanoid } = require('nanoid');\nfunction f() {\n  const inviteToken = nanoid(6);\n  return inviteToken;\n}",
        severity: "MEDIUM",
      },
      {
        code: "const _ = require('lodash');\nfunction otp() {\n  const code = _.random(100000, 999999);\n  return String(code);\n}",
        severity: "MEDIUM",
      },
      "const { v1: uuidv1 } = require('uuid');\nfunction inviteToken() {\n  return { invite: uuidv1(), createdAt: Date.now() };\n}",
      "function otpCode() {\n  const code = String(Date.now() % 1000000).padStart(6, '0');\n  return code;\n}",
      "function makeKey() {\n  const key = crypto.createHash('sha256').update(String(Date.now())).digest('hex');\n  return key;\n}",
      "function issueKey(db) {\n  const apiKey = 'k_' + Date.now().toString(36);\n  return db.save(apiKey);\n}",
      {
        code: "const { nanoid: insecureId } = require('nanoid/non-secure');\nfunction inviteCode() {\n  return insecureId(21);\n}",
        severity: "MEDIUM",
      },
      {
        code: "const seedrandom = require('seedrandom');\nfunction sessionSecret() {\n  const rng = seedrandom(String(Date.now()));\n  return Math.floor(rng() * 1e16).toString(36);\n}",
        severity: "MEDIUM",
      },
      "const crypto = require('crypto');\nconst t = crypto.pseudoRandomBytes(16);",
      "const token = Math.random().toString(36);",
      {
        code: "const LEGACY = true;\nfunction resetToken() {\n  if (LEGACY) return Math.random().toString(36);\n  return crypto.randomBytes(24).toString('hex');\n}",
        severity: "MEDIUM",
      },
      "const rand = Math.random;\nfunction sessionId() { return rand().toString(36).slice(2); }",
      {
        code: "const md5 = require('md5');\napp.post('/forgot', (req, res) => {\n  const token = md5(req.body.login);\n  mail(req.body.login, token);\n});",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "function resetToken(email) {\n  return crypto.createHash('sha256').update(email).digest('hex');\n}",
        severity: "MEDIUM",
      },
      {
        code: "exports.uuid = function () {\n  const out = [];\n  for (let i = 0; i < 36; i++) out[i] = Math.floor(Math.random() * 16);\n  return out.join('');\n};",
        severity: "MEDIUM",
      },
      {
        code: "my.generateUUID = function () {\n  function b(a) { return (a ^ Math.random() * 16 >> a / 4).toString(16); }\n  return b();\n};",
        severity: "MEDIUM",
      },
      {
        code: "function getSid() {\n  var $sid = Date.now() + Math.random() * 9001;\n  return $sid;\n}",
        severity: "MEDIUM",
      },
      {
        code: "function randomString(n) {\n  return Math.random().toString(36).slice(2, 2 + n);\n}",
        severity: "LOW",
      },
      { code: "const id = Math.random().toString(36).slice(2);\nres.cookie('sid', id);", severity: "LOW" },
      {
        code: "function newInviteLink(email) {\n  return { email, code: Math.random().toString(36).slice(2) };\n}",
        severity: "MEDIUM",
      },
      {
        code: "function pick() {\n  const CHARS = 'abcdef0123456789';\n  return CHARS[Math.floor(Math.random() * CHARS.length)];\n}",
        severity: "LOW",
      },
      {
        code: "const { v1: uuidv1 } = require('uuid');\nfunction newSessionId() {\n  return uuidv1();\n}",
        severity: "MEDIUM",
      },
      {
        code: "const apiKey = crypto.createHash('sha256').update(email + Date.now()).digest('hex');",
        severity: "MEDIUM",
      },
    ],
  },
});
