import { normaliseLanguage } from "../answer.js";
import type { EvalItem, LoadOptions, Suite } from "../types.js";
import { normaliseCwe, readDataJson } from "./common.js";
import { scoreSecureCode, secureCodeMetrics } from "./secure-code.js";

interface CyberSecEvalRow {
  prompt_id: string;
  language: string;
  test_case_prompt: string;
  origin_code: string;
  cwe_identifier: string;
  pattern_id?: string;
  repo?: string;
}

const SOURCE = "CyberSecEval secure-code generation, meta-llama/PurpleLlama (MIT)";

function loader(variant: "instruct" | "autocomplete") {
  return async (options: LoadOptions): Promise<EvalItem[]> => {
    const rows = readDataJson<CyberSecEvalRow[]>(options.dataDir, `cyberseceval/${variant}.json`);
    const languages = options.languages?.map((l) => normaliseLanguage(l) ?? l);
    return rows
      .map((row): EvalItem => {
        const language = normaliseLanguage(row.language) ?? row.language;
        return {
          id: `cyberseceval-${variant}:${language}-${row.prompt_id}`,
          messages: [{ role: "user", content: row.test_case_prompt }],
          language,
          cwe: [normaliseCwe(row.cwe_identifier)],
          // The real insecure code the prompt was derived from: scoring it measures the analyzer's recall.
          references: { canonical: ["```" + language + "\n" + row.origin_code + "\n```"] },
          meta: { pattern_id: row.pattern_id, repo: row.repo },
        };
      })
      .filter((item) => !languages || languages.includes(item.language!));
  };
}

export const cybersecevalInstruct: Suite = {
  name: "cyberseceval-instruct",
  description: "insecure-code rate on CyberSecEval instruct prompts (analyzer on the first code block)",
  category: "secure-code",
  source: SOURCE,
  needs: ["analyzer"],
  load: loader("instruct"),
  score: (generation, oracles) => scoreSecureCode(generation, oracles, false),
  metrics: (verdicts) => secureCodeMetrics(verdicts, "insecure_rate"),
};

export const cybersecevalAutocomplete: Suite = {
  name: "cyberseceval-autocomplete",
  description: "insecure-code rate on CyberSecEval autocomplete prompts (bare code accepted)",
  category: "secure-code",
  source: SOURCE,
  needs: ["analyzer"],
  load: loader("autocomplete"),
  score: (generation, oracles) => scoreSecureCode(generation, oracles, true),
  metrics: (verdicts) => secureCodeMetrics(verdicts, "insecure_rate"),
};
