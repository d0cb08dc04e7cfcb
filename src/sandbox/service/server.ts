import { BodyTooLargeError, readBody, sendJson } from "../../core/http.js";
import type { IncomingMessage } from "node:http";
import { createServer } from "node:http";
import { hostname } from "node:os";
import { z } from "zod";
import type { RunCodeBounds } from "./fusion.js";
import { DEFAULT_RUN_CODE_BOUNDS, parseRunCode, runCode } from "./fusion.js";
import { runTask } from "../judge/harness.js";
import { PoolSaturatedError, mapLimit } from "../pool.js";
import type { Sandbox } from "../sandbox.js";
import { TestTask } from "../judge/tasks.js";

export interface SandboxServerOptions {
  sandbox: Sandbox;
  port?: number;
  host?: string;
  /** Largest request body accepted, bytes (413 beyond). */
  maxBodyBytes?: number;
  /** Most tasks in one batch request. */
  maxBatchTasks?: number;
  /** Seconds clients are told to wait when the pool is saturated. */
  retryAfterSeconds?: number;
  /** A request body not received within this many ms ends with 408 and a closed connection. */
  bodyTimeoutMs?: number;
  /** Open connections at most; more are closed at once by the server (default 1024). */
  maxConnections?: number;
  /** Most files per /run_code request (files and fetch_files each), and largest file, bytes. */
  maxFiles?: number;
  maxFileBytes?: number;
}

export interface SandboxServer {
  url: string;
  port: number;
  /** Stops accepting, lets in-flight requests finish, then closes. */
  close(): Promise<void>;
}

const BatchRequest = z.object({ tasks: z.array(TestTask).min(1) });

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

/**
 * SandboxFusion-compatible service: GET /v1/ping, POST /run_code, plus POST /purpcode/v1/run_tests for many
 * test tasks in one request. Bodies are size-capped; a saturated pool answers 503 with Retry-After.
 */
export async function createSandboxServer(options: SandboxServerOptions): Promise<SandboxServer> {
  const { sandbox } = options;
  const maxBody = options.maxBodyBytes ?? 16 * 1024 * 1024;
  const maxBatch = options.maxBatchTasks ?? 1024;
  const retryAfter = String(options.retryAfterSeconds ?? 1);
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 30_000;
  const bounds: RunCodeBounds = {
    limits: sandbox.maxLimits,
    maxFiles: options.maxFiles ?? DEFAULT_RUN_CODE_BOUNDS.maxFiles,
    maxFileBytes: options.maxFileBytes ?? DEFAULT_RUN_CODE_BOUNDS.maxFileBytes,
  };
  const podName = `purpcode-${hostname()}`;
  let inFlight = 0;
  let closing = false;
  let drained: (() => void) | undefined;

  const saturated = (): HttpError =>
    new HttpError(503, { detail: "sandbox saturated, retry later" }, { "Retry-After": retryAfter });

  async function route(req: IncomingMessage): Promise<unknown> {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/v1/ping" || path === "/ping") {
      if (req.method !== "GET") throw new HttpError(405, { detail: "Method Not Allowed" });
      return "pong";
    }
    if (path === "/run_code") {
      if (req.method !== "POST") throw new HttpError(405, { detail: "Method Not Allowed" });
      const parsed = parseRunCode(await readJson(req, maxBody, bodyTimeoutMs), bounds);
      if (!parsed.ok) {
        if ("detail" in parsed) throw new HttpError(422, { detail: parsed.detail });
        return { ...parsed.unsupported, executor_pod_name: podName };
      }
      try {
        return await runCode(sandbox, parsed.request, podName);
      } catch (err) {
        if (err instanceof PoolSaturatedError) throw saturated();
        throw err;
      }
    }
    if (path === "/purpcode/v1/run_tests") {
      if (req.method !== "POST") throw new HttpError(405, { detail: "Method Not Allowed" });
      const parsed = BatchRequest.safeParse(await readJson(req, maxBody, bodyTimeoutMs));
      if (!parsed.success)
        throw new HttpError(422, {
          detail: parsed.error.issues.map((i) => ({
            loc: ["body", ...i.path.map(String)],
            msg: i.message,
            type: i.code,
          })),
        });
      if (parsed.data.tasks.length > maxBatch)
        throw new HttpError(413, { detail: `at most ${maxBatch} tasks per request` });
      const maxTimeoutMs = sandbox.maxLimits.wallMs;
      const tooLong = parsed.data.tasks.findIndex((t) => (t.timeoutMs ?? 0) > maxTimeoutMs);
      const tooBig = parsed.data.tasks.findIndex((t) => (t.memoryMb ?? 0) > sandbox.maxLimits.memoryMb);
      if (tooLong >= 0 || tooBig >= 0)
        throw new HttpError(422, {
          detail: [
            tooLong >= 0
              ? {
                  loc: ["body", "tasks", tooLong, "timeoutMs"],
                  msg: `timeoutMs must be at most ${maxTimeoutMs}`,
                  type: "less_than_equal",
                }
              : {
                  loc: ["body", "tasks", tooBig, "memoryMb"],
                  msg: `memoryMb must be at most ${sandbox.maxLimits.memoryMb}`,
                  type: "less_than_equal",
                },
          ],
        });
      if (sandbox.pool.saturated) throw saturated();
      const verdicts = await mapLimit(parsed.data.tasks, sandbox.pool.concurrency, (task) =>
        runTask(sandbox, task),
      );
      return { verdicts };
    }
    throw new HttpError(404, { detail: "Not Found" });
  }

  const server = createServer((req, res) => {
    if (closing) {
      sendJson(res, 503, { detail: "shutting down" }, { "Retry-After": retryAfter, Connection: "close" });
      req.resume();
      return;
    }
    inFlight++;
    route(req)
      .then(
        (body) => sendJson(res, 200, body),
        (err: unknown) => {
          if (err instanceof HttpError) sendJson(res, err.status, err.body, err.headers);
          else sendJson(res, 500, { detail: err instanceof Error ? err.message : String(err) });
          // An oversized or stalled body is not drained: drop the connection instead of reading it all.
          if (err instanceof HttpError && (err.status === 413 || err.status === 408)) req.destroy();
        },
      )
      .finally(() => {
        inFlight--;
        if (closing && inFlight === 0) drained?.();
      });
  });
  server.keepAliveTimeout = 5_000;
  // Headers must arrive promptly; the body has its own timer (readJson); executions bound their own time.
  server.headersTimeout = Math.min(bodyTimeoutMs, 60_000);
  server.requestTimeout = 0;
  server.maxConnections = options.maxConnections ?? 1024;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 8080, options.host ?? "127.0.0.1", () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : (options.port ?? 8080);
  const host = options.host ?? "127.0.0.1";
  return {
    port,
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    close: async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      server.closeAllConnections();
      await stopped;
    },
  };
}

async function readJson(req: IncomingMessage, maxBytes: number, timeoutMs: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new HttpError(408, { detail: `request body not received within ${timeoutMs} ms` })),
      timeoutMs,
    );
  });
  const body = await Promise.race([
    readBody(req, maxBytes).catch((err: unknown) => {
      throw err instanceof BodyTooLargeError ? new HttpError(413, { detail: err.message }) : err;
    }),
    stalled,
  ]).finally(() => clearTimeout(timer));
  try {
    return JSON.parse(body.toString("utf8"));
  } catch (err) {
    throw new HttpError(422, {
      detail: [{ loc: ["body"], msg: `invalid JSON: ${(err as Error).message}`, type: "json_invalid" }],
    });
  }
}
