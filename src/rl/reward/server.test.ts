import { spawn } from "node:child_process";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OpenAIProviderSchema } from "../../core/config.js";
import { OpenAIChatProvider } from "../../llm/openai-provider.js";
import { startOpenAIServer, type OpenAIServer } from "../../llm/standins/openai-server.js";
import { scriptedJudge } from "../../judges/standins/scripted-judge.js";
import { toOpenRlhfRow } from "../dataset/prepare.js";
import { toVerlRow } from "../dataset/verl-row.js";
import {
  ADD_RIGHT,
  ADD_TESTS,
  ADD_WRONG,
  fence,
  INSECURE_PYTHON,
  respond,
  SECURE_PYTHON,
} from "../../verdict/fixtures.js";
import { llmMaliciousJudge, openOracles, type OracleSet } from "../../verdict/open.js";
import { fromVerlSample } from "./request.js";
import { scoreBatch } from "../../verdict/score.js";
import { startRewardServer, type RewardServer } from "./server.js";

const ADAPTERS = new URL("../../../adapters/", import.meta.url).pathname;

let judge: OpenAIServer;
let set: OracleSet;
let a: RewardServer;
let b: RewardServer;

beforeAll(async () => {
  judge = await startOpenAIServer({ script: [scriptedJudge()] });
  const provider = new OpenAIChatProvider(
    OpenAIProviderSchema.parse({
      kind: "openai",
      model: "judge",
      base_url: judge.url,
      api_key: "x",
      max_retries: 0,
    }),
  );
  set = await openOracles({ analyzerThreads: 1, judge: provider });
  a = await startRewardServer({ oracles: set.oracles, maxBodyBytes: 4 * 1024 * 1024 });
  b = await startRewardServer({ oracles: set.oracles });
}, 60_000);

afterAll(async () => {
  await a?.close();
  await b?.close();
  await set?.close();
  await judge?.close();
});

/** verl samples built the way verl builds them from our parquet rows. */
function samples() {
  const rows = [
    { oracle: "codesec", answer: respond(INSECURE_PYTHON) },
    { oracle: "codesec", answer: respond(SECURE_PYTHON) },
    { oracle: "codesec", answer: respond("Use argument lists.") },
    { oracle: "correctness", answer: respond(ADD_RIGHT), gt: ADD_TESTS },
    { oracle: "correctness", answer: respond(ADD_WRONG), gt: ADD_TESTS },
    { oracle: "general-safety", answer: respond(fence("# keylogger\nimport pynput")) },
    { oracle: "noreject", answer: respond("I'm sorry, but I can't help with that.") },
    { oracle: "reject", answer: respond("I'm sorry, but I can't help with that.") },
    { oracle: "codesec", answer: "no format at all" },
  ];
  return rows.map((r, i) => {
    const verl = toVerlRow(
      {
        task_id: `t:${i}`,
        messages: [{ role: "user", content: `question ${i}` }],
        oracles: [r.oracle as "codesec"],
        ground_truth: r.gt,
      },
      { systemPrompt: "S", split: "train", index: i },
    );
    return {
      data_source: verl.data_source,
      solution_str: r.answer,
      ground_truth: verl.reward_model.ground_truth,
      extra_info: verl.extra_info,
      verl,
    };
  });
}

function post(
  url: string,
  body: string | Buffer,
  path = "/score",
): Promise<{ status: number; json: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${path}`,
      { method: "POST", headers: { "content-type": "application/json" } },
      (res) => {
        let text = "";
        res.on("data", (d: Buffer) => (text += d.toString()));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(text || "{}") as Record<string, unknown> }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

function python(
  script: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn("/usr/bin/python3", ["-c", script], {
    env: { PATH: "/usr/bin:/bin", ...env },
    cwd: ADAPTERS,
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
}

describe("reward service", () => {
  it("answers health and scores verl samples like the in-process function", async () => {
    const health = await fetch(`${a.url}/health`);
    expect(health.status).toBe(200);
    const items = samples().map(({ verl: _v, ...s }) => s);
    const res = await post(a.url, JSON.stringify({ items }));
    expect(res.status).toBe(200);
    const local = await scoreBatch(items.map(fromVerlSample), set.oracles);
    const remote = res.json.results as Array<{ score: number; acc: number }>;
    expect(remote.map((r) => r.score)).toEqual(local.results.map((r) => r.score));
    expect(remote.map((r) => r.score)).toEqual([0, 1, 0.8, 1, 0, 0, 0, 1, 0]);
  });

  it("speaks OpenRLHF's /get_reward with our labels", async () => {
    const s = samples();
    const prompt = "<|im_start|>user\nquestion<|im_end|>\n<|im_start|>assistant\n";
    const body = {
      query: s.map((x) => prompt + x.solution_str + "<|im_end|>"),
      prompts: s.map(() => prompt),
      labels: s.map((x) => toOpenRlhfRow(x.verl).label),
    };
    const res = await post(a.url, JSON.stringify(body), "/get_reward");
    expect(res.status).toBe(200);
    expect(res.json.rewards).toEqual([0, 1, 0.8, 1, 0, 0, 0, 1, 0]);
    expect(res.json.scores).toEqual(res.json.rewards);
    expect((res.json.extra_logs as { acc: number[] }).acc).toEqual([0, 1, 0, 1, 0, 0, 0, 1, 0]);
  });

  it("answers malformed requests with a clear 4xx and keeps serving", async () => {
    const valid = JSON.stringify({
      items: [{ data_source: "purpcode:codesec", solution_str: respond(SECURE_PYTHON) }],
    });
    const cases: Array<[string, string | Buffer, number, RegExp]> = [
      ["invalid JSON", "{not json", 400, /invalid JSON/],
      [
        "wrong types",
        JSON.stringify({ items: [{ data_source: 3, solution_str: "x" }] }),
        400,
        /items\[0\]\.data_source/,
      ],
      [
        "missing fields",
        JSON.stringify({ items: [{ data_source: "purpcode:codesec" }] }),
        400,
        /items\[0\]\.solution_str/,
      ],
      ["not an object", JSON.stringify([1, 2]), 400, /invalid request/],
      [
        "unknown oracle",
        JSON.stringify({
          items: [{ data_source: "purpcode:vibes", solution_str: "x", extra_info: { task_id: "t:9" } }],
        }),
        422,
        /row 0 \(t:9\): unknown oracle "vibes"/,
      ],
      ["50 MB body", Buffer.alloc(50 * 1024 * 1024, 0x20), 413, /exceeds the limit/],
    ];
    for (const [name, body, status, message] of cases) {
      const res = await post(a.url, body);
      expect(res.status, name).toBe(status);
      expect(String(res.json.error), name).toMatch(message);
      const ok = await post(a.url, valid);
      expect(ok.status, `serves after ${name}`).toBe(200);
    }
    const route = await post(a.url, valid, "/nope");
    expect(route.status).toBe(404);
    const mismatch = await post(
      a.url,
      JSON.stringify({ query: ["a"], prompts: [], labels: [] }),
      "/get_reward",
    );
    expect(mismatch.status).toBe(400);
  });

  it("bounds the batches in flight: past the waiting line it answers 503 with Retry-After", async () => {
    const slow = await startOpenAIServer({ script: [scriptedJudge()], latencyMs: 400 });
    const provider = new OpenAIChatProvider(
      OpenAIProviderSchema.parse({
        kind: "openai",
        model: "judge",
        base_url: slow.url,
        api_key: "x",
        max_retries: 0,
      }),
    );
    const server = await startRewardServer({
      oracles: { ...set.oracles, maliciousJudge: llmMaliciousJudge(provider) },
      concurrency: 1,
      maxQueue: 0,
    });
    try {
      const judged = JSON.stringify({
        items: [
          {
            data_source: "purpcode:general-safety",
            solution_str: respond("Use `ps aux`."),
            extra_info: { prompt: "q" },
          },
        ],
      });
      const first = post(server.url, judged);
      await new Promise((r) => setTimeout(r, 100));
      const second = await fetch(`${server.url}/score`, { method: "POST", body: judged });
      expect(second.status).toBe(503);
      expect(second.headers.get("retry-after")).toBe("1");
      expect(((await second.json()) as { error: string }).error).toMatch(/busy/);
      expect((await first).status).toBe(200);
      expect((await post(server.url, judged)).status).toBe(200);
    } finally {
      await server.close();
      await slow.close();
    }
  });

  it("the verl adapter under /usr/bin/python3 gets the in-process scores, round-robin over two services", async () => {
    const s = samples().map(({ verl: _v, ...x }) => x);
    const local = await scoreBatch(s.map(fromVerlSample), set.oracles);
    const servedBefore = [await health(a.url), await health(b.url)];
    const requestsBefore = (await requests(a.url)) + (await requests(b.url));
    const script = `
import json
import verl_reward as v
samples = json.loads(${JSON.stringify(JSON.stringify(s))})
single = [v.compute_score(x["data_source"], x["solution_str"], x["ground_truth"], x["extra_info"]) for x in samples]
batch = v.compute_score_batch([x["data_source"] for x in samples], [x["solution_str"] for x in samples],
                              [x["ground_truth"] for x in samples], [x["extra_info"] for x in samples])
print(json.dumps({"single": single, "batch": batch}))
`;
    const res = await python(script, { PURPCODE_REWARD_URLS: `${a.url},${b.url}` });
    expect(res.stderr).toBe("");
    expect(res.code).toBe(0);
    const out = JSON.parse(res.stdout) as {
      single: Array<Record<string, number | string>>;
      batch: Array<Record<string, number | string>>;
    };
    const expected = local.results.map((r) => ({ score: r.score, acc: r.acc, fmt_ok: r.fmt_ok ? 1 : 0 }));
    const numeric = (x: Record<string, number | string>) => ({
      score: x.score,
      acc: x.acc,
      fmt_ok: x.fmt_ok,
    });
    expect(out.single.map(numeric)).toEqual(expected);
    expect(out.batch.map(numeric)).toEqual(expected);
    // Zero rewards say why, in the key verl copies into its reward extra info.
    const reasons = out.batch.map((x) => x.reason as string);
    expect(out.single.map((x) => x.reason)).toEqual(reasons);
    expect(reasons[0]).toMatch(/^codesec: findings \S+/);
    expect(reasons[1]).toBe("");
    expect(reasons[2]).toBe("codesec: no code in the answer (soft score)");
    expect(reasons[3]).toBe("");
    expect(reasons[4]).toMatch(/^correctness: tests \d+\/\d+ passed/);
    expect(reasons[5]).toMatch(/^general-safety: judged malicious/);
    expect(reasons[6]).toMatch(/^noreject: judged /);
    expect(reasons[8]).toMatch(/^format: /);
    // One request per sample for compute_score, one for the whole batch.
    const requestsAfter = (await requests(a.url)) + (await requests(b.url));
    expect(requestsAfter - requestsBefore).toBe(s.length + 1);
    const servedAfter = [await health(a.url), await health(b.url)];
    expect(servedAfter[0]! - servedBefore[0]!).toBeGreaterThan(0);
    expect(servedAfter[1]! - servedBefore[1]!).toBeGreaterThan(0);
  });

  it("the adapter retries past a dead URL and fails clearly on a 4xx", async () => {
    const dead = "http://127.0.0.1:9"; // discard port: connection refused
    const ok = await python(
      `import verl_reward as v; print(v.compute_score("purpcode:codesec", ${JSON.stringify(respond(SECURE_PYTHON))}, "null", None)["score"])`,
      { PURPCODE_REWARD_URLS: `${dead},${a.url}`, PURPCODE_REWARD_RETRIES: "2" },
    );
    expect(ok.stderr).toBe("");
    expect(ok.stdout.trim()).toBe("1.0");
    const bad = await python(`import verl_reward as v; v.compute_score("purpcode:vibes", "x", None)`, {
      PURPCODE_REWARD_URLS: a.url,
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/RewardServiceError: .*HTTP 422.*unknown oracle/);
  });

  it("the TRL template scores completions with the dataset columns", async () => {
    const s = samples();
    const local = await scoreBatch(
      s.map(({ verl: _v, ...x }, i) => fromVerlSample(x, i)),
      set.oracles,
    );
    const columns = {
      data_source: s.map((x) => x.data_source),
      reward_model: s.map((x) => x.verl.reward_model),
      extra_info: s.map((x) => x.extra_info),
    };
    const script = `
import json
from trl_reward import purpcode_reward
cols = json.loads(${JSON.stringify(JSON.stringify(columns))})
completions = [[{"role": "assistant", "content": c}] for c in json.loads(${JSON.stringify(JSON.stringify(s.map((x) => x.solution_str)))})]
print(json.dumps(purpcode_reward(prompts=[None] * len(completions), completions=completions, completion_ids=None, **cols)))
`;
    const res = await python(script, { PURPCODE_REWARD_URLS: b.url });
    expect(res.stderr).toBe("");
    expect(JSON.parse(res.stdout)).toEqual(local.results.map((r) => r.score));
  });
});

async function requests(url: string): Promise<number> {
  return ((await (await fetch(`${url}/health`)).json()) as { requests: number }).requests;
}

async function health(url: string): Promise<number> {
  return ((await (await fetch(`${url}/health`)).json()) as { served: number }).served;
}
