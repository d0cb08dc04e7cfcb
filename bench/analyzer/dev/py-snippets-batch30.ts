// Dev suite "py-snippets", batch 30 (see py-snippets.ts): written blind, before any fix for it (own code, never taken
// from a held-out corpus). The data-flow shapes left open last round: `*args` and `**kwargs` handed through methods,
// lambdas and keyword-unpacking calls; regex functions imported by name from `re` (`from re import compile`,
// `from re import search as find`); a command runner received as a parameter (`def run(cmd, runner=os.system)`,
// `execute(os.popen, cmd)`); and a file's own `quote()`/`escape()`/`clean()` helpers, which count as sanitisers only
// when they really sanitise (wrap shlex.quote / html.escape / os.path.basename, or raise unless a strict allow-list
// pattern matches the whole value) - a helper that returns its input, strips spaces or adds double quotes does not.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH30: DevCase[] = [
  // ---------------- *args / **kwargs through methods, lambdas and keyword calls ----------------
  bad(
    "CWE-78",
    "batch30: method takes *args and joins them into an os.system command; called with a query value",
    src`
import os
from flask import Flask, request

app = Flask(__name__)


class ImageTool:
    def __init__(self, binary="convert"):
        self.binary = binary

    def run(self, *args):
        cmd = self.binary + " " + " ".join(args)
        return os.system(cmd)


@app.route("/thumb")
def thumb():
    name = request.args.get("file", "")
    rc = ImageTool().run(name, "-resize", "64x64", "/tmp/thumb.png")
    return {"rc": rc}
`,
  ),
  good(
    "CWE-78",
    "batch30: method takes *args and passes them as an argument list without a shell",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


class ImageTool:
    def __init__(self, binary="convert"):
        self.binary = binary

    def run(self, *args):
        return subprocess.run([self.binary, *args], check=False).returncode


@app.route("/thumb")
def thumb():
    name = request.args.get("file", "")
    rc = ImageTool().run(name, "-resize", "64x64", "/tmp/thumb.png")
    return {"rc": rc}
`,
  ),
  bad(
    "CWE-78",
    "batch30: static method reads *hosts[0] into a ping command run by the shell; a route passes the query value first",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


class Net:
    @staticmethod
    def ping(*hosts):
        target = hosts[0]
        return subprocess.call("ping -c 1 " + target, shell=True)


@app.route("/ping")
def ping_view():
    return {"rc": Net.ping(request.args.get("host", ""), "backup.local")}
`,
  ),
  good(
    "CWE-78",
    "batch30: static method pings only the constant second *hosts entry through the shell; a route passes the query value first",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


class Net:
    @staticmethod
    def ping(*hosts):
        target = hosts[1]
        return subprocess.call("ping -c 1 " + target, shell=True)


@app.route("/ping")
def ping_view():
    return {"rc": Net.ping(request.args.get("host", ""), "backup.local")}
`,
  ),
  bad(
    "CWE-78",
    "batch30: lambda with *parts joins them into os.popen; called with input()",
    src`
import os

sh = lambda *parts: os.popen(" ".join(parts)).read()

pattern = input("grep for: ")
print(sh("grep", "-rn", pattern, "/var/log/app"))
`,
  ),
  good(
    "CWE-78",
    "batch30: lambda with *parts hands them to subprocess as a list; called with input()",
    src`
import subprocess

sh = lambda *parts: subprocess.run(list(parts), capture_output=True, text=True).stdout

pattern = input("grep for: ")
print(sh("grep", "-rn", "--", pattern, "/var/log/app"))
`,
  ),
  bad(
    "CWE-89",
    "batch30: lambda builds the SQL text with %-formatting; called with a form value",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)
by_name = lambda name: "SELECT id, email FROM users WHERE name = '%s'" % name


@app.route("/user", methods=["POST"])
def user():
    db = sqlite3.connect("app.db")
    row = db.execute(by_name(request.form["name"])).fetchone()
    return {"row": row}
`,
  ),
  good(
    "CWE-89",
    "batch30: lambda returns a parameterised query and its parameters",
    src`
import sqlite3
from flask import Flask, request

app = Flask(__name__)
by_name = lambda name: ("SELECT id, email FROM users WHERE name = ?", (name,))


@app.route("/user", methods=["POST"])
def user():
    db = sqlite3.connect("app.db")
    sql, params = by_name(request.form["name"])
    row = db.execute(sql, params).fetchone()
    return {"row": row}
`,
  ),
  bad(
    "CWE-89",
    "batch30: helper reads kwargs['name'] into an f-string query; called with name=request value",
    src`
from flask import Flask, request
from db import get_cursor

app = Flask(__name__)


def find_users(**filters):
    cur = get_cursor()
    cur.execute(f"SELECT * FROM users WHERE name = '{filters['name']}'")
    return cur.fetchall()


@app.route("/search")
def search():
    return {"users": find_users(name=request.args.get("q", ""), active=True)}
`,
  ),
  good(
    "CWE-89",
    "batch30: helper passes kwargs['name'] as a query parameter",
    src`
from flask import Flask, request
from db import get_cursor

app = Flask(__name__)


def find_users(**filters):
    cur = get_cursor()
    cur.execute("SELECT * FROM users WHERE name = %s", (filters["name"],))
    return cur.fetchall()


@app.route("/search")
def search():
    return {"users": find_users(name=request.args.get("q", ""), active=True)}
`,
  ),
  bad(
    "CWE-78",
    "batch30: a dict of request values unpacked with ** into a function that runs a shell command",
    src`
import os
from flask import Flask, request

app = Flask(__name__)


def backup(host, path):
    return os.system(f"rsync -a {host}:{path} /srv/backups/")


@app.route("/backup", methods=["POST"])
def start_backup():
    opts = {"host": request.form["host"], "path": request.form["path"]}
    return {"rc": backup(**opts)}
`,
  ),
  good(
    "CWE-78",
    "batch30: a dict of request values unpacked with ** into a function that runs rsync without a shell",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


def backup(host, path):
    return subprocess.call(["rsync", "-a", "--", f"{host}:{path}", "/srv/backups/"])


@app.route("/backup", methods=["POST"])
def start_backup():
    opts = {"host": request.form["host"], "path": request.form["path"]}
    return {"rc": backup(**opts)}
`,
  ),
  bad(
    "CWE-78",
    "batch30: wrapper forwards *args/**kwargs to subprocess.check_output; called with a string and shell=True",
    src`
import subprocess
import sys


def run_logged(*args, **kwargs):
    print("running", args)
    return subprocess.check_output(*args, **kwargs)


branch = sys.argv[1]
print(run_logged("git log --oneline " + branch, shell=True).decode())
`,
  ),
  good(
    "CWE-78",
    "batch30: wrapper forwards *args/**kwargs to subprocess.check_output; called with an argument list",
    src`
import subprocess
import sys


def run_logged(*args, **kwargs):
    print("running", args)
    return subprocess.check_output(*args, **kwargs)


branch = sys.argv[1]
print(run_logged(["git", "log", "--oneline", branch]).decode())
`,
  ),
  // ---------------- regex functions imported by name ----------------
  bad(
    "CWE-730",
    "batch30: from re import compile; the query string is compiled as a pattern",
    src`
from re import compile, IGNORECASE
from flask import Flask, request

app = Flask(__name__)
TITLES = ["Annual report", "Budget 2026", "Minutes"]


@app.route("/filter")
def filter_titles():
    rx = compile(request.args.get("pattern", ""), IGNORECASE)
    return {"titles": [t for t in TITLES if rx.search(t)]}
`,
  ),
  good(
    "CWE-730",
    "batch30: from re import compile, escape; the query string is escaped before compiling",
    src`
from re import compile, escape, IGNORECASE
from flask import Flask, request

app = Flask(__name__)
TITLES = ["Annual report", "Budget 2026", "Minutes"]


@app.route("/filter")
def filter_titles():
    rx = compile(escape(request.args.get("pattern", "")), IGNORECASE)
    return {"titles": [t for t in TITLES if rx.search(t)]}
`,
  ),
  bad(
    "CWE-730",
    "batch30: from re import search as find; the user's text is used as the pattern",
    src`
from re import search as find


def grep_lines(lines, needle):
    return [line for line in lines if find(needle, line)]


if __name__ == "__main__":
    term = input("search term: ")
    with open("/var/log/app.log") as fh:
        print(grep_lines(fh.readlines(), term))
`,
  ),
  good(
    "CWE-730",
    "batch30: from re import search as find, escape; the user's text is escaped",
    src`
from re import search as find, escape


def grep_lines(lines, needle):
    return [line for line in lines if find(escape(needle), line)]


if __name__ == "__main__":
    term = input("search term: ")
    with open("/var/log/app.log") as fh:
        print(grep_lines(fh.readlines(), term))
`,
  ),
  bad(
    "CWE-1333",
    "batch30: from re import compile as rx; a nested quantifier pattern checks e-mail input",
    src`
from re import compile as rx

EMAIL = rx(r"^([a-zA-Z0-9]+\.?)*@example\.com$")


def is_staff(address: str) -> bool:
    return EMAIL.match(address) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch30: from re import compile as rx; a linear pattern checks e-mail input",
    src`
from re import compile as rx

EMAIL = rx(r"^[a-zA-Z0-9]+(?:\.[a-zA-Z0-9]+)*@example\.com$")


def is_staff(address: str) -> bool:
    return EMAIL.match(address) is not None
`,
  ),
  bad(
    "CWE-1333",
    "batch30: from re import fullmatch; an overlapping repeated group validates a slug",
    src`
from re import fullmatch


def valid_slug(slug):
    return fullmatch(r"(\w+-?\w*)+", slug) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch30: from re import fullmatch; a slug pattern whose repetitions cannot overlap",
    src`
from re import fullmatch


def valid_slug(slug):
    return fullmatch(r"\w+(?:-\w+)*", slug) is not None
`,
  ),
  // ---------------- a runner passed in as a parameter ----------------
  bad(
    "CWE-78",
    "batch30: run(cmd, runner=os.system) called with a ping command built from the query",
    src`
import os
from flask import Flask, request

app = Flask(__name__)


def run(cmd, runner=os.system):
    app.logger.info("exec %s", cmd)
    return runner(cmd)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    return {"rc": run("ping -c 1 " + host)}
`,
  ),
  good(
    "CWE-78",
    "batch30: run(cmd, runner=os.system) called with the host quoted by shlex.quote",
    src`
import os
import shlex
from flask import Flask, request

app = Flask(__name__)


def run(cmd, runner=os.system):
    app.logger.info("exec %s", cmd)
    return runner(cmd)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    return {"rc": run("ping -c 1 " + shlex.quote(host))}
`,
  ),
  bad(
    "CWE-78",
    "batch30: execute(fn, arg) is handed os.popen and a du command with an argv path",
    src`
import os
import sys


def execute(fn, arg):
    result = fn(arg)
    return result.read() if hasattr(result, "read") else result


print(execute(os.popen, "du -sh " + sys.argv[1]))
`,
  ),
  good(
    "CWE-78",
    "batch30: execute(fn, arg) is handed os.popen and a constant du command",
    src`
import os
import sys


def execute(fn, arg):
    result = fn(arg)
    return result.read() if hasattr(result, "read") else result


print(sys.argv[1], execute(os.popen, "du -sh /var/log"))
`,
  ),
  bad(
    "CWE-78",
    "batch30: job class stores runner=subprocess.getoutput and calls it with a form value",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


class Job:
    def __init__(self, command, runner=subprocess.getoutput):
        self.command = command
        self.runner = runner

    def start(self):
        return self.runner(self.command)


@app.route("/jobs", methods=["POST"])
def jobs():
    job = Job("tar czf /tmp/out.tgz " + request.form["dir"])
    return {"out": job.start()}
`,
  ),
  good(
    "CWE-78",
    "batch30: run(cmd, runner=print) only prints the command built from the query",
    src`
from flask import Flask, request

app = Flask(__name__)


def run(cmd, runner=print):
    return runner(cmd)


@app.route("/dry-run")
def dry_run():
    run("ping -c 1 " + request.args.get("host", ""))
    return "ok"
`,
  ),
  // ---------------- a file's own quote()/escape()/clean() helpers ----------------
  good(
    "CWE-78",
    "batch30: local quote() wraps shlex.quote; the quoted branch goes to os.system",
    src`
import os
import shlex
import sys


def quote(value):
    return shlex.quote(str(value))


os.system("git checkout " + quote(sys.argv[1]))
`,
  ),
  bad(
    "CWE-78",
    "batch30: local quote() only strips spaces; the branch goes to os.system",
    src`
import os
import sys


def quote(value):
    return str(value).strip()


os.system("git checkout " + quote(sys.argv[1]))
`,
  ),
  bad(
    "CWE-78",
    "batch30: local quote() wraps the value in double quotes, which leave $( ) live",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


def quote(s):
    return '"' + s + '"'


@app.route("/log")
def log():
    out = subprocess.check_output("tail -n 50 " + quote(request.args["file"]), shell=True)
    return out.decode()
`,
  ),
  good(
    "CWE-79",
    "batch30: local escape() wraps html.escape; the name is echoed in HTML",
    src`
import html
from flask import Flask, request

app = Flask(__name__)


def escape(text):
    return html.escape(text, quote=True)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return "<h1>Hello " + escape(name) + "</h1>"
`,
  ),
  bad(
    "CWE-79",
    "batch30: local escape() returns its input unchanged; the name is echoed in HTML",
    src`
from flask import Flask, request

app = Flask(__name__)


def escape(text):
    # TODO: real escaping
    return text


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return "<h1>Hello " + escape(name) + "</h1>"
`,
  ),
  good(
    "CWE-78",
    "batch30: local safe_ref() raises unless a strict allow-list pattern matches the whole value",
    src`
import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)


def safe_ref(ref):
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._/-]{0,63}", ref):
        raise ValueError("bad ref")
    return ref


@app.route("/diff")
def diff():
    try:
        ref = safe_ref(request.args.get("ref", ""))
    except ValueError:
        abort(400)
    return subprocess.check_output("git diff " + ref, shell=True).decode()
`,
  ),
  bad(
    "CWE-78",
    "batch30: local safe_ref() uses an unanchored re.search, so any value with one good character passes",
    src`
import re
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)


def safe_ref(ref):
    if not re.search(r"[A-Za-z0-9][A-Za-z0-9._/-]*", ref):
        raise ValueError("bad ref")
    return ref


@app.route("/diff")
def diff():
    try:
        ref = safe_ref(request.args.get("ref", ""))
    except ValueError:
        abort(400)
    return subprocess.check_output("git diff " + ref, shell=True).decode()
`,
  ),
  good(
    "CWE-22",
    "batch30: local clean() keeps only the base name before joining it to the upload folder",
    src`
import os
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOADS = "/srv/uploads"


def clean(name):
    return os.path.basename(name)


@app.route("/download")
def download():
    return send_file(open(os.path.join(UPLOADS, clean(request.args["f"])), "rb"), mimetype="application/octet-stream")
`,
  ),
  bad(
    "CWE-22",
    "batch30: local clean() only strips whitespace before joining the name to the upload folder",
    src`
import os
from flask import Flask, request, send_file

app = Flask(__name__)
UPLOADS = "/srv/uploads"


def clean(name):
    return name.strip()


@app.route("/download")
def download():
    return send_file(open(os.path.join(UPLOADS, clean(request.args["f"])), "rb"), mimetype="application/octet-stream")
`,
  ),
];
