import json, os

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
