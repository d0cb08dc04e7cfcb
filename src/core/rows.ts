import { z } from "zod";

/** The oracles a row can name; each maps to one reward / verification path. */
export const ORACLES = ["correctness", "codesec", "general-safety", "noreject", "reject"] as const;
export type OracleName = (typeof ORACLES)[number];

export const RoleSchema = z.enum(["system", "user", "assistant"]);
export type Role = z.infer<typeof RoleSchema>;

export const MessageSchema = z.object({
  role: RoleSchema,
  content: z.string(),
  /** Only in SFT rows: whether this assistant turn is trained on. */
  train: z.boolean().optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const TaskIdSchema = z
  .string()
  .min(3)
  .regex(/^[^\s:]+:\S+$/, "task_id must be namespaced as <dataset>:<id> with no spaces");

/** A conversation row: the unit every stage reads and writes (design 2.1). */
export const ConversationRowSchema = z.object({
  task_id: TaskIdSchema,
  messages: z.array(MessageSchema).min(1),
  oracles: z.array(z.enum(ORACLES)),
  ground_truth: z.unknown().optional(),
  meta: z.record(z.string(), z.unknown()).optional(),
});
export type ConversationRow = z.infer<typeof ConversationRowSchema>;

/** Id of the k-th sample of a prompt. */
export function sampleId(taskId: string, k: number): string {
  return `${taskId}@${k}`;
}

/** Id of the prefix of a multi-turn conversation that ends at user turn `turn` (1-based). */
export function turnId(taskId: string, turn: number): string {
  return `${taskId}:${turn}`;
}

/** Human-readable description of a zod issue path, e.g. `messages[2].role`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || "(root)";
}

export function describeIssues(error: z.ZodError, prefix = ""): string {
  return error.issues
    .map((issue) => {
      const path = formatPath([...(prefix ? [prefix] : []), ...issue.path]);
      return `${path}: ${issue.message}`;
    })
    .join("; ");
}
