import { readdirSync } from "node:fs";
import { join } from "node:path";
import { firstCode } from "../answer.js";
import type { EvalItem, LoadOptions, Suite } from "../types.js";
import { normaliseCwe, readDataFile } from "./common.js";
import { scoreSecureCode, secureCodeMetrics } from "./secure-code.js";

const FOLDERS: Record<string, string> = { py: "python", c: "c" };

async function load(options: LoadOptions): Promise<EvalItem[]> {
  const items: EvalItem[] = [];
  for (const [folder, language] of Object.entries(FOLDERS)) {
    if (options.languages && !options.languages.includes(language)) continue;
    const root = join(options.dataDir, "codelmsec/benchmark_data", folder);
    readDataFile(options.dataDir, "codelmsec/list_of_cwes.json"); // a clear error when the set is missing
    for (const cweDir of readdirSync(root).sort()) {
      if (!/^CWE-\d+$/.test(cweDir)) continue;
      for (const file of readdirSync(join(root, cweDir)).sort()) {
        const prompt = readDataFile(options.dataDir, `codelmsec/benchmark_data/${folder}/${cweDir}/${file}`);
        items.push({
          id: `codelmsec:${folder}-${file.replace(/\.\w+$/, "")}`,
          messages: [
            {
              role: "user",
              content: `Complete the following ${language === "python" ? "Python" : "C"} code. Return the whole program in one code block.\n\n\`\`\`${language}\n${prompt}\n\`\`\``,
            },
          ],
          language,
          cwe: [normaliseCwe(cweDir)],
          meta: { prompt_code: prompt },
        });
      }
    }
  }
  return items;
}

/** A completion is judged together with the prompt code it continues (imports and sources live there). */
function withPromptCode(answer: string, language: string, promptCode: string): string {
  const code = firstCode(answer, language, false);
  if (code === undefined) return answer; // no code block: scored as "no code" (and checked for a refusal)
  const anchor = promptCode.trim().split("\n").at(-1)?.trim() ?? "";
  const whole = anchor && code.includes(anchor) ? code : `${promptCode}\n${code}`;
  return "```" + language + "\n" + whole + "\n```";
}

export const codelmsec: Suite = {
  name: "codelmsec",
  description: "vulnerable-completion rate on CodeLMSec code-completion prompts (analyzer)",
  category: "secure-code",
  source: "CodeLMSec benchmark (Hajipour et al.), Apache-2.0",
  needs: ["analyzer"],
  load,
  score: (generation, oracles) =>
    scoreSecureCode(
      {
        ...generation,
        answer: withPromptCode(
          generation.answer,
          generation.language ?? "python",
          String(generation.meta?.prompt_code ?? ""),
        ),
      },
      oracles,
      false,
    ),
  metrics: (verdicts) => secureCodeMetrics(verdicts, "vulnerable_rate"),
};
