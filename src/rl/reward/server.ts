import { BodyTooLargeError, readBody, sendJson } from "../../core/http.js";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Semaphore } from "../../core/semaphore.js";
import {
  fromOpenRlhf,
  fromVerlSample,
  MalformedRequestError,
  OpenRlhfRequestSchema,
  parseBody,
  ScoreRequestSchema,
} from "./request.js";
import { RewardInputError, scoreBatch } from "../../verdict/score.js";
import type { Oracles } from "../../verdict/contract.js";

export interface RewardServerOptions {
  /** The oracles with their verdict settings (threshold, soft score): the floor's openOracles. */
  oracles: Oracles;
  port?: number;
  host?: string;
  /** Largest request body in bytes (default 16 MiB). */
  maxBodyBytes?: number;
  /** Batches scored at once; more wait (default 4). */
  concurrency?: number;
  /** Batches allowed to wait; beyond that the service answers 503 with Retry-After (default 64). */
  maxQueue?: number;
}

export interface RewardServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Reads the body up to the limit; past it, keeps draining so the client can read the 413 answer. */
/**
 * The reward service (design 7.2): stateless, so several instances can serve one training job.
 * `POST /score` takes verl samples (the shipped adapter), `POST /get_reward` speaks OpenRLHF's remote reward
 * protocol, `GET /health` answers liveness.
 */
export async function startRewardServer(options: RewardServerOptions): Promise<RewardServer> {
  const limit = options.maxBodyBytes ?? 16 * 1024 * 1024;
  const slots = new Semaphore(options.concurrency ?? 4);
  const maxQueue = options.maxQueue ?? 64;
  let served = 0;
  // Scoring requests answered: with `served` (samples), shows whether clients batch.
  let requests = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? "/").split("?")[0];
    if (req.method === "GET" && (path === "/health" || path === "/")) {
      sendJson(res, 200, {
        status: "ok",
        served,
        requests,
        in_flight: slots.inFlight,
        oracles: Object.keys(options.oracles).filter((k) => k !== "settings"),
        settings: options.oracles.settings,
      });
      return;
    }
    if (path !== "/score" && path !== "/get_reward")
      throw new HttpError(404, `no route ${req.method} ${path}`);
    if (req.method !== "POST") throw new HttpError(405, `${path} takes POST`);
    const raw = await readBody(req, limit).catch((err: unknown) => {
      throw err instanceof BodyTooLargeError ? new HttpError(413, err.message) : err;
    });
    let body: unknown;
    try {
      body = JSON.parse(raw.toString("utf8"));
    } catch (err) {
      throw new HttpError(400, `invalid JSON: ${(err as Error).message}`);
    }
    const busy = slots.inFlight - slots.waiting >= slots.capacity;
    if (busy && slots.waiting >= maxQueue) throw new HttpError(503, "reward service is busy; retry later");
    if (path === "/score") {
      const request = parseBody(ScoreRequestSchema, body);
      const items = request.items.map(fromVerlSample);
      const scored = await slots.run(() => scoreBatch(items, options.oracles));
      served += items.length;
      requests += 1;
      sendJson(res, 200, scored);
      return;
    }
    const request = parseBody(OpenRlhfRequestSchema, body);
    const n = request.query.length;
    if (request.prompts.length !== n || request.labels.length !== n)
      throw new MalformedRequestError(
        `query, prompts and labels must have the same length (got ${n}, ${request.prompts.length}, ${request.labels.length})`,
      );
    const items = request.query.map((q, i) => fromOpenRlhf(q, request.prompts[i]!, request.labels[i]!, i));
    const scored = await slots.run(() => scoreBatch(items, options.oracles));
    served += items.length;
    requests += 1;
    const results = scored.results;
    sendJson(res, 200, {
      rewards: results.map((r) => r.score),
      scores: results.map((r) => r.score),
      extra_logs: { acc: results.map((r) => r.acc), fmt_ok: results.map((r) => (r.fmt_ok ? 1 : 0)) },
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof HttpError)
        sendJson(res, err.status, { error: err.message }, err.status === 503 ? { "retry-after": "1" } : {});
      else if (err instanceof MalformedRequestError) sendJson(res, 400, { error: err.message });
      else if (err instanceof RewardInputError) sendJson(res, 422, { error: err.message });
      else sendJson(res, 500, { error: err instanceof Error ? err.message : String(err) });
    });
  });
  server.requestTimeout = 0; // big batches with judges can take minutes
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
