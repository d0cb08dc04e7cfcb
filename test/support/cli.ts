import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

const root = new URL("../..", import.meta.url).pathname;

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let cachedEntry: string[] | undefined;

/** Whether dist/ holds a build at least as new as every source file (`npm test` builds first). */
export function distIsFresh(): boolean {
  const dist = join(root, "dist/cli/main.js");
  return existsSync(dist) && statSync(dist).mtimeMs >= newestMtime(join(root, "src"));
}

/**
 * How to start the CLI: the compiled bin when dist/ is newer than every source file (as after `npm test`'s
 * build step; a cold start of ~0.3 s), otherwise the TypeScript sources through tsx (~2 s), so a test never
 * runs stale code.
 */
function cliCommand(): string[] {
  if (!cachedEntry) {
    cachedEntry = distIsFresh()
      ? [join(root, "bin/purpcode.js")]
      : ["--import", "tsx", new URL("./cli-entry.ts", import.meta.url).pathname];
  }
  return cachedEntry;
}

/**
 * Runs the real CLI in a child process, as a user would. Asynchronous, so servers that the test runs in its own
 * process keep answering while the CLI talks to them.
 */
export function runCli(
  args: string[],
  options: { input?: string; cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<CliResult> {
  const child = spawn(process.execPath, [...cliCommand(), ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: { ...process.env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdin.end(options.input ?? "");
  const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
  return new Promise((resolve) =>
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    }),
  );
}

/** Arguments for spawning the CLI yourself (long-running verbs such as servers). */
export function cliArgs(args: string[]): string[] {
  return [...cliCommand(), ...args];
}
