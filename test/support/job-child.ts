// Runs a job in a child process so a test can kill -9 it mid-run and rerun it.
import { readJsonl } from "../../src/core/jsonl.js";
import { runJob } from "../../src/core/job.js";

const [input, output, delay] = process.argv.slice(2);
const rows = (async function* () {
  for await (const { value } of readJsonl(input!)) yield value as { task_id: string; n: number };
})();
const summary = await runJob({
  name: "child",
  input: rows,
  output: output!,
  id: (row) => row.task_id,
  concurrency: 8,
  quiet: true,
  work: async (row) => {
    await new Promise((r) => setTimeout(r, Number(delay)));
    if (row.n % 97 === 13) throw new Error(`row ${row.n} is unlucky`);
    return { task_id: row.task_id, square: row.n * row.n };
  },
});
process.stdout.write(JSON.stringify(summary) + "\n");
