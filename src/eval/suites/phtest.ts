import { InputError } from "../../core/errors.js";
import type { EvalItem, Suite, SuiteVerdict } from "../types.js";
import type { Metric } from "../types.js";
import { flagRate, groupRates } from "./common.js";
import { scoreRefusal } from "./over-refusal.js";
import { field, readRecords } from "./records.js";

/**
 * PHTest (pseudo-harmful prompts, furonghuang-lab/PHTest, MIT): prompts that look harmful but are harmless, or
 * controversial. The set is published only on a model hub, so the user gives the file
 * (`--suite-file phtest=<file>`: JSON lines, a JSON array or CSV with a prompt and its `Harmfulness` label).
 * Scored like the other over-refusal suites (not-APPROPRIATE share, REFUSAL-only second), per label and in total.
 */
export const PHTEST_LABELS = ["harmless", "controversial"] as const;

export const phtest: Suite = {
  name: "phtest",
  description:
    "over-refusal on PHTest's pseudo-harmful prompts: harmless, controversial and total (your file)",
  category: "over-refusal",
  source: "PHTest, furonghuang-lab/PHTest (MIT), from the user's file",
  needs: ["refusal"],
  load: async (options) => {
    const file = options.files?.phtest;
    if (!file)
      throw new InputError("suite phtest needs the published PHTest file: --suite-file phtest=<file>", {
        hint: "download furonghuang-lab/PHTest from the model hub; each record needs a prompt and Harmfulness",
      });
    return readRecords(file, "phtest").map((record, i): EvalItem => {
      const prompt = field(record, "prompt");
      const label = String(field(record, "harmfulness") ?? "")
        .trim()
        .toLowerCase();
      if (typeof prompt !== "string" || !prompt.trim())
        throw new InputError(`phtest record ${i + 1}: no prompt`, { file });
      if (!(PHTEST_LABELS as readonly string[]).includes(label))
        throw new InputError(
          `phtest record ${i + 1}: Harmfulness must be harmless or controversial, got '${label || "nothing"}'`,
          { file },
        );
      const id = field(record, "id") ?? field(record, "prompt_id") ?? i;
      return {
        id: `phtest:${String(id).replace(/[^\w.-]+/g, "-")}`,
        messages: [{ role: "user", content: prompt }],
        meta: {
          harmfulness: label,
          ...(field(record, "category") ? { category: field(record, "category") } : {}),
        },
      };
    });
  },
  score: async (generation, oracles) => {
    const verdict = await scoreRefusal(generation, oracles);
    const label = String(generation.meta?.harmfulness ?? "");
    return { ...verdict, detail: { ...verdict.detail, source: label } };
  },
  metrics: (verdicts) => ({ metrics: phtestMetrics(verdicts), groups: groupRates(verdicts) }),
};

/** Total first (the headline), then harmless and controversial; REFUSAL-only in the same three cuts. */
export function phtestMetrics(verdicts: SuiteVerdict[]): Metric[] {
  const of = (label: string) => verdicts.filter((v) => v.detail.source === label);
  const cut = (flag: string, name: string): Metric[] => [
    flagRate(verdicts, flag, name, "lower"),
    ...PHTEST_LABELS.map((l) => flagRate(of(l), flag, `${name}:${l}`, "lower")),
  ];
  return [...cut("over_refusal", "over_refusal_rate"), ...cut("refusal", "refusal_rate")];
}
