import type { SyntaxNode } from "../../parse/index.js";
import {
  descendants,
  field,
  namedChildren,
  nodesOfTypeWithin,
  sourceHas,
  sourceMatches,
} from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { authorContextIgnored } from "../../rule.js";
import { lexerToken, pyRule } from "./common.js";

/** Names of values an attacker guesses byte by byte: signatures, MACs, tokens, API keys. */
const SECRET_VALUE =
  /(^|_|-)(sig|signature|mac|hmac|digest|token|api[-_]?key|apikey|secret|otp|csrf(_token)?|(pass(word)?|pw|pwd)_?hash|hashed_?(pass(word)?|pw))(_|-|$)/i;
/** The key of a one-time code the client submits: an SMS or e-mail sign-in code, a PIN, a TOTP. */
const CODE_KEY = /^(code|pin|otp_?code|verification_?code|mfa_?code|login_?code|auth_?code|totp|passcode)$/i;
/** `request.POST.get("code")`, `request.form["pin"]`: a one-time code read from the request. */
function requestCode(ctx: PythonContext, n: SyntaxNode): boolean {
  const map =
    n.type === "subscript"
      ? field(n, "value")
      : n.type === "call" && ctx.method(n) === "get"
        ? field(field(n, "function") ?? n, "object")
        : undefined;
  return (
    !!map &&
    /^(flask\.)?request\.(POST|GET|form|args|values|json|data|query_params)$/.test(
      ctx.qname(map) || ctx.text(map),
    ) &&
    CODE_KEY.test(nameOf(ctx, n))
  );
}
/** Methods whose arguments are query expressions (SQLAlchemy `where(T.token == t)`): built, not evaluated here. */
const QUERY_EXPR = /^(where|filter|filter_by|having|and_|or_|not_|join|outerjoin|exclude|on|case)$/;
function inQueryExpression(ctx: PythonContext, n: SyntaxNode): boolean {
  let p = n.parent;
  for (let i = 0; p && i < 4 && p.type !== "call"; i++) p = p.parent;
  return p?.type === "call" && QUERY_EXPR.test(ctx.method(p) || ctx.callee(p).split(".").pop() || "");
}
/**
 * An environment variable's name that says it holds a credential (`ADMIN_KEY`, `DB_PASSWORD`, `DEPLOY_TOKEN`): read
 * with os.environ[...] / os.environ.get(...) / os.getenv(...), it is the deployment's secret.
 */
const ENV_SECRET = /(^|_)(key|token|secret|password|passwd|pass|pwd|pin)(_|$)/i;
function envSecret(ctx: PythonContext, n: SyntaxNode): boolean {
  const key =
    n.type === "subscript" && /^os\.environ$/.test(ctx.qname(field(n, "value") ?? n))
      ? field(n, "subscript")
      : n.type === "call" && /^os\.(environ\.get|getenv)$/.test(ctx.callee(n))
        ? ctx.args(n)[0]
        : undefined;
  const name = key ? ctx.stringValue(key) : undefined;
  return !!name && ENV_SECRET.test(name);
}
/**
 * A credential in the application's settings (`settings.ADMIN_PASSWORD`, `app.config["API_TOKEN"]`): the
 * deployment's secret, as an environment read is.
 */
function configSecret(ctx: PythonContext, n: SyntaxNode): boolean {
  const obj =
    n.type === "attribute" || n.type === "subscript"
      ? field(n, n.type === "attribute" ? "object" : "value")
      : undefined;
  if (!obj || !/^(settings|conf|config|cfg|(current_)?app\.config)$/.test(ctx.text(obj))) return false;
  const name =
    n.type === "attribute" ? ctx.text(field(n, "attribute") ?? n) : ctx.stringValue(field(n, "subscript"));
  return !!name && ENV_SECRET.test(name);
}
const deploySecret = (ctx: PythonContext, n: SyntaxNode) => envSecret(ctx, n) || configSecret(ctx, n);
const LITERAL = new Set(["string", "concatenated_string", "integer", "float", "none", "true", "false"]);

/** What the operand is called: a name, an attribute's last part, or the key it is read at. */
function nameOf(ctx: PythonContext, n: SyntaxNode): string {
  if (n.type === "identifier") return ctx.text(n);
  if (n.type === "attribute") return ctx.text(field(n, "attribute") ?? n);
  if (n.type === "subscript") return ctx.stringValue(field(n, "subscript")) ?? "";
  if (n.type === "call" && ctx.method(n) === "get") return ctx.stringValue(ctx.args(n)[0]) ?? "";
  // `"Bearer " + settings.API_KEY`: a literal prefix or suffix around one value is named for that value.
  if (n.type === "binary_operator" && n.children.find((c) => !c.named)?.type === "+") {
    const [l, r] = [field(n, "left"), field(n, "right")];
    if (l && r && LITERAL.has(l.type) !== LITERAL.has(r.type))
      return nameOf(ctx, LITERAL.has(l.type) ? r : l);
  }
  return "";
}

/** Function or parameter names of a secret checked by hand: codes, tokens, passwords, keys, signatures. */
/** `signal` in `signal.SIG_IGN` when the file imports the module `signal`. */
function importedModule(ctx: PythonContext, obj: SyntaxNode | undefined): boolean {
  if (obj?.type !== "identifier") return false;
  const name = ctx.text(obj);
  return sourceMatches(ctx.tree, `^[ \\t]*import[ \\t]+(?:[\\w.]+[ \\t]*,[ \\t]*)*${name}\\b(?![.\\w])`, "m");
}

/**
 * `mac_address`, `hwaddr`, a frame's `mac_src` / `dst_mac`: a network interface's hardware address, not a message
 * authentication code.
 */
const HW_ADDRESS =
  /(^|_)(mac_?addr(ess)?|hw_?addr(ess)?)(es)?$|(^|_)mac_(src|dst|source|dest(ination)?)(_\w+)?$|(^|_)(src|dst|source|dest)_mac$/i;
/** A file about network interfaces; there (without HMACs) a bare `mac` is an interface's address too. */
const NETWORK_FILE = /\b(mac_?address|hwaddr|ifname|netdev)\b|\/sys\/class\/net/i;
/** A file about virtual networks: VLANs, subnets, OVS/OVN ports and their fixed IPs. */
const VIRTUAL_NETWORK_FILE = /\b(vlan|vxlan|subnet|fixed_ips|ip_address|netmask|ovs|ovn)\b/i;
/** Text of a MAC computed or checked: an HMAC, a digest, a password hash, a signature. */
const MAC_WORK = /\bhmac\b|hashpw|crypt|digest|\bsign/i;
function hardwareAddress(ctx: PythonContext, name: string, at: SyntaxNode): boolean {
  if (HW_ADDRESS.test(name)) return true;
  if (!/^(\w+_)?mac$/i.test(name)) return false;
  if (sourceHas(ctx.tree, NETWORK_FILE) && !sourceHas(ctx.tree, /\bhmac\b/)) return true;
  // In a network file, a `mac` compared in a function that computes no HMAC, digest or signature (`if
  // nat["external_mac"] != wanted`): the port's address, even where another function of the file signs something.
  const fn = ctx.enclosingFunction(at);
  return (
    !!fn &&
    (sourceHas(ctx.tree, NETWORK_FILE) || sourceHas(ctx.tree, VIRTUAL_NETWORK_FILE)) &&
    !MAC_WORK.test(ctx.text(fn))
  );
}

/**
 * `gpg.SIGNATURE_NOT_SIGNED` (an imported module's upper-case constant) or `TokenOwner.moderator` (a member of a
 * class named in CapWords): a fixed, public value. Not a setting that holds a credential (`Config.API_KEY`).
 */
function namedConstant(ctx: PythonContext, s: SyntaxNode): boolean {
  if (s.type !== "attribute" || deploySecret(ctx, s)) return false;
  const obj = field(s, "object");
  const attr = ctx.text(field(s, "attribute") ?? s);
  if (obj?.type !== "identifier" || ENV_SECRET.test(attr)) return false;
  const o = ctx.text(obj);
  if (
    /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(attr) &&
    (importedModule(ctx, obj) ||
      sourceMatches(
        ctx.tree,
        `^[ \\t]*from[ \\t]+[\\w.]+[ \\t]+import[ \\t]+([\\w \\t,(]*[ \\t,(])?${o}[ \\t]*[,)]?[ \\t]*$`,
        "m",
      ))
  )
    return true;
  return (
    /^[A-Z][a-z]+(?:[A-Z][a-z]*)+$/.test(o) &&
    /^[a-z][a-z0-9_]*$|^[A-Z][A-Z0-9_]*$/.test(attr) &&
    !SECRET_VALUE.test(attr)
  );
}

/**
 * `secret` is compared with == / != in its function against two or more different operands, none named as a
 * secret or read from the deployment's secrets (`token == self.nil`, `token == self.true`): a dispatch over kinds.
 */
function dispatchedOn(
  ctx: PythonContext,
  node: SyntaxNode,
  secret: SyntaxNode,
  against: SyntaxNode,
): boolean {
  if (secret.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(node);
  if (!fn) return false;
  const name = ctx.text(secret);
  const others = new Set<string>();
  for (const c of nodesOfTypeWithin(ctx.tree, fn, "comparison_operator")) {
    const ops = c.children.filter((x) => !x.named).map((x) => x.type);
    const sides = namedChildren(c);
    if (ops.length !== 1 || !/^[!=]=$/.test(ops[0]!) || sides.length !== 2) continue;
    const i = sides.findIndex((x) => x.type === "identifier" && ctx.text(x) === name);
    if (i < 0) continue;
    const other = sides[1 - i]!;
    if (LITERAL.has(other.type)) continue;
    if (
      SECRET_VALUE.test(nameOf(ctx, other)) ||
      deploySecret(ctx, other) ||
      /^(call|subscript)$/.test(other.type)
    )
      return false;
    others.add(ctx.text(other));
  }
  return others.size >= 2 && others.has(ctx.text(against));
}

const SECRET_CHECK = /token|secret|code|otp|pin\b|passw|pwd|sig|mac\b|digest|hash|key|cred/i;

/**
 * A hand-written equality loop that returns at the first difference:
 * `for a, b in zip(given, expected): if a != b: return False`, in a function about a secret.
 */
function earlyExitLoop(ctx: PythonContext, loop: SyntaxNode): boolean {
  const left = field(loop, "left");
  const iter = field(loop, "right");
  if (left?.type !== "pattern_list" || iter?.type !== "call" || ctx.callee(iter) !== "zip") return false;
  const vars = namedChildren(left).map((v) => ctx.text(v));
  const seqs = ctx.args(iter);
  if (vars.length !== 2 || seqs.length !== 2) return false;
  const stmts = namedChildren(field(loop, "body") ?? loop).filter((c) => c.type !== "comment");
  const only = stmts.length === 1 ? stmts[0] : undefined;
  if (only?.type !== "if_statement") return false;
  const cond = field(only, "condition");
  const ops = cond?.children.filter((c) => !c.named).map((c) => c.type) ?? [];
  const sides = cond ? namedChildren(cond).map((c) => ctx.text(c)) : [];
  if (ops.join() !== "!=" || !vars.every((v) => sides.includes(v))) return false;
  const exit = namedChildren(field(only, "consequence") ?? only)[0];
  if (exit?.type !== "return_statement" || !/^return\s+False$/.test(ctx.text(exit))) return false;
  const fn = ctx.enclosingFunction(loop);
  const names = [ctx.text(field(fn ?? loop, "name") ?? loop), ...seqs.map((a) => ctx.text(a))];
  return fn !== undefined && names.some((n) => SECRET_CHECK.test(n));
}

/** A name the function rebinds to `int(...)` before the comparison (`token = int(token)` after a form read). */
function intConverted(ctx: PythonContext, s: SyntaxNode, at: SyntaxNode): boolean {
  if (s.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(at);
  if (!fn) return false;
  const name = ctx.text(s);
  const writes = descendants(fn).filter(
    (a) =>
      (a.type === "assignment" || a.type === "augmented_assignment") &&
      field(a, "left")?.type === "identifier" &&
      ctx.text(field(a, "left")!) === name &&
      ctx.enclosingFunction(a) === fn,
  );
  return (
    writes.length > 0 &&
    writes.every((a) => {
      const r = field(a, "right");
      return (
        a.type === "assignment" && r?.type === "call" && /^int$/.test(ctx.callee(r)) && a.end <= at.start
      );
    })
  );
}

/** An HMAC's output: `hmac.new(...).hexdigest()` / `.digest()`, directly or through a local name. */
/** Text every MAC isMac recognises has in the file: its callee's or method's name is written there. */
const MAC_CALL = /hashpw|crypt|digest/;

function isMac(ctx: PythonContext, n: SyntaxNode): boolean {
  const v = n.type === "identifier" ? (ctx.resolve(n) ?? n) : n;
  // bcrypt.hashpw(password, stored) == stored: a password check done by hand, byte by byte.
  if (v.type === "call" && /^(bcrypt\.hashpw|crypt\.crypt)$/.test(ctx.callee(v))) return true;
  if (v.type !== "call" || !/^(hexdigest|digest)$/.test(ctx.method(v))) return false;
  if (/^hmac\./.test(ctx.text(v).replace(/\s+/g, "")) || /\bhmac\.new\b/.test(ctx.text(v))) return true;
  // `import hmac as _hmac` then `_hmac.new(...).hexdigest()`: the receiver's call by its imported name.
  const recv = field(field(v, "function") ?? v, "object");
  return recv?.type === "call" && /^hmac\.(new|HMAC)$/.test(ctx.callee(recv));
}

/**
 * A for loop's variable whose iterable is a list, tuple or set of literals, written there or bound once to a name
 * (`SIGNATURES = [b"...", b"..."]`; `for sig in SIGNATURES:`): each value is the program's constant.
 */
function loopOverLiterals(ctx: PythonContext, s: SyntaxNode): boolean {
  const name = ctx.text(s);
  for (let p = s.parent; p && p.type !== "function_definition"; p = p.parent) {
    if (p.type !== "for_statement" || ctx.text(field(p, "left") ?? p) !== name) continue;
    const iter = ctx.resolve(field(p, "right"));
    return (
      !!iter &&
      /^(list|tuple|set)$/.test(iter.type) &&
      namedChildren(iter).every((e) => LITERAL.has(e.type) && e.type !== "none")
    );
  }
  return false;
}

/** The comparison is an argument of a unit test's assertion method (`self.assertTrue(a == b)`, `assertFalse`). */
function testAssertion(ctx: PythonContext, node: SyntaxNode): boolean {
  // An answer may name its own method assertTrue: there the name is no evidence of a test (rule.ts).
  if (authorContextIgnored(ctx)) return false;
  const call = node.parent?.type === "argument_list" ? node.parent.parent : undefined;
  return call?.type === "call" && /^(assert[A-Z]\w*|fail(If|Unless)\w*)$/.test(ctx.method(call) ?? "");
}

/** Slow password checks: bcrypt, werkzeug, passlib contexts, argon2's PasswordHasher. */
const SLOW_CHECK =
  /^bcrypt\.checkpw$|(^|\.)check_password_hash$|(^|\.)(pwd_context|password_context|crypt_context|ph|hasher)\.verify$|^argon2\.PasswordHasher\(\)\.verify$/;

/**
 * `user = find_user(name)`, `if user is None: return None`, then `bcrypt.checkpw(pw, user.password_hash)`: the
 * slow hash runs only for accounts that exist, so the answer's time separates existing from unknown names
 * (CWE-208). A dummy hash checked on the missing-account path evens it out.
 */
function missingUserShortcut(ctx: PythonContext, call: SyntaxNode): boolean {
  if (!SLOW_CHECK.test(ctx.callee(call))) return false;
  const rec = ctx
    .args(call)
    .map((a) => (a.type === "attribute" ? field(a, "object") : undefined))
    .find((o) => o?.type === "identifier");
  const fn = ctx.enclosingFunction(call);
  if (!rec || !fn || /dummy|decoy|fake_?hash/i.test(ctx.text(fn))) return false;
  const name = ctx.text(rec); // an identifier: no regex metacharacters
  const missing = new RegExp(`^(not\\s+${name}|${name}\\s+is\\s+None)$`);
  return descendants(fn).some(
    (d) =>
      d.type === "if_statement" &&
      d.end <= call.start &&
      missing.test(ctx.text(field(d, "condition") ?? d).trim()) &&
      /^\s*(return|raise|abort\()/m.test(ctx.text(field(d, "consequence") ?? d)),
  );
}

export default pyRule({
  meta: {
    id: "PY-TIMING-001",
    title: "Secret compared with == (timing side channel)",
    cwe: ["CWE-208", "CWE-385"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: "a login that skips the password hash when the account does not exist" },
    ],
    docs: {
      what_it_does:
        "Flags `==` / `!=` between two run-time values when one is an HMAC digest or is named like a signature, MAC, token, API key or secret, a login that returns early for an unknown account before its slow password check (LOW), and hand-written `for a, b in zip(x, y): if a != b: return False` loops in functions about a code, token, password or key.",
      why_bad:
        "String comparison stops at the first differing byte, so the response time tells an attacker how many leading bytes of a guess are right: a signature or key can be recovered one byte at a time (CWE-208, a covert timing channel: CWE-385).",
      example_bad:
        "import hmac, hashlib\ndef ok(key, body, sig):\n    return hmac.new(key, body, hashlib.sha256).hexdigest() == sig",
      example_good:
        "import hmac, hashlib\ndef ok(key, body, sig):\n    return hmac.compare_digest(hmac.new(key, body, hashlib.sha256).hexdigest(), sig)",
    },
    fix_hint:
      "Compare secrets with hmac.compare_digest (or secrets.compare_digest), which takes constant time.",
  },
  trigger:
    /hmac|[aA]uthorization['"][^\n]*[!=]=|[!=]=\s*os\.(environ|getenv)|os\.(environ|getenv)\b[^\n]*[!=]=|Signature['"]?\)?\s*[!=]=|(sig|signature|mac|digest|token|api_?key|apikey|API_?KEY|secret|SECRET|otp|csrf)\w*['"]?\)?\s*[!=]=|[!=]=\s*[\w.]*(sig|signature|mac|digest|token|api_?key|apikey|API_?KEY|secret|SECRET|otp|csrf)|digest\(\)\s*[!=]=|(?<=\bfor\s+\w+\s*,\s*\w+\s+in\s+)zip\(|hashpw\(|crypt\.crypt\(|checkpw\(|check_password_hash\(|\.verify\(|[!=]=\s*(settings|conf|config|cfg|app\.config)[.[]|[!=]=\s*['"][^'"\n]*['"]\s*\+|(pass(word)?|pw|pwd)_?hash\b|hashed_?(pass(word)?|pw)\b|request\.\w+(\.get\(|\[)\s*['"](code|pin|otp_?code|verification_?code|mfa_?code|login_?code|auth_?code|totp|passcode)['"]/,
  nodeTypes: ["comparison_operator", "for_statement", "call"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      if (missingUserShortcut(ctx, node))
        report({
          node,
          severity: "LOW",
          reason: "a login that skips the password hash when the account does not exist",
          message:
            "the password hash is only computed for existing accounts: the response time tells which exist",
        });
      return;
    }
    if (node.type === "for_statement") {
      if (earlyExitLoop(ctx, node))
        report({
          node,
          message: "the secret is compared character by character and returns at the first difference",
        });
      return;
    }
    const ops = node.children.filter((c) => !c.named).map((c) => c.type);
    if (ops.length !== 1 || (ops[0] !== "==" && ops[0] !== "!=")) return;
    const sides = namedChildren(node);
    if (sides.length !== 2 || sides.some((s) => LITERAL.has(s.type))) return;
    // `token_index == -1`: a negative number literal is a literal too.
    if (sides.some((s) => s.type === "unary_operator" && LITERAL.has(namedChildren(s)[0]?.type ?? "")))
      return;
    // Neither side can be the secret below (a secret's name, the Authorization header or an environment read, or a
    // MAC, which needs a digest or password hash call in the file): done before the filters that walk the function
    // (intConverted) or follow names.
    if (
      !sourceHas(ctx.tree, MAC_CALL) &&
      !sides.some(
        (s) =>
          SECRET_VALUE.test(nameOf(ctx, s)) ||
          requestCode(ctx, s) ||
          /^authorization$/i.test(nameOf(ctx, s)) ||
          deploySecret(ctx, s),
      )
    )
      return;
    // `digest == hashlib.sha512`: which hash function the caller picked, not a digest value.
    if (
      sides.some((s) =>
        /^(hashlib\.)?(md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs]|shake_\d+)$/.test(
          ctx.text(s),
        ),
      )
    )
      return;
    // `token = int(token)` earlier in the function: two integers compare in time that tells nothing about digits.
    if (sides.some((s) => intConverted(ctx, s, node))) return;
    // Lengths, counts and types are not secret.
    if (sides.some((s) => s.type === "call" && /^(len|type|int|bool)$/.test(ctx.callee(s)))) return;
    // `select(ResetToken).where(ResetToken.token == body.token)`: a query's condition, run by the database's index.
    if (inQueryExpression(ctx, node)) return;
    // A test's `assert token == expected` checks the code under test; no one is let in by it.
    if (node.parent?.type === "assert_statement") return;
    // ... and so does unittest's `self.assertTrue(cred != other_cred)` (a test of the class's __eq__/__ne__).
    if (testAssertion(ctx, node)) return;
    // `token.strip() != token`, `key.lower() == key`: a value against a transformation of itself asks about its
    // form (whitespace, case); there is no second, secret value to learn.
    const [a, b] = sides as [SyntaxNode, SyntaxNode];
    const selfForm = (x: SyntaxNode, y: SyntaxNode) =>
      x.type === "call" &&
      field(x, "function")?.type === "attribute" &&
      ctx.text(field(field(x, "function")!, "object") ?? x) === ctx.text(y);
    if (selfForm(a, b) || selfForm(b, a)) return;
    // A word a lexer split off a file or command line (`token = lexer.get_token()`) against a bracket or keyword.
    if (sides.some((s) => lexerToken(ctx, s))) return;
    // A token's type or kind (`token_type`, `INVALID_TOKEN_TYPE`) is a lexer label, not a secret; a name that
    // only qualifies another thing (`secret_name`, `old_secret_env_vars`, `token_keys`, `secretVolumes`) holds
    // names or settings of a secret, not the secret.
    const secret = sides.find(
      (s) =>
        isMac(ctx, s) ||
        requestCode(ctx, s) ||
        deploySecret(ctx, s) ||
        // The Authorization header read at its key; an attribute named `authorization` is often a role list.
        (/^(call|subscript)$/.test(s.type) && /^authorization$/i.test(nameOf(ctx, s))) ||
        (SECRET_VALUE.test(nameOf(ctx, s)) &&
          !/(^|_)(type|kind)s?$/i.test(nameOf(ctx, s)) &&
          !hardwareAddress(ctx, nameOf(ctx, s), s) &&
          // Tokens that are positions, pages, shard ids or path elements, not credentials: `identity_token`,
          // `next_token`, `page_token`, `cancel_token`, a loop's `c_token`.
          // A lexer's neighbours (`last_token`, `first_token`, `matching_token`) and a tokenizer's special tokens
          // (`pad_token`, `eos_token`) are stream positions and vocabulary entries.
          !/(^|_)(identity|path|[a-z]|next|prev|page|continuation|sync|cancel\w*|eof|end|start|stop|default|wildcard|last|first|cur(r|rent)?|matching|opening|closing|pad|unk|bos|eos|sep|cls|mask|cache|lock)_token$/i.test(
            nameOf(ctx, s),
          ) &&
          // (`chosen_mac_method`, `SasState.mac_received`: which algorithm was agreed, a protocol state.)
          // (`token_indent`, `token_column`: a lexer token's layout, a number of characters.)
          !/(_|[a-z])(names?|vars|volumes?|keys|ids?|paths?|files?|refs?|arns?|versions?|attrs?|attributes?|env|shares|threshold|count|size|len(gth)?|index|idx|pos(ition)?|offset|methods?|algorithms?|algs?|schemes?|received|sent|indent|col(umn)?s?|width|depth|lines?|lineno|spacing|owner|labels?)$/i.test(
            nameOf(ctx, s),
          ) &&
          // An introspected signature (`sig = inspect.signature(f)`): a function's parameters, not a MAC.
          !(
            s.type === "identifier" &&
            ctx.resolve(s)?.type === "call" &&
            /^inspect\.signature$/.test(ctx.callee(ctx.resolve(s)!))
          )),
    );
    if (!secret) return;
    const against = sides.find((s) => s !== secret)!;
    // Two settings of the deployment (`config.DB_PASSWORD == os.environ.get("DB_PASSWORD")`): no one guesses.
    if (deploySecret(ctx, secret) && deploySecret(ctx, against)) return;
    // `pkt.addr1 == self.mac`: a `mac` held against a frame's address field is the interface's hardware address.
    if (/^(\w+_)?mac$/i.test(nameOf(ctx, secret)) && /^(\w+_)?addr(ess)?\d*$/i.test(nameOf(ctx, against)))
      return;
    // A deployment's secret against another setting (`os.environ['DB_PASSWORD'] != cfg.password`) is no guess:
    // only a value from a caller or the request probes it.
    if (
      deploySecret(ctx, secret) &&
      !SECRET_VALUE.test(nameOf(ctx, secret)) &&
      ctx.level(against, "code") < Level.PARAM
    )
      return;
    // A status against a named constant (`result[0] == gpg.SIGNATURE_NOT_SIGNED`, `owner == TokenOwner.moderator`):
    // one of a module's or an enumeration's fixed values, public, no secret to learn byte by byte.
    if (sides.some((s) => namedConstant(ctx, s))) return;
    // ... or held against a token's type or kind (`t.token_type == TOKEN_VAR`, `OAUTH2_GRANT_TYPE.REFRESH_TOKEN !=
    // grant_type`): a lexer's or protocol's label, whatever the constant's name says.
    if (/(^|_)(type|kind)s?$/i.test(nameOf(ctx, against))) return;
    // The same name held against several different plain values in its function (`if token == self.nil: ...
    // if token == self.true: ...`): a dispatch on what a parsed word is; a check of a secret has one expected value.
    if (dispatchedOn(ctx, node, secret, against)) return;
    // ... or a lock's or cache's token (`token != self._lock_token`): an ownership or invalidation marker.
    if (sides.some((s) => /(^|_)(cache|lock)_token$/i.test(nameOf(ctx, s)))) return;
    // ... or a method of the file that returns a constant (`signature == self._signature()`, a format's magic).
    if (
      sides.some((s) => {
        const fn = s.type === "call" && ctx.args(s).length === 0 ? ctx.localCallee(s) : undefined;
        const rets = fn ? ctx.returnValues(fn) : [];
        return rets.length > 0 && rets.every((r) => ctx.level(r, "literal") === Level.CONST);
      })
    )
      return;
    // A tuple, list or comprehension built here (`token == (Keyword.DML, 'insert')`) holds no secret to guess.
    if (/^(tuple|list|list_comprehension|set|dictionary)$/.test(against.type)) return;
    // A value built from the program's literals (`token != "relationship:%s" % WILDCARD`): nothing secret.
    if (against.type === "binary_operator" && ctx.level(against, "literal") === Level.CONST) return;
    // Two stored objects' same field (`self.mapped_secret == other.mapped_secret`): an equality method, no guess.
    if (
      secret.type === "attribute" &&
      against.type === "attribute" &&
      nameOf(ctx, secret) === nameOf(ctx, against) &&
      /^(self|other|a|b|lhs|rhs|x|y)$/.test(ctx.text(field(secret, "object") ?? secret)) &&
      /^(self|other|a|b|lhs|rhs|x|y)$/.test(ctx.text(field(against, "object") ?? against))
    )
      return;
    // A secret against its own earlier copy (`self.token != self._prev_token`, `key == old_key`): a test whether it
    // changed (to push a refreshed token), between two values the program holds; nobody outside supplies either.
    const base = nameOf(ctx, secret).replace(/^_+/, "");
    if (
      new RegExp(
        `^_*(prev|previous|old|last|cached|saved|current)_?${base}$|^_*${base}_?(prev|previous|old|before)$`,
        "i",
      ).test(nameOf(ctx, against)) &&
      ctx.level(against, "code") < Level.PARAM &&
      ctx.level(secret, "code") < Level.SOURCE
    )
      return;
    // Both sides must be run-time values: `token == EXPECTED_LITERAL` through a name is a hard-coded secret's
    // rule, and a name bound to a literal is a constant.
    if (sides.some((s) => s.type === "identifier" && LITERAL.has(ctx.resolve(s)?.type ?? ""))) return;
    // ... or a loop's name over literals (`for sig in [b"\\x89PNG", b"GIF8"]: if head == sig`): a magic number.
    if (sides.some((s) => s.type === "identifier" && loopOverLiterals(ctx, s))) return;
    // ... or a class constant read through the instance (`self._mac_normal` with `_mac_normal = "hkdf-hmac-sha256"`
    // in the class body and no instance assignment).
    if (
      sides.some((s) => {
        if (s.type !== "attribute" || !/^(self|cls)$/.test(ctx.text(field(s, "object") ?? s))) return false;
        const name = nameOf(ctx, s);
        return (
          sourceMatches(ctx.tree, `^[ \\t]+${name}[ \\t]*=[ \\t]*[rRbBuU]?['"\\d]`, "m") &&
          !sourceMatches(ctx.tree, `\\b(self|cls)\\.${name}[ \\t]*=[^=]`)
        );
      })
    )
      return;
    // ... or a slice or index of such a name (`V2_SIGNATURE[0:5]`, `MAGIC[:4]`: a prefix of a format's magic).
    if (
      sides.some((s) => {
        const v = s.type === "subscript" ? field(s, "value") : undefined;
        return (
          v?.type === "identifier" &&
          LITERAL.has(ctx.resolve(v)?.type ?? "") &&
          ctx.level(field(s, "subscript") ?? s, "literal") === Level.CONST
        );
      })
    )
      return;
    // ... or to an expression of literals (`_COPY_SIGNATURE = (b"PGCOPY\n" + b"\0" * 8)`: a format's magic).
    if (
      sides.some((s) => {
        const b = s.type === "identifier" ? ctx.resolve(s) : undefined;
        return (
          !!b &&
          b !== s &&
          /^(binary_operator|parenthesized_expression)$/.test(b.type) &&
          ctx.level(b, "literal") === Level.CONST
        );
      })
    )
      return;
    // A file's digest (`active_digest = sha256sum(path)`, `file_hash`): an integrity check against known
    // digests; nothing secret is hashed, so learning it byte by byte gains nothing.
    if (
      sides.some((s) => {
        // (`sha1_digest`, `md5_hash`: named for a keyless hash function, so a content checksum.)
        if (/(^|_)(file|archive|package|download|sha\d*|md5)_?(digest|hash|checksum)$/i.test(nameOf(ctx, s)))
          return true;
        const b = s.type === "identifier" ? ctx.resolve(s) : undefined;
        return (
          b?.type === "call" &&
          /(^|[._])((sha\d*|md5|blake2\w?|hash|digest)_?(sum|of|file|of_file)|file_?(digest|hash)|checksum_file)$/i.test(
            ctx.callee(b),
          ) &&
          /file|path|dest|^fn$|^f$/i.test(ctx.text(ctx.args(b)[0] ?? b))
        );
      })
    )
      return;
    // A keyless digest of data with no key or secret in it (`hashlib.sha256(fh.read()).hexdigest()`): an integrity
    // check; learning the expected digest byte by byte gives no preimage. A secret-prefix hash is a MAC and stays.
    if (
      sides.some((s) => {
        const d = s.type === "identifier" ? ctx.resolve(s) : s;
        if (d?.type !== "call" || !/^(hexdigest|digest)$/.test(ctx.method(d))) return false;
        const f = field(d, "function");
        const made = f?.type === "attribute" ? field(f, "object") : undefined;
        return (
          made?.type === "call" &&
          /^hashlib\.(md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs]|new)$/.test(
            ctx.callee(made),
          ) &&
          ctx.args(made).length > 0 &&
          !ctx.args(made).some((a) => /key|secret|salt|token|passw|pwd|cred|pepper/i.test(ctx.text(a)))
        );
      })
    )
      return;
    // ... or to an interned literal (`TOKEN_BLOCK_BEGIN = intern("block_begin")`).
    if (
      sides.some((s) => {
        const b = s.type === "identifier" ? ctx.resolve(s) : undefined;
        return (
          b?.type === "call" &&
          /^(sys\.)?intern$/.test(ctx.callee(b)) &&
          ctx.args(b).every((a) => LITERAL.has(a.type))
        );
      })
    )
      return;
    // A label, not a secret: `request.signature_method == SIGNATURE_HMAC` (an algorithm's name imported as a
    // constant), `token == Keyword` (a lexer's token type). An upper-case or class-like name that the file does not
    // bind to a run-time value (an environment variable, a setting read at start-up).
    // Either side may be the label: `SIGNATURE_TYPE_HEADER` or `self._HMAC_SHA1_MAGIC` is named like a secret
    // but is the protocol's constant.
    // `token == Comment.Special`, `ttype != Token.Name.Builtin`: a dotted path of capitalised names (a lexer's
    // token type tree) read as a class attribute, not a value bound at run time.
    if (
      sides.some(
        (o) =>
          o !== secret &&
          o.type === "attribute" &&
          /^[A-Z][a-z]\w*(\.[A-Z][a-z]\w*)+$/.test(ctx.text(o)) &&
          !/environ|settings|config/i.test(ctx.text(o)) &&
          !SECRET_VALUE.test(nameOf(ctx, o)),
      )
    )
      return;
    for (const other of sides) {
      const label = other.type === "identifier" || other.type === "attribute" ? nameOf(ctx, other) : "";
      if (/^_*[A-Z][A-Za-z0-9_]*$/.test(label) && other.type === "identifier") {
        const bound = ctx.resolve(other);
        if (!bound || bound === other || LITERAL.has(bound.type)) return;
      }
      if (
        /^_*[A-Z][A-Z0-9_]*$/.test(label) &&
        other.type === "attribute" &&
        !/environ|settings|config/i.test(ctx.text(other)) &&
        // The secret-named side itself (`self._HMAC_SHA1_MAGIC`) only when the file binds it to a literal.
        (other !== secret ||
          sourceMatches(ctx.tree, `\\b${label}\\s*=\\s*[rRbBuU]?['"\\d]`) ||
          // ... or an imported module's constant (`signal.SIG_IGN`, `hmac.HMAC_DEFAULT`).
          importedModule(ctx, field(other, "object")))
      )
        return;
    }
    report({
      node,
      message: `${nameOf(ctx, secret) || "an HMAC digest"} compared with ${ops[0]}, not in constant time`,
    });
  },
  cases: {
    valid: [
      // a query's condition on the token column
      "import hmac\nfrom sqlalchemy import select\ndef find(db, body):\n    return db.scalar(select(ResetToken).where(ResetToken.token == body.token, ResetToken.used_at.is_(None)))",
      // a request's status code, not a secret code
      "from flask import request\ndef cb():\n    if request.args.get('state_code') == SAVED:\n        return 'ok'",
      // A status or a role against a module's constant or an enumeration's member; an ABC cache's counter.
      "import gpg\ndef d(result):\n    if result[0] == gpg.SIGNATURE_NOT_SIGNED:\n        return 'none'",
      "from .enums import TokenOwner\ndef m(resp):\n    return resp.get('token_owner') == TokenOwner.moderator",
      "def dispatch(ns, current_token, cache):\n    if ns.cache_token != current_token:\n        cache.clear()",
      "from breezy import gpg\n_SIG = b'idx 1\\n'\nclass I:\n    def _signature(self):\n        return _SIG\n    def read(self, signature, result, token, lock_token):\n        if not signature == self._signature():\n            raise ValueError()\n        if token != lock_token:\n            raise ValueError()\n        return result[0] == gpg.SIGNATURE_VALID",
      // A virtual network's port MAC addresses (a NAT row's external_mac), no digest anywhere in the file.
      "def sync(nat, log):\n    wanted = nat['external_ids']['fip_mac']\n    if nat['external_mac'] != wanted:\n        log.debug('set vlan port mac')\n        nat['external_mac'] = wanted",
      "import hmac\ndef sync(nat, log):\n    if nat['external_mac'] != nat['logical_mac']:\n        log.debug('vlan port moved')\ndef sign(key, body):\n    return hmac.new(key, body, 'sha256').hexdigest()",
      // A unit test of a credential class's equality methods; a file's magic numbers walked from a literal list.
      "import unittest\nclass TokenTests(unittest.TestCase):\n    def test_ne(self):\n        other_token = Token('ffff')\n        self.assertTrue(self.token != other_token)\n        self.assertFalse(self.token == other_token)",
      "def kind(head):\n    signatures = [b'\\x00\\x00\\x00\\x0cjP  ', b'\\x89HDF\\r\\n']\n    for sig in signatures:\n        if head == sig:\n            return 'image'",
      // Environment settings that are no credentials, and a header checked against a literal.
      "import os\nfrom flask import request\ndef f():\n    return request.args['mode'] == os.environ.get('APP_MODE')",
      "import os\ndef f(k):\n    return k == os.environ.get('SORT_KEYS')",
      "import os\nimport config\ndef f():\n    return config.DB_PASSWORD == os.environ.get('DB_PASSWORD')",
      "from flask import request\ndef f():\n    return request.headers.get('Authorization') == ''",
      // A user's authorization (a role list in useradd's -A) is no credential.
      "import hmac\nclass U:\n    def __init__(self, module):\n        self.authorization = module.params['authorization']\n    def changed(self, info):\n        return self.authorization is not None and info[8] != self.authorization\n    def same(self, t):\n        return hmac.compare_digest(t, self.token)",
      // A lexer's word (the file's reads are pre-checked by text before the function is searched).
      "import shlex\ndef f(line, expected):\n    for token in shlex.split(line):\n        if token == expected:\n            return True",
      "def tokens_before(statement, token):\n    for t in statement.flatten():\n        if t == token:\n            break\n        yield t",
      // A backup's content checksum, named for its keyless hash function.
      "def check_hash(report, rorp):\n    if report.sha1_digest == rorp.get_sha1():\n        return True\n    return False",
      // The negotiated MAC algorithm and a protocol state, not MAC values.
      "class Sas:\n    _mac_normal = 'hkdf-hmac-sha256'\n    _mac_old = 'hmac-sha256'\n    def pick(self):\n        if self.chosen_mac_method == self._mac_normal:\n            return self.calculate_mac\n        return self.calculate_mac_long_kdf\n    def done(self):\n        return self.state == self.states.mac_received",
      // Network interfaces matched by hardware address (and a file about them, where a bare `mac` is one too).
      "def match(iface, wanted):\n    return iface.get('mac_address') == wanted",
      "def filt(pkt, mac_src, mac_src_filter):\n    if mac_src_filter and mac_src != mac_src_filter:\n        return False\n    return pkt",
      "class Ap:\n    def on_frame(self, pkt):\n        if pkt.type == 2 and pkt.addr1 == self.mac:\n            return pkt",
      "def entry_match(data, mac, driver):\n    # read from /sys/class/net/<ifname>/address\n    return data['mac'] == mac and data['driver'] == driver",
      "def find(xml, token):\n    token_index = xml.find(token)\n    if token_index == -1:\n        return None\n    return token_index",
      "def parse_pair(pair):\n    token, _, value = pair.partition('=')\n    if token.strip() != token:\n        raise ValueError('whitespace')\n    return token, value",
      "import hashlib, hmac\ndef sign(key, body, digest=hashlib.sha256):\n    mac = hmac.new(key, body, digest)\n    if digest == hashlib.sha512:\n        return 'sha512:' + mac.hexdigest()\n    return mac.hexdigest()",
      "def verify(device, token):\n    try:\n        token = int(token)\n    except ValueError:\n        return False\n    return device.hotp(device.counter) == token",
      // An integrity check: a keyless digest of the data against the expected checksum.
      "import hashlib\ndef check(data, expected):\n    kind, value = expected.split('=', 1)\n    digest = hashlib.new(kind, data).hexdigest()\n    if digest != value:\n        raise ValueError('mismatch')",
      "import hashlib\ndef verify(dest, expected_sha256):\n    with open(dest, 'rb') as fh:\n        digest = hashlib.sha256(fh.read()).hexdigest()\n    return digest == expected_sha256",
      "V2_SIGNATURE = b'\\r\\n\\r\\n\\x00\\r\\nQUIT\\n'\nasync def read(reader):\n    signature = await reader.readexactly(5)\n    if signature == V2_SIGNATURE[0:5]:\n        return 2",
      "import bcrypt\n_DUMMY = bcrypt.hashpw(b'x', bcrypt.gensalt())\ndef authenticate(name, pw):\n    user = find_user(name)\n    hashed = user.password_hash if user is not None else _DUMMY\n    ok = bcrypt.checkpw(pw.encode(), hashed)\n    return user if ok and user is not None else None",
      "import signal\nfor sig in (signal.SIGHUP, signal.SIGQUIT):\n    if signal.getsignal(sig) != signal.SIG_IGN:\n        pass",
      "def refresh(dest_path, current_hash):\n    active_digest = sha256sum(dest_path)\n    return active_digest == current_hash",
      "_SIG = (b'PGCOPY\\n\\xff' + b'\\x00' * 8)\ndef strip(data):\n    if data[: len(_SIG)] != _SIG:\n        raise ValueError()",
      "import inspect\ndef same(a, b):\n    sig = inspect.signature(a)\n    actual = inspect.signature(b)\n    return sig == actual",
      "def init(secret_shares=5, stored_shares=None):\n    if stored_shares != secret_shares:\n        raise ValueError('x')",
      "from .consts import SIGNATURE_HMAC\ndef check(request):\n    return request.signature_method == SIGNATURE_HMAC",
      "from pygments.token import Keyword\ndef f(stream):\n    return [v for token, v in stream if token == Keyword]",
      "class P:\n    def _match(self, token_type=None):\n        return self._current() == token_type",
      "def has_dml(tokens, K):\n    return any(token == (K.DML, 'insert') for token in tokens)",
      "class S:\n    def same(self, other):\n        return self.mapped_secret == other.mapped_secret",
      "import hmac\ndef ok(a, b):\n    return hmac.compare_digest(a, b)",
      "def f(token):\n    return token == ''",
      "class S:\n    def f(self, first, top):\n        token_indent = len(first.prefix) + 4\n        return token_indent == top.indent",
      "def walk(tok, last_token):\n    while tok != last_token:\n        tok = tok.next_token\n    return tok",
      "def f(stream):\n    for i, token, v in stream:\n        if token == Comment.Special:\n            return v",
      "def strip(ids, tokenizer):\n    return [i for i in ids if i != tokenizer.pad_token]",
      "class Tokenizer:\n    def _inside(self, lexer):\n        ret = []\n        while True:\n            token = lexer.get_token()\n            if token == self.right:\n                return ret\n            ret.append(token)",
      "def f(tok, token):\n    return len(token) == len(tok)",
      "def f(signature):\n    return signature is None",
      "def f(x, y):\n    return x == y",
      // A setting that is no credential, and one compared with another setting.
      "from django.conf import settings\ndef f(request):\n    return request.GET.get('mode') == settings.DEFAULT_MODE",
      "from django.conf import settings\ndef f(cfg):\n    return cfg.password == settings.DB_PASSWORD",
      "W = '*'\ndef f(c_token, prop):\n    return c_token != 'rel:%s' % W and c_token != prop.key",
      "def f(rows, opts):\n    return [pk for pk, identity_token in rows if identity_token == opts.refresh_identity_token]",
      "def same_rows(a, b):\n    for x, y in zip(a, b):\n        if x != y:\n            return False\n    return True",
      "def test_tok(tokenize, expected):\n    token = tokenize('a b')\n    assert token == expected",
      "class Auth:\n    def refresh(self, link):\n        self._prev_token = self.token\n        self.token = self.source.fetch()\n        if self.token != self._prev_token:\n            link.put(self.token)",
      "def update(fn, old_secret_env_vars, new_secret_env_vars):\n    if old_secret_env_vars != new_secret_env_vars:\n        fn.env = new_secret_env_vars",
      "TOKEN_STRING = intern('string')\ndef f(token):\n    return token == TOKEN_STRING",
      "from .consts import SIGNATURE_TYPE_HEADER\nclass C:\n    def render(self, h):\n        if self.signature_type == SIGNATURE_TYPE_HEADER:\n            return h",
      "class Entry:\n    _HMAC_SHA1_MAGIC = b'1'\n    def __init__(self, magic):\n        if magic != self._HMAC_SHA1_MAGIC:\n            raise ValueError(magic)",
    ],
    invalid: [
      // a recomputed password hash against the stored one
      "import hashlib\ndef verify(user, password):\n    return hashlib.pbkdf2_hmac('sha256', password.encode(), user.salt, 600000).hex() == user.password_hash",
      // the submitted sign-in code against the cached one
      "from django.core.cache import cache\ndef verify_code(request):\n    expected = cache.get('login-code:1')\n    if request.POST.get('code') != expected:\n        return 401",
      "import hmac\nfrom flask import request\nfrom .conf import Keys\ndef ok():\n    return request.headers['X-Sig'] != Keys.webhook_signature",
      "from flask import request\nfrom django.conf import settings\ndef ok():\n    return request.args['t'] == settings.API_TOKEN",
      // The same names in a file that computes digests: a MAC is a MAC.
      "import hashlib\ndef sync(nat, body, key):\n    mac = hashlib.sha256(key + body).hexdigest()\n    if nat['external_mac'] != mac:\n        raise ValueError('bad vlan record')",
      // A caller's value against a stored token stays a guess, whatever the stored copy is called.
      {
        code: "class Auth:\n    def check(self, old_token):\n        return self.token == old_token",
        line: 3,
      },
      // A credential the deployment keeps in its environment, and the Authorization header against an expected one.
      {
        code: "import os\nfrom flask import request, abort\ndef f():\n    if request.args['k'] != os.environ.get('ADMIN_KEY'):\n        abort(403)",
        line: 4,
      },
      {
        code: "import os\ndef ok(given):\n    return given == os.environ['DEPLOY_PASSWORD']",
        line: 3,
      },
      {
        code: "import os\nfrom flask import request\ndef f():\n    return request.headers.get('Authorization') == 'Bearer ' + os.getenv('SERVICE_TOKEN')",
        line: 4,
      },
      // A bare `mac` in a file with HMACs is the message authentication code, even against a received field.
      "import hmac, hashlib\ndef ok(key, body, pkt):\n    mac = hmac.new(key, body, hashlib.sha256).digest()\n    return pkt.mac_field == mac",
      // MACs and password hashes whose operands have no secret's name (the name pre-check must not drop them).
      {
        code: "import bcrypt\ndef check(pw, stored):\n    return bcrypt.hashpw(pw, stored) == stored",
        line: 3,
      },
      {
        code: "import hmac as _h, hashlib\ndef ok(key, body, given):\n    mine = _h.new(key, body, hashlib.sha256).hexdigest()\n    return mine == given",
        line: 4,
      },
      "import hmac, hashlib\ndef ok(key, body, mac):\n    # ifname\n    expected_mac = hmac.new(key, body, hashlib.sha256).digest()\n    return expected_mac == mac",
      // ... a transformation of another value is still a comparison of two.
      "def check(request, api_token):\n    if request.headers['X-Token'].strip() != api_token:\n        raise PermissionError()",
      "def verify(device, token):\n    token = token.strip()\n    return device.stored_token == token",
      // A secret-prefix hash is a (weak) MAC: its comparison leaks it.
      "import hashlib\ndef ok(body, sig):\n    digest = hashlib.sha256(SECRET_KEY + body).hexdigest()\n    return digest == sig",
      {
        code: "import bcrypt\ndef authenticate(name, pw):\n    user = find_user(name)\n    if user is None:\n        return None\n    if bcrypt.checkpw(pw.encode(), user.password_hash):\n        return user\n    return None",
        severity: "LOW",
      },
      "import hmac\ndef ok(key, path, signature):\n    file_mac = hmac.new(key, open(path, 'rb').read(), 'sha256').hexdigest()\n    return file_mac == signature",
      "import hmac, hashlib\ndef ok(secret, body, signature):\n    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()\n    return expected == signature",
      "import os\nfrom flask import request, abort\nAPI_KEY = os.environ['API_KEY']\ndef f():\n    if request.headers.get('X-API-Key') != API_KEY:\n        abort(401)",
      "def check(user, csrf_token):\n    return user.csrf_token == csrf_token",
      "def check(session, token):\n    return token == 'v1:%s' % session.secret",
      {
        code: "import hashlib\nimport hmac as h\ndef ok(key, body, given):\n    expected = h.new(key, body, hashlib.sha256).hexdigest()\n    if given != expected:\n        raise ValueError('bad')",
        line: 5,
      },
      "import bcrypt\ndef ok(pw, stored):\n    return bcrypt.hashpw(pw, stored) == stored",
      "def code_ok(expected, given):\n    for a, b in zip(expected, given):\n        if a != b:\n            return False\n    return True",
      "def check(given_token, stored_token):\n    if given_token != stored_token:\n        raise PermissionError()",
      "def ok(request, expected):\n    signature_header = request.headers['X-Sig']\n    return signature_header == expected",
      "import os\nclass Hook:\n    SECRET_TOKEN = os.environ['HOOK_TOKEN']\n    def ok(self, given):\n        return given == self.SECRET_TOKEN",
      // A credential kept in the settings, against a request value; one behind a literal scheme prefix.
      "from django.conf import settings\ndef gate(request):\n    return request.headers.get('X-Admin-Password') == settings.ADMIN_PASSWORD",
      "from django.conf import settings\ndef gate(request):\n    auth = request.META.get('HTTP_AUTHORIZATION', '')\n    return auth == 'Bearer ' + settings.INTERNAL_API_KEY",
      // The guard's own test compares the raw value: its narrowing holds only past it.
      {
        code: "import os\nfrom flask import request\ndef f():\n    pw = request.args['pw']\n    if pw == os.environ['BASIC_PASSWORD']:\n        return 1",
        line: 5,
      },
    ],
  },
});
