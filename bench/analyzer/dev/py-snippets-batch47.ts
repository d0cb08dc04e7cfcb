// Dev suite "py-snippets", batch 47 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// long tail of CWE classes a CWE-illustration corpus holds, outside the Top 25: validation with a security effect,
// file names from settings, script in attributes, LDAP and XML built from strings, CRLF into headers and mail,
// eval of config text, output encoding, log forging, format strings, exposure through errors and debug pages,
// privilege drops, swallowed errors that fail open, credentials stored or sent weakly, spoofable origins,
// authentication slips, certificate checks, nonces, IVs and seeds, weak key sizes and salts, unsigned updates,
// races and temp files, division by input, sessions, resource limits, files under the web root, search paths,
// reflection and mass assignment, hidden fields, credentials in URLs, cookies trusted for decisions, XXE and
// entity expansion, XPath, permissions, hidden functionality, untrusted inclusion, channel origin, NoSQL queries,
// cookie flags, CSV injection and template injection. Each beside fixed twins or safe look-alikes. Own code, never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH47: DevCase[] = [
  // ---------------- CWE-20 validation missing with a security effect ----------------
  bad(
    "CWE-20",
    "batch47: transfer view moves a form amount between accounts without checking it is positive",
    src`
from decimal import Decimal
from flask import Flask, request, session, jsonify
from .models import Account, db

app = Flask(__name__)


@app.post("/transfer")
def transfer():
    amount = Decimal(request.form["amount"])
    src = Account.query.filter_by(owner=session["uid"]).first_or_404()
    dst = Account.query.get_or_404(int(request.form["to"]))
    if src.balance < amount:
        return jsonify(error="insufficient funds"), 400
    src.balance -= amount
    dst.balance += amount
    db.session.commit()
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-20",
    "batch47: transfer view rejects non-positive and oversized amounts before moving money",
    src`
from decimal import Decimal, InvalidOperation
from flask import Flask, request, session, jsonify
from .models import Account, db

app = Flask(__name__)
MAX_TRANSFER = Decimal("10000")


@app.post("/transfer")
def transfer():
    try:
        amount = Decimal(request.form["amount"])
    except InvalidOperation:
        return jsonify(error="bad amount"), 400
    if not amount.is_finite() or amount <= 0 or amount > MAX_TRANSFER:
        return jsonify(error="bad amount"), 400
    src = Account.query.filter_by(owner=session["uid"]).first_or_404()
    dst = Account.query.get_or_404(int(request.form["to"]))
    if src.balance < amount:
        return jsonify(error="insufficient funds"), 400
    src.balance -= amount
    dst.balance += amount
    db.session.commit()
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-20",
    "batch47: cart API trusts a negative quantity from JSON, so the order total goes below zero",
    src`
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
PRICES = {"widget": 1999, "gadget": 4999}


class Line(BaseModel):
    sku: str
    quantity: int


@app.post("/checkout")
async def checkout(lines: list[Line]):
    total = 0
    for line in lines:
        total += PRICES[line.sku] * line.quantity
    return {"charge_cents": total}
`,
  ),
  good(
    "CWE-20",
    "batch47: cart API constrains quantity with a pydantic Field range",
    src`
from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()
PRICES = {"widget": 1999, "gadget": 4999}


class Line(BaseModel):
    sku: str
    quantity: int = Field(ge=1, le=100)


@app.post("/checkout")
async def checkout(lines: list[Line]):
    total = 0
    for line in lines:
        total += PRICES[line.sku] * line.quantity
    return {"charge_cents": total}
`,
  ),
  // ---------------- CWE-73 external control of file name ----------------
  bad(
    "CWE-73",
    "batch47: report view writes to a file name the client sends as a setting",
    src`
import json
from flask import Flask, request

app = Flask(__name__)


@app.route("/reports/save", methods=["POST"])
def save_report():
    prefs = request.get_json()
    out_path = prefs.get("output_file", "report.json")
    with open(out_path, "w") as fh:
        json.dump(prefs["rows"], fh)
    return {"saved": out_path}
`,
  ),
  bad(
    "CWE-73",
    "batch47: audit logger opens the log path named by a query parameter",
    src`
import logging
from django.http import JsonResponse


def enable_audit(request):
    """Turn on the audit trail, writing to the file the operator picks."""
    log_file = request.GET.get("logfile")
    handler = logging.FileHandler(log_file)
    logging.getLogger("audit").addHandler(handler)
    return JsonResponse({"audit": log_file})
`,
  ),
  good(
    "CWE-73",
    "batch47: report view maps a client-chosen report name to a fixed directory by a basename check",
    src`
import json
import os
from flask import Flask, request, abort

app = Flask(__name__)
REPORT_DIR = "/var/lib/reports"


@app.route("/reports/save", methods=["POST"])
def save_report():
    prefs = request.get_json()
    name = prefs.get("name", "report")
    if not name.isalnum():
        abort(400)
    out_path = os.path.join(REPORT_DIR, name + ".json")
    with open(out_path, "w") as fh:
        json.dump(prefs["rows"], fh)
    return {"saved": name}
`,
  ),
  good(
    "CWE-73",
    "batch47: CLI tool writes its output to the path the local user passes on the command line",
    src`
import argparse
import csv


def main():
    parser = argparse.ArgumentParser(description="Export the inventory to CSV")
    parser.add_argument("--out", default="inventory.csv")
    args = parser.parse_args()
    with open(args.out, "w", newline="") as fh:
        csv.writer(fh).writerows([("sku", "count"), ("a1", 3)])


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-80 / CWE-83 script in attributes ----------------
  bad(
    "CWE-83",
    "batch47: profile link escapes the homepage URL but lets a javascript: scheme through into href",
    src`
import html
from flask import Flask, request

app = Flask(__name__)


@app.route("/card")
def card():
    site = request.args.get("homepage", "")
    name = request.args.get("name", "")
    return (
        '<div class="card"><a href="' + html.escape(site) + '">'
        + html.escape(name) + "</a></div>"
    )
`,
  ),
  good(
    "CWE-83",
    "batch47: profile link accepts only http(s) URLs before escaping them into href",
    src`
import html
from urllib.parse import urlparse
from flask import Flask, request

app = Flask(__name__)


@app.route("/card")
def card():
    site = request.args.get("homepage", "")
    if urlparse(site).scheme not in ("http", "https"):
        site = "#"
    name = request.args.get("name", "")
    return (
        '<div class="card"><a href="' + html.escape(site) + '">'
        + html.escape(name) + "</a></div>"
    )
`,
  ),
  bad(
    "CWE-80",
    "batch47: widget helper marks an f-string with a title attribute from the user as safe Markup",
    src`
from markupsafe import Markup


def tooltip(label, hint):
    """Render a label with a hover hint; hint comes from the user's profile."""
    return Markup(f'<span class="tip" title="{hint}">{label}</span>')
`,
  ),
  good(
    "CWE-80",
    "batch47: widget helper builds the attribute with Markup.format, which escapes the values",
    src`
from markupsafe import Markup


def tooltip(label, hint):
    """Render a label with a hover hint; hint comes from the user's profile."""
    return Markup('<span class="tip" title="{}">{}</span>').format(hint, label)
`,
  ),
  // ---------------- CWE-90 LDAP injection ----------------
  bad(
    "CWE-90",
    "batch47: ldap3 lookup puts the login name into the search filter",
    src`
from ldap3 import Server, Connection, SUBTREE


def find_user(uid):
    conn = Connection(Server("ldap://dir.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", "(&(objectClass=person)(uid=%s))" % uid,
                search_scope=SUBTREE, attributes=["cn", "mail"])
    return conn.entries
`,
  ),
  good(
    "CWE-90",
    "batch47: ldap3 lookup escapes the login name with escape_filter_chars",
    src`
from ldap3 import Server, Connection, SUBTREE
from ldap3.utils.conv import escape_filter_chars


def find_user(uid):
    conn = Connection(Server("ldap://dir.corp.local"), auto_bind=True)
    conn.search("dc=corp,dc=local", "(&(objectClass=person)(uid=%s))" % escape_filter_chars(uid),
                search_scope=SUBTREE, attributes=["cn", "mail"])
    return conn.entries
`,
  ),
  bad(
    "CWE-90",
    "batch47: python-ldap group check builds the filter from a request argument",
    src`
import ldap
from flask import Flask, request

app = Flask(__name__)


@app.route("/groups")
def groups():
    member = request.args["member"]
    l = ldap.initialize("ldap://127.0.0.1")
    res = l.search_s("ou=groups,dc=example,dc=org", ldap.SCOPE_SUBTREE,
                     f"(member=uid={member},ou=people,dc=example,dc=org)")
    return {"groups": [dn for dn, _ in res]}
`,
  ),
  good(
    "CWE-90",
    "batch47: python-ldap group check escapes the value with ldap.filter.escape_filter_chars",
    src`
import ldap
import ldap.filter
from flask import Flask, request

app = Flask(__name__)


@app.route("/groups")
def groups():
    member = ldap.filter.escape_filter_chars(request.args["member"])
    l = ldap.initialize("ldap://127.0.0.1")
    res = l.search_s("ou=groups,dc=example,dc=org", ldap.SCOPE_SUBTREE,
                     f"(member=uid={member},ou=people,dc=example,dc=org)")
    return {"groups": [dn for dn, _ in res]}
`,
  ),
  // ---------------- CWE-91 XML injection ----------------
  bad(
    "CWE-91",
    "batch47: order service builds its XML request by string concatenation with the customer note",
    src`
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/order")
def order():
    note = request.form["note"]
    sku = request.form["sku"]
    body = "<order><sku>" + sku + "</sku><price>10.00</price><note>" + note + "</note></order>"
    r = requests.post("https://erp.internal/orders", data=body,
                      headers={"Content-Type": "application/xml"})
    return r.text, r.status_code
`,
  ),
  bad(
    "CWE-91",
    "batch47: user store appends a <user> element written with an f-string to the XML file",
    src`
def add_user(xml_path, username, role="viewer"):
    """Append a user record to users.xml; username comes from the signup form."""
    with open(xml_path) as fh:
        doc = fh.read()
    entry = f"  <user><name>{username}</name><role>{role}</role></user>\n"
    doc = doc.replace("</users>", entry + "</users>")
    with open(xml_path, "w") as fh:
        fh.write(doc)
`,
  ),
  good(
    "CWE-91",
    "batch47: order service builds the XML with ElementTree so text is escaped",
    src`
import xml.etree.ElementTree as ET
import requests
from flask import Flask, request

app = Flask(__name__)


@app.post("/order")
def order():
    root = ET.Element("order")
    ET.SubElement(root, "sku").text = request.form["sku"]
    ET.SubElement(root, "price").text = "10.00"
    ET.SubElement(root, "note").text = request.form["note"]
    body = ET.tostring(root, encoding="unicode")
    r = requests.post("https://erp.internal/orders", data=body,
                      headers={"Content-Type": "application/xml"})
    return r.text, r.status_code
`,
  ),
  good(
    "CWE-91",
    "batch47: user store escapes the name with xml.sax.saxutils.escape before writing it",
    src`
from xml.sax.saxutils import escape


def add_user(xml_path, username, role="viewer"):
    """Append a user record to users.xml; username comes from the signup form."""
    with open(xml_path) as fh:
        doc = fh.read()
    entry = f"  <user><name>{escape(username)}</name><role>{escape(role)}</role></user>\n"
    doc = doc.replace("</users>", entry + "</users>")
    with open(xml_path, "w") as fh:
        fh.write(doc)
`,
  ),
  // ---------------- CWE-93 / CWE-113 CRLF ----------------
  bad(
    "CWE-113",
    "batch47: download view copies a query parameter into a Content-Disposition header",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/export")
def export():
    fname = request.args.get("name", "export.csv")
    resp = make_response("a,b\n1,2\n")
    resp.headers["Content-Disposition"] = "attachment; filename=" + fname
    return resp
`,
  ),
  good(
    "CWE-113",
    "batch47: download view strips CR and LF and quotes the file name in Content-Disposition",
    src`
import re
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/export")
def export():
    fname = re.sub(r"[^A-Za-z0-9._-]", "_", request.args.get("name", "export.csv"))
    resp = make_response("a,b\n1,2\n")
    resp.headers["Content-Disposition"] = f'attachment; filename="{fname}"'
    return resp
`,
  ),
  bad(
    "CWE-93",
    "batch47: contact form writes the visitor's subject into a raw SMTP message",
    src`
import smtplib
from flask import Flask, request

app = Flask(__name__)


@app.post("/contact")
def contact():
    subject = request.form["subject"]
    sender = request.form["email"]
    msg = "From: " + sender + "\r\nTo: support@example.com\r\nSubject: " + subject + "\r\n\r\n" + request.form["body"]
    with smtplib.SMTP("localhost") as s:
        s.sendmail("noreply@example.com", ["support@example.com"], msg)
    return "sent"
`,
  ),
  good(
    "CWE-93",
    "batch47: contact form builds the mail with EmailMessage, which refuses newlines in headers",
    src`
import smtplib
from email.message import EmailMessage
from flask import Flask, request

app = Flask(__name__)


@app.post("/contact")
def contact():
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["Reply-To"] = request.form["email"]
    msg["To"] = "support@example.com"
    msg["Subject"] = request.form["subject"]
    msg.set_content(request.form["body"])
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)
    return "sent"
`,
  ),
  bad(
    "CWE-113",
    "batch47: Django view sets a custom header from a cookie value",
    src`
from django.http import HttpResponse


def greet(request):
    lang = request.COOKIES.get("lang", "en")
    response = HttpResponse("hello")
    response["X-Preferred-Language"] = lang
    return response
`,
  ),
  // ---------------- CWE-95 / CWE-96 ----------------
  bad(
    "CWE-95",
    "batch47: config loader evals each value in an INI file uploaded by the tenant",
    src`
import configparser
from flask import Flask, request

app = Flask(__name__)


@app.post("/tenant/config")
def upload_config():
    cp = configparser.ConfigParser()
    cp.read_string(request.files["config"].read().decode())
    settings = {}
    for key, raw in cp["app"].items():
        settings[key] = eval(raw)
    return {"loaded": sorted(settings)}
`,
  ),
  good(
    "CWE-95",
    "batch47: config loader parses each value with ast.literal_eval",
    src`
import ast
import configparser
from flask import Flask, request

app = Flask(__name__)


@app.post("/tenant/config")
def upload_config():
    cp = configparser.ConfigParser()
    cp.read_string(request.files["config"].read().decode())
    settings = {}
    for key, raw in cp["app"].items():
        settings[key] = ast.literal_eval(raw)
    return {"loaded": sorted(settings)}
`,
  ),
  bad(
    "CWE-95",
    "batch47: discount rule engine evals a rule expression stored by shop staff in the database",
    src`
class DiscountEngine:
    def __init__(self, db):
        self.db = db

    def price_for(self, cart):
        """Apply the first matching rule; rules are typed into the admin UI."""
        for rule in self.db.execute("SELECT condition, percent FROM rules"):
            if eval(rule["condition"], {"cart": cart}):
                return cart.total * (100 - rule["percent"]) / 100
        return cart.total
`,
  ),
  bad(
    "CWE-96",
    "batch47: setup wizard writes the posted site name into a Python settings module",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.post("/setup")
def setup():
    site_name = request.form["site_name"]
    with open("local_settings.py", "w") as fh:
        fh.write("SITE_NAME = '%s'\n" % site_name)
        fh.write("DEBUG = False\n")
    return "saved"
`,
  ),
  good(
    "CWE-96",
    "batch47: setup wizard stores the posted site name in a JSON settings file",
    src`
import json
from flask import Flask, request

app = Flask(__name__)


@app.post("/setup")
def setup():
    with open("local_settings.json", "w") as fh:
        json.dump({"SITE_NAME": request.form["site_name"], "DEBUG": False}, fh)
    return "saved"
`,
  ),
  // ---------------- CWE-116 output encoding ----------------
  bad(
    "CWE-116",
    "batch47: API answers a JSON body assembled by string concatenation from the query",
    src`
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/api/echo")
def echo():
    name = request.args.get("name", "")
    body = '{"name": "' + name + '", "admin": false}'
    return Response(body, mimetype="application/json")
`,
  ),
  good(
    "CWE-116",
    "batch47: API answers with json.dumps of the values",
    src`
import json
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/api/echo")
def echo():
    name = request.args.get("name", "")
    return Response(json.dumps({"name": name, "admin": False}), mimetype="application/json")
`,
  ),
  bad(
    "CWE-116",
    "batch47: shell script generator quotes a user path with plain double quotes",
    src`
def write_backup_script(path, target_dir):
    """Write a cron script that archives the user's chosen directory."""
    with open(path, "w") as fh:
        fh.write("#!/bin/sh\n")
        fh.write('tar czf /backups/user.tgz "' + target_dir + '"\n')
`,
  ),
  good(
    "CWE-116",
    "batch47: shell script generator quotes the path with shlex.quote",
    src`
import shlex


def write_backup_script(path, target_dir):
    """Write a cron script that archives the user's chosen directory."""
    with open(path, "w") as fh:
        fh.write("#!/bin/sh\n")
        fh.write("tar czf /backups/user.tgz " + shlex.quote(target_dir) + "\n")
`,
  ),
  // ---------------- CWE-117 log forging ----------------
  bad(
    "CWE-117",
    "batch47: login view logs the submitted user name as is",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    user = request.form["username"]
    if not check(user, request.form["password"]):
        log.warning("failed login for user " + user)
        return "no", 401
    return "ok"
`,
  ),
  bad(
    "CWE-117",
    "batch47: FastAPI middleware writes the User-Agent header into the access log with an f-string",
    src`
import logging
from fastapi import FastAPI, Request

app = FastAPI()
logger = logging.getLogger("access")


@app.middleware("http")
async def access_log(request: Request, call_next):
    ua = request.headers.get("user-agent", "-")
    response = await call_next(request)
    logger.info(f"{request.url.path} {response.status_code} ua={ua}")
    return response
`,
  ),
  good(
    "CWE-117",
    "batch47: login view removes CR and LF before logging the user name",
    src`
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def login():
    user = request.form["username"]
    if not check(user, request.form["password"]):
        safe = user.replace("\r", "\\r").replace("\n", "\\n")
        log.warning("failed login for user %s", safe)
        return "no", 401
    return "ok"
`,
  ),
  good(
    "CWE-117",
    "batch47: worker logs its own job id and counts, nothing from a request",
    src`
import logging

logger = logging.getLogger("jobs")


def run_job(job_id: int, items: list) -> None:
    logger.info("job %d started with %d items", job_id, len(items))
    for item in items:
        item.process()
    logger.info(f"job {job_id} done")
`,
  ),
  // ---------------- CWE-134 format strings ----------------
  bad(
    "CWE-134",
    "batch47: notification preview formats a template the user supplies with the user object",
    src`
from flask import Flask, request
from flask_login import current_user

app = Flask(__name__)


@app.route("/notify/preview")
def preview():
    template = request.args.get("template", "Hi {user.name}")
    return template.format(user=current_user)
`,
  ),
  good(
    "CWE-134",
    "batch47: notification preview formats a fixed template with the user's own text as an argument",
    src`
from flask import Flask, request
from flask_login import current_user
from markupsafe import escape

app = Flask(__name__)


@app.route("/notify/preview")
def preview():
    text = request.args.get("text", "")
    return "Hi {name}, {text}".format(name=escape(current_user.name), text=escape(text))
`,
  ),
  // ---------------- CWE-209 / 200 / 215 / 497 / 532 / 548 exposure ----------------
  bad(
    "CWE-209",
    "batch47: Flask error handler returns the traceback to the client",
    src`
import traceback
from flask import Flask

app = Flask(__name__)


@app.errorhandler(Exception)
def on_error(exc):
    return "<pre>" + traceback.format_exc() + "</pre>", 500
`,
  ),
  bad(
    "CWE-209",
    "batch47: payment endpoint returns the database exception text in its JSON error",
    src`
from fastapi import FastAPI, HTTPException
from .db import charge_card

app = FastAPI()


@app.post("/pay")
async def pay(order_id: int):
    try:
        return await charge_card(order_id)
    except Exception as exc:
        raise HTTPException(status_code=500, detail=f"payment failed: {exc!r}")
`,
  ),
  good(
    "CWE-209",
    "batch47: Flask error handler logs the traceback and returns a generic message",
    src`
import logging
from flask import Flask

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.errorhandler(Exception)
def on_error(exc):
    log.exception("unhandled error")
    return {"error": "internal error"}, 500
`,
  ),
  good(
    "CWE-209",
    "batch47: payment endpoint logs the exception and returns a fixed detail",
    src`
import logging
from fastapi import FastAPI, HTTPException
from .db import charge_card

app = FastAPI()
logger = logging.getLogger("pay")


@app.post("/pay")
async def pay(order_id: int):
    try:
        return await charge_card(order_id)
    except Exception:
        logger.exception("charge failed for order %s", order_id)
        raise HTTPException(status_code=500, detail="payment failed")
`,
  ),
  bad(
    "CWE-497",
    "batch47: diagnostics route returns the process environment",
    src`
import os
import platform
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/diag")
def diag():
    return jsonify(host=platform.node(), python=platform.python_version(), env=dict(os.environ))
`,
  ),
  good(
    "CWE-497",
    "batch47: health route returns only a status and the app version",
    src`
from flask import Flask, jsonify

app = Flask(__name__)
VERSION = "2.4.1"


@app.route("/healthz")
def healthz():
    return jsonify(status="ok", version=VERSION)
`,
  ),
  bad(
    "CWE-215",
    "batch47: service entry point runs the Flask app with the debugger on all interfaces",
    src`
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "inventory service"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000, debug=True)
`,
  ),
  bad(
    "CWE-489",
    "batch47: WSGI module wraps the production app in werkzeug's DebuggedApplication",
    src`
from werkzeug.debug import DebuggedApplication
from myapp import create_app

application = DebuggedApplication(create_app(), evalex=True)
`,
  ),
  good(
    "CWE-215",
    "batch47: service entry point reads debug from the environment, off by default, bound to localhost",
    src`
import os
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "inventory service"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=8000, debug=os.environ.get("FLASK_DEBUG") == "1")
`,
  ),
  bad(
    "CWE-532",
    "batch47: signup logs the whole form including the password",
    src`
import logging
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def signup(request):
    logger.info("signup request: %s", request.POST.dict())
    user = create_user(request.POST["email"], request.POST["password"])
    return JsonResponse({"id": user.id})
`,
  ),
  bad(
    "CWE-532",
    "batch47: API client logs the bearer token at debug level",
    src`
import logging
import requests

log = logging.getLogger("client")


class BillingClient:
    def __init__(self, base_url, api_token):
        self.base_url = base_url
        self.api_token = api_token

    def invoices(self):
        log.debug("calling %s/invoices with token %s", self.base_url, self.api_token)
        return requests.get(self.base_url + "/invoices",
                            headers={"Authorization": "Bearer " + self.api_token}, timeout=10).json()
`,
  ),
  good(
    "CWE-532",
    "batch47: API client logs the call without the token",
    src`
import logging
import requests

log = logging.getLogger("client")


class BillingClient:
    def __init__(self, base_url, api_token):
        self.base_url = base_url
        self.api_token = api_token

    def invoices(self):
        log.debug("calling %s/invoices", self.base_url)
        return requests.get(self.base_url + "/invoices",
                            headers={"Authorization": "Bearer " + self.api_token}, timeout=10).json()
`,
  ),
  good(
    "CWE-532",
    "batch47: signup logs only the e-mail domain",
    src`
import logging
from django.http import JsonResponse

logger = logging.getLogger(__name__)


def signup(request):
    email = request.POST["email"]
    logger.info("signup from domain %s", email.rsplit("@", 1)[-1])
    user = create_user(email, request.POST["password"])
    return JsonResponse({"id": user.id})
`,
  ),
  bad(
    "CWE-548",
    "batch47: files route lists the upload directory to any visitor",
    src`
import os
from flask import Flask

app = Flask(__name__)
UPLOADS = "/srv/app/uploads"


@app.route("/files/")
def listing():
    items = "".join(f'<li><a href="/files/{n}">{n}</a></li>' for n in sorted(os.listdir(UPLOADS)))
    return f"<ul>{items}</ul>"
`,
  ),
  bad(
    "CWE-548",
    "batch47: script serves the current directory with http.server on every interface",
    src`
import http.server
import socketserver

PORT = 8080

with socketserver.TCPServer(("", PORT), http.server.SimpleHTTPRequestHandler) as httpd:
    print("serving at port", PORT)
    httpd.serve_forever()
`,
  ),
  // ---------------- CWE-250 / 269 / 271 / 273 privileges ----------------
  bad(
    "CWE-271",
    "batch47: daemon drops the user id before the group id, so setgid fails and the root group stays",
    src`
import os
import pwd
import socket


def start(port=80, user="www-data"):
    sock = socket.socket()
    sock.bind(("0.0.0.0", port))
    sock.listen(64)
    pw = pwd.getpwnam(user)
    os.setuid(pw.pw_uid)
    os.setgid(pw.pw_gid)
    return sock
`,
  ),
  good(
    "CWE-271",
    "batch47: daemon clears groups, sets the group, then the user, and checks it cannot regain root",
    src`
import os
import pwd
import socket


def start(port=80, user="www-data"):
    sock = socket.socket()
    sock.bind(("0.0.0.0", port))
    sock.listen(64)
    pw = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    try:
        os.setuid(0)
    except PermissionError:
        pass
    else:
        raise RuntimeError("privileges were not dropped")
    return sock
`,
  ),
  bad(
    "CWE-273",
    "batch47: worker calls libc setuid through ctypes and ignores its return value",
    src`
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def drop_to(uid, gid):
    libc.setgid(gid)
    libc.setuid(uid)
    run_untrusted_jobs()
`,
  ),
  good(
    "CWE-273",
    "batch47: worker checks the ctypes setuid result and stops on failure",
    src`
import ctypes
import ctypes.util
import os

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)


def drop_to(uid, gid):
    if libc.setgid(gid) != 0 or libc.setuid(uid) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
    run_untrusted_jobs()
`,
  ),
  bad(
    "CWE-250",
    "batch47: upload converter runs ImageMagick under sudo for every request",
    src`
import subprocess
import tempfile
from flask import Flask, request

app = Flask(__name__)


@app.post("/thumb")
def thumb():
    with tempfile.NamedTemporaryFile(suffix=".png") as src:
        request.files["image"].save(src.name)
        subprocess.run(["sudo", "convert", src.name, "-resize", "128x128", "/srv/thumbs/out.png"], check=True)
    return "ok"
`,
  ),
  bad(
    "CWE-273",
    "batch47: privilege drop swallows the PermissionError and carries on as root",
    src`
import os


def drop_privileges(uid=65534, gid=65534):
    try:
        os.setgid(gid)
        os.setuid(uid)
    except OSError:
        pass


def main():
    drop_privileges()
    serve_requests()
`,
  ),
  // ---------------- CWE-252 / 390 / 391 / 703 / 754 / 755 ignored errors ----------------
  bad(
    "CWE-252",
    "batch47: release installer runs gpg --verify but never looks at its exit status",
    src`
import subprocess
import tarfile


def install_release(tarball, signature):
    subprocess.call(["gpg", "--verify", signature, tarball])
    with tarfile.open(tarball) as tf:
        tf.extractall("/opt/app", filter="data")
`,
  ),
  good(
    "CWE-252",
    "batch47: release installer runs gpg --verify with check=True",
    src`
import subprocess
import tarfile


def install_release(tarball, signature):
    subprocess.run(["gpg", "--verify", signature, tarball], check=True)
    with tarfile.open(tarball) as tf:
        tf.extractall("/opt/app", filter="data")
`,
  ),
  bad(
    "CWE-755",
    "batch47: permission check returns True when the policy service raises",
    src`
import logging
import requests

log = logging.getLogger(__name__)


def can_delete(user_id, doc_id):
    try:
        r = requests.get(f"https://authz.internal/check?u={user_id}&d={doc_id}&a=delete", timeout=2)
        r.raise_for_status()
        return r.json()["allowed"]
    except Exception:
        log.warning("authz unavailable, allowing")
        return True
`,
  ),
  good(
    "CWE-755",
    "batch47: permission check denies when the policy service raises",
    src`
import logging
import requests

log = logging.getLogger(__name__)


def can_delete(user_id, doc_id):
    try:
        r = requests.get(f"https://authz.internal/check?u={user_id}&d={doc_id}&a=delete", timeout=2)
        r.raise_for_status()
        return r.json()["allowed"] is True
    except Exception:
        log.warning("authz unavailable, denying")
        return False
`,
  ),
  bad(
    "CWE-390",
    "batch47: webhook handler swallows the signature error and processes the event anyway",
    src`
import stripe
from flask import Flask, request

app = Flask(__name__)
ENDPOINT_SECRET = __import__("os").environ["STRIPE_WHSEC"]


@app.post("/stripe/webhook")
def webhook():
    payload = request.get_data()
    event = None
    try:
        event = stripe.Webhook.construct_event(payload, request.headers.get("Stripe-Signature"), ENDPOINT_SECRET)
    except stripe.error.SignatureVerificationError:
        pass
    if event is None:
        event = stripe.Event.construct_from(request.get_json(), stripe.api_key)
    handle(event)
    return "", 200
`,
  ),
  good(
    "CWE-390",
    "batch47: webhook handler rejects the request when the signature does not verify",
    src`
import stripe
from flask import Flask, request, abort

app = Flask(__name__)
ENDPOINT_SECRET = __import__("os").environ["STRIPE_WHSEC"]


@app.post("/stripe/webhook")
def webhook():
    payload = request.get_data()
    try:
        event = stripe.Webhook.construct_event(payload, request.headers.get("Stripe-Signature"), ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    handle(event)
    return "", 200
`,
  ),
  bad(
    "CWE-703",
    "batch47: token check treats any decoding error as a valid anonymous admin session",
    src`
import jwt

SECRET = __import__("os").environ["JWT_SECRET"]


def current_role(token):
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
        return claims.get("role", "user")
    except Exception:
        return "admin"
`,
  ),
  good(
    "CWE-703",
    "batch47: token check maps decoding errors to no role",
    src`
import jwt

SECRET = __import__("os").environ["JWT_SECRET"]


def current_role(token):
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"])
    except jwt.InvalidTokenError:
        return None
    return claims.get("role", "user")
`,
  ),
  good(
    "CWE-391",
    "batch47: cleanup swallows FileNotFoundError when removing a cache file, which is harmless",
    src`
import os


def clear_cache(path):
    try:
        os.remove(path)
    except FileNotFoundError:
        pass
`,
  ),
  // ---------------- CWE-256 / 257 / 261 / 315 / 319 / 522 / 523 credentials ----------------
  bad(
    "CWE-257",
    "batch47: user model encrypts passwords with Fernet so they can be shown back to support staff",
    src`
import os
from cryptography.fernet import Fernet

FERNET = Fernet(os.environ["PW_KEY"])


class User:
    def __init__(self, name, password):
        self.name = name
        self.password_enc = FERNET.encrypt(password.encode())

    def check_password(self, candidate):
        return FERNET.decrypt(self.password_enc).decode() == candidate
`,
  ),
  good(
    "CWE-257",
    "batch47: user model keeps an argon2 hash of the password",
    src`
from argon2 import PasswordHasher

ph = PasswordHasher()


class User:
    def __init__(self, name, password):
        self.name = name
        self.password_hash = ph.hash(password)

    def check_password(self, candidate):
        try:
            return ph.verify(self.password_hash, candidate)
        except Exception:
            return False
`,
  ),
  bad(
    "CWE-261",
    "batch47: account store base64-encodes the password before saving it",
    src`
import base64
import sqlite3


def save_account(db: sqlite3.Connection, username: str, password: str) -> None:
    encoded = base64.b64encode(password.encode()).decode()
    db.execute("INSERT INTO accounts(username, password) VALUES (?, ?)", (username, encoded))
    db.commit()
`,
  ),
  bad(
    "CWE-315",
    "batch47: remember-me puts the user's password in a cookie",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)


@app.post("/login")
def login():
    user, pw = request.form["user"], request.form["password"]
    if not authenticate(user, pw):
        return "denied", 401
    resp = make_response("welcome")
    if request.form.get("remember"):
        resp.set_cookie("remember_user", user, max_age=30 * 86400)
        resp.set_cookie("remember_pw", pw, max_age=30 * 86400)
    return resp
`,
  ),
  good(
    "CWE-315",
    "batch47: remember-me stores a random token and keeps only its hash on the server",
    src`
import hashlib
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)


@app.post("/login")
def login():
    user, pw = request.form["user"], request.form["password"]
    if not authenticate(user, pw):
        return "denied", 401
    resp = make_response("welcome")
    if request.form.get("remember"):
        token = secrets.token_urlsafe(32)
        store_remember_token(user, hashlib.sha256(token.encode()).hexdigest())
        resp.set_cookie("remember", token, max_age=30 * 86400, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-319",
    "batch47: backup script uploads the dump over plain FTP with a login",
    src`
import ftplib
import os


def upload_backup(path):
    ftp = ftplib.FTP("backup.example.com")
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASS"])
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()
`,
  ),
  good(
    "CWE-319",
    "batch47: backup script uploads over FTP_TLS with a protected data channel",
    src`
import ftplib
import os


def upload_backup(path):
    ftp = ftplib.FTP_TLS("backup.example.com")
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASS"])
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR " + os.path.basename(path), fh)
    ftp.quit()
`,
  ),
  bad(
    "CWE-319",
    "batch47: mailer logs in to the SMTP server without STARTTLS",
    src`
import smtplib
from email.message import EmailMessage


def send_report(cfg, body):
    msg = EmailMessage()
    msg["Subject"] = "nightly report"
    msg["From"] = cfg["from"]
    msg["To"] = cfg["to"]
    msg.set_content(body)
    server = smtplib.SMTP(cfg["host"], 587)
    server.login(cfg["user"], cfg["password"])
    server.send_message(msg)
    server.quit()
`,
  ),
  good(
    "CWE-319",
    "batch47: mailer calls starttls with a default context before logging in",
    src`
import smtplib
import ssl
from email.message import EmailMessage


def send_report(cfg, body):
    msg = EmailMessage()
    msg["Subject"] = "nightly report"
    msg["From"] = cfg["from"]
    msg["To"] = cfg["to"]
    msg.set_content(body)
    server = smtplib.SMTP(cfg["host"], 587)
    server.starttls(context=ssl.create_default_context())
    server.login(cfg["user"], cfg["password"])
    server.send_message(msg)
    server.quit()
`,
  ),
  bad(
    "CWE-523",
    "batch47: CLI client posts the login form to an http:// URL",
    src`
import getpass
import requests

LOGIN_URL = "http://portal.example.com/api/login"


def login(username):
    password = getpass.getpass()
    r = requests.post(LOGIN_URL, data={"username": username, "password": password}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]
`,
  ),
  good(
    "CWE-523",
    "batch47: CLI client posts the login form over https",
    src`
import getpass
import requests

LOGIN_URL = "https://portal.example.com/api/login"


def login(username):
    password = getpass.getpass()
    r = requests.post(LOGIN_URL, data={"username": username, "password": password}, timeout=10)
    r.raise_for_status()
    return r.json()["token"]
`,
  ),
  bad(
    "CWE-319",
    "batch47: router admin script logs in over telnet",
    src`
import telnetlib


def reboot_router(host, user, password):
    tn = telnetlib.Telnet(host, 23, timeout=5)
    tn.read_until(b"login: ")
    tn.write(user.encode() + b"\n")
    tn.read_until(b"Password: ")
    tn.write(password.encode() + b"\n")
    tn.write(b"reboot\n")
    tn.close()
`,
  ),
  // ---------------- CWE-259 / 321 / 798 hard-coded secrets ----------------
  bad(
    "CWE-321",
    "batch47: token helper encrypts with an AES key written in the source",
    src`
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY = b"0123456789abcdef0123456789abcdef"


def seal(data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ct
`,
  ),
  good(
    "CWE-321",
    "batch47: token helper reads the AES key from the environment",
    src`
import base64
import os
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes

KEY = base64.b64decode(os.environ["SEAL_KEY"])


def seal(data: bytes) -> bytes:
    nonce = get_random_bytes(12)
    cipher = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    return nonce + tag + ct
`,
  ),
  bad(
    "CWE-259",
    "batch47: database helper falls back to a literal password when the variable is unset",
    src`
import os
import psycopg2


def connect():
    return psycopg2.connect(
        host=os.getenv("DB_HOST", "localhost"),
        user=os.getenv("DB_USER", "app"),
        password=os.getenv("DB_PASSWORD", "Sup3rS3cret!"),
        dbname="orders",
    )
`,
  ),
  good(
    "CWE-259",
    "batch47: database helper requires the password from the environment",
    src`
import os
import psycopg2


def connect():
    return psycopg2.connect(
        host=os.getenv("DB_HOST", "localhost"),
        user=os.getenv("DB_USER", "app"),
        password=os.environ["DB_PASSWORD"],
        dbname="orders",
    )
`,
  ),
  bad(
    "CWE-798",
    "batch47: FastAPI app signs JWTs with a secret string in the module",
    src`
from datetime import datetime, timedelta, timezone
import jwt
from fastapi import FastAPI

app = FastAPI()
JWT_SECRET = "my-very-secret-signing-key-2024"


@app.post("/token")
async def token(username: str):
    exp = datetime.now(timezone.utc) + timedelta(hours=1)
    return {"access_token": jwt.encode({"sub": username, "exp": exp}, JWT_SECRET, algorithm="HS256")}
`,
  ),
  // ---------------- CWE-639 / 285 / 863 / 284 authorization ----------------
  bad(
    "CWE-639",
    "batch47: invoice view loads any invoice by the id in the URL for a logged-in user",
    src`
from flask import Flask, jsonify
from flask_login import login_required
from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def show_invoice(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id)
    return jsonify(inv.to_dict())
`,
  ),
  good(
    "CWE-639",
    "batch47: invoice view filters by the current user as owner",
    src`
from flask import Flask, jsonify
from flask_login import login_required, current_user
from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>")
@login_required
def show_invoice(invoice_id):
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
    return jsonify(inv.to_dict())
`,
  ),
  bad(
    "CWE-639",
    "batch47: Django API updates the address of the profile whose id the client posts",
    src`
import json
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from .models import Profile


@login_required
def update_address(request):
    data = json.loads(request.body)
    profile = Profile.objects.get(pk=data["profile_id"])
    profile.address = data["address"]
    profile.save()
    return JsonResponse({"ok": True})
`,
  ),
  good(
    "CWE-639",
    "batch47: Django API updates the signed-in user's own profile",
    src`
import json
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from .models import Profile


@login_required
def update_address(request):
    data = json.loads(request.body)
    profile = Profile.objects.get(user=request.user)
    profile.address = data["address"]
    profile.save()
    return JsonResponse({"ok": True})
`,
  ),
  bad(
    "CWE-285",
    "batch47: user-management route lets any signed-in user change roles",
    src`
from flask import Flask, request
from flask_login import login_required
from .models import User, db

app = Flask(__name__)


@app.post("/admin/users/<int:uid>/role")
@login_required
def set_role(uid):
    user = User.query.get_or_404(uid)
    user.role = request.form["role"]
    db.session.commit()
    return {"uid": uid, "role": user.role}
`,
  ),
  good(
    "CWE-285",
    "batch47: user-management route checks the caller is an admin first",
    src`
from flask import Flask, request, abort
from flask_login import login_required, current_user
from .models import User, db

app = Flask(__name__)


@app.post("/admin/users/<int:uid>/role")
@login_required
def set_role(uid):
    if not current_user.is_admin:
        abort(403)
    user = User.query.get_or_404(uid)
    user.role = request.form["role"]
    db.session.commit()
    return {"uid": uid, "role": user.role}
`,
  ),
  bad(
    "CWE-863",
    "batch47: FastAPI delete checks the caller is authenticated but not that they own the project",
    src`
from fastapi import Depends, FastAPI, HTTPException
from .auth import get_current_user
from .store import projects

app = FastAPI()


@app.delete("/projects/{project_id}")
async def delete_project(project_id: int, user=Depends(get_current_user)):
    if user is None:
        raise HTTPException(401)
    project = await projects.get(project_id)
    if project is None:
        raise HTTPException(404)
    await projects.delete(project_id)
    return {"deleted": project_id}
`,
  ),
  good(
    "CWE-863",
    "batch47: FastAPI delete checks the caller owns the project",
    src`
from fastapi import Depends, FastAPI, HTTPException
from .auth import get_current_user
from .store import projects

app = FastAPI()


@app.delete("/projects/{project_id}")
async def delete_project(project_id: int, user=Depends(get_current_user)):
    project = await projects.get(project_id)
    if project is None:
        raise HTTPException(404)
    if project.owner_id != user.id:
        raise HTTPException(403)
    await projects.delete(project_id)
    return {"deleted": project_id}
`,
  ),
  // ---------------- CWE-290 / 291 / 293 / 346 / 350 spoofable origin ----------------
  bad(
    "CWE-290",
    "batch47: internal metrics route allows callers whose X-Forwarded-For is on the office list",
    src`
from flask import Flask, request, abort

app = Flask(__name__)
OFFICE = {"203.0.113.10", "203.0.113.11"}


@app.route("/internal/metrics")
def metrics():
    client_ip = request.headers.get("X-Forwarded-For", request.remote_addr).split(",")[0].strip()
    if client_ip not in OFFICE:
        abort(403)
    return collect_metrics()
`,
  ),
  good(
    "CWE-290",
    "batch47: internal metrics route checks the socket peer address",
    src`
from flask import Flask, request, abort

app = Flask(__name__)
OFFICE = {"203.0.113.10", "203.0.113.11"}


@app.route("/internal/metrics")
def metrics():
    if request.remote_addr not in OFFICE:
        abort(403)
    return collect_metrics()
`,
  ),
  bad(
    "CWE-293",
    "batch47: admin export trusts requests whose Referer is the admin console",
    src`
from django.http import HttpResponse, HttpResponseForbidden


def export_users(request):
    referer = request.META.get("HTTP_REFERER", "")
    if not referer.startswith("https://admin.example.com/"):
        return HttpResponseForbidden()
    return HttpResponse(render_user_csv(), content_type="text/csv")
`,
  ),
  good(
    "CWE-293",
    "batch47: admin export requires a staff user",
    src`
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpResponse


@staff_member_required
def export_users(request):
    return HttpResponse(render_user_csv(), content_type="text/csv")
`,
  ),
  bad(
    "CWE-350",
    "batch47: agent registration trusts the reverse DNS name of the caller",
    src`
import socket
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/agents/register")
def register():
    host, _, _ = socket.gethostbyaddr(request.remote_addr)
    if not host.endswith(".build.example.com"):
        abort(403)
    return issue_agent_token(host)
`,
  ),
  good(
    "CWE-350",
    "batch47: agent registration confirms the reverse name resolves back to the caller",
    src`
import socket
from flask import Flask, request, abort

app = Flask(__name__)


@app.post("/agents/register")
def register():
    ip = request.remote_addr
    host, _, _ = socket.gethostbyaddr(ip)
    if not host.endswith(".build.example.com"):
        abort(403)
    if ip not in {ai[4][0] for ai in socket.getaddrinfo(host, None)}:
        abort(403)
    return issue_agent_token(host)
`,
  ),
  bad(
    "CWE-346",
    "batch47: CORS hook reflects any Origin that contains the company domain",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if "example.com" in origin:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  good(
    "CWE-346",
    "batch47: CORS hook reflects only origins in an exact allow-list",
    src`
from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def cors(resp):
    origin = request.headers.get("Origin", "")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp
`,
  ),
  bad(
    "CWE-291",
    "batch47: socket server grants the admin shell to connections from 10.0.0.5",
    src`
import socketserver


class AdminHandler(socketserver.StreamRequestHandler):
    def handle(self):
        if self.client_address[0] == "10.0.0.5":
            self.wfile.write(b"admin> ")
            cmd = self.rfile.readline().strip().decode()
            self.wfile.write(run_admin_command(cmd).encode())
        else:
            self.wfile.write(b"denied\n")


socketserver.ThreadingUDPServer(("0.0.0.0", 9999), AdminHandler).serve_forever()
`,
  ),
  // ---------------- CWE-307 / 620 / 640 / 521 / 294 / 303 / 306 authentication ----------------
  bad(
    "CWE-307",
    "batch47: PIN check endpoint allows unlimited guesses",
    src`
from flask import Flask, request, session

app = Flask(__name__)


@app.post("/unlock")
def unlock():
    account = load_account(session["account_id"])
    if request.form["pin"] == account.pin:
        session["unlocked"] = True
        return "unlocked"
    return "wrong pin", 403
`,
  ),
  good(
    "CWE-307",
    "batch47: PIN check endpoint locks the account after five failures",
    src`
import hmac
from flask import Flask, request, session

app = Flask(__name__)
MAX_TRIES = 5


@app.post("/unlock")
def unlock():
    account = load_account(session["account_id"])
    if account.failed_pins >= MAX_TRIES:
        return "locked", 429
    if hmac.compare_digest(request.form["pin"], account.pin):
        account.failed_pins = 0
        account.save()
        session["unlocked"] = True
        return "unlocked"
    account.failed_pins += 1
    account.save()
    return "wrong pin", 403
`,
  ),
  bad(
    "CWE-620",
    "batch47: change-password view sets the new password without asking for the current one",
    src`
from django.contrib.auth.decorators import login_required
from django.contrib.auth import update_session_auth_hash
from django.http import JsonResponse


@login_required
def change_password(request):
    new = request.POST["new_password"]
    request.user.set_password(new)
    request.user.save()
    update_session_auth_hash(request, request.user)
    return JsonResponse({"changed": True})
`,
  ),
  good(
    "CWE-620",
    "batch47: change-password view checks the current password first",
    src`
from django.contrib.auth.decorators import login_required
from django.contrib.auth import update_session_auth_hash
from django.http import JsonResponse


@login_required
def change_password(request):
    if not request.user.check_password(request.POST["old_password"]):
        return JsonResponse({"error": "wrong password"}, status=403)
    request.user.set_password(request.POST["new_password"])
    request.user.save()
    update_session_auth_hash(request, request.user)
    return JsonResponse({"changed": True})
`,
  ),
  bad(
    "CWE-640",
    "batch47: password reset sets a new password for the e-mail in the form, no token",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash
from .models import User, db

app = Flask(__name__)


@app.post("/reset-password")
def reset_password():
    user = User.query.filter_by(email=request.form["email"]).first_or_404()
    user.password_hash = generate_password_hash(request.form["new_password"])
    db.session.commit()
    return "password updated"
`,
  ),
  bad(
    "CWE-640",
    "batch47: reset token is the md5 of the user's e-mail, so anyone can compute it",
    src`
import hashlib


def make_reset_link(user):
    token = hashlib.md5(user.email.encode()).hexdigest()
    return f"https://example.com/reset?email={user.email}&token={token}"


def token_ok(email, token):
    return hashlib.md5(email.encode()).hexdigest() == token
`,
  ),
  good(
    "CWE-640",
    "batch47: reset issues a random single-use token with an expiry",
    src`
import hashlib
import secrets
import time


def make_reset_link(user, store):
    token = secrets.token_urlsafe(32)
    store.save(user.id, hashlib.sha256(token.encode()).hexdigest(), expires=time.time() + 900)
    return f"https://example.com/reset?token={token}"
`,
  ),
  bad(
    "CWE-521",
    "batch47: signup accepts any password of four characters or more",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)


@app.post("/signup")
def signup():
    pw = request.form["password"]
    if len(pw) < 4:
        return "password too short", 400
    create_user(request.form["email"], generate_password_hash(pw))
    return "created", 201
`,
  ),
  good(
    "CWE-521",
    "batch47: signup requires twelve characters and rejects common passwords",
    src`
from flask import Flask, request
from werkzeug.security import generate_password_hash

app = Flask(__name__)
COMMON = set(open("/etc/app/common-passwords.txt").read().split())


@app.post("/signup")
def signup():
    pw = request.form["password"]
    if len(pw) < 12 or pw.lower() in COMMON:
        return "password too weak", 400
    create_user(request.form["email"], generate_password_hash(pw))
    return "created", 201
`,
  ),
  bad(
    "CWE-294",
    "batch47: signed command API checks the HMAC but has no timestamp or nonce, so requests replay",
    src`
import hashlib
import hmac
import os
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["CMD_KEY"].encode()


@app.post("/cmd")
def cmd():
    body = request.get_data()
    sig = request.headers.get("X-Signature", "")
    if not hmac.compare_digest(hmac.new(KEY, body, hashlib.sha256).hexdigest(), sig):
        abort(401)
    return execute_transfer(request.get_json())
`,
  ),
  good(
    "CWE-294",
    "batch47: signed command API binds a timestamp and a single-use nonce into the HMAC",
    src`
import hashlib
import hmac
import os
import time
from flask import Flask, request, abort

app = Flask(__name__)
KEY = os.environ["CMD_KEY"].encode()
SEEN = set()


@app.post("/cmd")
def cmd():
    body = request.get_data()
    ts = request.headers.get("X-Timestamp", "0")
    nonce = request.headers.get("X-Nonce", "")
    if abs(time.time() - int(ts)) > 300 or not nonce or nonce in SEEN:
        abort(401)
    mac = hmac.new(KEY, ts.encode() + b"." + nonce.encode() + b"." + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, request.headers.get("X-Signature", "")):
        abort(401)
    SEEN.add(nonce)
    return execute_transfer(request.get_json())
`,
  ),
  bad(
    "CWE-306",
    "batch47: maintenance route that flushes the cache and restarts workers has no authentication",
    src`
from fastapi import FastAPI
from .ops import flush_cache, restart_workers

app = FastAPI()


@app.post("/ops/restart")
async def restart():
    await flush_cache()
    await restart_workers()
    return {"restarted": True}
`,
  ),
  bad(
    "CWE-303",
    "batch47: login compares the stored hash with the hash of the input using startswith",
    src`
import hashlib
import hmac


def verify(user, password):
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), user.salt, 600_000).hex()
    return user.password_hash.startswith(digest[: len(user.password_hash)])
`,
  ),
  // ---------------- CWE-295 / 297 certificates ----------------
  bad(
    "CWE-297",
    "batch47: TLS client turns off hostname checking on its context",
    src`
import socket
import ssl


def fetch_banner(host, port=8443):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.recv(1024)
`,
  ),
  bad(
    "CWE-295",
    "batch47: SSH helper accepts unknown host keys automatically",
    src`
import paramiko


def run_remote(host, user, key_path, command):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_path)
    _, out, _ = client.exec_command(command)
    return out.read().decode()
`,
  ),
  good(
    "CWE-295",
    "batch47: SSH helper loads known hosts and rejects unknown keys",
    src`
import paramiko


def run_remote(host, user, key_path, command):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, key_filename=key_path)
    _, out, _ = client.exec_command(command)
    return out.read().decode()
`,
  ),
  bad(
    "CWE-295",
    "batch47: aiohttp client session is created with ssl=False",
    src`
import aiohttp


async def fetch_status(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=False)) as session:
        async with session.get(url) as resp:
            return await resp.json()
`,
  ),
  good(
    "CWE-297",
    "batch47: TLS client uses the default context, hostname checking on",
    src`
import socket
import ssl


def fetch_banner(host, port=8443):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, port)) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            return tls.recv(1024)
`,
  ),
  // ---------------- CWE-323 / 329 / 335 / 336 / 337 / 338 / 330 nonces, IVs, seeds ----------------
  bad(
    "CWE-329",
    "batch47: file encryptor uses AES-CBC with a constant IV",
    src`
import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

IV = b"\x00" * 16


def encrypt_file(key, data):
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(IV)).encryptor()
    return enc.update(padded) + enc.finalize()
`,
  ),
  good(
    "CWE-329",
    "batch47: file encryptor draws a fresh IV for each file and prepends it",
    src`
import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_file(key, data):
    iv = os.urandom(16)
    padder = padding.PKCS7(128).padder()
    padded = padder.update(data) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    return iv + enc.update(padded) + enc.finalize()
`,
  ),
  bad(
    "CWE-323",
    "batch47: message sealer reuses one module-level nonce for every AES-GCM message",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_KEY = AESGCM.generate_key(bit_length=256)
_NONCE = os.urandom(12)


def seal(message: bytes) -> bytes:
    return AESGCM(_KEY).encrypt(_NONCE, message, None)
`,
  ),
  good(
    "CWE-323",
    "batch47: message sealer draws a nonce per message",
    src`
import os
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_KEY = AESGCM.generate_key(bit_length=256)


def seal(message: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(_KEY).encrypt(nonce, message, None)
`,
  ),
  bad(
    "CWE-336",
    "batch47: invite codes come from a random.Random seeded with a constant",
    src`
import random
import string

_rng = random.Random(1337)


def invite_code(n=10):
    return "".join(_rng.choice(string.ascii_uppercase + string.digits) for _ in range(n))
`,
  ),
  bad(
    "CWE-337",
    "batch47: session ids come from random seeded with the current time",
    src`
import random
import time


def new_session_id():
    random.seed(int(time.time()))
    return "%032x" % random.getrandbits(128)
`,
  ),
  good(
    "CWE-337",
    "batch47: session ids come from secrets.token_hex",
    src`
import secrets


def new_session_id():
    return secrets.token_hex(16)
`,
  ),
  good(
    "CWE-336",
    "batch47: simulation seeds random with a constant for reproducible test data",
    src`
import random


def make_fixture_rows(n=100):
    """Deterministic fake rows for the unit tests."""
    rng = random.Random(42)
    return [{"id": i, "score": rng.randint(0, 100)} for i in range(n)]
`,
  ),
  bad(
    "CWE-338",
    "batch47: API key generator builds the key from random.choices",
    src`
import random
import string


class ApiKeyService:
    ALPHABET = string.ascii_letters + string.digits

    def issue(self, user_id):
        key = "".join(random.choices(self.ALPHABET, k=40))
        self.store(user_id, key)
        return key
`,
  ),
  bad(
    "CWE-330",
    "batch47: e-mail confirmation token is a uuid1, made of the clock and the MAC address",
    src`
import uuid


def confirmation_token(user):
    token = str(uuid.uuid1())
    user.confirm_token = token
    user.save()
    return token
`,
  ),
  good(
    "CWE-330",
    "batch47: e-mail confirmation token is a uuid4",
    src`
import uuid


def confirmation_token(user):
    token = uuid.uuid4().hex
    user.confirm_token = token
    user.save()
    return token
`,
  ),
  bad(
    "CWE-334",
    "batch47: login OTP is four digits from secrets.randbelow with no attempt limit",
    src`
import secrets


def send_login_code(user, sms):
    code = "%04d" % secrets.randbelow(10000)
    user.login_code = code
    user.save()
    sms.send(user.phone, f"Your code is {code}")
`,
  ),
  // ---------------- CWE-326 / 327 / 759 / 760 / 916 ----------------
  bad(
    "CWE-326",
    "batch47: key setup generates a 1024-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=1024)
`,
  ),
  good(
    "CWE-326",
    "batch47: key setup generates a 3072-bit RSA key",
    src`
from cryptography.hazmat.primitives.asymmetric import rsa


def new_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)
`,
  ),
  bad(
    "CWE-327",
    "batch47: card vault encrypts with AES in ECB mode",
    src`
from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


def encrypt_pan(key: bytes, pan: str) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(pad(pan.encode(), 16))
`,
  ),
  bad(
    "CWE-759",
    "batch47: user table stores sha256 of the password with no salt",
    src`
import hashlib


def set_password(user, password):
    user.password_hash = hashlib.sha256(password.encode("utf-8")).hexdigest()
    user.save()
`,
  ),
  bad(
    "CWE-760",
    "batch47: password hashing uses pbkdf2 with a salt fixed in the code",
    src`
import hashlib

SALT = b"acme-static-salt"


def hash_password(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), SALT, 600_000).hex()
`,
  ),
  good(
    "CWE-760",
    "batch47: password hashing uses pbkdf2 with a random salt per user",
    src`
import hashlib
import os


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + "$" + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex()
`,
  ),
  bad(
    "CWE-916",
    "batch47: password hashing uses pbkdf2 with 1000 iterations",
    src`
import hashlib
import os


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + ":" + hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 1000).hex()
`,
  ),
  good(
    "CWE-916",
    "batch47: file checksum with sha256 is not a password hash",
    src`
import hashlib


def file_digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()
`,
  ),
  // ---------------- CWE-345 / 347 / 353 / 354 / 494 integrity ----------------
  bad(
    "CWE-347",
    "batch47: API reads JWT claims with signature verification switched off",
    src`
import jwt
from fastapi import FastAPI, Header

app = FastAPI()


@app.get("/me")
async def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"user": claims["sub"], "admin": claims.get("admin", False)}
`,
  ),
  good(
    "CWE-347",
    "batch47: API verifies the JWT with the public key and a pinned algorithm",
    src`
import jwt
from fastapi import FastAPI, Header

app = FastAPI()
PUBLIC_KEY = open("/etc/app/jwt.pub").read()


@app.get("/me")
async def me(authorization: str = Header(...)):
    token = authorization.removeprefix("Bearer ")
    claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], audience="api")
    return {"user": claims["sub"], "admin": claims.get("admin", False)}
`,
  ),
  bad(
    "CWE-494",
    "batch47: auto-updater downloads a script and executes it without any signature or hash check",
    src`
import subprocess
import tempfile
import urllib.request

UPDATE_URL = "https://updates.example.com/latest/install.sh"


def self_update():
    with tempfile.NamedTemporaryFile(suffix=".sh", delete=False) as fh:
        fh.write(urllib.request.urlopen(UPDATE_URL).read())
    subprocess.run(["sh", fh.name], check=True)
`,
  ),
  good(
    "CWE-494",
    "batch47: auto-updater checks the download against a pinned sha256 before running it",
    src`
import hashlib
import hmac
import subprocess
import tempfile
import urllib.request

UPDATE_URL = "https://updates.example.com/2.4.1/install.sh"
EXPECTED_SHA256 = "9f2c1e0d6c7a4b1e8f3d2a5b6c7d8e9f0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def self_update():
    blob = urllib.request.urlopen(UPDATE_URL).read()
    if not hmac.compare_digest(hashlib.sha256(blob).hexdigest(), EXPECTED_SHA256):
        raise RuntimeError("update checksum mismatch")
    with tempfile.NamedTemporaryFile(suffix=".sh", delete=False) as fh:
        fh.write(blob)
    subprocess.run(["sh", fh.name], check=True)
`,
  ),
  bad(
    "CWE-494",
    "batch47: plugin loader execs Python fetched from a URL in the config",
    src`
import requests


def load_plugin(config):
    code = requests.get(config["plugin_url"], timeout=10).text
    namespace = {}
    exec(code, namespace)
    return namespace["Plugin"]()
`,
  ),
  bad(
    "CWE-354",
    "batch47: firmware flasher computes the image checksum but never compares it",
    src`
import hashlib


def flash(device, image_path, expected_sha256):
    with open(image_path, "rb") as fh:
        image = fh.read()
    digest = hashlib.sha256(image).hexdigest()
    print("image digest", digest)
    device.write_flash(image)
`,
  ),
  good(
    "CWE-354",
    "batch47: firmware flasher refuses an image whose checksum differs",
    src`
import hashlib
import hmac


def flash(device, image_path, expected_sha256):
    with open(image_path, "rb") as fh:
        image = fh.read()
    if not hmac.compare_digest(hashlib.sha256(image).hexdigest(), expected_sha256):
        raise ValueError("firmware checksum mismatch")
    device.write_flash(image)
`,
  ),
  bad(
    "CWE-345",
    "batch47: payment callback marks the order paid from the posted status without verifying the gateway signature",
    src`
from flask import Flask, request
from .models import Order, db

app = Flask(__name__)


@app.post("/payments/callback")
def payment_callback():
    order = Order.query.get_or_404(request.form["order_id"])
    if request.form["status"] == "PAID":
        order.paid = True
        db.session.commit()
    return "ok"
`,
  ),
  // ---------------- CWE-352 ----------------
  bad(
    "CWE-352",
    "batch47: Django e-mail change view is exempted from CSRF",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
@login_required
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"email": request.user.email})
`,
  ),
  good(
    "CWE-352",
    "batch47: Django e-mail change view keeps CSRF protection",
    src`
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
@login_required
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"email": request.user.email})
`,
  ),
  // ---------------- CWE-362 / 367 / 377 / 364 races and temp files ----------------
  bad(
    "CWE-367",
    "batch47: setuid helper checks access() on a path then opens it",
    src`
import os
import sys


def show(path):
    if not os.access(path, os.R_OK):
        sys.exit("permission denied")
    with open(path) as fh:
        sys.stdout.write(fh.read())


if __name__ == "__main__":
    show(sys.argv[1])
`,
  ),
  good(
    "CWE-367",
    "batch47: helper opens the file and handles the error, no separate check",
    src`
import sys


def show(path):
    try:
        with open(path) as fh:
            sys.stdout.write(fh.read())
    except PermissionError:
        sys.exit("permission denied")


if __name__ == "__main__":
    show(sys.argv[1])
`,
  ),
  bad(
    "CWE-377",
    "batch47: job writes its intermediate data to a name from tempfile.mktemp",
    src`
import tempfile
import subprocess


def render(markdown_text):
    path = tempfile.mktemp(suffix=".md")
    with open(path, "w") as fh:
        fh.write(markdown_text)
    return subprocess.run(["pandoc", path, "-o", path + ".pdf"], check=True)
`,
  ),
  bad(
    "CWE-377",
    "batch47: exporter writes to a fixed, predictable file in /tmp",
    src`
import json


def export_state(state):
    tmp = "/tmp/app_state_export.json"
    with open(tmp, "w") as fh:
        json.dump(state, fh)
    return tmp
`,
  ),
  good(
    "CWE-377",
    "batch47: job writes its intermediate data through NamedTemporaryFile",
    src`
import tempfile
import subprocess


def render(markdown_text):
    with tempfile.NamedTemporaryFile("w", suffix=".md", delete=False) as fh:
        fh.write(markdown_text)
        path = fh.name
    return subprocess.run(["pandoc", path, "-o", path + ".pdf"], check=True)
`,
  ),
  bad(
    "CWE-362",
    "batch47: coupon redemption checks and decrements the remaining count across threads without a lock",
    src`
import threading
from concurrent.futures import ThreadPoolExecutor


class Coupon:
    def __init__(self, uses):
        self.remaining = uses

    def redeem(self):
        if self.remaining > 0:
            apply_discount()
            self.remaining -= 1
            return True
        return False


def flood(coupon):
    with ThreadPoolExecutor(16) as pool:
        return sum(pool.map(lambda _: coupon.redeem(), range(100)))
`,
  ),
  good(
    "CWE-362",
    "batch47: coupon redemption holds a lock around the check and the decrement",
    src`
import threading
from concurrent.futures import ThreadPoolExecutor


class Coupon:
    def __init__(self, uses):
        self.remaining = uses
        self._lock = threading.Lock()

    def redeem(self):
        with self._lock:
            if self.remaining <= 0:
                return False
            self.remaining -= 1
        apply_discount()
        return True


def flood(coupon):
    with ThreadPoolExecutor(16) as pool:
        return sum(pool.map(lambda _: coupon.redeem(), range(100)))
`,
  ),
  // ---------------- CWE-369 division by zero ----------------
  bad(
    "CWE-369",
    "batch47: stats endpoint divides by the number of samples from the query string",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/avg")
def avg():
    total = float(request.args["total"])
    count = int(request.args["count"])
    return {"average": total / count}
`,
  ),
  good(
    "CWE-369",
    "batch47: stats endpoint rejects a zero count",
    src`
from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/avg")
def avg():
    total = float(request.args["total"])
    count = int(request.args["count"])
    if count <= 0:
        abort(400)
    return {"average": total / count}
`,
  ),
  bad(
    "CWE-369",
    "batch47: split-bill function divides by the number of people the caller passes",
    src`
def split_bill(total_cents: int, people: int) -> list[int]:
    """Split a bill evenly; people comes straight from the chat command."""
    share = total_cents // people
    rest = total_cents % people
    return [share + (1 if i < rest else 0) for i in range(people)]
`,
  ),
  // ---------------- CWE-384 / 613 sessions ----------------
  bad(
    "CWE-384",
    "batch47: login keeps the session id the client arrived with, taken from a query parameter",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    sid = request.args.get("sid") or request.cookies.get("sid")
    user = authenticate(request.form["user"], request.form["password"])
    if not user:
        return "denied", 401
    SESSIONS[sid] = user.id
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch47: login issues a fresh random session id",
    src`
import secrets
from flask import Flask, request, make_response

app = Flask(__name__)
SESSIONS = {}


@app.post("/login")
def login():
    user = authenticate(request.form["user"], request.form["password"])
    if not user:
        return "denied", 401
    old = request.cookies.get("sid")
    SESSIONS.pop(old, None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user.id
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, secure=True, httponly=True)
    return resp
`,
  ),
  bad(
    "CWE-613",
    "batch47: logout only deletes the cookie while the server-side session stays valid",
    src`
from flask import Flask, make_response

app = Flask(__name__)


@app.post("/logout")
def logout():
    resp = make_response("bye")
    resp.delete_cookie("sid")
    return resp
`,
  ),
  bad(
    "CWE-613",
    "batch47: access tokens are issued with no expiry claim",
    src`
import os
import jwt


def issue_token(user):
    payload = {"sub": str(user.id), "role": user.role}
    return jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256")
`,
  ),
  good(
    "CWE-613",
    "batch47: access tokens carry a fifteen-minute expiry",
    src`
import os
from datetime import datetime, timedelta, timezone
import jwt


def issue_token(user):
    payload = {
        "sub": str(user.id),
        "role": user.role,
        "exp": datetime.now(timezone.utc) + timedelta(minutes=15),
    }
    return jwt.encode(payload, os.environ["JWT_SECRET"], algorithm="HS256")
`,
  ),
  good(
    "CWE-613",
    "batch47: logout clears the server session",
    src`
from flask import Flask, session, redirect

app = Flask(__name__)


@app.post("/logout")
def logout():
    session.clear()
    return redirect("/")
`,
  ),
  // ---------------- CWE-400 / 409 / 770 / 835 / 1333 / 776 resources ----------------
  bad(
    "CWE-1333",
    "batch47: validator checks an e-mail from the form with a nested-quantifier regex",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+)*@example\.com$")


@app.post("/subscribe")
def subscribe():
    if not EMAIL_RE.match(request.form["email"]):
        return "invalid", 400
    return "ok"
`,
  ),
  good(
    "CWE-1333",
    "batch47: validator uses a linear regex and a length cap",
    src`
import re
from flask import Flask, request

app = Flask(__name__)
EMAIL_RE = re.compile(r"^[a-zA-Z0-9._+-]{1,64}@example\.com$")


@app.post("/subscribe")
def subscribe():
    email = request.form["email"]
    if len(email) > 80 or not EMAIL_RE.match(email):
        return "invalid", 400
    return "ok"
`,
  ),
  bad(
    "CWE-409",
    "batch47: import endpoint extracts an uploaded zip with no size limit",
    src`
import io
import zipfile
from flask import Flask, request

app = Flask(__name__)


@app.post("/import")
def import_archive():
    data = io.BytesIO(request.files["archive"].read())
    with zipfile.ZipFile(data) as zf:
        contents = {name: zf.read(name) for name in zf.namelist()}
    return {"files": len(contents)}
`,
  ),
  good(
    "CWE-409",
    "batch47: import endpoint caps the member count and the total uncompressed size",
    src`
import io
import zipfile
from flask import Flask, request, abort

app = Flask(__name__)
MAX_TOTAL = 50 * 1024 * 1024


@app.post("/import")
def import_archive():
    data = io.BytesIO(request.files["archive"].read())
    with zipfile.ZipFile(data) as zf:
        infos = zf.infolist()
        if len(infos) > 1000 or sum(i.file_size for i in infos) > MAX_TOTAL:
            abort(413)
        contents = {i.filename: zf.read(i) for i in infos}
    return {"files": len(contents)}
`,
  ),
  bad(
    "CWE-409",
    "batch47: API decompresses a gzip request body in one call",
    src`
import gzip
import json
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/ingest")
async def ingest(request: Request):
    raw = await request.body()
    events = json.loads(gzip.decompress(raw))
    return {"count": len(events)}
`,
  ),
  bad(
    "CWE-770",
    "batch47: page size from the query is passed to the database unbounded",
    src`
from flask import Flask, request, jsonify
from .models import Event

app = Flask(__name__)


@app.route("/events")
def events():
    limit = int(request.args.get("limit", 50))
    rows = Event.query.order_by(Event.id.desc()).limit(limit).all()
    return jsonify([r.to_dict() for r in rows])
`,
  ),
  good(
    "CWE-770",
    "batch47: page size from the query is clamped to 100",
    src`
from flask import Flask, request, jsonify
from .models import Event

app = Flask(__name__)


@app.route("/events")
def events():
    limit = max(1, min(int(request.args.get("limit", 50)), 100))
    rows = Event.query.order_by(Event.id.desc()).limit(limit).all()
    return jsonify([r.to_dict() for r in rows])
`,
  ),
  bad(
    "CWE-400",
    "batch47: banner endpoint repeats a string as many times as the client asks",
    src`
from fastapi import FastAPI

app = FastAPI()


@app.get("/banner")
async def banner(text: str, times: int = 1):
    return {"banner": text * times}
`,
  ),
  bad(
    "CWE-835",
    "batch47: TLV parser loops forever when a record declares length zero",
    src`
import struct


def parse_records(buf: bytes):
    """Parse records from a packet received over the network."""
    out = []
    pos = 0
    while pos < len(buf):
        rtype, length = struct.unpack_from(">HH", buf, pos)
        out.append((rtype, buf[pos + 4 : pos + length]))
        pos += length
    return out
`,
  ),
  good(
    "CWE-835",
    "batch47: TLV parser rejects lengths shorter than the header",
    src`
import struct


def parse_records(buf: bytes):
    """Parse records from a packet received over the network."""
    out = []
    pos = 0
    while pos + 4 <= len(buf):
        rtype, length = struct.unpack_from(">HH", buf, pos)
        if length < 4 or pos + length > len(buf):
            raise ValueError("bad record length")
        out.append((rtype, buf[pos + 4 : pos + length]))
        pos += length
    return out
`,
  ),
  bad(
    "CWE-400",
    "batch47: socket server reads lines with no length limit into memory",
    src`
import asyncio


async def handle(reader, writer):
    data = await reader.read(-1)
    writer.write(str(len(data)).encode())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 7000)
    async with server:
        await server.serve_forever()
`,
  ),
  // ---------------- CWE-552 / 219 / 538 files under the web root ----------------
  bad(
    "CWE-552",
    "batch47: nightly job dumps the database into the app's static folder",
    src`
import os
import subprocess
from datetime import date

STATIC_DIR = os.path.join(os.path.dirname(__file__), "static")


def nightly_dump():
    out = os.path.join(STATIC_DIR, f"backup-{date.today()}.sql")
    with open(out, "w") as fh:
        subprocess.run(["pg_dump", "orders"], stdout=fh, check=True)
    return out
`,
  ),
  good(
    "CWE-552",
    "batch47: nightly job dumps the database into a private backup directory",
    src`
import os
import subprocess
from datetime import date

BACKUP_DIR = "/var/backups/orders"


def nightly_dump():
    os.makedirs(BACKUP_DIR, mode=0o700, exist_ok=True)
    out = os.path.join(BACKUP_DIR, f"backup-{date.today()}.sql")
    with open(out, "w") as fh:
        subprocess.run(["pg_dump", "orders"], stdout=fh, check=True)
    return out
`,
  ),
  bad(
    "CWE-219",
    "batch47: Flask app serves its own project directory as the static folder",
    src`
import os
from flask import Flask

BASE = os.path.dirname(os.path.abspath(__file__))
app = Flask(__name__, static_folder=BASE, static_url_path="/")


@app.route("/api/ping")
def ping():
    return "pong"
`,
  ),
  bad(
    "CWE-538",
    "batch47: export writes customer records to a CSV under public/ for download",
    src`
import csv
from django.conf import settings
from django.http import JsonResponse


def export_customers(request):
    path = settings.BASE_DIR / "public" / "exports" / "customers.csv"
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        for c in Customer.objects.all():
            w.writerow([c.name, c.email, c.phone, c.card_last4])
    return JsonResponse({"url": "/exports/customers.csv"})
`,
  ),
  // ---------------- CWE-426 / 427 search path ----------------
  bad(
    "CWE-427",
    "batch47: plugin host puts a directory from an environment variable first on sys.path",
    src`
import importlib
import os
import sys


def load_plugins(names):
    plugin_dir = os.environ.get("APP_PLUGIN_DIR", ".")
    sys.path.insert(0, plugin_dir)
    return [importlib.import_module(n) for n in names]
`,
  ),
  bad(
    "CWE-427",
    "batch47: service prepends the current directory to PATH before running tools",
    src`
import os
import subprocess


def archive(folder):
    os.environ["PATH"] = "." + os.pathsep + os.environ.get("PATH", "")
    subprocess.run(["tar", "czf", "out.tgz", folder], check=True)
`,
  ),
  good(
    "CWE-427",
    "batch47: service runs tools with a fixed PATH",
    src`
import subprocess

SAFE_ENV = {"PATH": "/usr/bin:/bin"}


def archive(folder):
    subprocess.run(["tar", "czf", "out.tgz", folder], check=True, env=SAFE_ENV)
`,
  ),
  bad(
    "CWE-426",
    "batch47: native binding loads a shared library by a relative path",
    src`
import ctypes


def load_codec():
    lib = ctypes.CDLL("./libcodec.so")
    lib.codec_init.restype = ctypes.c_int
    return lib
`,
  ),
  good(
    "CWE-426",
    "batch47: native binding loads the library from the package's own directory",
    src`
import ctypes
import os

_HERE = os.path.dirname(os.path.abspath(__file__))


def load_codec():
    lib = ctypes.CDLL(os.path.join(_HERE, "libcodec.so"))
    lib.codec_init.restype = ctypes.c_int
    return lib
`,
  ),
  // ---------------- CWE-470 / 915 / 1321 reflection and mass assignment ----------------
  bad(
    "CWE-470",
    "batch47: RPC view imports the module named in the request and calls its handler",
    src`
import importlib
from flask import Flask, request

app = Flask(__name__)


@app.post("/rpc")
def rpc():
    mod = importlib.import_module(request.json["module"])
    return getattr(mod, "handle")(request.json.get("args", {}))
`,
  ),
  bad(
    "CWE-470",
    "batch47: command dispatcher calls any method of the service named by the client",
    src`
from fastapi import FastAPI
from .service import AccountService

app = FastAPI()
svc = AccountService()


@app.post("/do/{action}")
async def do(action: str, payload: dict):
    return getattr(svc, action)(**payload)
`,
  ),
  good(
    "CWE-470",
    "batch47: command dispatcher looks the action up in an explicit table",
    src`
from fastapi import FastAPI, HTTPException
from .service import AccountService

app = FastAPI()
svc = AccountService()
ACTIONS = {"balance": svc.balance, "statement": svc.statement}


@app.post("/do/{action}")
async def do(action: str, payload: dict):
    fn = ACTIONS.get(action)
    if fn is None:
        raise HTTPException(404)
    return fn(**payload)
`,
  ),
  bad(
    "CWE-915",
    "batch47: profile update copies every JSON key onto the user object",
    src`
from flask import Flask, request
from flask_login import login_required, current_user
from .models import db

app = Flask(__name__)


@app.patch("/me")
@login_required
def update_me():
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.session.commit()
    return {"ok": True}
`,
  ),
  good(
    "CWE-915",
    "batch47: profile update copies only allowed fields",
    src`
from flask import Flask, request
from flask_login import login_required, current_user
from .models import db

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}


@app.patch("/me")
@login_required
def update_me():
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(current_user, key, value)
    db.session.commit()
    return {"ok": True}
`,
  ),
  bad(
    "CWE-915",
    "batch47: Django view builds a model from the whole POST dict",
    src`
from django.http import JsonResponse
from .models import Account


def create_account(request):
    acct = Account(**request.POST.dict())
    acct.save()
    return JsonResponse({"id": acct.pk})
`,
  ),
  bad(
    "CWE-1321",
    "batch47: settings merge walks request keys into nested objects with setattr, reaching __class__ and __globals__",
    src`
from flask import Flask, request

app = Flask(__name__)


class Settings:
    def __init__(self):
        self.theme = "light"


def merge(dst, src):
    for k, v in src.items():
        if isinstance(v, dict):
            merge(getattr(dst, k), v)
        else:
            setattr(dst, k, v)


settings = Settings()


@app.post("/settings")
def update_settings():
    merge(settings, request.get_json())
    return {"theme": settings.theme}
`,
  ),
  // ---------------- CWE-472 hidden fields ----------------
  bad(
    "CWE-472",
    "batch47: checkout charges the price posted in a hidden form field",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.post("/checkout")
def checkout():
    sku = request.form["sku"]
    price = float(request.form["price"])
    qty = int(request.form["qty"])
    charge_card(request.form["card_token"], price * qty)
    return f"charged {price * qty:.2f} for {sku}"
`,
  ),
  good(
    "CWE-472",
    "batch47: checkout looks the price up on the server",
    src`
from flask import Flask, request, abort

app = Flask(__name__)
CATALOG = {"A100": 19.99, "B200": 5.49}


@app.post("/checkout")
def checkout():
    sku = request.form["sku"]
    if sku not in CATALOG:
        abort(404)
    qty = int(request.form["qty"])
    if not 1 <= qty <= 20:
        abort(400)
    total = CATALOG[sku] * qty
    charge_card(request.form["card_token"], total)
    return f"charged {total:.2f} for {sku}"
`,
  ),
  bad(
    "CWE-472",
    "batch47: edit form trusts a hidden user_id field to pick whose record to update",
    src`
from django.shortcuts import redirect
from .models import Profile


def save_profile(request):
    profile = Profile.objects.get(user_id=request.POST["user_id"])
    profile.bio = request.POST["bio"]
    profile.save()
    return redirect("/profile")
`,
  ),
  // ---------------- CWE-598 / 549 credentials in URLs, unmasked ----------------
  bad(
    "CWE-598",
    "batch47: login endpoint takes the password as a GET query parameter",
    src`
from flask import Flask, request, session

app = Flask(__name__)


@app.route("/login", methods=["GET"])
def login():
    user = request.args.get("username")
    password = request.args.get("password")
    if authenticate(user, password):
        session["user"] = user
        return "ok"
    return "denied", 401
`,
  ),
  bad(
    "CWE-598",
    "batch47: client puts the API key in the query string of every request",
    src`
import os
import requests

API_KEY = os.environ["WEATHER_KEY"]


def forecast(city):
    r = requests.get(f"https://api.weather.example.com/v1/forecast?city={city}&api_key={API_KEY}", timeout=5)
    return r.json()
`,
  ),
  good(
    "CWE-598",
    "batch47: client sends the API key in a header",
    src`
import os
import requests

API_KEY = os.environ["WEATHER_KEY"]


def forecast(city):
    r = requests.get("https://api.weather.example.com/v1/forecast", params={"city": city},
                     headers={"X-Api-Key": API_KEY}, timeout=5)
    return r.json()
`,
  ),
  bad(
    "CWE-549",
    "batch47: setup script reads the admin password with input(), echoing it",
    src`
def main():
    username = input("Admin user: ")
    password = input("Admin password: ")
    create_admin(username, password)
    print("admin created")


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-549",
    "batch47: setup script reads the admin password with getpass",
    src`
import getpass


def main():
    username = input("Admin user: ")
    password = getpass.getpass("Admin password: ")
    create_admin(username, password)
    print("admin created")


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------- CWE-565 / 784 cookies trusted ----------------
  bad(
    "CWE-565",
    "batch47: dashboard shows admin tools when an is_admin cookie says so",
    src`
from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    is_admin = request.cookies.get("is_admin") == "1"
    return render_template("dashboard.html", show_admin=is_admin, users=list_users() if is_admin else [])
`,
  ),
  bad(
    "CWE-784",
    "batch47: Django view reads the account tier from an unsigned cookie to unlock premium downloads",
    src`
from django.http import FileResponse, HttpResponseForbidden


def premium_download(request, name):
    if request.COOKIES.get("tier") != "premium":
        return HttpResponseForbidden()
    return FileResponse(open(f"/srv/premium/{int(name)}.pdf", "rb"))
`,
  ),
  good(
    "CWE-565",
    "batch47: dashboard reads the role from the server-side user record",
    src`
from flask import Flask, render_template
from flask_login import login_required, current_user

app = Flask(__name__)


@app.route("/dashboard")
@login_required
def dashboard():
    is_admin = current_user.role == "admin"
    return render_template("dashboard.html", show_admin=is_admin, users=list_users() if is_admin else [])
`,
  ),
  good(
    "CWE-565",
    "batch47: theme preference read from a cookie only picks a stylesheet",
    src`
from flask import Flask, request, render_template

app = Flask(__name__)


@app.route("/")
def home():
    theme = "dark" if request.cookies.get("theme") == "dark" else "light"
    return render_template("home.html", theme=theme)
`,
  ),
  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch47: FastAPI login redirects to the return_to parameter",
    src`
from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/login")
async def login(username: str = Form(...), password: str = Form(...), return_to: str = "/"):
    if not await check(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    return RedirectResponse(return_to, status_code=303)
`,
  ),
  good(
    "CWE-601",
    "batch47: FastAPI login redirects only to a relative path on this site",
    src`
from fastapi import FastAPI, Form
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/login")
async def login(username: str = Form(...), password: str = Form(...), return_to: str = "/"):
    if not await check(username, password):
        return RedirectResponse("/login?error=1", status_code=303)
    if not return_to.startswith("/") or return_to.startswith("//") or "\\" in return_to:
        return_to = "/"
    return RedirectResponse(return_to, status_code=303)
`,
  ),
  // ---------------- CWE-611 / 776 XML entities ----------------
  bad(
    "CWE-611",
    "batch47: invoice import parses uploaded XML with lxml resolving entities and loading DTDs",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)
    root = etree.fromstring(request.files["file"].read(), parser)
    return {"total": root.findtext("total")}
`,
  ),
  bad(
    "CWE-611",
    "batch47: SAX handler enables external general entities",
    src`
import xml.sax
from xml.sax.handler import feature_external_ges


class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


def count_elements(stream):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = Counter()
    parser.setContentHandler(handler)
    parser.parse(stream)
    return handler.count
`,
  ),
  good(
    "CWE-611",
    "batch47: invoice import parses uploaded XML with defusedxml",
    src`
from defusedxml.ElementTree import fromstring
from flask import Flask, request

app = Flask(__name__)


@app.post("/invoices/import")
def import_invoice():
    root = fromstring(request.files["file"].read())
    return {"total": root.findtext("total")}
`,
  ),
  bad(
    "CWE-776",
    "batch47: feed reader parses untrusted XML with lxml huge_tree and entity resolution on",
    src`
from lxml import etree
import requests


def read_feed(url):
    parser = etree.XMLParser(huge_tree=True, resolve_entities=True)
    doc = etree.fromstring(requests.get(url, timeout=10).content, parser)
    return [e.text for e in doc.iter("title")]
`,
  ),
  good(
    "CWE-776",
    "batch47: feed reader parses with resolve_entities off and no network",
    src`
from lxml import etree
import requests


def read_feed(url):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    doc = etree.fromstring(requests.get(url, timeout=10).content, parser)
    return [e.text for e in doc.iter("title")]
`,
  ),
  // ---------------- CWE-643 XPath ----------------
  bad(
    "CWE-643",
    "batch47: login checks credentials with an XPath query built from the form",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
USERS = etree.parse("users.xml")


@app.post("/login")
def login():
    u, p = request.form["user"], request.form["password"]
    hit = USERS.xpath("//user[name/text()='" + u + "' and password/text()='" + p + "']")
    return ("ok", 200) if hit else ("denied", 401)
`,
  ),
  good(
    "CWE-643",
    "batch47: login binds the values as XPath variables",
    src`
from lxml import etree
from flask import Flask, request

app = Flask(__name__)
USERS = etree.parse("users.xml")


@app.post("/login")
def login():
    hit = USERS.xpath("//user[name/text()=$u and password/text()=$p]",
                      u=request.form["user"], p=request.form["password"])
    return ("ok", 200) if hit else ("denied", 401)
`,
  ),
  bad(
    "CWE-643",
    "batch47: catalogue search formats the category into an ElementTree findall path",
    src`
import xml.etree.ElementTree as ET


def products_in(category):
    tree = ET.parse("catalog.xml")
    return [p.get("name") for p in tree.findall(f".//product[@category='{category}']")]
`,
  ),
  // ---------------- CWE-732 / 276 permissions ----------------
  bad(
    "CWE-732",
    "batch47: key writer makes the private key file world-readable",
    src`
import os


def save_private_key(path, pem: bytes):
    with open(path, "wb") as fh:
        fh.write(pem)
    os.chmod(path, 0o644)
`,
  ),
  good(
    "CWE-732",
    "batch47: key writer creates the private key file with mode 0600",
    src`
import os


def save_private_key(path, pem: bytes):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
`,
  ),
  bad(
    "CWE-276",
    "batch47: daemon sets umask 0 before creating its socket and state files",
    src`
import os
import socket


def start_daemon(sock_path, state_dir):
    os.umask(0)
    os.makedirs(state_dir, exist_ok=True)
    s = socket.socket(socket.AF_UNIX)
    s.bind(sock_path)
    s.listen(5)
    return s
`,
  ),
  bad(
    "CWE-732",
    "batch47: upload directory is created with mode 0777",
    src`
import os

UPLOAD_ROOT = "/srv/app/uploads"


def ensure_upload_dir(user_id):
    path = os.path.join(UPLOAD_ROOT, str(int(user_id)))
    os.makedirs(path, mode=0o777, exist_ok=True)
    return path
`,
  ),
  good(
    "CWE-276",
    "batch47: daemon sets umask 077 before creating its files",
    src`
import os
import socket


def start_daemon(sock_path, state_dir):
    os.umask(0o077)
    os.makedirs(state_dir, exist_ok=True)
    s = socket.socket(socket.AF_UNIX)
    s.bind(sock_path)
    s.listen(5)
    return s
`,
  ),
  // ---------------- CWE-749 / 912 exposed methods, hidden functionality ----------------
  bad(
    "CWE-912",
    "batch47: auth middleware lets a magic header value in as admin",
    src`
from flask import Flask, request, g

app = Flask(__name__)


@app.before_request
def load_user():
    if request.headers.get("X-Support-Override") == "letmein-2019":
        g.user = {"id": 0, "role": "admin"}
        return None
    g.user = user_from_session()
`,
  ),
  bad(
    "CWE-749",
    "batch47: XML-RPC server registers an instance with dotted names allowed",
    src`
from xmlrpc.server import SimpleXMLRPCServer
import inventory


server = SimpleXMLRPCServer(("0.0.0.0", 8001))
server.register_instance(inventory, allow_dotted_names=True)
server.serve_forever()
`,
  ),
  good(
    "CWE-749",
    "batch47: XML-RPC server registers two named functions on localhost",
    src`
from xmlrpc.server import SimpleXMLRPCServer
import inventory


server = SimpleXMLRPCServer(("127.0.0.1", 8001))
server.register_function(inventory.count, "count")
server.register_function(inventory.lookup, "lookup")
server.serve_forever()
`,
  ),
  bad(
    "CWE-912",
    "batch47: hidden route runs shell commands passed in the query",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.route("/_/x")
def x():
    return subprocess.check_output(request.args["c"], shell=True)
`,
  ),
  // ---------------- CWE-829 inclusion from untrusted source ----------------
  bad(
    "CWE-829",
    "batch47: page template loads a script from a third-party CDN over http with no integrity",
    src`
from flask import Flask

app = Flask(__name__)

PAGE = """<!doctype html>
<html><head>
<script src="http://cdn.thirdparty-widgets.net/chat/latest/widget.js"></script>
</head><body><div id="app"></div></body></html>"""


@app.route("/")
def index():
    return PAGE
`,
  ),
  good(
    "CWE-829",
    "batch47: page template loads a pinned script over https with subresource integrity",
    src`
from flask import Flask

app = Flask(__name__)

PAGE = """<!doctype html>
<html><head>
<script src="https://cdn.thirdparty-widgets.net/chat/3.2.1/widget.js"
        integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC"
        crossorigin="anonymous"></script>
</head><body><div id="app"></div></body></html>"""


@app.route("/")
def index():
    return PAGE
`,
  ),
  // ---------------- CWE-1385 / 940 channel origin ----------------
  bad(
    "CWE-1385",
    "batch47: websocket endpoint accepts connections from any Origin and acts on the user's cookie session",
    src`
from fastapi import FastAPI, WebSocket

app = FastAPI()


@app.websocket("/ws/orders")
async def orders(ws: WebSocket):
    user = await user_from_cookie(ws.cookies.get("session"))
    await ws.accept()
    while True:
        msg = await ws.receive_json()
        await place_order(user, msg)
`,
  ),
  good(
    "CWE-1385",
    "batch47: websocket endpoint checks the Origin header before accepting",
    src`
from fastapi import FastAPI, WebSocket

app = FastAPI()
ALLOWED = {"https://shop.example.com"}


@app.websocket("/ws/orders")
async def orders(ws: WebSocket):
    if ws.headers.get("origin") not in ALLOWED:
        await ws.close(code=1008)
        return
    user = await user_from_cookie(ws.cookies.get("session"))
    await ws.accept()
    while True:
        msg = await ws.receive_json()
        await place_order(user, msg)
`,
  ),
  bad(
    "CWE-940",
    "batch47: GitHub webhook deploys on any POST without checking the signature header",
    src`
import subprocess
from flask import Flask, request

app = Flask(__name__)


@app.post("/hooks/github")
def github_hook():
    event = request.get_json()
    if event.get("ref") == "refs/heads/main":
        subprocess.run(["/opt/deploy/deploy.sh"], check=True)
    return "", 204
`,
  ),
  good(
    "CWE-940",
    "batch47: GitHub webhook verifies X-Hub-Signature-256 before deploying",
    src`
import hashlib
import hmac
import os
import subprocess
from flask import Flask, request, abort

app = Flask(__name__)
SECRET = os.environ["GH_WEBHOOK_SECRET"].encode()


@app.post("/hooks/github")
def github_hook():
    sig = request.headers.get("X-Hub-Signature-256", "")
    mac = "sha256=" + hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(mac, sig):
        abort(401)
    event = request.get_json()
    if event.get("ref") == "refs/heads/main":
        subprocess.run(["/opt/deploy/deploy.sh"], check=True)
    return "", 204
`,
  ),
  // ---------------- CWE-943 NoSQL ----------------
  bad(
    "CWE-943",
    "batch47: Mongo login passes the JSON body's fields as the query, so an operator object matches anyone",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.post("/api/login")
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password": body["password"]})
    return ({"ok": True}, 200) if user else ({"ok": False}, 401)
`,
  ),
  bad(
    "CWE-943",
    "batch47: Mongo search builds a $where JavaScript clause from the query",
    src`
from pymongo import MongoClient

db = MongoClient()["shop"]


def search_products(term):
    return list(db.products.find({"$where": "this.name.indexOf('" + term + "') >= 0"}))
`,
  ),
  good(
    "CWE-943",
    "batch47: Mongo login forces the fields to strings",
    src`
from flask import Flask, request
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.post("/api/login")
def login():
    body = request.get_json()
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return {"ok": False}, 400
    user = users.find_one({"username": username})
    ok = user is not None and verify_password(user["password_hash"], password)
    return ({"ok": True}, 200) if ok else ({"ok": False}, 401)
`,
  ),
  // ---------------- CWE-1004 / 614 / 1275 cookie flags ----------------
  bad(
    "CWE-1004",
    "batch47: login sets the session cookie without HttpOnly",
    src`
from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/login")
def login():
    token = start_session(request.form["user"], request.form["password"])
    resp = make_response("ok")
    resp.set_cookie("session_token", token, secure=True, httponly=False, samesite="Lax")
    return resp
`,
  ),
  bad(
    "CWE-614",
    "batch47: Django settings turn the secure flag off on session and CSRF cookies",
    src`
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
`,
  ),
  bad(
    "CWE-1275",
    "batch47: auth cookie is set with SameSite=None",
    src`
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
async def login(response: Response, username: str, password: str):
    token = await authenticate(username, password)
    response.set_cookie("auth", token, httponly=True, secure=True, samesite="none")
    return {"ok": True}
`,
  ),
  good(
    "CWE-1004",
    "batch47: login sets the session cookie with Secure, HttpOnly and SameSite=Lax",
    src`
from flask import Flask, make_response, request

app = Flask(__name__)


@app.post("/login")
def login():
    token = start_session(request.form["user"], request.form["password"])
    resp = make_response("ok")
    resp.set_cookie("session_token", token, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-614",
    "batch47: Django settings keep secure cookies on",
    src`
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
`,
  ),
  // ---------------- CWE-1236 CSV injection ----------------
  bad(
    "CWE-1236",
    "batch47: feedback export writes user comments into a CSV as is",
    src`
import csv
import io
from flask import Flask, Response
from .models import Feedback

app = Flask(__name__)


@app.route("/admin/feedback.csv")
def feedback_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["name", "comment"])
    for fb in Feedback.query.all():
        w.writerow([fb.name, fb.comment])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  good(
    "CWE-1236",
    "batch47: feedback export prefixes cells that start with a formula character",
    src`
import csv
import io
from flask import Flask, Response
from .models import Feedback

app = Flask(__name__)


def cell(v):
    v = str(v)
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v


@app.route("/admin/feedback.csv")
def feedback_csv():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["name", "comment"])
    for fb in Feedback.query.all():
        w.writerow([cell(fb.name), cell(fb.comment)])
    return Response(buf.getvalue(), mimetype="text/csv")
`,
  ),
  bad(
    "CWE-1236",
    "batch47: signup list export with pandas to_csv of names from the form",
    src`
import pandas as pd
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()
SIGNUPS = []


@app.post("/signup")
async def signup(name: str, email: str):
    SIGNUPS.append({"name": name, "email": email})
    return {"ok": True}


@app.get("/signups.csv", response_class=PlainTextResponse)
async def export():
    return pd.DataFrame(SIGNUPS).to_csv(index=False)
`,
  ),
  // ---------------- CWE-1336 template injection ----------------
  bad(
    "CWE-1336",
    "batch47: greeting card renders a jinja2 Template built from the posted text",
    src`
from jinja2 import Template
from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/card")
async def card(message: str = Form(...), name: str = Form(...)):
    return {"html": Template("<h1>" + message + "</h1>").render(name=name)}
`,
  ),
  bad(
    "CWE-1336",
    "batch47: Flask view interpolates the name into a template string before rendering",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "guest")
    return render_template_string(f"<p>Hello {name}!</p>")
`,
  ),
  good(
    "CWE-1336",
    "batch47: Flask view passes the name as a template variable",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/hello")
def hello():
    return render_template_string("<p>Hello {{ name }}!</p>", name=request.args.get("name", "guest"))
`,
  ),
];
