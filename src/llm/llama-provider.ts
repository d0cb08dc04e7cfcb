import type { LlamaProviderConfig } from "../core/config.js";
import { PurpcodeError } from "../core/errors.js";
import { Semaphore } from "../core/semaphore.js";
import { Accounting } from "./accounting.js";
import { cacheKey, openCache, type ResponseCache } from "./cache.js";
import { stripThink } from "./think.js";
import type { ChatProvider, ChatRequest, ChatResponse } from "./types.js";

/** The slice of node-llama-cpp (v3) this provider uses; the package is an optional dependency. */
interface LlamaModule {
  getLlama(): Promise<{
    loadModel(o: { modelPath: string; gpuLayers?: number | "auto" }): Promise<LlamaModel>;
  }>;
  LlamaChatSession: new (o: { contextSequence: unknown }) => LlamaSession;
}
interface LlamaModel {
  createContext(o: { contextSize: number; sequences: number }): Promise<{ getSequence(): unknown }>;
  tokenize(text: string): unknown[];
}
type HistoryItem = { type: "system" | "user"; text: string } | { type: "model"; response: string[] };
interface LlamaSession {
  setChatHistory(history: HistoryItem[]): void;
  prompt(
    text: string,
    o: {
      temperature?: number;
      topP?: number;
      maxTokens?: number;
      seed?: number;
      customStopTriggers?: string[];
    },
  ): Promise<string>;
  dispose?(): void;
}

export const LLAMA_INSTALL_HINT = "install the optional dependency: npm install node-llama-cpp@3";

async function importLlama(): Promise<LlamaModule> {
  const name = "node-llama-cpp";
  try {
    return (await import(name)) as LlamaModule;
  } catch (err) {
    throw new PurpcodeError(
      "the embedded llama provider needs the 'node-llama-cpp' package, which is not installed",
      {
        hint: LLAMA_INSTALL_HINT,
        cause: err,
      },
    );
  }
}

/** Runs a local GGUF model in-process; each concurrent request gets its own context sequence. */
export class LlamaChatProvider implements ChatProvider {
  readonly id: string;
  readonly model: string;
  readonly accounting = new Accounting();
  private readonly slots: Semaphore;
  private readonly cache: ResponseCache | undefined;
  private loaded: Promise<{ mod: LlamaModule; model: LlamaModel; sequences: unknown[] }> | undefined;

  constructor(private readonly config: LlamaProviderConfig) {
    this.model = config.model_path;
    this.id = `llama:${config.model_path}`;
    this.slots = new Semaphore(config.concurrency);
    this.cache = config.cache ? openCache(config.cache) : undefined;
  }

  private load() {
    this.loaded ??= (async () => {
      const mod = await importLlama();
      const llama = await mod.getLlama();
      const model = await llama.loadModel({
        modelPath: this.config.model_path,
        gpuLayers: this.config.gpu_layers,
      });
      const context = await model.createContext({
        contextSize: this.config.context_size,
        sequences: this.config.concurrency,
      });
      const sequences = Array.from({ length: this.config.concurrency }, () => context.getSequence());
      return { mod, model, sequences };
    })();
    return this.loaded;
  }

  async chat(request: ChatRequest): Promise<ChatResponse> {
    const effective: ChatRequest = {
      ...request,
      temperature: request.temperature ?? this.config.temperature,
      max_tokens: request.max_tokens ?? this.config.max_tokens,
    };
    const key = this.cache ? cacheKey(this.model, effective) : undefined;
    const hit = key ? this.cache!.get(key) : undefined;
    let completion = hit;
    if (hit) this.accounting.cacheHits++;
    else {
      completion = await this.slots.run(() => this.generate(effective));
      if (key) this.cache!.set(key, completion);
    }
    const response: ChatResponse = { ...completion!, cached: Boolean(hit) };
    if (request.stripThink ?? this.config.strip_think) {
      const split = stripThink(response.text);
      response.text = split.text;
      if (split.reasoning !== undefined) response.reasoning = split.reasoning;
    }
    return response;
  }

  private async generate(request: ChatRequest) {
    const { mod, model, sequences } = await this.load();
    const sequence = sequences.pop();
    if (sequence === undefined) throw new Error("no free llama context sequence");
    try {
      const session = new mod.LlamaChatSession({ contextSequence: sequence });
      const messages = request.messages;
      const last = messages.at(-1);
      if (!last || last.role !== "user") throw new PurpcodeError("the last message must be a user turn");
      session.setChatHistory(
        messages
          .slice(0, -1)
          .map((m): HistoryItem =>
            m.role === "assistant"
              ? { type: "model", response: [m.content] }
              : { type: m.role, text: m.content },
          ),
      );
      this.accounting.requests++;
      const text = await session.prompt(last.content, {
        temperature: request.temperature,
        topP: request.top_p,
        maxTokens: request.max_tokens,
        seed: request.seed,
        customStopTriggers: request.stop,
      });
      session.dispose?.();
      const usage = {
        promptTokens: messages.reduce((n, m) => n + model.tokenize(m.content).length, 0),
        completionTokens: model.tokenize(text).length,
      };
      this.accounting.promptTokens += usage.promptTokens;
      this.accounting.completionTokens += usage.completionTokens;
      return { text, finishReason: "stop", usage, model: this.model };
    } finally {
      sequences.push(sequence);
    }
  }
}
