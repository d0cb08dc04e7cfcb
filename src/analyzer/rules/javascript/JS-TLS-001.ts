import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-TLS-001",
    title: "TLS certificate verification disabled",
    cwe: ["CWE-295"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags rejectUnauthorized: false, strictSSL: false, insecure: true and NODE_TLS_REJECT_UNAUTHORIZED = '0'.",
      why_bad:
        "Without certificate checks anyone on the network path can impersonate the server and read or change the traffic.",
      example_bad:
        "const https = require('https');\nconst agent = new https.Agent({ rejectUnauthorized: false });",
      example_good:
        "const https = require('https');\nconst fs = require('fs');\nconst agent = new https.Agent({ ca: fs.readFileSync('ca.pem') });",
    },
    fix_hint: "Keep verification on; trust private CAs through the ca option.",
  },
  trigger: /rejectUnauthorized|strictSSL|verifySSL|checkServerIdentity|insecure|NODE_TLS_REJECT_UNAUTHORIZED/,
  nodeTypes: ["pair", "assignment_expression"],
  detect(node, ctx, report) {
    const t = ctx.text(node).replace(/\s+/g, "");
    if (node.type === "pair") {
      if (
        /^['"]?(rejectUnauthorized|strictSSL|verifySSL|checkServerIdentity)['"]?:false$/.test(t) ||
        /^['"]?insecure['"]?:true$/.test(t) ||
        // `checkServerIdentity: () => undefined`: every certificate's host name accepted.
        /^['"]?checkServerIdentity['"]?:(\(\w*(,\w*)*\)|\w+)=>(undefined|null|\{\}|\{return;?\}|\{returnundefined;?\}|\{returnnull;?\})$|^['"]?checkServerIdentity['"]?:function\w*\([^)]*\)\{(return(undefined|null)?;?)?\}$/.test(
          t,
        )
      )
        report({ node, message: "certificate verification disabled" });
      return;
    }
    if (/NODE_TLS_REJECT_UNAUTHORIZED['"]?\]?=['"]?0['"]?$/.test(t))
      report({ node, message: "TLS verification disabled process-wide" });
  },
  cases: {
    valid: [
      "const a = { rejectUnauthorized: true };",
      "tls.connect({ host: h, checkServerIdentity: (host, cert) => tls.checkServerIdentity(host, cert) });",
    ],
    invalid: [
      "const a = new https.Agent({ rejectUnauthorized: false });",
      "process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';",
      "tls.connect({ host: h, port: 443, checkServerIdentity: () => undefined });",
      "tls.connect({ host: h, checkServerIdentity: function (host, cert) { return; } });",
    ],
  },
});
