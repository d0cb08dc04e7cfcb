import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { lowInTestCode, pyRule } from "./common.js";

/**
 * A verify flag that is off: False or 0, a name bound once to one, or a parameter whose default is False/0
 * and that is never reassigned (`def fetch(url, verify_tls=False): requests.get(url, verify=verify_tls)`).
 */
function flagOff(ctx: PythonContext, v: SyntaxNode): boolean {
  if (v.type === "false" || (v.type === "integer" && ctx.text(v) === "0")) return true;
  if (v.type === "comparison_operator") return envDefaultOff(ctx, v);
  // `verify=os.getenv('VERIFY_TLS', False)`: the raw variable, off wherever it is unset (a set one is a string,
  // which requests reads as a CA bundle path).
  if (v.type === "call" && /^os\.(getenv|environ\.get)$/.test(ctx.callee(v))) {
    const d = ctx.arg(v, 1, "default");
    return !!d && (d.type === "false" || ctx.text(d) === "0" || ctx.constValue(d) === "");
  }
  if (v.type !== "identifier") return false;
  const bound = ctx.valueOf(v);
  if (bound) return bound !== v && flagOff(ctx, bound);
  // A parameter every call in the file (or one of them) fills with False/0.
  const given = ctx.paramConstants(v);
  if (given?.some((x) => x === false || x === 0)) return true;
  const fn = ctx.enclosingFunction(v);
  const params = fn ? field(fn, "parameters") : undefined;
  for (const p of params ? namedChildren(params) : []) {
    if (p.type !== "default_parameter" && p.type !== "typed_default_parameter") continue;
    if (ctx.text(field(p, "name") ?? p) !== ctx.text(v)) continue;
    const d = field(p, "value");
    return !!d && (d.type === "false" || (d.type === "integer" && ctx.text(d) === "0"));
  }
  return false;
}

/** The default of the enclosing function's parameter `v` names, when the function never rebinds it. */
function paramDefault(ctx: PythonContext, v: SyntaxNode | undefined): SyntaxNode | undefined {
  if (v?.type !== "identifier") return undefined;
  const bound = ctx.valueOf(v);
  if (bound && bound !== v) return undefined;
  const fn = ctx.enclosingFunction(v);
  const params = fn ? field(fn, "parameters") : undefined;
  for (const p of params ? namedChildren(params) : []) {
    if (p.type !== "default_parameter" && p.type !== "typed_default_parameter") continue;
    if (ctx.text(field(p, "name") ?? p) === ctx.text(v)) return field(p, "value") ?? undefined;
  }
  return undefined;
}

/**
 * A flag read from the environment that is off unless someone sets it: `os.environ.get("VERIFY_TLS",
 * "false").lower() == "true"` (or `in ("1", "true")`): the default given is none of the values that turn it on.
 */
function envDefaultOff(ctx: PythonContext, cmp: SyntaxNode): boolean {
  const ops = cmp.children.filter((c) => !c.named).map((c) => c.type);
  const [left, right] = namedChildren(cmp);
  if (ops.length !== 1 || (ops[0] !== "==" && ops[0] !== "in") || !left || !right) return false;
  let read: SyntaxNode | undefined = left;
  // .lower() / .strip() / .casefold() on the value read.
  while (read?.type === "call" && /^(lower|strip|casefold)$/.test(ctx.method(read)))
    read = field(field(read, "function") ?? read, "object");
  if (read?.type !== "call" || !/^os\.(environ\.get|getenv)$/.test(ctx.callee(read))) return false;
  const dflt = ctx.stringValue(ctx.args(read)[1]);
  if (dflt === undefined) return false;
  const on = (ops[0] === "in" ? namedChildren(right) : [right]).map((n) => ctx.stringValue(n));
  if (!on.length || on.some((x) => x === undefined)) return false;
  return !on.includes(dflt.toLowerCase()) && !on.includes(dflt);
}

/** `f(**opts)` where opts is a dict literal in the file: the value it gives keyword `name`. */
function splatValue(ctx: PythonContext, call: SyntaxNode, name: string): SyntaxNode | undefined {
  const list = field(call, "arguments");
  for (const c of list ? namedChildren(list) : []) {
    if (c.type !== "dictionary_splat") continue;
    const dict = ctx.resolve(namedChildren(c)[0]);
    if (dict?.type !== "dictionary") continue;
    for (const p of namedChildren(dict))
      if (p.type === "pair" && ctx.stringValue(field(p, "key")) === name) return field(p, "value");
  }
  return undefined;
}

/**
 * The function (or module) sets up a server's TLS: it wraps with server_side=True or makes the context with
 * PROTOCOL_TLS_SERVER or Purpose.CLIENT_AUTH. There verify_mode = CERT_NONE only means no client certificate is
 * asked for, the usual server setting, and no host name is there to check.
 */
function serverContext(
  ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1],
  node: SyntaxNode,
): boolean {
  const body = ctx.text(ctx.enclosingFunction(node) ?? ctx.tree.root);
  return /server_side\s*=\s*True|PROTOCOL_TLS_SERVER|Purpose\.CLIENT_AUTH/.test(body);
}

/**
 * `ctx.check_hostname = False` where no client's check is lost: a server's context (the function wraps with
 * server_side=True or makes the context with PROTOCOL_TLS_SERVER or Purpose.CLIENT_AUTH: a server has no host name
 * to check), a context class's own default in `__init__`, or one branch of a switch whose other branch turns the
 * check on (`if cert_reqs == CERT_REQUIRED: ... = True else: ... = False`): the caller's verify mode decides.
 */
function serverOrOwnSwitch(
  ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1],
  node: SyntaxNode,
): boolean {
  const fn = ctx.enclosingFunction(node);
  if (serverContext(ctx, node)) return true;
  const left = ctx.text(field(node, "left") ?? node).replace(/\s+/g, "");
  if (left === "self.check_hostname" && fn && ctx.text(field(fn, "name") ?? fn) === "__init__") return true;
  for (let p = node.parent; p && p !== fn; p = p.parent) {
    if (p.type === "else_clause" || p.type === "elif_clause") {
      const owner = p.parent;
      const cond = owner ? ctx.text(field(owner, "consequence") ?? owner) : "";
      if (/\.check_hostname\s*=\s*True/.test(cond)) return true;
    }
  }
  return false;
}

/**
 * A unit test's description of a call it expects: `mock.call("GET", url, verify=False)` in an expected-call list, or
 * `m_request.assert_called_with(..., verify=False)`. Nothing is sent; the flag is the code under test's.
 */
function expectedCall(ctx: PythonContext, node: SyntaxNode, q: string): boolean {
  return (
    /^(unittest\.)?mock\.call$/.test(q) ||
    /^assert_(called_with|called_once_with|any_call|has_calls)$/.test(ctx.method(node) ?? "")
  );
}

/** The docstring of a function definition, if its body opens with one. */
function docstringOf(ctx: PythonContext, fn: SyntaxNode | undefined): string | undefined {
  const first = fn ? namedChildren(field(fn, "body") ?? fn)[0] : undefined;
  const str = first?.type === "expression_statement" ? namedChildren(first)[0] : undefined;
  return str?.type === "string" ? ctx.text(str) : undefined;
}

/**
 * Does the docstring document parameter `name` as something that is no certificate check: `verify: (bool) True to
 * re-parse the result` (a formatter), `:param verify: compare the MD5 checksum` (an uploader)?
 */
function documentsOther(doc: string | undefined, name: string): boolean {
  const lines = doc ? doc.split("\n") : [];
  const head = new RegExp(
    `^\\s*(?::param\\s+(?:[\\w\\[\\], .]+\\s+)?${name}\\s*:|${name}\\s*(?:\\([^)]*\\))?\\s*:)(.*)$`,
  );
  for (let i = 0; i < lines.length; i++) {
    const m = head.exec(lines[i]!);
    if (!m) continue;
    // The entry: its first line and the more-indented lines after it.
    const indent = /^\s*/.exec(lines[i]!)![0].length;
    let text = m[1]!;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (!l.trim() || /^\s*/.exec(l)![0].length <= indent) break;
      text += " " + l.trim();
    }
    return (
      !!text.trim() &&
      !/cert|tls|ssl|https|host|verif\w*\s+(the\s+)?(server|peer|connection)|ca\b|secure/i.test(text)
    );
  }
  return false;
}

/** Function definitions of the file by name, built once per file. */
const defsByName = new WeakMap<object, Map<string, SyntaxNode[]>>();
function definitions(ctx: PythonContext, name: string): SyntaxNode[] {
  let m = defsByName.get(ctx.tree);
  if (!m) {
    m = new Map();
    for (const n of ctx.tree.nodes) {
      if (n.type !== "function_definition") continue;
      const id = ctx.text(field(n, "name") ?? n);
      m.set(id, [...(m.get(id) ?? []), n]);
    }
    defsByName.set(ctx.tree, m);
  }
  return m.get(name) ?? [];
}

/**
 * The keyword names the callee's own option, documented as something else than a certificate check: by the
 * enclosing function whose parameter the flag is (`def render(src, verify=False): """verify: (bool) re-parse..."""`),
 * or by the callee itself when the file defines it (`self.upload_file(f, verify=verify)` beside
 * `def upload_file(...): """:param verify: compare the MD5 checksum..."""`).
 */
function documentedOtherFlag(ctx: PythonContext, call: SyntaxNode, k: string, v: SyntaxNode): boolean {
  const callee =
    ctx
      .text(field(call, "function") ?? call)
      .split(".")
      .pop() ?? "";
  const defs = definitions(ctx, callee);
  if (defs.length && defs.every((d) => documentsOther(docstringOf(ctx, d), k))) return true;
  if (v.type !== "identifier") return false;
  const bound = ctx.valueOf(v);
  if (bound && bound !== v) return false;
  return documentsOther(docstringOf(ctx, ctx.enclosingFunction(v)), ctx.text(v));
}

/**
 * Does the file speak a network protocol at all: an import of an HTTP, TLS or socket library, or of a client SDK
 * that takes a verify= flag? A verify=False in a file that imports none of these, on a callee whose name says
 * nothing of sessions, clients or URLs (a formatter's `Reformat(lines, verify=False)`), is that callee's own option.
 */
const NET_IMPORT =
  /^[ \t]*(?:import|from)[ \t]+(?:requests|httpx|aiohttp|urllib3?|http|ssl|socket|pycurl|tornado|treq|twisted|websockets?|grpc|boto3|botocore|aiobotocore|azure|google|kubernetes|docker|hvac|elasticsearch|opensearchpy|pymongo|motor|redis|zeep|suds|xmlrpc|ftplib|smtplib|imaplib|poplib|httplib2|mechanize|scrapy|selenium|OpenSSL|ldap3?|niquests|urlfetch|hackney|pyVmomi|vsphere|proxmoxer|pynetbox|openstack|keystoneauth1|novaclient|jenkins|gitlab|github|hvac|consul|etcd3?|influxdb|clickhouse|minio|pysnmp|paramiko|fabric|slack_sdk|telegram|tweepy|stripe|openai)\b/m;
const NETWORKISH_CALLEE =
  /session|client|http|request|conn|url|proxy|transport|adapter|fetch|download|remote|web|rest|socket|ssl|tls|get$|post$|put$|patch$|delete$|head$|send$|open$|connect/i;

const SSLMODE_REASON =
  "libpq sslmode require / prefer / allow: encrypted but the server's certificate is not checked (verify-full checks it); often a managed database's documented setting, so a hint";

export default pyRule({
  meta: {
    id: "PY-TLS-001",
    title: "TLS certificate or hostname verification disabled",
    cwe: ["CWE-295", "CWE-297"],
    severity: "HIGH",
    severity_variants: [{ severity: "LOW", when: SSLMODE_REASON }],
    docs: {
      what_it_does:
        "Flags verify=False in requests/httpx/aiohttp calls (or a verify flag read from the environment whose default is off), ssl._create_unverified_context, CERT_NONE, check_hostname = False, ssl.wrap_socket (no context: no hostname check, CERT_NONE by default), client use of an SSLContext without PROTOCOL_TLS_CLIENT or of create_default_context(Purpose.CLIENT_AUTH), ssl._create_default_https_context replaced by the unverified one, pyOpenSSL verify callbacks that return True whatever OpenSSL concluded, kafka-python ssl_check_hostname=False, mysql-connector ssl_verify_cert=False, and libpq sslmode require/prefer/allow (LOW).",
      why_bad:
        "Without certificate checks any machine on the path can impersonate the server and read or alter the traffic.",
      example_bad: "import requests\ndef fetch(url):\n    return requests.get(url, verify=False, timeout=10)",
      example_good: "import requests\ndef fetch(url):\n    return requests.get(url, timeout=10)",
    },
    fix_hint:
      "Keep verification on; to trust a private CA pass verify='/path/to/ca.pem' or load it into the SSL context.",
  },
  trigger:
    /enable\.ssl\.certificate|ssl\.endpoint\.identification|verify|_create_unverified_context|_create_stdlib_context|CERT_NONE|check_hostname|assert_hostname|cert_reqs|\bssl\b|host_key_policy|VERIFY_NONE|VERIFYPEER|VERIFYHOST|disable_ssl_certificate_validation|tlsAllowInvalid|tlsInsecure|OPT_X_TLS_(NEVER|ALLOW)|sslmode|validate_cert/,
  nodeTypes: ["call", "assignment", "attribute", "pair"],
  detect(node, ctx, reportAll) {
    const report = lowInTestCode(ctx, node, reportAll);
    // librdkafka's configuration (confluent_kafka Producer/Consumer/AdminClient dicts): the broker's certificate
    // unchecked, or checked without its host name.
    if (node.type === "pair") {
      const key = ctx.stringValue(field(node, "key"));
      const value = field(node, "value");
      if (
        key === "enable.ssl.certificate.verification" &&
        /^(false|False|0|["']false["'])$/.test(ctx.text(value ?? node))
      )
        report({
          node,
          message: "enable.ssl.certificate.verification off: the Kafka broker's certificate is not checked",
        });
      else if (
        key === "ssl.endpoint.identification.algorithm" &&
        /^none$/i.test(ctx.stringValue(value) ?? "")
      )
        report({
          node,
          message: "ssl.endpoint.identification.algorithm none: a certificate for any host is accepted",
        });
      return;
    }
    if (node.type === "call") {
      const q = ctx.callee(node);
      if (ctx.method(node) === "set_missing_host_key_policy") {
        // SSH's certificate check: an unknown host key accepted (AutoAdd) or only logged (Warning).
        const policy = ctx.qname(
          ctx.args(node)[0]?.type === "call" ? field(ctx.args(node)[0]!, "function") : ctx.args(node)[0],
        );
        if (/(^|\.)(AutoAddPolicy|WarningPolicy)$/.test(policy))
          report({
            node,
            message: `${policy.split(".").pop()} accepts unknown SSH host keys (man in the middle)`,
          });
        return;
      }
      // pyOpenSSL: `ctx.set_verify(SSL.VERIFY_PEER, lambda *a: True)`: a verify callback that accepts whatever
      // OpenSSL concluded (its `ok` argument is ignored) turns the peer check off.
      if (ctx.method(node) === "set_verify") {
        const cb = ctx.arg(node, 1, "callback");
        let body: SyntaxNode | undefined;
        if (cb?.type === "lambda") body = field(cb, "body") ?? undefined;
        else if (cb?.type === "identifier") {
          const def = ctx.tree.nodes.find(
            (d) => d.type === "function_definition" && ctx.text(field(d, "name") ?? d) === ctx.text(cb),
          );
          const stmts = def
            ? namedChildren(field(def, "body") ?? def).filter((c) => c.type !== "comment")
            : [];
          if (stmts.length === 1 && stmts[0]!.type === "return_statement") body = namedChildren(stmts[0]!)[0];
        }
        const v = body ? ctx.constValue(body) : undefined;
        if (v === true || v === 1)
          report({
            node,
            message: "verify callback accepts every certificate (it ignores OpenSSL's verdict)",
          });
        return;
      }
      // A JWT library's verify= is the signature check (PY-JWT-001), not TLS.
      if (/^(jwt|jose\.jwt)\.decode$/.test(q)) return;
      if (q === "ssl._create_unverified_context" || q === "ssl._create_stdlib_context") {
        report({ node, message: `${q}() skips certificate verification` });
        return;
      }
      if (q === "ssl.SSLContext" || q === "ssl.create_default_context") {
        // Any protocol but PROTOCOL_TLS_CLIENT (PROTOCOL_TLS, SSLv23, a fixed version, or none) starts with
        // verify_mode CERT_NONE and check_hostname False, and so does create_default_context(Purpose.CLIENT_AUTH),
        // a server's context: a client that turns neither on trusts any certificate.
        if (q === "ssl.create_default_context") {
          if (!/Purpose\.CLIENT_AUTH$/.test(ctx.qname(ctx.arg(node, 0, "purpose")))) return;
        } else if (/PROTOCOL_TLS_(CLIENT|SERVER)$/.test(ctx.qname(ctx.arg(node, 0, "protocol")))) return;
        // `def handler(..., protocol=ssl.PROTOCOL_TLS_CLIENT)` then `ssl.SSLContext(protocol=protocol)`: the
        // caller's choice, verifying unless the caller picks another protocol.
        else if (
          /PROTOCOL_TLS_(CLIENT|SERVER)$/.test(ctx.qname(paramDefault(ctx, ctx.arg(node, 0, "protocol"))))
        )
          return;
        const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
        // `_server_ssl_defaults = ssl.create_default_context(Purpose.CLIENT_AUTH)`: a server's defaults, named so.
        const target = node.parent?.type === "assignment" ? field(node.parent, "left") : undefined;
        if (target && /server/i.test(ctx.text(target))) return;
        const body = ctx.text(scope);
        const client =
          /server_hostname\s*=|HTTPS(Connection|Handler)\b|urlopen\(|create_connection\(|\.connect\(/;
        if (!client.test(body) || /server_side\s*=\s*True/.test(body)) return;
        if (/\.check_hostname\s*=\s*True/.test(body)) return;
        report({
          node,
          message: /\.verify_mode\s*=\s*ssl\.CERT_REQUIRED/.test(body)
            ? `${q}() without PROTOCOL_TLS_CLIENT never checks the server's host name`
            : `${q}(${ctx.text(ctx.args(node)[0] ?? node).replace(/^ssl\./, "")}) verifies no certificate (CERT_NONE) for this client`,
        });
        return;
      }
      if (q === "ssl.wrap_socket") {
        // Removed in Python 3.12: no context, so never a hostname check, and CERT_NONE unless cert_reqs says so.
        // server_side=True: a server's end, with no host name to check; asking clients for certificates is mutual
        // TLS, the server's option (its cert_reqs), not a check skipped. The deprecated call itself is PY-TLS-002's.
        if (ctx.kwarg(node, "server_side")?.type === "true") return;
        const reqs = ctx.kwarg(node, "cert_reqs");
        // CERT_REQUIRED and then match_hostname(sock.getpeercert(), host): both checks made, by hand.
        if (
          reqs &&
          /CERT_REQUIRED$/.test(ctx.text(reqs)) &&
          /\bmatch_hostname\(/.test(ctx.text(ctx.enclosingFunction(node) ?? ctx.tree.root))
        )
          return;
        report({
          node,
          message:
            reqs && /CERT_REQUIRED$/.test(ctx.text(reqs))
              ? "ssl.wrap_socket() never checks the hostname"
              : "ssl.wrap_socket() verifies no certificate by default and never checks the hostname",
        });
        return;
      }
      // pycurl: setopt(pycurl.SSL_VERIFYPEER, 0) / SSL_VERIFYHOST 0 turn the peer or host check off.
      if (ctx.method(node) === "setopt") {
        const [opt, val] = ctx.args(node);
        if (
          /(^|\.)SSL_VERIFY(PEER|HOST)$/.test(ctx.text(opt ?? node)) &&
          /^(0|False)$/.test(ctx.text(val ?? node))
        )
          report({
            node,
            message: `${ctx.text(opt!)} = ${ctx.text(val!)} disables certificate verification`,
          });
        return;
      }
      const off = ctx.kwarg(node, "disable_ssl_certificate_validation");
      if (ctx.isTrue(off)) {
        report({ node, message: "disable_ssl_certificate_validation=True skips certificate verification" });
        return;
      }
      // urllib3's assert_hostname=False keeps the certificate check but accepts it for any host name.
      const host = ctx.kwarg(node, "assert_hostname");
      if (host?.type === "false") {
        report({ node, message: "assert_hostname=False accepts a certificate issued for any host" });
        return;
      }
      // python-ldap: set_option(OPT_X_TLS_REQUIRE_CERT, OPT_X_TLS_NEVER / ALLOW) accepts any (or no) certificate.
      if (ctx.method(node) === "set_option") {
        const [opt, val] = ctx.args(node);
        if (
          /OPT_X_TLS_REQUIRE_CERT$/.test(ctx.text(opt ?? node)) &&
          /OPT_X_TLS_(NEVER|ALLOW)$/.test(ctx.text(val ?? node))
        )
          report({ node, message: `${ctx.text(val!)} accepts the LDAP server's certificate unchecked` });
        return;
      }
      // Database, cache and search clients: MongoClient(tlsAllowInvalidCertificates=True / tlsInsecure=True),
      // Elasticsearch(verify_certs=False), redis/pymongo ssl_cert_reqs='none' / None / ssl.CERT_NONE.
      // One look at the keyword names first: most calls have none of these.
      const kwText = ctx.text(field(node, "arguments") ?? node);
      const dataClient =
        /\b(tlsAllowInvalid\w*|tlsInsecure|verify_certs|ssl_cert_reqs|ssl_check_hostname|ssl_verify_cert|sslmode)\s*=/.test(
          kwText,
        );
      // kafka-python's ssl_check_hostname=False and mysql-connector's ssl_verify_cert=False: the same switches
      // under those clients' names.
      for (const k of dataClient ? ["ssl_check_hostname", "ssl_verify_cert"] : []) {
        if (ctx.kwarg(node, k)?.type === "false") {
          report({
            node,
            message: `${k}=False ${k === "ssl_check_hostname" ? "accepts a certificate issued for any host" : "disables certificate verification"}`,
          });
          return;
        }
      }
      // libpq (psycopg2, psycopg): sslmode require / prefer / allow encrypts (when it can) but checks no
      // certificate; only verify-ca and verify-full do. (require acts as verify-ca when a root.crt file exists.)
      const mode = dataClient ? ctx.stringValue(ctx.kwarg(node, "sslmode")) : undefined;
      if (mode && /^(require|prefer|allow)$/.test(mode)) {
        report({
          node,
          severity: "LOW",
          reason: SSLMODE_REASON,
          message: `sslmode=${mode} checks no server certificate`,
        });
        return;
      }
      for (const k of dataClient
        ? ["tlsAllowInvalidCertificates", "tlsInsecure", "tlsAllowInvalidHostnames"]
        : []) {
        if (ctx.kwarg(node, k)?.type === "true") {
          report({ node, message: `${k}=True disables certificate verification` });
          return;
        }
      }
      const certs = dataClient ? ctx.kwarg(node, "verify_certs") : undefined;
      const reqs = dataClient ? ctx.kwarg(node, "ssl_cert_reqs") : undefined;
      if (
        certs?.type === "false" ||
        (reqs &&
          (reqs.type === "none" ||
            /^(none|CERT_NONE)$/i.test(ctx.stringValue(reqs) ?? "") ||
            /CERT_NONE$/.test(ctx.text(reqs))))
      ) {
        report({
          node,
          message: `${certs ? "verify_certs=False" : `ssl_cert_reqs=${ctx.text(reqs!)}`} disables certificate verification`,
        });
        return;
      }
      // `get_encoding_from_response(response, verify=False)`: a helper reading a response already received (its
      // name says so, or its first argument is the response) opens no connection for the flag to protect.
      const first = ctx.args(node)[0];
      const onResponse =
        /(^|\.|_)from_response$/.test(q) ||
        (!!first && /^(self\.)?_?(response|resp)$/.test(ctx.text(first))) ||
        expectedCall(ctx, node, q);
      // connection_verify: the Azure SDK clients' keyword for their transport's certificate check; validate_cert:
      // tornado's HTTPRequest / fetch().
      for (const k of onResponse
        ? []
        : ["verify", "verify_ssl", "ssl", "cert_reqs", "connection_verify", "validate_cert"]) {
        const v = ctx.kwarg(node, k) ?? splatValue(ctx, node, k);
        // urllib3 resolves cert_reqs="NONE" as ssl.CERT_NONE too (it tries the CERT_ prefix).
        const sv = ctx.stringValue(v);
        if (
          v &&
          (flagOff(ctx, v) || /CERT_NONE$/.test(sv ?? ctx.text(v)) || (k === "cert_reqs" && sv === "NONE")) &&
          !(
            (k === "verify" || k === "ssl") &&
            !NETWORKISH_CALLEE.test(q) &&
            (documentedOtherFlag(ctx, node, k, v) || !sourceHas(ctx.tree, NET_IMPORT))
          )
        ) {
          report({ node, message: `${k}=${ctx.text(v)} disables certificate verification` });
          return;
        }
      }
      // Any other keyword given ssl.CERT_NONE (ldap3's Tls(validate=...), a client library's verify_mode=...):
      // the constant only ever means "accept any certificate".
      if (onResponse || !/\bCERT_NONE\b/.test(kwText)) return;
      for (const a of namedChildren(field(node, "arguments") ?? node)) {
        const v = a.type === "keyword_argument" ? field(a, "value") : undefined;
        if (v && ctx.qname(v) === "ssl.CERT_NONE") {
          report({
            node,
            message: `${ctx.text(field(a, "name") ?? a)}=${ctx.text(v)} accepts any certificate`,
          });
          return;
        }
      }
      return;
    }
    if (node.type === "assignment") {
      const t = ctx.text(node).replace(/\s+/g, "");
      // `from ssl import CERT_NONE` then `ctx.verify_mode = CERT_NONE`: the bare name (the attribute form is
      // judged below, where `ssl.CERT_NONE` is itself visited).
      const right = field(node, "right");
      const bare = right?.type === "identifier" ? ctx.qname(right) : "";
      // `kwargs["assert_hostname"] = False` in an HTTPAdapter's init_poolmanager: urllib3's switch set in the
      // pool's keyword arguments, the same as assert_hostname=False in the call.
      if (/\[['"]assert_hostname['"]\]=False$/.test(t)) {
        report({ node, message: "assert_hostname=False accepts a certificate issued for any host" });
      } else if (/\[['"]cert_reqs['"]\]=['"](CERT_)?NONE['"]$/.test(t)) {
        // `kwargs["cert_reqs"] = "CERT_NONE"`: urllib3 reads the string as ssl.CERT_NONE.
        report({
          node,
          message: "cert_reqs = 'CERT_NONE' in the pool's arguments disables certificate verification",
        });
      } else if (/\.check_hostname=False$/.test(t)) {
        if (!serverOrOwnSwitch(ctx, node)) report({ node, message: "hostname verification disabled" });
      } else if (/^ssl\.CERT_(NONE|OPTIONAL)$/.test(bare)) {
        if (!(/\.verify_mode=/.test(t) && serverContext(ctx, node)))
          report({ node, message: `${bare.slice(4)} does not require a valid certificate` });
      }
      // ssl._create_default_https_context = ssl._create_unverified_context: every urllib/http.client HTTPS
      // connection of the process stops verifying.
      else if (/(^|\.)_create_default_https_context=[\w.]*_create_unverified_context$/.test(t))
        report({
          node,
          message: "the default HTTPS context replaced by an unverified one for the whole process",
        });
      // OpenAPI-generated clients (kubernetes, many cloud SDKs): `configuration.verify_ssl = False` turns certificate
      // checks off for every call of the ApiClient, `configuration.assert_hostname = False` the hostname check.
      else if (/\.(verify_ssl|assert_hostname)=False$/.test(t))
        report({
          node,
          message: /verify_ssl/.test(t)
            ? "verify_ssl = False disables certificate verification for the client"
            : "assert_hostname = False accepts a certificate issued for any host",
        });
      // requests.Session().verify = False turns verification off for every request of the session.
      else if (/^[\w.]*(session|sess|client|s)\.verify=False$/i.test(t))
        report({ node, message: "session.verify = False disables certificate verification" });
      return;
    }
    // ssl.CERT_NONE assigned, or given as a settings dict's cert_reqs (websocket-client's sslopt=...).
    const parent = node.parent;
    const asPair =
      parent?.type === "pair" &&
      field(parent, "value") === node &&
      /^(cert_reqs|verify_mode)$/.test(ctx.stringValue(field(parent, "key")) ?? "");
    const serverMode =
      parent?.type === "assignment" &&
      /\.verify_mode$/.test(ctx.text(field(parent, "left") ?? parent)) &&
      serverContext(ctx, node);
    if (
      /^ssl\.CERT_(NONE|OPTIONAL)$/.test(ctx.qname(node)) &&
      (parent?.type === "assignment" || asPair) &&
      !serverMode
    )
      report({ node, message: `${ctx.qname(node).slice(4)} does not require a valid certificate` });
    else if (/^OpenSSL\.SSL\.VERIFY_NONE$/.test(ctx.qname(node)) && node.parent?.parent?.type === "call")
      report({ node, message: "VERIFY_NONE disables certificate verification" });
  },
  cases: {
    valid: [
      "from tornado import httpclient\nr = httpclient.HTTPRequest(u, validate_cert=True, ca_certs='/etc/ssl/ca.pem')",
      "from requests.adapters import HTTPAdapter\nclass A(HTTPAdapter):\n    def init_poolmanager(self, *a, **kw):\n        kw['cert_reqs'] = 'CERT_REQUIRED'\n        return super().init_poolmanager(*a, **kw)",
      "from confluent_kafka import Producer\np = Producer({'security.protocol': 'SSL', 'ssl.ca.location': '/etc/ca.pem', 'enable.ssl.certificate.verification': True})",
      "from kubernetes import client\ncfg = client.Configuration()\ncfg.verify_ssl = True",
      "import psycopg2\nc = psycopg2.connect(host='db', dbname='a', sslmode='verify-full', sslrootcert='/etc/ca.pem')",
      "from kafka import KafkaProducer\np = KafkaProducer(bootstrap_servers='k:9093', security_protocol='SSL', ssl_check_hostname=True)",
      // A unit test's expected calls describe the code under test's flag; nothing is sent.
      "from unittest import mock\ndef test_login(m_request):\n    login()\n    expected = [mock.call('POST', URL, data=P, verify=False), mock.call('GET', URL, verify=False)]\n    assert expected == m_request.call_args_list\n    m_request.assert_called_once_with('GET', URL, data=None, verify=False)",
      "def parse(response):\n    enc = get_encoding_from_response(response, verify=False)\n    return response.read().decode(enc)",
      // verify= as a formatter's or uploader's own option: documented as such, or in a file that speaks no protocol.
      'def fmt(src, verify=False):\n    """Reformat.\n\n    Args:\n      verify: (bool) True to re-parse the output.\n    """\n    return layout.render(src, verify=verify)',
      'import requests\ndef up(item, f, verify=False):\n    """Upload.\n\n    :param verify: compare the MD5 checksum of the stored file.\n    """\n    return item.upload_file(f, verify=verify)',
      "from fmt import reformatter\ndef test_x():\n    assert reformatter.Reformat(lines, verify=False) == 'x'",
      "from mockdb import MockServer\ndef run(ssl=False):\n    return MockServer(port=0, ssl=ssl)",
      'import requests\nclass Item:\n    def upload_file(self, f, verify=False):\n        """Upload one file.\n\n        :param verify: compare the MD5 checksum of the stored file.\n        """\n        return f\n    def upload(self, files, verify=False):\n        return [self.upload_file(f, verify=verify) for f in files]',
      "import asyncio\nfrom fmt import reformatter\ndef test_x():\n    assert reformatter.Reformat(lines, verify=False) == 'x'",
      "import ssl\ndef test_conn(conn):\n    conn.set_cert.assert_called_once_with(ca_certs=None, cert_reqs=ssl.CERT_NONE)",
      "from OpenSSL import SSL\nc = SSL.Context(SSL.TLS_METHOD)\nc.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: bool(ok))",
      "import urllib3\nurllib3.PoolManager(cert_reqs='CERT_REQUIRED')",
      "import requests\ndef g(url, v):\n    return requests.get(url, verify=v, timeout=5)\ndef h():\n    return g('https://x', '/ca.pem')",
      "import requests\ndef f(url, verify_tls=True):\n    return requests.get(url, verify=verify_tls, timeout=5)",
      "import urllib3\nhttp = urllib3.PoolManager(cert_reqs='CERT_REQUIRED')",
      "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.RejectPolicy())",
      "import jwt\nc = jwt.decode(t, verify=False)",
      "import requests\nrequests.get(u, timeout=5)",
      "import requests\nopts = {'verify': True, 'timeout': 5}\nrequests.post(u, **opts)",
      "import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.SSL_VERIFYPEER, 1)",
      "import ssl, websocket\nws = websocket.create_connection(u, sslopt={'cert_reqs': ssl.CERT_REQUIRED})",
      "import requests\nrequests.get(u, verify='/etc/ca.pem', timeout=5)",
      "import os, requests\nV = os.environ.get('VERIFY_TLS', 'true').lower() == 'true'\nrequests.get(u, verify=V, timeout=5)",
      "import os, requests\nV = os.getenv('VERIFY_TLS', '1') in ('1', 'yes')\nrequests.get(u, verify=V, timeout=5)",
      "import redis\nr = redis.Redis(host='c', ssl=True, ssl_cert_reqs='required')",
      "import ldap\nldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)",
      "import ssl\nfrom ldap3 import Tls\nt = Tls(validate=ssl.CERT_REQUIRED, ca_certs_file='/etc/ca.pem')",
      "from elasticsearch import Elasticsearch\nes = Elasticsearch('https://s:9200', ca_certs='/etc/ca.pem')",
      "import ssl\nc = ssl.create_default_context()\ns = c.wrap_socket(sock, server_hostname=host)",
      "import ssl\ndef f(sock, host):\n    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)\n    return c.wrap_socket(sock, server_hostname=host)",
      "import ssl, http.client\ndef tls_handler(host, cafile=None, protocol: int = ssl.PROTOCOL_TLS_CLIENT):\n    context = ssl.SSLContext(protocol=protocol)\n    context.load_default_certs()\n    return http.client.HTTPSConnection(host, context=context)",
      "import ssl\ndef f(sock, host):\n    c = ssl.SSLContext(ssl.PROTOCOL_TLS)\n    c.check_hostname = True\n    return c.wrap_socket(sock, server_hostname=host)",
      "import ssl\ndef serve(conn, cert):\n    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n    c.load_cert_chain(cert)\n    c.check_hostname = False\n    return c.wrap_socket(conn, server_side=True)",
      "import ssl\ndef make(c, cert_reqs):\n    if cert_reqs == ssl.CERT_REQUIRED:\n        c.verify_mode = cert_reqs\n        c.check_hostname = True\n    else:\n        c.check_hostname = False\n        c.verify_mode = cert_reqs",
      "import ssl\ndef serve(sock):\n    c = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\n    c.load_cert_chain('cert.pem')\n    return c.wrap_socket(sock, server_side=True)",
      "import ssl\ndef serve(sock):\n    c = ssl.SSLContext(ssl.PROTOCOL_TLS)\n    c.load_cert_chain('cert.pem')\n    return c.wrap_socket(sock, server_side=True)",
      "import ssl, socket\n_server_defaults = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\ndef dial(h):\n    return socket.create_connection((h, 443))",
      "import ssl\ndef serve():\n    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)\n    c.verify_mode = ssl.CERT_NONE\n    c.load_cert_chain('server.pem')\n    return c",
      "import ssl\ndef handle(client, cfg):\n    return ssl.wrap_socket(client, server_side=True, **cfg.ssl_options)",
      "import ssl, socket\ndef check(h, ca):\n    s = socket.create_connection((h, 443))\n    t = ssl.wrap_socket(s, ca_certs=ca, cert_reqs=ssl.CERT_REQUIRED)\n    ssl.match_hostname(t.getpeercert(), h)",
    ],
    invalid: [
      "from tornado import httpclient\nasync def f(u):\n    return await httpclient.AsyncHTTPClient().fetch(u, validate_cert=False)",
      {
        code: "from requests.adapters import HTTPAdapter\nclass A(HTTPAdapter):\n    def init_poolmanager(self, *a, **kw):\n        kw['cert_reqs'] = 'CERT_NONE'\n        return super().init_poolmanager(*a, **kw)",
        line: 4,
      },
      {
        code: "from confluent_kafka import Producer\np = Producer({\n    'security.protocol': 'SSL',\n    'enable.ssl.certificate.verification': False,\n})",
        line: 4,
      },
      {
        code: "from confluent_kafka import Consumer\nc = Consumer({'security.protocol': 'SSL', 'ssl.endpoint.identification.algorithm': 'none'})",
        line: 2,
      },
      {
        code: "from kubernetes import client\ncfg = client.Configuration()\ncfg.verify_ssl = False",
        line: 3,
      },
      {
        code: "from kubernetes import client\nc = client.Configuration()\nc.assert_hostname = False",
        line: 3,
      },
      {
        code: "import psycopg2\nc = psycopg2.connect(host='db', dbname='a', sslmode='require')",
        line: 2,
        severity: "LOW",
      },
      {
        code: "from kafka import KafkaProducer\np = KafkaProducer(bootstrap_servers='k:9093', security_protocol='SSL', ssl_check_hostname=False)",
        line: 2,
      },
      {
        code: "import mysql.connector\nc = mysql.connector.connect(host='db', user='u', ssl_ca='/etc/ca.pem', ssl_verify_cert=False)",
        line: 2,
      },
      // The parameter's default is a protocol that verifies nothing.
      "import ssl, http.client\ndef tls_handler(host, protocol=ssl.PROTOCOL_TLS):\n    context = ssl.SSLContext(protocol=protocol)\n    return http.client.HTTPSConnection(host, context=context)",
      "from OpenSSL import SSL\nc = SSL.Context(SSL.TLS_METHOD)\nc.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: True)",
      "from OpenSSL import SSL\ndef accept(conn, cert, errno, depth, ok):\n    return True\nc = SSL.Context(SSL.TLS_METHOD)\nc.set_verify(SSL.VERIFY_PEER, accept)",
      "import urllib3\nurllib3.PoolManager(cert_reqs='NONE')",
      {
        code: "import requests\ndef g(url, v):\n    return requests.get(url, verify=v, timeout=5)\ndef h():\n    return g('https://x', False)",
        line: 3,
      },
      {
        code: "import requests\ndef f(url, verify_tls=False):\n    return requests.get(url, verify=verify_tls, timeout=5)",
        line: 3,
      },
      "import requests\nrequests.post('https://x', json={}, verify=0, timeout=5)",
      "import os, requests\nV = os.environ.get('VERIFY_TLS', 'false').lower() == 'true'\nrequests.get(u, verify=V, timeout=5)",
      "import os, requests\nrequests.get(u, verify=os.getenv('VERIFY', '0') in ('1', 'true'), timeout=5)",
      {
        code: "from pymongo import MongoClient\nm = MongoClient(u, tls=True, tlsAllowInvalidCertificates=True)",
        line: 2,
      },
      { code: "import redis\nr = redis.Redis(host='c', ssl=True, ssl_cert_reqs='none')", line: 2 },
      {
        code: "import ssl\nfrom pymongo import MongoClient\nm = MongoClient(u, ssl=True, ssl_cert_reqs=ssl.CERT_NONE)",
        line: 3,
      },
      {
        code: "from elasticsearch import Elasticsearch\nes = Elasticsearch('https://s:9200', verify_certs=False)",
        line: 2,
      },
      { code: "import ldap\nldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)", line: 2 },
      { code: "import ssl\nfrom ldap3 import Tls\nt = Tls(validate=ssl.CERT_NONE)", line: 3 },
      {
        code: "import ssl\nctx = ssl.create_default_context()\nctx.verify_mode = ssl.CERT_OPTIONAL",
        line: 3,
      },
      {
        code: "import ssl\nfrom ssl import CERT_NONE\nctx = ssl.create_default_context()\nctx.verify_mode = CERT_NONE",
        line: 4,
      },
      {
        code: "from OpenSSL import SSL\nc = SSL.Context(SSL.TLS_METHOD)\nc.set_verify(SSL.VERIFY_NONE, cb)",
        line: 3,
      },
      { code: "import requests\nsession = requests.Session()\nsession.verify = False", line: 3 },
      { code: "import urllib3\nhttp = urllib3.PoolManager(cert_reqs='CERT_NONE')", line: 2 },
      {
        code: "from requests.adapters import HTTPAdapter\nclass A(HTTPAdapter):\n    def init_poolmanager(self, *args, **kwargs):\n        kwargs['assert_hostname'] = False\n        super().init_poolmanager(*args, **kwargs)",
        line: 4,
      },
      {
        code: "import urllib3\nhttp = urllib3.PoolManager(cert_reqs='CERT_REQUIRED', assert_hostname=False)",
        line: 2,
      },
      {
        code: "import paramiko\nc = paramiko.SSHClient()\nc.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
        line: 3,
      },
      "import requests\nrequests.post(u, data=d, verify=False)",
      'import requests\ndef push(u, verify=False):\n    """Send.\n\n    :param verify: verify the TLS certificate.\n    """\n    return requests.post(u, verify=verify)',
      'def fetch(u, verify=False):\n    """Fetch.\n\n    verify: re-check the payload.\n    """\n    return session.get(u, verify=verify)',
      "def pull(session, u):\n    return session.get(u, verify=False)",
      "from azure.storage.blob import BlobServiceClient\nc = BlobServiceClient(account_url=u, credential=k, connection_verify=False)",
      { code: "import requests\nopts = {'verify': False}\nrequests.post(u, **opts)", line: 3 },
      { code: "import httplib2\nh = httplib2.Http(disable_ssl_certificate_validation=True)", line: 2 },
      {
        code: "import ssl, websocket\nws = websocket.create_connection(u, sslopt={'cert_reqs': ssl.CERT_NONE})",
        line: 2,
      },
      { code: "import pycurl\nc = pycurl.Curl()\nc.setopt(pycurl.SSL_VERIFYPEER, 0)", line: 3 },
      "import ssl\nctx = ssl._create_unverified_context()",
      { code: "import ssl\nssl._create_default_https_context = ssl._create_unverified_context", line: 2 },
      {
        code: "import ssl\ndef f(sock, host):\n    c = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)\n    return c.wrap_socket(sock, server_hostname=host)",
        line: 3,
      },
      {
        code: "import ssl\ndef f(sock, host):\n    c = ssl.SSLContext(ssl.PROTOCOL_TLS)\n    return c.wrap_socket(sock, server_hostname=host)",
        line: 3,
      },
      "import ssl\ns = ssl.wrap_socket(sock)",
      {
        code: "import ssl\ndef connect(sock, cfg):\n    return ssl.wrap_socket(sock, server_side=False, **cfg)",
        line: 3,
      },
      "import ssl\nc = ssl.create_default_context()\nc.check_hostname = False\nc.verify_mode = ssl.CERT_NONE",
    ],
  },
});
