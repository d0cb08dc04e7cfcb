import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Sandbox } from "../sandbox.js";
import { postRunCode } from "./run-code-client.js";
import { createSandboxServer, type SandboxServer } from "./server.js";

let sandbox: Sandbox;
let server: SandboxServer;
beforeAll(async () => {
  sandbox = await Sandbox.open({ warm: false, pool: { concurrency: 1 } });
  server = await createSandboxServer({ sandbox, port: 0 });
});
afterAll(async () => {
  await server?.close();
  await sandbox?.close();
});

describe("postRunCode", () => {
  it("returns the service's answer to a valid request (a trailing slash on the URL is fine)", async () => {
    const res = await postRunCode(`${server.url}/`, { code: "print(6 * 7)", language: "python" });
    expect(res.status).toBe("Success");
    expect(res.run_result?.stdout).toBe("42\n");
  });

  it("throws with the status and the service's body on a non-200 answer", async () => {
    await expect(
      postRunCode(server.url, { code: "print(1)", language: "python", run_timeout: -1 }),
    ).rejects.toThrow(/\/run_code answered 422: .*run_timeout/);
  });
});
