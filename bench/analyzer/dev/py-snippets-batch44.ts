// Dev suite "py-snippets", batch 44 (see py-snippets.ts): written blind, measured before any fix it prompted. The
// style of a corpus of short insecure Python samples, one per CWE prompt: a prompt's docstring, then the body a model
// or a tutorial would write (often library code whose tainted value is a parameter, a caller's input, with no web
// framework), or a one-route Flask / Django / FastAPI app. Weighted to the CWE Top 25 and the MITRE/SANS classics
// written in less tidy ways: paths built with os.path.join / pathlib / f-strings, shell strings and argument
// injection, HTML by hand, SQL in every driver, LDAP / XPath / XQuery, eval / exec / compile, format strings, integer
// wrap-around through ctypes / numpy, ignored results and swallowed errors around checks, credentials in clear,
// spoofable authentication, TLS off, weak hashes, predictable tokens, CSRF, TOCTOU, fixation, unbounded sizes, SSRF
// and open proxies, reflection, downloads run unchecked, deserialisation, redirects, XML, cookies, permissions,
// hard-coded credentials, mass assignment, CORS, framing and spreadsheet formulas. Own code, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { bad, good, src } from "./py-snippets.js";

export const BATCH44: DevCase[] = [
  // ---------------- CWE-22 / 23 / 36 / 73 paths ----------------
  bad(
    "CWE-22",
    "batch44: get_avatar builds the path with pathlib's / from the caller's user id and file name",
    src`
from pathlib import Path

AVATAR_ROOT = Path("/srv/avatars")


def get_avatar(user_id, filename):
    """Return the bytes of a user's avatar image."""
    p = AVATAR_ROOT / str(user_id) / filename
    return p.read_bytes()
`,
  ),
  good(
    "CWE-22",
    "batch44: get_avatar resolves the pathlib path and requires it under the avatar root",
    src`
from pathlib import Path

AVATAR_ROOT = Path("/srv/avatars").resolve()


def get_avatar(user_id, filename):
    """Return the bytes of a user's avatar image."""
    p = (AVATAR_ROOT / str(int(user_id)) / filename).resolve()
    if not p.is_relative_to(AVATAR_ROOT):
        raise PermissionError("bad avatar path")
    return p.read_bytes()
`,
  ),
  bad(
    "CWE-22",
    "batch44: Flask route opens f'{UPLOAD_DIR}/{name}' with the name from the query string",
    src`
from flask import Flask, request, Response

app = Flask(__name__)
UPLOAD_DIR = "/var/www/uploads"


@app.route("/raw")
def raw():
    name = request.args.get("f")
    with open(f"{UPLOAD_DIR}/{name}", "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/octet-stream")
`,
  ),
  good(
    "CWE-22",
    "batch44: Flask route passes the name through secure_filename before opening it",
    src`
from flask import Flask, request, Response, abort
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/var/www/uploads"


@app.route("/raw")
def raw():
    name = secure_filename(request.args.get("f", ""))
    if not name:
        abort(400)
    with open(f"{UPLOAD_DIR}/{name}", "rb") as fh:
        data = fh.read()
    return Response(data, mimetype="application/octet-stream")
`,
  ),
  bad(
    "CWE-22",
    "batch44: Flask report route hands send_file an os.path.join of the report parameter",
    src`
import os
from flask import Flask, request, send_file

app = Flask(__name__)


@app.route("/reports")
def get_report():
    report = request.args.get("r", "latest.pdf")
    path = os.path.join(app.root_path, "reports", report)
    return send_file(path, as_attachment=True)
`,
  ),
  good(
    "CWE-22",
    "batch44: Flask report route serves the parameter through send_from_directory",
    src`
import os
from flask import Flask, request, send_from_directory

app = Flask(__name__)


@app.route("/reports")
def get_report():
    report = request.args.get("r", "latest.pdf")
    return send_from_directory(os.path.join(app.root_path, "reports"), report, as_attachment=True)
`,
  ),
  bad(
    "CWE-23",
    "batch44: FastAPI log viewer joins a relative logs folder with the day it is given",
    src`
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/logs/{day}", response_class=PlainTextResponse)
def read_log(day: str):
    return (Path("logs") / f"{day}.log").read_text()
`,
  ),
  good(
    "CWE-23",
    "batch44: FastAPI log viewer parses the day as a date before building the file name",
    src`
from datetime import date
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse

app = FastAPI()


@app.get("/logs/{day}", response_class=PlainTextResponse)
def read_log(day: str):
    try:
        d = date.fromisoformat(day)
    except ValueError:
        raise HTTPException(status_code=400)
    return (Path("logs") / f"{d.isoformat()}.log").read_text()
`,
  ),
  bad(
    "CWE-36",
    "batch44: remove_export deletes os.path.join(EXPORT_DIR, name) where name may be absolute",
    src`
import os

EXPORT_DIR = "/var/lib/app/exports"


def remove_export(name):
    """Delete an export file; name is relative to the exports folder."""
    target = os.path.join(EXPORT_DIR, name.replace("../", ""))
    if os.path.isfile(target):
        os.remove(target)
        return True
    return False
`,
  ),
  good(
    "CWE-36",
    "batch44: remove_export keeps only the base name of what it is given",
    src`
import os

EXPORT_DIR = "/var/lib/app/exports"


def remove_export(name):
    """Delete an export file; name is relative to the exports folder."""
    base = os.path.basename(name)
    if base in ("", ".", ".."):
        raise ValueError("bad export name")
    target = os.path.join(EXPORT_DIR, base)
    if os.path.isfile(target):
        os.remove(target)
        return True
    return False
`,
  ),
  bad(
    "CWE-73",
    "batch44: Flask route loads the JSON settings file whose path is in the query string",
    src`
import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/preview-settings")
def preview_settings():
    cfg_path = request.args.get("config", "config/default.json")
    with open(cfg_path) as fp:
        cfg = json.load(fp)
    return jsonify(cfg)
`,
  ),
  good(
    "CWE-73",
    "batch44: Flask route picks the settings file from a fixed map of profiles",
    src`
import json

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
PROFILES = {"default": "config/default.json", "compact": "config/compact.json"}


@app.route("/preview-settings")
def preview_settings():
    cfg_path = PROFILES.get(request.args.get("profile", "default"))
    if cfg_path is None:
        abort(404)
    with open(cfg_path) as fp:
        cfg = json.load(fp)
    return jsonify(cfg)
`,
  ),
  bad(
    "CWE-22",
    "batch44: FastAPI workspace delete runs shutil.rmtree on a joined path from the route",
    src`
import os
import shutil

from fastapi import FastAPI

app = FastAPI()
WORKSPACES = "/srv/workspaces"


@app.delete("/workspaces/{name:path}")
def delete_workspace(name: str):
    shutil.rmtree(os.path.join(WORKSPACES, name))
    return {"deleted": name}
`,
  ),
  bad(
    "CWE-22",
    "batch44: import_theme unpacks the caller's archive with shutil.unpack_archive",
    src`
import shutil

THEMES = "/srv/app/themes"


def import_theme(archive_path, theme_name):
    """Install a theme from an uploaded .zip or .tar.gz archive."""
    dest = f"{THEMES}/{theme_name}"
    shutil.unpack_archive(archive_path, dest)
    return dest
`,
  ),
  // ---------------- CWE-77 / 78 / 88 commands ----------------
  bad(
    "CWE-78",
    "batch44: ping helper concatenates the host into os.system",
    src`
import os


def ping(host):
    """Return True if the host answers one ping."""
    return os.system("ping -c 1 -W 2 " + host + " > /dev/null 2>&1") == 0
`,
  ),
  good(
    "CWE-78",
    "batch44: ping helper validates an IP address and runs ping with an argument list",
    src`
import ipaddress
import subprocess


def ping(host):
    """Return True if the host answers one ping."""
    addr = ipaddress.ip_address(host)
    res = subprocess.run(["ping", "-c", "1", "-W", "2", str(addr)], capture_output=True)
    return res.returncode == 0
`,
  ),
  bad(
    "CWE-78",
    "batch44: whois lookup runs an f-string through check_output with shell=True",
    src`
import subprocess


def whois(domain):
    """Return the whois record for a domain."""
    out = subprocess.check_output(f"whois {domain}", shell=True, text=True, timeout=20)
    return out
`,
  ),
  good(
    "CWE-78",
    "batch44: whois lookup passes the domain as one argument after --",
    src`
import subprocess


def whois(domain):
    """Return the whois record for a domain."""
    out = subprocess.check_output(["whois", "--", domain], text=True, timeout=20)
    return out
`,
  ),
  bad(
    "CWE-78",
    "batch44: thumbnail helper formats ImageMagick's command with % and subprocess.call(shell=True)",
    src`
import subprocess


def make_thumbnail(src, dst, width, height):
    """Resize an image with ImageMagick."""
    cmd = "convert %s -resize %dx%d %s" % (src, width, height, dst)
    rc = subprocess.call(cmd, shell=True)
    if rc != 0:
        raise RuntimeError("convert failed")
`,
  ),
  good(
    "CWE-78",
    "batch44: thumbnail helper quotes every path with shlex.quote before the shell runs it",
    src`
import shlex
import subprocess


def make_thumbnail(src, dst, width, height):
    """Resize an image with ImageMagick."""
    cmd = "convert %s -resize %dx%d %s" % (shlex.quote(src), int(width), int(height), shlex.quote(dst))
    rc = subprocess.call(cmd, shell=True)
    if rc != 0:
        raise RuntimeError("convert failed")
`,
  ),
  bad(
    "CWE-78",
    "batch44: log search wraps the pattern in single quotes inside an os.popen command",
    src`
import os


def search_logs(pattern):
    """Search the application logs for a pattern and return matching lines."""
    output = os.popen("grep -rn '%s' /var/log/app/" % pattern).read()
    return output.splitlines()
`,
  ),
  bad(
    "CWE-78",
    "batch44: zip_folder hands sh -c a command joined from the archive and folder names",
    src`
import subprocess


def zip_folder(name, folder):
    """Create name.zip from the folder."""
    p = subprocess.Popen(["/bin/sh", "-c", "zip -qr " + name + ".zip " + folder])
    return p.wait()
`,
  ),
  bad(
    "CWE-78",
    "batch44: remote listing sends ssh a command string that embeds the caller's path",
    src`
import subprocess


def list_remote(host, path):
    """List a directory on a remote host over ssh."""
    result = subprocess.run(["ssh", host, f"ls -la {path}"], capture_output=True, text=True)
    return result.stdout
`,
  ),
  good(
    "CWE-78",
    "batch44: remote listing quotes the path with shlex.quote for the remote shell",
    src`
import shlex
import subprocess


def list_remote(host, path):
    """List a directory on a remote host over ssh."""
    result = subprocess.run(["ssh", "--", host, "ls -la -- " + shlex.quote(path)], capture_output=True, text=True)
    return result.stdout
`,
  ),
  bad(
    "CWE-88",
    "batch44: clone_repo gives git clone the caller's URL where an option may go",
    src`
import subprocess


def clone_repo(repo_url, dest):
    """Clone a git repository into dest."""
    subprocess.run(["git", "clone", "--depth", "1", repo_url, dest], check=True)
`,
  ),
  good(
    "CWE-88",
    "batch44: clone_repo requires an https URL and ends git's options with --",
    src`
import subprocess
from urllib.parse import urlparse


def clone_repo(repo_url, dest):
    """Clone a git repository into dest."""
    if urlparse(repo_url).scheme != "https":
        raise ValueError("only https repositories")
    subprocess.run(["git", "clone", "--depth", "1", "--", repo_url, dest], check=True)
`,
  ),
  bad(
    "CWE-88",
    "batch44: backup helper passes user-chosen file names to tar without --",
    src`
import subprocess


def backup(archive, files):
    """Create a gzip'd tar archive of the given files."""
    subprocess.run(["tar", "-czf", archive] + list(files), check=True)
`,
  ),
  good(
    "CWE-88",
    "batch44: backup helper ends tar's options with -- before the file names",
    src`
import subprocess


def backup(archive, files):
    """Create a gzip'd tar archive of the given files."""
    subprocess.run(["tar", "-czf", archive, "--"] + list(files), check=True)
`,
  ),
  bad(
    "CWE-88",
    "batch44: Flask route fetches a page with curl and the url parameter as curl's argument",
    src`
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/fetch")
def fetch():
    url = request.args["url"]
    out = subprocess.run(["curl", "-s", "--max-time", "5", url], capture_output=True, text=True)
    return out.stdout
`,
  ),
  // ---------------- CWE-79 / 80 / 116 HTML by hand ----------------
  bad(
    "CWE-79",
    "batch44: Flask greeting concatenates the name parameter into an h1",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return "<h1>Hello " + name + "!</h1>"
`,
  ),
  good(
    "CWE-79",
    "batch44: Flask greeting escapes the name with html.escape",
    src`
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "")
    return "<h1>Hello " + html.escape(name) + "!</h1>"
`,
  ),
  bad(
    "CWE-79",
    "batch44: Flask search builds make_response from an f-string with the query",
    src`
from flask import Flask, request, make_response

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    resp = make_response(f"<p>No results for <b>{q}</b></p>")
    resp.headers["Content-Type"] = "text/html"
    return resp
`,
  ),
  good(
    "CWE-79",
    "batch44: Flask search escapes the query with markupsafe.escape before make_response",
    src`
from flask import Flask, request, make_response
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    resp = make_response(f"<p>No results for <b>{escape(q)}</b></p>")
    resp.headers["Content-Type"] = "text/html"
    return resp
`,
  ),
  bad(
    "CWE-79",
    "batch44: Flask notice rendered with render_template_string and the |safe filter",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/notice")
def notice():
    msg = request.args.get("msg", "")
    return render_template_string("<div class='notice'>{{ msg|safe }}</div>", msg=msg)
`,
  ),
  good(
    "CWE-79",
    "batch44: Flask notice rendered with render_template_string and autoescaping",
    src`
from flask import Flask, request, render_template_string

app = Flask(__name__)


@app.route("/notice")
def notice():
    msg = request.args.get("msg", "")
    return render_template_string("<div class='notice'>{{ msg }}</div>", msg=msg)
`,
  ),
  bad(
    "CWE-80",
    "batch44: render_comment formats the author and body into HTML with %",
    src`
def render_comment(author, body):
    """Return the HTML for one comment in the thread."""
    return "<div class='comment'><b>%s</b><p>%s</p></div>" % (author, body)
`,
  ),
  good(
    "CWE-80",
    "batch44: render_comment escapes the author and body before formatting",
    src`
from html import escape


def render_comment(author, body):
    """Return the HTML for one comment in the thread."""
    return "<div class='comment'><b>%s</b><p>%s</p></div>" % (escape(author), escape(body))
`,
  ),
  bad(
    "CWE-79",
    "batch44: Markup wraps an anchor built with str.format from the profile URL",
    src`
from markupsafe import Markup


def profile_link(user):
    """Return a link to the user's homepage for the template."""
    return Markup('<a href="{}" rel="nofollow">{}</a>'.format(user.website, user.display_name))
`,
  ),
  good(
    "CWE-79",
    "batch44: Markup.format escapes the display name, and only http(s) sites are linked",
    src`
from urllib.parse import urlparse

from markupsafe import Markup


def profile_link(user):
    """Return a link to the user's homepage for the template."""
    if urlparse(user.website).scheme not in ("http", "https"):
        return Markup("{}").format(user.display_name)
    return Markup('<a href="{}" rel="nofollow">{}</a>').format(user.website, user.display_name)
`,
  ),
  bad(
    "CWE-116",
    "batch44: input value attribute escaped with html.escape(quote=False)",
    src`
import html


def text_input(name, value):
    """Return an <input> element pre-filled with value."""
    return '<input type="text" name="%s" value="%s">' % (name, html.escape(value, quote=False))
`,
  ),
  bad(
    "CWE-79",
    "batch44: Django view writes the user parameter into HttpResponse with %",
    src`
from django.http import HttpResponse


def welcome(request):
    user = request.GET.get("user", "guest")
    return HttpResponse("<html><body>Welcome back, %s</body></html>" % user)
`,
  ),
  // ---------------- CWE-89 / 564 / 943 queries ----------------
  bad(
    "CWE-89",
    "batch44: sqlite3 lookup formats the name into the WHERE clause with %",
    src`
import sqlite3


def find_user(db_path, name):
    """Return the user row with this name."""
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    cur.execute("SELECT id, name, email FROM users WHERE name = '%s'" % name)
    return cur.fetchone()
`,
  ),
  good(
    "CWE-89",
    "batch44: sqlite3 lookup binds the name with a ? placeholder",
    src`
import sqlite3


def find_user(db_path, name):
    """Return the user row with this name."""
    conn = sqlite3.connect(db_path)
    cur = conn.cursor()
    cur.execute("SELECT id, name, email FROM users WHERE name = ?", (name,))
    return cur.fetchone()
`,
  ),
  bad(
    "CWE-89",
    "batch44: psycopg2 update puts the e-mail and id in an f-string",
    src`
import psycopg2


def update_email(conn, user_id, email):
    """Change a user's e-mail address."""
    with conn.cursor() as cur:
        cur.execute(f"UPDATE accounts SET email = '{email}' WHERE id = {user_id}")
    conn.commit()
`,
  ),
  good(
    "CWE-89",
    "batch44: psycopg2 update passes the e-mail and id as parameters",
    src`
import psycopg2


def update_email(conn, user_id, email):
    """Change a user's e-mail address."""
    with conn.cursor() as cur:
        cur.execute("UPDATE accounts SET email = %s WHERE id = %s", (email, user_id))
    conn.commit()
`,
  ),
  bad(
    "CWE-89",
    "batch44: MySQLdb delete concatenates the post id and author",
    src`
import MySQLdb


def delete_post(db, post_id, author):
    """Delete a post if it belongs to author."""
    sql = "DELETE FROM posts WHERE id=" + str(post_id) + " AND author='" + author + "'"
    cursor = db.cursor()
    cursor.execute(sql)
    db.commit()
    return cursor.rowcount
`,
  ),
  good(
    "CWE-89",
    "batch44: MySQLdb delete with %s parameters",
    src`
import MySQLdb


def delete_post(db, post_id, author):
    """Delete a post if it belongs to author."""
    cursor = db.cursor()
    cursor.execute("DELETE FROM posts WHERE id=%s AND author=%s", (int(post_id), author))
    db.commit()
    return cursor.rowcount
`,
  ),
  bad(
    "CWE-89",
    "batch44: SQLAlchemy session.execute(text(...)) with the status concatenated",
    src`
from sqlalchemy import text


def orders_by_status(session, status):
    """Return the orders with the given status."""
    rows = session.execute(text("SELECT id, total FROM orders WHERE status = '" + status + "'"))
    return [dict(r._mapping) for r in rows]
`,
  ),
  good(
    "CWE-89",
    "batch44: SQLAlchemy text() with a :status bind parameter",
    src`
from sqlalchemy import text


def orders_by_status(session, status):
    """Return the orders with the given status."""
    rows = session.execute(text("SELECT id, total FROM orders WHERE status = :status"), {"status": status})
    return [dict(r._mapping) for r in rows]
`,
  ),
  bad(
    "CWE-89",
    "batch44: Django Manager.raw with the username formatted in by %",
    src`
from django.contrib.auth.models import User
from django.http import JsonResponse


def lookup(request):
    username = request.GET["username"]
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = '%s'" % username)
    return JsonResponse({"ids": [u.id for u in users]})
`,
  ),
  good(
    "CWE-89",
    "batch44: Django Manager.raw with the username as a params list",
    src`
from django.contrib.auth.models import User
from django.http import JsonResponse


def lookup(request):
    username = request.GET["username"]
    users = User.objects.raw("SELECT * FROM auth_user WHERE username = %s", [username])
    return JsonResponse({"ids": [u.id for u in users]})
`,
  ),
  bad(
    "CWE-89",
    "batch44: Django QuerySet.extra where clause formatted from the search term",
    src`
from django.shortcuts import render

from .models import Article


def search(request):
    term = request.GET.get("q", "")
    articles = Article.objects.extra(where=["title LIKE '%%%s%%'" % term])
    return render(request, "search.html", {"articles": articles})
`,
  ),
  good(
    "CWE-89",
    "batch44: Django search with filter(title__icontains=...)",
    src`
from django.shortcuts import render

from .models import Article


def search(request):
    term = request.GET.get("q", "")
    articles = Article.objects.filter(title__icontains=term)
    return render(request, "search.html", {"articles": articles})
`,
  ),
  bad(
    "CWE-564",
    "batch44: SQLAlchemy ORM query filtered by a text() fragment with the name in an f-string",
    src`
from sqlalchemy import text

from .models import Customer


def customers_named(session, name):
    """ORM query for customers with this name."""
    return session.query(Customer).filter(text(f"name = '{name}'")).all()
`,
  ),
  bad(
    "CWE-943",
    "batch44: Flask login queries pymongo with the username and password taken from the JSON body",
    src`
from flask import Flask, request, jsonify, session
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    user = users.find_one({"username": body["username"], "password": body["password"]})
    if user is None:
        return jsonify(ok=False), 401
    session["uid"] = str(user["_id"])
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-943",
    "batch44: Flask login requires string fields and checks the password hash outside the query",
    src`
from flask import Flask, request, jsonify, session
from pymongo import MongoClient
from werkzeug.security import check_password_hash

app = Flask(__name__)
users = MongoClient()["app"]["users"]


@app.route("/login", methods=["POST"])
def login():
    body = request.get_json()
    username, password = body.get("username"), body.get("password")
    if not isinstance(username, str) or not isinstance(password, str):
        return jsonify(ok=False), 400
    user = users.find_one({"username": username})
    if user is None or not check_password_hash(user["pw_hash"], password):
        return jsonify(ok=False), 401
    session["uid"] = str(user["_id"])
    return jsonify(ok=True)
`,
  ),
  // ---------------- CWE-90 / 643 / 652 ----------------
  bad(
    "CWE-90",
    "batch44: python-ldap search_s with the uid concatenated into the filter",
    src`
import ldap

LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


def find_person(username):
    """Look up a person's directory entry by uid."""
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, "(&(objectClass=person)(uid=" + username + "))")
`,
  ),
  good(
    "CWE-90",
    "batch44: python-ldap search_s with the uid passed through escape_filter_chars",
    src`
import ldap
from ldap.filter import escape_filter_chars

LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=corp,dc=example,dc=com"


def find_person(username):
    """Look up a person's directory entry by uid."""
    conn = ldap.initialize(LDAP_URL)
    conn.simple_bind_s()
    flt = "(&(objectClass=person)(uid=" + escape_filter_chars(username) + "))"
    return conn.search_s(BASE_DN, ldap.SCOPE_SUBTREE, flt)
`,
  ),
  bad(
    "CWE-643",
    "batch44: XML user store checked with an XPath built from the name and password",
    src`
from lxml import etree

TREE = etree.parse("/etc/app/users.xml")


def check_login(name, password):
    """Return True if the name and password match an entry of users.xml."""
    query = "//user[@name='" + name + "' and @password='" + password + "']"
    return len(TREE.xpath(query)) > 0
`,
  ),
  good(
    "CWE-643",
    "batch44: XML user store checked with XPath variables",
    src`
from lxml import etree

TREE = etree.parse("/etc/app/users.xml")


def check_login(name, password):
    """Return True if the name and password match an entry of users.xml."""
    found = TREE.xpath("//user[@name=$n and @password=$p]", n=name, p=password)
    return len(found) > 0
`,
  ),
  bad(
    "CWE-652",
    "batch44: BaseX XQuery with the author formatted into the FLWOR expression",
    src`
from BaseXClient import BaseXClient


def books_by(author):
    """Return the titles of books by author from the catalogue database."""
    session = BaseXClient.Session("localhost", 1984, "admin", "admin")
    try:
        q = session.query(f"for $b in db:open('catalog')//book where $b/author = '{author}' return $b/title/text()")
        return [item for _, item in q.iter()]
    finally:
        session.close()
`,
  ),
  // ---------------- CWE-94 / 95 / 96 ----------------
  bad(
    "CWE-95",
    "batch44: calculate(expr) returns eval(expr) for the caller's expression",
    src`
def calculate(expr):
    """Evaluate a simple arithmetic expression such as '2 * (3 + 4)'."""
    return eval(expr)
`,
  ),
  good(
    "CWE-95",
    "batch44: calculate(expr) walks the parsed tree and allows only numbers and arithmetic",
    src`
import ast
import operator

OPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


def calculate(expr):
    """Evaluate a simple arithmetic expression such as '2 * (3 + 4)'."""
    def ev(node):
        if isinstance(node, ast.Expression):
            return ev(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return node.value
        if isinstance(node, ast.BinOp) and type(node.op) in OPS:
            return OPS[type(node.op)](ev(node.left), ev(node.right))
        raise ValueError("unsupported expression")
    return ev(ast.parse(expr, mode="eval"))
`,
  ),
  bad(
    "CWE-95",
    "batch44: CLI reads a number with eval(input())",
    src`
def main():
    """Ask for the number of workers and start them."""
    workers = eval(input("How many workers? "))
    for i in range(workers):
        print("starting worker", i)


if __name__ == "__main__":
    main()
`,
  ),
  good(
    "CWE-95",
    "batch44: CLI reads a number with int(input())",
    src`
def main():
    """Ask for the number of workers and start them."""
    workers = int(input("How many workers? "))
    for i in range(workers):
        print("starting worker", i)


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-94",
    "batch44: make_handler exec()s a function definition templated from the caller's body text",
    src`
def make_handler(body):
    """Build a handler(x) function whose return expression is body."""
    ns = {}
    exec(f"def handler(x):\n    return {body}\n", ns)
    return ns["handler"]
`,
  ),
  bad(
    "CWE-94",
    "batch44: Flask rule endpoint compiles the posted source and execs it",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/rules/test", methods=["POST"])
def test_rule():
    source = request.form["rule"]
    code = compile(source, "<rule>", "exec")
    scope = {"event": request.form.get("event", "")}
    exec(code, scope)
    return jsonify(result=scope.get("result"))
`,
  ),
  bad(
    "CWE-96",
    "batch44: save_setting appends key = 'value' to a Python settings module that is imported later",
    src`
SETTINGS_FILE = "local_settings.py"


def save_setting(key, value):
    """Persist a setting; local_settings is imported at start-up."""
    with open(SETTINGS_FILE, "a") as f:
        f.write(f"{key} = '{value}'\n")
`,
  ),
  good(
    "CWE-96",
    "batch44: save_setting stores settings as JSON data instead of Python code",
    src`
import json
import os

SETTINGS_FILE = "local_settings.json"


def save_setting(key, value):
    """Persist a setting; local_settings.json is read at start-up."""
    data = {}
    if os.path.exists(SETTINGS_FILE):
        with open(SETTINGS_FILE) as f:
            data = json.load(f)
    data[str(key)] = str(value)
    with open(SETTINGS_FILE, "w") as f:
        json.dump(data, f)
`,
  ),
  // ---------------- CWE-99 / 470 resource names and reflection ----------------
  bad(
    "CWE-99",
    "batch44: Flask stats route opens the sqlite database file named in the query",
    src`
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/stats")
def stats():
    db = request.args.get("db", "main.db")
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return jsonify(events=n)
`,
  ),
  good(
    "CWE-99",
    "batch44: Flask stats route maps the tenant to its own database file",
    src`
import sqlite3

from flask import Flask, request, jsonify, abort

app = Flask(__name__)
DATABASES = {"main": "/srv/data/main.db", "archive": "/srv/data/archive.db"}


@app.route("/stats")
def stats():
    db = DATABASES.get(request.args.get("db", "main"))
    if db is None:
        abort(404)
    conn = sqlite3.connect(db)
    n = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return jsonify(events=n)
`,
  ),
  bad(
    "CWE-470",
    "batch44: Flask dispatcher looks the action up in globals()",
    src`
from flask import Flask, request, jsonify

app = Flask(__name__)


def list_items():
    return ["a", "b"]


def count_items():
    return 2


@app.route("/api")
def api():
    action = request.args.get("action", "list_items")
    handler = globals()[action]
    return jsonify(result=handler())
`,
  ),
  good(
    "CWE-470",
    "batch44: Flask dispatcher looks the action up in an explicit dict",
    src`
from flask import Flask, request, jsonify, abort

app = Flask(__name__)


def list_items():
    return ["a", "b"]


def count_items():
    return 2


ACTIONS = {"list_items": list_items, "count_items": count_items}


@app.route("/api")
def api():
    handler = ACTIONS.get(request.args.get("action", "list_items"))
    if handler is None:
        abort(400)
    return jsonify(result=handler())
`,
  ),
  bad(
    "CWE-470",
    "batch44: run_job imports the module and calls the function named in a queued job",
    src`
import importlib
import json


def run_job(message):
    """Run a job from the queue: {"task": "pkg.module.func", "args": [...]}."""
    spec = json.loads(message)
    module_name, func_name = spec["task"].rsplit(".", 1)
    func = getattr(importlib.import_module(module_name), func_name)
    return func(*spec.get("args", []))
`,
  ),
  good(
    "CWE-470",
    "batch44: run_job only runs tasks registered in a table",
    src`
import json

from .tasks import resize_image, send_digest

TASKS = {"resize_image": resize_image, "send_digest": send_digest}


def run_job(message):
    """Run a job from the queue: {"task": "name", "args": [...]}."""
    spec = json.loads(message)
    func = TASKS[spec["task"]]
    return func(*spec.get("args", []))
`,
  ),
  // ---------------- CWE-113 / 117 / 93 ----------------
  bad(
    "CWE-113",
    "batch44: http.server handler puts the lang query value into a Set-Cookie header",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8080), Handler).serve_forever()
`,
  ),
  good(
    "CWE-113",
    "batch44: http.server handler only sets a language from the supported list",
    src`
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlparse, parse_qs

LANGS = {"en", "de", "fr"}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        qs = parse_qs(urlparse(self.path).query)
        lang = qs.get("lang", ["en"])[0]
        if lang not in LANGS:
            lang = "en"
        self.send_response(302)
        self.send_header("Set-Cookie", "lang=" + lang + "; Path=/")
        self.send_header("Location", "/")
        self.end_headers()


if __name__ == "__main__":
    HTTPServer(("", 8080), Handler).serve_forever()
`,
  ),
  bad(
    "CWE-117",
    "batch44: Flask login failure logged with % of the username and the client header",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    agent = request.headers.get("User-Agent", "")
    log.warning("login failed for %s (agent=%s)" % (user, agent))
    return "invalid credentials", 401
`,
  ),
  good(
    "CWE-117",
    "batch44: Flask login failure logged with the values' repr, so newlines stay escaped",
    src`
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.route("/login", methods=["POST"])
def login():
    user = request.form.get("username", "")
    agent = request.headers.get("User-Agent", "")
    log.warning("login failed for %r (agent=%r)", user, agent)
    return "invalid credentials", 401
`,
  ),
  bad(
    "CWE-93",
    "batch44: send_feedback writes the caller's subject into raw SMTP headers with CRLF",
    src`
import smtplib


def send_feedback(sender, subject, body):
    """E-mail feedback from the contact form to support."""
    msg = f"From: {sender}\r\nTo: support@example.com\r\nSubject: {subject}\r\n\r\n{body}"
    with smtplib.SMTP("localhost") as s:
        s.sendmail("noreply@example.com", ["support@example.com"], msg)
`,
  ),
  good(
    "CWE-93",
    "batch44: send_feedback builds an EmailMessage, which refuses line breaks in headers",
    src`
import smtplib
from email.message import EmailMessage


def send_feedback(sender, subject, body):
    """E-mail feedback from the contact form to support."""
    msg = EmailMessage()
    msg["From"] = "noreply@example.com"
    msg["Reply-To"] = sender
    msg["To"] = "support@example.com"
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)
`,
  ),
  // ---------------- CWE-134 format strings ----------------
  bad(
    "CWE-134",
    "batch44: Flask greeting formats a user-supplied template with the current user object",
    src`
from flask import Flask, request
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/greeting")
@login_required
def greeting():
    template = request.args.get("fmt", "Hello, {user.name}!")
    return template.format(user=current_user)
`,
  ),
  good(
    "CWE-134",
    "batch44: Flask greeting substitutes plain strings with string.Template.safe_substitute, served as text/plain",
    src`
from string import Template

from flask import Flask, Response, request
from flask_login import current_user, login_required

app = Flask(__name__)


@app.route("/greeting")
@login_required
def greeting():
    template = Template(request.args.get("fmt", "Hello, $name!"))
    return Response(template.safe_substitute(name=str(current_user.name)), mimetype="text/plain")
`,
  ),
  bad(
    "CWE-134",
    "batch44: render_banner formats the caller's text with **globals()",
    src`
APP_NAME = "Acme Portal"
VERSION = "2.4.1"
SECRET_KEY = "change-me"


def render_banner(fmt):
    """Render an admin-configured banner; fmt may use {APP_NAME} and {VERSION}."""
    return fmt.format(**globals())
`,
  ),
  good(
    "CWE-134",
    "batch44: render_banner formats the text with a dict of the two allowed fields",
    src`
from string import Formatter

APP_NAME = "Acme Portal"
VERSION = "2.4.1"
FIELDS = {"APP_NAME": APP_NAME, "VERSION": VERSION}


def render_banner(fmt):
    """Render an admin-configured banner; fmt may use {APP_NAME} and {VERSION}."""
    for _, field, spec, conv in Formatter().parse(fmt):
        if field is not None and (field not in FIELDS or spec or conv):
            raise ValueError("unknown field")
    return fmt.format(**FIELDS)
`,
  ),
  bad(
    "CWE-134",
    "batch44: format_row applies the caller's %-format to the whole account record",
    src`
def format_row(user_fmt, account):
    """Format one account for the export, e.g. '%(name)s <%(email)s>'."""
    record = {
        "name": account.name,
        "email": account.email,
        "api_key": account.api_key,
        "password_hash": account.password_hash,
    }
    return user_fmt % record
`,
  ),
  // ---------------- CWE-190 / 191 / 681 ----------------
  bad(
    "CWE-190",
    "batch44: copy_to_buffer sizes a ctypes buffer with a c_uint8 that wraps past 255",
    src`
import ctypes


def copy_to_buffer(data):
    """Copy data into a NUL-terminated C buffer for the native library."""
    size = ctypes.c_uint8(len(data) + 1).value
    buf = ctypes.create_string_buffer(size)
    ctypes.memmove(buf, data, len(data))
    return buf
`,
  ),
  good(
    "CWE-190",
    "batch44: copy_to_buffer sizes the buffer from the Python length",
    src`
import ctypes


def copy_to_buffer(data):
    """Copy data into a NUL-terminated C buffer for the native library."""
    buf = ctypes.create_string_buffer(len(data) + 1)
    ctypes.memmove(buf, data, len(data))
    return buf
`,
  ),
  bad(
    "CWE-191",
    "batch44: quota check subtracts numpy uint32 values, which wrap below zero",
    src`
import numpy as np


def has_quota(quota, used, requested):
    """Return True if the tenant may store requested more bytes."""
    left = np.uint32(quota) - np.uint32(used)
    return left >= requested
`,
  ),
  good(
    "CWE-191",
    "batch44: quota check compares Python integers before subtracting",
    src`
def has_quota(quota, used, requested):
    """Return True if the tenant may store requested more bytes."""
    quota, used, requested = int(quota), int(used), int(requested)
    if used >= quota:
        return False
    return quota - used >= requested
`,
  ),
  bad(
    "CWE-681",
    "batch44: upload size checked after a cast to a signed 32-bit ctypes value",
    src`
import ctypes

MAX_UPLOAD = 10 * 1024 * 1024


def accept_upload(declared_size):
    """Return a buffer for an upload whose size the client declared."""
    if ctypes.c_int32(int(declared_size)).value > MAX_UPLOAD:
        raise ValueError("too large")
    return bytearray(int(declared_size))
`,
  ),
  bad(
    "CWE-190",
    "batch44: build_header masks the record count into 16 bits, so 65536 records are written as 0",
    src`
import struct


def build_header(records):
    """Build the file header: magic, record count (uint16), then the records' total length."""
    count = len(records) & 0xFFFF
    total = sum(len(r) for r in records)
    return struct.pack("<4sHI", b"RECS", count, total)
`,
  ),
  // ---------------- CWE-200 / 209 / 497 / 532 / 538 ----------------
  bad(
    "CWE-209",
    "batch44: DRF view returns repr() of the exception and the traceback to the client",
    src`
import traceback

from rest_framework.decorators import api_view
from rest_framework.response import Response

from .billing import charge


@api_view(["POST"])
def pay(request):
    try:
        receipt = charge(request.user, request.data["amount"])
    except Exception as exc:
        return Response({"error": repr(exc), "trace": traceback.format_exc()}, status=500)
    return Response({"receipt": receipt})
`,
  ),
  good(
    "CWE-209",
    "batch44: DRF view logs the exception and returns a generic message",
    src`
import logging

from rest_framework.decorators import api_view
from rest_framework.response import Response

from .billing import charge

log = logging.getLogger(__name__)


@api_view(["POST"])
def pay(request):
    try:
        receipt = charge(request.user, request.data["amount"])
    except Exception:
        log.exception("payment failed")
        return Response({"error": "payment failed"}, status=500)
    return Response({"receipt": receipt})
`,
  ),
  bad(
    "CWE-497",
    "batch44: Flask debug-info route returns the environment, interpreter and working directory",
    src`
import os
import platform
import sys

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/debug/info")
def debug_info():
    return jsonify(
        env=dict(os.environ),
        python=sys.version,
        node=platform.uname()._asdict(),
        cwd=os.getcwd(),
        path=sys.path,
    )
`,
  ),
  good(
    "CWE-497",
    "batch44: Flask version route returns only the application version",
    src`
from flask import Flask, jsonify

app = Flask(__name__)
APP_VERSION = "3.2.0"


@app.route("/version")
def version():
    return jsonify(version=APP_VERSION)
`,
  ),
  bad(
    "CWE-532",
    "batch44: connect_db logs the DSN with the password at debug level",
    src`
import logging

import psycopg2

logger = logging.getLogger(__name__)


def connect_db(host, user, password, dbname):
    """Open a connection to the reporting database."""
    logger.debug("connecting with user=%s password=%s host=%s", user, password, host)
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)
`,
  ),
  good(
    "CWE-532",
    "batch44: connect_db logs the user and host only",
    src`
import logging

import psycopg2

logger = logging.getLogger(__name__)


def connect_db(host, user, password, dbname):
    """Open a connection to the reporting database."""
    logger.debug("connecting with user=%s host=%s", user, host)
    return psycopg2.connect(host=host, user=user, password=password, dbname=dbname)
`,
  ),
  bad(
    "CWE-538",
    "batch44: backup_config copies the settings file with the database password into the static folder",
    src`
import shutil
from datetime import datetime


def backup_config():
    """Keep a dated copy of config.ini before an upgrade."""
    stamp = datetime.now().strftime("%Y%m%d")
    shutil.copy("config.ini", f"static/config-{stamp}.ini.bak")
`,
  ),
  good(
    "CWE-538",
    "batch44: backup_config copies the settings file into a private backup folder",
    src`
import os
import shutil
from datetime import datetime

BACKUP_DIR = "/var/backups/app"


def backup_config():
    """Keep a dated copy of config.ini before an upgrade."""
    os.makedirs(BACKUP_DIR, mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d")
    dest = os.path.join(BACKUP_DIR, f"config-{stamp}.ini.bak")
    shutil.copy("config.ini", dest)
    os.chmod(dest, 0o600)
`,
  ),
  bad(
    "CWE-200",
    "batch44: Django profile API returns model_to_dict of the user, password hash included",
    src`
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.forms.models import model_to_dict
from django.http import JsonResponse


@login_required
def profile(request, user_id):
    user = User.objects.get(pk=user_id)
    return JsonResponse(model_to_dict(user))
`,
  ),
  good(
    "CWE-200",
    "batch44: Django profile API returns the public fields only",
    src`
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.forms.models import model_to_dict
from django.http import JsonResponse


@login_required
def profile(request, user_id):
    user = User.objects.get(pk=user_id)
    return JsonResponse(model_to_dict(user, fields=["id", "username", "first_name"]))
`,
  ),
  // ---------------- CWE-252 / 390 / 396 / 703 / 754 ----------------
  bad(
    "CWE-252",
    "batch44: webhook handler calls hmac.compare_digest and ignores its result",
    src`
import hashlib
import hmac
import json
import os

WEBHOOK_KEY = os.environ["WEBHOOK_KEY"].encode()


def handle_webhook(body, signature):
    """Verify the signature of a webhook delivery and return its event."""
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    hmac.compare_digest(expected, signature)
    return json.loads(body)
`,
  ),
  good(
    "CWE-252",
    "batch44: webhook handler rejects the delivery when compare_digest is false",
    src`
import hashlib
import hmac
import json
import os

WEBHOOK_KEY = os.environ["WEBHOOK_KEY"].encode()


def handle_webhook(body, signature):
    """Verify the signature of a webhook delivery and return its event."""
    expected = hmac.new(WEBHOOK_KEY, body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise PermissionError("bad signature")
    return json.loads(body)
`,
  ),
  bad(
    "CWE-390",
    "batch44: Flask route wraps the token check in a bare except: pass and serves the data anyway",
    src`
from flask import Flask, request, jsonify

from .auth import verify_token
from .data import load_dashboard

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    try:
        verify_token(request.headers.get("Authorization", ""))
    except:
        pass
    return jsonify(load_dashboard())
`,
  ),
  good(
    "CWE-390",
    "batch44: Flask route answers 401 when the token check raises",
    src`
from flask import Flask, request, jsonify, abort

from .auth import verify_token, InvalidToken
from .data import load_dashboard

app = Flask(__name__)


@app.route("/dashboard")
def dashboard():
    try:
        verify_token(request.headers.get("Authorization", ""))
    except InvalidToken:
        abort(401)
    return jsonify(load_dashboard())
`,
  ),
  bad(
    "CWE-396",
    "batch44: verify_release catches every exception from the signature check and carries on",
    src`
import logging

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def verify_release(public_key, signature, data):
    """Return True if the release archive is signed by our key."""
    try:
        public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except Exception as e:
        logging.warning("signature check problem: %s", e)
    return True
`,
  ),
  good(
    "CWE-396",
    "batch44: verify_release returns False on InvalidSignature",
    src`
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding


def verify_release(public_key, signature, data):
    """Return True if the release archive is signed by our key."""
    try:
        public_key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature:
        return False
    return True
`,
  ),
  bad(
    "CWE-703",
    "batch44: is_admin returns True when the role lookup raises",
    src`
from .directory import lookup_roles


def is_admin(username):
    """Return True if username is in the admins group."""
    try:
        return "admins" in lookup_roles(username)
    except Exception:
        # directory sometimes times out; don't lock admins out
        return True
`,
  ),
  bad(
    "CWE-754",
    "batch44: drop_privileges ignores os.setuid failure via a suppress() block and keeps running as root",
    src`
import contextlib
import os
import pwd


def drop_privileges(user="nobody"):
    """Switch the daemon to an unprivileged user after binding its port."""
    pw = pwd.getpwnam(user)
    with contextlib.suppress(OSError):
        os.setgid(pw.pw_gid)
        os.setuid(pw.pw_uid)
`,
  ),
  good(
    "CWE-754",
    "batch44: drop_privileges lets setgid/setuid errors stop the daemon and checks the result",
    src`
import os
import pwd


def drop_privileges(user="nobody"):
    """Switch the daemon to an unprivileged user after binding its port."""
    pw = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)
    if os.getuid() == 0 or os.geteuid() == 0:
        raise SystemExit("could not drop root")
`,
  ),
  // ---------------- CWE-256 / 257 / 260 / 522 / 523 ----------------
  bad(
    "CWE-256",
    "batch44: save_credentials writes the user name and password to a JSON file",
    src`
import json
import os

CRED_FILE = os.path.expanduser("~/.syncer/credentials.json")


def save_credentials(username, password):
    """Remember the login for the next run."""
    os.makedirs(os.path.dirname(CRED_FILE), exist_ok=True)
    with open(CRED_FILE, "w") as f:
        json.dump({"username": username, "password": password}, f)
`,
  ),
  good(
    "CWE-256",
    "batch44: save_credentials keeps the password in the OS keyring",
    src`
import json
import os

import keyring

CRED_FILE = os.path.expanduser("~/.syncer/user.json")


def save_credentials(username, password):
    """Remember the login for the next run."""
    os.makedirs(os.path.dirname(CRED_FILE), exist_ok=True)
    keyring.set_password("syncer", username, password)
    with open(CRED_FILE, "w") as f:
        json.dump({"username": username}, f)
`,
  ),
  bad(
    "CWE-257",
    "batch44: create_user stores the password Fernet-encrypted so support can read it back",
    src`
import os

from cryptography.fernet import Fernet

FERNET = Fernet(os.environ["USER_DB_KEY"])


def create_user(db, username, password):
    """Create an account; support staff can recover forgotten passwords."""
    token = FERNET.encrypt(password.encode())
    db.execute("INSERT INTO users (username, password) VALUES (?, ?)", (username, token))
    db.commit()
`,
  ),
  good(
    "CWE-257",
    "batch44: create_user stores a bcrypt hash of the password",
    src`
import bcrypt


def create_user(db, username, password):
    """Create an account."""
    pw_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt())
    db.execute("INSERT INTO users (username, pw_hash) VALUES (?, ?)", (username, pw_hash))
    db.commit()
`,
  ),
  bad(
    "CWE-260",
    "batch44: write_config saves the SMTP password in a plain app.ini via configparser",
    src`
import configparser


def write_config(path, smtp_host, smtp_user, smtp_password):
    """Write the mailer settings chosen in the setup wizard."""
    cfg = configparser.ConfigParser()
    cfg["smtp"] = {"host": smtp_host, "user": smtp_user, "password": smtp_password}
    with open(path, "w") as fh:
        cfg.write(fh)
`,
  ),
  bad(
    "CWE-522",
    "batch44: fetch_items sends HTTP basic credentials to an http:// API",
    src`
import requests

API = "http://inventory.internal.example.com/api/v1"


def fetch_items(user, password):
    """Fetch all inventory items."""
    r = requests.get(API + "/items", auth=(user, password), timeout=10)
    r.raise_for_status()
    return r.json()
`,
  ),
  good(
    "CWE-522",
    "batch44: fetch_items sends HTTP basic credentials to the https API",
    src`
import requests

API = "https://inventory.internal.example.com/api/v1"


def fetch_items(user, password):
    """Fetch all inventory items."""
    r = requests.get(API + "/items", auth=(user, password), timeout=10)
    r.raise_for_status()
    return r.json()
`,
  ),
  bad(
    "CWE-523",
    "batch44: CLI login posts the password form to an http:// login URL",
    src`
import getpass

import requests

LOGIN_URL = "http://portal.example.com/login"


def login(username):
    """Log in to the portal and return the session."""
    s = requests.Session()
    pw = getpass.getpass("Password: ")
    resp = s.post(LOGIN_URL, data={"username": username, "password": pw})
    resp.raise_for_status()
    return s
`,
  ),
  // ---------------- CWE-284 / 285 / 287 / 290 / 306 / 639 / 862 / 863 ----------------
  bad(
    "CWE-290",
    "batch44: Flask admin action trusted when the Referer starts with the admin site",
    src`
from flask import Flask, request, abort

from .models import delete_user

app = Flask(__name__)


@app.route("/users/<int:uid>/delete", methods=["POST"])
def remove_user(uid):
    ref = request.headers.get("Referer", "")
    if not ref.startswith("https://admin.example.com/"):
        abort(403)
    delete_user(uid)
    return "deleted"
`,
  ),
  good(
    "CWE-290",
    "batch44: Flask admin action requires a logged-in admin in the server session",
    src`
from flask import Flask, abort
from flask_login import current_user, login_required

from .models import delete_user

app = Flask(__name__)


@app.route("/users/<int:uid>/delete", methods=["POST"])
@login_required
def remove_user(uid):
    if not current_user.is_admin:
        abort(403)
    delete_user(uid)
    return "deleted"
`,
  ),
  bad(
    "CWE-290",
    "batch44: Flask internal endpoint trusts the client IP from X-Forwarded-For",
    src`
from flask import Flask, request, abort, jsonify

from .metrics import all_metrics

app = Flask(__name__)
TRUSTED = {"10.0.0.5", "127.0.0.1"}


@app.route("/internal/metrics")
def metrics():
    ip = request.headers.get("X-Forwarded-For", request.remote_addr).split(",")[0].strip()
    if ip not in TRUSTED:
        abort(403)
    return jsonify(all_metrics())
`,
  ),
  good(
    "CWE-290",
    "batch44: Flask internal endpoint requires a bearer token compared in constant time",
    src`
import hmac
import os

from flask import Flask, request, abort, jsonify

from .metrics import all_metrics

app = Flask(__name__)
METRICS_TOKEN = os.environ["METRICS_TOKEN"]


@app.route("/internal/metrics")
def metrics():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    if not hmac.compare_digest(token, METRICS_TOKEN):
        abort(403)
    return jsonify(all_metrics())
`,
  ),
  bad(
    "CWE-863",
    "batch44: Flask route takes the caller's role from an X-User-Role header",
    src`
from flask import Flask, request, abort, jsonify

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices")
def all_invoices():
    if request.headers.get("X-User-Role") != "accountant":
        abort(403)
    return jsonify([i.to_dict() for i in Invoice.query.all()])
`,
  ),
  bad(
    "CWE-285",
    "batch44: admin check written as an assert, which python -O removes",
    src`
from flask import Flask, jsonify
from flask_login import current_user, login_required

from .models import User

app = Flask(__name__)


@app.route("/admin/users")
@login_required
def list_users():
    assert current_user.is_admin, "admins only"
    return jsonify([u.email for u in User.query.all()])
`,
  ),
  good(
    "CWE-285",
    "batch44: admin check with an if and abort(403)",
    src`
from flask import Flask, jsonify, abort
from flask_login import current_user, login_required

from .models import User

app = Flask(__name__)


@app.route("/admin/users")
@login_required
def list_users():
    if not current_user.is_admin:
        abort(403)
    return jsonify([u.email for u in User.query.all()])
`,
  ),
  bad(
    "CWE-287",
    "batch44: login accepts any password for a user name that exists",
    src`
from flask import Flask, request, session, redirect

from .models import User

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    user = User.query.filter_by(username=username).first()
    if user:
        session["user_id"] = user.id
        return redirect("/")
    return "unknown user", 401
`,
  ),
  good(
    "CWE-287",
    "batch44: login checks the password hash of the user",
    src`
from flask import Flask, request, session, redirect
from werkzeug.security import check_password_hash

from .models import User

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"]
    user = User.query.filter_by(username=username).first()
    if user and check_password_hash(user.password_hash, request.form["password"]):
        session.clear()
        session["user_id"] = user.id
        return redirect("/")
    return "invalid credentials", 401
`,
  ),
  bad(
    "CWE-306",
    "batch44: XML-RPC server on all interfaces exposes reset_database with no authentication",
    src`
from xmlrpc.server import SimpleXMLRPCServer

from .db import reset_database, export_users


def main():
    server = SimpleXMLRPCServer(("0.0.0.0", 8000), allow_none=True)
    server.register_function(reset_database, "reset_database")
    server.register_function(export_users, "export_users")
    server.serve_forever()


if __name__ == "__main__":
    main()
`,
  ),
  bad(
    "CWE-639",
    "batch44: Flask invoice download checks login but not that the invoice is the caller's",
    src`
from flask import Flask, send_file
from flask_login import login_required

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>/pdf")
@login_required
def invoice_pdf(invoice_id):
    inv = Invoice.query.get_or_404(invoice_id)
    return send_file(inv.pdf_path)
`,
  ),
  good(
    "CWE-639",
    "batch44: Flask invoice download looks the invoice up among the caller's own",
    src`
from flask import Flask, send_file
from flask_login import current_user, login_required

from .models import Invoice

app = Flask(__name__)


@app.route("/invoices/<int:invoice_id>/pdf")
@login_required
def invoice_pdf(invoice_id):
    inv = Invoice.query.filter_by(id=invoice_id, owner_id=current_user.id).first_or_404()
    return send_file(inv.pdf_path)
`,
  ),
  bad(
    "CWE-862",
    "batch44: FastAPI endpoint changes any user's role with no dependency checking the caller",
    src`
from fastapi import FastAPI
from pydantic import BaseModel

from .db import set_role

app = FastAPI()


class RoleChange(BaseModel):
    user_id: int
    role: str


@app.post("/users/role")
def change_role(change: RoleChange):
    set_role(change.user_id, change.role)
    return {"ok": True}
`,
  ),
  good(
    "CWE-862",
    "batch44: FastAPI role change depends on an admin user",
    src`
from fastapi import Depends, FastAPI
from pydantic import BaseModel

from .auth import require_admin
from .db import set_role

app = FastAPI()


class RoleChange(BaseModel):
    user_id: int
    role: str


@app.post("/users/role")
def change_role(change: RoleChange, admin=Depends(require_admin)):
    set_role(change.user_id, change.role)
    return {"ok": True}
`,
  ),
  // ---------------- CWE-295 / 297 / 319 ----------------
  bad(
    "CWE-295",
    "batch44: urllib3 PoolManager with cert_reqs='CERT_NONE' for the payments API",
    src`
import json

import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_NONE")


def get_balance(account_id, token):
    """Return the balance of an account from the payments API."""
    r = http.request(
        "GET",
        f"https://payments.example.com/accounts/{account_id}/balance",
        headers={"Authorization": f"Bearer {token}"},
    )
    return json.loads(r.data)["balance"]
`,
  ),
  good(
    "CWE-295",
    "batch44: urllib3 PoolManager requiring certificates from certifi",
    src`
import json

import certifi
import urllib3

http = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where())


def get_balance(account_id, token):
    """Return the balance of an account from the payments API."""
    r = http.request(
        "GET",
        f"https://payments.example.com/accounts/{int(account_id)}/balance",
        headers={"Authorization": f"Bearer {token}"},
    )
    return json.loads(r.data)["balance"]
`,
  ),
  bad(
    "CWE-295",
    "batch44: http.client HTTPSConnection with ssl._create_unverified_context()",
    src`
import http.client
import ssl


def post_event(host, body):
    """POST an event to the collector over HTTPS."""
    conn = http.client.HTTPSConnection(host, 443, context=ssl._create_unverified_context())
    conn.request("POST", "/events", body, {"Content-Type": "application/json"})
    return conn.getresponse().status
`,
  ),
  good(
    "CWE-295",
    "batch44: http.client HTTPSConnection with ssl.create_default_context()",
    src`
import http.client
import ssl


def post_event(host, body):
    """POST an event to the collector over HTTPS."""
    conn = http.client.HTTPSConnection(host, 443, context=ssl.create_default_context())
    conn.request("POST", "/events", body, {"Content-Type": "application/json"})
    return conn.getresponse().status
`,
  ),
  bad(
    "CWE-297",
    "batch44: TLS client keeps CERT_REQUIRED but turns check_hostname off",
    src`
import socket
import ssl


def open_tls(host, port=8443):
    """Open a TLS connection to the device's management port."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_REQUIRED
    sock = socket.create_connection((host, port))
    return ctx.wrap_socket(sock)
`,
  ),
  bad(
    "CWE-319",
    "batch44: nightly backup uploaded with ftplib.FTP and a login in clear",
    src`
import ftplib
import os


def upload_backup(path):
    """Upload the nightly backup to the storage server."""
    ftp = ftplib.FTP("backup.example.com")
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASS"])
    with open(path, "rb") as f:
        ftp.storbinary("STOR " + os.path.basename(path), f)
    ftp.quit()
`,
  ),
  good(
    "CWE-319",
    "batch44: nightly backup uploaded with FTP_TLS and a protected data channel",
    src`
import ftplib
import os


def upload_backup(path):
    """Upload the nightly backup to the storage server."""
    ftp = ftplib.FTP_TLS("backup.example.com")
    ftp.login(os.environ["FTP_USER"], os.environ["FTP_PASS"])
    ftp.prot_p()
    with open(path, "rb") as f:
        ftp.storbinary("STOR " + os.path.basename(path), f)
    ftp.quit()
`,
  ),
  bad(
    "CWE-319",
    "batch44: charge_card posts the card number with urlopen to an http:// gateway",
    src`
from urllib.parse import urlencode
from urllib.request import urlopen

GATEWAY = "http://gateway.example-pay.com/charge"


def charge_card(number, expiry, cvv, amount):
    """Charge a card through the payment gateway."""
    data = urlencode({"number": number, "expiry": expiry, "cvv": cvv, "amount": amount}).encode()
    with urlopen(GATEWAY, data=data, timeout=15) as resp:
        return resp.read().decode()
`,
  ),
  // ---------------- CWE-311 / 312 ----------------
  bad(
    "CWE-312",
    "batch44: CLI stores the API token in a dotfile in clear text",
    src`
import os

TOKEN_PATH = os.path.expanduser("~/.acme/token")


def save_token(api_token):
    """Store the API token for later commands."""
    os.makedirs(os.path.dirname(TOKEN_PATH), exist_ok=True)
    with open(TOKEN_PATH, "w") as f:
        f.write(api_token)
`,
  ),
  good(
    "CWE-312",
    "batch44: CLI stores the API token in the OS keyring",
    src`
import keyring


def save_token(api_token):
    """Store the API token for later commands."""
    keyring.set_password("acme-cli", "api_token", api_token)
`,
  ),
  bad(
    "CWE-311",
    "batch44: add_patient stores the social security number as it is",
    src`
def add_patient(conn, name, ssn, diagnosis):
    """Insert a patient record."""
    conn.execute(
        "INSERT INTO patients (name, ssn, diagnosis) VALUES (?, ?, ?)",
        (name, ssn, diagnosis),
    )
    conn.commit()
`,
  ),
  good(
    "CWE-311",
    "batch44: add_patient encrypts the social security number with Fernet before storing it",
    src`
import os

from cryptography.fernet import Fernet

FERNET = Fernet(os.environ["PHI_KEY"])


def add_patient(conn, name, ssn, diagnosis):
    """Insert a patient record."""
    conn.execute(
        "INSERT INTO patients (name, ssn_enc, diagnosis) VALUES (?, ?, ?)",
        (name, FERNET.encrypt(ssn.encode()), diagnosis),
    )
    conn.commit()
`,
  ),
  // ---------------- CWE-327 / 328 / 916 ----------------
  bad(
    "CWE-327",
    "batch44: encrypt_note uses pycryptodome Blowfish in ECB mode",
    src`
from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad


def encrypt_note(key, text):
    """Encrypt a note for storage."""
    cipher = Blowfish.new(key, Blowfish.MODE_ECB)
    return cipher.encrypt(pad(text.encode(), Blowfish.block_size))
`,
  ),
  good(
    "CWE-327",
    "batch44: encrypt_note uses AES-GCM with a random nonce",
    src`
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_note(key, text):
    """Encrypt a note for storage (key: 32 bytes)."""
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, text.encode(), None)
`,
  ),
  bad(
    "CWE-328",
    "batch44: verify_download compares an MD5 digest against the published checksum",
    src`
import hashlib


def verify_download(path, expected):
    """Check a downloaded installer against the checksum on the release page."""
    h = hashlib.md5()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest() == expected
`,
  ),
  good(
    "CWE-328",
    "batch44: verify_download compares a SHA-256 digest against the published checksum",
    src`
import hashlib
import hmac


def verify_download(path, expected):
    """Check a downloaded installer against the checksum on the release page."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return hmac.compare_digest(h.hexdigest(), expected)
`,
  ),
  bad(
    "CWE-916",
    "batch44: hash_password is one SHA-256 over salt plus password",
    src`
import hashlib
import os


def hash_password(password):
    """Return salt and hash to store for a new password."""
    salt = os.urandom(16)
    digest = hashlib.sha256(salt + password.encode("utf-8")).hexdigest()
    return salt.hex(), digest
`,
  ),
  good(
    "CWE-916",
    "batch44: hash_password uses PBKDF2-HMAC-SHA256 with 600k iterations",
    src`
import hashlib
import os


def hash_password(password):
    """Return salt and hash to store for a new password."""
    salt = os.urandom(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, 600_000).hex()
    return salt.hex(), digest
`,
  ),
  bad(
    "CWE-327",
    "batch44: legacy sync encrypts records with pyDes single DES",
    src`
import pyDes


def encrypt_record(key, data):
    """Encrypt a record for the legacy sync partner (key: 8 bytes)."""
    k = pyDes.des(key, pyDes.CBC, b"\0\0\0\0\0\0\0\0", pad=None, padmode=pyDes.PAD_PKCS5)
    return k.encrypt(data)
`,
  ),
  // ---------------- CWE-330 / 331 / 338 / 340 ----------------
  bad(
    "CWE-338",
    "batch44: reset token joined from random.choice over letters and digits",
    src`
import random
import string


def make_reset_token(length=32):
    """Generate a password reset token."""
    alphabet = string.ascii_letters + string.digits
    return "".join(random.choice(alphabet) for _ in range(length))
`,
  ),
  good(
    "CWE-338",
    "batch44: reset token joined from secrets.choice",
    src`
import secrets
import string


def make_reset_token(length=32):
    """Generate a password reset token."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))
`,
  ),
  bad(
    "CWE-330",
    "batch44: session id from random.getrandbits after seeding with time.time()",
    src`
import random
import time


def new_session_id():
    """Return a new session identifier."""
    random.seed(time.time())
    return "%016x" % random.getrandbits(64)
`,
  ),
  bad(
    "CWE-340",
    "batch44: reset token is the user id followed by the current Unix time",
    src`
import time


def reset_token_for(user_id):
    """Create the token for the password reset link."""
    return f"{user_id}-{int(time.time())}"
`,
  ),
  good(
    "CWE-340",
    "batch44: reset token from secrets.token_urlsafe, with the expiry kept server-side",
    src`
import secrets
import time


def reset_token_for(user_id, store):
    """Create the token for the password reset link."""
    token = secrets.token_urlsafe(32)
    store[token] = (user_id, int(time.time()) + 3600)
    return token
`,
  ),
  bad(
    "CWE-331",
    "batch44: API key from secrets.token_hex(2), only 16 bits",
    src`
import secrets


def new_api_key(user_id):
    """Issue an API key for the user."""
    return f"ak_{user_id}_{secrets.token_hex(2)}"
`,
  ),
  good(
    "CWE-331",
    "batch44: API key from secrets.token_hex(32)",
    src`
import secrets


def new_api_key(user_id):
    """Issue an API key for the user."""
    return f"ak_{user_id}_{secrets.token_hex(32)}"
`,
  ),
  // ---------------- CWE-352 / 362 / 367 / 384 ----------------
  bad(
    "CWE-352",
    "batch44: Flask-WTF CSRF protection exempted on the money transfer view",
    src`
from flask import Flask, request, redirect
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .bank import transfer

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.route("/transfer", methods=["POST"])
@csrf.exempt
@login_required
def do_transfer():
    transfer(current_user.id, request.form["to"], int(request.form["amount"]))
    return redirect("/account")
`,
  ),
  good(
    "CWE-352",
    "batch44: Flask-WTF CSRF protection kept on the money transfer view",
    src`
from flask import Flask, request, redirect
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFProtect

from .bank import transfer

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.route("/transfer", methods=["POST"])
@login_required
def do_transfer():
    transfer(current_user.id, request.form["to"], int(request.form["amount"]))
    return redirect("/account")
`,
  ),
  bad(
    "CWE-352",
    "batch44: Flask app config turns WTF_CSRF_ENABLED off for every form",
    src`
from flask import Flask
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
app.config["SECRET_KEY"] = __import__("os").environ["SECRET_KEY"]
app.config["WTF_CSRF_ENABLED"] = False
csrf = CSRFProtect(app)
`,
  ),
  bad(
    "CWE-367",
    "batch44: setuid helper checks os.access on the caller's path, then opens it",
    src`
import os
import sys


def show_file(path):
    """Print a file the invoking (real) user may read; this helper runs setuid root."""
    if not os.access(path, os.R_OK):
        sys.exit("permission denied")
    with open(path) as f:
        sys.stdout.write(f.read())
`,
  ),
  good(
    "CWE-367",
    "batch44: helper drops to the real uid before opening the caller's path",
    src`
import os
import sys


def show_file(path):
    """Print a file the invoking (real) user may read."""
    os.setegid(os.getgid())
    os.seteuid(os.getuid())
    try:
        with open(path) as f:
            sys.stdout.write(f.read())
    except PermissionError:
        sys.exit("permission denied")
`,
  ),
  bad(
    "CWE-362",
    "batch44: withdraw checks and updates a shared balance dict without a lock in a threaded server",
    src`
import threading
from socketserver import ThreadingTCPServer, StreamRequestHandler

BALANCES = {"alice": 100}


def withdraw(user, amount):
    if BALANCES[user] >= amount:
        BALANCES[user] = BALANCES[user] - amount
        return True
    return False


class Handler(StreamRequestHandler):
    def handle(self):
        user, amount = self.rfile.readline().decode().split()
        self.wfile.write(b"ok\n" if withdraw(user, int(amount)) else b"no\n")
`,
  ),
  good(
    "CWE-362",
    "batch44: withdraw checks and updates the shared balance under a lock",
    src`
import threading
from socketserver import ThreadingTCPServer, StreamRequestHandler

BALANCES = {"alice": 100}
LOCK = threading.Lock()


def withdraw(user, amount):
    with LOCK:
        if BALANCES[user] >= amount:
            BALANCES[user] = BALANCES[user] - amount
            return True
    return False


class Handler(StreamRequestHandler):
    def handle(self):
        user, amount = self.rfile.readline().decode().split()
        self.wfile.write(b"ok\n" if withdraw(user, int(amount)) else b"no\n")
`,
  ),
  bad(
    "CWE-384",
    "batch44: custom session store keeps the sid the client sent when the user logs in",
    src`
import secrets

from flask import Flask, request, make_response

from .auth import check_password

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    if not check_password(user, request.form["password"]):
        return "denied", 401
    sid = request.cookies.get("sid") or secrets.token_urlsafe(32)
    SESSIONS[sid] = {"user": user}
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  good(
    "CWE-384",
    "batch44: custom session store issues a fresh sid at login and drops the old one",
    src`
import secrets

from flask import Flask, request, make_response

from .auth import check_password

app = Flask(__name__)
SESSIONS = {}


@app.route("/login", methods=["POST"])
def login():
    user = request.form["username"]
    if not check_password(user, request.form["password"]):
        return "denied", 401
    SESSIONS.pop(request.cookies.get("sid", ""), None)
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = {"user": user}
    resp = make_response("welcome")
    resp.set_cookie("sid", sid, httponly=True, secure=True)
    return resp
`,
  ),
  // ---------------- CWE-400 / 770 / 789 / 1333 ----------------
  bad(
    "CWE-789",
    "batch44: Flask chunk endpoint allocates a bytearray of the size in a request header",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.route("/chunks", methods=["POST"])
def receive_chunk():
    size = int(request.headers["X-Chunk-Size"])
    buf = bytearray(size)
    n = request.stream.readinto(buf)
    return {"received": n}
`,
  ),
  good(
    "CWE-789",
    "batch44: Flask chunk endpoint caps the header size before allocating",
    src`
from flask import Flask, request, abort

app = Flask(__name__)
MAX_CHUNK = 4 * 1024 * 1024


@app.route("/chunks", methods=["POST"])
def receive_chunk():
    size = int(request.headers["X-Chunk-Size"])
    if not 0 < size <= MAX_CHUNK:
        abort(413)
    buf = bytearray(size)
    n = request.stream.readinto(buf)
    return {"received": n}
`,
  ),
  bad(
    "CWE-789",
    "batch44: read_message reads as many bytes as the 4-byte length prefix from the peer says",
    src`
import struct


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def read_message(sock):
    """Read one length-prefixed message from the socket."""
    (length,) = struct.unpack("!I", recv_exact(sock, 4))
    return recv_exact(sock, length)
`,
  ),
  good(
    "CWE-789",
    "batch44: read_message rejects a length prefix over 1 MiB",
    src`
import struct

MAX_MESSAGE = 1 << 20


def recv_exact(sock, n):
    data = b""
    while len(data) < n:
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def read_message(sock):
    """Read one length-prefixed message from the socket."""
    (length,) = struct.unpack("!I", recv_exact(sock, 4))
    if length > MAX_MESSAGE:
        raise ValueError("message too large")
    return recv_exact(sock, length)
`,
  ),
  bad(
    "CWE-400",
    "batch44: Flask image route resizes to the width and height in the query",
    src`
import io

from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)


@app.route("/resize", methods=["POST"])
def resize():
    w = int(request.args["w"])
    h = int(request.args["h"])
    img = Image.open(request.files["image"].stream).resize((w, h))
    out = io.BytesIO()
    img.save(out, "PNG")
    out.seek(0)
    return send_file(out, mimetype="image/png")
`,
  ),
  good(
    "CWE-400",
    "batch44: Flask image route clamps width and height to 2048",
    src`
import io

from flask import Flask, request, send_file
from PIL import Image

app = Flask(__name__)
MAX_SIDE = 2048


@app.route("/resize", methods=["POST"])
def resize():
    w = min(max(int(request.args["w"]), 1), MAX_SIDE)
    h = min(max(int(request.args["h"]), 1), MAX_SIDE)
    img = Image.open(request.files["image"].stream).resize((w, h))
    out = io.BytesIO()
    img.save(out, "PNG")
    out.seek(0)
    return send_file(out, mimetype="image/png")
`,
  ),
  bad(
    "CWE-770",
    "batch44: FastAPI endpoint builds a list as long as the count parameter asks",
    src`
import uuid

from fastapi import FastAPI

app = FastAPI()


@app.get("/ids")
def new_ids(count: int = 1):
    return {"ids": [str(uuid.uuid4()) for _ in range(count)]}
`,
  ),
  good(
    "CWE-770",
    "batch44: FastAPI endpoint limits the count with Query(le=100)",
    src`
import uuid

from fastapi import FastAPI, Query

app = FastAPI()


@app.get("/ids")
def new_ids(count: int = Query(1, ge=1, le=100)):
    return {"ids": [str(uuid.uuid4()) for _ in range(count)]}
`,
  ),
  bad(
    "CWE-1333",
    "batch44: company e-mail validator with a nested quantifier",
    src`
import re

EMAIL_RE = re.compile(r"^([a-zA-Z0-9]+[._-]?)+@example\.com$")


def is_company_email(addr):
    """Return True for addresses in the example.com domain."""
    return EMAIL_RE.match(addr) is not None
`,
  ),
  good(
    "CWE-1333",
    "batch44: company e-mail validator without nested repetition",
    src`
import re

EMAIL_RE = re.compile(r"[a-zA-Z0-9._-]{1,64}@example\.com")


def is_company_email(addr):
    """Return True for addresses in the example.com domain."""
    return EMAIL_RE.fullmatch(addr) is not None
`,
  ),
  // ---------------- CWE-434 ----------------
  bad(
    "CWE-434",
    "batch44: Flask upload trusts the client's content type and keeps the file name in the static folder",
    src`
import os

from flask import Flask, request, abort

app = Flask(__name__)


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["file"]
    if f.content_type not in ("image/png", "image/jpeg"):
        abort(400)
    f.save(os.path.join(app.static_folder, "avatars", f.filename))
    return "saved"
`,
  ),
  good(
    "CWE-434",
    "batch44: Flask upload checks the image with Pillow and saves it under a generated .png name",
    src`
import os
import uuid

from flask import Flask, request, abort
from PIL import Image

app = Flask(__name__)


@app.route("/avatar", methods=["POST"])
def avatar():
    f = request.files["file"]
    try:
        img = Image.open(f.stream)
        img.verify()
        f.stream.seek(0)
        img = Image.open(f.stream)
    except Exception:
        abort(400)
    name = uuid.uuid4().hex + ".png"
    img.save(os.path.join(app.static_folder, "avatars", name), "PNG")
    return name
`,
  ),
  // ---------------- CWE-441 / 918 ----------------
  bad(
    "CWE-918",
    "batch44: fetch_preview requests whatever URL the caller gives",
    src`
import requests
from bs4 import BeautifulSoup


def fetch_preview(url):
    """Return the title of the page at url for a link preview."""
    resp = requests.get(url, timeout=5)
    return BeautifulSoup(resp.text, "html.parser").title.string
`,
  ),
  good(
    "CWE-918",
    "batch44: fetch_preview only fetches https URLs on allow-listed hosts",
    src`
from urllib.parse import urlparse

import requests
from bs4 import BeautifulSoup

ALLOWED_HOSTS = {"www.youtube.com", "github.com", "en.wikipedia.org"}


def fetch_preview(url):
    """Return the title of the page at url for a link preview."""
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        raise ValueError("host not allowed")
    resp = requests.get(url, timeout=5, allow_redirects=False)
    return BeautifulSoup(resp.text, "html.parser").title.string
`,
  ),
  bad(
    "CWE-441",
    "batch44: Flask /proxy route forwards any method to the url parameter and returns the answer",
    src`
import requests
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/proxy", methods=["GET", "POST"])
def proxy():
    upstream = requests.request(
        request.method,
        request.args["url"],
        data=request.get_data(),
        headers={"Content-Type": request.headers.get("Content-Type", "")},
        timeout=10,
    )
    return Response(upstream.content, status=upstream.status_code)
`,
  ),
  good(
    "CWE-441",
    "batch44: Flask /proxy route forwards only to the configured backend",
    src`
import requests
from flask import Flask, request, Response

app = Flask(__name__)
BACKEND = "https://api.internal.example.com"


@app.route("/proxy/<path:sub>", methods=["GET", "POST"])
def proxy(sub):
    upstream = requests.request(
        request.method,
        BACKEND + "/v1/" + sub.lstrip("/"),
        data=request.get_data(),
        headers={"Content-Type": request.headers.get("Content-Type", "")},
        timeout=10,
        allow_redirects=False,
    )
    return Response(upstream.content, status=upstream.status_code)
`,
  ),
  bad(
    "CWE-918",
    "batch44: notify posts the event to the webhook URL a tenant registered",
    src`
import httpx


def notify(webhook_url, event):
    """Deliver an event to the tenant's registered webhook."""
    r = httpx.post(webhook_url, json=event, timeout=5)
    return r.status_code
`,
  ),
  // ---------------- CWE-494 / 829 ----------------
  bad(
    "CWE-494",
    "batch44: self-update downloads a script over http and runs it with the interpreter",
    src`
import subprocess
import sys
import urllib.request

UPDATE_URL = "http://updates.example.com/latest/update.py"


def self_update():
    """Download and run the latest updater."""
    urllib.request.urlretrieve(UPDATE_URL, "/tmp/update.py")
    subprocess.run([sys.executable, "/tmp/update.py"], check=True)
`,
  ),
  good(
    "CWE-494",
    "batch44: self-update checks the downloaded script against a pinned SHA-256 before running it",
    src`
import hashlib
import subprocess
import sys
import tempfile
import urllib.request

UPDATE_URL = "https://updates.example.com/latest/update.py"
UPDATE_SHA256 = "3b1f1e5c6e2f4f0a9d8e7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f"


def self_update():
    """Download and run the latest updater."""
    with urllib.request.urlopen(UPDATE_URL, timeout=30) as resp:
        data = resp.read()
    if hashlib.sha256(data).hexdigest() != UPDATE_SHA256:
        raise RuntimeError("update digest mismatch")
    with tempfile.NamedTemporaryFile("wb", suffix=".py", delete=False) as f:
        f.write(data)
    subprocess.run([sys.executable, f.name], check=True)
`,
  ),
  bad(
    "CWE-829",
    "batch44: load_plugin executes a module file from the user-writable uploads folder",
    src`
import importlib.util
import os

PLUGIN_DIR = "/srv/app/uploads/plugins"


def load_plugin(name):
    """Load a plugin that an administrator uploaded."""
    path = os.path.join(PLUGIN_DIR, name + ".py")
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod
`,
  ),
  // ---------------- CWE-502 ----------------
  bad(
    "CWE-502",
    "batch44: import_settings reads an uploaded YAML file with yaml.Loader",
    src`
import yaml


def import_settings(uploaded_file):
    """Import project settings from an uploaded YAML file."""
    return yaml.load(uploaded_file.read(), Loader=yaml.Loader)
`,
  ),
  good(
    "CWE-502",
    "batch44: import_settings reads the uploaded YAML with safe_load",
    src`
import yaml


def import_settings(uploaded_file):
    """Import project settings from an uploaded YAML file."""
    return yaml.safe_load(uploaded_file.read())
`,
  ),
  bad(
    "CWE-502",
    "batch44: worker restores job payloads from the socket with marshal.loads",
    src`
import marshal
import socket


def serve(port=9009):
    """Accept jobs from producers on the network."""
    srv = socket.create_server(("0.0.0.0", port))
    while True:
        conn, _ = srv.accept()
        data = conn.recv(65536)
        job = marshal.loads(data)
        conn.sendall(repr(job).encode())
        conn.close()
`,
  ),
  bad(
    "CWE-502",
    "batch44: Flask route restores preferences from a base64 pickle cookie",
    src`
import base64
import pickle

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    p = pickle.loads(base64.b64decode(raw)) if raw else {}
    return jsonify(p)
`,
  ),
  good(
    "CWE-502",
    "batch44: Flask route restores preferences from a JSON cookie",
    src`
import base64
import json

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/prefs")
def prefs():
    raw = request.cookies.get("prefs")
    p = json.loads(base64.b64decode(raw)) if raw else {}
    return jsonify(p)
`,
  ),
  // ---------------- CWE-601 ----------------
  bad(
    "CWE-601",
    "batch44: Flask login redirect accepts any next value that starts with '/'",
    src`
from flask import Flask, request, redirect

app = Flask(__name__)


@app.route("/after-login")
def after_login():
    nxt = request.args.get("next", "/")
    if not nxt.startswith("/"):
        nxt = "/"
    return redirect(nxt)
`,
  ),
  good(
    "CWE-601",
    "batch44: Flask login redirect goes only to a named endpoint from an allow-list",
    src`
from flask import Flask, request, redirect, url_for

app = Flask(__name__)
SAFE_ENDPOINTS = {"index", "profile", "settings"}


@app.route("/after-login")
def after_login():
    endpoint = request.args.get("next", "index")
    if endpoint not in SAFE_ENDPOINTS:
        endpoint = "index"
    return redirect(url_for(endpoint))
`,
  ),
  // ---------------- CWE-611 / 776 ----------------
  bad(
    "CWE-611",
    "batch44: Flask import route parses the posted XML with lxml etree.fromstring",
    src`
from flask import Flask, request, jsonify
from lxml import etree

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_items():
    root = etree.fromstring(request.data)
    return jsonify(names=[e.text for e in root.iter("name")])
`,
  ),
  good(
    "CWE-611",
    "batch44: Flask import route parses the posted XML with defusedxml",
    src`
from defusedxml import ElementTree as ET
from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_items():
    root = ET.fromstring(request.data)
    return jsonify(names=[e.text for e in root.iter("name")])
`,
  ),
  bad(
    "CWE-776",
    "batch44: parse_feed parses a downloaded document with xml.dom.minidom",
    src`
from xml.dom import minidom

import requests


def parse_feed(url):
    """Return the item titles of an RSS feed."""
    doc = minidom.parseString(requests.get(url, timeout=10).content)
    return [t.firstChild.data for t in doc.getElementsByTagName("title") if t.firstChild]
`,
  ),
  good(
    "CWE-776",
    "batch44: parse_feed parses the downloaded document with defusedxml.minidom",
    src`
from defusedxml import minidom

import requests


def parse_feed(url):
    """Return the item titles of an RSS feed."""
    doc = minidom.parseString(requests.get(url, timeout=10).content)
    return [t.firstChild.data for t in doc.getElementsByTagName("title") if t.firstChild]
`,
  ),
  // ---------------- CWE-614 / 1004 ----------------
  bad(
    "CWE-614",
    "batch44: Django settings send the session and CSRF cookies over plain HTTP",
    src`
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
SESSION_COOKIE_HTTPONLY = True
`,
  ),
  good(
    "CWE-614",
    "batch44: Django settings mark the session and CSRF cookies secure",
    src`
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["shop.example.com"]

SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
`,
  ),
  bad(
    "CWE-1004",
    "batch44: Flask login sets the auth token cookie with httponly=False",
    src`
from flask import Flask, make_response

from .auth import issue_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = issue_token()
    resp = make_response({"ok": True})
    resp.set_cookie("auth_token", token, secure=True, httponly=False, samesite="Lax")
    return resp
`,
  ),
  good(
    "CWE-1004",
    "batch44: Flask login sets the auth token cookie httponly and secure",
    src`
from flask import Flask, make_response

from .auth import issue_token

app = Flask(__name__)


@app.route("/login", methods=["POST"])
def login():
    token = issue_token()
    resp = make_response({"ok": True})
    resp.set_cookie("auth_token", token, secure=True, httponly=True, samesite="Lax")
    return resp
`,
  ),
  // ---------------- CWE-732 / 276 ----------------
  bad(
    "CWE-732",
    "batch44: write_config makes the file with the database password world-writable",
    src`
import os


def write_config(path, db_password):
    """Write the service configuration file."""
    with open(path, "w") as f:
        f.write(f"DB_PASSWORD={db_password}\n")
    os.chmod(path, 0o666)
`,
  ),
  good(
    "CWE-732",
    "batch44: write_config makes the file readable by the owner only",
    src`
import os


def write_config(path, db_password):
    """Write the service configuration file."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(f"DB_PASSWORD={db_password}\n")
`,
  ),
  bad(
    "CWE-276",
    "batch44: Path.write_text then chmod(0o644) on the private key",
    src`
from pathlib import Path


def store_private_key(pem, dest="~/.app/id_rsa"):
    """Save the generated private key."""
    p = Path(dest).expanduser()
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(pem)
    p.chmod(0o644)
`,
  ),
  // ---------------- CWE-798 ----------------
  bad(
    "CWE-798",
    "batch44: alert mailer logs in to SMTP with a literal address and password",
    src`
import smtplib
from email.message import EmailMessage


def send_alert(text):
    """E-mail an alert to the on-call list."""
    msg = EmailMessage()
    msg["Subject"] = "ALERT"
    msg["From"] = "alerts@example.com"
    msg["To"] = "oncall@example.com"
    msg.set_content(text)
    with smtplib.SMTP_SSL("smtp.example.com", 465) as s:
        s.login("alerts@example.com", "Alerts#2024!")
        s.send_message(msg)
`,
  ),
  good(
    "CWE-798",
    "batch44: alert mailer reads the SMTP credentials from the environment",
    src`
import os
import smtplib
from email.message import EmailMessage


def send_alert(text):
    """E-mail an alert to the on-call list."""
    msg = EmailMessage()
    msg["Subject"] = "ALERT"
    msg["From"] = os.environ["SMTP_USER"]
    msg["To"] = "oncall@example.com"
    msg.set_content(text)
    with smtplib.SMTP_SSL("smtp.example.com", 465) as s:
        s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
`,
  ),
  bad(
    "CWE-798",
    "batch44: requests call with HTTPBasicAuth('admin', literal)",
    src`
import requests
from requests.auth import HTTPBasicAuth


def trigger_build(job):
    """Start a Jenkins job."""
    r = requests.post(
        f"https://ci.example.com/job/{job}/build",
        auth=HTTPBasicAuth("admin", "jenkins-Adm1n"),
        timeout=10,
    )
    return r.status_code
`,
  ),
  bad(
    "CWE-798",
    "batch44: login accepts a literal maintenance password for any account",
    src`
import bcrypt

MAINTENANCE_PASSWORD = "letmein-2024"


def authenticate(user, password):
    """Return True if password is right for user."""
    if password == MAINTENANCE_PASSWORD:
        return True
    return bcrypt.checkpw(password.encode(), user.pw_hash)
`,
  ),
  bad(
    "CWE-798",
    "batch44: Stripe-style API key assigned as a module constant and sent as a bearer token",
    src`
import requests

API_KEY = "sk_live_51HqLyjWDarjtT1zdp7dcXa9bQ"


def list_charges(limit=10):
    """List the latest charges."""
    headers = {"Authorization": "Bearer " + API_KEY}
    return requests.get("https://api.stripe.com/v1/charges", params={"limit": limit}, headers=headers).json()
`,
  ),
  // ---------------- CWE-915 mass assignment ----------------
  bad(
    "CWE-915",
    "batch44: Flask profile update setattr()s every key of the JSON body onto the user",
    src`
from flask import Flask, request, jsonify
from flask_login import current_user, login_required

from .db import db

app = Flask(__name__)


@app.route("/me", methods=["PATCH"])
@login_required
def update_me():
    for key, value in request.get_json().items():
        setattr(current_user, key, value)
    db.session.commit()
    return jsonify(ok=True)
`,
  ),
  good(
    "CWE-915",
    "batch44: Flask profile update copies only allow-listed keys",
    src`
from flask import Flask, request, jsonify
from flask_login import current_user, login_required

from .db import db

app = Flask(__name__)
EDITABLE = {"display_name", "bio", "timezone"}


@app.route("/me", methods=["PATCH"])
@login_required
def update_me():
    for key, value in request.get_json().items():
        if key in EDITABLE:
            setattr(current_user, key, value)
    db.session.commit()
    return jsonify(ok=True)
`,
  ),
  bad(
    "CWE-915",
    "batch44: Flask sign-up builds the User model from **request.json",
    src`
from flask import Flask, request, jsonify

from .db import db
from .models import User

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    user = User(**request.json)
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id), 201
`,
  ),
  good(
    "CWE-915",
    "batch44: Flask sign-up builds the User from named fields",
    src`
from flask import Flask, request, jsonify
from werkzeug.security import generate_password_hash

from .db import db
from .models import User

app = Flask(__name__)


@app.route("/signup", methods=["POST"])
def signup():
    body = request.json
    user = User(email=body["email"], password_hash=generate_password_hash(body["password"]))
    db.session.add(user)
    db.session.commit()
    return jsonify(id=user.id), 201
`,
  ),
  // ---------------- CWE-942 / 346 / 1021 / 1236 ----------------
  bad(
    "CWE-942",
    "batch44: after_request reflects the Origin header and allows credentials",
    src`
from flask import Flask, request

app = Flask(__name__)


@app.after_request
def add_cors(resp):
    resp.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  good(
    "CWE-942",
    "batch44: after_request allows credentials only for listed origins",
    src`
from flask import Flask, request

app = Flask(__name__)
ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@app.after_request
def add_cors(resp):
    origin = request.headers.get("Origin")
    if origin in ALLOWED_ORIGINS:
        resp.headers["Access-Control-Allow-Origin"] = origin
        resp.headers["Access-Control-Allow-Credentials"] = "true"
        resp.headers["Vary"] = "Origin"
    return resp
`,
  ),
  bad(
    "CWE-346",
    "batch44: postMessage-style origin check with endswith('example.com')",
    src`
from flask import Flask, request, abort, jsonify

from .wallet import balance_for_session

app = Flask(__name__)


@app.route("/api/balance")
def balance():
    origin = request.headers.get("Origin", "")
    if not origin.endswith("example.com"):
        abort(403)
    resp = jsonify(balance=balance_for_session(request.cookies.get("sid")))
    resp.headers["Access-Control-Allow-Origin"] = origin
    resp.headers["Access-Control-Allow-Credentials"] = "true"
    return resp
`,
  ),
  bad(
    "CWE-1021",
    "batch44: Django account settings view marked xframe_options_exempt",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_exempt


@xframe_options_exempt
@login_required
def account_settings(request):
    return render(request, "account/settings.html", {"user": request.user})
`,
  ),
  good(
    "CWE-1021",
    "batch44: Django account settings view marked xframe_options_deny",
    src`
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.clickjacking import xframe_options_deny


@xframe_options_deny
@login_required
def account_settings(request):
    return render(request, "account/settings.html", {"user": request.user})
`,
  ),
  bad(
    "CWE-1236",
    "batch44: export_contacts writes user-entered fields into an openpyxl sheet as they are",
    src`
from openpyxl import Workbook


def export_contacts(contacts, path):
    """Export the contact list to an Excel workbook."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Company", "Notes"])
    for c in contacts:
        ws.append([c.name, c.company, c.notes])
    wb.save(path)
`,
  ),
  good(
    "CWE-1236",
    "batch44: export_contacts prefixes cells that start with a formula character",
    src`
from openpyxl import Workbook


def _cell(value):
    s = "" if value is None else str(value)
    return "'" + s if s[:1] in ("=", "+", "-", "@", "\t", "\r") else s


def export_contacts(contacts, path):
    """Export the contact list to an Excel workbook."""
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "Company", "Notes"])
    for c in contacts:
        ws.append([_cell(c.name), _cell(c.company), _cell(c.notes)])
    wb.save(path)
`,
  ),
];
