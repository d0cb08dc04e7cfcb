import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["java"]);
});

const flagged = (body: string) =>
  analyzeSync(`import java.net.*;\nclass A {\n${body}\n}\n`, { language: "java", rules: ["JAVA-SSRF-001"] })
    .findings.length > 0;

describe("JAVA-SSRF-001: a URI parsed only to read its parts", () => {
  it("makes no request", () => {
    expect(flagged("  String frag(String s) throws Exception { return new URI(s).getFragment(); }")).toBe(
      false,
    );
    expect(
      flagged(
        "  String host(String s) throws Exception { URI u = new URI(s); return u.getHost() + u.getPath(); }",
      ),
    ).toBe(false);
  });
  it("is still reported where the URI is handed on or turned into a connection", () => {
    expect(flagged("  URI to(String s) throws Exception { return new URI(s); }")).toBe(true);
    expect(
      flagged(
        "  Object get(String s) throws Exception { URI u = new URI(s); return u.toURL().openStream(); }",
      ),
    ).toBe(true);
  });
});
