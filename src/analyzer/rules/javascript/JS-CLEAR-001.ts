import { jsRule } from "./common.js";
import { field, sourceHas } from "../../parse/nodes.js";

export default jsRule({
  meta: {
    id: "JS-CLEAR-001",
    title: "Mail, FTP, Telnet or MQTT login without TLS",
    cwe: ["CWE-319", "CWE-523"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a nodemailer transport with secure: false that logs in without requireTLS: it upgrades with STARTTLS when the server offers it, so only an attacker on the path who strips the offer reads the login",
      },
    ],
    docs: {
      what_it_does:
        "Flags nodemailer transports with ignoreTLS: true, or with secure: false and requireTLS: false (LOW with secure: false, a login and no requireTLS), ftp / basic-ftp connections with secure: false that log in with a password, telnet-client logins, and MQTT clients that log in over mqtt:// or ws://.",
      why_bad:
        "Without TLS the login and every message or file cross the network in clear: anyone on the path reads the password and the content, and can alter them.",
      example_bad:
        "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({ host: 'smtp.example.com', port: 25, ignoreTLS: true, auth: { user: u, pass: p } });",
      example_good:
        "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({ host: 'smtp.example.com', port: 587, requireTLS: true, auth: { user: u, pass: p } });",
    },
    fix_hint:
      "Use secure: true (implicit TLS) or requireTLS: true (STARTTLS required); for FTP use secure: true or SFTP.",
  },
  trigger: /ignoreTLS|requireTLS|secure['"]?\s*:\s*false|telnet-client|mqtt/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const opts = ctx.args(node).find((a) => a.type === "object");
    if (!opts) return;
    const val = (k: string) => ctx.constValue(ctx.prop(opts, k));
    if (/(^|\.)createTransport$/.test(ctx.callee(node)) && sourceHas(ctx.tree, /nodemailer/)) {
      // Reported on the option itself: a transport's options often span many lines.
      if (val("ignoreTLS") === true)
        report({
          node: ctx.prop(opts, "ignoreTLS")!.parent ?? node,
          message: "mail transport ignores STARTTLS: messages and login go in clear",
        });
      else if (val("secure") === false && val("requireTLS") === false)
        report({ node, message: "mail transport neither uses nor requires TLS" });
      // `secure: false` with a login and no requireTLS: STARTTLS only if offered, which an attacker can strip.
      else if (val("secure") === false && val("requireTLS") === undefined && ctx.prop(opts, "auth"))
        report({
          node: ctx.prop(opts, "secure")!.parent ?? node,
          severity: "LOW",
          message: "mail transport logs in without requiring STARTTLS",
        });
      return;
    }
    // telnet-client: `connection.connect({ host, username, password })` - Telnet has no encryption at all.
    const callee = field(node, "function");
    const recv = callee?.type === "member_expression" ? field(callee, "object") : undefined;
    const made = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
    if (
      ctx.method(node) === "connect" &&
      sourceHas(ctx.tree, /['"]telnet-client['"]/) &&
      made?.type === "new_expression" &&
      /Telnet$/.test(ctx.callee(made)) &&
      (ctx.prop(opts, "password") || ctx.prop(opts, "pass"))
    ) {
      report({ node, message: "Telnet login: the password crosses the network in clear" });
      return;
    }
    // mqtt: `mqtt.connect('mqtt://broker:1883', { username, password })` (ws:// likewise).
    if (
      /(^|\.)(mqtt\.)?connect(Async)?$/.test(ctx.callee(node)) &&
      /(^|\.)mqtt\./.test(ctx.callee(node) + ".")
    ) {
      const url = ctx.stringValue(ctx.args(node)[0]) ?? "";
      if (
        /^(mqtt|tcp|ws):\/\//i.test(url) &&
        ctx.prop(opts, "password") &&
        !/^\w+:\/\/(localhost|127\.0\.0\.1)[:/]?/i.test(url)
      )
        report({ node, message: "MQTT login over a connection without TLS" });
      return;
    }
    // ftp: `c.connect({ host, user, password, secure: false })`; basic-ftp: `client.access({ ..., secure: false })`.
    if (
      /^(connect|access)$/.test(ctx.method(node)) &&
      sourceHas(
        ctx.tree,
        /require\(\s*['"](ftp|basic-ftp|promise-ftp|jsftp)['"]\s*\)|from\s+['"](ftp|basic-ftp|promise-ftp|jsftp)['"]/,
      ) &&
      val("secure") === false &&
      (ctx.prop(opts, "password") || ctx.prop(opts, "pass"))
    )
      report({ node, message: "FTP login over a connection without TLS" });
  },
  cases: {
    valid: [
      "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({ host: 'h', port: 465, secure: true });",
      "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({ host: 'h', port: 587, secure: false, requireTLS: true });",
      "const Client = require('ftp');\nconst c = new Client();\nc.connect({ host: 'h', user: 'u', password: p, secure: true });",
      "const Client = require('ftp');\nconst c = new Client();\nc.connect({ host: 'h', secure: false });",
      "const mqtt = require('mqtt');\nconst c = mqtt.connect('mqtts://broker.example.com:8883', { username: 'u', password: p });",
      "const mqtt = require('mqtt');\nconst c = mqtt.connect('mqtt://localhost:1883', { username: 'u', password: p });",
      "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({ host: 'localhost', port: 1025, secure: false });",
      "const net = require('net');\nconst s = net.connect({ host: 'h', port: 23 });",
      "const { Telnet } = require('telnet-client');\nconst db = new Pool();\ndb.connect({ host: 'db', password: p });",
    ],
    invalid: [
      "const mqtt = require('mqtt');\nconst c = mqtt.connect('mqtt://broker.example.com:1883', { username: 'u', password: p });",
      "const { Telnet } = require('telnet-client');\nconst t = new Telnet();\nawait t.connect({ host: 'r1', port: 23, username: 'admin', password: p });",
      {
        code: "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({\n  host: 'mail.example.com',\n  port: 587,\n  secure: false,\n  auth: { user: u, pass: p },\n});",
        line: 5,
        severity: "LOW",
      },
      "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({ host: 'h', port: 25, ignoreTLS: true });",
      "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({ host: 'h', secure: false, requireTLS: false });",
      "const Client = require('ftp');\nconst c = new Client();\nc.connect({ host: 'h', user: 'u', password: p, secure: false });",
      {
        code: "const nodemailer = require('nodemailer');\nconst t = nodemailer.createTransport({\n  host: 'h',\n  port: 25,\n  ignoreTLS: true,\n});",
        line: 5,
      },
    ],
  },
});
