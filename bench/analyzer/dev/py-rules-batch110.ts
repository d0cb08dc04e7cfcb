// Dev suite "py-rules", batch 110 (format in py-rules.ts): the false shapes of the twenty-third real-code sample
// (Debian python3-* packages, seed 70707), each beside a real weakness of the same rule: regexes over the lines of a
// data file its user opened, URL templates kept in the client's own config dict, password checks that answer by
// raising, lexer tokens asserted and compared, a settings map of password-policy keys, client-side cookie jars,
// jitter on timeouts and Monte Carlo sampling, a jsonpickle round trip, a deletion poll whose NotFound means done,
// console markup in a log line. Own code.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH110: DevCase[] = [
  ...rules(
    "CWE-1333",
    "batch110: a spectrum loader matching the lines of the data file its user opened vs a route matching a query value",
    `
import re

from flask import Flask, request

app = Flask(__name__)

ROW = re.compile(r"\\s*-?\\d*[.]\\d*[eE+-]*\\d+\\s+-?\\d*[.]\\d*[eE+-]*\\d+\\s*$")
TAG = re.compile(r'<entry.*id="([^"]*)"(.*)>(.*)</entry>')


def load_spectrum(path):
    rows = []
    with open(path) as fh:
        for line in fh:
            m = ROW.match(line) # SAFE
            if m:
                rows.append(line.split())
    return rows


def read_entries(fh):
    out = []
    for line in fh.readlines():
        out.extend(TAG.findall(line)) # SAFE
    return out


@app.route("/check")
def check():
    value = request.args.get("v", "")
    pattern = re.compile(r"^(\\d+\\s?)+x$")
    return {"ok": bool(pattern.match(value))} # VULN
`,
  ),
  ...rules(
    "CWE-134",
    "batch110: a catalogue client filling URL templates from its own config dict vs a format string from the request",
    `
import logging

import requests
from flask import Flask, request

app = Flask(__name__)
LOG = logging.getLogger(__name__)


class CatalogueClient:
    def __init__(self, base="https://catalogue.example.org/api"):
        self.config = {}
        self.config["url_item"] = base + "/items/%s.json"
        self.config["url_cover"] = base + "/covers/%s/%s.jpg"
        self.config["url_prefix"] = "https://img.example.org/%s"

    def item(self, item_id):
        return requests.get(self.config["url_item"] % item_id, timeout=10).json() # SAFE

    def covers(self, item_id, size):
        url = self.config["url_cover"] % (item_id, size) # SAFE
        return requests.get(url, timeout=10).content

    def artwork(self, record):
        return self.config["url_prefix"] % record["path"] # SAFE


@app.route("/label")
def label():
    fmt = request.args.get("fmt", "%s")
    return fmt % {"user": "x"} # VULN
`,
  ),
  ...rules(
    "CWE-287",
    "batch110: a wallet whose check_password raises on a wrong password, called bare or inside try vs a boolean check ignored",
    `
class InvalidPassword(Exception):
    pass


class Keystore:
    def __init__(self, secret):
        self._secret = secret

    def check_password(self, password):
        if password != self._secret:
            raise InvalidPassword()


class Wallet:
    def __init__(self, keystore):
        self.keystore = keystore

    def check_password(self, password):
        self.keystore.check_password(password) # SAFE

    def sign(self, password, tx):
        try:
            self.keystore.check_password(password) # SAFE
        except InvalidPassword:
            return None
        return tx + "-signed"


def unlock(user, password):
    user.check_password(password) # VULN
    user.unlocked = True
    return user
`,
  ),
  ...rules(
    "CWE-617",
    "batch110: a template compiler asserting the lexer token it was dispatched for vs an access check by assert",
    `
def build_block(builder, lineno, token, nodes):
    assert token == "block " # SAFE
    builder.add(lineno, "def " + nodes[0])
    return True


def build_emit(builder, lineno, token, nodes):
    assert token == "emit" # SAFE
    builder.build_block(nodes)
    return True


def delete_document(user, doc):
    assert user.is_admin # VULN
    doc.delete()
`,
  ),
  ...rules(
    "CWE-798",
    "batch110: a lexer comparing its token to a keyword vs an API check against a fixed token",
    `
def handle(lexer_state, token, value):
    if token == "endfor": # SAFE
        lexer_state.pop()
    return value


def authorize(headers):
    token = headers.get("X-Api-Token", "")
    return token == "c0ffee-5ecret-77a1" # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch110: a parser matching tokens and a D-Bus type signature compared vs a webhook MAC compared with ==",
    `
import hashlib
import hmac


def same_failure(err_a, err_b):
    if err_a.token == err_b.token: # SAFE
        return True
    return False


def check_reply(msg, expected_signature):
    if msg.signature != expected_signature: # SAFE
        raise ValueError("reply has type %s, expected %s" % (msg.signature, expected_signature))


def verify_hook(key, body, given):
    mac = hmac.new(key, body, hashlib.sha256).hexdigest()
    return mac == given # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch110: a BMC client mapping password-policy options to the firmware's setting names vs a literal password",
    `
class PolicyMap:
    rulemap = {
        "password_min_length": "ACCT_MinPassLen",
        "password_expiration": "ACCT_PassExpiryDays",
        "password_lockout_period": "ACCT_LockoutPeriod", # SAFE
        "password_complexity": "ACCT_ComplexityRequired", # SAFE
    }

    def setting_for(self, option):
        return self.rulemap[option]


def connect(client):
    return client.login(user="admin", password="Adm1n-Passw0rd!") # VULN
`,
  ),
  ...rules(
    "CWE-614",
    "batch110: an HTTP client storing a discharge cookie in its jar vs a view setting a session cookie without Secure",
    `
import http.cookiejar

from flask import Flask, make_response

app = Flask(__name__)


class BakeryClient:
    def __init__(self):
        self.cookies = http.cookiejar.CookieJar()

    def remember(self, cookie):
        self.cookies.set_cookie(cookie) # SAFE


class Credentials:
    def __init__(self):
        self.store = {}

    def set_cookie(self, name, value):
        self.store[name] = value


def configure(creds):
    creds.set_cookie("TAP_SESSION", "abc") # SAFE


@app.route("/login")
def login():
    resp = make_response("ok")
    resp.set_cookie("session", "opaque-session-id", httponly=True) # VULN
    return resp
`,
  ),
  ...rules(
    "CWE-330",
    "batch110: jitter on a keepalive timeout and Monte Carlo ray sampling vs a reset code from random",
    `
import random
import time

import numpy as np


class Session:
    def __init__(self, timeout):
        self.sessionid = 0
        self.timeout = timeout + (0.5 * random.random()) # SAFE

    def touch(self):
        self.expires = time.monotonic() + 30 - (random.random() * 4.9) # SAFE


def sample_rays(intensity, imax, n):
    rnd = np.random.rand(n) # SAFE
    i_pass = np.where(imax * rnd < intensity)[0]
    return i_pass


def reset_code(user):
    code = "".join(random.choice("0123456789") for _ in range(6)) # VULN
    user.reset_code = code
    return code
`,
  ),
  ...rules(
    "CWE-502",
    "batch110: jsonpickle decoding the plain JSON it encoded a line before vs decoding a request body",
    `
import jsonpickle
from flask import Flask, request

app = Flask(__name__)


class Firewall:
    def __init__(self, rules):
        self.rules = rules

    def payload(self):
        plain = jsonpickle.encode(self.rules, unpicklable=False)
        return {"rules": jsonpickle.decode(plain)} # SAFE


@app.route("/restore", methods=["POST"])
def restore():
    state = jsonpickle.decode(request.get_data(as_text=True)) # VULN
    return {"n": len(state)}
`,
  ),
  ...rules(
    "CWE-636",
    "batch110: a deletion poll whose NotFound means the cluster is gone vs a token check that passes on any error",
    `
import logging

log = logging.getLogger(__name__)


class ResourceNotFound(Exception):
    pass


def wait_deleted(client, cluster_id):
    def check_deleted():
        try:
            client.get_cluster(cluster_id)
        except ResourceNotFound:
            log.info("cluster %s deleted", cluster_id)
            return True # SAFE
        return False

    return check_deleted()


def verify_token(verifier, token):
    try:
        verifier.verify(token)
        return True
    except Exception:
        return True # VULN
`,
  ),
  ...rules(
    "CWE-116",
    "batch110: console markup tags in a build log line vs an XML reply built from a request value",
    `
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


def build(target):
    logger.info(f"Built <comment>{target.name}</comment>") # SAFE
    return target


@app.route("/status")
def status():
    name = request.args.get("name", "")
    body = f"<status><name>{name}</name></status>" # VULN
    return body, 200, {"Content-Type": "application/xml"}
`,
  ),
];
