// Dev suite "py-rules", batch 93 (format in py-rules.ts): false alarms on real library code, seventeenth round.
// Written after a stratified seeded sample (seed 10101; at most 10 findings per package, 25 per rule) of the
// analyzer's MEDIUM+ findings on 110 Debian bookworm packages never analysed before (an MS SQL Server backend for
// Django, a parallel-computing controller, a spreadsheet writer, a compute-cloud CLI and its tests, an Open vSwitch
// database client, a UI toolkit's language runtime, a robot-bag tool, an XMPP library, a language-code table, a
// sequence-logo generator), in the same shapes but new code. Marked positives beside them guard recall. Own code,
// never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH93: DevCase[] = [
  // ---------------------------------------------------------------- SQL from a backend's own identifiers
  ...rules(
    "CWE-89",
    "batch93: schema editor formatting its own SQL templates with quote_name()d identifiers; a raw request value beside",
    `
from django.db.backends.base.schema import BaseDatabaseSchemaEditor


class WarehouseSchemaEditor(BaseDatabaseSchemaEditor):
    sql_drop_check = "ALTER TABLE %(table)s DROP CONSTRAINT %(name)s"
    sql_reseed = "DBCC CHECKIDENT (%(table)s, RESEED, %(value)s)"

    def drop_checks(self, model, field, constraints):
        for cname, info in constraints.items():
            if field.column in info["columns"] and info["check"]:
                self.execute(self.sql_drop_check % { # SAFE
                    "table": self.quote_name(model._meta.db_table),
                    "name": self.quote_name(cname),
                })

    def reseed_all(self, sequences, cursor):
        for seq in sequences:
            cursor.execute("SELECT COUNT(*) FROM %s" % self.quote_name(seq["table"])) # SAFE
            if not cursor.fetchone()[0]:
                cursor.execute(self.sql_reseed % {"table": self.quote_name(seq["table"]), "value": 1}) # SAFE

    def longest_value(self, compiler, connection, column):
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT MAX(LEN(%s)) FROM %s" % (self.quote_name(column), self.quote_name(compiler.query.model._meta.db_table)) # SAFE
            )
            return cursor.fetchone()[0]


def report(request, connection):
    region = request.GET["region"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT total FROM sales WHERE region = '%s'" % region) # VULN
        return cursor.fetchall()
`,
  ),
  ...rules(
    "CWE-89",
    "batch93: sqlite task store naming its own table in the SQL, values bound with ?; filter keys checked against the column list",
    `
import sqlite3


class JobStore:
    columns = ("job_id", "owner", "state", "submitted")

    def __init__(self, path, table="jobs"):
        self.table = table
        self._db = sqlite3.connect(path)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS '%s' (job_id text PRIMARY KEY, owner text, state text, submitted timestamp)" % self.table # SAFE
        )

    def get(self, job_id):
        cur = self._db.execute("SELECT * FROM '%s' WHERE job_id = ?" % self.table, (job_id,)) # SAFE
        return cur.fetchone()

    def drop(self, job_id):
        self._db.execute("DELETE FROM '%s' WHERE job_id = ?" % self.table, (job_id,)) # SAFE

    def _where(self, filters):
        unknown = set(filters) - set(self.columns)
        if unknown:
            raise KeyError("unknown filter keys: %s" % unknown)
        parts, args = [], []
        for key, value in filters.items():
            parts.append("%s = ?" % key)
            args.append(value)
        return " AND ".join(parts), args

    def drop_matching(self, filters):
        expr, args = self._where(filters)
        self._db.execute("DELETE FROM '%s' WHERE %s" % (self.table, expr), args) # SAFE

    def by_owner(self, owner):
        return self._db.execute("SELECT * FROM '%s' WHERE owner = '%s'" % (self.table, owner)).fetchall() # VULN
`,
  ),
  // ---------------------------------------------------------------- placeholder credentials in fixtures and tables
  ...rules(
    "CWE-798",
    "batch93: fake environment and fixture constants whose values are placeholders; a real-looking key beside",
    `
import os
from unittest import mock

import requests

FAKE_ENV = {
    "OS_USERNAME": "username",
    "OS_PASSWORD": "password", # SAFE
    "OS_PROJECT_NAME": "project_name",
    "OS_AUTH_URL": "http://no.where/v3",
}
AUTH_TOKEN = "foobar" # SAFE
SERVICE_TOKEN = "token" # SAFE
AUTH_URL = "http://0.0.0.0"


def fake_keypair(no_private=False):
    info = {"name": "kp-1", "type": "ssh", "fingerprint": "dummy", "public_key": "dummy"}
    if not no_private:
        info["private_key"] = "private_key" # SAFE
    return info


@mock.patch.dict(os.environ, FAKE_ENV)
def test_shell_reads_env():
    assert os.environ["OS_USERNAME"] == "username"


DEPLOY_TOKEN = "dpl_7fQ2vL9xR4mK8sT1wZ6yB3nC5hJ0" # VULN


def push(payload):
    return requests.post("https://deploy.example.com/push", json=payload, headers={"Authorization": "Bearer " + DEPLOY_TOKEN})
`,
  ),
  ...rules(
    "CWE-798",
    "batch93: a language-name table whose keys hold ordinary words; enum-like token variables of a formula parser",
    `
NAME_TO_CODE = {
    "papuan malay": "pmy",
    "pass valley yali": "yac", # SAFE
    "secret society language": "xss", # SAFE
    "yagua": "yad",
}


def autofilter_token(operator, token):
    if token == "blanks":
        if operator == 5:
            token = " "
    else:
        if operator == 5:
            operator = 2
            token = "blanks" # SAFE
        else:
            operator = 5
            token = " "
    return operator, token


def connect_db(driver):
    return driver.connect(host="db.internal", user="reporting", password="Rp!2024-summer") # VULN
`,
  ),
  // ---------------------------------------------------------------- eval behind a full-string allow-list
  ...rules(
    "CWE-95",
    "batch93: eval of a string first checked against a digits-and-brackets allow-list; an allow-list that lets names through beside",
    `
import re


def parse_tuple(text):
    if not re.match(r"^[,.0-9 ()\\[\\]]*$", text):
        raise ValueError("invalid characters for tuple conversion")
    value = eval(text) # SAFE
    if not isinstance(value, (list, tuple)):
        raise ValueError("not a sequence")
    return value


_NUMERIC = re.compile(r"[0-9+\\-*/. ()]+")


def calc(expr):
    if not _NUMERIC.fullmatch(expr):
        raise ValueError("only arithmetic allowed")
    return eval(expr) # SAFE


def lookup(expr):
    if not re.match(r"^[\\w.\\[\\]()]+$", expr):
        raise ValueError("bad expression")
    return eval(expr) # VULN


def evaluate(expr):
    return eval(expr) # VULN
`,
  ),
  // ---------------------------------------------------------------- hashes that only fingerprint or key a cache
  ...rules(
    "CWE-328",
    "batch93: SHA-1/MD5 as a cell fingerprint, a payload checksum and a cache-key shortener; a password hash beside",
    `
import hashlib


def cell_fingerprint(records, engine=None):
    h = hashlib.sha1() if engine is None else engine # SAFE
    for rec in sorted(records):
        h.update(rec)
    return h.hexdigest()


def command_params(command, payload):
    return {
        "command": command,
        "certname": payload["certname"],
        "checksum": hashlib.sha1(str(payload).encode("utf-8")).hexdigest(), # SAFE
    }


def cache_key(prefix, key):
    full = ("%s:%s" % (prefix, key)).encode("utf-8")
    return hashlib.md5(full).hexdigest() # SAFE


def store_user(db, username, password):
    digest = hashlib.md5(password.encode("utf-8")).hexdigest() # VULN
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, digest))
`,
  ),
  // ---------------------------------------------------------------- XML and spreadsheet formulas
  ...rules(
    "CWE-116",
    "batch93: XML writer escaping values through its own _escape helpers before formatting; Excel formula strings; a raw value beside",
    `
import re


class SheetXmlWriter:
    def __init__(self, fh):
        self.fh = fh

    def _escape_data(self, data):
        if re.search("[<>&]", data):
            data = data.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return data

    def _escape_attributes(self, value):
        return self._escape_data(value).replace('"', "&quot;")

    def inline_string(self, text, attributes=()):
        attr = ""
        for key, value in attributes:
            value = self._escape_attributes(value)
            attr += ' %s="%s"' % (key, value)
        text = self._escape_data(text)
        self.fh.write("""<c%s t="inlineStr"><is><t>%s</t></is></c>""" % (attr, text)) # SAFE

    def formula_cell(self, formula, result):
        self.fh.write("<c><f>%s</f><v>%s</v></c>" % (self._escape_data(formula), self._escape_data(result))) # SAFE

    def comment(self, author, text):
        self.fh.write("<comment author=\\"%s\\"><t>%s</t></comment>" % (author, text)) # VULN


def total_formula(function, column):
    codes = {"sum": 109, "average": 101, "count": 103}
    return "SUBTOTAL(%s,[%s])" % (codes[function], column) # SAFE


def today_rule(start_cell):
    return "FLOOR(%s,1)=TODAY()" % start_cell # SAFE
`,
  ),
  // ---------------------------------------------------------------- header dicts that are not HTTP
  ...rules(
    "CWE-113",
    "batch93: record-file and FITS header dicts filled from message types and user keys; an HTTP response header beside",
    `
from astropy.io import fits
from flask import Flask, make_response, request

app = Flask(__name__)


def migrate_connection_header(conn_header, new_type):
    conn_header["type"] = new_type.type_name # SAFE
    conn_header["definition"] = new_type.full_text # SAFE
    return conn_header


def write_spectrum(path, wave, flux, extra_keys=None):
    hdu = fits.PrimaryHDU()
    keys = {"EXPTIME": 1.0, "TELESCOP": "HST"}
    if extra_keys is not None:
        keys.update(extra_keys)
    for key, val in keys.items():
        hdu.header[key] = val # SAFE
    hdu.writeto(path)


@app.route("/download")
def download():
    resp = make_response("...")
    resp.headers["X-Report-Name"] = request.args.get("name", "") # VULN
    return resp
`,
  ),
  // ---------------------------------------------------------------- template look-alikes
  ...rules(
    "CWE-1336",
    "batch93: from_string of a UUID parser module is no template; Jinja's from_string on request text beside",
    `
import uuid

from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=True)


class ovsuuid:
    @staticmethod
    def from_string(s):
        return uuid.UUID(s)


def apply_update(table_update):
    rows = {}
    for uuid_string, row in table_update.items():
        key = ovsuuid.from_string(uuid_string) # SAFE
        rows[key] = row
    return rows


@app.route("/preview", methods=["POST"])
def preview():
    return env.from_string(request.form["body"]).render() # VULN
`,
  ),
  // ---------------------------------------------------------------- shell commands from temp files and literal tables
  ...rules(
    "CWE-78",
    "batch93: shell=True on a NamedTemporaryFile name and on a literal program table; a request value beside",
    `
import subprocess
from subprocess import call
from tempfile import NamedTemporaryFile

from flask import Flask, request

app = Flask(__name__)

VIEWERS = {"plot": "gnuplot", "sheet": "localc", "graph": "scidavis"}


def open_in_sheet(rows):
    out = NamedTemporaryFile(mode="w", suffix=".csv", prefix="export_", delete=False)
    for row in rows:
        out.write(";".join(str(v) for v in row) + "\\n")
    out.close()
    call("(localc {}&)".format(out.name), shell=True) # SAFE
    return out.name


def first_available(preferred):
    for kind in preferred:
        cmd = "test -x {app}".format(app=VIEWERS[kind])
        if subprocess.call(cmd, shell=True) == 0: # SAFE
            return kind
    return None


@app.route("/ping")
def ping():
    host = request.args.get("host", "")
    return subprocess.check_output("ping -c 1 %s" % host, shell=True) # VULN
`,
  ),
  // ---------------------------------------------------------------- command-line tools opening their own arguments
  ...rules(
    "CWE-22",
    "batch93: maintainer scripts opening files named on their own command line; a web route opening a request path beside",
    `
import os
import sys

from flask import Flask, request

app = Flask(__name__)


def main():
    with open(sys.argv[1]) as fh: # SAFE
        old = fh.read()
    with open(sys.argv[2]) as fh: # SAFE
        new = fh.read()
    for name in sys.argv[3:]:
        src = open(name) # SAFE
        dst = open(name + ".tmp", "w") # SAFE
        dst.write(src.read().replace(old, new))
        src.close()
        dst.close()
        os.replace(name + ".tmp", name)


@app.route("/notes")
def notes():
    with open(os.path.join("/srv/notes", request.args["name"])) as fh: # VULN
        return fh.read()


if __name__ == "__main__":
    main()
`,
  ),
  // ---------------------------------------------------------------- log lines of CLI errors
  ...rules(
    "CWE-117",
    "batch93: a CLI's top-level handler logging the exception at debug level; a request header logged beside",
    `
import logging
import sys

from flask import Flask, request

logger = logging.getLogger(__name__)
app = Flask(__name__)


def main(argv=None):
    try:
        run(argv or sys.argv[1:])
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        logger.debug(exc, exc_info=1) # SAFE
        print("ERROR: %s" % exc, file=sys.stderr)
        sys.exit(1)


def run(argv):
    return argv


@app.route("/hook", methods=["POST"])
def hook():
    logger.warning("hook from agent " + request.headers.get("User-Agent", "")) # VULN
    return "ok"
`,
  ),
  // ---------------------------------------------------------------- comparisons of tokens that are no secrets
  ...rules(
    "CWE-208",
    "batch93: a refreshed token compared with the previous one, a callback registry's handles; an API key check beside",
    `
import os


class TokenAuth:
    def __init__(self, source):
        self.source = source
        self.token = None
        self._prev_token = None

    def refresh(self, link):
        self._prev_token = self.token
        self.token = self.source.fetch()
        if self.token != self._prev_token: # SAFE
            link.put_token(self.token)


class FilterChain:
    def __init__(self):
        self._filters = []

    def unregister(self, token_to_remove):
        for i, (_, token, _) in enumerate(self._filters):
            if token == token_to_remove: # SAFE
                break
        else:
            raise ValueError("unregistered token")
        del self._filters[i]


def check_api_key(request):
    return request.headers.get("X-Api-Key") == os.environ["API_KEY"] # VULN
`,
  ),
];
