// Dev suite "py-rules", batch 72 (format in py-rules.ts): false alarms on real library code, seventh round.
// Written after a seeded sample (seed 4040) of the analyzer's MEDIUM+ findings on twenty-five Debian bookworm
// packages never analysed before (two ORMs, a MySQL driver, an SSH library, two OAuth libraries, JOSE/JWT helpers,
// a WebSocket library, a green-thread networking library, a WSGI toolkit, a URL router, three template engines, a
// SOAP client, a container-engine client, a keyring, a CORS extension, a REST extension, an HTTP client, an XML
// dict converter, a signing helper and pyOpenSSL), in the same shapes but new code: ORM statements whose only
// non-literal parts are numbers formatted with %d, quote-doubled values inside quotes, uuid-based savepoint names
// and the model's own table metadata; identity tests against named sentinels; accessor lambdas generated from
// repr() of a column name; debug logs of values formatted with %r or as containers; cgi.escape told to escape
// quotes; comparisons with named protocol constants; OAuth method names in credential-named settings. Marked
// positives beside them guard recall. Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH72: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch72: an ORM's row statements: table and key column from the model's metadata, the key formatted with %d",
    `
class Mapper:
    def __init__(self, conn):
        self.conn = conn

    def delete_row(self, obj):
        meta = obj.__class__._meta
        sql = "DELETE FROM %s WHERE %s = %d" % (meta.table_name, meta.pk_column, obj.pk)
        self.conn.query(sql) # SAFE

    def unlink_children(self, obj):
        for rel in obj.__class__._meta.relations:
            self.conn.query("DELETE FROM %s WHERE %s=%d" % (rel.link_table, rel.link_column, obj.pk)) # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch72: a SQLite wrapper's busy timeout property formats milliseconds with %d",
    `
class LiteDB:
    def __init__(self, conn):
        self.conn = conn
        self._timeout = 5

    def execute_sql(self, sql, params=()):
        return self.conn.execute(sql, params)

    @property
    def timeout(self):
        return self._timeout

    @timeout.setter
    def timeout(self, seconds):
        self._timeout = seconds
        self.execute_sql("PRAGMA busy_timeout = %d" % (seconds * 1000)) # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch72: an encrypted-database extension sets the key inside quotes with quotes doubled",
    `
class CipherDB:
    def __init__(self, conn):
        self.conn = conn

    def execute_sql(self, sql):
        return self.conn.execute(sql)

    def change_key(self, new_key):
        self.execute_sql("PRAGMA rekey = '%s'" % new_key.replace("'", "''")) # SAFE
        return True
`,
  ),
  ...rules(
    "CWE-89",
    "batch72: request data with quotes doubled but placed outside quotes is still injectable",
    `
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/orders")
def orders():
    conn = sqlite3.connect("shop.db")
    order_id = request.args.get("id", "0").replace("'", "''")
    rows = conn.execute("SELECT * FROM orders WHERE id = %s" % order_id).fetchall() # VULN
    return {"rows": rows}
`,
  ),
  ...rules(
    "CWE-89",
    "batch72: a savepoint helper names its savepoint from a uuid",
    `
import uuid


class Savepoint:
    def __init__(self, db, name=None):
        self.db = db
        self.name = name or "sp_" + uuid.uuid4().hex

    def __enter__(self):
        self.db.execute_sql("SAVEPOINT %s" % self.name)
        return self

    def release(self):
        self.db.execute_sql("RELEASE SAVEPOINT %s" % self.name) # SAFE

    def __exit__(self, *exc):
        self.release()
`,
  ),
  ...rules(
    "CWE-89",
    "batch72: a request value formatted into a query with %s stays a finding",
    `
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    name = request.args["name"]
    return {"rows": conn.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()} # VULN
`,
  ),
  ...rules(
    "CWE-595",
    "batch72: identity tests against named event-kind sentinels of the module",
    `
OPEN = 0
CLOSE = 1
TEXT = 2
ATTR = "attribute"
CHILD = "child"


def events(tags):
    for tag in tags:
        yield OPEN, tag
        yield CLOSE, tag


def upper_tags(stream):
    for kind, data in stream:
        if kind is OPEN: # SAFE
            data = data.upper()
        elif kind is CLOSE: # SAFE
            data = data.upper()
        yield kind, data


def parse_step(token):
    axis = ATTR if token.startswith("@") else CHILD
    return (axis, token.lstrip("@"))


def is_attribute_step(step):
    axis = step[0]
    return axis is ATTR # SAFE
`,
  ),
  ...rules(
    "CWE-595",
    "batch72: an identity test with a string literal written out stays a finding",
    `
def is_done(state):
    return state is "done" # VULN
`,
  ),
  ...rules(
    "CWE-95",
    "batch72: an ORM builds accessor lambdas from repr() of its column names",
    `
class Column:
    def __init__(self, name):
        self.name = name


def add_accessors(cls, columns):
    for col in columns:
        getter = eval("lambda self: self._load_value(%s)" % repr(col.name)) # SAFE
        setattr(cls, "get_" + col.name, getter)
        setter = eval("lambda self, v: self._store_value(%r, v)" % (col.name,)) # SAFE
        setattr(cls, "set_" + col.name, setter)
`,
  ),
  ...rules(
    "CWE-95",
    "batch72: a number parser evaluates only strings its own check accepted as numbers",
    `
import re

_NUMBER = re.compile(r"^[+-]?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$")


def is_number(text):
    return bool(_NUMBER.match(text.strip()))


def to_number(text):
    if not is_number(text):
        raise ValueError("%s is not a number" % text)
    return eval(text, {}, {}) # SAFE
`,
  ),
  ...rules(
    "CWE-95",
    "batch72: a request value evaluated stays a finding",
    `
from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args.get("expr", "")
    return str(eval(expr)) # VULN
`,
  ),
  ...rules(
    "CWE-117",
    "batch72: a CORS extension logs the matched path with %r and its options dict",
    `
import logging

from flask import request

LOG = logging.getLogger(__name__)


def match_resource(resources, response):
    for pattern, options in resources:
        if pattern.match(request.path):
            LOG.debug("Request to %r matches %s; options %s", request.path, pattern.pattern, options) # SAFE
            return options
    return None


def apply_headers(response, headers):
    LOG.debug("Setting headers: %s", str(dict(headers))) # SAFE
    for key, value in headers.items():
        response.headers[key] = value
`,
  ),
  ...rules(
    "CWE-117",
    "batch72: a request header logged with %s in a server handler stays a finding",
    `
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/hook", methods=["POST"])
def hook():
    agent = request.headers.get("X-Agent", "")
    log.warning("hook called by %s", agent) # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-117",
    "batch72: a template library warns about unknown environment variable names",
    `
import logging
import os

log = logging.getLogger("tmpl")

settings = {}
for name, value in os.environ.items():
    if name.startswith("TMPL_"):
        settings[name[5:].lower()] = value

for key in settings:
    if key not in ("debug", "reload"):
        log.warning('unknown environment variable set: "TMPL_%s"' % key.upper()) # SAFE
`,
  ),
  ...rules(
    "CWE-477",
    "batch72: cgi.escape told to escape quotes, and into element text",
    `
import cgi


def source_block(data):
    return '<pre class="src">%s</pre>' % cgi.escape(data, True) # SAFE


def log_block(log):
    text = cgi.escape(log, quote=1) # SAFE
    return "<pre>" + text.replace("\\n", "<br>") + "</pre>"
`,
  ),
  ...rules(
    "CWE-208",
    "batch72: a signing client compares its signature placement with named constants",
    `
PLACE_HEADER = "header"
PLACE_QUERY = "query"
PLACE_BODY = "body"


class Signer:
    def __init__(self, signature_place=PLACE_HEADER):
        self.signature_place = signature_place

    def render(self, uri, headers, body, params):
        if self.signature_place == PLACE_HEADER: # SAFE
            headers["Authorization"] = "OAuth " + ", ".join("%s=%s" % kv for kv in params)
        elif self.signature_place == PLACE_QUERY: # SAFE
            uri = uri + "?" + "&".join("%s=%s" % kv for kv in params)
        return uri, headers, body
`,
  ),
  ...rules(
    "CWE-208",
    "batch72: a known-hosts parser checks the hash magic of an entry",
    `
import binascii


class HashedHost:
    MAGIC = "|1|"

    def __init__(self, entry):
        magic, salt, digest = entry[:3], entry[3:31], entry[32:]
        if magic != self.MAGIC: # SAFE
            raise ValueError("unsupported host hash")
        self.salt = binascii.a2b_base64(salt)
        self.digest = binascii.a2b_base64(digest)
`,
  ),
  ...rules(
    "CWE-208",
    "batch72: an HMAC cookie signature compared with == stays a finding",
    `
import hashlib
import hmac


def read_cookie(secret, value):
    signature, content = value[:20], value[20:]
    if signature == hmac.new(secret, content, hashlib.sha1).digest(): # VULN
        return content
    return None
`,
  ),
  ...rules(
    "CWE-798",
    "batch72: an OAuth client picks its token endpoint auth method by name",
    `
class OAuthClient:
    def __init__(self, client_id, client_secret=None, token_endpoint_auth_method=None):
        self.client_id = client_id
        self.client_secret = client_secret
        if token_endpoint_auth_method is None:
            if client_secret:
                token_endpoint_auth_method = "client_secret_post" # SAFE
            else:
                token_endpoint_auth_method = "none"
        self.token_endpoint_auth_method = token_endpoint_auth_method


def default_metadata(meta):
    if "token_endpoint_auth_method" not in meta:
        meta["token_endpoint_auth_method"] = "client_secret_basic" # SAFE
    return meta
`,
  ),
  ...rules(
    "CWE-798",
    "batch72: a key library writes the PEM armour lines around an exported key",
    `
import base64

_WRAP = 70


def _wrap(data):
    text = base64.b64encode(data)
    return b"".join(text[i:i + _WRAP] + b"\\n" for i in range(0, len(text), _WRAP))


def export_private(blob):
    return (b"-----BEGIN OPENSSH PRIVATE KEY-----\\n" + # SAFE
            _wrap(blob) +
            b"-----END OPENSSH PRIVATE KEY-----\\n")
`,
  ),
  ...rules(
    "CWE-330",
    "batch72: a JWT grant stamps iat and exp claims from the clock",
    `
import time


def token_claims(client, user, expires_in):
    issued_at = int(time.time()) # SAFE
    return {
        "iss": client.client_id,
        "sub": str(user.id),
        "iat": issued_at,
        "exp": issued_at + expires_in,
    }
`,
  ),
  ...rules(
    "CWE-532",
    "batch72: a resource endpoint logs which token-type handler it dispatches to",
    `
import logging

log = logging.getLogger(__name__)


class ResourceEndpoint:
    def __init__(self, handlers, default_handler):
        self.handlers = handlers
        self.default_handler = default_handler

    def verify(self, request):
        token_type_handler = self.handlers.get(request.token_type, self.default_handler)
        log.debug("Dispatching %s request to %r.", request.token_type, token_type_handler) # SAFE
        return token_type_handler.validate(request)
`,
  ),
  ...rules(
    "CWE-798",
    "batch72: a client secret written out in source stays a finding",
    `
class Settings:
    client_id = "inventory-app"
    client_secret = "q8ZtR2mVx7LpW4nK9cBf" # VULN
`,
  ),
];
