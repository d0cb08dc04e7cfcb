import type { SyntaxNode } from "../../parse/index.js";
import { CALL_TYPES, clikeRule } from "../clike.js";
import { directParam, directSource, ownParams } from "../untrusted-text.js";

const REGEX_TYPE = /^(std::)?(w?regex|basic_regex<[^>]*>|boost::w?regex)$/;

export default clikeRule(["cpp"], {
  meta: {
    id: "CPP-REGEX-001",
    title: "Regular expression compiled from a caller's text (regex injection)",
    cwe: ["CWE-730", "CWE-400", "CWE-1333"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "HIGH", when: "untrusted input (argv, environment, request data) is the pattern" },
    ],
    docs: {
      what_it_does:
        "Flags std::regex (std::wregex, boost::regex) constructed from a function parameter's text unchanged, i.e. not passed through an escaping function first.",
      why_bad:
        "std::regex backtracks; a caller who picks the pattern picks its running time - '(a+)+$' against a line of a's runs for minutes (CWE-1333 / CWE-400) - and can also change what the search matches (CWE-730, CWE-625).",
      example_bad:
        "bool search(const std::string &pattern, const std::string &content) {\n  std::regex re(pattern);\n  return std::regex_search(content, re);\n}",
      example_good:
        "bool search(const std::string &pattern, const std::string &content) {\n  return content.find(pattern) != std::string::npos;  // literal text: no regex at all\n}",
    },
    fix_hint:
      "Search for the text literally (std::string::find), or escape every regex metacharacter of the caller's text before compiling it.",
  },
  trigger: /regex/,
  nodeTypes: [...CALL_TYPES.cpp, "declaration"],
  detect(node, ctx, report) {
    let pattern: SyntaxNode | undefined;
    let name: string | undefined;
    if (node.type === "declaration") {
      // `std::regex re(pattern);` parses as a declaration of a function `re` taking a `pattern`.
      const type = node.children.find((c) => c.field === "type");
      if (!type || !REGEX_TYPE.test(ctx.text(type).replace(/\s+/g, ""))) return;
      const decl = node.children.find((c) => c.field === "declarator");
      if (decl?.type === "function_declarator") {
        const params =
          decl.children.find((c) => c.field === "parameters")?.children.filter((c) => c.named) ?? [];
        const only = params[0];
        if (params.length >= 1 && only?.children.length === 1 && only.children[0]!.field === "type")
          name = ctx.text(only).trim();
      } else if (decl?.type === "init_declarator") {
        const args = decl.children.find((c) => c.type === "argument_list" || c.type === "initializer_list");
        pattern = args?.children.find((c) => c.named);
      }
    } else {
      const q = ctx.callee(node);
      if (!/^(std\.)?(w?regex|basic_regex)$|^boost\.w?regex$/.test(q)) return;
      pattern = ctx.args(node)[0];
    }
    let tainted = false;
    let source = false;
    if (name !== undefined && /^\w+$/.test(name)) {
      // The argument is a bare name: a parameter, or a local holding one's text.
      const fn = ctx.enclosingFunction(node);
      tainted =
        ownParams(ctx, node).has(name) ||
        ctx
          .valuesOf(name)
          .some(
            (v) =>
              (!fn || (v.start >= fn.start && v.end <= fn.end)) && directParam(ctx, v, node) !== undefined,
          );
    } else if (pattern) {
      source = directSource(ctx, pattern, node);
      tainted = source || directParam(ctx, pattern, node) !== undefined;
    }
    if (!tainted) return;
    report({
      node,
      severity: source ? "HIGH" : undefined,
      message: "regular expression compiled from caller-controlled text without escaping",
    });
  },
  cases: {
    valid: [
      "bool f(const std::string &p, const std::string &c) { std::regex re(escapeRegex(p)); return std::regex_search(c, re); }",
      'bool f(const std::string &c) { std::regex re("^[a-z]+$"); return std::regex_match(c, re); }',
    ],
    invalid: [
      "bool f(const std::string &pattern, const std::string &c) { std::regex re(pattern); return std::regex_search(c, re); }",
      "bool f(const std::string &p, const std::string &c) { return std::regex_search(c, std::regex(p)); }",
    ],
  },
});
