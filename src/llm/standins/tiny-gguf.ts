import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Writes a tiny but valid GGUF model (llama architecture, SentencePiece vocabulary with byte fallback, a ChatML
 * chat template) for exercising the embedded provider without downloading weights. The weights are random
 * (seeded) except for the embedding and output matrices, which are shaped so that the model behaves like a
 * bigram table: every token outside the script is followed by the script's first token and each script token by
 * the next, the last by end-of-sequence. Greedy decoding therefore answers every prompt with TINY_GGUF_ANSWER,
 * which lets tests check max-tokens cuts, stop strings and think-stripping against known text while the real
 * loader, tokenizer, chat template, attention and sampler all run.
 */

/** The script the model recites, as vocabulary pieces (SentencePiece: "\u2581" is a leading space). */
const SCRIPT = [
  "<think>",
  "\u2581plan",
  "\u2581quietly",
  "</think>",
  "Hello",
  "\u2581from",
  "\u2581the",
  "\u2581tiny",
  "\u2581model",
  ".",
];

/** What greedy decoding of the tiny model returns for any prompt. */
export const TINY_GGUF_ANSWER = "<think> plan quietly</think>Hello from the tiny model.";

export interface TinyGgufOptions {
  seed?: number;
  layers?: number;
  /** Width of the hidden state; a multiple of `heads`. */
  embedding?: number;
  heads?: number;
  kvHeads?: number;
  feedForward?: number;
  contextLength?: number;
}

const GGUF_TYPE = { u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10 } as const;
const TOKEN_TYPE = { normal: 1, unknown: 2, control: 3, byte: 6 } as const;
const ALIGN = 32;
export const CHATML_TEMPLATE =
  "{% for message in messages %}{{'<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n'}}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}";

/** mulberry32: a small deterministic PRNG, so the same seed writes the same bytes. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Writer {
  private chunks: Buffer[] = [];
  length = 0;
  private push(b: Buffer) {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number) {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number) {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number) {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number) {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string) {
    const b = Buffer.from(s, "utf8");
    this.u64(b.length);
    this.push(b);
  }
  bytes(b: Buffer) {
    this.push(b);
  }
  pad() {
    const rest = this.length % ALIGN;
    if (rest) this.push(Buffer.alloc(ALIGN - rest));
  }
  buffer() {
    return Buffer.concat(this.chunks);
  }
}

type Kv =
  | { type: "u32" | "i32" | "f32" | "u64"; value: number }
  | { type: "bool"; value: boolean }
  | { type: "string"; value: string }
  | { type: "array"; of: "string"; value: string[] }
  | { type: "array"; of: "f32" | "i32"; value: number[] };

function writeKv(w: Writer, key: string, kv: Kv) {
  w.str(key);
  w.u32(GGUF_TYPE[kv.type]);
  if (kv.type === "array") {
    w.u32(GGUF_TYPE[kv.of]);
    w.u64(kv.value.length);
    for (const v of kv.value) {
      if (kv.of === "string") w.str(v as string);
      else if (kv.of === "f32") w.f32(v as number);
      else w.i32(v as number);
    }
  } else if (kv.type === "string") w.str(kv.value);
  else if (kv.type === "bool") w.bytes(Buffer.from([kv.value ? 1 : 0]));
  else if (kv.type === "u64") w.u64(kv.value);
  else if (kv.type === "f32") w.f32(kv.value);
  else if (kv.type === "i32") w.i32(kv.value);
  else w.u32(kv.value);
}

/** The tiny model's vocabulary: <unk>, <s>, </s>, ChatML markers, 256 byte tokens, a space, the script's pieces. */
export function tinyVocabulary(): { tokens: string[]; types: number[]; script: number[] } {
  const tokens = ["<unk>", "<s>", "</s>", "<|im_start|>", "<|im_end|>"];
  const types: number[] = [
    TOKEN_TYPE.unknown,
    TOKEN_TYPE.control,
    TOKEN_TYPE.control,
    TOKEN_TYPE.control,
    TOKEN_TYPE.control,
  ];
  for (let b = 0; b < 256; b++) {
    tokens.push(`<0x${b.toString(16).toUpperCase().padStart(2, "0")}>`);
    types.push(TOKEN_TYPE.byte);
  }
  // A bare "\u2581" piece so spaces round-trip (as bytes it would detokenize to a literal "\u2581").
  tokens.push("\u2581");
  types.push(TOKEN_TYPE.normal);
  const script: number[] = [];
  for (const piece of SCRIPT) {
    script.push(tokens.length);
    tokens.push(piece);
    types.push(TOKEN_TYPE.normal);
  }
  return { tokens, types, script };
}

/** The GGUF bytes of a tiny llama model; the same options give the same bytes. */
export function tinyGguf(options: TinyGgufOptions = {}): Buffer {
  const seed = options.seed ?? 1;
  const layers = options.layers ?? 2;
  const nEmbd = options.embedding ?? 64;
  const heads = options.heads ?? 4;
  const kvHeads = options.kvHeads ?? 2;
  const nFf = options.feedForward ?? 128;
  const ctx = options.contextLength ?? 2048;
  if (nEmbd % heads !== 0 || heads % kvHeads !== 0)
    throw new Error("tiny GGUF: embedding must divide by heads, heads by kvHeads");
  const { tokens, types, script } = tinyVocabulary();
  const nVocab = tokens.length;
  const headDim = nEmbd / heads;
  const nEmbdKv = headDim * kvHeads;
  const random = rng(seed);
  const noise = (n: number, scale: number) => {
    const a = new Float32Array(n);
    for (let i = 0; i < n; i++) a[i] = (random() * 2 - 1) * scale;
    return a;
  };

  // Embeddings: one "feature" dimension per script position (dim 1 + i) and a shared one (dim 0) for every
  // other token, plus a little noise so tokens differ. The output matrix reads those features back: the row of
  // the token that should follow has a large weight on the feature of the token before it.
  const EOS = 2;
  const follows = new Map<number, number>(); // feature dim -> next token
  follows.set(0, script[0]!);
  script.forEach((_, i) => follows.set(1 + i, i + 1 < script.length ? script[i + 1]! : EOS));
  const featureOf = (token: number) => {
    const i = script.indexOf(token);
    return i < 0 ? 0 : 1 + i;
  };
  const embd = noise(nVocab * nEmbd, 0.02);
  for (let t = 0; t < nVocab; t++) embd[t * nEmbd + featureOf(t)] = 1;
  const output = noise(nVocab * nEmbd, 0.02);
  for (const [dim, next] of follows) output[next * nEmbd + dim] = 4;

  const tensors: { name: string; dims: number[]; data: Float32Array }[] = [
    { name: "token_embd.weight", dims: [nEmbd, nVocab], data: embd },
    { name: "output_norm.weight", dims: [nEmbd], data: new Float32Array(nEmbd).fill(1) },
    { name: "output.weight", dims: [nEmbd, nVocab], data: output },
  ];
  for (let l = 0; l < layers; l++) {
    const p = `blk.${l}.`;
    tensors.push(
      { name: p + "attn_norm.weight", dims: [nEmbd], data: new Float32Array(nEmbd).fill(1) },
      { name: p + "attn_q.weight", dims: [nEmbd, nEmbd], data: noise(nEmbd * nEmbd, 0.02) },
      { name: p + "attn_k.weight", dims: [nEmbd, nEmbdKv], data: noise(nEmbd * nEmbdKv, 0.02) },
      { name: p + "attn_v.weight", dims: [nEmbd, nEmbdKv], data: noise(nEmbd * nEmbdKv, 0.02) },
      { name: p + "attn_output.weight", dims: [nEmbd, nEmbd], data: noise(nEmbd * nEmbd, 0.02) },
      { name: p + "ffn_norm.weight", dims: [nEmbd], data: new Float32Array(nEmbd).fill(1) },
      { name: p + "ffn_gate.weight", dims: [nEmbd, nFf], data: noise(nEmbd * nFf, 0.02) },
      { name: p + "ffn_up.weight", dims: [nEmbd, nFf], data: noise(nEmbd * nFf, 0.02) },
      { name: p + "ffn_down.weight", dims: [nFf, nEmbd], data: noise(nFf * nEmbd, 0.02) },
    );
  }

  const kvs: [string, Kv][] = [
    ["general.architecture", { type: "string", value: "llama" }],
    ["general.name", { type: "string", value: `purpcode-tiny-seed${seed}` }],
    ["general.alignment", { type: "u32", value: ALIGN }],
    ["llama.context_length", { type: "u32", value: ctx }],
    ["llama.embedding_length", { type: "u32", value: nEmbd }],
    ["llama.block_count", { type: "u32", value: layers }],
    ["llama.feed_forward_length", { type: "u32", value: nFf }],
    ["llama.attention.head_count", { type: "u32", value: heads }],
    ["llama.attention.head_count_kv", { type: "u32", value: kvHeads }],
    ["llama.attention.layer_norm_rms_epsilon", { type: "f32", value: 1e-5 }],
    ["llama.rope.dimension_count", { type: "u32", value: headDim }],
    ["llama.rope.freq_base", { type: "f32", value: 10000 }],
    ["llama.vocab_size", { type: "u32", value: nVocab }],
    ["general.file_type", { type: "u32", value: 0 }],
    ["tokenizer.ggml.model", { type: "string", value: "llama" }],
    ["tokenizer.ggml.tokens", { type: "array", of: "string", value: tokens }],
    ["tokenizer.ggml.scores", { type: "array", of: "f32", value: tokens.map((_, i) => -i) }],
    ["tokenizer.ggml.token_type", { type: "array", of: "i32", value: types }],
    ["tokenizer.ggml.bos_token_id", { type: "u32", value: 1 }],
    ["tokenizer.ggml.eos_token_id", { type: "u32", value: EOS }],
    ["tokenizer.ggml.unknown_token_id", { type: "u32", value: 0 }],
    ["tokenizer.ggml.add_bos_token", { type: "bool", value: true }],
    ["tokenizer.ggml.add_eos_token", { type: "bool", value: false }],
    ["tokenizer.chat_template", { type: "string", value: CHATML_TEMPLATE }],
  ];

  const w = new Writer();
  w.bytes(Buffer.from("GGUF", "ascii"));
  w.u32(3);
  w.u64(tensors.length);
  w.u64(kvs.length);
  for (const [k, v] of kvs) writeKv(w, k, v);
  let offset = 0;
  for (const t of tensors) {
    w.str(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(0); // GGML_TYPE_F32
    w.u64(offset);
    offset += Math.ceil((t.data.length * 4) / ALIGN) * ALIGN;
  }
  w.pad();
  for (const t of tensors) {
    w.bytes(Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
    w.pad();
  }
  return w.buffer();
}

/** Writes the tiny model to `path` (creating its folder) and returns the path. */
export function writeTinyGguf(path: string, options: TinyGgufOptions = {}): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, tinyGguf(options));
  return path;
}
