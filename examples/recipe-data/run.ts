// The red-teaming stages of a recipe with the paper-scale data steps on (real-code seeds, multi-turn Vul2Prompt,
// the utility import, security-QA sets, XSCode prompts), run by the real CLI as a DRY RUN up to dedup. Copies
// the coverage report, the CLI's output and a few rows of each new set here.
// Usage: npx tsx examples/recipe-data/run.ts
import { copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../test/support/cli.js";

const here = "examples/recipe-data";
const runDir = ".runs/recipe-data";
rmSync(runDir, { recursive: true, force: true });

const args = ["recipe", "run", join(here, "recipe.yaml"), "--until", "dedup"];
const result = await runCli(args, { timeoutMs: 600_000 });
writeFileSync(
  join(here, "run-output.txt"),
  `$ purpcode ${args.join(" ")}\n${result.stderr}${result.stdout}`.replaceAll(
    /127\.0\.0\.1:\d+/g,
    "127.0.0.1:PORT",
  ),
);
if (result.code !== 0) throw new Error(`the recipe exited with ${result.code}:\n${result.stderr}`);

for (const f of ["coverage.md", "coverage.json"]) copyFileSync(join(runDir, "redteam", f), join(here, f));

// The first rows of each new set as dedup kept them (what distillation and RL read).
const sets = ["utility-import", "secqa", "xscode", "vul2prompt"];
const sample = sets.flatMap((set) =>
  readFileSync(join(runDir, "redteam", "dedup", `${set}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .slice(0, 2),
);
writeFileSync(join(here, "sample-rows.jsonl"), sample.join("\n") + "\n");
console.log(`coverage: ${join(here, "coverage.md")}`);
