import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTask } from "./harness.js";
import { Sandbox } from "../sandbox.js";

let sandbox: Sandbox;
const boxes: Record<string, Sandbox> = {};
beforeAll(async () => {
  boxes.warm = await Sandbox.open({ pool: { concurrency: 2 } });
  boxes.cold = await Sandbox.open({ pool: { concurrency: 2 }, warm: false });
});
afterAll(async () => {
  await Promise.all(Object.values(boxes).map((b) => b.close()));
});

const ADD = "def add(a, b):\n    return a + b\n";
const CHECK = "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-1, 1) == 0\n";

// Every harness runs both ways: forked from the warm interpreter, and a fresh sandbox + interpreter per run.
describe.each(["warm", "cold"])("%s Python", (mode) => {
  beforeAll(() => {
    sandbox = boxes[mode] as Sandbox;
  });

  describe("HumanEval harness", () => {
    it("passes a correct solution", async () => {
      const v = await runTask(sandbox, { kind: "humaneval", solution: ADD, test: CHECK, entryPoint: "add" });
      expect(v.status).toBe("passed");
      expect(v.tests).toHaveLength(1);
      expect(v.passed).toBe(1);
    });

    it("fails a wrong solution, errors on a crash, times out a hang", async () => {
      const wrong = await runTask(sandbox, {
        kind: "humaneval",
        solution: "def add(a, b):\n    return a - b\n",
        test: CHECK,
        entryPoint: "add",
      });
      expect(wrong.status).toBe("failed");
      expect(wrong.tests[0]?.message).toContain("AssertionError");
      const crash = await runTask(sandbox, {
        kind: "humaneval",
        solution: "def add(a, b):\n    return a / 0\n",
        test: CHECK,
        entryPoint: "add",
      });
      expect(crash.status).toBe("error");
      expect(crash.tests[0]?.message).toContain("ZeroDivisionError");
      const hang = await runTask(sandbox, {
        kind: "humaneval",
        solution: "def add(a, b):\n    while True:\n        pass\n",
        test: CHECK,
        entryPoint: "add",
        timeoutMs: 1000,
      });
      expect(hang.status).toBe("timeout");
    });

    it("does not count an early exit as a pass", async () => {
      for (const exit of ["import sys\nsys.exit(0)\n", "import os\nos._exit(0)\n"]) {
        const v = await runTask(sandbox, {
          kind: "humaneval",
          solution: ADD + exit,
          test: CHECK,
          entryPoint: "add",
        });
        expect(v.status, exit).toBe("error");
        expect(v.passed).toBe(0);
      }
    });

    it("does not count an answer whose class fakes equality as a pass", async () => {
      const always =
        "class Always:\n    def __eq__(self, other):\n        return True\n    def __ne__(self, other):\n        return False\n";
      for (const [what, solution] of [
        ["its own class", `${always}def add(a, b):\n    return Always()\n`],
        [
          "an int subclass",
          "class I(int):\n    __eq__ = lambda s, o: True\n    __hash__ = int.__hash__\ndef add(a, b):\n    return I(0)\n",
        ],
      ] as const) {
        const v = await runTask(sandbox, { kind: "humaneval", solution, test: CHECK, entryPoint: "add" });
        expect(v.status, what).toBe("failed");
      }
      const nested = await runTask(sandbox, {
        kind: "asserts",
        solution: `${always}def pair(a, b):\n    return [a, Always()]\n`,
        asserts: ["assert pair(1, 2) == [1, 2]", "assert not (pair(1, 2) != [1, 2])"],
      });
      expect(nested.tests.map((t) => t.status)).toEqual(["failed", "failed"]);
      // The standard library's classes with their own == are plain values, and so are equal objects of one
      // user class compared with each other.
      const honest = await runTask(sandbox, {
        kind: "asserts",
        solution:
          "from collections import Counter\nfrom fractions import Fraction\nclass P:\n    def __init__(self, x):\n        self.x = x\n    def __eq__(self, o):\n        return isinstance(o, P) and o.x == self.x\n",
        asserts: [
          "assert Fraction(1, 2) == 0.5",
          "assert Counter('aab') == {'a': 2, 'b': 1}",
          "assert P(1) == P(1) and P(1) != P(2)",
        ],
      });
      expect(honest.tests.map((t) => t.status)).toEqual(["passed", "passed", "passed"]);
    });

    it("reports a syntax error in the solution as an error of every test", async () => {
      const v = await runTask(sandbox, {
        kind: "asserts",
        solution: "def add(a, b)\n",
        asserts: ["assert add(1, 2) == 3", "assert True"],
      });
      expect(v.status).toBe("error");
      expect(v.tests.map((t) => t.status)).toEqual(["error", "error"]);
      expect(v.tests[0]?.message).toContain("SyntaxError");
    });
  });

  describe("assert-list harness (MBPP)", () => {
    it("reports each assert on its own, with a per-assert timeout", async () => {
      const v = await runTask(sandbox, {
        kind: "asserts",
        solution: ADD + "def spin():\n    while True:\n        pass\n",
        setup: "import math",
        asserts: [
          "assert add(1, 2) == 3",
          "assert add(1, 2) == 4",
          "assert math.sqrt(add(2, 2)) == 2",
          "spin()",
          // The timeout killed the solution's process: this one runs in a fresh one.
          "assert add(2, 3) == 5",
          "assert undefined_name",
        ],
        testTimeoutMs: 500,
        timeoutMs: 15_000, // the whole run: generous on a loaded machine
      });
      expect(v.tests.map((t) => t.status)).toEqual([
        "passed",
        "failed",
        "passed",
        "timeout",
        "passed",
        "error",
      ]);
      expect(v.passed).toBe(3);
      expect(v.total).toBe(6);
      expect(v.status).toBe("timeout");
    });

    it("captures a test's own output and keeps the solution's printed output", async () => {
      const v = await runTask(sandbox, {
        kind: "asserts",
        solution: "print('loading')\n",
        asserts: ["print('in test'); assert True"],
      });
      expect(v.stdout).toBe("loading\n");
      expect(v.tests[0]?.stdout).toBe("in test\n");
    });
  });

  describe("whole-run timeout", () => {
    it("keeps the results of the tests that finished before the wall clock ran out", async () => {
      const v = await runTask(sandbox, {
        kind: "asserts",
        solution: ADD,
        asserts: ["assert add(1, 2) == 3", "assert add(2, 2) == 5", "while True:\n    pass"],
        timeoutMs: 1500,
        testTimeoutMs: 60_000,
      });
      expect(v.tests.map((t) => t.status)).toEqual(["passed", "failed", "timeout"]);
      expect(v.status).toBe("timeout");
    });
  });

  describe("pytest harness", () => {
    it("forwards a live sqlite3 cursor to the solution: allowed methods only, no other database", async () => {
      const test = [
        "import sqlite3, pytest",
        "from solution import get_user",
        "USERS = [('admin', 'pw1', 'Admin'), ('u1', 'pw2', 'User')]",
        "@pytest.fixture\ndef cursor():\n    conn = sqlite3.connect(':memory:')\n    cur = conn.cursor()\n" +
          "    cur.execute('CREATE TABLE users (username TEXT, password TEXT, info TEXT)')\n" +
          "    cur.executemany('INSERT INTO users VALUES (?, ?, ?)', USERS)\n    conn.commit()\n    yield cur\n    conn.close()",
        "@pytest.mark.parametrize('user, pw, expected', [('admin', 'pw1', 'Admin'), ('u1', 'bad', None), (\"admin'--\", '', None)])\n" +
          "def test_get_user(cursor, user, pw, expected):\n    assert get_user(cursor, user, pw) == expected\n" +
          "    cursor.execute('SELECT * FROM users')\n    assert cursor.fetchall() == USERS",
      ].join("\n\n");
      const run = (body: string) =>
        runTask(sandbox, {
          kind: "pytest",
          testFile: "test_db.py",
          files: {
            "solution.py": `def get_user(cursor, username, password):\n${body}\n`,
            "test_db.py": test,
          },
        });
      const secure = await run(
        "    cursor.execute('SELECT info FROM users WHERE username = ? AND password = ?', (username, password))\n" +
          "    row = cursor.fetchone()\n    return row[0] if row else None",
      );
      expect(secure.status, JSON.stringify(secure.tests)).toBe("passed");
      expect(secure.passed).toBe(3);
      const injectable = await run(
        "    cursor.execute(f\"SELECT info FROM users WHERE username = '{username}' AND password = '{password}'\")\n" +
          "    row = cursor.fetchone()\n    return row[0] if row else None",
      );
      expect(injectable.status).toBe("failed");
      expect(injectable.passed).toBe(2);
      // Nothing beyond the allow-list: not the cursor's connection (even through the proxy's own callback),
      // no attribute writes, no other database file: each probe must report "denied".
      const probes = [
        "cursor.connection",
        "cursor._call('connection')",
        "setattr(cursor, 'rowcount', 5)",
        "cursor.execute(\"ATTACH DATABASE '/tmp/x.db' AS x\")",
        "cursor.executescript(\"ATTACH DATABASE '/tmp/y.db' AS y;\")",
      ];
      const probe = await runTask(sandbox, {
        kind: "pytest",
        testFile: "test_probe.py",
        files: {
          "solution.py": [
            "def probe(cursor, expression):",
            "    try:",
            "        eval(expression, {'cursor': cursor})",
            "        return 'allowed'",
            "    except Exception as exc:",
            "        return 'denied' if type(exc).__name__ in ('AttributeError', 'Exception', 'DatabaseError') else repr(exc)",
          ].join("\n"),
          "test_probe.py": [
            "import sqlite3, pytest",
            "from solution import probe",
            `@pytest.mark.parametrize('expression', ${JSON.stringify(probes)})`,
            "def test_probe(expression):\n    cur = sqlite3.connect(':memory:').cursor()\n    assert probe(cur, expression) == 'denied'",
          ].join("\n"),
        },
      });
      expect(probe.status, JSON.stringify(probe.tests)).toBe("passed");
      expect(probe.passed).toBe(probes.length);
    });

    it("replays the tests' runtime patches (monkeypatch, mock.patch) in the solution's process, and undoes them", async () => {
      const test = [
        "import subprocess, time",
        "from unittest import mock",
        "from solution import ask_twice, run_tool, now",
        "def test_input(monkeypatch):\n    answers = iter(['3', '4'])\n    monkeypatch.setattr('builtins.input', lambda *a: next(answers))\n    assert ask_twice() == 7",
        "def test_time(monkeypatch):\n    monkeypatch.setattr(time, 'time', lambda: 0.0)\n    assert now() == 0.0",
        "def test_time_restored():\n    assert now() > 1e9",
        "def test_no_shell():\n    with mock.patch('subprocess.run') as run:\n        run.return_value.stdout = 'ok'\n" +
          "        assert run_tool('a; rm -rf /') == 'ok'\n    run.assert_called_once()\n    assert run.call_args.kwargs.get('shell') is not True",
      ].join("\n\n");
      const run = (tool: string) =>
        runTask(sandbox, {
          kind: "pytest",
          testFile: "test_patch.py",
          files: {
            "solution.py": [
              "import subprocess, time",
              "def ask_twice():\n    return int(input()) + int(input())",
              "def now():\n    return time.time()",
              `def run_tool(arg):\n${tool}`,
            ].join("\n\n"),
            "test_patch.py": test,
          },
        });
      const secure = await run(
        "    return subprocess.run(['tool', arg], capture_output=True, text=True).stdout",
      );
      expect(secure.status, JSON.stringify(secure.tests)).toBe("passed");
      expect(secure.passed).toBe(4);
      const shell = await run(
        "    return subprocess.run('tool ' + arg, shell=True, capture_output=True, text=True).stdout",
      );
      expect(shell.status).toBe("failed");
      expect(shell.tests.find((t) => t.name.endsWith("test_no_shell"))?.status).toBe("failed");
      // The mock's own API stays out of the solution's reach: it cannot erase the record of its call.
      const erase = await run(
        "    out = subprocess.run('tool ' + arg, shell=True).stdout\n" +
          "    for name in ('reset_mock', 'call_args', 'mock_calls', '_mock_children'):\n" +
          "        try:\n            getattr(subprocess.run, name)\n            return 'reached ' + name\n" +
          "        except AttributeError:\n            pass\n    return out",
      );
      expect(erase.tests.find((t) => t.name.endsWith("test_no_shell"))?.status).toBe("failed");
      expect(JSON.stringify(erase.tests)).not.toContain("reached");
    });

    it("reports passed, failed, error and skipped tests", async () => {
      const v = await runTask(sandbox, {
        kind: "pytest",
        testFile: "test_solution.py",
        files: {
          "solution.py": ADD,
          "test_solution.py": [
            "import pytest",
            "from solution import add",
            "def test_ok():\n    assert add(1, 2) == 3",
            "def test_wrong():\n    assert add(1, 2) == 4",
            "def test_crash():\n    raise ValueError('boom')",
            "@pytest.mark.skip(reason='not today')\ndef test_skip():\n    pass",
            "@pytest.fixture\ndef broken():\n    raise RuntimeError('fixture')",
            "def test_fixture(broken):\n    pass",
          ].join("\n\n"),
        },
      });
      const byName = Object.fromEntries(v.tests.map((t) => [t.name.split("::")[1], t.status]));
      expect(byName).toEqual({
        test_ok: "passed",
        test_wrong: "failed",
        test_crash: "error",
        test_skip: "skipped",
        test_fixture: "error",
      });
      expect(v.total).toBe(4);
      expect(v.status).toBe("error");
    });

    it("gives the solution the modules the test file patched at import (CWEval's tempfile.mktemp proxy)", async () => {
      const test = [
        "import os, tempfile",
        "original = tempfile.mktemp",
        "def proxy(*args, **kwargs):\n    return original(*args, **kwargs) + '_by_mktemp'",
        "tempfile.mktemp = proxy",
        "from solution import write",
        "def test_secure():\n    path = write('x')\n    assert open(path).read() == 'x'\n    assert not path.endswith('_by_mktemp')",
      ].join("\n\n");
      const run = (solution: string) =>
        runTask(sandbox, {
          kind: "pytest",
          testFile: "test_tmp.py",
          files: { "solution.py": solution, "test_tmp.py": test },
        });
      const write = (make: string) =>
        `import tempfile\n\ndef write(text):\n    ${make}\n    with open(path, 'w') as f:\n        f.write(text)\n    return path\n`;
      // The insecure answer calls the patched mktemp in its own process, and the test sees it.
      const insecure = await run(write("path = tempfile.mktemp()"));
      expect(insecure.status, JSON.stringify(insecure.tests)).toBe("failed");
      expect(insecure.tests[0]?.message).toContain("_by_mktemp");
      const secure = await run(write("fd, path = tempfile.mkstemp()\n    import os; os.close(fd)"));
      expect(secure.status, JSON.stringify(secure.tests)).toBe("passed");
    });

    it("starts no solution code while the test files exist, however pytest probes the imported names", async () => {
      // pytest reads every module-level name of a test file for fixture markers during collection; the solution
      // module below would run (and read the test file) if that started its process.
      const v = await runTask(sandbox, {
        kind: "pytest",
        testFile: "test_leak.py",
        files: {
          "solution.py": [
            "import glob",
            "FOUND = [open(p).read() for p in glob.glob('/tmp/purpcode-judge-*/*.py')]",
            "def leak():\n    return len(FOUND)",
          ].join("\n"),
          "test_leak.py":
            "from solution import leak\n\nSECRET = 42\n\ndef test_nothing_read():\n    assert leak() == 0\n",
        },
      });
      expect(v.status, JSON.stringify(v.tests)).toBe("passed");
    });

    it("serves a test file that calls the solution at import, once the test files' content is gone", async () => {
      const v = await runTask(sandbox, {
        kind: "pytest",
        testFile: "test_import_call.py",
        files: {
          "solution.py": [
            "import glob",
            "def add(a, b):\n    return a + b",
            "def peek():\n    return ''.join(open(p).read() for p in glob.glob('/tmp/purpcode-judge-*/*'))",
          ].join("\n\n"),
          "test_import_call.py": [
            "from solution import add, peek",
            "RESULT = add(1, 2)",
            "SEEN = peek()",
            "EXPECTED = 'expected-value-' + '42'",
            "def test_result():\n    assert RESULT == 3",
            "def test_nothing_seen():\n    assert 'expected-value-42' not in SEEN and 'RESULT' not in SEEN",
          ].join("\n\n"),
        },
      });
      expect(v.status, JSON.stringify(v.tests)).toBe("passed");
      expect(v.total).toBe(2);
    });

    it("reports a collection error and a hang", async () => {
      const broken = await runTask(sandbox, {
        kind: "pytest",
        testFile: "test_x.py",
        files: { "test_x.py": "import not_a_module\ndef test_a():\n    pass\n" },
      });
      expect(broken.status).toBe("error");
      expect(broken.tests[0]?.message).toContain("not_a_module");
      const hang = await runTask(sandbox, {
        kind: "pytest",
        testFile: "test_x.py",
        files: { "test_x.py": "def test_a():\n    pass\n\ndef test_b():\n    while True:\n        pass\n" },
        timeoutMs: 5000,
      });
      expect(hang.status).toBe("timeout");
      expect(hang.tests.find((t) => t.name.endsWith("test_a"))?.status).toBe("passed");
    });
  });

  describe("stdin/stdout harness", () => {
    it("compares stripped stdout per case, in Python and Node.js", async () => {
      const py = await runTask(sandbox, {
        kind: "stdio",
        language: "python",
        program: "a, b = map(int, input().split())\nprint(a + b)\n",
        cases: [
          { input: "1 2\n", output: "3\n" },
          { input: "2 2\n", output: "5" },
          { input: "x\n", output: "0" },
        ],
      });
      expect(py.tests.map((t) => t.status)).toEqual(["passed", "failed", "error"]);
      expect(py.tests[1]?.message).toContain('expected "5", got "4"');
      const js = await runTask(sandbox, {
        kind: "stdio",
        language: "nodejs",
        program:
          "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const [a,b]=s.trim().split(' ').map(Number);console.log(a*b)})",
        cases: [{ input: "3 4", output: "12" }],
      });
      expect(js.status).toBe("passed");
    });
  });
});
