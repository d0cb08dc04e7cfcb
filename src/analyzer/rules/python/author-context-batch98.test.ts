import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const ids = (code: string, rule: string, context: "repository" | "answer") =>
  analyzeSync(code, { language: "python", rules: [rule], context }).findings.map((f) => f.rule_id);

describe("downgrades read from names the author chooses hold in repository mode only", () => {
  it("PY-AUTH-001: a view acting through a client made from the request", () => {
    const view =
      "from django.views import generic\nclass Pool(generic.View):\n    def delete(self, request, pool_id):\n        conn = _get_sdk_connection(request)\n        conn.load_balancer.delete_pool(pool_id)\n";
    expect(ids(view, "PY-AUTH-001", "repository")).toEqual([]);
    expect(ids(view, "PY-AUTH-001", "answer")).toEqual(["PY-AUTH-001"]);
  });
  it("PY-CRED-001: a table of field-name constants", () => {
    const table = "LISTENER_ID = 'listener_id'\nPRIVATE_KEY = 'private_key'\nPROJECT_ID = 'project_id'\n";
    expect(ids(table, "PY-CRED-001", "repository")).toEqual([]);
    expect(ids(table, "PY-CRED-001", "answer")).toEqual(["PY-CRED-001"]);
  });
  it("PY-CRED-003: a token compared with one upper-case word (a file format's keyword, or a chosen secret)", () => {
    const check = "def allowed(token):\n    return token == 'LETMEIN'\n";
    expect(ids(check, "PY-CRED-003", "repository")).toEqual([]);
    expect(ids(check, "PY-CRED-003", "answer")).toEqual(["PY-CRED-003"]);
  });
});
