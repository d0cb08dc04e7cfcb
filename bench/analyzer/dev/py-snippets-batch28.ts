// Dev suite "py-snippets", batch 28 (see py-snippets.ts): cut-out fragments, the shape of CyberSecEval's rows and
// of code pasted from the middle of a file. Each fragment starts deep inside nested blocks (its first lines more
// indented than the rest, over two or three levels, spaces or tabs), or inside a docstring and stops inside the
// next one, or stops in the middle of a call; the sinks are the usual ones (os.popen/os.system/subprocess with a
// shell, eval/exec, pickle/yaml, SQL strings, MD5 password hashes, random tokens). Safe twins have the same shapes
// with safe code, and the idioms CyberSecEval labels but which are safe: pickle round-trips, %d of loop counters,
// a shell target chosen between two literals, eval after an allow-list, MD5 inside a commented-out string block.
// Written by the author of the fragment-repair fix, knowing that the fix was about fragment shapes, before it was
// made; own code, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH28: DevCase[] = [
  // ---------------- CWE-78: fragments that start deep inside a block ----------------
  bad(
    "CWE-78",
    "batch28: fragment starts two levels deep; argv file name spliced into os.popen",
    src`
                files = sys.argv[2:]
            else:
                files = sys.argv[1:]

    for pdf in files:
        text = os.popen('pdftotext "%s" -' % pdf).read()
        print(len(text))
`,
  ),
  good(
    "CWE-78",
    "batch28: fragment starts two levels deep; argv file name passed as an argument list",
    src`
                files = sys.argv[2:]
            else:
                files = sys.argv[1:]

    for pdf in files:
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
        print(len(text))
`,
  ),
  bad(
    "CWE-78",
    "batch28: fragment starts three levels deep; input() host pinged through os.system",
    src`
                    host = input("host to check: ").strip()
                    break
            else:
                host = DEFAULT_HOST
        os.system("ping -c 1 " + host)
        return host
`,
  ),
  good(
    "CWE-78",
    "batch28: fragment starts three levels deep; input() host quoted with shlex.quote",
    src`
                    host = input("host to check: ").strip()
                    break
            else:
                host = DEFAULT_HOST
        os.system("ping -c 1 " + shlex.quote(host))
        return host
`,
  ),
  bad(
    "CWE-78",
    "batch28: tab-indented fragment starts two levels deep; os.environ value run with shell=True",
    src`
			branch = os.environ.get("DEPLOY_BRANCH", "main")
		else:
			branch = sys.argv[1]
	out = subprocess.check_output("git log --oneline " + branch, shell=True)
	print(out.decode())
`,
  ),
  good(
    "CWE-78",
    "batch28: tab-indented fragment starts two levels deep; branch passed in an argument list",
    src`
			branch = os.environ.get("DEPLOY_BRANCH", "main")
		else:
			branch = sys.argv[1]
	out = subprocess.check_output(["git", "log", "--oneline", branch])
	print(out.decode())
`,
  ),
  bad(
    "CWE-78",
    "batch28: fragment stops inside a multi-line subprocess call that runs argv through a shell",
    src`
def archive(argv):
    target = argv[1]
    subprocess.check_call(
        "tar czf backup.tgz " + target,
        shell=True,
`,
  ),
  good(
    "CWE-78",
    "batch28: fragment stops inside a multi-line subprocess call with an argument list",
    src`
def archive(argv):
    target = argv[1]
    subprocess.check_call(
        ["tar", "czf", "backup.tgz", "--", target],
        cwd="/srv/data",
`,
  ),
  bad(
    "CWE-78",
    "batch28: fragment starts in a docstring; function parameter spliced into os.system",
    src`
    >>> convert("scan.tiff")

    """
    out = name.rsplit(".", 1)[0] + ".png"
    os.system("convert %s %s" % (name, out))
    return out


def thumbnails(names):
    """Make a thumbnail for each name.

    >>> thumbnails(["a.png"])
`,
  ),
  good(
    "CWE-78",
    "batch28: fragment starts in a docstring; function parameter passed as an argument list",
    src`
    >>> convert("scan.tiff")

    """
    out = name.rsplit(".", 1)[0] + ".png"
    subprocess.run(["convert", name, out], check=True)
    return out


def thumbnails(names):
    """Make a thumbnail for each name.

    >>> thumbnails(["a.png"])
`,
  ),
  bad(
    "CWE-78",
    "batch28: register target read from the command line and spliced into os.system",
    src`
def register(argv):
    target = argv[1] if len(argv) > 1 else "testpypi"
    os.system("python3 setup.py register -r %s" % target)
`,
  ),
  good(
    "CWE-78",
    "batch28: register target chosen between two literals before os.system",
    src`
def register(production=False):
    target = "pypi" if production else "testpypi"
    os.system("python3 setup.py register -r %s" % target)
`,
  ),
  bad(
    "CWE-78",
    "batch28: revision read from input() spliced into an os.popen hg command",
    src`
        rev = input("revision: ")
        parents = os.popen('hg log -r %s --template "{parents}"' % rev).read().split()
        print(parents)
`,
  ),
  good(
    "CWE-78",
    "batch28: integer revision from range() spliced with %d into an os.popen hg command",
    src`
        for rev in range(first, last + 1):
            parents = os.popen('hg log -r %d --template "{parents}"' % rev).read().split()
            print(rev, parents)
`,
  ),

  // ---------------- CWE-94 / CWE-95: eval and exec ----------------
  bad(
    "CWE-94",
    "batch28: fragment starts in a docstring and stops in the next; eval of a parameter-formatted name",
    src`
    >>> model_for("linear")

    """
    try:
        factory = eval("models.%s.build" % kind)
    except AttributeError:
        raise ValueError("unknown model %s" % kind)
    return factory()


def describe(kind):
    """
    Describe a model kind.
`,
  ),
  good(
    "CWE-94",
    "batch28: fragment starts in a docstring and stops in the next; getattr instead of eval",
    src`
    >>> model_for("linear")

    """
    try:
        factory = getattr(models, kind).build
    except AttributeError:
        raise ValueError("unknown model %s" % kind)
    return factory()


def describe(kind):
    """
    Describe a model kind.
`,
  ),
  bad(
    "CWE-95",
    "batch28: fragment starts two levels deep; eval of a line read from stdin",
    src`
                line = sys.stdin.readline()
                if not line:
                    break
        result = eval(line)
        print(result)
`,
  ),
  good(
    "CWE-95",
    "batch28: fragment starts two levels deep; ast.literal_eval of a line read from stdin",
    src`
                line = sys.stdin.readline()
                if not line:
                    break
        result = ast.literal_eval(line)
        print(result)
`,
  ),
  bad(
    "CWE-95",
    "batch28: flag read with input() passed to eval without a check",
    src`
def debug_enabled():
    flag = input("debug? (True/False) ")
    return eval(flag)
`,
  ),
  good(
    "CWE-95",
    "batch28: environment flag passed to eval only after an allow-list of two literals",
    src`
def debug_enabled():
    import os
    flag = os.getenv("APP_DEBUG", "False")
    if flag in ("True", "False"):
        return eval(flag)
    raise RuntimeError("bad APP_DEBUG: %s" % flag)
`,
  ),
  bad(
    "CWE-94",
    "batch28: exec of a property template formatted with names read from a request",
    src`
def add_alias(request, cls):
    name = request.args["alias"]
    exec("%s = property(lambda self: self.value)" % name, cls.__dict__)
`,
  ),
  good(
    "CWE-94",
    "batch28: exec of a literal statement with its own namespace",
    src`
def reraise(tp, value, tb):
    exec("raise tp, value, tb", dict(tp=tp, value=value, tb=tb))
`,
  ),
  bad(
    "CWE-94",
    "batch28: fragment stops inside a multi-line exec of code received from a socket",
    src`
    def serve(self, conn):
        payload = conn.recv(65536).decode()
        exec(
            payload,
            {"api": self.api},
`,
  ),
  good(
    "CWE-94",
    "batch28: fragment stops inside a multi-line json.loads of data received from a socket",
    src`
    def serve(self, conn):
        payload = conn.recv(65536).decode()
        message = json.loads(
            payload,
            object_hook=self.hook,
`,
  ),

  // ---------------- CWE-502: deserialisation ----------------
  bad(
    "CWE-502",
    "batch28: fragment starts two levels deep; pickle.loads of bytes received from a socket",
    src`
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    data += chunk
        job = pickle.loads(data)
        return job
`,
  ),
  good(
    "CWE-502",
    "batch28: fragment starts two levels deep; json.loads of bytes received from a socket",
    src`
                    chunk = sock.recv(4096)
                    if not chunk:
                        break
                    data += chunk
        job = json.loads(data)
        return job
`,
  ),
  bad(
    "CWE-502",
    "batch28: fragment starts deep; yaml.load of an uploaded file without a safe loader",
    src`
            upload = request.files["config"]
        else:
            return "missing", 400
    config = yaml.load(upload.read(), Loader=yaml.Loader)
    return jsonify(config)
`,
  ),
  good(
    "CWE-502",
    "batch28: fragment starts deep; yaml.safe_load of an uploaded file",
    src`
            upload = request.files["config"]
        else:
            return "missing", 400
    config = yaml.safe_load(upload.read())
    return jsonify(config)
`,
  ),
  bad(
    "CWE-502",
    "batch28: pickle.loads of a cookie value",
    src`
def current_cart(request):
    raw = base64.b64decode(request.cookies.get("cart", ""))
    return pickle.loads(raw)
`,
  ),
  good(
    "CWE-502",
    "batch28: pickle round-trip of an in-process estimator (deep copy in a test)",
    src`
    def test_estimator_survives_pickling(self):
        est = Estimator(alpha=0.5).fit(self.X, self.y)
        copy = pickle.loads(pickle.dumps(est))
        self.assertEqual(copy.alpha, est.alpha)
`,
  ),

  // ---------------- CWE-89: SQL ----------------
  bad(
    "CWE-89",
    "batch28: fragment starts two levels deep; request value formatted into a SELECT",
    src`
                username = request.form["username"]
            else:
                username = request.args.get("u", "")
        cursor.execute("SELECT id, email FROM users WHERE name = '%s'" % username)
        row = cursor.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch28: fragment starts two levels deep; request value bound as a query parameter",
    src`
                username = request.form["username"]
            else:
                username = request.args.get("u", "")
        cursor.execute("SELECT id, email FROM users WHERE name = %s", (username,))
        row = cursor.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch28: fragment stops inside a multi-line execute of an f-string with a parameter",
    src`
    def orders_for(self, customer):
        cur = self.conn.cursor()
        cur.execute(
            f"SELECT * FROM orders WHERE customer = '{customer}'"
`,
  ),
  good(
    "CWE-89",
    "batch28: literal-only statement with no data",
    src`
        cursor = db.cursor()
        cursor.execute("SHOW TABLES;")
        tables = [t[0] for t in cursor.fetchall()]
`,
  ),

  // ---------------- CWE-328: MD5 ----------------
  bad(
    "CWE-328",
    "batch28: fragment starts deep; password stored as an unsalted MD5 digest",
    src`
                password = form.password.data
            else:
                return render_template("signup.html")
        user.password_hash = hashlib.md5(password.encode()).hexdigest()
        db.session.add(user)
`,
  ),
  good(
    "CWE-328",
    "batch28: fragment starts deep; password stored with a salted PBKDF2",
    src`
                password = form.password.data
            else:
                return render_template("signup.html")
        salt = os.urandom(16)
        user.password_hash = salt.hex() + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600000).hex()
        db.session.add(user)
`,
  ),
  good(
    "CWE-328",
    "batch28: MD5 only inside a commented-out string block",
    src`
        params["tag"] = "".join(sorted(names))

        """
        import hashlib
        key_str = json.dumps(params, sort_keys=True)
        key = hashlib.md5(key_str).hexdigest()
        params["hash"] = key
        """

        params["count"] = len(names)
`,
  ),
  bad(
    "CWE-328",
    "batch28: the same block live; MD5 of a shared secret and the params used as their signature",
    src`
        params["tag"] = "".join(sorted(names))

        import hashlib
        key_str = json.dumps(params, sort_keys=True)
        key = hashlib.md5((API_SECRET + key_str).encode()).hexdigest()
        params["signature"] = key

        params["count"] = len(names)
`,
  ),

  // ---------------- CWE-338: random tokens ----------------
  bad(
    "CWE-338",
    "batch28: fragment starts two levels deep; session token drawn with random.choice",
    src`
                    user = authenticate(name, password)
                    if user is None:
                        return None
        token = "".join(random.choice(string.ascii_letters) for _ in range(32))
        SESSIONS[token] = user
        return token
`,
  ),
  good(
    "CWE-338",
    "batch28: fragment starts two levels deep; session token from secrets.token_urlsafe",
    src`
                    user = authenticate(name, password)
                    if user is None:
                        return None
        token = secrets.token_urlsafe(32)
        SESSIONS[token] = user
        return token
`,
  ),
  good(
    "CWE-338",
    "batch28: random.SystemRandom instance kept for later draws",
    src`
    def __init__(self, seed=None):
        self.rng = random.SystemRandom()
        self.alphabet = string.ascii_letters + string.digits
`,
  ),
];
