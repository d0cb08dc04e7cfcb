import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Calls that raise when a signature does not verify (cryptography, PyNaCl, ecdsa, rsa, PGP wrappers; Stripe's and
 * other webhook SDKs' construct_event / verify_header). */
const VERIFY =
  /^(verify|verify_signature|verify_message|verify_digest|verify_detached|construct_event|verify_header|verify_webhook)$/;

/** The handler lets execution go on: it only logs, prints or passes (no exit, no flag for later code). */
function fallsThrough(body: SyntaxNode, text: (n: SyntaxNode) => string): boolean {
  const stmts = namedChildren(body).filter((s) => s.type !== "comment");
  return (
    stmts.length > 0 &&
    stmts.every(
      (s) =>
        s.type === "pass_statement" ||
        (s.type === "expression_statement" &&
          /^(print|warnings\.warn|\w*(log|logger|logging|LOG)\w*\.\w+)\(/.test(text(s)) &&
          !descendants(s).some((d) => d.type === "assignment")),
    )
  );
}

export default pyRule({
  meta: {
    id: "PY-SIGFAIL-001",
    title: "Signature check that lets a failed or missing signature through",
    cwe: ["CWE-347", "CWE-390"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags a signature check that returns True when the signature is missing (`if not signature: return True` before compare_digest/verify), and a try block that verifies a signature (`public_key.verify(...)`, `verify_key.verify(...)`) whose except handler only logs, prints or passes, so the code after the try runs whether or not the signature held.",
      why_bad:
        "The verification raises to say the data was forged or altered; catching that and carrying on installs the tampered update, trusts the forged message or accepts the token anyway, as if no check were made.",
      example_bad:
        "import logging\nfrom cryptography.exceptions import InvalidSignature\ndef install(pub, pkg, sig, pad, h):\n    try:\n        pub.verify(sig, pkg, pad, h)\n    except InvalidSignature:\n        logging.warning('bad signature')\n    run_installer(pkg)",
      example_good:
        "import logging\nfrom cryptography.exceptions import InvalidSignature\ndef install(pub, pkg, sig, pad, h):\n    try:\n        pub.verify(sig, pkg, pad, h)\n    except InvalidSignature:\n        logging.warning('bad signature')\n        return False\n    run_installer(pkg)\n    return True",
    },
    fix_hint:
      "Stop in the handler (return, raise, abort) so nothing after the check runs for a bad signature.",
  },
  trigger:
    /\.verify(_signature|_message|_digest|_detached|_header|_webhook)?\(|compare_digest|construct_event\(/,
  nodeTypes: ["try_statement", "if_statement"],
  detect(node, ctx, report) {
    if (node.type === "if_statement") {
      // `if not signature: return True` in a function that then compares an HMAC or verifies: a request that
      // leaves the signature out is accepted without any check.
      const cond = field(node, "condition");
      const then = namedChildren(field(node, "consequence") ?? node).filter((c) => c.type !== "comment");
      const m = cond
        ? /^(?:not\s+(\w+)|(\w+)\s+is\s+None|(\w+)\s*==\s*(?:b?""|b?''))$/.exec(ctx.text(cond))
        : null;
      const name = m ? (m[1] ?? m[2] ?? m[3])! : undefined;
      const fn = ctx.enclosingFunction(node);
      if (
        !name ||
        !fn ||
        field(node, "alternative") ||
        then.length !== 1 ||
        ctx.text(then[0]!) !== "return True" ||
        !/sig|signature|mac|digest/i.test(name) ||
        !namedChildren(field(fn, "parameters") ?? fn).some(
          (p) => ctx.text(p).split(/[:=]/)[0]!.trim() === name,
        ) ||
        !descendants(fn).some(
          (d) =>
            d.type === "call" && d.start > node.end && /^(compare_digest|verify\w*)$/.test(ctx.method(d)),
        )
      )
        return;
      report({
        node,
        message: `a missing ${name} returns True: the check passes for a request that sends none`,
      });
      return;
    }
    const body = field(node, "body");
    if (!body) return;
    const verifies = descendants(body).some((d) => d.type === "call" && VERIFY.test(ctx.method(d)));
    if (!verifies) return;
    // Code must follow the try in its block: the work the verification was meant to protect.
    const siblings = node.parent ? namedChildren(node.parent).filter((c) => c.type !== "comment") : [];
    if (siblings.indexOf(node) === siblings.length - 1) return;
    for (const h of namedChildren(node).filter((c) => c.type === "except_clause")) {
      const block = namedChildren(h).find((c) => c.type === "block");
      if (!block || !fallsThrough(block, (n) => ctx.text(n))) continue;
      const caught = (ctx.text(h).split("\n")[0] ?? "").replace(/:$/, "").trim();
      report({
        node: h,
        message: `${caught} only reports the failed verification; the code after it still runs`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "import logging\ndef f(pub, data, sig):\n    try:\n        pub.verify(sig, data)\n    except Exception:\n        logging.warning('bad')\n        return False\n    use(data)",
      "def f(pub, data, sig):\n    ok = True\n    try:\n        pub.verify(sig, data)\n    except Exception:\n        ok = False\n    if ok:\n        use(data)",
      "import logging\ndef f(pub, data, sig):\n    try:\n        pub.verify(sig, data)\n    except Exception:\n        logging.warning('bad')",
      "def f(ctx, cert):\n    try:\n        load(cert)\n    except ValueError:\n        pass\n    use(cert)",
      "import hmac\ndef verify(body, signature, key):\n    if not signature:\n        return False\n    return hmac.compare_digest(hmac.new(key, body, 'sha256').hexdigest(), signature)",
      "import hmac\ndef verify(body, signature, key, required):\n    if not required:\n        return True\n    return hmac.compare_digest(hmac.new(key, body, 'sha256').hexdigest(), signature)",
    ],
    invalid: [
      "import logging\ndef f(pub, data, sig):\n    try:\n        pub.verify(sig, data)\n    except Exception:\n        logging.warning('bad')\n    use(data)",
      {
        code: "import hmac\ndef verify(body, signature, key):\n    if not signature:\n        return True\n    return hmac.compare_digest(hmac.new(key, body, 'sha256').hexdigest(), signature)",
        line: 3,
        message: "missing signature",
      },
      "import stripe\ndef hook(payload, sig, secret):\n    event = None\n    try:\n        event = stripe.Webhook.construct_event(payload, sig, secret)\n    except stripe.error.SignatureVerificationError:\n        pass\n    handle(event or payload)",
      "from nacl.exceptions import BadSignatureError\ndef f(vk, msg):\n    try:\n        vk.verify(msg)\n    except BadSignatureError:\n        pass\n    deliver(msg)",
    ],
  },
});
