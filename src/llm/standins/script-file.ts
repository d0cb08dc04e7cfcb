import { readFile } from "node:fs/promises";
import { parseDocument } from "yaml";
import { z } from "zod";
import { InputError } from "../../core/errors.js";
import { describeIssues } from "../../core/rows.js";
import type { OpenAIServerOptions, ScriptEntry } from "./openai-server.js";

/** A scripted model for `purpcode dev mock-llm` and dry-run recipes, as YAML or JSON. */
export const MockScriptSchema = z
  .object({
    latency_ms: z.number().int().min(0).default(0),
    /** Answer when no entry matches (without it, unmatched requests get HTTP 400). */
    default: z.string().optional(),
    replies: z
      .array(
        z
          .object({
            /** Regular expression tested against the last user message. */
            match: z.string(),
            flags: z
              .string()
              .regex(/^[imsu]*$/, "flags may only contain i, m, s, u")
              .default(""),
            /** Tested against the system prompt as well, when given. */
            system: z.string().optional(),
            reply: z.union([z.string(), z.array(z.string()).min(1)]),
            latency_ms: z.number().int().min(0).optional(),
          })
          .strict(),
      )
      .default([]),
    models: z.array(z.string()).default(["mock"]),
  })
  .strict();
export type MockScript = z.infer<typeof MockScriptSchema>;

export function scriptToServerOptions(script: MockScript, file = "<script>"): OpenAIServerOptions {
  const entries: ScriptEntry[] = script.replies.map((r, i) => {
    let user: RegExp;
    let system: RegExp | undefined;
    try {
      user = new RegExp(r.match, r.flags);
      if (r.system !== undefined) system = new RegExp(r.system, r.flags);
    } catch (err) {
      throw new InputError(`replies[${i}].match: ${(err as Error).message}`, { file });
    }
    const entry: ScriptEntry = {
      match: (req) => user.test(req.lastUser) && (system === undefined || system.test(req.system)),
      reply: r.reply,
    };
    if (r.latency_ms !== undefined) entry.latencyMs = r.latency_ms;
    return entry;
  });
  const options: OpenAIServerOptions = {
    script: entries,
    latencyMs: script.latency_ms,
    models: script.models,
  };
  if (script.default !== undefined) options.fallback = script.default;
  return options;
}

export async function loadMockScript(file: string): Promise<MockScript> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new InputError(`cannot read script: ${(err as NodeJS.ErrnoException).code ?? String(err)}`, {
      file,
    });
  }
  const doc = parseDocument(text);
  if (doc.errors.length > 0)
    throw new InputError(`invalid YAML: ${doc.errors[0]!.message.split("\n")[0]}`, { file });
  const result = MockScriptSchema.safeParse(doc.toJS() ?? {});
  if (!result.success) throw new InputError(`invalid mock script: ${describeIssues(result.error)}`, { file });
  return result.data;
}
