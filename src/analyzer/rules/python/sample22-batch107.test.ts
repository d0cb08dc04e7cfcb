import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python"]);
});

/** Lines of the rule's MEDIUM+ findings. */
const lines = (rule: string, code: string) =>
  analyzeSync(code, { language: "python", rules: [rule] })
    .findings.filter((f) => f.severity !== "LOW")
    .map((f) => f.line);

describe("PY-AUTH-001: a policy engine's decorator checks the caller", () => {
  it("leaves routes behind @acl.enforce / @policy.enforce, keeps an undecorated delete and @enforce_types", () => {
    const code = [
      "from flask import Blueprint",
      "from . import acl, policy",
      "bp = Blueprint('b', __name__)",
      "@bp.delete('/jobs/<job_id>')",
      "@acl.enforce('data-processing:job:delete')",
      "def jobs_delete(job_id):",
      "    return ''",
      "@bp.delete('/nodes/<node_id>')",
      "@policy.enforce('compute:node:delete')",
      "def nodes_delete(node_id):",
      "    return ''",
      "@bp.delete('/images/<image_id>')",
      "@enforce_types",
      "def images_delete(image_id):",
      "    return ''",
    ].join("\n");
    expect(lines("PY-AUTH-001", code)).toEqual([14]);
  });
});

describe("PY-CRED-001: kinds, flags, XPaths and JSON field names named like secrets", () => {
  it("leaves a completer's token kinds, is_secret's sentinel, an XPath and lowerCamel field names", () => {
    const code = [
      "def kind(p, pos):",
      "    current_token = None",
      "    if pos == p.path:",
      "        current_token = 'path'",
      "    elif pos == p.cmd:",
      "        current_token = 'command'",
      "    return current_token",
      "def put(key, value, is_secret='DeprecatedArgument'):",
      "    return key",
      "class Fields:",
      "    ACCESS_TOKEN = 'accessToken'",
      "token_type_nodes_xpath = 's:Body/t:RequestSecurityTokenResponse/t:TokenType'",
      "security_token_xpath = 'wst:RequestedSecurityToken'",
    ].join("\n");
    expect(lines("PY-CRED-001", code)).toEqual([]);
  });
  it("keeps one word given to a token, a lower-case own-name password and a real token", () => {
    const code = [
      "def connect():",
      "    api_token = 'sesame'",
      "    return api_token",
      "ACCESS_TOKEN = 'accesstoken'",
      "access_token = 'ya29.A0ARrdaM9kQ2vX7pL3sT8wZ1'",
      "has_token = 'x8Kd92LmQz7Pw3Rt'",
      "token_xpath = 'k3Xr9aQ2mZ7pL0vB8nW'",
    ].join("\n");
    expect(lines("PY-CRED-001", code)).toEqual([2, 4, 5, 6, 7]);
  });
});

describe("PY-TIMING-001: dispatch on a parsed word, kinds and key labels", () => {
  it("leaves a token compared with several plain values, a *_type and a *_label", () => {
    const code = [
      "import hmac",
      "from django.template.base import TOKEN_VAR",
      "class Reader:",
      "    def atom(self, token):",
      "        if token == self.nil:",
      "            return []",
      "        if token == self.true:",
      "            return True",
      "        return token",
      "def walk(t):",
      "    return t.token_type == TOKEN_VAR",
      "def rewrap(self, meta):",
      "    return self.new_hmac_label == meta['hmac_label']",
    ].join("\n");
    expect(lines("PY-TIMING-001", code)).toEqual([]);
  });
  it("keeps a token checked against a current and a previous key (rotation)", () => {
    const code = [
      "import hmac",
      "def ok(token, current_token, previous_token):",
      "    return token == current_token or token == previous_token",
      "def ok2(request, settings):",
      "    return request.headers['X-Token'] == settings.API_TOKEN",
    ].join("\n");
    expect(lines("PY-TIMING-001", code)).toEqual([3, 5]);
  });
});

describe("PY-LOG-003: tokens of a parser or completer", () => {
  it("leaves qualified tokens compared with literals or read from a token stream, keeps a refresh token", () => {
    const code = [
      "import logging",
      "log = logging.getLogger(__name__)",
      "def complete(current_token):",
      "    if current_token == 'path':",
      "        return []",
      "    log.debug('cannot complete %s' % current_token)",
      "def enc(tokens):",
      "    name_token = next(tokens)",
      "    log.warning(f'expected a name, got {name_token}')",
      "    for index_token in tokens:",
      "        if not index_token.is_number():",
      "            log.warning(f'got {index_token}')",
      "def refresh(body):",
      "    refresh_token = body['refresh_token']",
      "    if refresh_token.is_expired():",
      "        log.info('refresh token %s', refresh_token)",
    ].join("\n");
    expect(lines("PY-LOG-003", code)).toEqual([16]);
  });
});

describe("PY-LOOP-001: an indexed read raises at end of input", () => {
  it("leaves read(1)[0] in a loop, keeps a bare recv never tested for end", () => {
    const code = [
      "def run(f, table):",
      "    while True:",
      "        op = f.read(1)[0]",
      "        table[op](f)",
      "def pump(sock, out):",
      "    while True:",
      "        chunk = sock.recv(4096)",
      "        out.write(chunk)",
    ].join("\n");
    expect(lines("PY-LOOP-001", code)).toEqual([7]);
  });
});
