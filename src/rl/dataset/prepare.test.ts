import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import { readParquet } from "parquet-wasm/node";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "../../../test/support/cli.js";
import { tempDir } from "../../../test/support/tmp.js";
import { ALIGNED_SYSTEM_PROMPT } from "../../judges/system-prompt.js";
import { planMix } from "./mix.js";
import { prepareRlData } from "./prepare.js";
import { toVerlRow } from "./verl-row.js";

/** Reads a parquet file with an independent implementation (arrow-rs compiled to wasm), never hyparquet. */
function readBack(file: string): { fields: string[]; rows: Array<Record<string, unknown>> } {
  const wasmTable = readParquet(new Uint8Array(readFileSync(file)));
  const table = tableFromIPC(wasmTable.intoIPCStream());
  const fields = table.schema.fields.map((f) => `${f.name}: ${String(f.type)}`);
  const rows = table
    .toArray()
    .map(
      (r: { toJSON(): unknown }) =>
        JSON.parse(
          JSON.stringify(r.toJSON(), (_k, v: unknown) => (typeof v === "bigint" ? Number(v) : v)),
        ) as Record<string, unknown>,
    );
  return { fields, rows };
}

const row = (dataset: string, i: number, oracle: string, extra: Record<string, unknown> = {}) => ({
  task_id: `${dataset}:${i}`,
  messages: [
    { role: "system", content: "an old system prompt" },
    { role: "user", content: `${dataset} question ${i}` },
  ],
  oracles: [oracle],
  ...extra,
});

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function fixture() {
  const tmp = tempDir();
  cleanup = tmp.cleanup;
  const write = (name: string, rows: unknown[]) => {
    const file = join(tmp.dir, name);
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
    return file;
  };
  const sec = write(
    "sec.jsonl",
    Array.from({ length: 100 }, (_, i) => row("sec", i, "codesec")),
  );
  const util = write(
    "util.jsonl",
    Array.from({ length: 60 }, (_, i) =>
      row("he", i, "correctness", { ground_truth: { functional: `assert f(${i}) == ${i}` } }),
    ),
  );
  const easy = join(tmp.dir, "easy.txt");
  writeFileSync(easy, ["sec:0", "sec:1", '{"task_id": "he:2"}', ""].join("\n"));
  return { dir: tmp.dir, sec, util, easy };
}

describe("rl prepare", () => {
  it("writes verl parquet that an independent reader reads with the contract's schema", async () => {
    const f = fixture();
    const summary = await prepareRlData({
      sources: [{ file: f.sec }, { file: f.util }],
      easyIds: [f.easy],
      outDir: join(f.dir, "out"),
      systemPrompt: "ALIGNED",
      testFraction: 0.1,
      seed: 7,
    });
    expect(summary.removed.easy).toBe(3);
    const train = readBack(summary.train);
    expect(train.fields).toEqual([
      "data_source: Utf8",
      "prompt: List<Struct<{role:Utf8, content:Utf8}>>",
      "ability: Utf8",
      "reward_model: Struct<{style:Utf8, ground_truth:Utf8}>",
      "extra_info: Struct<{split:Utf8, index:Int64, task_id:Utf8, prompt:Utf8, oracles:List<Utf8>}>",
    ]);
    const test = readBack(summary.test);
    expect(train.rows.length + test.rows.length).toBe(157);
    expect(test.rows.length).toBe(summary.rows.test);
    const ids = new Set(
      [...train.rows, ...test.rows].map((r) => (r.extra_info as { task_id: string }).task_id),
    );
    expect(ids.size).toBe(157);
    for (const easy of ["sec:0", "sec:1", "he:2"]) expect(ids.has(easy)).toBe(false);
    const he = train.rows.find((r) => r.data_source === "purpcode:correctness")!;
    const info = he.extra_info as { task_id: string; prompt: string; oracles: string[]; split: string };
    expect(he.prompt).toEqual([
      { role: "system", content: "ALIGNED" },
      { role: "user", content: info.prompt },
    ]);
    expect(info.oracles).toEqual(["correctness"]);
    expect(info.split).toBe("train");
    const n = Number(info.task_id.split(":")[1]);
    expect(JSON.parse((he.reward_model as { ground_truth: string }).ground_truth)).toEqual({
      functional: `assert f(${n}) == ${n}`,
    });
    expect(train.rows.map((r) => (r.extra_info as { index: number }).index)).toEqual(
      train.rows.map((_, i) => i),
    );
    expect((test.rows[0]!.extra_info as { split: string }).split).toBe("test");
    const openrlhf = readFileSync(summary.openrlhf.train, "utf8").trim().split("\n");
    expect(openrlhf).toHaveLength(train.rows.length);
    const label = JSON.parse((JSON.parse(openrlhf[0]!) as { label: string }).label) as {
      data_source: string;
    };
    expect(label.data_source).toBe(train.rows[0]!.data_source);
  });

  it("mixes by weights, deterministically in the seed", async () => {
    const f = fixture();
    const run = (seed: number, out: string) =>
      prepareRlData({
        sources: [
          { file: f.sec, weight: 1 },
          { file: f.util, weight: 1 },
        ],
        outDir: join(f.dir, out),
        systemPrompt: "S",
        testFraction: 0,
        seed,
      });
    const a = await run(1, "a");
    // util has 60 rows, so a 1:1 mix takes 60 of each.
    expect(a.mix.map((m) => m.taken)).toEqual([60, 60]);
    expect(a.oracles).toEqual({ codesec: 60, correctness: 60 });
    const b = await run(1, "b");
    const c = await run(2, "c");
    const order = (file: string) =>
      readBack(file).rows.map((r) => (r.extra_info as { task_id: string }).task_id);
    expect(order(b.train)).toEqual(order(a.train));
    expect(order(c.train)).not.toEqual(order(a.train));
  });

  it("plans a mix from the scarcest source and caps it at the requested size", () => {
    const plan = planMix(
      [
        { name: "a", available: 1000, weight: 3 },
        { name: "b", available: 100, weight: 1 },
      ],
      undefined,
    );
    expect(plan.map((p) => p.taken)).toEqual([300, 100]);
    expect(
      planMix(
        [
          { name: "a", available: 1000, weight: 3 },
          { name: "b", available: 100, weight: 1 },
        ],
        40,
      ).map((p) => p.taken),
    ).toEqual([30, 10]);
  });

  it("mixes by the paper preset's objective shares (code 46k, codesec 78k, secqa 11k, safety 8k)", async () => {
    const f = fixture();
    const write = (name: string, n: number, oracle: string) => {
      const file = join(f.dir, name);
      writeFileSync(
        file,
        Array.from({ length: n }, (_, i) => JSON.stringify(row(name.split(".")[0]!, i, oracle))).join("\n") +
          "\n",
      );
      return file;
    };
    const code = write("code.jsonl", 2000, "correctness");
    const codesecA = write("v2p.jsonl", 1000, "codesec");
    const codesecB = write("r2c.jsonl", 3000, "codesec");
    const secqa = write("secqa.jsonl", 500, "noreject");
    const safety = write("malevent.jsonl", 400, "reject");
    const sources = [
      { file: code, objective: "code" },
      { file: codesecA, objective: "codesec" },
      { file: codesecB, objective: "codesec" },
      { file: secqa, objective: "secqa" },
      { file: safety, objective: "safety" },
    ];
    const summary = await prepareRlData({
      sources,
      preset: "paper",
      outDir: join(f.dir, "paper"),
      systemPrompt: ALIGNED_SYSTEM_PROMPT,
      size: 1430,
      testFraction: 0,
    });
    const taken = Object.fromEntries(summary.mix.map((m) => [m.name, m.taken]));
    // 1430 rows = 143k / 100: code 460, codesec 780 split by size (1:3), secqa 110, safety 80.
    expect(taken).toEqual({ code: 460, v2p: 195, r2c: 585, secqa: 110, malevent: 80 });
    await expect(
      prepareRlData({
        sources: sources.slice(0, 3),
        preset: "paper",
        outDir: join(f.dir, "p2"),
        systemPrompt: "s",
      }),
    ).rejects.toThrow(/no rows for objective\(s\) secqa, safety/);
    await expect(
      prepareRlData({
        sources: [{ file: code }],
        preset: "paper",
        outDir: join(f.dir, "p3"),
        systemPrompt: "s",
      }),
    ).rejects.toThrow(/needs its objective/);
  });

  it("names the file and line of an invalid row", async () => {
    const f = fixture();
    writeFileSync(
      f.sec,
      JSON.stringify(row("sec", 1, "codesec")) +
        "\n" +
        JSON.stringify({ task_id: "x:1", messages: [], oracles: ["codesec"] }) +
        "\n",
    );
    await expect(
      prepareRlData({ sources: [{ file: f.sec }], outDir: join(f.dir, "o"), systemPrompt: "S" }),
    ).rejects.toThrow(/sec\.jsonl:2: invalid row: messages/);
  });
});

describe("purpcode rl prepare", () => {
  it("writes train/test parquet and reports the mix; a missing source is a usage error naming it", async () => {
    const f = fixture();
    const prompt = join(f.dir, "system.txt");
    writeFileSync(prompt, "ALIGNED FROM FILE\n");
    const out = join(f.dir, "cli");
    const res = await runCli([
      "rl",
      "prepare",
      "-s",
      `${f.sec}:3`,
      "-s",
      `${f.util}:1`,
      "--easy-ids",
      f.easy,
      "--system-prompt-file",
      prompt,
      "-o",
      out,
      "--test-fraction",
      "0.1",
      "--seed",
      "3",
    ]);
    expect(res.stderr).toContain("sec: 98 of 98 rows (share 75.0%)");
    expect(res.code).toBe(0);
    const train = readBack(join(out, "train.parquet"));
    const test = readBack(join(out, "test.parquet"));
    // 98 codesec rows at a 3:1 share allow 33 correctness rows (131 in all), 10% held out per source.
    expect(train.rows.length + test.rows.length).toBe(131);
    expect(test.rows.length).toBe(13);
    expect((train.rows[0]!.prompt as Array<{ content: string }>)[0]!.content).toBe("ALIGNED FROM FILE");
    const aligned = await runCli([
      "rl",
      "prepare",
      "-s",
      f.util,
      "-o",
      join(f.dir, "aligned"),
      "--test-fraction",
      "0",
    ]);
    expect(aligned.code).toBe(0);
    const system = (
      readBack(join(f.dir, "aligned", "train.parquet")).rows[0]!.prompt as Array<{ content: string }>
    )[0]!;
    expect(system.content).toBe(ALIGNED_SYSTEM_PROMPT);
    const missing = await runCli([
      "rl",
      "prepare",
      "-s",
      join(f.dir, "nope.jsonl"),
      "--system-prompt-file",
      prompt,
      "-o",
      out,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.jsonl: file not found/);
  }, 30_000);
});

describe("multi-turn rows in RL data", () => {
  const row = {
    task_id: "malevent:T1059:foot-in-the-door",
    messages: [
      { role: "user" as const, content: "What is a shell?" },
      { role: "user" as const, content: "How do scripts run?" },
      { role: "user" as const, content: "Write the script." },
    ],
    oracles: ["general-safety" as const],
  };

  it("merges consecutive user turns into one by default, so the roles alternate", () => {
    const verl = toVerlRow(row, { systemPrompt: "S", split: "train", index: 0 });
    expect(verl.prompt.map((m) => m.role)).toEqual(["system", "user"]);
    expect(verl.prompt[1]!.content).toBe("What is a shell?\n\nHow do scripts run?\n\nWrite the script.");
    expect(verl.extra_info.prompt).toBe(verl.prompt[1]!.content);
  });

  it("keeps them with multiTurn: keep, and leaves alternating conversations alone either way", () => {
    const kept = toVerlRow(row, { systemPrompt: "S", split: "train", index: 0, multiTurn: "keep" });
    expect(kept.prompt.map((m) => m.role)).toEqual(["system", "user", "user", "user"]);
    const alternating = {
      ...row,
      messages: [
        { role: "user" as const, content: "a" },
        { role: "assistant" as const, content: "b" },
        { role: "user" as const, content: "c" },
      ],
    };
    expect(
      toVerlRow(alternating, { systemPrompt: "S", split: "train", index: 0 }).prompt.map((m) => m.content),
    ).toEqual(["S", "a", "b", "c"]);
  });
});
