import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync("const crypto = require('crypto');\n" + code, {
    language: "javascript",
    rules: ["JS-HASH-001"],
  })
    .findings.filter((f) => f.severity !== "LOW")
    .map((f) => f.line);

/** MEDIUM+ lines: a digest the code names for a non-security use is reported LOW. */
describe("JS-HASH-001: digests that only label", () => {
  it("takes a content hash or an id made from a name for a label, a password's digest for security", () => {
    expect(lines("const hashContent = (c) => crypto.createHash('md5').update(c).digest('hex');\n")).toEqual(
      [],
    );
    expect(
      lines("function makeUid(orgId) {\n  return crypto.createHash('md5').update(orgId).digest('hex');\n}\n"),
    ).toEqual([]);
    expect(
      lines("const makeId = (uid, name) => crypto.createHash('md5').update(uid + name).digest('hex');\n"),
    ).toEqual([]);
    expect(
      lines(
        "function makeUid(password) {\n  return crypto.createHash('md5').update(password).digest('hex');\n}\n",
      ),
    ).toEqual([3]);
    expect(
      lines("function digest(v) {\n  return crypto.createHash('md5').update(v).digest('hex');\n}\n"),
    ).toEqual([3]);
  });

  it("takes a digest cut to 16 characters anywhere, or through the name it is bound to, for a short tag", () => {
    const cut = (slice: string) =>
      lines(
        `function md5(data) {\n  const h = crypto.createHash('md5').update(data, 'utf8').digest('hex');\n  return h${slice};\n}\n`,
      );
    expect(cut(".slice(8, 24)")).toEqual([]);
    expect(cut(".substr(8, 16)")).toEqual([]);
    expect(cut(".slice(0, 32)")).toEqual([3]);
    expect(cut("")).toEqual([3]);
  });
});

describe("JS-HASH-001: MACs a protocol fixes, content digests", () => {
  it("lowers CRAM-MD5's HMAC-MD5 and a node's contentDigest, not HMAC-MD5 signing a webhook", () => {
    const code = [
      "function cramResponse(password, challenge) {",
      "  return crypto.createHmac('md5', password).update(challenge).digest('hex');",
      "}",
      "const node = { internal: { contentDigest: crypto.createHash('md5').update(JSON.stringify(d)).digest('hex') } };",
      "function signHook(secret, body) {",
      "  return crypto.createHmac('md5', secret).update(body).digest('hex');",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([7]);
  });
});

describe("JS-HASH-001: test modules", () => {
  it("lowers a checksum in a test module to LOW", () => {
    const code =
      "const assert = require('assert');\nconst h = crypto.createHash('sha1').update(body).digest('hex');\n";
    expect(lines(code)).toEqual([]);
    expect(lines("const h = crypto.createHash('sha1').update(body).digest('hex');\n")).toEqual([2]);
    // (a library that asserts its arguments exports its API: not a test)
    const lib =
      "const assert = require('assert');\nexports.key = (p) => crypto.createHash('md5').update(p).digest();\n";
    expect(lines(lib)).toEqual([3]);
  });
});

describe("JS-HASH-001: NTLMv2", () => {
  it("lowers NTLMv2's HMAC-MD5, not a plain MD5 digest beside it", () => {
    const code = [
      "function createNTLMv2Hash(ntHash, user, domain) {",
      "  return crypto.createHmac('md5', ntHash).update(user + domain).digest();",
      "}",
      "function fingerprint(pw) {",
      "  return crypto.createHash('md5').update(pw).digest('hex');",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });
  it("takes RIPEMD-160 over a SHA-256 digest (hash160) for LOW, RIPEMD-160 of other data stays", () => {
    const code = [
      "function hash160(buf) {",
      "  const sha = crypto.createHash('sha256').update(buf).digest();",
      "  return crypto.createHash('ripemd160').update(sha).digest();",
      "}",
      "const tag = (pw) => crypto.createHash('ripemd160').update(pw).digest('hex');",
    ].join("\n");
    expect(lines(code)).toEqual([6]);
  });
});

describe("JS-HASH-001: a name-based non-security downgrade holds in repository mode only", () => {
  const sev = (code: string, context: "repository" | "answer" = "repository") =>
    analyzeSync("const crypto = require('crypto');\n" + code, {
      language: "javascript",
      rules: ["JS-HASH-001"],
      context,
    }).findings.map((f) => f.severity);
  const named =
    "function cacheKey(body) {\n  return crypto.createHash('md5').update(body).digest('hex');\n}\n";
  const etag = "const etag = crypto.createHash('sha1').update(buf).digest('base64');\n";
  const cut = "const shard = crypto.createHash('md5').update(name).digest('hex').slice(0, 2);\n";
  it("lowers a digest named as a cache key or an ETag in a repository, not in an answer", () => {
    expect(sev(named)).toEqual(["LOW"]);
    expect(sev(etag)).toEqual(["LOW"]);
    expect(sev(named, "answer")).not.toContain("LOW");
    expect(sev(etag, "answer")).not.toContain("LOW");
  });
  it("still lowers a digest cut to a few characters in an answer (structure, not a name)", () => {
    expect(sev(cut, "answer")).toEqual(["LOW"]);
  });
});
