// The OpenAI-protocol test server in its own process, so the client under test has the benchmark's process to itself.
import { startOpenAIServer } from "../../src/llm/standins/openai-server.js";

const server = await startOpenAIServer({
  script: [{ match: /.*/, reply: "Sure. Here is a short answer to your question." }],
  logBodies: false,
});
process.stdout.write(server.url + "\n");
process.on("SIGTERM", () => void server.close().then(() => process.exit(0)));
