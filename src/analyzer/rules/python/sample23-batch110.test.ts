import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["python", "c"]);
});

/** Lines of the rule's MEDIUM+ findings. */
const lines = (rule: string, code: string, language: "python" | "c" = "python", answer = false) =>
  analyzeSync(code, { language, rules: [rule], ...(answer ? { context: "answer" as const } : {}) })
    .findings.filter((f) => f.severity !== "LOW")
    .map((f) => f.line);

describe("PY-LOGIN-001: a password check that answers by raising", () => {
  it("leaves the check inside try/except and a same-named wrapper returning nothing, keeps a bare check", () => {
    const code = [
      "class Wallet:",
      "    def check_password(self, password):",
      "        self.keystore.check_password(password)",
      "    def sign(self, password):",
      "        try:",
      "            self.keystore.check_password(password)",
      "        except InvalidPassword:",
      "            return None",
      "        return 1",
      "def unlock(user, password):",
      "    user.check_password(password)",
      "    user.unlocked = True",
      "def swallow(user, password):",
      "    try:",
      "        user.check_password(password)",
      "    except Exception:",
      "        pass",
    ].join("\n");
    expect(lines("PY-LOGIN-001", code)).toEqual([11, 15]);
  });
});

describe("PY-ASSERT-002 / PY-CRED-003: a template lexer's token kind", () => {
  it("leaves `assert token == 'def '` and `token == 'out'`, keeps a caller check and a literal secret", () => {
    const code = [
      "def build_def(builder, lineno, token, value):",
      "    assert token == 'def '",
      "    return value",
      "def build_out(builder, lineno, token, nodes):",
      "    assert token == 'out'",
      "    return nodes",
      "def delete(user, doc):",
      "    assert user.is_admin",
      "    doc.delete()",
    ].join("\n");
    expect(lines("PY-ASSERT-002", code)).toEqual([8]);
    const cmp = [
      "def kind(token):",
      "    return token == 'def '",
      "def auth(headers):",
      "    token = headers.get('X-Token')",
      "    return token == 'c0ffee-5ecret'",
    ].join("\n");
    expect(lines("PY-CRED-003", cmp)).toEqual([5]);
  });
});

describe("PY-CRED-001: a password policy's setting names", () => {
  it("leaves password_lockout_period / password_complexity mapped to setting keys, keeps a password", () => {
    const code = [
      "rulemap = {",
      "    'password_lockout_period': 'ACCT_LockoutPeriod',",
      "    'password_complexity': 'ACCT_ComplexityRequired',",
      "}",
      "db_password = 'Adm1n-Passw0rd!'",
    ].join("\n");
    expect(lines("PY-CRED-001", code)).toEqual([5]);
  });
});

describe("PY-COOKIE-001: a client's cookie store", () => {
  it("leaves a jar's set_cookie(make_cookie(...)), a credential store and a test client, keeps a response", () => {
    const code = [
      "from flask import make_response",
      "def remember(self, name, value):",
      "    self.cookies.set_cookie(make_cookie(name=name, value=value))",
      "def configure(session):",
      "    session.credentials.set_cookie('TAP_SESSION', 'abc')",
      "def check(testapp):",
      "    testapp.set_cookie('name', 'Steve')",
      "def login():",
      "    resp = make_response('ok')",
      "    resp.set_cookie('session', 'opaque', httponly=True)",
      "    return resp",
    ].join("\n");
    expect(lines("PY-COOKIE-001", code)).toEqual([10]);
  });
});

describe("PY-RAND-001: jitter on a time value and numpy float arrays", () => {
  it("lowers a timeout's jitter and np.random.rand(n) feeding an index named *_pass, keeps a session token", () => {
    const code = [
      "import random",
      "import numpy as np",
      "class Session:",
      "    def touch(self):",
      "        Session.keepalive_sessions[self]['timeout'] = now() + 30 - random.random() * 4.9",
      "def rays(intensity, imax, n):",
      "    rnd = np.random.rand(n)",
      "    i_pass = np.where(imax * rnd < intensity)[0]",
      "    return i_pass",
      "def new_session():",
      "    session_token = random.getrandbits(64)",
      "    return session_token",
    ].join("\n");
    expect(lines("PY-RAND-001", code)).toEqual([11]);
  });
});

describe("PY-REDOS-001: the lines of a file the program opened", () => {
  it("leaves a quadratic row pattern over `with open(...) as f: for line in f`, keeps it on a request value", () => {
    const code = [
      "import re",
      "from flask import request",
      "ROW = re.compile(r'\\s*-?\\d*[.]\\d*[+eE-]*\\d+\\s+-?\\d*[.]\\d*[+eE-]*\\d+\\s*$')",
      "def load(path):",
      "    with open(path) as f:",
      "        for line in f:",
      "            ROW.match(line)",
      "def view():",
      "    ROW.match(request.args['q'])",
    ].join("\n");
    const found = lines("PY-REDOS-001", code);
    expect(found).toContain(9);
    expect(found).not.toContain(7);
  });
});

describe("PY-FMT-001: a URL template built from the client's own literal template", () => {
  it("keeps a request value used as the format string", () => {
    const code = [
      "from flask import request",
      "def label():",
      "    fmt = request.args.get('fmt')",
      "    return fmt % {'u': 1}",
    ].join("\n");
    expect(lines("PY-FMT-001", code)).toEqual([4]);
  });
});

describe("PY-SHARED-001 / PY-CLEAR-001: test methods", () => {
  it("leaves a test resetting a module counter under @mock.patch and a test's request to a mocked http URL", () => {
    const code = [
      "from unittest import mock",
      "import requests",
      "CALLS = 0",
      "class StoreTest:",
      "    @mock.patch('store.client')",
      "    def test_add(self, client):",
      "        global CALLS",
      "        CALLS = 0",
      "        requests.get('http://0.1.2.3/here', auth=('u', 'p'))",
    ].join("\n");
    expect(lines("PY-SHARED-001", code)).toEqual([]);
    expect(lines("PY-CLEAR-001", code)).toEqual([]);
    // In an answer a test's name is the author's choice.
    expect(lines("PY-CLEAR-001", code, "python", true)).toEqual([9]);
  });
});

describe("C-FMT-001 / C-BOUND-001: printf-like wrappers and Cython's generated C", () => {
  it("leaves a variadic function's vsnprintf of its own format, keeps printf of a caller's string", () => {
    const code = [
      "#include <stdarg.h>",
      "#include <stdio.h>",
      "static void fatal(const char *fmt, ...) {",
      "    va_list ap;",
      "    char msg[200];",
      "    va_start(ap, fmt);",
      "    vsnprintf(msg, 200, fmt, ap);",
      "    va_end(ap);",
      "}",
      "void show(const char *user) {",
      "    printf(user);",
      "}",
    ].join("\n");
    expect(lines("C-FMT-001", code, "c")).toEqual([11]);
  });
  it("leaves a copy in a file Cython generated, not in an answer", () => {
    const body = [
      "#include <string.h>",
      "void copy_item(char *data, const char *item, size_t itemsize) {",
      "    char local[16];",
      "    memcpy(local, item, itemsize);",
      "}",
    ];
    const plain = body.join("\n");
    const cython = ["/* Generated by Cython 0.29.32 */", ...body].join("\n");
    expect(lines("C-BOUND-001", plain, "c")).toEqual([4]);
    expect(lines("C-BOUND-001", cython, "c")).toEqual([]);
    expect(lines("C-BOUND-001", cython, "c", true)).toEqual([5]);
  });
});
