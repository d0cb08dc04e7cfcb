import io, os, sys, time
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
