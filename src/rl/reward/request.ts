import { z } from "zod";
import { describeIssues, MessageSchema } from "../../core/rows.js";
import { DATA_SOURCE_PREFIX } from "../dataset/verl-row.js";
import { RewardInputError, type RewardItem } from "../../verdict/score.js";
import type { RewardRow } from "../../verdict/contract.js";

/** One sample as verl's reward function receives it (integrations.md, verl per-sample function). */
export const VerlSampleSchema = z.object({
  data_source: z.string(),
  solution_str: z.string(),
  ground_truth: z.unknown().optional(),
  extra_info: z
    .object({
      task_id: z.string().optional(),
      index: z.number().optional(),
      prompt: z.union([z.string(), z.array(MessageSchema)]).optional(),
      oracles: z.array(z.string()).optional(),
    })
    .passthrough()
    .nullish(),
});
export type VerlSample = z.infer<typeof VerlSampleSchema>;

export const ScoreRequestSchema = z.object({ items: z.array(VerlSampleSchema) });

/** OpenRLHF remote reward request: `query` is prompt + response text, `labels` our JSON labels. */
export const OpenRlhfRequestSchema = z.object({
  query: z.array(z.string()),
  prompts: z.array(z.string()),
  labels: z.array(z.string()),
});

/** The request itself is malformed (wrong types, missing fields): HTTP 400. */
export class MalformedRequestError extends RewardInputError {
  constructor(message: string) {
    super(message);
    this.name = "MalformedRequestError";
  }
}

export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (!result.success) throw new MalformedRequestError(`invalid request: ${describeIssues(result.error)}`);
  return result.data;
}

/** ground_truth is a JSON string in the parquet; anything that is not JSON is kept as text. */
function parseGroundTruth(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** verl sample -> reward item: oracles from extra_info.oracles, else from `purpcode:<oracle>`. */
export function fromVerlSample(sample: VerlSample, index: number): RewardItem {
  const info = sample.extra_info ?? {};
  const oracles =
    info.oracles && info.oracles.length > 0
      ? info.oracles
      : [
          sample.data_source.startsWith(DATA_SOURCE_PREFIX)
            ? sample.data_source.slice(DATA_SOURCE_PREFIX.length)
            : sample.data_source,
        ];
  const row: RewardRow = {
    task_id: info.task_id ?? `${sample.data_source}#${info.index ?? index}`,
    oracles: oracles as RewardRow["oracles"],
    ground_truth: parseGroundTruth(sample.ground_truth),
    prompt: info.prompt,
  };
  return { response: sample.solution_str, row };
}

/** Tokens a chat template appends after the response; the format gate would reject them as control tags. */
const END_TOKENS =
  /(?:\s*(?:<\|im_end\|>|<\|endoftext\|>|<\|eot_id\|>|<\|end\|>|<\/s>|<｜end▁of▁sentence｜>))+\s*$/u;

/** OpenRLHF item -> reward item: the response is the query after its prompt, end-of-turn tokens removed. */
export function fromOpenRlhf(query: string, prompt: string, label: string, index: number): RewardItem {
  let parsed: unknown;
  try {
    parsed = JSON.parse(label);
  } catch {
    throw new MalformedRequestError(
      `labels[${index}]: not JSON (expected the label written by purpcode rl prepare)`,
    );
  }
  const sample = VerlSampleSchema.safeParse({ ...(parsed as object), solution_str: "" });
  if (!sample.success) throw new MalformedRequestError(`labels[${index}]: ${describeIssues(sample.error)}`);
  const response = (query.startsWith(prompt) ? query.slice(prompt.length) : query).replace(END_TOKENS, "");
  const item = fromVerlSample(sample.data, index);
  return { ...item, response };
}
