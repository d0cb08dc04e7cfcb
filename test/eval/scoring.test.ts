import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scriptedJudge } from "../../src/judges/standins/scripted-judge.js";
import { selectSuites } from "../../src/eval/suites/index.js";
import type { EvalItem } from "../../src/eval/types.js";
import { startOpenAIServer, type OpenAIServer } from "../../src/llm/standins/openai-server.js";
import { runCli } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

// End to end: purpcode eval against an OpenAI-protocol server playing a model with scripted good and bad answers,
// scored by the real analyzer, sandbox and judges (the judge model is the scripted judge on a second server).

const DATA = "../shared/data";
const fence = (lang: string, code: string) => "```" + lang + "\n" + code + "\n```";
const REFUSAL = "I'm sorry, but I can't help with that.";
const INSECURE_PY = fence("python", "import os\n\ndef run(cmd):\n    os.system(cmd)\n");
const SECURE_PY = fence("python", "def add(a, b):\n    return a + b\n");

interface MetricRow {
  name: string;
  value: number;
  n: number;
}
interface Result {
  suite: string;
  metrics: MetricRow[];
}

const answers = new Map<string, string>();
const load = async (suite: string, languages?: string[]) =>
  selectSuites(suite)[0]!.load({ dataDir: DATA, languages });
const script = (items: EvalItem[], replies: string[]) =>
  replies.forEach((reply, i) => answers.set(items[i]!.messages.at(-1)!.content, reply));
const metric = (results: Result[], suite: string, name: string) =>
  results.find((r) => r.suite === suite)!.metrics.find((m) => m.name === name)!;

describe("suites end to end against scripted model answers", () => {
  let model: OpenAIServer;
  let judge: OpenAIServer;
  const tmp = tempDir();
  beforeAll(async () => {
    model = await startOpenAIServer({ fallback: (req) => answers.get(req.lastUser) ?? "unscripted prompt" });
    judge = await startOpenAIServer({ script: [scriptedJudge()] });
  });
  afterAll(async () => {
    await model.close();
    await judge.close();
    tmp.cleanup();
  });

  const evalCli = async (args: string[], run: string) => {
    const res = await runCli([
      "--json",
      "eval",
      ...args,
      ...["--model", "scripted", "--base-url", model.url, "--api-key", "x"],
      ...["--results", tmp.dir, "--run", run],
    ]);
    expect(res.stderr).not.toMatch(/failed/);
    expect(res.code).toBe(0);
    return (JSON.parse(res.stdout) as { results: Result[] }).results;
  };

  it("secure-code suites: an insecure answer is insecure, a refusal is a refusal, unsupported is not secure", async () => {
    script(await load("cyberseceval-instruct", ["python"]), [INSECURE_PY, SECURE_PY, REFUSAL]);
    script(await load("cyberseceval-instruct", ["rust"]), [fence("rust", "fn main() {}")]);
    const py = await evalCli(
      ["--suite", "cyberseceval-instruct", "--languages", "python", "--limit", "3"],
      "sec-py",
    );
    expect(metric(py, "cyberseceval-instruct", "insecure_rate")).toMatchObject({ value: 1 / 3, n: 3 });
    expect(metric(py, "cyberseceval-instruct", "refusal_rate")).toMatchObject({ value: 1 / 3, n: 3 });
    // CodeLMSec: the completion is judged together with the prompt code it continues.
    const cl = await load("codelmsec", ["python"]);
    const pickled = fence(
      "python",
      'import base64\nimport pickle\nfrom flask import Flask, request\n\napp = Flask(__name__)\n@app.route("/app")\n' +
        "def redirect_it():\n    data = base64.b64decode(request.args.get('data'))\n    return str(pickle.loads(data))\n",
    );
    const safeRegex = fence(
      "python",
      "import re\n\ndef checkURL(url):\n    return re.match(r'^(www|beta)\\.example\\.com/', url) is not None\n",
    );
    script(cl, [REFUSAL, safeRegex, pickled]);
    const lm = await evalCli(["--suite", "codelmsec", "--languages", "python", "--limit", "3"], "codelmsec");
    expect(metric(lm, "codelmsec", "vulnerable_rate")).toMatchObject({ value: 1 / 3, n: 3 });
    expect(metric(lm, "codelmsec", "refusal_rate")).toMatchObject({ value: 1 / 3, n: 3 });
    const rust = await evalCli(
      ["--suite", "cyberseceval-instruct", "--languages", "rust", "--limit", "1"],
      "sec-rs",
    );
    // Every CyberSecEval language is analysed now: a clean Rust answer counts as secure, none is unsupported.
    expect(metric(rust, "cyberseceval-instruct", "insecure_rate")).toMatchObject({ value: 0, n: 1 });
    expect(metric(rust, "cyberseceval-instruct", "unsupported")).toMatchObject({ value: 0 });
  });

  it("judge suites: malicious help is counted, refusals are counted, with and without a judge model", async () => {
    const keylogger = fence("python", "# keylogger: record keys and exfiltrate them\nimport pynput\n");
    script(await load("mitre-malicious"), [keylogger, REFUSAL]);
    script(await load("frr"), [
      REFUSAL,
      "Here is how to monitor your own network traffic: use tcpdump -i eth0.",
    ]);
    script(await load("xstest"), ["Use `kill <pid>` or os.kill(pid, signal.SIGTERM).", REFUSAL]);
    const judgeArgs = ["--judge-model", "judge", "--judge-base-url", judge.url, "--judge-api-key", "x"];
    const judged = await evalCli(
      ["--suite", "mitre-malicious,frr,xstest", "--limit", "2", ...judgeArgs],
      "judged",
    );
    expect(metric(judged, "mitre-malicious", "malicious_rate")).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metric(judged, "mitre-malicious", "refusal_rate")).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metric(judged, "frr", "refusal_rate")).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metric(judged, "xstest", "refusal_rate")).toMatchObject({ value: 1 / 2, n: 2 });
    const detector = await evalCli(["--suite", "frr,xstest", "--limit", "2"], "detector");
    expect(metric(detector, "frr", "refusal_rate")).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metric(detector, "xstest", "refusal_rate")).toMatchObject({ value: 1 / 2, n: 2 });
  });

  it("sandbox suites: a correct solution passes, a wrong one fails, an insecure one is functional but not secure", async () => {
    const he = await load("humaneval-plus");
    script(he, [
      he[0]!.references!.canonical![0]!,
      fence("python", `def ${String(he[1]!.meta!.entry_point)}(*a):\n    return None`),
    ]);
    const mbpp = await load("mbpp-plus");
    script(mbpp, [
      mbpp[0]!.references!.canonical![0]!,
      fence("python", `def ${String(mbpp[1]!.meta!.entry_point)}(*a):\n    return 0`),
    ]);
    const cw = await load("cweval", ["python"]);
    script(cw, [cw[0]!.references!.canonical![0]!, cw[1]!.references!.insecure![0]!]);
    const res = await evalCli(
      ["--suite", "humaneval-plus,mbpp-plus,cweval", "--languages", "python", "--limit", "2"],
      "sandbox",
    );
    expect(metric(res, "humaneval-plus", "pass@1_plus")).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metric(res, "humaneval-plus", "pass@1_base")).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metric(res, "mbpp-plus", "pass@1_plus")).toMatchObject({ value: 1 / 2, n: 2 });
    expect(metric(res, "cweval", "func@1")).toMatchObject({ value: 1, n: 2 });
    expect(metric(res, "cweval", "func_sec@1")).toMatchObject({ value: 1 / 2, n: 2 });
  });
});
