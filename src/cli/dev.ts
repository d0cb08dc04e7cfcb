import type { Command } from "commander";
import { startOpenAIServer } from "../llm/standins/openai-server.js";
import { loadMockScript, scriptToServerOptions } from "../llm/standins/script-file.js";
import { writeTinyGguf } from "../llm/standins/tiny-gguf.js";
import { globalOptions, info } from "./context.js";
import { positiveInt } from "./provider-options.js";

export function register(program: Command): void {
  const dev = program
    .command("dev")
    .description("developer tools: stand-in models for dry runs (a scripted server, a tiny GGUF model)");
  dev
    .command("tiny-gguf")
    .description(
      "write a tiny random-weight GGUF model (llama architecture, byte-fallback vocabulary, ChatML template) " +
        "to exercise the embedded llama provider; it answers every prompt with the same sentence (DRY RUN)",
    )
    .requiredOption("--out <file>", "where to write the .gguf file")
    .option("--seed <n>", "seed of the random weights", positiveInt, 1)
    .action((opts: { out: string; seed: number }, cmd: Command) => {
      writeTinyGguf(opts.out, { seed: opts.seed });
      process.stdout.write(`${opts.out}\n`);
      info(globalOptions(cmd), `tiny-gguf: wrote a test model (not a real one) to ${opts.out}`);
    });
  dev
    .command("mock-llm")
    .description(
      "serve a scripted model over the OpenAI chat-completions protocol on 127.0.0.1 (a dry run, no real model)",
    )
    .requiredOption("--script <file>", "YAML/JSON script: replies matched by regex on the last user message")
    .option("--port <port>", "port to listen on (default: a free port)", positiveInt)
    .action(async (opts: { script: string; port?: number }, cmd: Command) => {
      const globals = globalOptions(cmd);
      const script = await loadMockScript(opts.script);
      const server = await startOpenAIServer({
        ...scriptToServerOptions(script, opts.script),
        port: opts.port,
        logBodies: false,
      });
      // Shutdown handlers before the URL is announced: a caller may signal as soon as it reads it.
      const stopped = new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      process.stdout.write(`${server.url}\n`);
      info(
        globals,
        `mock-llm (DRY RUN: scripted answers, not a model) listening on ${server.url}; Ctrl-C stops it`,
      );
      await stopped;
      await server.close();
      info(globals, `mock-llm: served ${server.requests.length} requests`);
    });
}
