import { addToolchainConfig } from "./languages/system-config.js";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { LAUNCHER_MODULE, PYTHON } from "./runners.js";
import { PYTHON_WARM, WARM_MODULE } from "./warm-source.js";
import { SECCOMP_FILE_NAME, seccompFilter } from "./seccomp.js";

/**
 * Runs a solution and then a list of test snippets in one interpreter, each test under its own alarm, and
 * reports one record per test to the results file. Tests arrive on stdin and are read before the solution
 * runs, so the solution cannot read them from the work dir. SystemExit from the solution or a test is an
 * error, never a pass; so is an answer whose class fakes equality (see _compare). Input and records are netstrings (`<len>:<bytes>,`) rather than JSON: importing json
 * (and with it re and enum) would cost more than a typical HumanEval test takes to run.
 */
const PYTHON_DRIVING = String.raw`import io, os, sys, time
# The C module: the signal wrapper imports enum, which would cost more than most tests take.
import _signal as signal

class _TestTimeout(BaseException):
    pass

def _on_alarm(signum, frame):
    raise _TestTimeout()

def _fields(data):
    out, pos = [], 0
    while pos < len(data):
        colon = data.index(b":", pos)
        size = int(data[pos:colon])
        out.append(data[colon + 1:colon + 1 + size].decode("utf-8"))
        pos = colon + 2 + size
    return out

def _ns(text):
    data = text.encode("utf-8", "replace")
    return b"%d:%s," % (len(data), data)

def _format_exc():
    import traceback
    text = traceback.format_exc()
    return text if len(text) <= 4000 else "...\n" + text[-4000:]

# Reward-hack resistance: an answer whose class brings its own == ("AlwaysEqual") would pass every
# "assert candidate(x) == expected". Asserts in the tests compare through _compare, which refuses to let such an
# answer stand against an expected value of the plain built-in kind. The standard library's own classes with
# their own == are trusted (looked up only if their module is loaded at all).
_HEAP_TYPE = 1 << 9
_STDLIB_EQUALITY = (("fractions", "Fraction"), ("collections", "Counter"), ("collections", "OrderedDict"),
                    ("collections", "defaultdict"), ("collections", "deque"), ("collections", "UserDict"),
                    ("collections", "UserList"), ("collections", "UserString"), ("decimal", "Decimal"))

def _own_equality(kind):
    """The == or != that applies to this class is defined in Python code, not by the standard library."""
    for name in ("__eq__", "__ne__"):
        owner = next(k for k in kind.__mro__ if name in k.__dict__)  # object defines both
        if owner.__flags__ & _HEAP_TYPE and not any(
                getattr(sys.modules.get(m), n, None) is owner for m, n in _STDLIB_EQUALITY):
            return True
    return False

def _plain(value, budget):
    """No object in value (walking built-in containers) has a class with its own equality."""
    stack = [value]
    while stack and budget[0] > 0:
        item = stack.pop()
        budget[0] -= 1
        kind = type(item)
        if _own_equality(kind):
            return False
        if kind in (list, tuple, set, frozenset):
            stack.extend(item)
        elif kind is dict:
            stack.extend(item.keys())
            stack.extend(item.values())
    return True

def _compare(left, right, equal):
    budget = [100000]
    if _plain(left, budget) != _plain(right, budget):
        raise AssertionError("one side of == is of a class with its own equality, the other a plain value: "
                             "not accepted as a comparison")
    return (left == right) if equal else (left != right)

def _test_code(source, filename):
    """
    The test compiled with every assert's top-level == / != going through _compare. Works on the C-level AST
    (_ast): the ast module would import enum and friends, a few ms on every cold start.
    """
    import _ast

    def at(node, like):
        for attr in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
            setattr(node, attr, getattr(like, attr, None))
        return node

    def rewrite(test):
        if isinstance(test, _ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (_ast.Eq, _ast.NotEq)):
            func = at(_ast.Name(id="__purpcode_compare__", ctx=_ast.Load()), test)
            flag = at(_ast.Constant(value=isinstance(test.ops[0], _ast.Eq)), test)
            return at(_ast.Call(func=func, args=[test.left, test.comparators[0], flag], keywords=[]), test)
        if isinstance(test, _ast.BoolOp):
            test.values = [rewrite(v) for v in test.values]
        elif isinstance(test, _ast.UnaryOp) and isinstance(test.op, _ast.Not):
            test.operand = rewrite(test.operand)
        return test

    tree = compile(source, filename, "exec", _ast.PyCF_ONLY_AST)
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, _ast.Assert):
            node.test = rewrite(node.test)
        for field in node._fields:
            value = getattr(node, field, None)
            if isinstance(value, list):
                stack.extend(v for v in value if isinstance(v, _ast.AST))
            elif isinstance(value, _ast.AST):
                stack.append(value)
    return compile(tree, filename, "exec")

def main():
    fields = _fields(sys.stdin.buffer.read())
    sys.stdin = open(os.devnull)
    results, alarm, limit, solution_file, solution = fields[0], float(fields[1]), int(fields[2]), fields[3], fields[4]
    tests = [(fields[i], fields[i + 1]) for i in range(5, len(fields), 2)]
    del fields
    out = os.open(results, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    real_out, real_err = sys.stdout, sys.stderr
    signal.signal(signal.SIGALRM, _on_alarm)
    scope = {"__name__": "solution", "__builtins__": __builtins__}

    def run(index, name, source, filename):
        buf_out, buf_err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = buf_out, buf_err
        started = time.perf_counter()
        status, message = "passed", ""
        try:
            signal.setitimer(signal.ITIMER_REAL, alarm)
            try:
                if index < 0:
                    code = compile(source, filename, "exec")
                else:
                    code = _test_code(source, filename)
                    scope["__purpcode_compare__"] = _compare  # set afresh: the solution ran in this scope
                exec(code, scope)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _TestTimeout:
            status, message = "timeout", "test exceeded %ss" % alarm
        except AssertionError:
            status, message = "failed", _format_exc()
        except BaseException:
            status, message = "error", _format_exc()
        finally:
            sys.stdout, sys.stderr = real_out, real_err
        elapsed = (time.perf_counter() - started) * 1000.0
        record = (str(index), name, status, message, buf_out.getvalue()[:limit], buf_err.getvalue()[:limit], repr(elapsed))
        os.write(out, b"".join(_ns(f) for f in record))
        return status

    if run(-1, "solution", solution, solution_file) != "passed":
        return
    for index, (name, code) in enumerate(tests):
        run(index, name, code, "<test %d>" % index)
`;

/** The driver as a program (cold path): limits first, then the driver reading its tests from stdin. */
const PYTHON_DRIVER = String.raw`import purpcode_limits, purpcode_driving
purpcode_limits.apply()
purpcode_driving.main()
`;

/**
 * Applies the rlimits in PURPCODE_RLIMITS to this process (and so to everything it starts) and closes stray
 * descriptors. Called first by the launcher, the driver and the pytest entry, before any untrusted code;
 * without the variable it fails (KeyError) rather than run unlimited.
 */
const PYTHON_LIMITS = String.raw`import os, resource, sys

def apply(keep_path=False):
    spec = os.environ.pop("PURPCODE_RLIMITS")
    for item in spec.split(","):
        name, value = item.split("=")
        limit = int(value)
        resource.setrlimit(getattr(resource, "RLIMIT_" + name.upper()), (limit, limit))
    # Descriptors inherited without close-on-exec from whoever started purpcode must not reach the program.
    os.closerange(3, 1 << 20)
    try:
        with open("/proc/self/oom_score_adj", "w") as f:
            f.write("1000")  # under memory pressure, the program goes first
    except OSError:
        pass
    if not keep_path:
        # The harness modules are loaded: leave the program the environment and path it would have had.
        support = os.path.dirname(os.path.abspath(__file__))
        os.environ.pop("PYTHONPATH", None)
        sys.path[:] = [p for p in sys.path if p != support]
`;

/** Runs PURPCODE_MAIN as __main__ under the limits, as `python3 main.py` would. */
const PYTHON_LAUNCHER = String.raw`import purpcode_limits
purpcode_limits.apply()
import os, sys

def _run():
    path = os.environ.pop("PURPCODE_MAIN")
    with open(path, "rb") as f:
        source = f.read()
    sys.argv = [path]
    sys.path[0] = os.getcwd()
    code = compile(source, path, "exec")
    scope = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
    del globals()["_run"]
    exec(code, scope)

_run()
`;

/** pytest plugin: one JSON line per test outcome, including collection errors and setup failures. */
const PYTEST_PLUGIN = String.raw`import json, os

_out = None

def _write(record):
    global _out
    if _out is None:
        _out = open(os.environ["PURPCODE_RESULTS"], "a", buffering=1)
    _out.write(json.dumps(record) + "\n")

def _message(report):
    text = str(report.longrepr) if report.longrepr is not None else ""
    return text if len(text) <= 4000 else "...\n" + text[-4000:]

def _is_assertion(report):
    crash = getattr(report.longrepr, "reprcrash", None)
    message = getattr(crash, "message", "") or ""
    return message.startswith("AssertionError") or message.startswith("assert ")

def pytest_collectreport(report):
    if report.failed:
        _write({"name": report.nodeid or "collection", "status": "error", "message": _message(report),
                "durationMs": 0})

def pytest_runtest_logreport(report):
    if report.when == "call":
        if report.passed:
            status = "passed"
        elif report.skipped:
            status = "skipped"
        else:
            status = "failed" if _is_assertion(report) else "error"
    elif report.failed:
        status = "error"
    elif report.skipped and report.when == "setup":
        status = "skipped"
    else:
        return
    _write({"name": report.nodeid, "status": status, "message": _message(report) if status != "passed" else "",
            "stdout": report.capstdout[:65536], "stderr": report.capstderr[:65536],
            "durationMs": report.duration * 1000.0, "when": report.when})
`;

export const DRIVER_MODULE = "purpcode_driver";
export const PYTEST_PLUGIN_MODULE = "purpcode_pytest_report";

/**
 * Host directory holding the sandbox's root file system, bound read-only as `/`: empty mount points, symlinks
 * like the host's (/bin -> usr/bin), a minimal /etc, and the harness modules at /opt/purpcode. Building it once
 * per Sandbox keeps the per-execution bwrap call down to a handful of mounts.
 */
export function createSupportDir(root?: string): string {
  const dir = mkdtempSync(join(root ?? tmpdir(), `purpcode-sandbox-support-${process.pid}-`));
  chmodSync(dir, 0o755);
  const fs = join(dir, "root");
  for (const sub of [
    "",
    "usr",
    "etc",
    "opt",
    "opt/purpcode",
    "work",
    "workroot",
    "cgroup",
    "tmp",
    "proc",
    "dev",
  ])
    mkdirSync(join(fs, sub), { mode: 0o755 });
  for (const top of ["bin", "sbin", "lib", "lib32", "lib64", "libx32"]) {
    let stat;
    try {
      stat = lstatSync(`/${top}`);
    } catch {
      continue;
    }
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(`/${top}`), join(fs, top));
    else if (stat.isDirectory()) mkdirSync(join(fs, top), { mode: 0o755 });
  }
  for (const node of DEVICES) writeFileSync(join(fs, "dev", node), "", { mode: 0o644 });
  symlinkSync("/tmp", join(fs, "dev", "shm"));
  // The dynamic linker cache speeds up every start; zoneinfo and Debian's python config are read at startup.
  copyIfPresent("/etc/ld.so.cache", join(fs, "etc", "ld.so.cache"));
  copyIfPresent("/etc/python3/debian_config", join(fs, "etc", "python3", "debian_config"));
  try {
    symlinkSync(readlinkSync("/etc/localtime"), join(fs, "etc", "localtime"));
  } catch {
    // no zone configured: UTC
  }
  writeFileSync(join(fs, "etc", "passwd"), "sandbox:x:1000:1000:sandbox:/work:/usr/sbin/nologin\n", {
    mode: 0o644,
  });
  writeFileSync(join(fs, "etc", "group"), "sandbox:x:1000:\n", { mode: 0o644 });
  addToolchainConfig(join(fs, "etc"));
  const lib = join(fs, "opt", "purpcode");
  writeFileSync(join(lib, DRIVER_MODULE + ".py"), PYTHON_DRIVER, { mode: 0o644 });
  writeFileSync(join(lib, "purpcode_driving.py"), PYTHON_DRIVING, { mode: 0o644 });
  writeFileSync(join(lib, WARM_MODULE + ".py"), PYTHON_WARM, { mode: 0o644 });
  const filter = seccompFilter();
  if (filter) writeFileSync(join(lib, SECCOMP_FILE_NAME), filter, { mode: 0o644 });
  writeFileSync(join(lib, PYTEST_PLUGIN_MODULE + ".py"), PYTEST_PLUGIN, { mode: 0o644 });
  writeFileSync(join(lib, "purpcode_limits.py"), PYTHON_LIMITS, { mode: 0o644 });
  writeFileSync(join(lib, LAUNCHER_MODULE + ".py"), PYTHON_LAUNCHER, { mode: 0o644 });
  // Precompiled once here: every execution imports the driver from a read-only dir and cannot cache it.
  spawnSync(PYTHON, ["-c", "import compileall, sys; compileall.compile_dir(sys.argv[1], quiet=1)", lib], {
    stdio: "ignore",
    timeout: 30_000,
  });
  return dir;
}

/** Device nodes bound into the sandbox's /dev (instead of bwrap's --dev, which costs many more mounts). */
export const DEVICES = ["null", "zero", "full", "random", "urandom"];

function copyIfPresent(from: string, to: string): void {
  try {
    mkdirSync(dirname(to), { recursive: true, mode: 0o755 });
    copyFileSync(from, to);
  } catch {
    // optional
  }
}

/**
 * Removes a dir the sandboxed program may have booby-trapped (e.g. a subdir chmod 000, which stops rm for a
 * non-root owner): on failure, make every dir writable and try again. Never throws.
 */
export function removeDir(dir: string): void {
  try {
    rmSync(dir, { recursive: true, force: true });
    return;
  } catch {
    // fall through
  }
  const unlock = (path: string): void => {
    try {
      chmodSync(path, 0o700);
      for (const entry of readdirSync(path, { withFileTypes: true }))
        if (entry.isDirectory() && !entry.isSymbolicLink()) unlock(join(path, entry.name));
    } catch {
      // best effort
    }
  };
  unlock(dir);
  try {
    rmSync(dir, { recursive: true, force: true });
  } catch {
    // left behind; the next run uses a fresh dir
  }
}
