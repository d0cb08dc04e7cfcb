import { PurpcodeError } from "../core/errors.js";
import { ruleFromAnalyzer, type AnalyzerRuleLike, type CatalogRule } from "./catalog.js";
import type { CodeExtractor, SeedFinding, Verifier } from "./rule2code.js";

/**
 * The bridge to the code analyzer (the codesec oracle): Rule2Code's verifier and code extractor, and the
 * analyzer's rules as catalog entries.
 */

interface AnalyzerModule {
  analyze(code: string, options: { language: string }): Promise<SeedFinding[]>;
  extractCodeBlocks(markdown: string): Array<{ language: string | undefined; code: string }>;
  RULES: ReadonlyArray<{ meta: AnalyzerRuleLike }>;
  LANGUAGES: readonly string[];
}

// Resolved at run time so this stage builds before the analyzer lands on its branch.
const ANALYZER_MODULE = "../analyzer/index.js";

let loaded: Promise<AnalyzerModule> | undefined;
export function loadAnalyzer(): Promise<AnalyzerModule> {
  loaded ??= (import(ANALYZER_MODULE) as Promise<AnalyzerModule>).catch((err: unknown) => {
    loaded = undefined;
    throw new PurpcodeError(`the code analyzer is not available in this build: ${(err as Error).message}`);
  });
  return loaded;
}

export async function analyzerVerifier(): Promise<{
  verify: Verifier;
  extract: CodeExtractor;
  languages: readonly string[];
}> {
  const analyzer = await loadAnalyzer();
  return {
    verify: (code, language) => analyzer.analyze(code, { language }),
    extract: (markdown) => analyzer.extractCodeBlocks(markdown),
    languages: analyzer.LANGUAGES,
  };
}

export async function analyzerRules(): Promise<CatalogRule[]> {
  const analyzer = await loadAnalyzer();
  return analyzer.RULES.map((r) => ruleFromAnalyzer(r.meta));
}
