import { openSync, readSync, closeSync } from "node:fs";
import type { LlamaProviderConfig } from "../core/config.js";
import { InputError, PurpcodeError, errorMessage } from "../core/errors.js";
import { Semaphore } from "../core/semaphore.js";
import { Accounting } from "./accounting.js";
import { cacheKey, openCache, type ResponseCache } from "./cache.js";
import { stripThink } from "./think.js";
import type { ChatProvider, ChatRequest, ChatResponse } from "./types.js";

/** The slice of node-llama-cpp (v3) this provider uses; the package is an optional dependency. */
interface LlamaModule {
  getLlama(o?: { gpu?: false | "auto" }): Promise<Llama>;
  LlamaChatSession: new (o: {
    contextSequence: LlamaSequence;
    autoDisposeSequence?: boolean;
  }) => LlamaSession;
}
interface Llama {
  loadModel(o: { modelPath: string; gpuLayers?: number | "auto" }): Promise<LlamaModel>;
  dispose(): Promise<void>;
}
interface LlamaModel {
  createContext(o: {
    contextSize: number;
    sequences: number;
    threads?: number;
  }): Promise<{ getSequence(): LlamaSequence }>;
  tokenize(text: string): unknown[];
}
interface LlamaSequence {
  clearHistory(): Promise<void>;
}
type HistoryItem = { type: "system" | "user"; text: string } | { type: "model"; response: string[] };
interface LlamaSession {
  setChatHistory(history: HistoryItem[]): void;
  promptWithMeta(
    text: string,
    o: {
      temperature?: number;
      topP?: number;
      maxTokens?: number;
      seed?: number;
      customStopTriggers?: string[];
      signal?: AbortSignal;
      onToken?: (tokens: unknown[]) => void;
    },
  ): Promise<{ responseText: string; stopReason: string }>;
  dispose(o?: { disposeSequence?: boolean }): void;
}

export const LLAMA_INSTALL_HINT =
  "install the optional dependency: npm install --save-exact node-llama-cpp@3.21.1";

/** node-llama-cpp's stop reasons in the OpenAI protocol's words. */
const FINISH_REASON: Record<string, string> = {
  maxTokens: "length",
  eogToken: "stop",
  stopGenerationTrigger: "stop",
  customStopTrigger: "stop",
  abort: "abort",
};

/** Checks the model file before llama.cpp does, whose own errors do not name the file. */
export function checkGgufFile(path: string): void {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(
      code === "ENOENT"
        ? "model file not found"
        : `cannot read the model file (${code ?? errorMessage(err)})`,
      {
        file: path,
        hint: "set model_path to a GGUF file (purpcode dev tiny-gguf writes a tiny test model)",
      },
    );
  }
  const magic = Buffer.alloc(4);
  let n: number;
  try {
    n = readSync(fd, magic, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  if (n < 4 || magic.toString("latin1") !== "GGUF")
    throw new InputError("not a GGUF model file (it does not start with the 'GGUF' magic bytes)", {
      file: path,
    });
}

/** Imports node-llama-cpp (by a variable name so the compiler does not require the optional package). */
export async function importLlama(name = "node-llama-cpp"): Promise<LlamaModule> {
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
  private running = 0;
  /** The most generations that ran at once (at most `concurrency`, one per context sequence). */
  peakRunning = 0;
  private readonly cache: ResponseCache | undefined;
  private loaded:
    Promise<{ mod: LlamaModule; llama: Llama; model: LlamaModel; sequences: LlamaSequence[] }> | undefined;

  constructor(private readonly config: LlamaProviderConfig) {
    this.model = config.model_path;
    this.id = `llama:${config.model_path}`;
    this.slots = new Semaphore(config.concurrency);
    this.cache = config.cache ? openCache(config.cache) : undefined;
  }

  private load() {
    this.loaded ??= (async () => {
      checkGgufFile(this.config.model_path);
      const mod = await importLlama();
      // Without layers to offload, skip probing GPU back-ends (seconds, and noisy where none exists).
      const llama = await mod.getLlama(this.config.gpu_layers === 0 ? { gpu: false } : undefined);
      let model: LlamaModel;
      try {
        model = await llama.loadModel({
          modelPath: this.config.model_path,
          gpuLayers: this.config.gpu_layers,
        });
      } catch (err) {
        throw new InputError(`cannot load the GGUF model: ${errorMessage(err)}`, {
          file: this.config.model_path,
          cause: err,
        });
      }
      const context = await model.createContext({
        contextSize: this.config.context_size,
        sequences: this.config.concurrency,
        ...(this.config.threads ? { threads: this.config.threads } : {}),
      });
      const sequences = Array.from({ length: this.config.concurrency }, () => context.getSequence());
      return { mod, llama, model, sequences };
    })();
    return this.loaded;
  }

  /** Loads the model now (otherwise the first chat does): a bad model file is then reported up front. */
  async preflight(): Promise<void> {
    await this.load();
  }

  /** Frees the model and its contexts (the native threads would otherwise keep the process alive). */
  async close(): Promise<void> {
    const loaded = this.loaded;
    this.loaded = undefined;
    if (!loaded) return;
    const { llama } = await loaded.catch(() => ({ llama: undefined }));
    await llama?.dispose();
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
    this.peakRunning = Math.max(this.peakRunning, ++this.running);
    try {
      // Each request is its own conversation: start from an empty sequence rather than the last request's.
      await sequence.clearHistory();
      const session = new mod.LlamaChatSession({ contextSequence: sequence, autoDisposeSequence: false });
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
      let generated = 0;
      const answer = await session.promptWithMeta(last.content, {
        onToken: (tokens) => (generated += tokens.length),
        temperature: request.temperature,
        topP: request.top_p,
        maxTokens: request.max_tokens,
        seed: request.seed,
        ...(request.stop?.length ? { customStopTriggers: request.stop } : {}),
        ...(request.signal ? { signal: request.signal } : {}),
      });
      session.dispose({ disposeSequence: false });
      const text = answer.responseText;
      const usage = {
        promptTokens: messages.reduce((n, m) => n + model.tokenize(m.content).length, 0),
        completionTokens: generated,
      };
      this.accounting.promptTokens += usage.promptTokens;
      this.accounting.completionTokens += usage.completionTokens;
      return {
        text,
        finishReason: FINISH_REASON[answer.stopReason] ?? answer.stopReason,
        usage,
        model: this.model,
      };
    } finally {
      this.running--;
      sequences.push(sequence);
    }
  }
}
