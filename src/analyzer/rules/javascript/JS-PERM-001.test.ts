import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const found = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-PERM-001"] }).findings.map((f) => [
    f.line,
    f.severity,
  ]);

describe("JS-PERM-001: S3 ACLs in specs", () => {
  it("lowers the ACL a spec expects its code to send, not the code's own createBucket call", () => {
    const code = [
      "function create(s3, name) { return s3.createBucket({ Bucket: name, ACL: 'public-read' }).promise(); }",
      "describe('create', () => {",
      "  it('makes a public bucket', () => {",
      "    expect(s3.createBucket).toHaveBeenCalledWith({ Bucket: 'b', ACL: 'public-read' });",
      "  });",
      "});",
    ].join("\n");
    expect(found(code)).toEqual([
      [1, "MEDIUM"],
      [4, "LOW"],
    ]);
  });
});
