// bench/utility: `redteam utility` on a generated 50k-task file (MBPP shape, planted rejections: 5% wrong
// reference, 5% blocked import, 2% copied HumanEval prompts). Two runs: all 50k without the sandbox (reading,
// block-list, decontamination against every eval set under ../shared/data), and the first N with every
// reference verified in the sandbox. Anchor, in the same run: reading and JSON-parsing the file alone.
// Usage: npx tsx bench/utility/run.ts [--count 50000] [--verify 300]
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { loadEvalItems, readDataJsonl } from "../../src/redteam/dedup.js";
import { syntheticTasks } from "../../src/redteam/standins/synthetic-tasks.js";
import { readTaskRecords, runUtilityImport } from "../../src/redteam/utility.js";
import { Sandbox, runTask } from "../../src/sandbox/index.js";

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const COUNT = arg("count", 50_000);
const VERIFY = arg("verify", 300);
const DATA = new URL("../../../shared/data", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "purpcode-bench-utility-"));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

const evalPrompts = readDataJsonl(join(DATA, "humaneval/HumanEval.jsonl.gz")).map((r) => String(r.prompt));
const tasks = [...syntheticTasks({ count: COUNT, seed: 11, evalPrompts })];
const file = join(dir, "tasks.jsonl");
writeFileSync(file, tasks.map((t) => JSON.stringify(t)).join("\n") + "\n");
const planted = { wrong: 0, blocked: 0, contaminated: 0 };
for (const t of tasks) if (t.planted) planted[t.planted]++;

let c0 = cpu();
let n = 0;
for await (const _ of readTaskRecords(file)) n++;
const anchorCpu = cpu() - c0;

const evalItems = loadEvalItems(DATA).items;
c0 = cpu();
let t0 = Date.now();
const fast = await runUtilityImport({ files: [file], out: join(dir, "fast.jsonl"), evalItems, quiet: true });
const fastCpu = cpu() - c0;
const fastWall = (Date.now() - t0) / 1000;

const sandbox = await Sandbox.open();
c0 = cpu();
t0 = Date.now();
const verified = await runUtilityImport({
  files: [file],
  out: join(dir, "verified.jsonl"),
  evalItems,
  runTests: (t) => runTask(sandbox, t),
  limit: VERIFY,
  quiet: true,
});
const verifiedWall = (Date.now() - t0) / 1000;
await sandbox.close();

const results = {
  count: COUNT,
  planted,
  node: process.version,
  load_average_1m: loadavg()[0],
  cpus: availableParallelism(),
  anchor_read_parse: { rows: n, cpu_seconds: round(anchorCpu), rows_per_cpu_s: Math.round(n / anchorCpu) },
  no_sandbox: {
    rows: fast.read,
    wall_seconds: round(fastWall),
    cpu_seconds: round(fastCpu),
    rows_per_cpu_s: Math.round(fast.read / fastCpu),
    kept: fast.kept,
    rejected: fast.rejected,
  },
  sandbox_verified: {
    rows: verified.read,
    wall_seconds: round(verifiedWall),
    tasks_per_wall_s: round(verified.read / verifiedWall),
    main_process_cpu_seconds: round(cpu() - c0),
    kept: verified.kept,
    rejected: verified.rejected,
  },
};
console.log(JSON.stringify(results, null, 2));
writeFileSync(new URL("./results.json", import.meta.url), JSON.stringify(results, null, 2) + "\n");
rmSync(dir, { recursive: true, force: true });

function round(x: number) {
  return Math.round(x * 100) / 100;
}
