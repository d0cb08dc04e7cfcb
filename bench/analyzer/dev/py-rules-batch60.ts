// Dev suite "py-rules", batch 60 (format in py-rules.ts): false alarms on real code, third round. Written after a
// seeded sample (seed 777) of the analyzer's MEDIUM+ findings on installed, never-tuned Python code not sampled
// before (a web framework and its WSGI toolkit, a template engine, HTTP clients, an AWS SDK, its CLI and mock
// server, an X-Ray tracer, a Docker client, an interactive shell, a cloud CLI's command libraries), in the same
// shapes but new code: SDK event handlers and HTTP clients setting headers on the request they are about to send,
// multipart field headers, header dicts parsed from a proxy's response, response classes' own property setters;
// class constants whose value names a credential field, token-type tables whose values are prose, pagination
// keyword arguments, TTLs, prefixes and regex fragments bound to token-ish names; lexer token-type comparisons and
// configuration diffs; SHA-1 used for cache keys, checksums and file names, and HMAC-SHA1 required by a signing
// protocol; regexes compiled from literal fragments passed through a constructor. Each shape has a marked
// vulnerable twin beside it (server responses fed by the request, real-looking secrets, token checks against a
// request value, password digests, request-supplied patterns) so recall is guarded. Own code, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH60: DevCase[] = [
  // ------------------------------------------------------------------ CWE-113: headers on outgoing requests
  ...rules(
    "CWE-113",
    "batch60: SDK event handlers adding headers to the request they sign and send",
    `
import datetime
from urllib.parse import quote


def add_trace_header(params, context, **kwargs):
    trace_id = context.get("trace_id")
    headers = params["headers"]
    if trace_id and "X-Trace-Id" not in headers:
        headers["X-Trace-Id"] = quote(trace_id, safe="-=;:") # SAFE


def add_invocation_headers(request, retries_context, **kwargs):
    headers = request.headers
    headers["sdk-invocation-id"] = retries_context["invocation-id"] # SAFE
    parts = [f"{k}={retries_context[k]}" for k in ("ttl", "attempt") if k in retries_context]
    headers["sdk-request"] = "; ".join(parts) # SAFE


class SigV4Signer:
    def __init__(self, credentials, region):
        self.credentials = credentials
        self.region = region

    def add_auth(self, request):
        if "X-Date" in request.headers:
            del request.headers["X-Date"]
        request.headers["X-Date"] = request.context["timestamp"] # SAFE
        if "host" not in request.headers:
            request.headers["host"] = request.url.split("/")[2] # SAFE

    def _add_outpost_header(self, request, outpost_name):
        request.headers["x-outpost-id"] = outpost_name # SAFE
`,
  ),
  ...rules(
    "CWE-113",
    "batch60: an HTTP client preparing its own request's headers and multipart parts",
    `
class PreparedCall:
    def __init__(self):
        self.headers = {}
        self.body = None

    def prepare_headers(self, headers):
        for name, value in (headers or {}).items():
            if "\\n" in value or "\\r" in value:
                raise ValueError("invalid header value")
            self.headers[str(name)] = value # SAFE

    def prepare_body(self, data, content_type=None):
        if content_type and "content-type" not in self.headers:
            self.headers["Content-Type"] = content_type # SAFE
        self.body = data


class FormPart:
    def __init__(self, name, data, filename=None):
        self.name = name
        self.data = data
        self.filename = filename
        self.headers = {}

    def make_multipart(self, content_type=None, content_location=None):
        disposition = f'form-data; name="{self.name}"'
        if self.filename:
            disposition += f'; filename="{self.filename}"'
        self.headers["Content-Disposition"] = disposition # SAFE
        self.headers["Content-Type"] = content_type # SAFE
        self.headers["Content-Location"] = content_location # SAFE
`,
  ),
  ...rules(
    "CWE-113",
    "batch60: a response class's own setters (a framework's internals, no request in sight)",
    `
def header_property(name):
    def fget(self):
        return self.headers.get(name)

    def fset(self, value):
        if not value:
            self.headers.pop(name, None)
        else:
            self.headers[name] = value # SAFE

    return property(fget, fset)


class BaseResponse:
    default_mimetype = "text/plain"

    def __init__(self, status=200, mimetype=None):
        self.headers = {}
        self.status = status
        self.headers["Content-Type"] = mimetype or self.default_mimetype # SAFE

    location = header_property("Location")

    @property
    def mimetype(self):
        return self.headers.get("Content-Type")

    @mimetype.setter
    def mimetype(self, value):
        self.headers["Content-Type"] = value + "; charset=utf-8" # SAFE
`,
  ),
  ...rules(
    "CWE-113",
    "batch60: vulnerable twins: server responses whose header comes from the request",
    `
from flask import Flask, request, make_response
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlparse, parse_qs

app = Flask(__name__)


@app.route("/download")
def download():
    name = request.args.get("name", "file.txt")
    resp = make_response("data")
    resp.headers["Content-Disposition"] = "attachment; filename=" + name # VULN
    resp.headers["X-Frame-Options"] = "DENY" # SAFE
    return resp


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        query = parse_qs(urlparse(self.path).query)
        lang = query.get("lang", ["en"])[0]
        self.send_response(200)
        self.send_header("Content-Language", lang) # VULN
        self.send_header("Content-Type", "text/plain") # SAFE
        self.end_headers()
        self.wfile.write(b"ok")
`,
  ),
  // ------------------------------------------------------------------ CWE-798: names, not secrets
  ...rules(
    "CWE-798",
    "batch60: class constants whose values name credential fields in a config file",
    `
import os


class EnvCredentialSource:
    ACCESS_KEY = "CLOUD_ACCESS_KEY_ID"
    SECRET_KEY = "CloudSecretKey" # SAFE
    TOKEN = "CLOUD_SESSION_TOKEN" # SAFE

    def load(self, environ=None):
        environ = environ or os.environ
        return environ.get(self.ACCESS_KEY), environ.get(self.SECRET_KEY), environ.get(self.TOKEN)


class IniCredentialSource:
    ACCESS_KEY = "cloud_access_key_id"
    SECRET_KEY = "cloud_secret_access_key" # SAFE
    PRIVATE_KEY_FIELD = "private_key" # SAFE

    def load(self, section):
        return section.get(self.ACCESS_KEY), section.get(self.SECRET_KEY)
`,
  ),
  ...rules(
    "CWE-798",
    "batch60: token-type descriptions, TTLs, prefixes, regex fragments and placeholders",
    `
TOKEN_BLOCK_BEGIN = "block_begin"
TOKEN_BLOCK_END = "block_end"
TOKEN_EOF = "eof"
TOKEN_PREFIX = "cluster-auth-v1." # SAFE
TOKEN_TTL_SECONDS = "21600" # SAFE
_SECRET_NAME_PART = r"(?P<secret>[a-zA-Z0-9_-]{1,255})" # SAFE
_SECRET_VERSION_PART = r":(?P<version>.+)" # SAFE


def describe_token_type(token_type):
    return {
        TOKEN_BLOCK_BEGIN: "begin of statement block", # SAFE
        TOKEN_BLOCK_END: "end of statement block", # SAFE
        TOKEN_EOF: "end of template", # SAFE
    }.get(token_type, token_type)


def report_row(user):
    if not user.keys:
        access_key_last_rotated = "N/A" # SAFE
        password_last_used = "no_information" # SAFE
    else:
        access_key_last_rotated = user.keys[0].rotated
        password_last_used = user.password_used
    return [user.name, access_key_last_rotated, password_last_used]
`,
  ),
  ...rules(
    "CWE-798",
    "batch60: pagination helpers told which request field holds the page token",
    `
from cloudkit import list_pager


def list_references(client, request, page_size):
    return list_pager.YieldFromList(
        client.references,
        request,
        batch_size=page_size,
        method="ListReferences",
        field="references",
        current_token_attribute="pageToken", # SAFE
        next_token_attribute="nextPageToken", # SAFE
        batch_size_attribute="pageSize",
    )
`,
  ),
  ...rules(
    "CWE-798",
    "batch60: vulnerable twins: real-looking secrets bound to the same kind of names",
    `
import psycopg2


class DeployConfig:
    ACCESS_KEY = "AKIAZ7Q3LMN4OPRS2TUV"
    SECRET_KEY = "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" # VULN
    SIGNING_TOKEN = "tok_live_4f9a2c7e1b8d3f60a5c2e9b7" # VULN


def connect():
    return psycopg2.connect(host="db.internal", user="billing", password="Wint3r!sComing-42") # VULN
`,
  ),
  // ------------------------------------------------------------------ CWE-208: comparisons that are no secret check
  ...rules(
    "CWE-208",
    "batch60: lexer token-type comparisons and configuration diffs",
    `
TOKEN_STRING = "string"
TOKEN_LINE_BEGIN = "linestatement_begin"
TOKEN_BLOCK_BEGIN = "block_begin"


def wrap(stream):
    for lineno, token, value in stream:
        if token == TOKEN_LINE_BEGIN: # SAFE
            token = TOKEN_BLOCK_BEGIN
        elif token == TOKEN_STRING: # SAFE
            value = value[1:-1]
        elif token == "#bygroup": # SAFE
            continue
        yield lineno, token, value


def update_function(function, old_secret_env_vars, new_secret_env_vars, volumes, updates):
    changed = []
    if old_secret_env_vars != new_secret_env_vars: # SAFE
        function.secret_env = new_secret_env_vars
        changed.append("secretEnvironmentVariables")
    for path, secret in updates.items():
        mount = path.rsplit("/", 1)[0]
        if mount in volumes and volumes[mount].secret_name != secret.secret_name: # SAFE
            raise ValueError("two secrets in one directory")
    return changed
`,
  ),
  ...rules(
    "CWE-208",
    "batch60: vulnerable twins: a request's token compared with the stored one",
    `
import hmac
from flask import Flask, request, abort

app = Flask(__name__)
API_TOKEN = app.config.get("API_TOKEN")


@app.route("/hook", methods=["POST"])
def hook():
    token = request.headers.get("X-Hook-Token", "")
    if token != API_TOKEN: # VULN
        abort(403)
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(app.config["HOOK_KEY"], request.data, "sha256").hexdigest()
    if not hmac.compare_digest(signature, expected): # SAFE
        abort(403)
    return "ok"
`,
  ),
  // ------------------------------------------------------------------ CWE-328: SHA-1 that protects nothing
  ...rules(
    "CWE-328",
    "batch60: SHA-1 as a cache key, a checksum and a short file name; HMAC-SHA1 for a signing protocol",
    `
import base64
import hashlib
import hmac
import json
from hashlib import sha1


class BytecodeCache:
    def get_cache_key(self, name, filename=None):
        digest = sha1(name.encode("utf-8")) # SAFE
        if filename is not None:
            digest.update(f"|{filename}".encode())
        return digest.hexdigest()

    def get_source_checksum(self, source):
        return sha1(source.encode("utf-8")).hexdigest() # SAFE


def tracker_file_name(file_name):
    name_hash = hashlib.sha1(file_name.encode("utf-8")) # SAFE
    return "{}.{}".format(name_hash.hexdigest(), "tracker")


def cache_key_for(args):
    payload = json.dumps(args, sort_keys=True, separators=(",", ":"))
    return sha1(payload.encode("utf-8")).hexdigest() # SAFE


def sign_cdn_url(url, key):
    signature = hmac.new(key, url.encode("utf-8"), hashlib.sha1).digest() # SAFE
    return url + "&Signature=" + base64.urlsafe_b64encode(signature).decode()
`,
  ),
  ...rules(
    "CWE-328",
    "batch60: vulnerable twins: fast digests of passwords",
    `
import hashlib


def store_user(db, username, password):
    digest = hashlib.sha1(password.encode("utf-8")).hexdigest() # VULN
    db.execute("INSERT INTO users (name, pw) VALUES (?, ?)", (username, digest))


def check_user(row, password):
    return row["pw"] == hashlib.md5(password.encode()).hexdigest() # VULN
`,
  ),
  // ------------------------------------------------------------------ CWE-1333: regexes from literal fragments
  ...rules(
    "CWE-1333",
    "batch60: regexes compiled from literal fragments handed to a constructor or a helper",
    `
import re


class NamedRegex:
    def __init__(self, name, regex_str):
        self.name = name
        self.regex = re.compile(regex_str, re.UNICODE) # SAFE

    def match(self, value):
        return self.regex.match(value)


KEY = NamedRegex("key", r"[a-zA-Z0-9_:.-]+")
VALUE = NamedRegex("value", r"[^,=]+")


def token_prefix(prefix, delims=" \\t\\n=(,"):
    pattern = "[^" + "".join("\\\\" + c for c in delims) + "]*$"
    return re.search(pattern, prefix) # SAFE


def is_valid_resource_id(resource_id):
    prefix = resource_id.split("-")[0]
    if prefix not in ("vpc", "subnet", "sg"):
        return False
    return re.compile(prefix + "-[0-9a-f]{8}").match(resource_id) is not None # SAFE
`,
  ),
  ...rules(
    "CWE-1333",
    "batch60: vulnerable twin: a pattern taken from the request",
    `
import re
from flask import Flask, request, jsonify

app = Flask(__name__)
NAMES = ["alpha", "beta", "gamma"]


@app.route("/filter")
def filter_names():
    rx = re.compile(request.args.get("q", "")) # VULN
    return jsonify([n for n in NAMES if rx.search(n)])
`,
  ),
];
