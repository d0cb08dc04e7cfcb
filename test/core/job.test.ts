import { spawn } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runJob } from "../../src/core/job.js";
import { readJsonl, readJsonlAll } from "../../src/core/jsonl.js";
import { donePath, provenancePath } from "../../src/core/provenance.js";
import { tempDir } from "../support/tmp.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const lines = (file: string) => readFileSync(file, "utf8").split("\n").filter(Boolean);

function runChild(input: string, output: string, delayMs: number) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "test/support/job-child.ts", input, output, String(delayMs)],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, stdout: () => stdout };
}

describe("job runner", () => {
  it("isolates failures, writes provenance, and marks completion only when every row succeeded", async () => {
    const output = join(dir, "out.jsonl");
    const rows = Array.from({ length: 20 }, (_, n) => ({ id: `r:${n}`, n }));
    const summary = await runJob({
      name: "squares",
      input: rows,
      output,
      id: (r) => r.id,
      concurrency: 4,
      quiet: true,
      parameters: { power: 2 },
      work: async (r) => {
        if (r.n === 7) throw new Error("seven fails");
        return { task_id: r.id, sq: r.n * r.n };
      },
    });
    expect(summary).toMatchObject({ total: 20, done: 19, failed: 1, resumed: 0 });
    expect(lines(output)).toHaveLength(19);
    expect(JSON.parse(lines(summary.errors)[0]!)).toMatchObject({ id: "r:7", error: "seven fails" });
    expect(existsSync(donePath(output))).toBe(false);
    const prov = JSON.parse(readFileSync(provenancePath(output), "utf8"));
    expect(prov).toMatchObject({
      name: "squares",
      parameters: { power: 2 },
      counts: { done: 19, failed: 1 },
    });

    // The rerun retries only the failed row, and then the output is complete.
    const again = await runJob({
      name: "squares",
      input: rows,
      output,
      id: (r) => r.id,
      concurrency: 4,
      quiet: true,
      work: async (r) => ({ task_id: r.id, sq: r.n * r.n }),
    });
    expect(again).toMatchObject({ resumed: 19, done: 1, failed: 0 });
    expect(lines(output)).toHaveLength(20);
    expect(existsSync(donePath(output))).toBe(true);
    expect(existsSync(again.errors)).toBe(false);
  });

  it("never has more rows in flight than its concurrency", async () => {
    let inFlight = 0;
    let peak = 0;
    await runJob({
      name: "bounded",
      input: Array.from({ length: 50 }, (_, n) => n),
      output: join(dir, "b.jsonl"),
      id: String,
      outputId: (r: { n: number }) => String(r.n),
      concurrency: 5,
      quiet: true,
      work: async (n) => {
        peak = Math.max(peak, ++inFlight);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        return { n };
      },
    });
    expect(peak).toBe(5);
  });

  it("loses and duplicates nothing when killed with SIGKILL mid-run and rerun", async () => {
    const input = join(dir, "in.jsonl");
    const output = join(dir, "out.jsonl");
    const total = 400;
    writeFileSync(
      input,
      Array.from({ length: total }, (_, n) => JSON.stringify({ task_id: `k:${n}`, n })).join("\n") + "\n",
    );
    const first = runChild(input, output, 10);
    // Kill once a good part (but not all) of the output exists.
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 25));
      if (existsSync(output) && lines(output).length >= 60) break;
    }
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    const before = lines(output).length;
    expect(before).toBeGreaterThanOrEqual(60);
    expect(before).toBeLessThan(total);

    const second = runChild(input, output, 0);
    expect(await second.exited).toBe(0);
    const summary = JSON.parse(second.stdout());
    const unlucky = Array.from({ length: total }, (_, n) => n).filter((n) => n % 97 === 13).length;
    expect(summary.resumed + summary.done + summary.failed).toBe(total);

    const ids = (await readJsonlAll(output)).map((r) => (r as { task_id: string }).task_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(total - unlucky);
    const errs = lines(join(dir, "out.jsonl.errors.jsonl")).map((l) => JSON.parse(l).id);
    expect(errs.sort()).toEqual(
      Array.from({ length: total }, (_, n) => n)
        .filter((n) => n % 97 === 13)
        .map((n) => `k:${n}`)
        .sort(),
    );
  }, 60_000);
});

describe("job runner: truncated input and the .done fast path", () => {
  const squares = (input: string, output: string, extra: Record<string, unknown> = {}) =>
    runJob({
      name: "squares",
      input: (async function* () {
        for await (const { value } of readJsonl(input)) yield value as { id: string; n: number };
      })(),
      inputFiles: [input],
      output,
      id: (r) => r.id,
      concurrency: 2,
      quiet: true,
      parameters: { power: 2 },
      work: async (r) => ({ task_id: r.id, sq: r.n * r.n }),
      ...extra,
    });

  it("warns with file:line about a cut-off last input line and leaves the output unfinished", async () => {
    const input = join(dir, "in.jsonl");
    writeFileSync(input, '{"id":"a","n":1}\n{"id":"b","n":2}\n{"id":"c","n":');
    const output = join(dir, "out.jsonl");
    const warnings: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => (warnings.push(String(s)), true)) as typeof process.stderr.write;
    try {
      const summary = await squares(input, output);
      expect(summary).toMatchObject({ total: 2, done: 2, failed: 0 });
    } finally {
      process.stderr.write = write;
    }
    expect(warnings.join("")).toContain(`${input}:3: the last line is cut off`);
    expect(warnings.join("")).toContain(`${output} is not marked done`);
    expect(existsSync(donePath(output))).toBe(false);
    // Accepted explicitly, the same input finishes the job.
    await squares(input, output, { acceptTruncatedInput: true });
    expect(existsSync(donePath(output))).toBe(true);
  });

  it("trusts .done on a rerun with identical inputs and parameters, and re-reads when they change", async () => {
    const input = join(dir, "in.jsonl");
    writeFileSync(input, '{"id":"a","n":1}\n{"id":"b","n":2}\n');
    const output = join(dir, "out.jsonl");
    await squares(input, output);
    expect(existsSync(donePath(output))).toBe(true);
    // Corrupt the output behind the job's back: a fast-path rerun does not read it (a row-by-row one would fail).
    writeFileSync(output, readFileSync(output, "utf8") + "not json\n");
    const fast = await squares(input, output);
    expect(fast).toMatchObject({ total: 2, resumed: 2, done: 0, seconds: 0 });
    // A changed input takes the row-by-row path again.
    writeFileSync(output, lines(output).slice(0, 2).join("\n") + "\n");
    writeFileSync(input, '{"id":"a","n":1}\n{"id":"b","n":2}\n{"id":"c","n":3}\n');
    const slow = await squares(input, output);
    expect(slow).toMatchObject({ total: 3, resumed: 2, done: 1 });
  });

  it("does not take the fast path when an in-memory input holds other items (a limit not in parameters)", async () => {
    const input = join(dir, "in.jsonl");
    writeFileSync(input, '{"id":"a","n":1}\n{"id":"b","n":2}\n{"id":"c","n":3}\n');
    const output = join(dir, "out.jsonl");
    const rows = [...lines(input)].map((l) => JSON.parse(l) as { id: string; n: number });
    // The caller slices its rows by a --limit it does not record: the same input file, the same parameters.
    const limited = (limit: number) =>
      runJob({
        name: "squares",
        input: rows.slice(0, limit),
        inputFiles: [input],
        output,
        id: (r) => r.id,
        concurrency: 2,
        quiet: true,
        parameters: { power: 2 },
        work: async (r) => ({ task_id: r.id, sq: r.n * r.n }),
      });
    expect(await limited(2)).toMatchObject({ total: 2, done: 2 });
    expect(existsSync(donePath(output))).toBe(true);
    const more = await limited(3);
    expect(more).toMatchObject({ total: 3, resumed: 2, done: 1 });
    expect(lines(output)).toHaveLength(3);
    // The same items again: the fast path.
    expect(await limited(3)).toMatchObject({ total: 3, resumed: 3, done: 0, seconds: 0 });
  });
});
