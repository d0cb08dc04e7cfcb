// Dev suite "py-rules", batch 56 (format in py-rules.ts): false alarms on real library code, second round.
// Written after a seeded sample (seed 3519) of the analyzer's MEDIUM+ findings on installed, never-tuned Python
// packages (an AWS SDK and its mock, a CloudFormation linter, a cloud CLI and its vendored libraries), in the
// same shapes but new code: pagination tables whose "input_token" names a parameter, attribute maps from Python
// names to JSON names, token-type and header-name constants, schema-hash tables keyed by qualified type names;
// HTTP clients building their own request headers, header dicts that are no HTTP, response headers from
// integers and mimetypes; request bodies a client builds from its own configuration; helpers only called with
// the lock held and plain property setters; parser token-type comparisons; cache directories from the
// environment; client cookie jars; unambiguous regexes; archives whose member names are checked before
// extraction. Marked positives beside them guard recall. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH56: DevCase[] = [
  ...rules(
    "CWE-798",
    "batch56: pagination and attribute tables whose keys name tokens and secrets",
    `
PAGINATION = {
    "list_widgets": {
        "input_token": "next_token", # SAFE
        "limit_key": "max_results",
        "limit_default": 50,
        "unique_attribute": "arn",
    },
    "describe_gadgets": {
        "input_token": "marker", # SAFE
        "limit_key": "page_size",
    },
}


class SecretVolumeSource:
    attribute_map = {
        "secret_name": "secretName", # SAFE
        "secret_key_ref": "secretKeyRef", # SAFE
        "password_file": "passwordFile", # SAFE
        "optional": "optional",
    }

    def __init__(self, secret_name=None):
        self.secret_name = secret_name
`,
  ),
  ...rules(
    "CWE-798",
    "batch56: token-type, header-name and field-name constants",
    `
_TOKEN_DOCUMENT = "document"
_TOKEN_KEY = "key" # SAFE
_TOKEN_VALUE = "value" # SAFE
AUTH_TOKEN_HEADER = "X-Auth-Token" # SAFE
ALLOW_CREDENTIALS = "Access-Control-Allow-Credentials" # SAFE


class RestApi:
    PROP_NAME = "name"
    PROP_API_KEY_SOURCE = "apiKeySource" # SAFE
    PROP_SECRET_ARN = "secretArn" # SAFE

    def to_dict(self):
        return {self.PROP_NAME: self.name}
`,
  ),
  ...rules(
    "CWE-798",
    "batch56: schema hash table keyed by qualified resource type names",
    `
SCHEMA_HASHES = {
    "Vendor::Storage::Bucket": "9b1f0c3e7a2d4c55",
    "Vendor::Identity::AccessKey": "4e6a91d20f7b3c88", # SAFE
    "Vendor::Secrets::Secret": "0d2c7e5f9a1b3468", # SAFE
    "Vendor::Api::ApiKey": "7f3e2a1c9d0b5e46", # SAFE
}


def schema_hash(resource_type):
    return SCHEMA_HASHES.get(resource_type)
`,
  ),
  ...rules(
    "CWE-798",
    "batch56: credentials written into source (positives)",
    `
import pymysql

DB_PASSWORD = "Wint3r-Rain-2291" # VULN
SETTINGS = {
    "api_key": "c41f9a07e2d35b6a8e10f4d2", # VULN
    "region": "eu-west-1",
}


class Mailer:
    def __init__(self):
        self.smtp_password = "p4ss-for-smtp-77" # VULN


def connect():
    return pymysql.connect(host="db", user="app", password="Qz8!mv2Lr0") # VULN
`,
  ),
  ...rules(
    "CWE-113",
    "batch56: an HTTP client's own request headers and header records that are no HTTP",
    `
import numpy as np
import requests


def conditional_headers(cached):
    new_headers = {}
    if "etag" in cached.headers:
        new_headers["If-None-Match"] = cached.headers["ETag"] # SAFE
    if "last-modified" in cached.headers:
        new_headers["If-Modified-Since"] = cached.headers["Last-Modified"] # SAFE
    return new_headers


def call(url, body, mimetype, token):
    headers = {}
    if body:
        headers["Content-Type"] = mimetype # SAFE
    headers["Authorization"] = "Bearer " + token # SAFE
    return requests.post(url, data=body, headers=headers)


def write_matrix(stream, name, arr):
    header = np.zeros((), dtype=[("mrows", "i4"), ("ncols", "i4"), ("namlen", "i4")])
    header["mrows"] = arr.shape[0]
    header["ncols"] = arr.shape[1] # SAFE
    header["namlen"] = len(name) + 1 # SAFE
    stream.write(header.tobytes())
`,
  ),
  ...rules(
    "CWE-113",
    "batch56: response headers from integers and the mimetypes table, beside request data (positive)",
    `
import mimetypes
import os

from flask import Flask, request, send_file

app = Flask(__name__)
ROOT = "/srv/files"


@app.route("/file/<name>")
def serve(name):
    path = os.path.join(ROOT, os.path.basename(name))
    size = os.path.getsize(path)
    resp = send_file(path)
    ctype = mimetypes.guess_type(path)[0] or "application/octet-stream"
    resp.headers["Content-Type"] = ctype # SAFE
    resp.headers["Content-Range"] = "bytes 0-%d/%d" % (size - 1, size) # SAFE
    resp.headers["Content-Length"] = size # SAFE
    resp.headers["X-Requested-Name"] = request.args.get("label", "") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-91",
    "batch56: a client serialises its own configuration into request XML",
    `
class Grant:
    def __init__(self, grantee_id, display_name, permission):
        self.grantee_id = grantee_id
        self.display_name = display_name
        self.permission = permission

    def to_xml(self):
        s = "<Grant><Grantee>"
        s += "<ID>%s</ID>" % self.grantee_id # SAFE
        s += "<DisplayName>%s</DisplayName>" % self.display_name # SAFE
        s += "</Grantee>"
        s += "<Permission>%s</Permission>" % self.permission # SAFE
        return s + "</Grant>"


class Expiration:
    def __init__(self, days=None):
        self.days = days

    def to_xml(self):
        return "<Expiration><Days>%d</Days></Expiration>" % self.days # SAFE
`,
  ),
  ...rules(
    "CWE-91",
    "batch56: request data concatenated into an XML reply (positive)",
    `
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/echo")
def echo():
    name = request.args.get("name", "")
    xml = "<reply><name>" + name + "</name></reply>" # VULN
    return Response(xml, mimetype="application/xml")
`,
  ),
  ...rules(
    "CWE-667",
    "batch56: private helper called only with the lock held, plain property setters",
    `
import threading


class RuleCache:
    def __init__(self):
        self._rules = []
        self._stamp = None
        self._lock = threading.Lock()

    def load(self, rules):
        with self._lock:
            self._load(rules)

    def _load(self, rules):
        old = {r.name: r for r in self._rules}
        self._rules = sorted(rules, key=lambda r: r.priority) # SAFE
        for r in self._rules:
            r.merge(old.get(r.name))

    @property
    def stamp(self):
        return self._stamp

    @stamp.setter
    def stamp(self, value):
        self._stamp = value # SAFE
`,
  ),
  ...rules(
    "CWE-208",
    "batch56: parser token-type and tokenizer tuple comparisons",
    `
KEYWORD_DML = "DML"


class Parser:
    def __init__(self, tokens):
        self._tokens = tokens
        self._index = 0

    def _current_token(self):
        return self._tokens[self._index]["type"]

    def _match(self, token_type=None):
        if self._current_token() == token_type: # SAFE
            self._index += 1
            return True
        return False


def has_dml(tokens):
    for token in tokens:
        if token == (KEYWORD_DML, "insert") or token == (KEYWORD_DML, "delete"): # SAFE
            return True
    return False
`,
  ),
  ...rules(
    "CWE-208",
    "batch56: a request token compared with a stored secret (positive)",
    `
import os

from flask import Flask, abort, request

app = Flask(__name__)
ADMIN_TOKEN = os.environ["ADMIN_TOKEN"]


@app.route("/admin/flush", methods=["POST"])
def flush():
    token = request.headers.get("X-Admin-Token", "")
    if token != ADMIN_TOKEN: # VULN
        abort(403)
    return "ok"
`,
  ),
  ...rules(
    "CWE-22",
    "batch56: cache directories from the environment and entries from scandir",
    `
import os
import time
from pathlib import Path

MAX_AGE = 86400


def cache_dir():
    return Path(os.getenv("XDG_CACHE_HOME") or "~/.cache", "mytool").expanduser() # SAFE


def prune(directory):
    for entry in os.scandir(directory):
        if entry.stat().st_atime + MAX_AGE < time.time():
            os.remove(entry.path) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch56: a file named by the request (positive)",
    `
from flask import Flask, request

app = Flask(__name__)


@app.route("/raw")
def raw():
    with open("/srv/data/" + request.args["file"]) as fh: # VULN
        return fh.read()
`,
  ),
  ...rules(
    "CWE-614",
    "batch56: an HTTP client's cookie jar, beside a response cookie (positive)",
    `
import http.cookiejar

from flask import Flask, make_response

app = Flask(__name__)


def merge_cookies(jar, cookies):
    for cookie in cookies:
        jar.set_cookie(cookie) # SAFE
    return jar


def copy_jar(source):
    jar = http.cookiejar.CookieJar()
    for cookie in source:
        jar.set_cookie(cookie) # SAFE
    return jar


@app.route("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("session", "abc") # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-1333",
    "batch56: unambiguous repetition beside nested quantifiers (positives)",
    `
import re

ENDPOINT = re.compile(r"https?://([^.]+\\.)*execute-api\\.[^.]+\\.example\\.com") # SAFE
ENTRY = re.compile(r"(?P<name>(\\w|[-.+])+)\\s*=\\s*(?P<target>\\w+([:.]\\w+)*)") # SAFE
BAD_WORDS = re.compile(r"^(\\w+\\s?)*$") # VULN
BAD_NEST = re.compile(r"^(a+)+b$") # VULN
`,
  ),
  ...rules(
    "CWE-22",
    "batch56: archive member names checked before extractall, beside an unchecked one (positive)",
    `
import os
import tarfile


def check_member(name, dest):
    target = os.path.realpath(os.path.join(dest, name))
    if not target.startswith(os.path.realpath(dest) + os.sep):
        raise ValueError("unsafe member: %s" % name)


def unpack_checked(archive_path, dest):
    with tarfile.open(archive_path) as archive:
        for name in archive.getnames():
            check_member(name, dest)
        archive.extractall(dest) # SAFE


def unpack_blind(upload, dest):
    with tarfile.open(fileobj=upload) as archive:
        archive.extractall(dest) # VULN
`,
  ),
  ...rules(
    "CWE-617",
    "batch56: type-check and invariant asserts beside an authorisation assert (positive)",
    `
class TreeAdaptor:
    def create_from_token(self, token_type, from_token, text=None):
        assert isinstance(token_type, int), type(token_type).__name__ # SAFE
        assert text is None or isinstance(text, str), type(text).__name__ # SAFE
        return (token_type, from_token, text)


def delete_project(user, project):
    assert user.is_admin, "admins only" # VULN
    project.delete()
`,
  ),
];
