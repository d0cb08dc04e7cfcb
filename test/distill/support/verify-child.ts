// Runs the verify stage with the real reward in a child process, so a test can kill -9 it mid-run and rerun it.
import { OpenAIProviderSchema } from "../../../src/core/config.js";
import { distillLayout, runVerifyStage } from "../../../src/distill/pipeline.js";
import { openDistillReward } from "../../../src/distill/reward.js";
import { OpenAIChatProvider } from "../../../src/llm/openai-provider.js";

const [input, dir, judgeUrl, concurrency] = process.argv.slice(2);
const judge = new OpenAIChatProvider(
  OpenAIProviderSchema.parse({ kind: "openai", model: "judge", base_url: judgeUrl, max_retries: 0 }),
);
const reward = await openDistillReward({ judge, analyzerThreads: 0 });
const summary = await runVerifyStage({
  input: input!,
  layout: distillLayout(dir!),
  scorerId: reward.id,
  score: reward.score,
  concurrency: Number(concurrency),
  quiet: true,
});
await reward.close();
process.stdout.write(JSON.stringify(summary) + "\n");
