import { jsRule } from "./common.js";
import { sourceHas } from "../../parse/nodes.js";

export default jsRule({
  meta: {
    id: "JS-CLEAR-001",
    title: "Mail or FTP client told not to use TLS",
    cwe: ["CWE-319", "CWE-523"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags nodemailer transports with ignoreTLS: true, or with secure: false and requireTLS: false, and ftp / basic-ftp connections with secure: false that log in with a password.",
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
  trigger: /ignoreTLS|requireTLS|secure['"]?\s*:\s*false/,
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
    ],
    invalid: [
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
