// Request parameters found by dev batch 158: a helper's values listed before the request it is handed are its
// caller's (no framework passes a handler anything but an error ahead of the request).
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

const ids = (code: string, rules: string[]) =>
  analyzeSync(code, { language: "javascript", rules }).findings.map(
    (f) => `${f.rule_id}:${f.severity}:${f.line}`,
  );

describe("parameters beside a request (batch 158)", () => {
  it("takes a value before the request for the caller's, one after it and an error before it for the request's", () => {
    const code = `const { execSync } = require('child_process');
async function runOperation(reporter, operation, req) {
  execSync('render ' + operation.type);
}
function handler(req, res, name) {
  execSync('render ' + name);
}
function onError(err, req, res, next) {
  execSync('report ' + err.message);
}
module.exports = { runOperation, handler, onError };`;
    const got = ids(code, ["JS-CMDI-001"]);
    // (a parameter: HIGH; request data: CRITICAL)
    expect(got.filter((x) => /:(3|9)$/.test(x))).toEqual(["JS-CMDI-001:HIGH:3", "JS-CMDI-001:CRITICAL:9"]);
  });
});
