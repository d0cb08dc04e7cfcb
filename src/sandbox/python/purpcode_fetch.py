"""
Copy-out for a cold (--no-warm) run that asks for files back.

A cold run's /work is a size-capped tmpfs that dies with its sandbox, so the requested files must leave before
the sandbox does. This process runs the program as its child, waits for it, then writes each requested file to
descriptor 5 (a pipe the host reads, with a byte cap of its own) as one JSON line, and exits as the program did.

Only regular files that are not links and resolve inside /work are sent, within the byte budget: the same rule as
the warm monitor's copy-out. The program shares this process's uid and can kill it; then its own files are lost,
and nothing else (the host bounds what it reads and expects nothing from this channel).
"""
import base64, json, os, signal, sys

# Run with -I, which leaves this file's own (read-only, trusted) directory off sys.path.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from purpcode_files import read_work_file

CHANNEL = 5


def _send(out, record):
    data = (json.dumps(record) + "\n").encode()
    view = memoryview(data)
    while view:
        view = view[os.write(out, view):]


def main():
    spec = json.loads(os.environ.pop("PURPCODE_FETCH"))
    os.set_inheritable(CHANNEL, False)
    pid = os.fork()
    if pid == 0:
        try:
            os.execv(sys.argv[1], sys.argv[1:])
        finally:
            os._exit(127)
    # The program's signals are its own: this process only waits, and a terminal's ^C is not ours to act on.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _, status = os.waitpid(pid, 0)
    budget = int(spec["budget"])
    try:
        for rel in spec["paths"]:
            data, error = read_work_file(str(rel), budget)
            if data is None:
                _send(CHANNEL, {"path": rel, "error": error})
            else:
                budget -= len(data)
                _send(CHANNEL, {"path": rel, "data": base64.b64encode(data).decode()})
    except BrokenPipeError:
        pass  # the host stopped reading (over its cap): it reports that itself
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        if sig != signal.SIGKILL:
            signal.signal(sig, signal.SIG_DFL)
        os.kill(os.getpid(), sig)
    os._exit(os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 1)


main()
