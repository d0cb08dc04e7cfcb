import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs a solution and then a list of test snippets in one interpreter, each test under its own alarm, and
 * reports one JSON line per test to the results file. Tests arrive on stdin and are read before the solution
 * runs, so the solution cannot read them from the work dir. SystemExit from the solution or a test is an
 * error, never a pass.
 */
const PYTHON_DRIVER = String.raw`import io, json, os, signal, sys, time, traceback

class _TestTimeout(BaseException):
    pass

def _on_alarm(signum, frame):
    raise _TestTimeout()

def _tail(text, limit):
    return text if len(text) <= limit else "...\n" + text[-limit:]

def main():
    spec = json.loads(sys.stdin.read())
    sys.stdin = open(os.devnull)
    limit = spec.get("outputLimit", 65536)
    out = open(spec["results"], "w", buffering=1)
    real_out, real_err = sys.stdout, sys.stderr
    signal.signal(signal.SIGALRM, _on_alarm)
    scope = {"__name__": "solution", "__builtins__": __builtins__}

    def run(index, name, source, filename):
        buf_out, buf_err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = buf_out, buf_err
        started = time.perf_counter()
        status, message = "passed", ""
        try:
            signal.setitimer(signal.ITIMER_REAL, spec["testTimeoutSeconds"])
            try:
                exec(compile(source, filename, "exec"), scope)
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _TestTimeout:
            status, message = "timeout", "test exceeded %ss" % spec["testTimeoutSeconds"]
        except AssertionError:
            status, message = "failed", traceback.format_exc()
        except BaseException:
            status, message = "error", traceback.format_exc()
        finally:
            sys.stdout, sys.stderr = real_out, real_err
        record = {
            "index": index,
            "name": name,
            "status": status,
            "message": _tail(message, 4000),
            "stdout": buf_out.getvalue()[:limit],
            "stderr": buf_err.getvalue()[:limit],
            "durationMs": (time.perf_counter() - started) * 1000.0,
        }
        out.write(json.dumps(record) + "\n")
        return status

    setup = run(-1, "solution", spec["solution"], spec.get("solutionFile", "solution.py"))
    if setup != "passed":
        return
    for index, test in enumerate(spec["tests"]):
        run(index, test["name"], test["code"], "<test %d>" % index)

main()
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

export const DRIVER_MODULE = "purpcode_driver.py";
export const PYTEST_PLUGIN_MODULE = "purpcode_pytest_report";

/** Host directory with the read-only files every sandbox sees: the harness modules and a minimal passwd. */
export function createSupportDir(root?: string): string {
  const dir = mkdtempSync(join(root ?? tmpdir(), "purpcode-sandbox-support-"));
  chmodSync(dir, 0o755);
  mkdirSync(join(dir, "lib"), { mode: 0o755 });
  mkdirSync(join(dir, "etc"), { mode: 0o755 });
  writeFileSync(join(dir, "lib", DRIVER_MODULE), PYTHON_DRIVER, { mode: 0o644 });
  writeFileSync(join(dir, "lib", PYTEST_PLUGIN_MODULE + ".py"), PYTEST_PLUGIN, { mode: 0o644 });
  writeFileSync(join(dir, "etc", "passwd"), "sandbox:x:1000:1000:sandbox:/work:/usr/sbin/nologin\n", {
    mode: 0o644,
  });
  writeFileSync(join(dir, "etc", "group"), "sandbox:x:1000:\n", { mode: 0o644 });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
