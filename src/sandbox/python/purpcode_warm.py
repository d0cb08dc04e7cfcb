"""
The warm Python interpreter ("zygote"): one long-lived Python process inside an outer bubblewrap sandbox that
forks a fresh, separately namespaced process tree for every execution, so that executions skip the ~10 ms
of interpreter start-up and bubblewrap's per-run set-up without sharing anything with each other.

Per execution (all from a fork of the idle zygote, which has imported only the harness modules and never
holds a request's code, input or output: those travel through the execution's own work dir and pipes):
  1. the zygote makes a memory cgroup for the run (where the host bound the sandbox's group at /cgroup) and
     forks straight into new user, mount, pid, network, IPC, UTS (and cgroup) namespaces (clone(2), see
     _clone_run); the child, pid 1 of the new pid namespace (the monitor), joins the cgroup and maps its uid;
  2. the monitor mounts a private /proc, a size-capped /tmp and a size-capped /work holding a copy of the
     request's files, covers the dir holding every host work dir with an empty read-only tmpfs, brings up
     loopback, forbids further user namespaces and becomes undumpable (so nothing inside can reach its
     descriptors through /proc);
  3. the program: stdin from a pipe a feeder fills from a memory file holding the request's input, stdout/stderr
     into pipes, rlimits, every other descriptor closed, every capability dropped, no_new_privs, the seccomp
     filter of seccomp.ts; then the judge (purpcode_judge.py: tests), pytest or the user's file as __main__ in a
     fork of the monitor, or (mode exec) another program such as node or a compiled binary, spawned without a
     fork of the interpreter: the monitor confines itself, then vfork-spawns prlimit, which sets the rlimits and
     execs the program (_spawn_program);
  4. the monitor relays the program's output to the host as frames; when the program exits or its wall time
     is up it kills whatever is left in the pid namespace, copies the requested files back to the host work
     dir and reports the exit (x frame "timeout" for the wall clock).

Host <- zygote frames (each written with one write(2) of at most PIPE_BUF bytes, so frames from concurrent
monitors never interleave: atomic on a pipe, and on the Unix stream socket Node hands a child as "pipe" a write
this small goes out as one buffer): `<id> <kind> <length>\n<payload>`, kind o = stdout, e = stderr, x = exit
(payload "exit N" | "signal N" | "timeout" | "killed" | "error MESSAGE"), r = ready (id 0).
Host -> zygote: one JSON object per line. {"op": "run", "id": ID, "mode": MODE, "limits": {...}} with mode
main | pytest | exec | judge | judge_pytest and limits cpu, as, nproc, fsize, nofile, tmp, work, wall_ms, run_memory, every
one an int within LIMIT_RANGES (checked here again: a bad message fails that run with an error frame, never the
zygote); the work dir's .purpcode-launch, read by the monitor, lists the files to fetch back, and pytest's
arguments or the program's argv, and extra environment. {"op": "kill", "id": ID} kills a run.
"""
import ctypes, errno, fcntl, gc, io, json, os, resource, select, signal, socket, struct, sys, time
import purpcode_judge
from purpcode_files import read_work_file

_libc = ctypes.CDLL(None, use_errno=True)
_libc.mount.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_ulong, ctypes.c_char_p]
_libc.unshare.argtypes = [ctypes.c_int]
_libc.prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]

CLONE_NEWNS, CLONE_NEWUTS, CLONE_NEWIPC = 0x00020000, 0x04000000, 0x08000000
CLONE_NEWUSER, CLONE_NEWPID, CLONE_NEWNET = 0x10000000, 0x20000000, 0x40000000
CLONE_NEWCGROUP = 0x02000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 8, 4096, 16384, 1 << 18
PR_SET_DUMPABLE, PR_CAPBSET_DROP, PR_SET_CHILD_SUBREAPER = 4, 24, 36
PR_SET_NO_NEW_PRIVS, PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL = 38, 47, 4
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2
SYS_CAPSET = 126
FRAME_PAYLOAD = 3900
WORKROOT = "/workroot"
CGROUP = "/cgroup"  # the sandbox's memory cgroup (v1), where the host could bind one: one sub-group per run
STDIN_FILE = ".purpcode-stdin"
LAUNCH_FILE = ".purpcode-launch"
MAIN_FILE = "main.py"
RLIMITS = ("CPU", "AS", "NPROC", "FSIZE", "NOFILE")


def _check(result, what):
    if result != 0:
        code = ctypes.get_errno()
        raise OSError(code, "%s: %s" % (what, os.strerror(code)))


def _mount(source, target, fstype, flags, data=None):
    _check(_libc.mount(source.encode(), target.encode(), fstype.encode() if fstype else None, flags,
                       data.encode() if data else None), "mount " + target)


def _write_file(path, text):
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def _frame(eid, kind, payload):
    os.write(1, b"%s %s %d\n" % (eid, kind, len(payload)) + payload)


def _loopback_up():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        flags = struct.unpack("16sH", fcntl.ioctl(s, 0x8913, struct.pack("16sH", b"lo", 0)))[1]
        fcntl.ioctl(s, 0x8914, struct.pack("16sH", b"lo", flags | 1))
    finally:
        s.close()


def _drop_privileges():
    _libc.prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    cap = 0
    while _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) == 0:
        cap += 1
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)
    data = (ctypes.c_uint32 * 6)()
    _check(_libc.syscall(SYS_CAPSET, header, data), "capset")
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def _load_filter():
    """The seccomp filter (seccomp.ts) from the harness dir, or None where this architecture has none."""
    try:
        with open(os.path.join(_SUPPORT, "seccomp.bpf"), "rb") as f:
            data = f.read()
    except FileNotFoundError:
        return None
    buffer = ctypes.create_string_buffer(data, len(data))
    return buffer, _SockFprog(len(data) // 8, ctypes.cast(buffer, ctypes.c_void_p))


def _install_filter():
    if _FILTER is not None:
        _check(_libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.addressof(_FILTER[1]), 0, 0), "seccomp")


def _fresh_stdio():
    """Standard streams as a fresh interpreter under PYTHONUNBUFFERED and a UTF-8 locale makes them."""
    sys.stdin = sys.__stdin__ = io.TextIOWrapper(io.BufferedReader(io.FileIO(0, "r", closefd=False)),
                                                 encoding="utf-8")
    sys.stdout = sys.__stdout__ = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8",
                                                   write_through=True)
    sys.stderr = sys.__stderr__ = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8",
                                                   write_through=True, errors="backslashreplace")


def _exit_code(exc):
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code & 0xFF
    try:
        sys.stderr.write(str(exc.code) + "\n")
    except BaseException:
        pass
    return 1


def _finish(code):
    # What the interpreter does on the way out: non-daemon threads, atexit handlers, flushed streams.
    try:
        threading = sys.modules.get("threading")
        if threading is not None:
            threading._shutdown()
        import atexit
        atexit._run_exitfuncs()
    except SystemExit as exc:
        code = _exit_code(exc)
    except BaseException:
        pass
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except BaseException:
            pass
    os._exit(code)


def _program(mode, limits, launch, stdin_fd, out_w, err_w):
    """The execution itself: runs in the monitor's child, never returns."""
    code = 1
    try:
        # The monitor made itself undumpable, and a fork inherits that: the program may read its own /proc/self.
        _check(_libc.prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), "dumpable")
        _write_file("/proc/self/oom_score_adj", "1000")  # under memory pressure, programs go before the harness
        os.chdir("/work")
        os.dup2(stdin_fd, 0)
        os.dup2(out_w, 1)
        os.dup2(err_w, 2)
        os.closerange(3, 1 << 20)
        os.setsid()  # a session of its own, as bwrap --new-session gives a cold run
        for name, value in zip(RLIMITS, limits):
            resource.setrlimit(getattr(resource, "RLIMIT_" + name), (value, value))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        _drop_privileges()
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGCHLD, signal.SIG_DFL)
        os.environ.pop("PYTHONPATH", None)
        os.environ["PWD"] = "/work"  # bwrap --chdir sets it so for a cold run
        if mode == b"exec":
            # Another program (node, a custom command): default dispositions, its own environment, then exec.
            for sig in (signal.SIGPIPE, signal.SIGXFSZ):
                signal.signal(sig, signal.SIG_DFL)
            os.environ.update(launch["env"])
            _install_filter()
            os.execvpe(launch["args"][0], launch["args"], os.environ)  # PATH search, as bwrap's execvp
        # The dispositions a fresh interpreter starts with (it ignores SIGPIPE and SIGXFSZ itself).
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        if mode != b"pytest":  # pytest loads the report plugin from the support dir, as a cold run does
            sys.path[:] = [p for p in sys.path if p != _SUPPORT]
        _fresh_stdio()
        gc.enable()
        _install_filter()  # last: from here on the program's own code runs
    except BaseException as exc:
        os.write(2, ("sandbox set-up failed: %r\n" % (exc,)).encode())
        os._exit(127 if isinstance(exc, FileNotFoundError) and mode == b"exec" else 125)  # 127: as a shell
    try:
        if mode in (b"judge", b"judge_pytest"):
            code = purpcode_judge.main("driven" if mode == b"judge" else "pytest")
        elif mode == b"pytest":
            import pytest
            os.environ.update(launch["env"])
            sys.argv = ["pytest"] + launch["args"]
            code = int(pytest.main(launch["args"]))
        else:
            with open(MAIN_FILE, "rb") as f:
                source = f.read()
            module = type(sys)("__main__")
            module.__file__ = MAIN_FILE
            module.__builtins__ = __builtins__
            sys.modules["__main__"] = module
            sys.argv = [MAIN_FILE]
            sys.path[0] = "/work"  # the script's dir, as python3 main.py would have it
            exec(compile(source, MAIN_FILE, "exec"), module.__dict__)
            code = 0
    except SystemExit as exc:
        code = _exit_code(exc)
    except BaseException as exc:
        try:
            import traceback
            # From the program's own frames on, as python3 main.py would print it.
            traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next)
        except BaseException:
            pass
        code = 1
    _finish(code)


PRLIMIT = "/usr/bin/prlimit"


def _which(name, path):
    """The file execvp would run for `name` under PATH `path`, or None."""
    if "/" in name:
        return name if os.access(name, os.X_OK) else None
    for part in path.split(":"):
        candidate = (part or ".") + "/" + name
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def _spawn_program(limits, launch, stdin_fd, out_w, err_w):
    """
    Mode exec without forking this interpreter: a fork of a Python process costs ~10 ms of CPU on a VM (page
    tables, then a copy-on-write fault for every page the child touches before it execs), more than the rest of
    the run's set-up. The monitor confines itself instead (every capability dropped, no_new_privs, the seccomp
    filter: what it does from here on - relaying output, killing, copying files out - needs none of it), then
    vfork-spawns prlimit with stdio dup'ed onto the program's pipes, in a new session, with default signal
    dispositions; prlimit sets the rlimits on itself and execs the program, which inherits the confinement. Every
    other descriptor of the monitor is close-on-exec. Returns the pid; FileNotFoundError when the program does
    not exist.
    """
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)
    env["PWD"] = "/work"  # bwrap --chdir sets it so for a cold run
    env.update(launch["env"])
    args = launch["args"]
    os.chdir("/work")
    path = _which(args[0], env.get("PATH", ""))
    if path is None:
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), args[0])
    for name in os.listdir("/proc/self/fd"):
        if int(name) > 2:
            try:
                os.set_inheritable(int(name), False)
            except OSError:
                pass  # the listing's own descriptor, closed by now
    _drop_privileges()
    _install_filter()
    cpu, address, nproc, fsize, nofile = limits
    argv = [PRLIMIT, "--cpu=%d" % cpu, "--as=%d" % address, "--nproc=%d" % nproc, "--fsize=%d" % fsize,
            "--nofile=%d" % nofile, "--core=0", "--", path] + args[1:]
    pid = os.posix_spawn(PRLIMIT, argv, env, setsid=True, setsigmask=(),
                         setsigdef=(signal.SIGPIPE, signal.SIGXFSZ),
                         file_actions=[(os.POSIX_SPAWN_DUP2, stdin_fd, 0), (os.POSIX_SPAWN_DUP2, out_w, 1),
                                       (os.POSIX_SPAWN_DUP2, err_w, 2)])
    try:
        _write_file("/proc/%d/oom_score_adj" % pid, "1000")  # under memory pressure, programs go before the harness
    except OSError:
        pass  # already gone
    return pid


def _kill_all():
    """As pid 1 of the execution's namespace: SIGKILL every other process in it."""
    try:
        os.kill(-1, signal.SIGKILL)
    except ProcessLookupError:
        pass  # none left


def _relay(eid, child, pipes, deadline):
    """
    The monitor's loop: output frames until the program has exited or its wall time is up, then everything left
    in the pid namespace is killed. Returns the program's wait status, or None when it ran out of time.
    """
    kinds = {fd: kind for fd, kind in pipes}
    poller = select.poll()
    for fd in kinds:
        poller.register(fd, select.POLLIN)
    status = None
    timed_out = False
    while kinds:
        wait = 0 if status is not None else max(0, min(50, int((deadline - time.monotonic()) * 1000)))
        if status is None and not timed_out and time.monotonic() >= deadline:
            timed_out = True
            _kill_all()
        for fd, _ in poller.poll(wait):
            data = os.read(fd, FRAME_PAYLOAD)
            if data:
                _frame(eid, kinds[fd], data)
            else:
                poller.unregister(fd)
                del kinds[fd]
        while status is None:
            try:
                pid, st = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if pid == 0:
                break
            if pid == child:
                status = st
        if status is not None and not poller.poll(0):
            break  # exited, and a background process may hold the pipes open: done
    if status is None:
        _, status = os.waitpid(child, 0)
    # Nothing of this execution may run on (or change /work) while its files are copied out.
    _kill_all()
    while True:
        try:
            os.waitpid(-1, 0)
        except ChildProcessError:
            break
    return None if timed_out else status


def _copy_in(src_fd, dest, skip=()):
    """The request's files, from the host work dir into the execution's own size-capped /work."""
    for entry in os.scandir(src_fd):
        if entry.name in skip:
            continue
        target = dest + "/" + entry.name
        if entry.is_dir(follow_symlinks=False):
            os.mkdir(target, 0o755)
            sub = os.open(entry.name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=src_fd)
            try:
                _copy_in(sub, target)
            finally:
                os.close(sub)
        elif entry.is_file(follow_symlinks=False):
            src = os.open(entry.name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=src_fd)
            try:
                out = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, os.fstat(src).st_mode & 0o777)
                try:
                    while os.sendfile(out, src, None, 1 << 20):
                        pass
                finally:
                    os.close(out)
            finally:
                os.close(src)


def _copy_out(host_fd, paths, budget):
    """
    The files the request asked back, from /work to the host work dir, where the host reads them, by the rule in
    purpcode_files.py (the cold copy-out's too); nothing runs in /work by now.
    """
    for rel in paths:
        try:
            data, _ = read_work_file(rel, budget)
            if data is None:
                continue
            norm = os.path.normpath(rel)
            budget -= len(data)
            parent = os.dup(host_fd)
            try:
                for part in os.path.dirname(norm).split("/") if os.path.dirname(norm) else ():
                    try:
                        os.mkdir(part, 0o755, dir_fd=parent)
                    except FileExistsError:
                        pass
                    sub = os.open(part, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=parent)
                    os.close(parent)
                    parent = sub
                out = os.open(os.path.basename(norm), os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600,
                              dir_fd=parent)
                try:
                    view = memoryview(data)
                    while view:
                        view = view[os.write(out, view):]
                finally:
                    os.close(out)
            finally:
                os.close(parent)
        except (OSError, ValueError):
            continue  # reported by the host as missing (ValueError: a NUL in the path)


def _stdin_pipe(memfd):
    """
    The read end of a pipe holding the input from its memory file: the program's stdin is never a file it could
    seek back in or re-read (as a cold run's stdin is a pipe too). An input that fits the pipe goes in now, kernel
    to kernel; a larger one through a feeder process that fills the pipe as the program reads.
    """
    in_r, in_w = os.pipe()
    size = os.fstat(memfd).st_size
    fits = size <= PIPE_DEFAULT_BYTES
    if not fits and size <= PIPE_MAX_BYTES:
        try:
            fits = fcntl.fcntl(in_w, fcntl.F_SETPIPE_SZ, size) >= size
        except OSError:
            fits = False  # over the user's pipe allowance: the feeder
    if fits:
        offset = 0
        while offset < size:
            moved = os.splice(memfd, in_w, size - offset, offset_src=offset)
            if not moved:
                break
            offset += moved
        os.close(in_w)
        os.close(memfd)
        return in_r
    if os.fork() == 0:
        try:
            keep = sorted((memfd, in_w))
            os.closerange(3, keep[0])
            os.closerange(keep[0] + 1, keep[1])
            os.closerange(keep[1] + 1, 1 << 20)
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # the program closed its stdin: done
            while True:
                chunk = os.read(memfd, 1 << 16)
                if not chunk:
                    break
                view = memoryview(chunk)
                while view:
                    view = view[os.write(in_w, view):]
        finally:
            os._exit(0)
    os.close(in_w)
    os.close(memfd)
    return in_r


def _monitor(eid, mode, limits, sizes, deadline):
    tmp_bytes, work_bytes = sizes[0], sizes[1]
    # As pid 1 of its namespace the kernel drops every signal sent from inside it that has no handler: the
    # program cannot interrupt its monitor (os.kill(1, SIGINT) would otherwise raise KeyboardInterrupt here).
    for sig in signal.valid_signals():
        if sig not in (signal.SIGKILL, signal.SIGSTOP, signal.SIGPIPE, signal.SIGXFSZ):
            try:
                signal.signal(sig, signal.SIG_DFL)
            except (OSError, ValueError):
                pass
    _check(_libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0), "dumpable")
    _mount("none", "/", None, MS_REC | MS_PRIVATE)
    _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    _mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, "size=%d,mode=1777" % tmp_bytes)
    # /work is a size-capped tmpfs of its own: the program never writes to the host's disk. The request's
    # files come in from the host work dir, and the files it asks back go out there after the run.
    host = os.open(WORKROOT + "/" + eid.decode(), os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    launch_fd = os.open(LAUNCH_FILE, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=host)
    with os.fdopen(launch_fd, "rb") as f:
        launch = json.loads(f.read())
    # stdin: a memory file with the request's input, nothing on any disk; seekable, as "< file" would be.
    stdin_fd = os.memfd_create("stdin", 0)
    src = os.open(STDIN_FILE, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=host)
    try:
        while os.sendfile(stdin_fd, src, None, 1 << 20):
            pass
    finally:
        os.close(src)
    os.lseek(stdin_fd, 0, os.SEEK_SET)
    _mount("tmpfs", "/work", "tmpfs", MS_NOSUID | MS_NODEV, "size=%d,mode=755" % work_bytes)
    try:
        _copy_in(host, "/work", (STDIN_FILE, LAUNCH_FILE))
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise OSError(exc.errno, "the request's files do not fit in the work dir (limits.workMb)") from None
        raise
    _mount("tmpfs", WORKROOT, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=755")
    if os.path.ismount(CGROUP):
        _mount("tmpfs", CGROUP, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=755")
    _write_file("/proc/sys/user/max_user_namespaces", "0")
    _libc.sethostname(b"sandbox", 7)
    _loopback_up()
    stdin_fd = _stdin_pipe(stdin_fd)
    out_r, out_w = os.pipe()
    err_r, err_w = os.pipe()
    if mode == b"exec":
        try:
            child = _spawn_program(limits, launch, stdin_fd, out_w, err_w)
        except FileNotFoundError as exc:  # as the forked path and a shell report it: a message and exit 127
            child = None
            _frame(eid, b"e", ("sandbox set-up failed: %r\n" % (exc,)).encode())
    else:
        child = os.fork()
        if child == 0:
            os.close(out_r)
            os.close(err_r)
            _program(mode, limits, launch, stdin_fd, out_w, err_w)
    os.close(stdin_fd)
    os.close(out_w)
    os.close(err_w)
    if child is None:
        os.close(out_r)
        os.close(err_r)
        status = 127 << 8
    else:
        status = _relay(eid, child, [(out_r, b"o"), (err_r, b"e")], deadline)
    _copy_out(host, launch.get("fetch", []), launch.get("budget", 0))
    if status is None:
        _frame(eid, b"x", b"timeout")
    elif os.WIFSIGNALED(status):
        _frame(eid, b"x", b"signal %d" % os.WTERMSIG(status))
    else:
        _frame(eid, b"x", b"exit %d" % os.WEXITSTATUS(status))


def _run_cgroup(eid):
    return CGROUP + "/run-" + eid.decode()


def _make_run_cgroup(eid, memory_bytes):
    """A memory cgroup of the run's own (where the host bound one here): all its processes share the cap."""
    if memory_bytes <= 0 or not os.path.ismount(CGROUP):
        return
    group = _run_cgroup(eid)
    os.mkdir(group)
    _write_file(group + "/memory.limit_in_bytes", str(memory_bytes))
    if os.path.exists(group + "/memory.memsw.limit_in_bytes"):
        _write_file(group + "/memory.memsw.limit_in_bytes", str(memory_bytes))


_pyapi = ctypes.PyDLL(None, use_errno=True)  # calls that keep the GIL: nothing runs between the interpreter's fork hooks
_pyapi.syscall.restype = ctypes.c_long
_pyapi.syscall.argtypes = [ctypes.c_long, ctypes.c_ulong, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
                           ctypes.c_ulong]
SYS_CLONE = 56
RUN_NAMESPACES = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS


def _clone_run():
    """
    os.fork() straight into new user, mount, pid, network, IPC, UTS (and cgroup) namespaces: the child is pid 1
    of its pid namespace at once. fork + unshare + fork would cost a whole process more (~10 ms of CPU on a VM,
    in page tables and copy-on-write faults). The interpreter's own fork hooks run around the raw clone(2) as
    os.fork runs them; the zygote is single-threaded, so no lock is held by another thread at the clone.
    Returns 0 in the child, its pid in the parent.
    """
    for flags in (RUN_NAMESPACES | CLONE_NEWCGROUP, RUN_NAMESPACES):  # cgroup: as bwrap's --unshare-cgroup-try
        _pyapi.PyOS_BeforeFork()
        pid = _pyapi.syscall(SYS_CLONE, flags | signal.SIGCHLD, None, None, None, 0)
        if pid == 0:
            _pyapi.PyOS_AfterFork_Child()
            return 0
        _pyapi.PyOS_AfterFork_Parent()
        if pid > 0:
            return pid
        code = ctypes.get_errno()
        if flags == RUN_NAMESPACES or code not in (errno.EINVAL, errno.EPERM):
            break
    raise OSError(code, "clone: %s" % os.strerror(code))


def _enter(eid, memory_bytes, uid, gid):
    """
    The new namespaces' first steps: the run's memory cgroup (where there is one), then the uid and gid maps
    (`uid`, `gid`: the zygote's, read before the clone; inside, unmapped, they read as the overflow ids).
    """
    if memory_bytes > 0 and os.path.ismount(CGROUP):
        _write_file(_run_cgroup(eid) + "/cgroup.procs", "0")  # 0: this process
    _write_file("/proc/self/setgroups", "deny")
    _write_file("/proc/self/uid_map", "%d %d 1" % (uid, uid))
    _write_file("/proc/self/gid_map", "%d %d 1" % (gid, gid))


# Every number of a run message: an int (bool excluded) within these bounds, whatever the host sent.
LIMIT_RANGES = {
    "cpu": (1, 86400), "as": (1 << 20, 1 << 46), "nproc": (1, 1 << 16), "fsize": (0, 1 << 40),
    "nofile": (16, 1 << 20), "tmp": (1 << 12, 1 << 40), "work": (1 << 12, 1 << 40), "wall_ms": (1, 86400000),
    "run_memory": (0, 1 << 46),
}
MODES = (b"main", b"pytest", b"exec", b"judge", b"judge_pytest")
_ID = __import__("re").compile(r"^\w{1,64}$")


def _run_message(message):
    """(mode, rlimits, (tmp, work, run_memory), wall_ms) of a run message, or ValueError naming the bad field."""
    mode = message.get("mode")
    if type(mode) is not str or mode.encode() not in MODES:
        raise ValueError("run message: bad mode %r" % (mode,))
    limits = message.get("limits")
    if type(limits) is not dict:
        raise ValueError("run message: limits must be an object")
    values = {}
    for name, (low, high) in LIMIT_RANGES.items():
        value = limits.get(name)
        if type(value) is not int or not low <= value <= high:
            raise ValueError("run message: limit %s must be an integer in [%d, %d], got %r" % (name, low, high, value))
        values[name] = value
    rlimits = [values[name] for name in ("cpu", "as", "nproc", "fsize", "nofile")]
    return mode.encode(), rlimits, (values["tmp"], values["work"], values["run_memory"]), values["wall_ms"]


# A pipe's capacity unless raised (64 KiB on Linux), and the most an unprivileged process may raise it to.
PIPE_DEFAULT_BYTES = 1 << 16
PIPE_MAX_BYTES = 1 << 20

_SUPPORT = os.path.dirname(os.path.abspath(__file__))
_FILTER = _load_filter()


def serve(preload=()):
    # Modules every execution of this zygote will use are imported once here (pytest: ~0.2 s per run saved).
    for name in preload:
        __import__(name)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    wake_r, wake_w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
    signal.set_wakeup_fd(wake_w)
    _check(_libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), "subreaper")
    uid, gid = os.getuid(), os.getgid()
    monitors = {}  # monitor pid -> id
    by_id = {}     # id -> monitor pid
    cgroups = set()  # ids whose run cgroup is still to be removed
    buffer = b""
    gc.collect()
    gc.freeze()
    gc.disable()
    _frame(b"0", b"r", b"ready")

    def reap():
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            eid = monitors.pop(pid, None)
            if eid is not None:
                ended(eid, status)

    def drop_cgroups():
        # A run's group goes once its processes have; one that is still busy is tried again next time.
        for eid in list(cgroups):
            try:
                os.rmdir(_run_cgroup(eid))
                cgroups.discard(eid)
            except FileNotFoundError:
                cgroups.discard(eid)
            except OSError:
                pass

    def ended(eid, status):
        by_id.pop(eid, None)
        cgroups.add(eid)
        # A monitor that ran to its end exits 0 after its own exit frame; anything else was killed.
        if not (os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0):
            _frame(eid, b"x", b"killed")

    def command(line):
        try:
            message = json.loads(line)
        except ValueError:
            return  # not a message of the host's: nothing to answer
        if type(message) is not dict or type(message.get("id")) is not str or not _ID.match(message["id"]):
            return
        eid = message["id"].encode()
        if message.get("op") == "kill":
            pid = by_id.get(eid)
            if pid is not None:
                os.kill(pid, signal.SIGKILL)
            return
        if message.get("op") != "run":
            return
        try:
            mode, limits, sizes, wall_ms = _run_message(message)
        except ValueError as exc:
            _frame(eid, b"x", b"error %s" % str(exc).encode()[:1000])
            return
        deadline = time.monotonic() + wall_ms / 1000.0
        try:
            _make_run_cgroup(eid, sizes[2])
            pid = _clone_run()
        except OSError as exc:
            cgroups.add(eid)
            _frame(eid, b"x", b"error %s" % repr(exc).encode()[:1000])
            return
        if pid == 0:
            # The monitor: pid 1 of the run's namespaces. It reports its own end (x frame) and exits 0.
            try:
                os.close(wake_r)
                os.close(wake_w)
                fd = os.open(os.devnull, os.O_RDONLY)
                os.dup2(fd, 0)
                os.close(fd)
                signal.set_wakeup_fd(-1)
                signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                _enter(eid, sizes[2], uid, gid)
                _monitor(eid, mode, limits, sizes, deadline)
            except BaseException as exc:
                _frame(eid, b"x", b"error %s" % repr(exc).encode()[:1000])
                os._exit(1)
            os._exit(0)
        monitors[pid] = eid
        by_id[eid] = pid

    while True:
        readable, _, _ = select.select([0, wake_r], [], [])
        for fd in readable:
            if fd == 0:
                data = os.read(0, 65536)
                if not data:
                    return
                buffer += data
                while b"\n" in buffer:
                    line, buffer = buffer.split(b"\n", 1)
                    if line.strip():
                        try:
                            command(line)
                        except Exception as exc:  # one bad message fails at most its own run
                            os.write(2, ("zygote: %r\n" % (exc,)).encode()[:1000])
            elif fd == wake_r:
                try:
                    while os.read(wake_r, 512):
                        pass
                except BlockingIOError:
                    pass
        reap()
        if cgroups:
            drop_cgroups()
