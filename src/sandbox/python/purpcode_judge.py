"""
The verdict's judge: runs a task's tests (HumanEval check, assert lists, pytest files) against a candidate
solution that never shares an interpreter with them.

Two or three processes inside one sandboxed run, all of the same (unprivileged, seccomp-filtered) user:
  judge      reads the task (tests, expected values) from stdin, runs the test code and reports one JSON record per
             test on the record channel (its original stdout). It never executes candidate code: what the tests
             call is a proxy (Remote) whose calls cross to the candidate's process.
  spawner    (pytest runs) forked from the judge before the judge reads its stdin (so it holds nothing secret);
             forks a fresh candidate whenever the judge asks. A driven run (check, asserts) has none: its first
             candidate is forked before the judge reads its stdin, and a later one (after a test killed the first
             for its time) is a freshly exec'd interpreter, which inherits no memory of the judge's.
  candidate  loads the solution and serves calls. Every value it returns is marshalled as an exact builtin
             (None, bool, int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
             recursively); any other object stays in the candidate and reaches the judge as an opaque handle that
             equals only itself. Its exceptions reach the judge as builtin exception types (or a class the judge
             makes for the candidate's own exception class), its stdout and stderr through pipes the judge drains.

The judge and the spawner are undumpable, so the candidate can neither ptrace them nor open their /proc entries
(memory, descriptors: the record channel, the task on stdin). The judge's sys.path holds only the system's and the
harness's read-only dirs, so nothing the candidate writes is ever imported by the judge. pytest test files live in
a dir of the judge's only until collection has imported them: they are deleted before the first candidate starts,
and the judge reports the collected test ids before that, so the host knows how many tests there are.

Judge -> candidate messages are pickles (the candidate may unpickle what it likes); candidate -> judge messages are
a strict tagged JSON that decodes only to exact builtin values and handles (see _decode). Every message is
length-prefixed (8 bytes, little-endian).
"""
import ctypes, functools, io, json, os, pickle, select, signal, socket, sys, time

MAX_MESSAGE = 256 << 20
PR_SET_DUMPABLE = 4
_SUPPORT = os.path.dirname(os.path.abspath(__file__))
_SYSTEM_PREFIXES = ("/usr/", "/lib/", "/lib64/", "/opt/purpcode")


def _set_dumpable(flag):
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_DUMPABLE, flag, 0, 0, 0)


class MarshalError(Exception):
    """The candidate sent something that is not an exact builtin value or a handle."""


class CandidateGone(Exception):
    """The candidate's process ended (os._exit, a signal, a limit) before answering."""


class _TestTimeout(BaseException):
    pass


# ---------------------------------------------------------------------------------------------------- framing


def _send(sock, data):
    sock.sendall(len(data).to_bytes(8, "little") + data)


def _recv_exact(sock, n):
    chunks, got = [], 0
    while got < n:
        chunk = sock.recv(min(n - got, 1 << 20))
        if not chunk:
            raise CandidateGone("the candidate's process ended")
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def _recv(sock):
    size = int.from_bytes(_recv_exact(sock, 8), "little")
    if size > MAX_MESSAGE:
        raise MarshalError("message of %d bytes" % size)
    return _recv_exact(sock, size)


# ---------------------------------------------------------------------------------------------- judge: values

import builtins as _builtins

_BUILTIN_EXCEPTIONS = {
    name: value for name, value in vars(_builtins).items() if isinstance(value, type) and issubclass(value, Exception)
}


def _decode(node, candidate, depth=0):
    """A candidate's tagged JSON as exact builtin values and Remote handles; MarshalError for anything else."""
    if node is None or node is True or node is False:
        return node
    if type(node) is not list or not node or type(node[0]) is not str or depth > 2000:
        raise MarshalError("not a marshalled value")
    tag = node[0]
    if len(node) == 2:
        body = node[1]
        if tag == "i" and type(body) is str and len(body) <= 1 << 20:
            return int(body, 16)
        if tag == "f" and type(body) is str:
            return float.fromhex(body)
        if tag == "s" and type(body) is str:
            return body
        if tag == "b" and type(body) is str:
            return body.encode("latin-1")
        if tag == "B" and type(body) is str:
            return bytearray(body.encode("latin-1"))
        if tag == "h" and type(body) is int:
            return candidate.remote(body)
        if type(body) is list:
            if tag == "l":
                return [_decode(x, candidate, depth + 1) for x in body]
            if tag == "t":
                return tuple(_decode(x, candidate, depth + 1) for x in body)
            if tag == "S":
                return set(_decode(x, candidate, depth + 1) for x in body)
            if tag == "F":
                return frozenset(_decode(x, candidate, depth + 1) for x in body)
            if tag == "d":
                out = {}
                for pair in body:
                    if type(pair) is not list or len(pair) != 2:
                        raise MarshalError("bad dict entry")
                    out[_decode(pair[0], candidate, depth + 1)] = _decode(pair[1], candidate, depth + 1)
                return out
    if tag == "c" and len(node) == 3 and type(node[1]) is str and type(node[2]) is str:
        return complex(float.fromhex(node[1]), float.fromhex(node[2]))
    if tag in _STDLIB_TAGS and len(node) == 2:
        # The standard library's value types, rebuilt here from decoded builtin values by the judge's own classes.
        inner = _decode(node[1], candidate, depth + 1)
        import collections, decimal, fractions
        if tag == "C" and type(inner) is dict:
            return collections.Counter(inner)
        if tag == "O" and type(inner) is list and all(type(p) is tuple and len(p) == 2 for p in inner):
            return collections.OrderedDict(inner)
        if tag == "DD" and type(inner) is dict:
            return collections.defaultdict(None, inner)
        if tag == "Q" and type(inner) is list:
            return collections.deque(inner)
        if tag == "Fr" and type(inner) is tuple and len(inner) == 2 and all(type(x) is int for x in inner) and inner[1]:
            return fractions.Fraction(inner[0], inner[1])
        if tag == "De" and type(inner) is str:
            return decimal.Decimal(inner)
    raise MarshalError("not a marshalled value")


_STDLIB_TAGS = ("C", "O", "DD", "Q", "Fr", "De")


class Remote(object):
    """An object that stays in the candidate's process. Equal only to itself, true, hashable by identity."""

    __slots__ = ("_candidate", "_handle", "_generation")

    def __init__(self, candidate, handle):
        object.__setattr__(self, "_candidate", candidate)
        object.__setattr__(self, "_handle", handle)
        object.__setattr__(self, "_generation", candidate.generation)

    def _ask(self, op, *args):
        if self._generation != self._candidate.generation:
            raise CandidateGone("this object belonged to a candidate process that has ended")
        return self._candidate.ask((op, self._handle) + args)

    def __call__(self, *args, **kwargs):
        value, writeback = self._ask("call", args, kwargs)
        # Arguments the candidate changed in place (a list it sorted) change here too, to the values it left.
        for entry in writeback if type(writeback) is list else ():
            if type(entry) is not list or len(entry) != 2 or type(entry[0]) is not int \
                    or not 0 <= entry[0] < len(args):
                continue
            original, new = args[entry[0]], _decode(entry[1], self._candidate)
            if type(original) is type(new) and type(new) in (list, bytearray):
                original[:] = new
            elif type(original) is type(new) and type(new) in (dict, set):
                original.clear()
                original.update(new)
        return value

    def __getattr__(self, name):
        if name.startswith("__") and name not in ("__name__", "__qualname__", "__doc__"):
            raise AttributeError(name)
        return self._ask("getattr", name)[0]

    def __setattr__(self, name, value):
        self._ask("setattr", name, value)

    def __iter__(self):
        items = self._ask("iter")[0]
        if type(items) is not list:
            raise TypeError("iteration of a candidate object gave no list")
        return iter(items)

    def __len__(self):
        return self._ask("len")[0]

    def __getitem__(self, key):
        return self._ask("getitem", key)[0]

    def __eq__(self, other):
        # Two of the candidate's objects compare as the candidate's class says (a test that builds its expected
        # value from the solution's own class trusts that class anyway); against anything else, only identity.
        if type(other) is Remote and other is not self and other._generation == self._generation:
            return bool(self._ask("eq", other)[0])
        return self is other

    def __ne__(self, other):
        return not self.__eq__(other)

    def __hash__(self):
        return id(self)

    def __bool__(self):
        return True

    def __repr__(self):
        return "<candidate object #%d>" % self._handle

    __str__ = __repr__


class _Callback(object):
    """What a judge-side function passed to the candidate becomes there (see _JudgePickler)."""

    def __init__(self, number):
        self.number = number


# Judge-side objects a test may hand the solution that cannot be copied: a live sqlite3 connection or cursor
# (CWEval's SQL tasks). The solution gets a proxy that may call these methods and read these attributes, and
# nothing else: no private or dunder names, no way to the objects behind them (a cursor's `connection`).
_FORWARDED = {
    "Cursor": ({"execute", "executemany", "executescript", "fetchone", "fetchmany", "fetchall", "close",
                "setinputsizes", "setoutputsize"}, {"rowcount", "lastrowid", "description", "arraysize"}),
    "Connection": ({"cursor", "execute", "executemany", "executescript", "commit", "rollback", "close"},
                   {"total_changes", "in_transaction", "isolation_level"}),
}


def _forwarded(obj):
    """The (methods, attributes) a proxy of obj may use, or None when obj is not a forwardable type."""
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is None:
        return None
    for name, allowed in _FORWARDED.items():
        if type(obj) is getattr(sqlite3, name):
            return allowed
    return None


def _sqlite_guard(action, *_):
    # A forwarded call runs in the judge's process: no other database files may be opened from it.
    sqlite3 = sys.modules["sqlite3"]
    return sqlite3.SQLITE_DENY if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH) else sqlite3.SQLITE_OK


class _Forward(object):
    """The judge's end of a forwarded object: one callback that runs an allowed method or reads an attribute."""

    def __init__(self, obj, allowed):
        self.obj, self.methods, self.attributes = obj, allowed[0], allowed[1]

    def __call__(self, name, *args, **kwargs):
        if type(name) is not str or (name not in self.methods and name not in self.attributes):
            raise AttributeError("%s proxy has no attribute %r" % (type(self.obj).__name__, name))
        if name in self.attributes:
            return getattr(self.obj, name)
        connection = self.obj if type(self.obj).__name__ == "Connection" else self.obj.connection
        connection.set_authorizer(_sqlite_guard)
        try:
            return getattr(self.obj, name)(*args, **kwargs)
        finally:
            connection.set_authorizer(None)


def _is_mock(obj):
    mock = sys.modules.get("unittest.mock")
    return mock is not None and isinstance(obj, mock.NonCallableMock)


@functools.lru_cache(maxsize=1)
def _mock_api():
    """The names a fresh MagicMock has (mock_calls, method_calls, ...): the API, not attributes a test set."""
    return frozenset(dir(sys.modules["unittest.mock"].MagicMock()))


class _ForwardMock(object):
    """
    The judge's end of a test's mock the solution holds (a patched function's mock, its return value): calls,
    public attributes and the with-protocol run on the real mock, so the test's assertions see them.
    """

    def __init__(self, obj):
        self.obj = obj

    def __call__(self, op, *args, **kwargs):
        if op == "call":
            return self.obj(*args, **kwargs)
        # Not the mock API itself (reset_mock, assert_*, called, call_args, ...: names of the mock's class): with
        # it the solution could erase or read the tests' record of what it called.
        if op == "get" and len(args) == 1 and type(args[0]) is str and not args[0].startswith("_") and \
                not hasattr(type(self.obj), args[0]) and args[0] not in _mock_api():
            return getattr(self.obj, args[0])
        if op == "enter":
            return self.obj.__enter__()
        if op == "exit":
            return self.obj.__exit__(None, None, None)
        if op == "iter":
            return list(iter(self.obj))
        raise AttributeError("a mock proxy allows calls, its configured attributes, with and iteration only")


class _JudgePickler(pickle.Pickler):
    def __init__(self, stream, candidate):
        pickle.Pickler.__init__(self, stream, protocol=4)
        self.candidate = candidate

    def persistent_id(self, obj):
        if type(obj) is Remote:
            return ("h", obj._handle)
        if _is_mock(obj):
            return ("fm", self.candidate.forward(obj, None))
        allowed = _forwarded(obj)
        if allowed is not None:
            number = self.candidate.forward(obj, allowed)
            return ("fw", number, type(obj).__name__, sorted(allowed[0]), sorted(allowed[1]))
        if type(obj) is type(_set_dumpable) or type(obj) is type(Remote.__init__.__get__(0)) or \
                type(obj).__name__ == "partial":
            return ("cb", self.candidate.callback(obj))
        return None


class _Candidate(object):
    """The judge's side of the candidate's process: started on first use, again after it was killed."""

    def __init__(self, launcher, load):
        self.launcher, self.load = launcher, load
        self.pid = None
        self.generation = 0
        self.remotes = {}
        self.callbacks = []
        self.classes = {}
        self.out = None  # where the candidate's output goes: the current test's streams

    def start(self):
        """Spawns a candidate; returns its load report (exports, or an exception record)."""
        self.stop()
        self.pid, self.ctl, out_r, err_r = self.launcher.launch()
        self.streams = {out_r: "stdout", err_r: "stderr"}
        self.generation += 1
        self.remotes = {}
        self.callbacks = []
        buffer = io.BytesIO()
        _JudgePickler(buffer, self).dump(self.load)  # module patches' functions become callbacks
        _send(self.ctl, buffer.getvalue())
        for fd in self.streams:
            os.set_blocking(fd, False)
        return self.wait()

    def stop(self):
        if self.pid is None:
            return
        for target in (-self.pid, self.pid):
            try:
                os.kill(target, signal.SIGKILL)
            except OSError:
                pass
        self.drain()
        self.ctl.close()
        for fd in self.streams:
            os.close(fd)
        self.launcher.reap(self.pid)
        self.pid = None

    @property
    def alive(self):
        return self.pid is not None

    def remote(self, handle):
        found = self.remotes.get(handle)
        if found is None:
            found = self.remotes[handle] = Remote(self, handle)
        return found

    def callback(self, function):
        self.callbacks.append(function)
        return len(self.callbacks) - 1

    def forward(self, obj, allowed):
        """The callback number of obj's proxy: one per object, so the solution sees the same proxy again."""
        for number, known in enumerate(self.callbacks):
            if type(known) in (_Forward, _ForwardMock) and known.obj is obj:
                return number
        return self.callback(_ForwardMock(obj) if allowed is None else _Forward(obj, allowed))

    def drain(self):
        """Moves what the candidate printed into the current test's streams."""
        for fd, name in self.streams.items():
            while True:
                try:
                    data = os.read(fd, 1 << 16)
                except (BlockingIOError, OSError):
                    break
                if not data:
                    break
                stream = getattr(sys, name)
                try:
                    stream.write(data.decode("utf-8", "replace"))
                except Exception:
                    pass

    def ask(self, request):
        if self.pid is None:
            raise CandidateGone("the candidate's process has ended")
        buffer = io.BytesIO()
        _JudgePickler(buffer, self).dump(request)
        try:
            _send(self.ctl, buffer.getvalue())
        except OSError:
            self.stop()
            raise CandidateGone("the candidate's process ended")
        return self.wait()

    def wait(self):
        """The candidate's answer, serving its callbacks meanwhile; its output drained all along."""
        while True:
            reply = self._read_reply()
            kind = reply[0] if type(reply) is list and reply else None
            if kind == "ok" and len(reply) == 3:
                return _decode(reply[1], self), reply[2]
            if kind == "raise" and len(reply) == 5:
                exc = self._exception(reply[:4])
                if type(reply[4]) is str and reply[4]:
                    exc.add_note("raised in the solution's process:\n" + reply[4])  # str(exc) stays the message
                raise exc
            if kind == "cb" and len(reply) == 4:
                self._serve_callback(reply)
                continue
            raise MarshalError("unexpected message from the candidate")

    def _read_reply(self):
        poller = select.poll()
        poller.register(self.ctl.fileno(), select.POLLIN)
        for fd in self.streams:
            poller.register(fd, select.POLLIN)
        while True:
            ready = [fd for fd, _ in poller.poll()]
            if any(fd in self.streams for fd in ready):
                self.drain()
            if self.ctl.fileno() in ready:
                try:
                    data = _recv(self.ctl)
                except (CandidateGone, OSError):
                    self.stop()
                    raise CandidateGone("the candidate's process ended before answering")
                self.drain()
                try:
                    return json.loads(data)
                except (ValueError, RecursionError):
                    raise MarshalError("the candidate sent a malformed message")

    def _exception(self, reply):
        _, kind, message, handle = reply
        if type(message) is not str:
            message = ""
        if type(kind) is str and kind in _BUILTIN_EXCEPTIONS:
            return _BUILTIN_EXCEPTIONS[kind](message)
        if type(handle) is int and type(kind) is list and len(kind) == 2:
            return self.exception_class(handle, kind)(message)
        return RuntimeError(message)

    def exception_class(self, handle, kind):
        """A judge-side class standing for the candidate's own exception class (the same one per handle)."""
        key = tuple(kind) if all(type(k) is str for k in kind) else ("CandidateError", "Exception")
        if key not in self.classes:
            name, base = kind
            base = _BUILTIN_EXCEPTIONS.get(base, Exception) if type(base) is str else Exception
            name = name if type(name) is str and name.isidentifier() else "CandidateError"
            self.classes[key] = type(name, (base,), {"__module__": "solution"})
        return self.classes[key]

    def _serve_callback(self, reply):
        _, number, args, kwargs = reply
        try:
            function = self.callbacks[number]
            args = _decode(args, self)
            kwargs = _decode(kwargs, self)
            if type(args) is not tuple or type(kwargs) is not dict:
                raise MarshalError("bad callback arguments")
            answer = ("ok", function(*args, **kwargs))
        except Exception as exc:
            answer = ("raise", type(exc).__name__ if type(exc).__name__ in _BUILTIN_EXCEPTIONS else "Exception",
                      str(exc))
        buffer = io.BytesIO()
        try:
            _JudgePickler(buffer, self).dump(answer)
        except Exception as exc:
            buffer = io.BytesIO()
            pickle.dump(("raise", "TypeError", "cannot pass the callback's value: %s" % exc), buffer)
        _send(self.ctl, buffer.getvalue())


class _SpawnerLauncher(object):
    """Candidates forked by the spawner (pytest runs: a warm one per module listing and per test session)."""

    def __init__(self, sock):
        self.sock = sock

    def launch(self):
        self.sock.sendall(b"spawn\n")
        message, fds, _, _ = socket.recv_fds(self.sock, 64, 3)
        if len(fds) != 3:
            raise CandidateGone("the spawner did not start a candidate")
        return int(message), socket.socket(fileno=fds[0]), fds[1], fds[2]

    def reap(self, pid):
        pass  # the spawner's children: the kernel reaps them


class _DirectLauncher(object):
    """
    Driven runs: the first candidate was forked before the judge read its task (it holds nothing of it); any later
    one (after a test killed the first for its time) is a fresh interpreter, exec'd, so it inherits no memory of
    the judge's either. Saves the spawner's process on every run, where a second candidate is rare.
    """

    def __init__(self, first):
        self.first = first

    def launch(self):
        if self.first is not None:
            first, self.first = self.first, None
            return first
        ctl_judge, ctl_candidate = socket.socketpair()
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        try:
            pid = os.posix_spawn(sys.executable, [sys.executable, "-I", "-c", _EXEC_CANDIDATE % (_SUPPORT,)],
                                 dict(os.environ), file_actions=[
                                     (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                                     (os.POSIX_SPAWN_DUP2, out_w, 1), (os.POSIX_SPAWN_DUP2, err_w, 2),
                                     (os.POSIX_SPAWN_DUP2, ctl_candidate.fileno(), 3)])
        finally:
            ctl_candidate.close()
            os.close(out_w)
            os.close(err_w)
        return pid, ctl_judge, out_r, err_r

    def reap(self, pid):
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass


_EXEC_CANDIDATE = "import sys; sys.path.append(%r); import purpcode_judge; purpcode_judge._exec_candidate()"


def _fork_candidate(close_in_child=()):
    """
    A candidate forked now (the judge's, before it reads its task; or the spawner's): (pid, the parent's control
    socket, stdout, stderr). `close_in_child`: the parent's own channels, which the candidate must not hold.
    """
    ctl_judge, ctl_candidate = socket.socketpair()
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            ctl_judge.close()
            os.close(out_r)
            os.close(err_r)
            for channel in close_in_child:
                channel.close()
            _candidate(ctl_candidate, out_w, err_w)
        finally:
            os._exit(70)
    ctl_candidate.close()
    os.close(out_w)
    os.close(err_w)
    return pid, ctl_judge, out_r, err_r


def _exec_candidate():
    """A candidate started as a fresh interpreter: its control socket is fd 3, its stdout and stderr the pipes."""
    _candidate(socket.socket(fileno=3), 1, 2)


def _bind_exports(candidate, exports, scope, lazy=None):
    """
    The solution's globals in a test scope: modules and library objects the judge's own, the rest remote (or, with
    `lazy`, stand-ins resolved later in a later candidate).
    """
    for entry in exports:
        if type(entry) is not list or len(entry) != 3 or type(entry[0]) is not str:
            continue
        name, kind, value = entry
        try:
            if kind == "m" and type(value) is str:
                scope[name] = __import__(value, fromlist=["_"]) if "." in value else __import__(value)
            elif kind == "r" and type(value) is list and len(value) == 2:
                target = __import__(value[0], fromlist=["_"])
                for part in value[1].split("."):
                    target = getattr(target, part)
                scope[name] = target
            elif kind == "e" and type(value) is list and len(value) == 2:
                scope[name] = candidate.exception_class(value[0], value[1])
            elif kind == "v":
                decoded = _decode(value, candidate)
                scope[name] = lazy(name) if lazy is not None and type(decoded) is Remote else decoded
        except Exception:
            continue


# ---------------------------------------------------------------------------------------------- judge: driving


def _restrict_path():
    """The judge imports only from the system's and the harness's read-only dirs (never /work or /tmp)."""
    sys.path[:] = [p for p in sys.path if p and p.startswith(_SYSTEM_PREFIXES)]
    if _SUPPORT not in sys.path:
        sys.path.append(_SUPPORT)
    sys.path_importer_cache.clear()


class _Records(object):
    def __init__(self, fd, limit):
        self.fd, self.limit = fd, limit

    def write(self, record):
        data = (json.dumps(record) + "\n").encode("utf-8", "replace")
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view):]


def _format_exc():
    import traceback
    text = traceback.format_exc()
    return text if len(text) <= 4000 else "...\n" + text[-4000:]


def _on_alarm(signum, frame):
    raise _TestTimeout()


def _drive(spec, launcher, records):
    """HumanEval check and assert lists: the tests in one scope of the judge's, the solution remote."""
    limit = spec["limit"]
    alarm = float(spec["timeout"])
    candidate = _Candidate(launcher, {"kind": "driven", "file": spec["solution_file"]})
    signal.signal(signal.SIGALRM, _on_alarm)
    scope = {"__name__": "__test__", "__builtins__": _builtins}
    real_out, real_err = sys.stdout, sys.stderr

    def load():
        exports, _ = candidate.start()
        if type(exports) is not list:
            raise MarshalError("bad exports")
        _bind_exports(candidate, exports, scope)
        if spec.get("setup"):
            exec(compile(spec["setup"], "<setup>", "exec"), scope)

    def run(index, name, action):
        buf_out, buf_err = io.StringIO(), io.StringIO()
        sys.stdout, sys.stderr = buf_out, buf_err
        started = time.perf_counter()
        status, message = "passed", ""
        try:
            signal.setitimer(signal.ITIMER_REAL, alarm)
            try:
                action()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
        except _TestTimeout:
            status, message = "timeout", "test exceeded %ss" % alarm
            candidate.stop()
        except AssertionError:
            status, message = "failed", _format_exc()
        except BaseException:
            status, message = "error", _format_exc()
        finally:
            if candidate.alive:
                candidate.drain()
            sys.stdout, sys.stderr = real_out, real_err
        records.write({"index": index, "name": name, "status": status, "message": message,
                       "stdout": buf_out.getvalue()[:limit], "stderr": buf_err.getvalue()[:limit],
                       "durationMs": (time.perf_counter() - started) * 1000.0})
        return status

    if run(-1, "solution", load) != "passed":
        return
    for index, (name, code) in enumerate(spec["tests"]):
        if not candidate.alive:
            # The last test killed the candidate (its time ran out, or it died): a fresh one for this test.
            if run(-1, "solution", load) != "passed":
                return
        run(index, name, lambda: exec(compile(code, "<test %d>" % index, "exec"), scope))
    candidate.stop()


class _ProxyModule(type(sys)):
    """A solution module as pytest tests import it: each attribute resolved in the candidate's process."""

    def __init__(self, name, candidate):
        type(sys).__init__(self, name)
        self.__dict__["_candidate"] = candidate
        self.__dict__["__path__"] = []

    def __getattr__(self, attr):
        if attr.startswith("__"):
            raise AttributeError(attr)
        candidate = self.__dict__["_candidate"]
        if not candidate.ready:
            return _Lazy(self.__name__, attr, candidate)
        return candidate.module_attr(self.__name__, attr)


class _Lazy(object):
    """A solution name imported during collection (no candidate runs yet): resolved once collection is done."""

    def __init__(self, module, attr, candidate):
        self.module, self.attr, self.candidate = module, attr, candidate

    def resolve(self):
        # A test file that calls the solution at import (`test_x()` at module level): the candidate may start
        # only once no test file is left on disk (see _Plugin.release).
        if not self.candidate.ready:
            self.candidate.plugin.release_early("%s.%s" % (self.module, self.attr))
        return self.candidate.module_attr(self.module, self.attr)

    def __call__(self, *args, **kwargs):
        return self.resolve()(*args, **kwargs)

    def __getattr__(self, name):
        # pytest probes every module-level name during collection (fixture markers, `__test__`): before the
        # candidate may start, the name has no attributes.
        if name.startswith("__") or not self.candidate.ready:
            raise AttributeError(name)
        return getattr(self.resolve(), name)


class _PatchWatch(object):
    """Set when a test may have patched or restored a module attribute since the candidate last heard of it."""

    dirty = False


def _watch_patches():
    """pytest's monkeypatch and unittest.mock's patchers mark _PatchWatch dirty when they patch or undo."""
    def marked(function):
        def patched(*args, **kwargs):
            _PatchWatch.dirty = True
            return function(*args, **kwargs)
        return patched
    from _pytest.monkeypatch import MonkeyPatch
    for name in ("setattr", "delattr", "undo"):
        setattr(MonkeyPatch, name, marked(getattr(MonkeyPatch, name)))
    import unittest.mock as mock
    for name in ("__enter__", "__exit__"):
        setattr(mock._patch, name, marked(getattr(mock._patch, name)))


def _runtime_patches(bases):
    """
    Patches in force now on the modules the candidate shares with the tests (modules loaded before the test files,
    builtins, the solution's own modules): functions and mocks go as callbacks (a partial, see _JudgePickler),
    plain values as themselves. Never a test module's names (they would carry test data), never a class.
    """
    patches = []
    for name, old in bases.items():
        module = sys.modules.get(name)
        if module is None:
            continue
        for attr, value in list(vars(module).items()):
            if attr.startswith("__") or old.get(attr, _MISSING) is value or isinstance(value, type):
                continue
            if type(value) in (int, float, str, bytes, bool, type(None)) or _is_mock(value):
                patches.append((name, attr, value, value))
            elif callable(value):
                patches.append((name, attr, functools.partial(value), value))
    return patches


_MISSING = object()


class _PytestCandidate(_Candidate):
    ready = False
    patch_bases = None  # {module: attributes} the candidate's modules started from (set at release)
    sent = ()  # the patches the candidate has now, as (module, attr, id)

    def start(self):
        self.sent = ()
        _PatchWatch.dirty = True  # a fresh process has none of the runtime patches yet
        return _Candidate.start(self)

    def ask(self, request):
        if _PatchWatch.dirty and self.patch_bases is not None and self.alive:
            _PatchWatch.dirty = False
            patches = _runtime_patches(self.patch_bases)
            key = tuple((m, a, id(v)) for m, a, _, v in patches)
            if key != self.sent:
                _Candidate.ask(self, ("patch", -1, [(m, a, sent) for m, a, sent, _ in patches]))
                self.sent = key
        return _Candidate.ask(self, request)

    def module_attr(self, module, attr):
        if not self.alive:
            self.start()
        value, extra = self.ask(("modattr", -1, module, attr))
        if type(extra) is list and len(extra) == 2 and extra[0] == "e" and type(value) is Remote:
            return self.exception_class(value._handle, extra[1])
        return value


# Modules whose attributes the judge's own machinery changes (pytest, capture, the proxies): never replayed.
_UNREPLAYED = ("sys", "builtins", "warnings", "pytest", "_pytest", "pluggy", "py", "iniconfig", "purpcode_", "__main__")


def _module_attrs():
    """Every loaded module's attributes (references kept, so a patched value is told apart by identity)."""
    state = {}
    for name, module in list(sys.modules.items()):
        if type(module) is not type(sys) or name.split(".")[0].startswith(_UNREPLAYED):
            continue
        try:
            state[name] = dict(vars(module))
        except Exception:
            continue
    return state


def _module_patches(before):
    """
    What the test files changed at import in modules loaded before them (`tempfile.mktemp = proxy`): the
    candidate gets the same patches before it loads the solution, functions as callbacks into the judge, so the
    solution meets the module the tests meant it to.
    """
    patches = []
    for name, old in before.items():
        module = sys.modules.get(name)
        if module is None:
            continue
        for attr, value in list(vars(module).items()):
            if attr.startswith("__") or attr not in old or old[attr] is value:
                continue
            kind = type(value)
            if kind in (type(_module_attrs), type(Remote.__init__.__get__(0))) or kind.__name__ == "partial" or \
                    kind in (int, float, str, bytes, bool, type(None)):
                patches.append((name, attr, value))
    return patches


class _Plugin(object):
    def __init__(self, records, candidate, test_dir, limit, written, before=None):
        self.records, self.candidate, self.test_dir, self.limit = records, candidate, test_dir, limit
        self.written = written
        self.before = before  # module attributes before the test files were imported
        self.builtins = dict(vars(_builtins))
        self.real_out, self.real_err = sys.stdout, sys.stderr

    def _message(self, report):
        text = str(report.longrepr) if report.longrepr is not None else ""
        return text if len(text) <= 4000 else "...\n" + text[-4000:]

    def pytest_collectreport(self, report):
        if report.failed:
            self.records.write({"name": report.nodeid or "collection", "status": "error",
                                "message": self._message(report), "durationMs": 0})

    def _scrub(self, unlink):
        """Empties (in the middle of an import: pytest checks the file is the module's) or removes the test files."""
        for path in self.written:
            try:
                if unlink:
                    os.unlink(path)
                else:
                    os.truncate(path, 0)
            except OSError:
                pass
        for root, dirs, files in os.walk(self.test_dir, topdown=False):
            if os.path.basename(root) == "__pycache__":
                for name in files:
                    os.unlink(os.path.join(root, name))
                os.rmdir(root)

    def release(self, early=False):
        """The test files' content goes (and the judge's path shrinks) before any candidate code runs."""
        if self.candidate.ready:
            if not early:
                self._scrub(unlink=True)  # emptied by an early release: now the files go too
            return
        if self.before is not None:
            self.candidate.load["patches"] = _module_patches(self.before)
            bases = dict(self.before)
            bases["builtins"] = self.builtins
            for name, module in list(sys.modules.items()):
                if type(module) is _ProxyModule:
                    bases[name] = dict(vars(module))
            self.candidate.patch_bases = bases
        self._scrub(unlink=not early)
        _restrict_path()
        self.candidate.ready = True

    def release_early(self, name):
        """
        A solution name called while a test file is being imported. Python has read that file whole already; the
        candidate may start now only if every other test file has been imported too (then none is needed on disk).
        """
        imported = set()
        for module in list(sys.modules.values()):
            path = getattr(module, "__file__", None)
            if type(path) is str:
                imported.add(os.path.realpath(path))
        pending = [p for p in self.written if p.endswith(".py") and os.path.realpath(p) not in imported]
        if pending:
            raise RuntimeError("solution name %s called while test files are still to be imported: %s" %
                               (name, ", ".join(os.path.basename(p) for p in pending)))
        self.release(early=True)

    def pytest_collection_finish(self, session):
        # The host counts these. Then the test files go, before a candidate runs (unless one already did, for a
        # test file calling the solution at import, after the files went: release_early).
        self.records.write({"collected": [item.nodeid for item in session.items]})
        self.release()
        modules = set()
        for item in session.items:
            module = getattr(item, "module", None)
            if module is not None and id(module) not in modules:
                modules.add(id(module))
                for name, value in list(vars(module).items()):
                    if type(value) is _Lazy:
                        try:
                            module.__dict__[name] = value.resolve()
                        except Exception:
                            pass  # the test that uses it reports why

    def pytest_runtest_logreport(self, report):
        if report.when == "call":
            if report.passed:
                status = "passed"
            elif report.skipped:
                status = "skipped"
            else:
                crash = getattr(report.longrepr, "reprcrash", None)
                message = getattr(crash, "message", "") or ""
                assertion = message.startswith("AssertionError") or message.startswith("assert ")
                status = "failed" if assertion else "error"
        elif report.failed:
            status = "error"
        elif report.skipped and report.when == "setup":
            status = "skipped"
        else:
            return
        self.records.write({"name": report.nodeid, "status": status,
                            "message": self._message(report) if status != "passed" else "",
                            "stdout": report.capstdout[:self.limit], "stderr": report.capstderr[:self.limit],
                            "durationMs": report.duration * 1000.0, "when": report.when})


def _reap_others(spawner_pid):
    """
    Kills every process of the run but pid 1, the judge and the spawner, until none is left: whatever a candidate
    started (in the background, in a session of its own) is gone before the test files exist on disk.
    """
    me = os.getpid()
    for _ in range(200):
        others = [int(p) for p in os.listdir("/proc") if p.isdigit() and int(p) not in (1, me, spawner_pid)]
        if not others:
            return
        for pid in others:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        time.sleep(0.002)
    raise RuntimeError("processes of the candidate keep appearing")


def _pytest(spec, launcher, records, spawner_pid):
    import pytest
    import tempfile
    # The solution modules' names first, from a candidate that is gone (with all it started) before the test
    # files are written: `from solution import *` and annotations at collection need them.
    lister = _PytestCandidate(launcher, {"kind": "modules"})
    proxies = {}
    try:
        lister.start()
        for name in spec["modules"]:
            proxy = proxies[name] = _ProxyModule(name, None)
            try:
                exports, _ = lister.ask(("exports", -1, name))
            except Exception:
                continue  # importing it fails: the tests that import it report why
            if type(exports) is list:
                _bind_exports(lister, exports, proxy.__dict__, lambda attr, m=name: _Lazy(m, attr, None))
    finally:
        lister.stop()
    if spec.get("isolated"):
        _reap_others(spawner_pid)
    test_dir = tempfile.mkdtemp(prefix="purpcode-judge-")
    for name, text in spec["files"].items():
        path = os.path.join(test_dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    if "pytest.ini" not in spec["files"]:
        with open(os.path.join(test_dir, "pytest.ini"), "w") as f:
            f.write("[pytest]\n")
    # Tests find their task's other files beside themselves (os.path.dirname(__file__)): links to the work dir's,
    # all but Python modules, which only ever reach the judge as the proxies below.
    work = os.getcwd()
    for name in os.listdir(work):
        if not name.endswith(".py") and not os.path.lexists(os.path.join(test_dir, name)):
            os.symlink(os.path.join(work, name), os.path.join(test_dir, name))
    written = [os.path.join(test_dir, name) for name in set(spec["files"]) | {"pytest.ini"}]
    candidate = _PytestCandidate(launcher, {"kind": "modules"})
    for name, proxy in proxies.items():
        proxy.__dict__["_candidate"] = candidate
        for value in proxy.__dict__.values():
            if type(value) is _Lazy:
                value.candidate = candidate
        sys.modules[name] = proxy
    _watch_patches()
    plugin = _Plugin(records, candidate, test_dir, spec["limit"], written, _module_attrs())
    candidate.plugin = plugin
    # The judge's own ini and rootdir; conftest files only from its own dir (--confcutdir), never from /tmp or /.
    args = ["-c", os.path.join(test_dir, "pytest.ini"), "--rootdir", test_dir, "--confcutdir", test_dir] + \
        [a for a in spec["args"] if not a.endswith(".py")] + \
        [os.path.join(test_dir, a) for a in spec["args"] if a.endswith(".py")]
    sys.argv = ["pytest"] + args
    sys.dont_write_bytecode = True
    os.environ.update(spec.get("env", {}))
    try:
        return int(pytest.main(args, plugins=[plugin]))
    finally:
        candidate.stop()


# ------------------------------------------------------------------------------------------------- spawner


def _spawner(sock):
    """Forks candidates on request. Holds nothing of the task: it was forked before the judge read stdin."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    keep = sock.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 20)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # candidates are reaped by the kernel
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    reader = sock.makefile("rb")
    while True:
        if not reader.readline():
            os._exit(0)
        pid, ctl_judge, out_r, err_r = _fork_candidate((reader, sock))
        socket.send_fds(sock, [b"%d" % pid], [ctl_judge.fileno(), out_r, err_r])
        ctl_judge.close()
        os.close(out_r)
        os.close(err_r)


# ----------------------------------------------------------------------------------------------- candidate
# Everything below runs in the candidate's process, where the solution may have replaced any of it: the judge
# trusts none of what arrives from here beyond what _decode accepts.


def _encode(value, handles, depth=0):
    kind = type(value)
    if value is None or kind is bool:
        return value
    if kind is int:
        return ["i", format(value, "x")]
    if kind is float:
        return ["f", value.hex()]
    if kind is str:
        return ["s", value]
    if kind is bytes:
        return ["b", value.decode("latin-1")]
    if kind is bytearray:
        return ["B", bytes(value).decode("latin-1")]
    if kind is complex:
        return ["c", value.real.hex(), value.imag.hex()]
    if depth < 900:
        if kind is list:
            return ["l", [_encode(x, handles, depth + 1) for x in value]]
        if kind is tuple:
            return ["t", [_encode(x, handles, depth + 1) for x in value]]
        if kind is set:
            return ["S", [_encode(x, handles, depth + 1) for x in value]]
        if kind is frozenset:
            return ["F", [_encode(x, handles, depth + 1) for x in value]]
        if kind is dict:
            return ["d", [[_encode(k, handles, depth + 1), _encode(v, handles, depth + 1)] for k, v in value.items()]]
    if depth < 900:
        where = (getattr(kind, "__module__", None), getattr(kind, "__qualname__", None))
        if where == ("collections", "Counter"):
            return ["C", _encode(dict(value), handles, depth + 1)]
        if where == ("collections", "OrderedDict"):
            return ["O", _encode(list(value.items()), handles, depth + 1)]
        if where == ("collections", "defaultdict"):
            return ["DD", _encode(dict(value), handles, depth + 1)]
        if where == ("collections", "deque"):
            return ["Q", _encode(list(value), handles, depth + 1)]
        if where == ("fractions", "Fraction"):
            return ["Fr", _encode((int(value.numerator), int(value.denominator)), handles, depth + 1)]
        if where == ("decimal", "Decimal"):
            return ["De", _encode(str(value), handles, depth + 1)]
    handles.append(value)
    return ["h", len(handles) - 1]


class _CryptoAlias(object):
    """
    `import Crypto` as PyCryptodome, which Debian ships as `Cryptodome` only (what CWEval's conftest does for the
    tests, the candidate's process needs for the solution). Looked up only when nothing else provides `Crypto`.
    """

    def find_spec(self, name, path=None, target=None):
        if name != "Crypto":
            return None
        import importlib, importlib.util
        try:
            real = importlib.import_module("Cryptodome")
        except ImportError:
            return None

        class Loader(object):
            def create_module(self, spec):
                return real

            def exec_module(self, module):
                pass

        return importlib.util.spec_from_loader(name, Loader(), is_package=True)


def _candidate(ctl, out_w, err_w):
    if out_w != 1:
        os.dup2(out_w, 1)
    if err_w != 2:
        os.dup2(err_w, 2)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    keep = ctl.fileno()
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 20)
    for sig in (signal.SIGCHLD, signal.SIGALRM):
        signal.signal(sig, signal.SIG_DFL)
    os.setpgid(0, 0)
    _set_dumpable(1)
    sys.stdin = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)), encoding="utf-8")
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8", write_through=True,
                                  errors="backslashreplace")
    sys.__stdin__, sys.__stdout__, sys.__stderr__ = sys.stdin, sys.stdout, sys.stderr
    work = os.getcwd()  # the run's work dir (/work in the sandbox)
    sys.path[:] = [work] + [p for p in sys.path if p and p != _SUPPORT and p.startswith("/")]
    sys.meta_path.append(_CryptoAlias())
    handles = []
    builtin_names = set(_BUILTIN_EXCEPTIONS)

    def reply(message):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        _send(ctl, json.dumps(message).encode())

    def exception(exc):
        kind = type(exc)
        name = kind.__name__
        message = str(exc)[:4000]
        try:
            import traceback
            trace = "".join(traceback.format_exception(kind, exc, exc.__traceback__))[-3000:]
        except Exception:
            trace = ""
        if kind.__module__ == "builtins" and name in builtin_names:
            return ["raise", name, message, None, trace]
        if kind.__module__ == "builtins" or not issubclass(kind, Exception):
            return ["raise", None, message, None, trace]
        handles.append(kind)
        return ["raise", [name, _builtin_base(kind)], message, len(handles) - 1, trace]

    class Callback(object):
        def __init__(self, number):
            self.number = number

        def __call__(self, *args, **kwargs):
            reply(["cb", self.number, _encode(args, handles), _encode(kwargs, handles)])
            answer = _unpickle(_recv(ctl))
            if answer[0] == "ok":
                return answer[1]
            raise _BUILTIN_EXCEPTIONS.get(answer[1], Exception)(answer[2])

    forwarded = {}

    class Forwarded(object):
        """A judge-side object the tests passed (see _FORWARDED): allowed methods and attributes only."""

        __slots__ = ("_call", "_methods", "_attributes", "_kind")

        def __init__(self, number, kind, methods, attributes):
            object.__setattr__(self, "_call", Callback(number))
            object.__setattr__(self, "_kind", kind)
            object.__setattr__(self, "_methods", frozenset(methods))
            object.__setattr__(self, "_attributes", frozenset(attributes))

        def __getattr__(self, name):
            if name in self._attributes:
                return self._call(name)
            if name in self._methods:
                call = self._call
                return lambda *args, **kwargs: call(name, *args, **kwargs)
            raise AttributeError("%r object has no attribute %r" % (self._kind, name))

        def __setattr__(self, name, value):
            raise AttributeError("%r object attributes are read-only here" % self._kind)

        def __iter__(self):
            if "fetchall" not in self._methods:
                raise TypeError("%r object is not iterable" % self._kind)
            return iter(self._call("fetchall"))

        def __enter__(self):
            return self

        def __exit__(self, kind, value, trace):
            if "commit" in self._methods:
                self._call("commit" if kind is None else "rollback")
            return False

        def __repr__(self):
            return "<sqlite3.%s (the tests' own)>" % self._kind

    class ForwardedMock(object):
        """A test's mock (see _ForwardMock): calls and public attributes happen on the real one, in the judge."""

        __slots__ = ("_call",)

        def __init__(self, number):
            object.__setattr__(self, "_call", Callback(number))

        def __call__(self, *args, **kwargs):
            return self._call("call", *args, **kwargs)

        def __getattr__(self, name):
            if name.startswith("_"):
                raise AttributeError(name)
            return self._call("get", name)

        def __enter__(self):
            return self._call("enter")

        def __exit__(self, kind, value, trace):
            self._call("exit")
            return False

        def __iter__(self):
            return iter(self._call("iter"))

        def __repr__(self):
            return "<mock (the tests' own)>"

    class Unpickler(pickle.Unpickler):
        def persistent_load(self, pid):
            if pid[0] == "h":
                return handles[pid[1]]
            if pid[0] == "fm":
                if ("fm", pid[1]) not in forwarded:
                    forwarded[("fm", pid[1])] = ForwardedMock(pid[1])
                return forwarded[("fm", pid[1])]
            if pid[0] == "fw":
                if pid[1] not in forwarded:
                    forwarded[pid[1]] = Forwarded(pid[1], pid[2], pid[3], pid[4])
                return forwarded[pid[1]]
            return Callback(pid[1])

    def _unpickle(data):
        return Unpickler(io.BytesIO(data)).load()

    modules = {}
    patched = {}  # (module, attr) -> the value before the tests' runtime patch
    try:
        load = _unpickle(_recv(ctl))  # what to load: the judge's first message
    except BaseException:
        os._exit(0)
    sys.argv = [load.get("file") or "solution.py"]
    for patch in load.get("patches") or ():
        try:
            setattr(__import__(patch[0], fromlist=["_"]), patch[1], patch[2])
        except BaseException:
            pass  # a module this interpreter cannot import: the tests that rely on it report why
    if load["kind"] == "driven":
        try:
            path = load["file"]
            with open(path, "rb") as f:
                source = f.read()
            module = type(sys)("solution")
            module.__file__ = path
            module.__builtins__ = _builtins
            sys.modules["solution"] = module
            exec(compile(source, path, "exec"), module.__dict__)
            answer = ["ok", _encode(_exports(module, handles), handles), None]
        except BaseException as exc:
            answer = exception(exc)
        reply(answer)
    else:
        reply(["ok", None, None])
    while True:
        try:
            request = _unpickle(_recv(ctl))
        except BaseException:
            os._exit(0)  # the judge is done with this candidate
        try:
            op, handle = request[0], request[1]
            target = handles[handle] if handle >= 0 else None
            writeback = None
            if op == "call":
                args, kwargs = request[2], request[3]
                result = target(*args, **kwargs)
                writeback = [[i, _encode(a, handles)] for i, a in enumerate(args)
                             if type(a) in (list, dict, set, bytearray)]
            elif op == "getattr":
                result = getattr(target, request[2])
            elif op == "setattr":
                result = setattr(target, request[2], request[3])
            elif op == "iter":
                result = list(target)
            elif op == "eq":
                result = target == request[2]
            elif op == "len":
                result = len(target)
            elif op == "getitem":
                result = target[request[2]]
            elif op == "exports":
                name = request[2]
                if name not in modules:
                    modules[name] = __import__(name)
                result = _exports(modules[name], handles)
            elif op == "patch":
                # The tests' module patches in force now: set them, and put back what is no longer patched.
                wanted = {(m, a): v for m, a, v in request[2]}
                for key in [k for k in patched if k not in wanted]:
                    module, original = sys.modules.get(key[0]), patched.pop(key)
                    if module is not None:
                        if original is _MISSING:
                            module.__dict__.pop(key[1], None)
                        else:
                            setattr(module, key[1], original)
                for key, value in wanted.items():
                    try:
                        module = sys.modules.get(key[0]) or __import__(key[0], fromlist=["_"])
                        if key not in patched:
                            patched[key] = module.__dict__.get(key[1], _MISSING)
                        setattr(module, key[1], value)
                    except BaseException:
                        pass  # a module this interpreter cannot import: the test that relies on it says why
                result = None
            elif op == "modattr":
                name = request[2]
                if name not in modules:
                    modules[name] = __import__(name)
                value = getattr(modules[name], request[3])
                exported = _export(value, handles)
                if exported[0] == "e":
                    reply(["ok", ["h", exported[1][0]], ["e", exported[1][1]]])
                    continue
                result = value
            else:
                raise ValueError("unknown request")
            answer = ["ok", _encode(result, handles), writeback]
        except BaseException as exc:
            answer = exception(exc)
        reply(answer)


def _exports(module, handles):
    """[name, kind, payload] for each public global of a solution module (see _export)."""
    names = getattr(module, "__all__", None)
    if type(names) not in (list, tuple) or not all(type(n) is str for n in names):
        names = [n for n in module.__dict__ if not (n.startswith("__") and n.endswith("__"))]
    out = []
    for name in names:
        if name in module.__dict__:
            out.append([name] + _export(module.__dict__[name], handles))
    return out


def _builtin_base(kind):
    for base in kind.__mro__:
        if base.__module__ == "builtins" and base.__name__ in _BUILTIN_EXCEPTIONS:
            return base.__name__
    return "Exception"


def _export(value, handles):
    """How a solution global reaches the tests: a module or library object by name, a value, or a handle."""
    kind = type(value)
    if kind is type(sys):
        return ["m", value.__name__]
    if isinstance(value, type) and issubclass(value, BaseException) and value.__module__ != "builtins":
        handles.append(value)
        return ["e", [len(handles) - 1, [value.__name__, _builtin_base(value)]]]
    module = getattr(value, "__module__", None)
    qualname = getattr(value, "__qualname__", None)
    if type(module) is str and type(qualname) is str and module not in ("solution", "__main__") and \
            module in sys.modules and "<" not in qualname and (callable(value) or isinstance(value, type)):
        return ["r", [module, qualname]]
    try:
        return ["v", _encode(value, handles)]
    except RecursionError:
        handles.append(value)
        return ["v", ["h", len(handles) - 1]]


# ------------------------------------------------------------------------------------------------------ main


def main(kind=None):
    """
    The run's program: task on stdin (JSON), records on stdout (JSON lines). `kind` is the task's kind as the
    launch knows it ("driven" or "pytest"); what forks before the task is read depends on it.
    """
    _set_dumpable(0)
    if kind == "driven":
        first = _fork_candidate()
        pid, launcher = first[0], _DirectLauncher(first)
    else:
        parent_end, spawner_end = socket.socketpair()
        pid = os.fork()
        if pid == 0:
            try:
                parent_end.close()
                _spawner(spawner_end)
            finally:
                os._exit(70)
        spawner_end.close()
        launcher = _SpawnerLauncher(parent_end)
    data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else os.read(0, 1 << 30)
    null = os.open(os.devnull, os.O_RDWR)
    os.dup2(null, 0)
    sys.stdin = open(os.devnull)
    spec = json.loads(data.decode("utf-8"))
    del data
    records = _Records(os.dup(1), spec["limit"])
    os.dup2(null, 1)
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
    _restrict_path()
    try:
        if spec["kind"] == "pytest":
            if kind == "driven":
                raise ValueError("a pytest task in a judge started for a driven one")
            return _pytest(spec, launcher, records, pid)
        _drive(spec, launcher, records)
        return 0
    finally:
        if kind == "driven":
            if launcher.first is not None:
                os.kill(pid, signal.SIGKILL)
                launcher.reap(pid)
        else:
            launcher.sock.close()
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
