import { readFile } from "node:fs/promises";
import { z } from "zod";
import { InputError } from "../core/errors.js";

/** One hand-labelled response of the refusal set (test/fixtures/judges/refusal-labelled.jsonl). */
export const LabelledRefusalSchema = z.object({
  id: z.string(),
  kind: z.string(),
  refusal: z.boolean(),
  text: z.string(),
});
export type LabelledRefusal = z.infer<typeof LabelledRefusalSchema>;

export const REFUSAL_SET_PATH = "test/fixtures/judges/refusal-labelled.jsonl";

export async function loadRefusalSet(file = REFUSAL_SET_PATH): Promise<LabelledRefusal[]> {
  const text = await readFile(file, "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      const parsed = LabelledRefusalSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new InputError(parsed.error.issues[0]!.message, { file, line: i + 1 });
      return parsed.data;
    });
}
