import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A real HTTP server speaking the OpenAI chat-completions protocol with scripted answers and injectable faults.
 * Tests (and `purpcode dev mock-llm`) point the real client at it, so retries, streaming and parsing are
 * exercised end to end over loopback.
 */

export interface ChatCompletionBody {
  model?: string;
  messages?: Array<{ role: string; content: unknown }>;
  stream?: boolean;
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  n?: number;
  seed?: number;
  [key: string]: unknown;
}

/** What a script entry sees: the parsed request plus convenient views of it. */
export interface ScriptRequest {
  body: ChatCompletionBody;
  lastUser: string;
  system: string;
  /** 0-based count of earlier requests this entry answered (to vary answers between samples). */
  hits: number;
  /** 0-based index of this request across the server's lifetime. */
  index: number;
}

export interface ScriptEntry {
  /** Matched against the last user message (a function sees the whole request). */
  match: RegExp | ((req: ScriptRequest) => boolean);
  /** A reply, a list cycled per hit, or a function of the request. */
  reply: string | string[] | ((req: ScriptRequest) => string);
  /** Extra latency for this entry on top of the server-wide latency. */
  latencyMs?: number;
  finishReason?: string;
}

export type Fault =
  | { kind: "status"; status: number; retryAfter?: number | string; body?: string }
  | { kind: "delay"; ms: number }
  | { kind: "drop" }
  | { kind: "malformed-json" }
  | { kind: "truncated" };

export interface OpenAIServerOptions {
  script?: ScriptEntry[];
  /** Used when no entry matches; without it the server answers 400 so gaps in a script are visible. */
  fallback?: string | ((req: ScriptRequest) => string);
  latencyMs?: number;
  /** Faults applied to requests in arrival order (request 0 gets faults[0], ...), or chosen per request. */
  faults?: Array<Fault | null> | ((index: number, body: ChatCompletionBody) => Fault | null | undefined);
  models?: string[];
  port?: number;
  /** Keep request bodies in the log (off for throughput benchmarks). */
  logBodies?: boolean;
}

export interface LoggedRequest {
  index: number;
  path: string;
  lastUser: string;
  body?: ChatCompletionBody;
  fault?: Fault["kind"];
  status: number;
}

export interface OpenAIServer {
  /** Base URL including `/v1`, e.g. `http://127.0.0.1:41234/v1`. */
  url: string;
  port: number;
  requests: LoggedRequest[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function approxTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((part) => (typeof part?.text === "string" ? part.text : "")).join("");
  }
  return "";
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    ...headers,
  });
  res.end(body);
}

export async function startOpenAIServer(options: OpenAIServerOptions = {}): Promise<OpenAIServer> {
  const script = options.script ?? [];
  const hits = new Map<ScriptEntry, number>();
  const requests: LoggedRequest[] = [];
  let counter = 0;

  const pickFault = (index: number, body: ChatCompletionBody): Fault | null => {
    const { faults } = options;
    if (!faults) return null;
    if (typeof faults === "function") return faults(index, body) ?? null;
    return faults[index] ?? null;
  };

  const answer = (body: ChatCompletionBody, index: number): { text: string; entry?: ScriptEntry } | null => {
    const messages = body.messages ?? [];
    const lastUser = textOf([...messages].reverse().find((m) => m.role === "user")?.content);
    const system = textOf(messages.find((m) => m.role === "system")?.content);
    for (const entry of script) {
      const count = hits.get(entry) ?? 0;
      const req: ScriptRequest = { body, lastUser, system, hits: count, index };
      const matched = entry.match instanceof RegExp ? entry.match.test(lastUser) : entry.match(req);
      if (!matched) continue;
      hits.set(entry, count + 1);
      const { reply } = entry;
      const text =
        typeof reply === "function"
          ? reply(req)
          : Array.isArray(reply)
            ? (reply[count % reply.length] ?? "")
            : reply;
      return { text, entry };
    }
    if (options.fallback === undefined) return null;
    const req: ScriptRequest = { body, lastUser, system, hits: 0, index };
    return { text: typeof options.fallback === "function" ? options.fallback(req) : options.fallback };
  };

  const handleCompletion = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const index = counter++;
    let body: ChatCompletionBody;
    try {
      body = JSON.parse(await readBody(req)) as ChatCompletionBody;
    } catch {
      requests.push({ index, path: req.url ?? "", lastUser: "", status: 400 });
      sendJson(res, 400, { error: { message: "request body is not JSON", type: "invalid_request_error" } });
      return;
    }
    const messages = Array.isArray(body.messages) ? body.messages : [];
    const lastUser = textOf([...messages].reverse().find((m) => m.role === "user")?.content);
    const log: LoggedRequest = { index, path: req.url ?? "", lastUser, status: 200 };
    if (options.logBodies !== false) log.body = body;
    requests.push(log);

    const fault = pickFault(index, body);
    if (fault) log.fault = fault.kind;
    if (fault?.kind === "delay") await sleep(fault.ms);
    if (options.latencyMs) await sleep(options.latencyMs);
    if (fault?.kind === "drop") {
      log.status = 0;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === "status") {
      log.status = fault.status;
      const headers: Record<string, string> = {};
      if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
      sendJson(
        res,
        fault.status,
        { error: { message: fault.body ?? `injected ${fault.status}`, type: "fault" } },
        headers,
      );
      return;
    }
    if (messages.length === 0) {
      log.status = 400;
      sendJson(res, 400, {
        error: { message: "messages must be a non-empty array", type: "invalid_request_error" },
      });
      return;
    }
    const scripted = answer(body, index);
    if (!scripted) {
      log.status = 400;
      sendJson(res, 400, {
        error: {
          message: `no scripted reply matches: ${lastUser.slice(0, 200)}`,
          type: "invalid_request_error",
        },
      });
      return;
    }
    if (scripted.entry?.latencyMs) await sleep(scripted.entry.latencyMs);
    const model = body.model ?? "mock";
    const id = `chatcmpl-mock-${index}`;
    const created = Math.floor(Date.now() / 1000);
    const finish = scripted.entry?.finishReason ?? "stop";
    const promptText = messages.map((m) => textOf(m.content)).join("\n");
    const usage = {
      prompt_tokens: approxTokens(promptText),
      completion_tokens: approxTokens(scripted.text),
      total_tokens: approxTokens(promptText) + approxTokens(scripted.text),
    };

    if (fault?.kind === "malformed-json") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(`{"id": "${id}", "choices": [{"message": {"content": "unterminated`);
      return;
    }

    if (body.stream) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const chunk = (delta: Record<string, unknown>, finishReason: string | null) =>
        `data: ${JSON.stringify({
          id,
          object: "chat.completion.chunk",
          created,
          model,
          choices: [{ index: 0, delta, finish_reason: finishReason }],
        })}\n\n`;
      res.write(chunk({ role: "assistant", content: "" }, null));
      const pieces = scripted.text.match(/[\s\S]{1,16}/g) ?? [];
      const limit = fault?.kind === "truncated" ? Math.floor(pieces.length / 2) : pieces.length;
      for (const piece of pieces.slice(0, limit)) res.write(chunk({ content: piece }, null));
      if (fault?.kind === "truncated") {
        // The connection ends mid-stream without a finish reason or [DONE].
        req.socket.destroy();
        return;
      }
      res.write(chunk({}, finish));
      res.write(
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [], usage })}\n\n`,
      );
      res.end("data: [DONE]\n\n");
      return;
    }

    const payload = JSON.stringify({
      id,
      object: "chat.completion",
      created,
      model,
      choices: [{ index: 0, message: { role: "assistant", content: scripted.text }, finish_reason: finish }],
      usage,
    });
    if (fault?.kind === "truncated") {
      // Declares the full length, sends half, then closes: the client sees a premature end of body.
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": Buffer.byteLength(payload),
      });
      res.write(payload.slice(0, Math.floor(payload.length / 2)));
      req.socket.destroy();
      return;
    }
    res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
    res.end(payload);
  };

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "").split("?")[0];
    if (req.method === "POST" && (path === "/v1/chat/completions" || path === "/chat/completions")) {
      handleCompletion(req, res).catch((err: unknown) => {
        if (!res.headersSent) sendJson(res, 500, { error: { message: String(err), type: "server_error" } });
        else res.destroy();
      });
      return;
    }
    if (req.method === "GET" && (path === "/v1/models" || path === "/models")) {
      const created = Math.floor(Date.now() / 1000);
      sendJson(res, 200, {
        object: "list",
        data: (options.models ?? ["mock"]).map((id) => ({
          id,
          object: "model",
          created,
          owned_by: "purpcode",
        })),
      });
      return;
    }
    sendJson(res, 404, { error: { message: `no route ${req.method} ${path}`, type: "not_found" } });
  });
  server.keepAliveTimeout = 60_000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
