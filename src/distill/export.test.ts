import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/support/tmp.js";
import { parse } from "yaml";
import {
  AxolotlConfigSchema,
  AxolotlRowSchema,
  TrlRowSchema,
  axolotlConfig,
  toSftRow,
  toTrlRow,
  trlScript,
} from "./export.js";
import { compareCandidates, type SelectedSample } from "./select.js";

const selected: SelectedSample = {
  unit: "t:1:2",
  task_id: "t:1",
  turn: 2,
  turns: 2,
  k: 0,
  oracles: ["general-safety"],
  oracle: "general-safety",
  score: 1,
  messages: [
    { role: "system", content: "You are a pirate." },
    { role: "user", content: "u1" },
    { role: "assistant", content: "## Analysis\nthinking\n## Answer\nanswer one" },
    { role: "user", content: "u2" },
  ],
  response: "## Analysis\nmore thinking\n## Answer\nanswer two",
  answer: "answer two",
  verified_rate: 0.5,
};

describe("export", () => {
  it("puts the aligned prompt first, trains only the last turn, reduces earlier turns to their answer", () => {
    const row = toSftRow(selected, "ALIGNED");
    expect(row.messages).toEqual([
      { role: "system", content: "ALIGNED\n\nYou are a pirate.", train: false },
      { role: "user", content: "u1", train: false },
      { role: "assistant", content: "answer one", train: false },
      { role: "user", content: "u2", train: false },
      { role: "assistant", content: "## Analysis\nmore thinking\n## Answer\nanswer two", train: true },
    ]);
    expect(AxolotlRowSchema.safeParse(row).success).toBe(true);
    const trl = toTrlRow(row);
    expect(trl.prompt).toHaveLength(4);
    expect(trl.completion).toEqual([
      { role: "assistant", content: "## Analysis\nmore thinking\n## Answer\nanswer two" },
    ]);
    expect(TrlRowSchema.safeParse(trl).success).toBe(true);
  });

  it("the contracts reject rows that break them", () => {
    const row = toSftRow(selected, "ALIGNED");
    const twoTrained = {
      ...row,
      messages: row.messages.map((m) => ({ ...m, train: m.role === "assistant" })),
    };
    expect(AxolotlRowSchema.safeParse(twoTrained).success).toBe(false);
    const noFlag = { ...row, messages: row.messages.map(({ role, content }) => ({ role, content })) };
    expect(AxolotlRowSchema.safeParse(noFlag).success).toBe(false);
    const fullHistory = {
      ...row,
      messages: row.messages.map((m, i) => (i === 2 ? { ...m, content: selected.messages[2]!.content } : m)),
    };
    expect(AxolotlRowSchema.safeParse(fullHistory).success).toBe(false);
    expect(
      TrlRowSchema.safeParse({ ...toTrlRow(row), completion: [{ role: "user", content: "x" }] }).success,
    ).toBe(false);
  });

  it("writes an axolotl config that meets the documented dataset contract", () => {
    const yaml = axolotlConfig({ baseModel: "org/model", dataPath: "sft.jsonl" });
    expect(yaml.split("\n")[0]).toMatch(/^# axolotl SFT config .*axolotl \d+\.\d+/);
    const config = parse(yaml);
    expect(AxolotlConfigSchema.safeParse(config).success).toBe(true);
    expect(config.datasets[0]).toMatchObject({
      field_messages: "messages",
      message_field_training: "train",
      train_on_eos: "turn",
    });
    expect(config.deepspeed).toBe("zero3_bf16.json");
    expect(AxolotlConfigSchema.safeParse({ ...config, deepspeed: "zero2.json" }).success).toBe(false);
  });
});

describe("TRL script", () => {
  const python = spawnSync("python3", ["--version"]).status === 0;
  it.skipIf(!python)("is valid Python that names the data, the model and completion-only loss", () => {
    const { dir, cleanup } = tempDir();
    try {
      const file = join(dir, "train_sft_trl.py");
      writeFileSync(file, trlScript({ baseModel: "org/model", dataPath: "sft-trl.jsonl" }));
      const compiled = spawnSync("python3", [
        "-c",
        `import ast,sys; ast.parse(open(sys.argv[1]).read())`,
        file,
      ]);
      expect(compiled.stderr.toString()).toBe("");
      expect(compiled.status).toBe(0);
      const text = readFileSync(file, "utf8");
      expect(text).toContain('BASE_MODEL = "org/model"');
      expect(text).toContain("completion_only_loss=True");
    } finally {
      cleanup();
    }
  });
});

describe("selection order", () => {
  it("prefers the higher score, then the shorter answer, then the lower sample index", () => {
    const c = [
      { score: 0.8, answer: "a", k: 0 },
      { score: 1, answer: "long answer", k: 1 },
      { score: 1, answer: "short", k: 3 },
      { score: 1, answer: "tie!!", k: 2 },
    ];
    expect(c.sort(compareCandidates).map((x) => x.k)).toEqual([2, 3, 1, 0]);
  });
});
