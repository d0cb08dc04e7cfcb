import type { Command } from "commander";
import { readFileSync } from "node:fs";
import { loadConfig } from "../core/config.js";
import { InputError } from "../core/errors.js";
import { loadTest } from "../llm/bench.js";
import type { Message } from "../core/rows.js";
import { globalOptions, info, printJson } from "./context.js";
import {
  addProviderOptions,
  nonNegativeNumber,
  positiveInt,
  providerFromOptions,
} from "./provider-options.js";

export function register(program: Command): void {
  const llm = program.command("llm").description("talk to a model endpoint: one chat, or a load benchmark");

  addProviderOptions(
    llm
      .command("chat")
      .description("send one prompt (argument or stdin) and print the answer")
      .argument("[prompt]", "the user message (default: read stdin)")
      .option("--system <text>", "system prompt")
      .option("--temperature <t>", "sampling temperature", nonNegativeNumber)
      .option("--max-tokens <n>", "completion token limit", positiveInt)
      .option("--strip-think", "drop a leading <think>...</think> block"),
  ).action(async (prompt: string | undefined, opts: Record<string, unknown>, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    const text = prompt ?? (process.stdin.isTTY ? "" : readFileSync(0, "utf8"));
    if (!text.trim()) throw new InputError("no prompt: pass it as an argument or on stdin");
    const provider = providerFromOptions(config, opts);
    const messages: Message[] = [];
    if (typeof opts.system === "string") messages.push({ role: "system", content: opts.system });
    messages.push({ role: "user", content: text });
    const response = await provider.chat({
      messages,
      temperature: opts.temperature as number | undefined,
      max_tokens: opts.maxTokens as number | undefined,
      stripThink: Boolean(opts.stripThink),
    });
    if (globals.json)
      printJson({ ...response, provider: provider.id, accounting: provider.accounting.snapshot() });
    else process.stdout.write(response.text.endsWith("\n") ? response.text : response.text + "\n");
  });

  addProviderOptions(
    llm
      .command("bench")
      .description("send N requests at concurrency C; report throughput and latency percentiles")
      .option("-n, --requests <n>", "number of requests", positiveInt, 1000)
      .option("-C, --parallel <c>", "requests in flight", positiveInt, 64)
      .option("--prompt <text>", "prompt text (a counter is appended)", "Say hello.")
      .option("--max-tokens <n>", "completion token limit", positiveInt),
  ).action(async (opts: Record<string, unknown>, cmd: Command) => {
    const globals = globalOptions(cmd);
    const { config } = await loadConfig(globals.config);
    const parallel = opts.parallel as number;
    // The endpoint limit must not throttle the benchmark below the asked concurrency.
    const provider = providerFromOptions(config, { ...opts, concurrency: opts.concurrency ?? parallel });
    info(
      globals,
      `benchmarking ${provider.id}: ${String(opts.requests)} requests at concurrency ${parallel}`,
    );
    const report = await loadTest(provider, {
      requests: opts.requests as number,
      concurrency: parallel,
      prompt: opts.prompt as string,
      maxTokens: opts.maxTokens as number | undefined,
    });
    if (globals.json) {
      printJson({ provider: provider.id, ...report, accounting: provider.accounting.snapshot() });
    } else {
      const l = report.latencyMs;
      process.stdout.write(
        [
          `requests     ${report.ok} ok, ${report.errors} failed in ${report.seconds.toFixed(2)} s`,
          `throughput   ${report.requestsPerSecond.toFixed(1)} requests/s at concurrency ${report.concurrency}`,
          `latency ms   p50 ${l.p50.toFixed(1)}  p90 ${l.p90.toFixed(1)}  p99 ${l.p99.toFixed(1)}  max ${l.max.toFixed(1)}`,
          ...(report.firstError ? [`first error  ${report.firstError}`] : []),
        ].join("\n") + "\n",
      );
    }
    if (report.errors > 0) process.exitCode = 1;
  });
}
