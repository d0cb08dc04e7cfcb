import { PurpcodeError, errorMessage } from "../core/errors.js";
import type { Message } from "../core/rows.js";
import { Semaphore } from "../core/semaphore.js";
import type { ChatProvider } from "../llm/types.js";
import { chooseNonce } from "./transcript.js";
import { VerdictParseError } from "./verdict.js";

/** A judge: a pure prompt builder and a strict parser of its verdict, both keyed by the call's nonce. */
export interface Judge<V> {
  readonly name: string;
  /** Throws an InputError when the conversation cannot be judged (e.g. no assistant turn). */
  buildPrompt(conversation: Message[], nonce: string): Message[];
  /** Throws a VerdictParseError when the reply holds no valid verdict block for this nonce. */
  parseVerdict(raw: string, nonce: string): V;
}

export interface JudgeOptions {
  /** The judge model: configured separately from the model under test. */
  provider: ChatProvider;
  /** Requests per verdict before giving up on unparseable replies (default 3). */
  maxAttempts?: number;
  /** Temperature of the first attempt (default 0: the most likely verdict). */
  temperature?: number;
  /** Temperature of retries (default 0.7): a greedy judge that broke the format once would break it again. */
  retryTemperature?: number;
  maxTokens?: number;
  /** Proposes the quoting nonce per attempt (tests); ignored when the content contains it. */
  nonce?: (attempt: number) => string;
  signal?: AbortSignal;
}

export interface Judgement<V> {
  verdict: V;
  /** The judge's full reply that the verdict was parsed from. */
  raw: string;
  attempts: number;
  model: string;
}

/** A judge that never gave a parseable verdict: an error, never a verdict by default. */
export class JudgeError extends PurpcodeError {
  readonly replies: string[];

  constructor(message: string, replies: string[]) {
    super(message, { exitCode: 1 });
    this.name = "JudgeError";
    this.replies = replies;
  }
}

export async function runJudge<V>(
  judge: Judge<V>,
  conversation: Message[],
  options: JudgeOptions,
): Promise<Judgement<V>> {
  const maxAttempts = options.maxAttempts ?? 3;
  const replies: string[] = [];
  const problems: string[] = [];
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const nonce = chooseNonce(judge.name, conversation, attempt, options.nonce?.(attempt));
    const messages = judge.buildPrompt(conversation, nonce);
    const response = await options.provider.chat({
      messages,
      temperature: attempt === 0 ? (options.temperature ?? 0) : (options.retryTemperature ?? 0.7),
      max_tokens: options.maxTokens,
      sampleIndex: attempt,
      signal: options.signal,
    });
    replies.push(response.text);
    try {
      return {
        verdict: judge.parseVerdict(response.text, nonce),
        raw: response.text,
        attempts: attempt + 1,
        model: response.model,
      };
    } catch (err) {
      if (!(err instanceof VerdictParseError)) throw err;
      problems.push(err.message);
    }
  }
  const last = (replies.at(-1) ?? "").slice(-300).replace(/\s+/g, " ");
  throw new JudgeError(
    `${judge.name} judge gave no parseable verdict in ${maxAttempts} attempt${maxAttempts === 1 ? "" : "s"} ` +
      `(${[...new Set(problems)].join("; ")}); last reply ended: "${last}"`,
    replies,
  );
}

export type BatchResult<V> = { ok: true; judgement: Judgement<V> } | { ok: false; error: string };

/**
 * Judges many conversations with at most `concurrency` in flight; results are in input order and a failure
 * (unparseable judge, failed request, bad input) is reported for its item without stopping the others.
 */
export async function runJudgeBatch<V>(
  judge: Judge<V>,
  conversations: Message[][],
  options: JudgeOptions & { concurrency?: number },
): Promise<BatchResult<V>[]> {
  const slots = new Semaphore(options.concurrency ?? 64);
  return Promise.all(
    conversations.map((conversation) =>
      slots.run(async (): Promise<BatchResult<V>> => {
        try {
          return { ok: true, judgement: await runJudge(judge, conversation, options) };
        } catch (err) {
          return { ok: false, error: errorMessage(err) };
        }
      }),
    ),
  );
}
