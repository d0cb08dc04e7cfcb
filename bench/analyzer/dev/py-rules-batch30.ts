// Dev suite "py-rules", batch 30 (format in py-rules.ts): written after a probe of the analyzer against CodeQL's
// public Python query tests (read only, never copied; the probe and its copies stay outside the repository). Each
// block is new code for an idiom the probe showed we missed or flagged wrongly: XPath queries built from the
// request, tar members extracted one by one, programs chosen by the caller, sensitive values printed, constants
// behind a debug flag or protocol, ldap3 paged searches, mongoengine raw queries, redirects under a fixed host,
// substring host checks, verify flags passed through parameters. Cases written here, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH30: DevCase[] = [
  ...rules(
    "CWE-643",
    "batch30: xpath expressions from the request (lxml)",
    `
from flask import Flask, request, abort
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/book")
def book():
    title = request.args.get("title", "")
    hits = CATALOG.xpath("//book[title='" + title + "']/price/text()") # VULN
    return {"prices": [str(h) for h in hits]}


@app.route("/book2")
def book2():
    title = request.args.get("title", "")
    hits = CATALOG.xpath("//book[title=$t]/price/text()", t=title) # SAFE
    return {"prices": [str(h) for h in hits]}


@app.route("/select")
def select():
    expr = request.args.get("q", "")
    finder = etree.XPath(expr) # VULN
    return {"n": len(finder(CATALOG))}


@app.route("/select2")
def select2():
    author = request.args.get("author", "")
    finder = etree.XPath("//book[author=$a]")
    return {"n": len(finder(CATALOG, a=author))} # SAFE


@app.route("/node")
def node():
    name = request.args.get("name", "")
    if not name.isidentifier():
        abort(400)
    root = CATALOG.getroot()
    found = root.xpath(f"//{name}") # SAFE
    return {"n": len(found)}


@app.route("/node2")
def node2():
    name = request.args.get("name", "")
    root = CATALOG.getroot()
    found = root.xpath(f"//item[@sku='{name}']") # VULN
    return {"n": len(found)}
`,
  ),
  ...rules(
    "CWE-22",
    "batch30: tar members extracted one at a time",
    `
import os
import tarfile

DEST = "/srv/unpacked"


def unpack_each(upload_path):
    with tarfile.open(upload_path) as bundle:
        for member in bundle:
            bundle.extract(member, DEST) # VULN


def unpack_each_checked(upload_path):
    root = os.path.realpath(DEST)
    with tarfile.open(upload_path) as bundle:
        for member in bundle.getmembers():
            target = os.path.realpath(os.path.join(DEST, member.name))
            if not target.startswith(root + os.sep):
                raise ValueError("entry escapes the destination")
            bundle.extract(member, DEST) # SAFE


def unpack_dotdot_only(upload_path):
    with tarfile.open(upload_path) as bundle:
        for member in bundle.getmembers():
            if ".." in member.name:
                continue
            bundle.extract(member, DEST) # VULN


def unpack_members_self(upload_path):
    bundle = tarfile.open(upload_path, "r:gz")
    bundle.extractall(DEST, members=bundle.getmembers()) # VULN
    bundle.close()


TRUST_ALL = "fully_trusted"
DATA_ONLY = "data"


def unpack_filter_var(upload_path):
    with tarfile.open(upload_path) as bundle:
        bundle.extractall(DEST, filter=TRUST_ALL) # VULN


def unpack_filter_data(upload_path):
    with tarfile.open(upload_path) as bundle:
        bundle.extractall(DEST, filter=DATA_ONLY) # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch30: the program itself chosen by the caller",
    `
import subprocess
from flask import Flask, request

app = Flask(__name__)
TOOLS = {"disk": "/usr/bin/df", "mem": "/usr/bin/free"}


@app.route("/tool")
def tool():
    prog = request.args.get("prog", "")
    out = subprocess.run([prog, "--version"], capture_output=True, text=True) # VULN
    return out.stdout


@app.route("/tool2")
def tool2():
    key = request.args.get("prog", "")
    prog = TOOLS.get(key)
    if prog is None:
        return "unknown", 404
    out = subprocess.run([prog, "-h"], capture_output=True, text=True) # SAFE
    return out.stdout


@app.route("/launch")
def launch():
    command_line = request.form["command_line"]
    code = subprocess.call(command_line) # VULN
    return str(code)


@app.route("/check")
def check():
    target = request.form["target"]
    rc = subprocess.check_call(target) # VULN
    return str(rc)


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    rc = subprocess.call(["ping", "-c", "1", "--", host]) # SAFE
    return str(rc)
`,
  ),
  ...rules(
    "CWE-532",
    "batch30: passwords and keys printed or logged",
    `
import getpass
import logging
import sys

audit = logging.getLogger("audit")


def load_db_password():
    with open("/run/secrets/db") as fh:
        return fh.read().strip()


def connect_prompt():
    secret = getpass.getpass("Database password: ")
    print("using", secret) # VULN
    return secret


def connect_env():
    pw = load_db_password()
    sys.stderr.write("db password is " + pw + "\\n") # VULN
    sys.stderr.write("db password loaded\\n") # SAFE
    return pw


def rotate():
    fresh = load_db_password()
    log = audit
    log.warning("rotated credential to %s", fresh) # VULN
    log.warning("rotated credential") # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch30: debug switched on through a constant",
    `
import os
from flask import Flask

app = Flask(__name__)
DEV_MODE = True
VERBOSE_ERRORS = os.environ.get("APP_DEBUG") == "1"


@app.route("/")
def index():
    return "hi"


def serve():
    app.run(host="127.0.0.1", debug=DEV_MODE) # VULN


def serve_env():
    app.run(host="127.0.0.1", debug=VERBOSE_ERRORS) # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch30: legacy protocols through names and constants",
    `
import ssl
from ssl import PROTOCOL_TLSv1_1, SSLContext
from OpenSSL import SSL

LEGACY = SSL.TLSv1_METHOD
MODERN = SSL.TLS_METHOD


def old_ctx():
    return SSLContext(PROTOCOL_TLSv1_1) # VULN


def pyopenssl_old():
    return SSL.Context(LEGACY) # VULN


def pyopenssl_new():
    ctx = SSL.Context(MODERN) # SAFE
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION)
    return ctx


def client_ctx():
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch30: json bodies and their content type",
    `
import json
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/echo")
def echo():
    payload = request.get_json(force=True)
    return make_response(json.dumps(payload)) # VULN


@app.route("/echo2")
def echo2():
    payload = request.get_json(force=True)
    return make_response(json.dumps(payload), 200, {"Content-Type": "application/json"}) # SAFE


@app.route("/echo3")
def echo3():
    payload = request.get_json(force=True)
    resp = make_response(json.dumps(payload)) # SAFE
    resp.mimetype = "application/json"
    return resp
`,
  ),
  ...rules(
    "CWE-601",
    "batch30: redirects under a fixed host",
    `
from urllib.parse import urlparse
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/docs")
def docs():
    page = request.args.get("page", "")
    return redirect("https://docs.example.org/" + page) # SAFE


@app.route("/docs2")
def docs2():
    page = request.args.get("page", "")
    return redirect(f"https://docs.example.org/{page}") # SAFE


@app.route("/docs3")
def docs3():
    page = request.args.get("page", "")
    return redirect("https://docs.example.org" + page) # VULN


@app.route("/back")
def back():
    nxt = request.args.get("next", "")
    return redirect(nxt + "?welcome=1") # VULN


@app.route("/portal")
def portal():
    dest = request.args.get("dest", "")
    if "example.org" in dest:
        return redirect(dest) # VULN
    return redirect("/")


@app.route("/portal2")
def portal2():
    dest = request.args.get("dest", "")
    host = urlparse(dest).hostname or ""
    if host == "example.org" or host.endswith(".example.org"):
        return redirect(dest) # SAFE
    return redirect("/")
`,
  ),
  ...rules(
    "CWE-90",
    "batch30: ldap3 paged searches",
    `
from flask import Flask, request
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

app = Flask(__name__)
BASE = "ou=people,dc=example,dc=org"


def bind():
    return Connection(Server("ldaps://ldap.example.org"), auto_bind=True)


@app.route("/people")
def people():
    who = request.args.get("who", "")
    conn = bind()
    entries = conn.extend.standard.paged_search(BASE, f"(cn={who})", attributes=["mail"], generator=False) # VULN
    return {"n": len(entries)}


@app.route("/people2")
def people2():
    who = escape_filter_chars(request.args.get("who", ""))
    conn = bind()
    entries = conn.extend.standard.paged_search(BASE, f"(cn={who})", attributes=["mail"], generator=False) # SAFE
    return {"n": len(entries)}


@app.route("/people3")
def people3():
    dept = request.args.get("dept", "")
    conn = bind()
    rows = conn.extend.standard.paged_search(search_base=BASE, search_filter="(department=" + dept + ")") # VULN
    return {"n": len(list(rows))}
`,
  ),
  ...rules(
    "CWE-943",
    "batch30: mongoengine raw queries",
    `
import json
from flask import Flask, request
import mongoengine as me

app = Flask(__name__)


class Order(me.Document):
    customer = me.StringField()
    total = me.IntField()


@app.route("/orders")
def orders():
    spec = json.loads(request.args.get("spec", "{}"))
    return {"n": Order.objects(__raw__=spec).count()} # VULN


@app.route("/orders2")
def orders2():
    customer = request.args.get("customer", "")
    return {"n": Order.objects(customer=str(customer)).count()} # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch30: verify flags passed through parameters",
    `
import requests


def fetch_status(url, verify_tls=False):
    return requests.get(url, timeout=5, verify=verify_tls).status_code # VULN


def fetch_status2(url, verify_tls=True):
    return requests.get(url, timeout=5, verify=verify_tls).status_code # SAFE


def post_event(url, body):
    return requests.post(url, json=body, timeout=5, verify=0) # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch30: sqlalchemy text clauses by keyword",
    `
import sqlalchemy
from sqlalchemy.sql.expression import TextClause
from flask import Flask, request

app = Flask(__name__)
engine = sqlalchemy.create_engine("sqlite:///shop.db")


@app.route("/filter")
def filter_rows():
    cond = request.args.get("where", "1=1")
    clause = sqlalchemy.text(text="SELECT id FROM items WHERE " + cond) # VULN
    with engine.connect() as conn:
        return {"ids": [r[0] for r in conn.execute(clause)]}


@app.route("/filter2")
def filter_rows2():
    cond = request.args.get("where", "")
    clause = TextClause(cond) # VULN
    with engine.connect() as conn:
        return {"ids": [r[0] for r in conn.execute(clause)]}


@app.route("/filter3")
def filter_rows3():
    name = request.args.get("name", "")
    clause = sqlalchemy.text(text="SELECT id FROM items WHERE name = :n") # SAFE
    with engine.connect() as conn:
        return {"ids": [r[0] for r in conn.execute(clause, {"n": name})]}
`,
  ),
  ...rules(
    "CWE-22",
    "batch30: checks that leave traversal open",
    `
import os
from flask import Flask, request, abort, send_from_directory

app = Flask(__name__)
SHARE = "/srv/share"


@app.route("/get")
def get_file():
    name = request.args.get("name", "")
    if ".." in name:
        abort(400)
    with open(os.path.join(SHARE, name), "rb") as fh: # VULN
        return fh.read()


@app.route("/get2")
def get_file2():
    name = request.args.get("name", "")
    if ".." in name or os.path.isabs(name):
        abort(400)
    with open(os.path.join(SHARE, name), "rb") as fh: # SAFE
        return fh.read()


@app.route("/sub")
def sub():
    rel = request.args.get("rel", "")
    if rel.startswith("public/"):
        with open(os.path.join(SHARE, rel)) as fh: # VULN
            return fh.read()
    abort(403)


@app.route("/dl")
def dl():
    folder = request.args.get("folder", "")
    fname = request.args.get("file", "")
    return send_from_directory(folder, fname) # VULN


@app.route("/dl2")
def dl2():
    fname = request.args.get("file", "")
    return send_from_directory(SHARE, fname) # SAFE
`,
  ),
  ...rules(
    "CWE-668",
    "batch30: wildcard addresses through names",
    `
import socket

ANY_ADDR = "0.0.0.0"
LOOPBACK = "127.0.0.1"


def listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((ANY_ADDR, port)) # VULN
    return sock


def local_listener(port):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((LOOPBACK, port)) # SAFE
    return sock


def v6_listener(port):
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    sock.bind(("::", port)) # VULN
    return sock
`,
  ),
  ...rules(
    "CWE-209",
    "batch30: exception details through a helper",
    `
import traceback
from flask import Flask

app = Flask(__name__)


def render_failure(detail):
    return "<pre>failed: " + detail + "</pre>"


@app.route("/job")
def job():
    try:
        run_job()
    except Exception:
        trace = traceback.format_exc()
        return render_failure(trace), 500 # VULN
    return "done"


@app.route("/job2")
def job2():
    try:
        run_job()
    except Exception:
        app.logger.error(traceback.format_exc())
        return render_failure("internal error"), 500 # SAFE
    return "done"
`,
  ),
];
