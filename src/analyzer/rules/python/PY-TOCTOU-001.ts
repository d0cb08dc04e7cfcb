import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

const CHECKS = /^os\.(access|stat|lstat|path\.(exists|isfile|isdir|islink|lexists|getsize))$/;
/** Calls that act on a path (argument 0) after it was checked. */
const USES =
  /^(open|io\.open|os\.(open|remove|unlink|rename|replace|chmod|chown|mkdir|makedirs|rmdir|symlink|link|truncate)|shutil\.(copy|copy2|copyfile|move|rmtree))$/;

export default pyRule({
  meta: {
    id: "PY-TOCTOU-001",
    title: "File checked, then used by name (time-of-check to time-of-use race)",
    cwe: ["CWE-367"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "an existence test (os.path.exists/isfile/...) guards the use: a race only where other users share the directory",
      },
    ],
    docs: {
      what_it_does:
        "Flags an if whose condition checks a path with os.access (MEDIUM) or os.path.exists/isfile/isdir (LOW) and whose body then opens, removes, renames or chmods the same path by name.",
      why_bad:
        "Between the check and the use another process can swap the file for a symlink, so the program acts on a file it never checked (the classic setuid os.access race).",
      example_bad:
        "import os\ndef read(path):\n    if os.access(path, os.R_OK):\n        with open(path) as f:\n            return f.read()",
      example_good:
        "def read(path):\n    try:\n        with open(path) as f:\n            return f.read()\n    except PermissionError:\n        return None",
    },
    fix_hint:
      "Act first and handle the error (EAFP), or open once with os.open(O_CREAT | O_EXCL | O_NOFOLLOW) and work on the descriptor.",
  },
  trigger:
    /^(?=[\s\S]*?(os\.access|os\.l?stat\(|path\.(exists|isfile|isdir|islink|lexists|getsize)|\bexists\())(?=[\s\S]*?(open\(|remove\(|unlink\(|rename\(|replace\(|chmod\(|chown\(|mkdir\(|makedirs\(|rmdir\(|symlink\(|shutil\.))/,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const cond = field(node, "condition");
    if (!cond) return;
    const checks = [cond, ...descendants(cond)].filter(
      (n) => n.type === "call" && CHECKS.test(ctx.callee(n)),
    );
    for (const check of checks) {
      const path = ctx.args(check)[0];
      if (!path || path.type === "string") continue;
      const target = ctx.text(path);
      const body: SyntaxNode[] = [];
      const cons = field(node, "consequence");
      if (cons) body.push(...descendants(cons));
      // `if os.path.exists(p): return False` then `open(p, 'w')`: after an exit the rest of the block is the use.
      if (
        cons &&
        namedChildren(cons).some(
          (st) =>
            /^(return|raise)_statement$/.test(st.type) ||
            (st.type === "expression_statement" && /^(sys\.exit|exit|os\._exit|abort)\(/.test(ctx.text(st))),
        )
      ) {
        const siblings = node.parent?.children ?? [];
        for (const sib of siblings.slice(siblings.indexOf(node) + 1)) body.push(sib, ...descendants(sib));
      }
      const use = body.find(
        (n) => n.type === "call" && USES.test(ctx.callee(n)) && ctx.text(ctx.args(n)[0] ?? n) === target,
      );
      if (!use) continue;
      // os.access, or an owner/mode test on os.stat: a permission decision the file can change under.
      const access =
        ctx.callee(check) === "os.access" ||
        (/^os\.l?stat$/.test(ctx.callee(check)) && /\.st_(uid|gid|mode)\b/.test(ctx.text(cond)));
      report({
        node: use,
        severity: access ? undefined : "LOW",
        message: `${target} is checked with ${ctx.callee(check)} and then used by name`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "def read(path):\n    try:\n        with open(path) as f:\n            return f.read()\n    except OSError:\n        return None",
      "import os\ndef f(p):\n    if os.access(p, os.R_OK):\n        print('readable')",
    ],
    invalid: [
      "import os, sys\ndef main():\n    p = sys.argv[1]\n    if not os.access(p, os.R_OK):\n        sys.exit('denied')\n    with open(p) as fh:\n        print(fh.read())",
      {
        code: "import os\ndef read(path):\n    if os.access(path, os.R_OK):\n        with open(path) as f:\n            return f.read()",
        severity: "MEDIUM",
      },
      {
        code: "import os\ndef rd(path, uid):\n    if os.stat(path).st_uid == uid:\n        with open(path) as f:\n            return f.read()",
        severity: "MEDIUM",
      },
      {
        code: "import os\ndef lock(p):\n    if not os.path.exists(p):\n        with open(p, 'w') as f:\n            f.write('1')",
        severity: "LOW",
      },
      {
        code: "import os\ndef lock(p):\n    if os.path.exists(p):\n        return False\n    with open(p, 'w') as f:\n        f.write('1')\n    return True",
        line: 5,
        severity: "LOW",
      },
    ],
  },
});
