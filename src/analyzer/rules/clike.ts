import { taintSeverity } from "./severity.js";
import { Level, type ClikeContext, type ClikeLanguage } from "../dataflow/clike.js";
import type { Report, Rule, RuleMeta } from "../rule.js";
import type { SyntaxNode } from "../parse/index.js";

export { Level };
export type ClikeRule = Rule<ClikeContext>;

/** Identity helper that fixes the context type and the languages (cases run in the first one). */
export function clikeRule(
  languages: ClikeLanguage[],
  rule: Omit<ClikeRule, "meta"> & { meta: Omit<RuleMeta, "languages"> },
): ClikeRule {
  return { ...rule, meta: { ...rule.meta, languages } };
}

/** Call node types of each grammar (what `nodeTypes` lists for call-based rules). */
export const CALL_TYPES: Record<ClikeLanguage, string[]> = {
  c: ["call_expression"],
  cpp: ["call_expression", "new_expression"],
  csharp: ["invocation_expression", "object_creation_expression"],
  java: ["method_invocation", "object_creation_expression"],
  php: [
    "function_call_expression",
    "member_call_expression",
    "scoped_call_expression",
    "nullsafe_member_call_expression",
    "object_creation_expression",
  ],
  go: ["call_expression"],
  rust: ["call_expression", "macro_invocation"],
};

/** String literal node types, for rules that inspect literals. */
export const STRING_TYPES: Record<ClikeLanguage, string[]> = {
  c: ["string_literal"],
  cpp: ["string_literal", "raw_string_literal"],
  csharp: ["string_literal", "verbatim_string_literal", "raw_string_literal"],
  java: ["string_literal", "text_block"],
  php: ["string", "encapsed_string", "heredoc", "nowdoc"],
  go: ["interpreted_string_literal", "raw_string_literal"],
  rust: ["string_literal", "raw_string_literal"],
};

/** The characters of a string literal without its quotes (escapes left as written). */
export function literalValue(ctx: ClikeContext, node: SyntaxNode): string {
  const t = ctx.text(node);
  const m = /^(?:[@$]{0,2}|[LuUR]|u8|b|r#*|br#*)?("""|"|'|`)([\s\S]*)\1#*$/.exec(t);
  return m ? m[2]! : t;
}

/** Words naming secrets: a weak random value or a literal bound to such a name is a security problem. */
export const SECRET_CONTEXT =
  /passw|passwd|pwd|secret|token|salt|nonce|\biv\b|crypt|session|otp|api_?key|private_?key|auth|credential|seed|uuid|guid|captcha|reset/i;

/** True when the code around a node (its function, or the whole snippet) is about secrets. */
export function inSecretContext(ctx: ClikeContext, node: SyntaxNode): boolean {
  const scope = ctx.enclosingFunction(node);
  const text = scope ? ctx.text(scope) : ctx.tree.source;
  return SECRET_CONTEXT.test(text.length > 4000 ? text.slice(0, 4000) : text);
}

/** Report helper for "a call whose argument is not a literal" sinks: level decides severity and wording. */
export function taintReport(node: SyntaxNode, level: Level, what: string): Report {
  return {
    node,
    // The same scale as Python/JS (rules/severity.ts): CRITICAL from real input, the rule's own for a caller's value.
    severity: taintSeverity(level),
    message: `${what} built from ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} data`,
  };
}
