import { namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-EXC-001",
    title: "Exception swallowed silently",
    cwe: ["CWE-703", "CWE-755", "CWE-390"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags bare `except:` or `except Exception:` handlers whose body is only pass/continue/... .",
      why_bad:
        "Security failures (a failed signature check, a denied permission, a broken TLS handshake) disappear, and the code carries on as if they succeeded.",
      example_bad:
        "def verify(sig, data):\n    try:\n        check(sig, data)\n    except Exception:\n        pass",
      example_good:
        "import logging\ndef verify(sig, data):\n    try:\n        check(sig, data)\n    except InvalidSignature:\n        logging.warning('bad signature')\n        raise",
    },
    fix_hint: "Catch the specific exception, and log, re-raise or return an explicit failure.",
  },
  trigger: /except/,
  nodeTypes: ["except_clause"],
  detect(node, ctx, report) {
    const kids = namedChildren(node);
    const body = kids.find((c) => c.type === "block");
    const caught = kids.filter((c) => c !== body);
    if (caught.length && !/^(Exception|BaseException)\b/.test(ctx.text(caught[0]!))) return;
    if (!body) return;
    const stmts = namedChildren(body);
    if (
      stmts.length &&
      stmts.every(
        (s) =>
          s.type === "pass_statement" ||
          s.type === "continue_statement" ||
          (s.type === "expression_statement" && ctx.text(s) === "..."),
      )
    )
      report({ node, message: "exception is swallowed" });
  },
  cases: {
    valid: [
      "try:\n    f()\nexcept ValueError:\n    pass",
      "try:\n    f()\nexcept Exception:\n    log()\n    raise",
    ],
    invalid: ["try:\n    f()\nexcept:\n    pass"],
  },
});
