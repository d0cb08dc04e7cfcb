import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "./errors.js";
import { JsonlAppender, readJsonlAll, writeJsonl } from "./jsonl.js";
import { ConversationRowSchema } from "./rows.js";
import { tempDir } from "../../test/support/tmp.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const row = (id: string) => ({
  task_id: `t:${id}`,
  messages: [{ role: "user", content: "hi" }],
  oracles: ["codesec"],
});

describe("JSONL streams", () => {
  it("reads plain and gzip files", async () => {
    const text = [row("a"), row("b")].map((r) => JSON.stringify(r)).join("\n") + "\n";
    writeFileSync(join(dir, "a.jsonl"), text);
    writeFileSync(join(dir, "a.jsonl.gz"), gzipSync(text));
    expect(await readJsonlAll(join(dir, "a.jsonl"))).toHaveLength(2);
    expect(await readJsonlAll(join(dir, "a.jsonl.gz"), { schema: ConversationRowSchema })).toHaveLength(2);
  });

  it("names the file and line of a malformed row", async () => {
    const file = join(dir, "bad.jsonl");
    writeFileSync(file, `${JSON.stringify(row("a"))}\n{"task_id": oops}\n${JSON.stringify(row("c"))}\n`);
    const err = await readJsonlAll(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/bad\.jsonl:2: malformed JSON/);
  });

  it("names the field of a row that fails validation", async () => {
    const file = join(dir, "invalid.jsonl");
    const bad = { ...row("b"), messages: [{ role: "robot", content: "x" }] };
    writeFileSync(file, `${JSON.stringify(row("a"))}\n${JSON.stringify(bad)}\n`);
    const err = await readJsonlAll(file, { schema: ConversationRowSchema }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/invalid\.jsonl:2: invalid row: messages\[0\]\.role/);
  });

  it("never reads a truncated last line as data", async () => {
    const file = join(dir, "cut.jsonl");
    writeFileSync(file, `${JSON.stringify(row("a"))}\n${JSON.stringify(row("b")).slice(0, 20)}`);
    const truncated: number[] = [];
    const rows = await readJsonlAll(file, { onTruncated: (line) => truncated.push(line) });
    expect(rows).toHaveLength(1);
    expect(truncated).toEqual([2]);
  });

  it("accepts a complete last row without a final newline", async () => {
    const file = join(dir, "nonl.jsonl");
    writeFileSync(file, `${JSON.stringify(row("a"))}\n${JSON.stringify(row("b"))}`);
    expect(await readJsonlAll(file)).toHaveLength(2);
  });

  it("appender cuts a crash leftover before appending", async () => {
    const file = join(dir, "out.jsonl");
    writeFileSync(file, `${JSON.stringify(row("a"))}\n{"task_id": "t:partial`);
    const out = await JsonlAppender.open(file);
    out.append([row("b")]);
    out.close();
    expect(
      readFileSync(file, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).task_id),
    ).toEqual(["t:a", "t:b"]);
  });

  it("writes whole files atomically, gzip by extension", async () => {
    await writeJsonl(join(dir, "w.jsonl.gz"), [row("a")]);
    expect(await readJsonlAll(join(dir, "w.jsonl.gz"))).toEqual([row("a")]);
  });
});
