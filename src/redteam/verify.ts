import { RULES, LANGUAGES, analyzableBlocks, analyze, type Language } from "../analyzer/index.js";
import { InputError } from "../core/errors.js";
import { ruleFromAnalyzer, type CatalogRule } from "./catalog.js";
import type { CodeExtractor, Verifier } from "./rule2code.js";

/**
 * The bridge to the code analyzer (the codesec oracle): Rule2Code's verifier and code extractor, and the
 * analyzer's rules as catalog entries.
 */

const isLanguage = (l: string): l is Language => (LANGUAGES as readonly string[]).includes(l);

export const analyzerVerify: Verifier = async (code, language) => {
  if (!isLanguage(language)) {
    throw new InputError(`the analyzer supports ${LANGUAGES.join(", ")}, not '${language}'`);
  }
  return analyze(code, { language });
};

/** Code blocks of an answer, with the analyzer's language (labelled fences by label, others detected). */
export const analyzerExtract: CodeExtractor = (markdown) =>
  analyzableBlocks(markdown).map((b) => ({ language: b.language, code: b.code }));

export function analyzerVerifier(): {
  verify: Verifier;
  extract: CodeExtractor;
  languages: readonly string[];
} {
  return { verify: analyzerVerify, extract: analyzerExtract, languages: LANGUAGES };
}

/** The analyzer's rules, with their four-part docs, as catalog entries. */
export function analyzerRules(): CatalogRule[] {
  return RULES.map((r) => ruleFromAnalyzer(r.meta));
}
