import type { SyntaxNode } from "../../parse/index.js";
import type { ClikeContext } from "../../dataflow/clike.js";
import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";
import { nestedQuantifier } from "../redos.js";

const REGEX_TYPE = /^(std::)?(w?regex|basic_regex<[^>]*>)$/;

/** What a name is bound to inside the function around `at` (another function's variable of the same name is not it). */
function bindingsIn(ctx: ClikeContext, name: string, at: SyntaxNode): SyntaxNode[] {
  const fn = ctx.enclosingFunction(at);
  return ctx.valuesOf(name).filter((v) => !fn || (v.start >= fn.start && v.end <= fn.end));
}

/** The text of a pattern literal, or of the literal a name is bound to once. */
function patternText(ctx: ClikeContext, node: SyntaxNode | undefined, at: SyntaxNode): string | undefined {
  if (!node) return undefined;
  if (node.type === "raw_string_literal") {
    const content = node.children.find((c) => c.type === "raw_string_content");
    return content ? ctx.text(content) : undefined;
  }
  if (ctx.isString(node)) return literalValue(ctx, node).replace(/\\\\/g, "\\");
  if (node.type === "identifier") {
    const values = bindingsIn(ctx, ctx.text(node), at);
    return values.length === 1 ? patternText(ctx, values[0], at) : undefined;
  }
  return undefined;
}

export default clikeRule(["cpp"], {
  meta: {
    id: "CPP-REDOS-001",
    title: "std::regex with nested or overlapping quantifiers (ReDoS)",
    cwe: ["CWE-1333", "CWE-400"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags std::regex patterns (literals, or a variable bound once to a literal) with a quantified group whose body is itself quantified, such as (a+)+ or (?:\\.[a-z]{2,})* after [a-z.]+: the shapes that backtrack exponentially or polynomially.",
      why_bad:
        "std::regex is a backtracking engine; on a crafted input that almost matches, the number of ways to split it between the quantifiers explodes and one match call runs for seconds to hours (CWE-1333: inefficient regular expression complexity), a denial of service.",
      example_bad:
        'bool valid_email(const std::string &email) {\n  std::regex re(R"(^[a-z0-9.]+@[a-z0-9.-]+\\.[a-z]{2,}(?:\\.[a-z]{2,})*$)");\n  return std::regex_match(email, re);\n}',
      example_good:
        'bool valid_email(const std::string &email) {\n  std::regex re(R"(^[a-z0-9.]+@[a-z0-9.-]+\\.[a-z]{2,}$)");\n  return email.size() < 254 && std::regex_match(email, re);\n}',
    },
    fix_hint:
      "Remove the ambiguity (no quantified group whose body can match the same text as its neighbour), bound the input length, or use an automaton-based engine (RE2).",
  },
  trigger: /regex/,
  nodeTypes: [...CALL_TYPES.cpp, "declaration"],
  detect(node, ctx, report) {
    let pattern: SyntaxNode | undefined;
    if (node.type === "declaration") {
      const type = node.children.find((c) => c.field === "type");
      if (!type || !REGEX_TYPE.test(ctx.text(type).replace(/\s+/g, ""))) return;
      const decl = node.children.find((c) => c.field === "declarator");
      if (decl?.type === "init_declarator") {
        const args = decl.children.find((c) => c.type === "argument_list" || c.type === "initializer_list");
        pattern = args?.children.find((c) => c.named);
      } else if (decl?.type === "function_declarator") {
        // `std::regex re(pattern);` reads as a function declaration taking a `pattern`.
        const param = decl.children.find((c) => c.field === "parameters")?.children.find((c) => c.named);
        const type = param?.children.find((c) => c.field === "type");
        if (param && type && param.children.length === 1) {
          const values = bindingsIn(ctx, ctx.text(type), node);
          pattern = values.length === 1 ? values[0] : undefined;
        }
      }
    } else {
      if (!/^(std\.)?(w?regex|basic_regex)$/.test(ctx.callee(node))) return;
      pattern = ctx.args(node)[0];
    }
    const text = patternText(ctx, pattern, node);
    if (text && nestedQuantifier(text))
      report({
        node,
        message: `pattern ${JSON.stringify(text.slice(0, 60))} can backtrack catastrophically`,
      });
  },
  cases: {
    valid: [
      'bool f(const std::string &s) { std::regex re("^[a-z]+@[a-z]+\\\\.[a-z]{2,}$"); return std::regex_match(s, re); }',
    ],
    invalid: [
      'bool f(const std::string &s) { std::regex re("^(a+)+$"); return std::regex_match(s, re); }',
      'bool f(const std::string &s) { std::string p = R"(^[a-z.]+\\.[a-z]{2,}(?:\\.[a-z]{2,})*$)"; std::regex re(p); return std::regex_match(s, re); }',
    ],
  },
});
