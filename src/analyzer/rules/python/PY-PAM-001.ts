import { descendants, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-PAM-001",
    title: "PAM authentication without the account check",
    cwe: ["CWE-285"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags functions that call libpam's pam_authenticate (through ctypes or a thin wrapper) and treat its result as the login decision without calling pam_acct_mgmt.",
      why_bad:
        "pam_authenticate only checks the credentials. Whether the account may log in at all - expired, locked, outside its allowed hours, password change required - is pam_acct_mgmt's answer; skipping it lets disabled accounts in (CWE-285).",
      example_bad:
        "from ctypes import CDLL, byref\nfrom ctypes.util import find_library\nlibpam = CDLL(find_library('pam'))\ndef login(handle):\n    return libpam.pam_authenticate(handle, 0) == 0",
      example_good:
        "from ctypes import CDLL, byref\nfrom ctypes.util import find_library\nlibpam = CDLL(find_library('pam'))\ndef login(handle):\n    if libpam.pam_authenticate(handle, 0) != 0:\n        return False\n    return libpam.pam_acct_mgmt(handle, 0) == 0",
    },
    fix_hint:
      "Call pam_acct_mgmt(handle, 0) after a successful pam_authenticate and require it to succeed too.",
  },
  trigger: /pam_authenticate/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (!/(^|\.)pam_authenticate$/.test(ctx.callee(node))) return;
    const fn = ctx.enclosingFunction(node);
    if (!fn || ctx.text(field(fn, "name") ?? fn) === "pam_authenticate") return;
    // The account check anywhere in the function (or a helper of the module named after it).
    const body = descendants(fn).filter((c) => c.type === "call");
    if (body.some((c) => /pam_acct_mgmt/.test(ctx.callee(c)))) return;
    report({
      node,
      message:
        "pam_authenticate() result used without pam_acct_mgmt(): the account's validity is never checked",
    });
  },
  cases: {
    valid: [
      "from ctypes import CDLL\nlibpam = CDLL('libpam.so.0')\ndef login(h):\n    r = libpam.pam_authenticate(h, 0)\n    if r == 0:\n        r = libpam.pam_acct_mgmt(h, 0)\n    return r == 0",
      "from ctypes import CDLL\nlibpam = CDLL('libpam.so.0')\npam_authenticate = libpam.pam_authenticate\npam_acct_mgmt = libpam.pam_acct_mgmt\ndef login(h):\n    return pam_authenticate(h, 0) == 0 and pam_acct_mgmt(h, 0) == 0",
    ],
    invalid: [
      {
        code: "from ctypes import CDLL\nlibpam = CDLL('libpam.so.0')\npam_authenticate = libpam.pam_authenticate\ndef login(h):\n    retval = pam_authenticate(h, 0)\n    return retval == 0",
        line: 5,
      },
      "from ctypes import CDLL\nlibpam = CDLL('libpam.so.0')\ndef login(h):\n    return libpam.pam_authenticate(h, 0) == 0",
    ],
  },
});
