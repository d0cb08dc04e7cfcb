import { functionName, pyRule } from "./common.js";

/** Functions whose answer is a security decision. */
const DECISION =
  /(^|_)(is_?valid|valid|verify|verified|check|authori[sz]e|authenticate|is_?allowed|allowed|permit|has_?perm|has_?access|can_|may_|is_?admin|is_?authenticated|validate)/i;

export default pyRule({
  meta: {
    id: "PY-FAILOPEN-001",
    title: "Security check that passes when it fails (fail open)",
    cwe: ["CWE-636", "CWE-703", "CWE-755"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an except handler that returns True in a function whose answer is a security decision (verify, is_valid, check_*, authorize, has_perm, ...), or that returns the top role ('admin', 'root', 'superuser') from a function that answers a role or permission.",
      why_bad:
        "Any error in the check (a malformed token, a timeout, a bug) grants access: an attacker only has to make the verification throw.",
      example_bad:
        "def is_valid_token(token, verifier):\n    try:\n        verifier.verify(token)\n        return True\n    except Exception:\n        return True",
      example_good:
        "def is_valid_token(token, verifier):\n    try:\n        verifier.verify(token)\n        return True\n    except Exception:\n        return False",
    },
    fix_hint: "Fail closed: return False (or raise) when the check cannot be completed.",
  },
  trigger:
    /except\b[^\n]*:(?:\n[^\n]*){0,6}?\n[ \t]*return\s+(True\b|["'](admin|root|superuser|superadmin|administrator)["'])/,
  nodeTypes: ["return_statement"],
  detect(node, ctx, report) {
    const value = node.children.find((c) => c.named);
    // `except Exception: return "admin"` in a role lookup: a token that fails to decode gets the top role.
    const role =
      value?.type === "string" &&
      /^(admin|root|superuser|superadmin|administrator)$/i.test(ctx.stringValue(value) ?? "");
    if (value?.type !== "true" && !role) return;
    let handler;
    for (let p = node.parent; p && p.type !== "function_definition"; p = p.parent)
      if (p.type === "except_clause") handler = p;
    if (!handler) return;
    const name = functionName(ctx, node);
    // (a role only from a function that answers one: `get_user()` falling back to "root" names an account)
    if (role ? !/role|perm|priv|access|scope|tier|level|group/i.test(name) : !DECISION.test(name)) return;
    const caught = ctx.text(handler).split("\n")[0] ?? "";
    report({
      node,
      message: `${name}() answers ${role ? ctx.text(value) : "True"} when ${caught.replace(/:$/, "").trim()} fires`,
    });
  },
  cases: {
    valid: [
      "def is_valid(t):\n    try:\n        check(t)\n        return True\n    except Exception:\n        return False",
      "def load(p):\n    try:\n        return read(p)\n    except OSError:\n        return True",
      "import getpass\ndef get_user():\n    try:\n        return getpass.getuser()\n    except Exception:\n        return 'root'",
      "def role(t):\n    try:\n        return decode(t)['role']\n    except Exception:\n        return 'guest'",
    ],
    invalid: [
      {
        code: "import jwt\ndef current_role(token, key):\n    try:\n        return jwt.decode(token, key, algorithms=['HS256'])['role']\n    except Exception:\n        return 'admin'",
        line: 6,
      },
      "def verify_signature(sig):\n    try:\n        check(sig)\n        return True\n    except ValueError:\n        return True",
      "import logging\ndef may_delete(user, doc):\n    try:\n        return doc.owner_id == user.id\n    except Exception:\n        logging.warning('lookup failed')\n        return True",
    ],
  },
});
