import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const cwes = (code: string) =>
  analyzeSync(code, { language: "python", rules: ["PY-URL-001"] }).findings.map((f) => f.cwe.join(","));

describe("PY-URL-001: which weakness a host suffix check is", () => {
  it("is the SSRF allow-list (CWE-918) when the URL the host came from is fetched after it", () => {
    const code =
      "from urllib.parse import urlparse\nimport requests\n" +
      "def thumb(link):\n    host = urlparse(link).hostname or ''\n    if not host.endswith('cdn.example.org'):\n" +
      "        raise ValueError('not our cdn')\n    return requests.get(link, timeout=5).content\n";
    expect(cwes(code)).toEqual(["CWE-20,CWE-918"]);
  });
  it("stays a validation flaw (CWE-20) where nothing is fetched", () => {
    const code =
      "from urllib.parse import urlparse\n" +
      "def ours(link):\n    return urlparse(link).hostname.endswith('example.org')\n";
    expect(cwes(code)).toEqual(["CWE-20"]);
  });
});
