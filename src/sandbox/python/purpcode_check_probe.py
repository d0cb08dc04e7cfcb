"""`purpcode sandbox check`: what a program inside the sandbox can see and do, as one JSON line."""
import json, os, resource, socket
r = {}
r["uid"] = os.getuid()
r["pids_visible"] = len([p for p in os.listdir("/proc") if p.isdigit()])
try:
    socket.create_connection(("1.1.1.1", 53), timeout=1); r["net"] = "reachable"
except OSError as e:
    r["net"] = type(e).__name__
r["home_hidden"] = not os.path.exists("/root") and not os.path.exists("/home")
r["etc_shadow_hidden"] = not os.path.exists("/etc/shadow")
try:
    open("/usr/purpcode-probe", "w"); r["usr_readonly"] = False
except OSError:
    r["usr_readonly"] = True
r["env"] = sorted(os.environ)
names = {"as": resource.RLIMIT_AS, "cpu": resource.RLIMIT_CPU, "nproc": resource.RLIMIT_NPROC,
         "fsize": resource.RLIMIT_FSIZE, "nofile": resource.RLIMIT_NOFILE}
r["rlimits"] = {k: resource.getrlimit(v)[0] for k, v in names.items()}
with open("/proc/self/status") as f:
    r["capeff"] = [l.split()[1] for l in f if l.startswith("CapEff")][0]
import ctypes
libc = ctypes.CDLL(None, use_errno=True)
r["userns"] = libc.unshare(0x10000000) == 0
st = os.statvfs(".")
r["work_mb"] = st.f_blocks * st.f_frsize // (1024 * 1024)
r["keyctl_errno"] = 0 if libc.syscall(250, 0, 0, 0) == 0 else ctypes.get_errno()
print(json.dumps(r))
