import type { Command } from "commander";
import { z } from "zod";
import { loadConfig } from "../core/config.js";
import { InputError, PurpcodeError } from "../core/errors.js";
import { runJob } from "../core/job.js";
import { readJsonlAll } from "../core/jsonl.js";
import { MessageSchema, type Message } from "../core/rows.js";
import { classifyJudge } from "../judges/classify.js";
import { codeRequestJudge } from "../judges/code-request.js";
import { maliciousJudge } from "../judges/malicious.js";
import { detectRefusal } from "../judges/refusal.js";
import { runJudge, type Judge } from "../judges/runner.js";
import { globalOptions, info, printJson } from "./context.js";
import { addProviderOptions, positiveInt, providerFromOptions } from "./provider-options.js";

const KINDS = ["malicious", "classify", "code-request", "refusal"] as const;
type Kind = (typeof KINDS)[number];

const JUDGES: Record<Exclude<Kind, "refusal">, Judge<object>> = {
  malicious: maliciousJudge,
  classify: classifyJudge,
  "code-request": codeRequestJudge,
};

/** Input rows: conversation rows (or any row with `task_id` and `messages`); `response`, if present, is the
 *  assistant answer to judge, appended to `messages`. Other fields pass through to the output. */
const JudgeInputSchema = z
  .object({
    task_id: z.string().min(1),
    messages: z.array(MessageSchema).default([]),
    response: z.string().optional(),
  })
  .passthrough();
type JudgeInput = z.infer<typeof JudgeInputSchema>;

function conversationOf(row: JudgeInput): Message[] {
  return row.response === undefined
    ? row.messages
    : [...row.messages, { role: "assistant", content: row.response }];
}

interface JudgeFlags {
  input: string;
  output: string;
  concurrency: number;
  maxAttempts: number;
  judgeProvider?: string;
  judgeBaseUrl?: string;
  [key: string]: unknown;
}

export function register(program: Command): void {
  addProviderOptions(
    program
      .command("judge")
      .description(
        "judge responses: malicious assistance, answer class, code-request fulfilment, or refusal (no model)",
      )
      .argument("<kind>", KINDS.join(" | "))
      .requiredOption("--input <file>", "JSONL rows with task_id and messages (and optionally response)")
      .requiredOption("--output <file>", "JSONL output: input rows plus a verdict object (resumable)")
      .option("--concurrency <n>", "rows judged at once", positiveInt, 256)
      .option(
        "--max-attempts <n>",
        "judge requests per verdict before an unparseable reply is an error",
        positiveInt,
        3,
      ),
    "judge",
  ).action(async (kind: string, flags: JudgeFlags, cmd: Command) => {
    const globals = globalOptions(cmd);
    if (!(KINDS as readonly string[]).includes(kind)) {
      throw new InputError(`unknown judge '${kind}': expected one of ${KINDS.join(", ")}`);
    }
    const rows: JudgeInput[] = await readJsonlAll(flags.input, { schema: JudgeInputSchema });

    let work: (row: JudgeInput) => Promise<JudgeInput & { verdict: object }>;
    let close: (() => Promise<void>) | undefined;
    const parameters: Record<string, unknown> = { kind };
    if (kind === "refusal") {
      work = async (row) => {
        const last = conversationOf(row)
          .filter((m) => m.role === "assistant")
          .at(-1);
        if (!last) throw new InputError(`row ${row.task_id} has no assistant turn to check`);
        return { ...row, verdict: detectRefusal(last.content) };
      };
    } else {
      const { config } = await loadConfig(globals.config);
      // A config entry named "judge" is the default judge model.
      const useEntry = !flags.judgeProvider && !flags.judgeBaseUrl && config.models.judge !== undefined;
      const provider = providerFromOptions(
        config,
        useEntry ? { ...flags, judgeProvider: "judge" } : flags,
        "judge",
      );
      close = async () => provider.close?.();
      parameters.judge = provider.id;
      parameters.max_attempts = flags.maxAttempts;
      const judge = JUDGES[kind as Exclude<Kind, "refusal">];
      work = async (row) => {
        const j = await runJudge(judge, conversationOf(row), { provider, maxAttempts: flags.maxAttempts });
        return { ...row, verdict: { ...j.verdict, raw: j.raw, attempts: j.attempts, model: j.model } };
      };
    }
    const concurrency = flags.concurrency;

    let summary;
    try {
      summary = await runJob({
        name: `judge ${kind}`,
        input: rows,
        total: rows.length,
        output: flags.output,
        id: (row) => row.task_id,
        concurrency,
        work,
        parameters,
        inputFiles: [flags.input],
        quiet: globals.quiet,
      });
    } finally {
      await close?.();
    }
    const tally = await tallyVerdicts(flags.output);
    if (globals.json) printJson({ ...summary, verdicts: tally });
    info(
      globals,
      `judge ${kind}: ${summary.done} judged, ${summary.resumed} resumed, ${summary.failed} failed -> ${flags.output}` +
        ` (${Object.entries(tally)
          .map(([k, v]) => `${k}: ${v}`)
          .join(", ")})`,
    );
    if (summary.failed > 0) {
      throw new PurpcodeError(
        `${summary.failed} row(s) got no verdict; see ${summary.errors} (rerun to retry them)`,
        {
          exitCode: 1,
        },
      );
    }
  });
}

/** Counts of each verdict value in the output (labels, or true counts of boolean fields). */
async function tallyVerdicts(output: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = { rows: 0 };
  for (const value of await readJsonlAll(output)) {
    const verdict = (value as { verdict?: Record<string, unknown> }).verdict ?? {};
    counts.rows!++;
    for (const [key, v] of Object.entries(verdict)) {
      if (key === "label" && typeof v === "string") counts[v] = (counts[v] ?? 0) + 1;
      else if (v === true) counts[key] = (counts[key] ?? 0) + 1;
    }
  }
  return counts;
}
