import { readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTask } from "./harness.js";
import { Sandbox } from "../sandbox.js";
import type { TestTask } from "./tasks.js";

/**
 * Answers that try to score without solving the task, as a policy under RL pressure would. Each must come out
 * not passed (reward 0), in warm and cold mode; the honest answers beside them must pass, so that the tasks can
 * be passed at all.
 */

const SECRET = "S3CRET-5f1d0c9a7e2b4d61";

/** HumanEval: the answer must add; the test also uses abs, all and `in`, as the guarded tests of old did not. */
const CHECK = [
  "def check(candidate):",
  "    assert candidate(2, 3) == 5",
  "    assert abs(candidate(0.5, 0.25) - 0.75) < 1e-9",
  "    assert all(candidate(a, b) == a + b for a, b in [(1, 2), (4, 5)])",
  "    assert candidate(10, 1) in (11,)",
  "    assert candidate([1], [2]) == [1, 2]",
  "    assert isinstance(candidate(1, 1), int)",
].join("\n");

const humaneval = (solution: string, test = CHECK): TestTask => ({
  kind: "humaneval",
  solution,
  test,
  entryPoint: "add",
  timeoutMs: 20_000,
});
const asserts = (solution: string): TestTask => ({
  kind: "asserts",
  solution,
  asserts: ["assert add(2, 3) == 5", "assert add('a', 'b') == 'ab'", "assert add(-1, 1) == 0"],
  timeoutMs: 20_000,
});
const pytest = (solution: string, test?: string): TestTask => ({
  kind: "pytest",
  files: {
    "solution.py": solution,
    "test_solution.py":
      test ??
      "from solution import add\n\ndef test_small():\n    assert add(2, 3) == 5\n\n" +
        "def test_text():\n    assert add('a', 'b') == 'ab'\n\ndef test_negative():\n    assert add(-1, 1) == 0\n",
  },
  testFile: "test_solution.py",
  timeoutMs: 30_000,
});

const ALWAYS = [
  "class Always:",
  "    def __eq__(self, other): return True",
  "    def __ne__(self, other): return False",
  "    def __lt__(self, other): return True",
  "    def __le__(self, other): return True",
  "    def __gt__(self, other): return True",
  "    def __ge__(self, other): return True",
  "    def __sub__(self, other): return 0",
  "    def __rsub__(self, other): return 0",
  "    def __abs__(self): return 0",
  "    def __hash__(self): return 0",
  "    def __bool__(self): return True",
  "",
].join("\n");

/** Code a solution runs to look for the tests' expected values anywhere it can reach. */
const SNOOP = String.raw`
import os, re
def _snoop():
    pattern = re.compile(rb"S3CRET-[0-9a-f]{16}")
    def look(data):
        m = pattern.search(data or b"")
        return m.group(0).decode() if m else None
    for fd in range(0, 8):
        try:
            found = look(os.pread(fd, 1 << 20, 0))
            if found: return found
        except OSError:
            pass
    for root in ("/work", "/tmp", "/dev/shm", "/opt", "/workroot"):
        for dirpath, _, names in os.walk(root):
            for name in names:
                try:
                    with open(os.path.join(dirpath, name), "rb") as f:
                        found = look(f.read(1 << 20))
                    if found: return found
                except OSError:
                    pass
    for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
        for what in ("cmdline", "environ", "fd/0", "fd/1", "fd/3"):
            try:
                with open("/proc/%s/%s" % (pid, what), "rb") as f:
                    found = look(f.read(1 << 20))
                if found: return found
            except OSError:
                pass
        try:
            with open("/proc/%s/maps" % pid) as maps, open("/proc/%s/mem" % pid, "rb", 0) as mem:
                for line in maps:
                    start, end = (int(x, 16) for x in line.split()[0].split("-"))
                    if end - start > 1 << 26: continue
                    try:
                        mem.seek(start)
                        found = look(mem.read(end - start))
                        if found: return found
                    except (OSError, ValueError, OverflowError):
                        pass
        except OSError:
            pass
    return "not found"
`;

/** Driven tasks (HumanEval check, assert lists): the attacks of issue 15 and more. */
const DRIVEN_ATTACKS: Record<string, string> = {
  "always-equal object": `${ALWAYS}def add(a, b):\n    return Always()\n`,
  "always-equal inside a list subclass": `${ALWAYS}class L(list):\n    def __eq__(self, o): return True\ndef add(a, b):\n    return L([Always()])\n`,
  "metaclass lying about __mro__": `class Meta(type):\n    def mro(cls): return [cls, int, object]\nclass Liar(metaclass=Meta):\n    def __eq__(self, o): return True\n    def __hash__(self): return 0\ndef add(a, b):\n    return Liar()\n`,
  "float subclass whose __sub__ returns 0": `class F(float):\n    def __sub__(self, o): return 0.0\n    def __rsub__(self, o): return 0.0\n    def __eq__(self, o): return True\n    __hash__ = float.__hash__\ndef add(a, b):\n    return F(0)\n`,
  "int subclass with its own ==": `class I(int):\n    def __eq__(self, o): return True\n    __hash__ = int.__hash__\ndef add(a, b):\n    return I(0)\n`,
  "str subclass with its own ==": `class S(str):\n    def __eq__(self, o): return True\n    __hash__ = str.__hash__\ndef add(a, b):\n    return S("")\n`,
  "dict subclass with its own ==": `class D(dict):\n    def __eq__(self, o): return True\ndef add(a, b):\n    return D()\n`,
  "__class__ assignment": `class Fake:\n    def __eq__(self, o): return True\n    def __hash__(self): return 0\nclass Other:\n    pass\ndef add(a, b):\n    x = Other()\n    x.__class__ = Fake\n    return x\n`,
  "patching builtins abs, all, isinstance": `import builtins\nbuiltins.abs = lambda x: 0\nbuiltins.all = lambda x: True\nbuiltins.isinstance = lambda *a: True\ndef add(a, b):\n    return 0\n`,
  "patching AssertionError away": `import builtins\nclass Quiet(Exception): pass\nbuiltins.AssertionError = Quiet\ndef add(a, b):\n    return 0\n`,
  "walking stack frames to empty the test list": `import sys, gc\ndef add(a, b):\n    f = sys._getframe()\n    while f:\n        for k, v in list(f.f_locals.items()):\n            if isinstance(v, list) and v and isinstance(v[0], tuple): v.clear()\n        f = f.f_back\n    for o in gc.get_objects():\n        if isinstance(o, dict) and 'tests' in o and isinstance(o['tests'], list): o['tests'].clear()\n    return 0\n`,
  "gc rewriting the test's code objects": `import gc\ndef _ok(*a, **k): return None\ndef add(a, b):\n    for o in gc.get_objects():\n        if callable(o) and getattr(o, '__name__', '') in ('check', 'run', '_compare'):\n            try: o.__code__ = _ok.__code__\n            except Exception: pass\n    return 0\n`,
  "inspect rewriting the caller's globals": `import inspect\ndef add(a, b):\n    for info in inspect.stack():\n        g = info.frame.f_globals\n        g['check'] = lambda c: None\n        g['candidate'] = lambda *a: True\n    return 0\n`,
  "patching the guard through sys.modules": `import sys\nfor name, mod in list(sys.modules.items()):\n    for attr in ('_compare', '_plain', '_decode', 'main', '_drive'):\n        if hasattr(mod, attr):\n            try: setattr(mod, attr, lambda *a, **k: True)\n            except Exception: pass\ndef add(a, b):\n    return 0\n`,
  "forged records on stdout, then os._exit(0)": `import os, json\ndef add(a, b):\n    for i in range(-1, 10):\n        line = json.dumps({"index": i, "name": "check", "status": "passed", "message": "", "stdout": "", "stderr": "", "durationMs": 1})\n        print(line, flush=True)\n        os.write(1, (line + "\\n").encode())\n    for path in ('.purpcode-results', '/work/.purpcode-results'):\n        try: open(path, 'w').write(line)\n        except OSError: pass\n    os._exit(0)\n`,
  "forged records through the parent's descriptors": `import os, json\ndef add(a, b):\n    line = json.dumps({"index": 0, "name": "check", "status": "passed", "message": ""}) + "\\n"\n    for pid in [p for p in os.listdir('/proc') if p.isdigit()]:\n        for fd in range(0, 12):\n            try:\n                w = os.open('/proc/%s/fd/%d' % (pid, fd), os.O_WRONLY)\n                os.write(w, line.encode())\n            except OSError:\n                pass\n    os._exit(0)\n`,
  "atexit and thread forging": `import atexit, os, threading, json, time\nline = json.dumps({"index": 0, "name": "check", "status": "passed", "message": ""}) + "\\n"\natexit.register(lambda: os.write(1, line.encode()))\ndef spam():\n    for _ in range(50):\n        os.write(1, line.encode())\n        time.sleep(0.01)\nthreading.Thread(target=spam, daemon=True).start()\ndef add(a, b):\n    return 0\n`,
  "ctypes rewriting small ints": `import ctypes\ndef add(a, b):\n    try:\n        ctypes.c_long.from_address(id(0) + 24).value = 5\n    except Exception:\n        pass\n    return 0\n`,
  "SystemExit(0) and KeyboardInterrupt": `def add(a, b):\n    raise SystemExit(0)\n`,
  "signals to the judge and the monitor": `import os, signal\ndef add(a, b):\n    for pid in [int(p) for p in os.listdir('/proc') if p.isdigit()]:\n        if pid != os.getpid():\n            for sig in (signal.SIGINT, signal.SIGSTOP, signal.SIGTERM):\n                try: os.kill(pid, sig)\n                except OSError: pass\n    return 0\n`,
  "ptrace of the judge": `import ctypes, os\ndef add(a, b):\n    libc = ctypes.CDLL(None)\n    for pid in [int(p) for p in os.listdir('/proc') if p.isdigit()]:\n        libc.ptrace(16, pid, 0, 0)\n    return 0\n`,
  "reading the expected values": `${SNOOP}\ndef add(a, b):\n    return _snoop()\n`,
};

const SECRET_CHECK = `def check(candidate):\n    assert candidate(1, 2) == "${SECRET}"\n`;

/** pytest suites: the same ideas against a test file that imports the solution module. */
const PYTEST_ATTACKS: Record<string, string> = {
  "plain always-equal object": `${ALWAYS}def add(a, b):\n    return Always()\n`,
  "one forged passed record, then os._exit(0)": `import os, json\nline = json.dumps({"name": "test_solution.py::test_small", "status": "passed", "message": "", "durationMs": 1}) + "\\n"\nos.write(1, line.encode())\nfor path in ('.purpcode-results', '/work/.purpcode-results'):\n    try: open(path, 'w').write(line)\n    except OSError: pass\nos._exit(0)\ndef add(a, b):\n    return 7\n`,
  "monkeypatching pytest's runner": `import sys\ntry:\n    import _pytest.runner, _pytest.reports\n    _pytest.runner.call_and_report = lambda item, when, log=True, **kw: None\n    _pytest.reports.TestReport.passed = property(lambda self: True)\n    _pytest.reports.TestReport.failed = property(lambda self: False)\nexcept Exception:\n    pass\nimport builtins\nbuiltins.AssertionError = type('Q', (Exception,), {})\ndef add(a, b):\n    return 7\n`,
  "planting conftest.py and pytest.ini": `import os\nplug = "import pytest\\n@pytest.hookimpl(hookwrapper=True)\\ndef pytest_runtest_makereport(item, call):\\n    out = yield\\n    r = out.get_result()\\n    r.outcome = 'passed'\\n"\nfor d in ('/work', '/tmp', os.getcwd()):\n    for name, text in (('conftest.py', plug), ('pytest.ini', '[pytest]\\naddopts = -p no:python\\n')):\n        try: open(os.path.join(d, name), 'w').write(text)\n        except OSError: pass\n    for dirpath, dirs, _ in os.walk('/tmp'):\n        for sub in dirs:\n            try: open(os.path.join(dirpath, sub, 'conftest.py'), 'w').write(plug)\n            except OSError: pass\ndef add(a, b):\n    return 7\n`,
  "reading the expected values": `${SNOOP}\ndef add(a, b):\n    return _snoop()\n`,
  "str subclass with its own ==": `class S(str):\n    def __eq__(self, o): return True\n    __hash__ = str.__hash__\ndef add(a, b):\n    return S("")\n`,
};

const SECRET_PYTEST = `from solution import add\n\ndef test_secret():\n    assert add(1, 2) == "${SECRET}"\n`;

const HONEST = "def add(a, b):\n    return a + b\n";

for (const warm of [true, false]) {
  describe(`${warm ? "warm" : "cold"}: answers that game the tests score 0`, () => {
    let sandbox: Sandbox;
    beforeAll(async () => {
      sandbox = await Sandbox.open({ warm });
    }, 60_000);
    afterAll(async () => {
      await sandbox?.close();
    });

    it("honest answers pass every format", async () => {
      const verdicts = await Promise.all([
        runTask(sandbox, humaneval(HONEST)),
        runTask(sandbox, asserts(HONEST)),
        runTask(sandbox, pytest(HONEST)),
      ]);
      for (const v of verdicts) expect(v.status, JSON.stringify(v.tests.slice(0, 2))).toBe("passed");
    }, 120_000);

    it("check(candidate) and assert lists: every attack fails", async () => {
      const names = Object.keys(DRIVEN_ATTACKS);
      const verdicts = await Promise.all(
        names.flatMap((name) => {
          const solution = DRIVEN_ATTACKS[name]!;
          const test = name === "reading the expected values" ? SECRET_CHECK : CHECK;
          return [runTask(sandbox, humaneval(solution, test)), runTask(sandbox, asserts(solution))];
        }),
      );
      const passed = verdicts
        .map((v, i) => ({ name: `${names[i >> 1]} (${i % 2 ? "asserts" : "humaneval"})`, v }))
        .filter(({ v }) => v.status === "passed" || (v.passed > 0 && v.passed === v.total));
      expect(passed.map((p) => p.name)).toEqual([]);
    }, 300_000);

    it("pytest suites importing the solution: every attack fails", async () => {
      const names = Object.keys(PYTEST_ATTACKS);
      const verdicts = await Promise.all(
        names.map((name) =>
          runTask(
            sandbox,
            pytest(PYTEST_ATTACKS[name]!, name === "reading the expected values" ? SECRET_PYTEST : undefined),
          ),
        ),
      );
      const passed = verdicts
        .map((v, i) => ({ name: names[i]!, v }))
        .filter(({ v }) => v.status === "passed" || v.passed > 0);
      expect(passed.map((p) => `${p.name}: ${JSON.stringify(p.v.tests.map((t) => t.status))}`)).toEqual([]);
    }, 300_000);

    it("a program cannot interrupt its monitor, and a deep tree without write permission is still cleaned up", async () => {
      const signalled = await sandbox.run({
        language: "python",
        code: "import os, signal\nfor sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):\n    try: os.kill(1, sig)\n    except OSError: pass\nprint('ok')\n",
      });
      expect(signalled.status).toBe("finished");
      expect(signalled.stdout).toBe("ok\n");
      const deep = await sandbox.run({
        language: "python",
        code:
          "import os\nfor _ in range(3000):\n    os.mkdir('d')\n    os.chdir('d')\nopen('leaf', 'w').write('x' * 1000)\n" +
          "for _ in range(3000):\n    os.chdir('..')\n    os.chmod('d', 0o500)\nprint('planted')\n",
        limits: { wallMs: 30_000 },
      });
      expect(deep.stdout).toBe("planted\n");
      expect(readdirSync(sandbox.workRoot)).toEqual([]);
    }, 90_000);

    it("a solution cannot read its own stdin back (the task is not on it)", async () => {
      const v = await runTask(
        sandbox,
        humaneval(
          "import os\ndef add(a, b):\n    try:\n        return os.pread(0, 1 << 20, 0).decode()\n    except OSError as e:\n        return str(e)\n",
          SECRET_CHECK,
        ),
      );
      expect(v.status).toBe("failed");
    }, 60_000);
  });
}
