import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { Report } from "../../rule.js";
import { pyRule } from "./common.js";
import { sourceHas } from "../../parse/nodes.js";

/**
 * easysnmp's Session and its one-call helpers: version=1 or 2 is a community in cleartext; version 3 (the default)
 * without privacy (security_level other than auth_with_privacy, which is also the default) sends data in clear.
 */
function easySnmp(ctx: PythonContext, node: SyntaxNode, report: (r: Report) => void): void {
  const version = ctx.constValue(ctx.kwarg(node, "version"));
  if (version === 1 || version === 2) {
    report({ node, message: `SNMP v${version} community: credentials and data in cleartext` });
    return;
  }
  const level = ctx.stringValue(ctx.kwarg(node, "security_level"));
  if (level !== undefined && level !== "auth_with_privacy")
    report({ node, message: `SNMPv3 security_level ${level}: data travels unencrypted` });
}

export default pyRule({
  meta: {
    id: "PY-SNMP-001",
    title: "SNMP without encryption (v1/v2c communities, v3 without privacy)",
    cwe: ["CWE-319"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags pysnmp CommunityData (SNMP v1/v2c: the community string and every value travel in cleartext) and UsmUserData without a privacy key (v3 noAuthNoPriv or authNoPriv), and easysnmp sessions and calls with version=1/2 or a v3 security_level without privacy.",
      why_bad:
        "Anyone on the path reads the community string (the only credential) and the device data, and can replay it to read or change the device's configuration.",
      example_bad: "from pysnmp.hlapi import CommunityData\nauth = CommunityData('public', mpModel=0)",
      example_good:
        "from pysnmp.hlapi import UsmUserData, usmHMACSHAAuthProtocol, usmAesCfb128Protocol\nauth = UsmUserData('monitor', auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol)",
    },
    fix_hint: "Use SNMPv3 with both an authentication and a privacy key (authPriv, SHA + AES).",
  },
  trigger: /CommunityData|UsmUserData|easysnmp/,
  nodeTypes: ["call"],
  calls: [
    "CommunityData",
    "UsmUserData",
    "Session",
    "snmp_get",
    "snmp_set",
    "snmp_walk",
    "snmp_bulkwalk",
    "snmp_get_next",
  ],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (/^easysnmp\.(Session|snmp_get|snmp_set|snmp_walk|snmp_bulkwalk|snmp_get_next)$/.test(q)) {
      easySnmp(ctx, node, report);
      return;
    }
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
      "from easysnmp import Session\ns = Session(hostname=h, version=3, security_level='auth_with_privacy', security_username=u)",
    ],
    invalid: [
      { code: "from pysnmp.hlapi import CommunityData\nc = CommunityData('public')", line: 2 },
      { code: "from pysnmp.hlapi import UsmUserData\nu = UsmUserData('m', ak)", line: 2 },
      "from easysnmp import Session\ns = Session(hostname=h, community='private', version=2)",
      "import easysnmp\nv = easysnmp.snmp_get('sysDescr.0', hostname=h, community='public', version=1)",
      "from easysnmp import Session\ns = Session(hostname=h, version=3, security_level='auth_without_privacy')",
    ],
  },
});
