import os, resource, sys

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
