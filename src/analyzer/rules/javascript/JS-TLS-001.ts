import { field } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { jsRule } from "./common.js";
import { inTestCallback, typeTestModule } from "./JS-CRED-001.js";
import type { Report } from "../../rule.js";

/** `rejectUnauthorized: false` and its kin: one property of an options object that turns verification off. */
function insecurePair(t: string): boolean {
  return (
    /^['"]?(rejectUnauthorized|strictSSL|verifySSL|checkServerIdentity|sslValidate)['"]?:false$/.test(t) ||
    /^['"]?(insecure|tlsInsecure|tlsAllowInvalidCertificates|tlsAllowInvalidHostnames|ignoreHTTPSErrors|acceptInsecureCerts)['"]?:true$/.test(
      t,
    ) ||
    // `checkServerIdentity: () => undefined`: every certificate's host name accepted.
    /^['"]?checkServerIdentity['"]?:(\(\w*(,\w*)*\)|\w+)=>(undefined|null|\{\}|\{return;?\}|\{returnundefined;?\}|\{returnnull;?\})$|^['"]?checkServerIdentity['"]?:function\w*\([^)]*\)\{(return(undefined|null)?;?)?\}$/.test(
      t,
    ) ||
    // ssh2's `hostVerifier: () => true`: every server host key accepted, the SSH kin of an unchecked certificate.
    /^['"]?hostVerifier['"]?:(\([^)]*\)|\w+)=>(true|\{returntrue;?\})$|^['"]?hostVerifier['"]?:function\w*\([^)]*\)\{returntrue;?\}$/.test(
      t,
    )
  );
}

/** A connection string's query option that turns the checks off (MongoDB, node-postgres' `sslmode=no-verify`). */
const URL_INSECURE =
  /^[a-z][\w+.-]*:\/\/\S*[?&](tlsAllowInvalidCertificates=true|tlsAllowInvalidHostnames=true|tlsInsecure=true|sslValidate=false|sslmode=no-verify|rejectUnauthorized=false)(&|$)/i;

/** A loopback address as the host of a URL or a `host` option. */
const LOOPBACK_URL = /^[a-z][\w+.-]*:\/\/(localhost|127\.0\.0\.1|\[::1\])([:/?]|$)/i;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|::1)$/i;

/**
 * The options holding the flag belong to a connection whose only destination is this machine: a `https://localhost`
 * URL or a `host: '127.0.0.1'` beside them, in the same call or the one around it (`axios.create({ baseURL:
 * 'https://localhost:8443', httpsAgent: new https.Agent({ rejectUnauthorized: false }) })`). Nobody sits between
 * two ends on the loopback interface to present a forged certificate.
 */
function loopbackOnly(ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1], node: SyntaxNode): boolean {
  let calls = 0;
  for (let p = node.parent; p && calls < 2; p = p.parent) {
    if (/^(function_declaration|function_expression|arrow_function|method_definition|program)$/.test(p.type))
      break;
    if (p.type !== "call_expression" && p.type !== "new_expression") continue;
    calls++;
    for (const a of ctx.args(p)) {
      if (LOOPBACK_URL.test(ctx.stringValue(a) ?? templateHead(ctx, a))) return true;
      if (a.type !== "object") continue;
      for (const key of ["host", "hostname", "baseURL", "baseUrl", "url", "servername"]) {
        const v = ctx.stringValue(ctx.prop(a, key)) ?? templateHead(ctx, ctx.prop(a, key));
        if (v !== undefined && (LOOPBACK_HOST.test(v) || LOOPBACK_URL.test(v))) return true;
      }
    }
  }
  return false;
}

/** The literal text a template string starts with, up to its first substitution (`https://localhost:`). */
function templateHead(
  ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1],
  n: SyntaxNode | undefined,
): string {
  if (n?.type !== "template_string") return "";
  return /^`([^$`]*)/.exec(ctx.text(n))?.[1] ?? "";
}

export default jsRule({
  meta: {
    id: "JS-TLS-001",
    title: "TLS certificate verification disabled",
    cwe: ["CWE-295"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "inside a test (a describe/it/test callback or set-up hook): checks off against a test server; or in a type-assertion test module (tstyche, tsd), never run",
      },
      {
        severity: "LOW",
        when: "the connection's only destination is a loopback address (a https://localhost URL or host 127.0.0.1 beside the option): no one sits between the two ends to forge a certificate",
      },
    ],
    docs: {
      what_it_does:
        "Flags rejectUnauthorized: false, strictSSL: false, insecure: true, NODE_TLS_REJECT_UNAUTHORIZED = '0', superagent's disableTLSCerts() and an SSH hostVerifier that accepts every host key.",
      why_bad:
        "Without certificate checks anyone on the network path can impersonate the server and read or change the traffic.",
      example_bad:
        "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: false });",
      example_good:
        "const https = require('https');\nconst fs = require('fs');\nconst agent = new https.Agent({ ca: fs.readFileSync('ca.pem') });",
    },
    fix_hint: "Keep verification on; trust private CAs through the ca option.",
  },
  trigger:
    /rejectUnauthorized|strictSSL|verifySSL|checkServerIdentity|insecure|Insecure|NODE_TLS_REJECT_UNAUTHORIZED|ignore-certificate-errors|setCertificateVerifyProc|certificate-error|InvalidCertificates|InvalidHostnames|HTTPSErrors|acceptInsecureCerts|hostVerifier|disableTLSCerts|sslValidate|sslmode=no-verify/,
  nodeTypes: [
    "pair",
    "assignment_expression",
    "call_expression",
    "new_expression",
    "string",
    "template_string",
  ],
  detect(node, ctx, emit) {
    // A test turning the checks off talks to its own fixture server (self-signed, expired on purpose); a type test
    // (tstyche, tsd) only type-checks the option.
    const report = (r: Report) =>
      emit(inTestCallback(ctx, r.node) || typeTestModule(ctx) ? { ...r, severity: "LOW" } : r);
    if (node.type === "call_expression" || node.type === "new_expression") {
      const m = ctx.method(node);
      const args = ctx.args(node);
      // `tls.connect(opts)`, `new https.Agent(opts)`: the options object, declared elsewhere, turns the checks off;
      // reported at the connection as well as at the property.
      if (!/^(console|JSON|Object|logger|log)\b/.test(ctx.callee(node)))
        for (const a of args) {
          const obj = a.type === "identifier" ? ctx.resolve(a) : undefined;
          if (obj?.type !== "object") continue;
          const bad = obj.children.some(
            (p) => p.type === "pair" && insecurePair(ctx.text(p).replace(/\s+/g, "")),
          );
          if (bad) {
            report({ node, message: "connection made with options that disable certificate verification" });
            return;
          }
        }
      if (node.type === "new_expression") return;
      // superagent's `request.get(url).disableTLSCerts()`: the request accepts any certificate.
      if (m === "disableTLSCerts" && args.length === 0)
        report({ node, message: "superagent request accepts any certificate (disableTLSCerts)" });
      // Electron / Chromium: `app.commandLine.appendSwitch('ignore-certificate-errors')`.
      else if (m === "appendSwitch" && /^ignore-certificate-errors$/.test(ctx.stringValue(args[0]) ?? ""))
        report({ node, message: "Chromium told to ignore certificate errors" });
      // `session.setCertificateVerifyProc((req, cb) => cb(0))`: every certificate passes.
      else if (
        m === "setCertificateVerifyProc" &&
        args[0] &&
        /^(arrow_function|function_expression)$/.test(args[0].type)
      ) {
        const body = ctx.text(args[0]).replace(/\s+/g, "");
        if (/\w+\(0\)\}?;?\}?$/.test(body) && !/if\(|\?|===|!==/.test(body))
          report({ node, message: "certificate verification callback accepts every certificate" });
      }
      // `app.on('certificate-error', (e, wc, url, err, cert, cb) => { e.preventDefault(); cb(true); })`.
      else if (m === "on" && ctx.stringValue(args[0]) === "certificate-error" && args[1]) {
        const params = ctx.text(args[1].children.find((c) => c.field === "parameters") ?? args[1]);
        const cb = /(\w+)\s*\)\s*$/.exec(params.replace(/\)\s*=>.*$/s, ")"))?.[1];
        const body = ctx.text(args[1]);
        if (cb && new RegExp(`\\b${cb}\\(\\s*true\\s*\\)`).test(body) && !/\bif\s*\(|===|!==/.test(body)) {
          // Reported where the certificate is accepted: the `callback(true)` call.
          const accept = ctx.tree.nodes.find(
            (n) =>
              n.type === "call_expression" &&
              n.start >= args[1]!.start &&
              n.end <= args[1]!.end &&
              new RegExp(`^${cb}\\(\\s*true\\s*\\)$`).test(ctx.text(n)),
          );
          report({ node: accept ?? node, message: "certificate errors accepted for every URL" });
        }
      }
      return;
    }
    // `'mongodb+srv://host/db?tls=true&tlsAllowInvalidCertificates=true'`, `postgres://...?sslmode=no-verify`.
    if (node.type === "string" || node.type === "template_string") {
      const v = node.type === "string" ? (ctx.stringValue(node) ?? "") : ctx.text(node).slice(1, -1);
      if (URL_INSECURE.test(v))
        report({ node, message: "connection string turns certificate verification off" });
      return;
    }
    const t = ctx.text(node).replace(/\s+/g, "");
    if (node.type === "pair") {
      // `rejectUnauthorized: VERIFY_PEER` with `const VERIFY_PEER = false`: the flag's value through a constant.
      const value = field(node, "value");
      // Also a negation folded to a constant: `rejectUnauthorized: !true`, `!!0`.
      const bound =
        value?.type === "identifier" || value?.type === "unary_expression"
          ? ctx.constValue(value)
          : undefined;
      const key = ctx.text(field(node, "key") ?? node);
      if (insecurePair(t) || (typeof bound === "boolean" && insecurePair(`${key}:${bound}`)))
        report(
          loopbackOnly(ctx, node)
            ? {
                node,
                message: "certificate verification disabled for a loopback connection",
                severity: "LOW",
                reason:
                  "the connection's only destination is a loopback address (a https://localhost URL or host 127.0.0.1 beside the option): no one sits between the two ends to forge a certificate",
              }
            : { node, message: "certificate verification disabled" },
        );
      return;
    }
    if (/NODE_TLS_REJECT_UNAUTHORIZED['"]?\]?=['"]?0['"]?$/.test(t))
      report({ node, message: "TLS verification disabled process-wide" });
  },
  cases: {
    valid: [
      "const STRICT = true;\nconst a = new https.Agent({ rejectUnauthorized: STRICT });",
      "const a = { rejectUnauthorized: true };",
      "const a = new https.Agent({ rejectUnauthorized: !false });",
      "const opts = { host: 'mq', rejectUnauthorized: true };\nconst s = tls.connect(opts);",
      "app.on('certificate-error', (event, wc, url, error, cert, callback) => {\n  if (url.startsWith('https://dev.local/')) { event.preventDefault(); callback(true); } else callback(false);\n});",
      "session.defaultSession.setCertificateVerifyProc((request, callback) => callback(-3));",
      "tls.connect({ host: h, checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });",
      "conn.connect({ host, username: 'u', hostVerifier: (key) => fingerprint(key) === PINNED });",
      "const uri = 'mongodb+srv://cluster0.example.net/app?tls=true&tlsCAFile=/etc/ssl/ca.pem';",
      "const docs = 'Set tlsAllowInvalidCertificates=true only for local testing';",
    ],
    invalid: [
      "const uri = 'mongodb+srv://cluster0.example.net/app?tls=true&tlsAllowInvalidCertificates=true';",
      "const pool = new Pool({ connectionString: `postgres://${host}/app?sslmode=no-verify` });",
      {
        code: "const https = require('https');\nconst c = axios.create({ baseURL: `https://localhost:${port}`, httpsAgent: new https.Agent({ rejectUnauthorized: false }) });",
        severity: "LOW",
      },
      {
        code: "const https = require('https');\nconst c = axios.create({ baseURL: 'https://api.example.com', httpsAgent: new https.Agent({ rejectUnauthorized: false }) });",
        severity: "HIGH",
      },
      {
        code: "const tls = require('tls');\nconst s = tls.connect({ host: '127.0.0.1', port: 8883, rejectUnauthorized: false });",
        severity: "LOW",
      },
      "const superagent = require('superagent');\nconst res = await superagent.get(url).disableTLSCerts();",
      {
        code: "const should = require('should');\nit('accepts expired certs when asked', (done) => {\n  client.get(url, { rejectUnauthorized: false }, done);\n});",
        severity: "LOW",
      },
      {
        code: "import { expect } from 'tstyche';\nimport proxy from '..';\napp.register(proxy, { upstream: u, undici: { connect: { rejectUnauthorized: false } } });",
        severity: "LOW",
      },
      "const VERIFY = false;\nconst a = new https.Agent({ rejectUnauthorized: VERIFY });",
      "const a = new https.Agent({ rejectUnauthorized: false });",
      "const a = new https.Agent({ rejectUnauthorized: !true });",
      "const s = tls.connect({ host: h, rejectUnauthorized: !!0 });",
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      "const { app } = require('electron');\napp.commandLine.appendSwitch('ignore-certificate-errors');",
      "session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));",
      "app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {\n  event.preventDefault();\n  callback(true);\n});",
      "mongoose.connect(uri, { tls: true, tlsAllowInvalidCertificates: true });",
      "const browser = await puppeteer.launch({ ignoreHTTPSErrors: true });",
      "tls.connect({ host: h, port: 443, checkServerIdentity: () => undefined });",
      "tls.connect({ host: h, checkServerIdentity: function (host, cert) { return; } });",
      "conn.connect({ host, username: 'deploy', privateKey, hostVerifier: () => true });",
      "conn.connect({ host, username: 'deploy', hostVerifier: function (key) { return true; } });",
      "const tls = require('tls');\nconst opts = { host: 'mq', port: 8883, rejectUnauthorized: false };\nconst s = tls.connect(opts);",
    ],
  },
});
