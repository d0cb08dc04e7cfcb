import type { JsContext } from "../../dataflow/javascript.js";
import type { Rule } from "../../rule.js";

export type JsRule = Rule<JsContext>;

/** Identity helper that fixes the context type; JS rules also run on TypeScript (a superset grammar). */
export function jsRule(rule: Omit<JsRule, "meta"> & { meta: Omit<JsRule["meta"], "languages"> }): JsRule {
  return { ...rule, meta: { ...rule.meta, languages: ["javascript", "typescript"] } };
}

export const CALLS = ["call_expression", "new_expression"] as const;
