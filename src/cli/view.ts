import type { Command } from "commander";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../core/errors.js";
import { ResultsStore } from "../eval/store.js";
import { startViewServer } from "../eval/view.js";
import { DEFAULT_RESULTS } from "./eval.js";
import { globalOptions, info } from "./context.js";
import { positiveInt } from "./provider-options.js";

export function register(program: Command): void {
  program
    .command("view")
    .description("browse the results store in a small local web app (loopback only by default)")
    .argument("[runs...]", "run ids to compare (default: every run)")
    .option("--results <dir>", "results folder holding results.db", DEFAULT_RESULTS)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--port <port>", "port (default: any free port)", positiveInt)
    .action(
      async (runs: string[], opts: { results: string; host: string; port?: number }, command: Command) => {
        const globals = globalOptions(command);
        const file = join(opts.results, "results.db");
        if (!existsSync(file)) throw new InputError(`no results store at ${file}; run purpcode eval first`);
        const store = await ResultsStore.open(file);
        const server = await startViewServer(store, { host: opts.host, port: opts.port, runIds: runs });
        // Shutdown handlers before the URL is announced: a script may signal as soon as it reads it.
        const stopped = new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once("SIGINT", stop);
          process.once("SIGTERM", stop);
        });
        // The URL goes to stdout so scripts (and tests) can read it.
        process.stdout.write(`${server.url}/\n`);
        info(globals, "press Ctrl-C to stop");
        await stopped;
        await server.close();
        store.close();
      },
    );
}
