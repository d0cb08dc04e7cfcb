import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-PATH-001",
    title: "File path from request data",
    cwe: ["CWE-22"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags new File / FileInputStream / FileOutputStream / FileReader / Paths.get / Path.of / Files.* whose path comes from a request parameter, header or other input source.",
      why_bad:
        "A name like ../../etc/passwd escapes the intended directory, letting the caller read or overwrite any file the server can (path traversal, CWE-22).",
      example_bad:
        'void download(HttpServletRequest req, HttpServletResponse res) throws IOException {\n  File f = new File("/srv/files", req.getParameter("name"));\n  Files.copy(f.toPath(), res.getOutputStream());\n}',
      example_good:
        'void download(HttpServletRequest req, HttpServletResponse res) throws IOException {\n  Path base = Paths.get("/srv/files").toRealPath();\n  Path p = base.resolve(req.getParameter("name")).normalize();\n  if (!p.startsWith(base)) throw new SecurityException();\n  Files.copy(p, res.getOutputStream());\n}',
    },
    fix_hint: "Resolve against a base directory, normalise, and check the result still startsWith the base.",
  },
  trigger: /File|Paths|Path\.of|Files\./,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (
      !/^(new (java\.io\.)?(File|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile)|Paths\.get|Path\.of)$/.test(
        q,
      )
    )
      return;
    if (sourceHas(ctx.tree, /startsWith|normalize\(\)|getCanonicalPath|toRealPath|FilenameUtils\.getName/))
      return;
    const level = ctx.args(node).reduce((m, a) => Math.max(m, ctx.level(a)), Level.CONST as Level);
    if (level === Level.SOURCE) report({ node, message: `${q}() path comes from request data` });
  },
  cases: {
    valid: ['class A { void f() { new File("/tmp/x"); } }'],
    invalid: ['class A { void f(HttpServletRequest r) { new File(r.getParameter("f")); } }'],
  },
});
