// Runs the verify stage in a child process so a test can kill -9 it mid-run and rerun it.
import { distillLayout, runVerifyStage } from "../../../src/distill/pipeline.js";
import { batchOf } from "../../../src/distill/verify.js";
import { standInScore } from "./stand-in-score.js";

const [input, dir, delay] = process.argv.slice(2);
const summary = await runVerifyStage({
  input: input!,
  layout: distillLayout(dir!),
  scorerId: "stand-in",
  concurrency: 4,
  quiet: true,
  score: batchOf(async (response, row) => {
    await new Promise((r) => setTimeout(r, Number(delay)));
    return standInScore(response, row);
  }),
});
process.stdout.write(JSON.stringify(summary) + "\n");
