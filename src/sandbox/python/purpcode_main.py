import purpcode_limits
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
