import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

const CHECKS = /^os\.(access|stat|lstat|path\.(exists|isfile|isdir|islink|lexists|getsize))$/;
/** Calls that act on a path (argument 0) after it was checked. */
const USES =
  /^(open|io\.open|os\.(open|remove|unlink|rename|replace|chmod|chown|mkdir|makedirs|rmdir|symlink|link|truncate)|shutil\.(copy|copy2|copyfile|move|rmtree))$/;

/** Path methods that test a file, and those that then act on it by name. */
const PATH_CHECKS = /^(exists|is_file|is_dir|is_symlink)$/;
const PATH_USES =
  /^(open|write_text|write_bytes|read_text|read_bytes|unlink|chmod|rename|replace|touch|mkdir|rmdir)$/;

/**
 * The name a pathlib method is called on (`p.exists()`), when that name holds a Path (`p = Path(x)`,
 * `pathlib.Path(...)`, `x / "name"` on one): other objects have exists()/open() methods too.
 */
function pathObject(
  ctx: Parameters<Parameters<typeof pyRule>[0]["detect"]>[1],
  call: SyntaxNode,
  methods: RegExp,
): SyntaxNode | undefined {
  const fn = field(call, "function");
  const obj = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (obj?.type !== "identifier" || !methods.test(ctx.method(call))) return undefined;
  const v = ctx.resolve(obj);
  return v?.type === "call" && /(^|\.)(Path|PosixPath)$/.test(ctx.callee(v)) ? obj : undefined;
}

export default pyRule({
  meta: {
    id: "PY-TOCTOU-001",
    title: "File checked, then used by name (time-of-check to time-of-use race)",
    cwe: ["CWE-367"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "an existence test (os.path.exists/isfile/..., os.access(p, F_OK)) guards the use: a race only where other users share the directory",
      },
    ],
    docs: {
      what_it_does:
        "Flags an if whose condition checks a path with os.access (MEDIUM) or os.path.exists/isfile/isdir (LOW) and whose body then opens, removes, renames or chmods the same path by name; the same through a pathlib.Path (is_symlink() before open() is MEDIUM, exists()/is_file() LOW).",
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
    /^(?=[\s\S]*?(os\.access|os\.l?stat\(|path\.(exists|isfile|isdir|islink|lexists|getsize)|\bexists\(|\.is_(file|dir|symlink)\())(?=[\s\S]*?(open\(|remove\(|unlink\(|rename\(|replace\(|chmod\(|chown\(|mkdir\(|makedirs\(|rmdir\(|symlink\(|shutil\.|write_(text|bytes)\(|touch\())/,
  nodeTypes: ["if_statement"],
  detect(node, ctx, report) {
    const cond = field(node, "condition");
    if (!cond) return;
    const checks = [cond, ...descendants(cond)].filter(
      (n) => n.type === "call" && (CHECKS.test(ctx.callee(n)) || !!pathObject(ctx, n, PATH_CHECKS)),
    );
    for (const check of checks) {
      // pathlib: `if p.is_symlink(): raise` then `p.open("a")`: the same race through a Path object.
      const p = pathObject(ctx, check, PATH_CHECKS);
      if (p) {
        const name = ctx.text(p);
        const after: SyntaxNode[] = [...descendants(field(node, "consequence") ?? node)];
        const siblings = node.parent?.children ?? [];
        for (const sib of siblings.slice(siblings.indexOf(node) + 1)) after.push(sib, ...descendants(sib));
        const use = after.find(
          (n) =>
            n.type === "call" &&
            ((pathObject(ctx, n, PATH_USES) && ctx.text(pathObject(ctx, n, PATH_USES)!) === name) ||
              (USES.test(ctx.callee(n)) && ctx.text(ctx.args(n)[0] ?? n) === name)),
        );
        if (!use) continue;
        const method = ctx.method(check);
        report({
          node: use,
          severity: method === "is_symlink" ? undefined : "LOW",
          message: `${name} is checked with ${method}() and then used by name`,
        });
        return;
      }
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
      // (os.access(p, os.F_OK) asks only whether the path exists, as os.path.exists does: no permission decided.)
      const access =
        (ctx.callee(check) === "os.access" && !/^(os\.)?F_OK$/.test(ctx.text(ctx.args(check)[1] ?? check))) ||
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
      "import os\nfrom pathlib import Path\ndef append(line, path):\n    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o600)\n    with os.fdopen(fd, 'a') as fh:\n        fh.write(line)\n    return Path(path).exists()",
      "def f(cfg):\n    if cfg.exists():\n        cfg.open()",
      "def read(path):\n    try:\n        with open(path) as f:\n            return f.read()\n    except OSError:\n        return None",
      "import os\ndef f(p):\n    if os.access(p, os.R_OK):\n        print('readable')",
    ],
    invalid: [
      // An existence test (F_OK) before creating the directory: the LOW reminder os.path.exists gets.
      {
        code: "import os\ndef mirror(path):\n    if not os.access(path, os.F_OK):\n        os.makedirs(path)",
        severity: "LOW",
      },
      {
        code: "import os\ndef f(p):\n    if os.access(p, os.W_OK):\n        open(p, 'a').write('x')",
        severity: "MEDIUM",
      },
      {
        code: "from pathlib import Path\ndef append(line, path):\n    p = Path(path)\n    if p.is_symlink():\n        raise RuntimeError('symlink')\n    with p.open('a') as fh:\n        fh.write(line)",
        line: 6,
        severity: "MEDIUM",
      },
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
