import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const sev = (code: string, context: "repository" | "answer" = "repository") =>
  analyzeSync(code, { language: "python", rules: ["PY-HASH-001"], context }).findings.map((f) => f.severity);

describe("PY-HASH-001: SHA-1 a format or protocol fixes", () => {
  const pgp =
    "import hashlib, struct\ndef fp(body):\n    return hashlib.sha1(b'\\x99' + struct.pack('>H', len(body)) + body).hexdigest()\n";
  const avatar =
    "import hashlib\nNS = 'urn:xmpp:avatar:metadata'\ndef avatar_id(img):\n    return hashlib.sha1(img).hexdigest()\n";
  it("lowers an OpenPGP v4 fingerprint and an XMPP avatar id to LOW in repository mode", () => {
    expect(sev(pgp)).toEqual(["LOW"]);
    expect(sev(avatar)).toEqual(["LOW"]);
  });
  it("keeps them in answer mode, and keeps a password hashed in the same module", () => {
    expect(sev(pgp, "answer")).toEqual(["MEDIUM"]);
    expect(sev(avatar, "answer")).toEqual(["MEDIUM"]);
    expect(
      sev(avatar + "def store(password):\n    return hashlib.sha1(password.encode()).hexdigest()\n"),
    ).toEqual(["LOW", "MEDIUM"]);
  });
});
