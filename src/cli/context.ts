import type { Command } from "commander";

/** Options every verb understands; set before the verb name (`purpcode --json analyze ...`) or after it. */
export interface GlobalOptions {
  config?: string;
  verbose: boolean;
  quiet: boolean;
  json: boolean;
}

export function globalOptions(command: Command): GlobalOptions {
  const opts = command.optsWithGlobals<Partial<GlobalOptions>>();
  return {
    config: opts.config,
    verbose: Boolean(opts.verbose),
    quiet: Boolean(opts.quiet),
    json: Boolean(opts.json),
  };
}

/** Diagnostics go to stderr so that stdout stays machine-readable. */
export function info(globals: GlobalOptions, message: string): void {
  if (!globals.quiet) process.stderr.write(message + "\n");
}

export function debug(globals: GlobalOptions, message: string): void {
  if (globals.verbose && !globals.quiet) process.stderr.write(message + "\n");
}

export function printJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + "\n");
}
