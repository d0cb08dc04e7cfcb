import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { cliArgs } from "../../../test/support/cli.js";
import { INSECURE_PYTHON, respond, SECURE_PYTHON } from "../../verdict/fixtures.js";

describe("purpcode rl reward-serve", () => {
  it("serves until SIGTERM; rows whose oracle is not configured get a 422 naming it", async () => {
    const child = spawn(
      process.execPath,
      cliArgs(["rl", "reward-serve", "--port", "0", "--analyzer-threads", "1", "--no-sandbox"]),
      {
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stderr = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        const m = /reward service on (http:\/\/\S+)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on("close", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    expect(stderr).toContain("oracles: codesec; no judge model");
    const post = (items: unknown[]) =>
      fetch(`${url}/score`, {
        method: "POST",
        body: JSON.stringify({ items }),
        headers: { "content-type": "application/json" },
      });
    const ok = await post([
      { data_source: "purpcode:codesec", solution_str: respond(SECURE_PYTHON) },
      { data_source: "purpcode:codesec", solution_str: respond(INSECURE_PYTHON) },
    ]);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { results: Array<{ score: number }> }).results.map((r) => r.score)).toEqual([
      1, 0,
    ]);
    const refused = await post([
      { data_source: "purpcode:correctness", solution_str: "x", extra_info: { task_id: "he:1" } },
    ]);
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: string }).error).toMatch(
      /he:1.*"correctness" is not configured/,
    );
    const exit = new Promise<number | null>((resolve) => child.on("close", resolve));
    child.kill("SIGTERM");
    expect(await exit).toBe(0);
  }, 60_000);
});
