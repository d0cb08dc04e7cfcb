import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Sandbox } from "../sandbox.js";
import { createSandboxServer, type SandboxServer } from "./server.js";

let sandbox: Sandbox;
let server: SandboxServer;

beforeAll(async () => {
  sandbox = await Sandbox.open({ pool: { concurrency: 2 } });
  server = await createSandboxServer({ sandbox, port: 0 });
});
afterAll(async () => {
  await server.close();
  await sandbox.close();
});

async function post(path: string, body: unknown, base = server.url) {
  const res = await fetch(base + path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("SandboxFusion-compatible API", () => {
  it("answers GET /v1/ping with pong", async () => {
    const res = await fetch(server.url + "/v1/ping");
    expect(res.status).toBe(200);
    expect(await res.json()).toBe("pong");
  });

  it("answers verl's sandbox_fusion client request shape with a conforming response", async () => {
    // Exactly the body verl's client POSTs (integrations.md).
    const res = await post("/run_code", {
      compile_timeout: 10,
      run_timeout: 10,
      code: "import sys\nprint(int(sys.stdin.read()) * 2)",
      stdin: "21\n",
      memory_limit_MB: 1024,
      language: "python",
      files: {},
      fetch_files: [],
    });
    expect(res.status).toBe(200);
    expect(Object.keys(res.body).sort()).toEqual(
      ["compile_result", "executor_pod_name", "files", "message", "run_result", "status"].sort(),
    );
    expect(res.body.status).toBe("Success");
    expect(res.body.compile_result).toBeNull();
    expect(res.body.files).toEqual({});
    const run = res.body.run_result;
    expect(Object.keys(run).sort()).toEqual(["execution_time", "return_code", "status", "stderr", "stdout"]);
    expect(run).toMatchObject({ status: "Finished", return_code: 0, stdout: "42\n", stderr: "" });
    expect(typeof run.execution_time).toBe("number");
  });

  it("holds a run to memory_limit_MB", async () => {
    const res = await post("/run_code", {
      code: "block = b'1' * (300 * 1024 * 1024)\nprint('allocated')",
      language: "python",
      memory_limit_MB: 128,
    });
    expect(res.body.status).toBe("Failed");
    expect(res.body.run_result.stdout).toBe("");
    expect(res.body.run_result.stderr).toContain("MemoryError");
  });

  it("applies the status rules: non-zero exit and timeout are Failed", async () => {
    const exit = await post("/run_code", { code: "raise SystemExit(3)", language: "python", stdin: null });
    expect(exit.body.status).toBe("Failed");
    expect(exit.body.run_result).toMatchObject({ status: "Finished", return_code: 3 });
    const slow = await post("/run_code", {
      code: "import time\ntime.sleep(30)",
      language: "python",
      run_timeout: 0.5,
    });
    expect(slow.body.status).toBe("Failed");
    expect(slow.body.run_result.status).toBe("TimeLimitExceeded");
    // As SandboxFusion: a run killed at its time limit has no return code.
    expect(slow.body.run_result.return_code).toBeNull();
  });

  it("runs pytest and nodejs, and round-trips files and fetch_files", async () => {
    const pytest = await post("/run_code", {
      language: "pytest",
      code: "from helper import value\n\ndef test_value():\n    assert value() == 7\n",
      files: { "helper.py": b64("def value():\n    return 7\n") },
    });
    expect(pytest.body.status).toBe("Success");
    const failing = await post("/run_code", {
      language: "pytest",
      code: "def test_no():\n    assert 1 == 2\n",
    });
    expect(failing.body.status).toBe("Failed");
    const node = await post("/run_code", {
      language: "nodejs",
      code: "const fs=require('fs');fs.writeFileSync('out/result.txt', fs.readFileSync('in.txt','utf8').toUpperCase())",
      files: { "in.txt": b64("hello"), "out/.keep": "" },
      fetch_files: ["out/result.txt", "../etc/passwd"],
      unknown_field: "ignored",
    });
    expect(node.body.status).toBe("Success");
    expect(Buffer.from(node.body.files["out/result.txt"], "base64").toString()).toBe("HELLO");
    expect(node.body.files["../etc/passwd"]).toBeUndefined();
  });

  it("answers 422 for missing fields, wrong types, unknown languages and unsafe file paths", async () => {
    for (const body of [
      { language: "python" },
      { code: "print(1)" },
      { code: "print(1)", language: "python", run_timeout: "ten" },
      { code: "print(1)", language: "klingon" },
      { code: "print(1)", language: "python", files: { "../escape.py": b64("x") } },
      "{not json",
    ]) {
      const res = await post("/run_code", body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(Array.isArray(res.body.detail)).toBe(true);
    }
  });

  it("answers SandboxError for a SandboxFusion language it does not run (sql, GPU runners)", async () => {
    for (const language of ["sql", "cuda", "python_gpu"]) {
      const res = await post("/run_code", { code: "select 1", language });
      expect(res.status).toBe(200);
      expect(res.body.status, language).toBe("SandboxError");
      expect(res.body.message, language).toMatch(/not available/);
    }
  });

  it("runs a batch of test tasks in one request, verdicts in order", async () => {
    const res = await post("/purpcode/v1/run_tests", {
      tasks: [
        { kind: "asserts", id: "a", solution: "def f(x):\n    return x\n", asserts: ["assert f(1) == 1"] },
        { kind: "asserts", id: "b", solution: "def f(x):\n    return x\n", asserts: ["assert f(1) == 2"] },
        {
          kind: "stdio",
          id: "c",
          language: "python",
          program: "print(input())",
          cases: [{ input: "x", output: "x" }],
        },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.verdicts.map((v: { id: string; status: string }) => [v.id, v.status])).toEqual([
      ["a", "passed"],
      ["b", "failed"],
      ["c", "passed"],
    ]);
    const bad = await post("/purpcode/v1/run_tests", { tasks: [{ kind: "nope" }] });
    expect(bad.status).toBe(422);
  });

  it("answers 404 for unknown routes and 405 for wrong methods", async () => {
    expect((await fetch(server.url + "/nope")).status).toBe(404);
    expect((await fetch(server.url + "/run_code")).status).toBe(405);
  });
});

describe("service limits", () => {
  it("refuses an oversized body with 413", async () => {
    const small = await createSandboxServer({ sandbox, port: 0, maxBodyBytes: 1024 });
    try {
      const res = await fetch(small.url + "/run_code", {
        method: "POST",
        body: JSON.stringify({ code: "#" + "x".repeat(5000), language: "python" }),
      });
      expect(res.status).toBe(413);
    } finally {
      await small.close();
    }
  });

  it("answers 503 with Retry-After when saturated, and finishes in-flight work on shutdown", async () => {
    const tight = await Sandbox.open({ pool: { concurrency: 1, maxQueue: 0 } });
    const svc = await createSandboxServer({ sandbox: tight, port: 0, retryAfterSeconds: 2 });
    try {
      const slow = post(
        "/run_code",
        { code: "import time\ntime.sleep(1)\nprint('done')", language: "python" },
        svc.url,
      );
      await new Promise((r) => setTimeout(r, 300));
      const refused = await post("/run_code", { code: "print(1)", language: "python" }, svc.url);
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("2");
      const closing = svc.close();
      const first = await slow;
      expect(first.status).toBe(200);
      expect(first.body.run_result.stdout).toBe("done\n");
      await closing;
      await expect(fetch(svc.url + "/v1/ping")).rejects.toThrow();
    } finally {
      await svc.close().catch(() => {});
      await tight.close();
    }
  });

  it("owns the limits: absurd run_timeout, memory_limit_MB and file counts get a 422 naming the field", async () => {
    for (const [field, value] of [
      ["run_timeout", 1e19],
      ["run_timeout", 1e6],
      ["memory_limit_MB", 9007199254740991],
    ] as const) {
      const res = await post("/run_code", { code: "print(1)", language: "python", [field]: value });
      expect(res.status, field).toBe(422);
      expect(JSON.stringify(res.body.detail)).toContain(field);
    }
    const files = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`f${i}.txt`, b64("x")]));
    const many = await post("/run_code", { code: "print(1)", language: "python", files });
    expect(many.status).toBe(422);
    const batch = await post("/purpcode/v1/run_tests", {
      tasks: [{ kind: "asserts", solution: "x = 1", asserts: ["assert x == 1"], timeoutMs: 599_000 }],
    });
    expect(batch.status).toBe(422);
    expect(JSON.stringify(batch.body.detail)).toContain("timeoutMs");
  });

  it("a run with absurd limits arriving while another client's run is in flight leaves that run unharmed", async () => {
    const box = await Sandbox.open({ pool: { concurrency: 4 } });
    const svc = await createSandboxServer({ sandbox: box, port: 0 });
    try {
      const inFlight = post(
        "/run_code",
        { code: "import time\ntime.sleep(1.5)\nprint('finished')", language: "python", run_timeout: 20 },
        svc.url,
      );
      await new Promise((r) => setTimeout(r, 300));
      const absurd = await Promise.all([
        post(
          "/run_code",
          { code: "print(1)", language: "python", memory_limit_MB: 9007199254740991 },
          svc.url,
        ),
        post("/run_code", { code: "print(1)", language: "python", run_timeout: 1e19 }, svc.url),
        post("/run_code", { code: "print(1)", language: "python", run_timeout: 1e-300 }, svc.url),
        // The library path clamps instead: a request straight to Sandbox.run with absurd limits.
        box.run({
          language: "python",
          code: "print(2)",
          limits: { memoryMb: 1e22, wallMs: 1e19, tmpMb: 1e300 },
        }),
        box.run({ language: "python", code: "print(3)", limits: { memoryMb: Number.NaN } }),
      ]);
      expect(absurd.slice(0, 2).map((r) => (r as { status: number }).status)).toEqual([422, 422]);
      const clamped = absurd[3] as { status: string; stdout: string };
      expect(clamped.status).toBe("finished");
      expect(clamped.stdout).toBe("2\n");
      expect((absurd[4] as { status: string; error?: string }).error).toMatch(
        /memoryMb must be a finite number/,
      );
      const first = await inFlight;
      expect(first.status).toBe(200);
      expect(first.body.status).toBe("Success");
      expect(first.body.run_result.stdout).toBe("finished\n");
      // The shared interpreter is still there for the next run.
      const after = await post("/run_code", { code: "print('next')", language: "python" }, svc.url);
      expect(after.body.run_result.stdout).toBe("next\n");
    } finally {
      await svc.close();
      await box.close();
    }
  }, 60_000);

  it("ends a request whose body stalls with 408, and keeps answering ping meanwhile", async () => {
    const svc = await createSandboxServer({ sandbox, port: 0, bodyTimeoutMs: 500 });
    try {
      const { request } = await import("node:http");
      const status = await new Promise<number | string>((resolve) => {
        const req = request(
          svc.url + "/run_code",
          { method: "POST", headers: { "content-type": "application/json", "content-length": "1000" } },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on("error", (err) => resolve(err.message));
        req.write('{"code": "print(1)", ');
        // ...and never the rest.
      });
      expect(status).toBe(408);
      const ping = await fetch(svc.url + "/v1/ping");
      expect(ping.status).toBe(200);
    } finally {
      await svc.close();
    }
  });
});
