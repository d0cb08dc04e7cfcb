// The judge endpoint of the bench: the OpenAI-protocol test server answering as the scripted judge, in its own
// process so that it does not share the measured client's event loop. Prints its URL on stdout.
import { startOpenAIServer } from "../../src/llm/standins/openai-server.js";
import { scriptedJudge } from "../../src/judges/standins/scripted-judge.js";

const latencyMs = Number(process.argv[2] ?? 50);
const server = await startOpenAIServer({ script: [scriptedJudge()], latencyMs, logBodies: false });
process.stdout.write(server.url + "\n");
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
