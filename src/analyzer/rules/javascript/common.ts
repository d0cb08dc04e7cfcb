import type { JsContext } from "../../dataflow/javascript.js";
import type { Rule } from "../../rule.js";

export type JsRule = Rule<JsContext>;

/** Identity helper that fixes the context type; JS rules also run on TypeScript (a superset grammar). */
export function jsRule(rule: Omit<JsRule, "meta"> & { meta: Omit<JsRule["meta"], "languages"> }): JsRule {
  return { ...rule, meta: { ...rule.meta, languages: ["javascript", "typescript"] } };
}

export const CALLS = ["call_expression", "new_expression"] as const;

/**
 * A regex test of the target (`if (/^https:\/\/(www\.)?example\.com\//.test(next))`) whose pattern pins the URL's
 * start to one site: a scheme, a host spelled out (letters, digits, escaped dots, optional groups), then the path's
 * slash; or a same-origin path, one slash followed by a word character or by neither slash nor backslash. An
 * unanchored pattern (`/example\.com/`), or one whose host part admits more (`.*`, `[^/]+`), pins nothing.
 */
export function sitePinnedTest(body: string, name: string | undefined): boolean {
  if (!name) return false;
  const esc = name.replace(/[.$]/g, "\\$&");
  for (const m of body.matchAll(
    new RegExp(`/\\^((?:\\\\.|[^/\\n])*)/[gisuy]*\\.test\\(\\s*${esc}\\s*\\)`, "g"),
  )) {
    const src = m[1]!;
    if (/^https?\??:\\\/\\\/(?:[\w-]|\\\.|\((?:[\w-]|\\\.|\|)+\)\??)+\\\//.test(src)) return true;
    if (/^\\\/(?:[\w-]|\\w|\(\?!\[(?:\\\/|\\\\){2}\]\))/.test(src)) return true;
  }
  return false;
}
