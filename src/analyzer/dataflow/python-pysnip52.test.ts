import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const flagged = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] }).findings.filter((f) => f.severity !== "LOW")
    .length > 0;

describe("Python data flow: services fed by a queue, an RPC peer, a socket or a model (py-snippets batch 52)", () => {
  it("takes a Celery/Dramatiq task's parameters for queued data when no code here queues it", () => {
    const task = (deco: string, extra = "") =>
      flagged(
        "PY-SSRF-001",
        `import requests\nfrom celery import shared_task, Celery\napp = Celery('x')\n${deco}\ndef deliver(self_or_url, url=None, n: int = 1):\n    requests.get(url or self_or_url, timeout=5)\n${extra}`,
      );
    expect(task("@shared_task")).toBe(true);
    expect(task("@app.task(max_retries=3)")).toBe(true);
    // queued here with a literal: followed through .delay(...) as before
    expect(
      task("@shared_task", "def go():\n    deliver.delay('https://a.example/x', 'https://a.example/y')\n"),
    ).toBe(false);
    // without a task library the decorator says nothing
    expect(
      flagged("PY-SSRF-001", "import requests\n@task\ndef deliver(url):\n    requests.get(url, timeout=5)\n"),
    ).toBe(false);
    // an int-annotated parameter is a number
    expect(
      flagged(
        "PY-SQLI-001",
        "import sqlite3\nfrom celery import shared_task\n@shared_task\ndef purge(days: int):\n    sqlite3.connect('a').execute(f'DELETE FROM t WHERE age > {days}')\n",
      ),
    ).toBe(false);
  });
  it("takes a gRPC servicer method's request message, not its context", () => {
    const servicer = (url: string) =>
      flagged(
        "PY-SSRF-001",
        `import grpc, requests\nimport probe_pb2_grpc\nclass Probe(probe_pb2_grpc.ProbeServicer):\n    def Check(self, request, context):\n        return requests.get(${url}, timeout=3)\n`,
      );
    expect(servicer("request.target_url")).toBe(true);
    expect(servicer("context.peer()")).toBe(false);
    // a class that is no servicer
    expect(
      flagged(
        "PY-SSRF-001",
        "import grpc, requests\nclass Probe(Base):\n    def Check(self, request, context):\n        return requests.get(request.target_url, timeout=3)\n",
      ),
    ).toBe(false);
  });
  it("takes what a websockets connection handler reads off the connection", () => {
    const ws = (serve: string) =>
      flagged(
        "PY-LOG-001",
        `import logging, websockets\nasync def chat(websocket):\n    async for raw in websocket:\n        logging.info('got ' + raw)\n${serve}`,
      );
    expect(ws("server = websockets.serve(chat, 'localhost', 8001)\n")).toBe(true);
    expect(ws("")).toBe(false);
  });
  it("takes an MCP or LangChain tool's arguments for what the model chose", () => {
    const tool = (imp: string, deco: string) =>
      flagged(
        "PY-SQLI-001",
        `import sqlite3\n${imp}\n${deco}\ndef query(sql: str) -> list:\n    return sqlite3.connect('a.db').execute(sql).fetchall()\n`,
      );
    expect(tool("from mcp.server.fastmcp import FastMCP\nmcp = FastMCP('x')", "@mcp.tool()")).toBe(true);
    expect(tool("from langchain_core.tools import tool", "@tool")).toBe(true);
    expect(tool("import functools", "@functools.cache")).toBe(false);
  });
});
