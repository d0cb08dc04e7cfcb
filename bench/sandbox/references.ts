// KodCode and LeetCode reference answers through the sandbox's judge (the verdict path the reward uses): each
// data set's own solution must pass its own tests. Writes bench/sandbox/references.json.
// Run: npx tsx bench/sandbox/references.ts [--data ../shared/data] [--cold] [--limit N]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Sandbox, mapLimit, runTask } from "../../src/sandbox/index.js";
import type { TestTask, Verdict } from "../../src/sandbox/index.js";

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const dataDir = arg("--data") ?? join(import.meta.dirname, "..", "..", "..", "shared", "data");
const limit = Number(arg("--limit") ?? Infinity);
const cold = process.argv.includes("--cold");

function code(text: string): string {
  const fence = /```(?:python)?\n([\s\S]*?)```/.exec(text);
  return fence ? fence[1]! : text;
}

function kodcode(): Array<{ id: string; task: TestTask }> {
  const dir = join(dataDir, "kodcode");
  const out: Array<{ id: string; task: TestTask }> = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()) {
    const rows = JSON.parse(readFileSync(join(dir, file), "utf8")) as Array<Record<string, string>>;
    rows.forEach((row, i) =>
      out.push({
        id: `kodcode:${file.split("_")[2]}:${i}`,
        task: {
          kind: "pytest",
          files: { "solution.py": code(row.response ?? ""), "test_solution.py": row.test_code ?? "" },
          testFile: "test_solution.py",
          timeoutMs: 30_000,
        },
      }),
    );
  }
  return out;
}

function leetcode(): Array<{ id: string; task: TestTask }> {
  const text = gunzipSync(readFileSync(join(dataDir, "leetcode", "LeetCodeDataset-v0.2.0-test.jsonl.gz")));
  return text
    .toString("utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((line) => JSON.parse(line) as Record<string, string>)
    .map((row) => ({
      id: `leetcode:${row.task_id}`,
      task: {
        kind: "humaneval",
        // The entry point is an expression (Solution().method): bound in the solution's module, called remotely.
        solution: `${row.prompt}\n${row.completion}\n\n__purpcode_entry = ${row.entry_point}\n`,
        test: row.test!,
        entryPoint: "__purpcode_entry",
        timeoutMs: 30_000,
      },
    }));
}

const sandbox = await Sandbox.open({ warm: !cold });
const started = performance.now();
const results: Record<string, { passed: number; total: number; failures: Record<string, string> }> = {};
try {
  for (const [name, items] of [
    ["kodcode", kodcode()],
    ["leetcode", leetcode()],
  ] as const) {
    const chosen = items.slice(0, limit);
    const verdicts: Verdict[] = await mapLimit(chosen, sandbox.pool.concurrency, (item) =>
      runTask(sandbox, item.task),
    );
    const failures: Record<string, string> = {};
    verdicts.forEach((v, i) => {
      if (v.status !== "passed") {
        const bad = v.tests.find((t) => t.status !== "passed");
        failures[chosen[i]!.id] = `${v.status}: ${bad?.name ?? ""} ${(bad?.message ?? "").slice(-300)}`;
      }
    });
    results[name] = {
      passed: verdicts.filter((v) => v.status === "passed").length,
      total: chosen.length,
      failures,
    };
    console.log(`${name}: ${results[name].passed}/${chosen.length} passed`);
  }
} finally {
  await sandbox.close();
}
writeFileSync(
  join(import.meta.dirname, `references${cold ? "-cold" : ""}.json`),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      mode: cold ? "cold" : "warm",
      seconds: (performance.now() - started) / 1000,
      results,
    },
    null,
    2,
  ) + "\n",
);
