import { pyRule } from "./common.js";
import { sourceHas } from "../../parse/nodes.js";

export default pyRule({
  meta: {
    id: "PY-SNMP-001",
    title: "SNMP without encryption (v1/v2c communities, v3 without privacy)",
    cwe: ["CWE-319"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags pysnmp CommunityData (SNMP v1/v2c: the community string and every value travel in cleartext) and UsmUserData without a privacy key (v3 noAuthNoPriv or authNoPriv).",
      why_bad:
        "Anyone on the path reads the community string (the only credential) and the device data, and can replay it to read or change the device's configuration.",
      example_bad: "from pysnmp.hlapi import CommunityData\nauth = CommunityData('public', mpModel=0)",
      example_good:
        "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\nauth = UsmUserData('monitor', auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)",
    },
    fix_hint: "Use SNMPv3 with both an authentication and a privacy key (authPriv, SHA + AES).",
  },
  trigger: /CommunityData|UsmUserData/,
  nodeTypes: ["call"],
  calls: ["CommunityData", "UsmUserData"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/(^|\.)(CommunityData|UsmUserData)$/.test(q) || !sourceHas(ctx.tree, /\bpysnmp\b/)) return;
    if (/CommunityData$/.test(q)) {
      report({ node, message: "SNMP v1/v2c community: credentials and data in cleartext" });
      return;
    }
    const priv = ctx.args(node)[2] ?? ctx.kwarg(node, "privKey");
    const proto = ctx.kwarg(node, "privProtocol");
    if (!priv || (proto && /usmNoPrivProtocol$/.test(ctx.text(proto))))
      report({ node, message: "SNMPv3 user without a privacy key: data travels unencrypted" });
  },
  cases: {
    valid: [
      "from pysnmp.hlapi import UsmUserData\nu = UsmUserData('m', ak, pk)",
      "from pysnmp.hlapi import UsmUserData\nu = UsmUserData('m', authKey=ak, privKey=pk)",
    ],
    invalid: [
      { code: "from pysnmp.hlapi import CommunityData\nc = CommunityData('public')", line: 2 },
      { code: "from pysnmp.hlapi import UsmUserData\nu = UsmUserData('m', ak)", line: 2 },
    ],
  },
});
