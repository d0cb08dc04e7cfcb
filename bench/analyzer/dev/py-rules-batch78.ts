// Dev suite "py-rules", batch 78 (format in py-rules.ts): false alarms on real library code, ninth round.
// Written after a stratified seeded sample (seed 4242; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on twenty-nine Debian bookworm packages never analysed before (an ASGI micro-framework and its
// server, Flask plugins for HTTP auth, rate limits, caching, security and sessions, Django CORS/object-permission/
// OAuth2-provider apps, aiohttp sessions, MQTT, HTTP/2, SMTP, NETCONF, network-device SSH and Windows-protocol
// libraries, ZooKeeper, TOTP, social auth, SAML, Google's older OAuth client, alternative keyrings, two process
// libraries, a GitLab client, an ORM and two database clients), in the same shapes but new code: network-device
// classes whose methods send their own default commands, a remote shell session's run() with quoted paths, constants
// holding grant-type names, dotted class paths and storage keys, a development server re-executing its own
// interpreter, a CLI command building a form without CSRF, protocol magic compared with ==, a freshness timestamp
// in the session, a library's own log helper and CLI host/port log lines, an id formatted by SHA-1 of a uuid4, XML
// from an SP's settings, an ORM session's delete and a cache client's get. Marked positives beside them guard
// recall, among them the sample's true findings in new code (an OAuth client secret compared with != and written to
// the debug log, a driver's ssl.wrap_socket, a return_url redirect, read loops that never see the end of input) and
// protocol-required weak crypto the analyzer should keep reporting. Own code, never taken from an advisory or a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH78: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch78: a network-device driver class sends its own default exit/save commands",
    `
from netmiko.base_connection import BaseConnection


class EdgeRouterSSH(BaseConnection):
    def exit_config_mode(self, exit_config="exit discard", pattern=r"#"):
        output = ""
        if self.check_config_mode():
            output = self.send_command_timing(exit_config, strip_prompt=False)  # SAFE
        return output

    def save_config(self, cmd="write memory", confirm=False, confirm_response=""):
        output = self.send_command_timing(command_string=cmd)  # SAFE
        if confirm and confirm_response:
            output += self.send_command_timing(confirm_response)  # SAFE
        return output

    def send_command(self, *args, **kwargs):
        kwargs["delay_factor"] = kwargs.get("delay_factor", 2)
        return super().send_command(*args, **kwargs)  # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch78: a web view sends a command from the query string to a switch (positive)",
    `
from flask import Flask, request
from netmiko import ConnectHandler

app = Flask(__name__)


@app.route("/switch/show")
def show():
    conn = ConnectHandler(device_type="cisco_ios", host="10.0.0.2", username="ops", key_file="/etc/ops/id_rsa")
    return conn.send_command("show " + request.args["what"])  # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch78: a remote-machine wrapper runs quoted shell commands through its shell session",
    `
from shlex import quote


class RemotePath:
    def __init__(self, remote):
        self.remote = remote

    def listdir(self, fn):
        return self.remote._session.run(f"ls -a {quote(fn)}")[1].splitlines()  # SAFE

    def mkdir(self, fn, parents=True):
        flag = "-p " if parents else ""
        self.remote._session.run(f"mkdir {flag}{quote(fn)}")  # SAFE

    def chmod(self, mode, fn):
        self.remote._session.run(f"chmod {mode:o} {quote(fn)}")  # SAFE

    def move(self, src, dst):
        self.remote._session.run(f"mv {quote(src)} {quote(dst)}")  # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch78: a graph view runs a Cypher query built from the request (positive)",
    `
from flask import Flask, request
from neo4j import GraphDatabase

app = Flask(__name__)
driver = GraphDatabase.driver("bolt://graph:7687", auth=("neo4j", open("/run/secrets/neo4j").read()))


@app.route("/people")
def people():
    with driver.session() as session:
        rows = session.run(f"MATCH (p:Person) WHERE p.name = '{request.args['name']}' RETURN p")  # VULN
        return {"people": [r["p"]["name"] for r in rows]}
`,
  ),
  ...rules(
    "CWE-798",
    "batch78: grant-type names, dotted class paths and storage keys in credential-named constants",
    `
GRANT_AUTHORIZATION_CODE = "authorization-code"
GRANT_PASSWORD = "password"  # SAFE
GRANT_CLIENT_CREDENTIALS = "client-credentials"  # SAFE

SESSION_CREDENTIALS_KEY = "provider_oauth2_credentials"  # SAFE
REQUEST_TOKEN_SESSION_SUFFIX = "request_token_name"  # SAFE

DEFAULTS = {
    "CLIENT_SECRET_GENERATOR_CLASS": "idp.generators.ClientSecretGenerator",  # SAFE
    "ACCESS_TOKEN_ADMIN_CLASS": "idp.admin.AccessTokenAdmin",  # SAFE
    "REFRESH_TOKEN_ADMIN_CLASS": "idp.admin.RefreshTokenAdmin",  # SAFE
    "CLIENT_SECRET_GENERATOR_LENGTH": 128,
}
`,
  ),
  ...rules(
    "CWE-798",
    "batch78: a settings module with a literal client secret and database password (positive)",
    `
OAUTH_CLIENT_ID = "web-portal"
OAUTH_CLIENT_SECRET = "9f2c7e1ab04d4c55b8e3f6a7d1c2e9b0"  # VULN

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "portal",
        "PASSWORD": "Tr0ub4dor-portal-77",  # VULN
    }
}
`,
  ),
  ...rules(
    "CWE-78",
    "batch78: a development server's reloader re-executes its own interpreter with its own argv",
    `
import os
import sys


def restart():
    executable = sys.executable
    args = sys.argv[1:]
    main_package = sys.modules["__main__"].__package__
    if main_package:
        args[:0] = ["-m", main_package]
    else:
        args[:0] = [sys.argv[0]]
    os.execv(executable, [executable] + args)  # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch78: an admin endpoint executes a program named in the request (positive)",
    `
import os
from flask import Flask, request

app = Flask(__name__)


@app.post("/admin/run")
def run_tool():
    tool = request.form["tool"]
    os.execv(tool, [tool, "--once"])  # VULN
`,
  ),
  ...rules(
    "CWE-352",
    "batch78: a click command validates a registration form with CSRF off (no browser involved)",
    `
import click
from flask.cli import with_appcontext
from .forms import RegisterForm


@click.command("users-create")
@click.argument("email")
@click.password_option()
@with_appcontext
def users_create(email, password):
    form = RegisterForm(meta={"csrf": False}, email=email, password=password)  # SAFE
    if not form.validate():
        raise click.UsageError(str(form.errors))
    click.echo("created")
`,
  ),
  ...rules(
    "CWE-352",
    "batch78: a browser-facing view builds the same form with CSRF off (positive)",
    `
from flask import Flask, redirect, render_template
from .forms import RegisterForm

app = Flask(__name__)


@app.route("/register", methods=["GET", "POST"])
def register():
    form = RegisterForm(meta={"csrf": False})  # VULN
    if form.validate_on_submit():
        return redirect("/welcome")
    return render_template("register.html", form=form)
`,
  ),
  ...rules(
    "CWE-208",
    "batch78: a PROXY-protocol reader compares the header's magic bytes",
    `
V2_SIGNATURE = b"\\r\\n\\r\\n\\x00\\r\\nQUIT\\n"


async def read_proxy_header(reader):
    signature = await reader.readexactly(5)
    if signature == b"PROXY":  # SAFE
        return await read_v1(reader, signature)
    elif signature == V2_SIGNATURE[0:5]:  # SAFE
        return await read_v2(reader, signature)
    raise ValueError("not a PROXY header")
`,
  ),
  ...rules(
    "CWE-208",
    "batch78: an OAuth provider compares the client secret with != and logs it (positive)",
    `
import logging

log = logging.getLogger(__name__)


class ClientValidator:
    def authenticate_client_body(self, request, client_id, client_secret):
        client = self.load_client(client_id)
        if client is None:
            return False
        if client.client_secret != client_secret:  # VULN
            log.debug("client auth failed: wrong secret %s", client_secret)  # VULN CWE-532
            return False
        return True
`,
  ),
  ...rules(
    "CWE-330",
    "batch78: a re-authentication view stores a freshness timestamp in the session",
    `
import time
from flask import session, redirect


def verify_view(form):
    if form.validate_on_submit():
        session["reauth_at"] = time.time()  # SAFE
        session["last_seen"] = int(time.time())  # SAFE
        return redirect("/account")
`,
  ),
  ...rules(
    "CWE-330",
    "batch78: a password-reset token derived from the clock (positive)",
    `
import hashlib
import time
from flask import session


def start_reset(user):
    token = hashlib.sha256(str(time.time()).encode()).hexdigest()  # VULN
    session["reset_token"] = token
    return token
`,
  ),
  ...rules(
    "CWE-117",
    "batch78: a process library's own log helper and a CLI's listen line",
    `
import argparse
import logging

log = logging.getLogger("mailer")


class CommandLogger:
    def __init__(self, name, context):
        self.log = logging.getLogger(name)
        self.context = context

    def _format_msg(self, msg, *args):
        if args:
            msg = msg % args
        return "%s: %s" % (self.context, msg)

    def debug(self, msg, *args):
        self.log.debug(self._format_msg(msg, *args))  # SAFE

    def error(self, msg, *args):
        self.log.error(self._format_msg(msg, *args))  # SAFE


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8025)
    args = parser.parse_args()
    log.info("Server is listening on %s:%s", args.host, args.port)  # SAFE
`,
  ),
  ...rules(
    "CWE-117",
    "batch78: a login view logs the submitted user name (positive)",
    `
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.post("/login")
def login():
    user = request.form["username"]
    log.warning("failed login for " + user)  # VULN
    return "no", 401
`,
  ),
  ...rules(
    "CWE-328",
    "batch78: a unique message id formatted as the SHA-1 of a random uuid",
    `
from hashlib import sha1
from uuid import uuid4


def generate_unique_id():
    return "SP_%s" % sha1(uuid4().hex.encode()).hexdigest()  # SAFE
`,
  ),
  ...rules(
    "CWE-328",
    "batch78: a user table stores unsalted SHA-1 password hashes (positive)",
    `
import hashlib


def set_password(db, user_id, password):
    digest = hashlib.sha1(password.encode()).hexdigest()  # VULN
    db.execute("UPDATE users SET pw = ? WHERE id = ?", (digest, user_id))
`,
  ),
  ...rules(
    "CWE-22",
    "batch78: a reloader resolves the running script's own path",
    `
import sys
from pathlib import Path


def script_location():
    script_path = Path(sys.argv[0]).resolve()  # SAFE
    return script_path.parent
`,
  ),
  ...rules(
    "CWE-116",
    "batch78: SAML metadata built from the service provider's own settings",
    `
def organization_xml(settings):
    names, urls = [], []
    for lang, info in settings["organization"].items():
        names.append('<md:OrganizationName xml:lang="%s">%s</md:OrganizationName>' % (lang, info["name"]))  # SAFE
        urls.append('<md:OrganizationURL xml:lang="%s">%s</md:OrganizationURL>' % (lang, info["url"]))  # SAFE
    return "<md:Organization>%s%s</md:Organization>" % ("".join(names), "".join(urls))


def name_id_policy(sp_data):
    return '<samlp:NameIDPolicy Format="%s" AllowCreate="true" />' % sp_data["NameIDFormat"]  # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch78: server-side session stores delete expired rows and read cache keys",
    `
from datetime import datetime


class SqlSessionStore:
    def __init__(self, db, model, prefix="session:"):
        self.db, self.model, self.prefix = db, model, prefix

    def open(self, sid):
        row = self.model.query.filter_by(session_id=self.prefix + sid).first()
        if row and row.expiry <= datetime.utcnow():
            self.db.session.delete(row)  # SAFE
            self.db.session.commit()
            row = None
        return row


class CacheSessionStore:
    def __init__(self, client, prefix="session:"):
        self.client, self.prefix = client, prefix

    def open(self, sid):
        return self.client.get(self.prefix + sid)  # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch78: a database driver upgrades its socket with ssl.wrap_socket (positive)",
    `
import socket
import ssl
import struct


def connect(host, port=5432, use_ssl=True):
    sock = socket.create_connection((host, port))
    if use_ssl:
        sock.sendall(struct.pack("!ii", 8, 80877103))
        if sock.recv(1) == b"S":
            sock = ssl.wrap_socket(sock)  # VULN
    return sock
`,
  ),
  ...rules(
    "CWE-601",
    "batch78: a Django view returns to the return_url query parameter (positive)",
    `
from django.shortcuts import redirect


def oauth_start(request):
    return_url = request.GET.get("return_url", None)
    if not return_url:
        return_url = request.META.get("HTTP_REFERER", "/")
    if request.user.is_authenticated and has_credentials(request.user):
        return redirect(return_url)  # VULN
    return redirect("/oauth/authorize")
`,
  ),
  ...rules(
    "CWE-835",
    "batch78: RPC-over-HTTP and NETCONF readers loop until a delimiter (positive and guarded twin)",
    `
MSG_DELIM = "]]>]]>"


def read_continue(sock):
    resp = sock.recv(4096)
    while resp.find(b"\\r\\n\\r\\n") == -1:
        resp += sock.recv(4096)  # VULN
    return resp


def read_reply(chan):
    data = []
    while True:
        line = chan.stdout.readline()  # VULN
        data.append(line)
        if MSG_DELIM in line:
            break
    return "".join(data)


def read_continue_checked(sock):
    resp = sock.recv(4096)
    while resp.find(b"\\r\\n\\r\\n") == -1:
        chunk = sock.recv(4096)  # SAFE
        if not chunk:
            raise ConnectionError("peer closed")
        resp += chunk
    return resp
`,
  ),
  ...rules(
    "CWE-329",
    "batch78: a Kerberos-style DES3-CBC helper with an all-zero IV (protocol-required, still reported)",
    `
from Crypto.Cipher import DES3


def basic_encrypt(key, plaintext):
    cipher = DES3.new(key, DES3.MODE_CBC, b"\\0" * 8)  # VULN
    return cipher.encrypt(plaintext)
`,
  ),
  ...rules(
    "CWE-327",
    "batch78: an NTLM helper seals with RC4 and an HTTP Digest helper hashes with MD5 (protocol-required, still reported)",
    `
from hashlib import md5
from Crypto.Cipher import ARC4


def seal(key, data):
    return ARC4.new(key).encrypt(data)  # VULN


def digest_ha1(username, realm, password):
    return md5(f"{username}:{realm}:{password}".encode()).hexdigest()  # VULN CWE-328
`,
  ),
  ...rules(
    "CWE-703",
    "batch78: a login view asserts the form's user for the type checker after validation",
    `
from flask import redirect


def login_view(form, login_user):
    if form.validate_on_submit():
        assert form.user is not None  # SAFE
        login_user(form.user)
        return redirect("/")


def admin_view(user):
    assert user.is_admin  # VULN
    return "admin"
`,
  ),
];
