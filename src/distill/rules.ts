import { DEFAULT_CATALOG, loadCweCatalog } from "../redteam/catalog.js";
import { analyzerRules } from "../redteam/verify.js";
import { ruleBookOf, type RuleBook } from "./guideline.js";

/**
 * The rule book behind the guideline's rule text: the analyzer's rules with their four-part docs, and the CWE
 * catalog the red-teaming stage ships. Vul2Prompt rows name their rules by id; this turns ids into text.
 */
export function defaultRuleBook(catalogFile = DEFAULT_CATALOG): RuleBook {
  return ruleBookOf([...loadCweCatalog(catalogFile).rules, ...analyzerRules()]);
}
