// Dev suite "py-rules", batch 107 (format in py-rules.ts): the false shapes of the twenty-second real-code sample
// (Debian python3-* packages, seed 60606), each beside a real weakness of the same rule: form-component templates
// marking a field's declared label and flatatt-built attribute strings safe, routes behind a policy-enforcing
// decorator, lexer and completion tokens named like secrets (assigned, compared, logged), enum members and key labels
// compared, a URL fragment compared in a page script, a script URL on the page's own host, a counting semaphore taken
// for a lock, a packed byte read whose indexing ends the loop. Own code.
import type { DevCase } from "./cases.js";
import { fileCases } from "./js-ts-batch5.js";
import { rules } from "./py-rules.js";

const tpl = (vulnerable: boolean, line: number, note: string, code: string): DevCase => ({
  cwe: "CWE-79",
  language: "javascript",
  vulnerable,
  note: `batch107: ${note} (line ${line})`,
  code,
  line,
  file: "widgets/field_row.html",
});

const FIELD_ROW = `{% load i18n %}
<div class="row{% if field.errors %} has-error{% endif %}" {{ wrapper.flat_attrs|safe }}>
  {% if field.label %}
    <label for="{{ field.id_for_label }}">{{ field.label|safe }}{% if field.field.required %}*{% endif %}</label>
  {% endif %}
  <input name="{{ field.html_name }}" {{ flat_attrs|safe }} value="{{ field.value|default_if_none:'' }}">
  <p class="preview">{{ field.value|safe }}</p>
  <p class="note">{{ note.text|safe }}</p>
</div>
`;

export const BATCH107: DevCase[] = [
  tpl(false, 2, "form template: flatatt-built attributes of a wrapper marked safe", FIELD_ROW),
  tpl(false, 4, "form template: the field's declared label marked safe", FIELD_ROW),
  tpl(false, 6, "form template: bare flat_attrs (flatatt output) marked safe", FIELD_ROW),
  tpl(true, 7, "form template: the bound field's submitted value marked safe", FIELD_ROW),
  tpl(true, 8, "form template: a stored note's text marked safe", FIELD_ROW),
  ...rules(
    "CWE-862",
    "batch107: flask routes behind an oslo-style policy decorator vs an unguarded delete",
    `
from flask import Blueprint, jsonify

from . import acl, policy
from .db import api

bp = Blueprint("clusters", __name__)


@bp.delete("/clusters/<cluster_id>")
@acl.enforce("clustering:cluster:delete")
def cluster_delete(cluster_id): # SAFE
    api.delete_cluster(cluster_id)
    return jsonify({})


@bp.delete("/node-groups/<group_id>")
@policy.enforce("clustering:node-group:delete")
def node_group_delete(group_id): # SAFE
    api.delete_node_group(group_id)
    return jsonify({})


@bp.delete("/images/<image_id>")
def image_delete(image_id): # VULN
    api.delete_image(image_id)
    return jsonify({})
`,
  ),
  ...rules(
    "CWE-798",
    "batch107: completion token kinds, a boolean flag's sentinel default, XPath and field-name constants vs real secrets",
    `
import requests


class Completer:
    def kind_at(self, parsed, pos):
        current_token = None
        if parsed.command and pos == parsed.command.start:
            current_token = "command" # SAFE
        elif parsed.keywords and pos in [k.start for k in parsed.keywords]:
            current_token = "kparam" # SAFE
        return current_token


class Settings:
    def put(self, key, value, is_secret="DeprecatedArgument"): # SAFE
        self.store[key] = value


class ResponseFields:
    TOKEN_TYPE = "tokenType"
    ACCESS_TOKEN = "accessToken" # SAFE
    REFRESH_TOKEN = "refreshToken" # SAFE


def token_nodes(doc):
    token_type_xpath = "s:Body/t:RequestSecurityTokenResponse/t:TokenType" # SAFE
    return doc.findall(token_type_xpath)


def client():
    access_token = "ya29.A0ARrdaM9kQ2vX7pL3sT8wZ1" # VULN
    return requests.Session(), access_token


DB_PASSWORD = "Winter2024!prod" # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch107: lexer tokens, grant-type enum members and key labels compared vs an API key",
    `
import hmac

from django.conf import settings

TOKEN_VAR = 1
TOKEN_TEXT = 0


class GrantType:
    CODE = "authorization_code"
    REFRESH_TOKEN = "refresh_token"


class Reader:
    def atom(self, token):
        if token == self.nil: # SAFE
            return []
        if token == self.true: # SAFE
            return True
        return token


def walk(tokens):
    for t in tokens:
        if t.token_type == TOKEN_VAR: # SAFE
            yield t.contents


def scope_for(grant_type):
    if GrantType.REFRESH_TOKEN != grant_type: # SAFE
        return "openid"
    return None


def needs_rewrap(self, meta):
    return self.new_hmac_label == meta["hmac_label"] # SAFE


def check_key(request):
    if request.headers.get("X-Api-Key") == settings.SERVICE_API_KEY: # VULN
        return True
    return hmac.compare_digest(request.headers.get("X-Api-Key", ""), settings.SERVICE_API_KEY)
`,
  ),
  ...rules(
    "CWE-532",
    "batch107: parser and completion tokens in debug logs vs an OAuth refresh token",
    `
import logging

import requests

log = logging.getLogger(__name__)


def complete(current_token, text):
    log.debug("completing %s token for %r" % (current_token, text)) # SAFE
    return []


def parse_encoding(tokens):
    for name_token in tokens:
        if not name_token.is_name():
            log.warning(f"expected a name, got {name_token}") # SAFE


def refresh(session_url, client_id, secret):
    body = requests.post(session_url, data={"client_id": client_id, "client_secret": secret}).json()
    refresh_token = body["refresh_token"]
    log.info("new refresh token %s", refresh_token) # VULN
    return refresh_token
`,
  ),
  ...rules(
    "CWE-362",
    "batch107: a counting semaphore for queue slots is no lock vs a lock-guarded attribute written bare",
    `
import threading


class Link:
    def __init__(self, maxsize):
        self._slots = threading.BoundedSemaphore(maxsize)
        self._lock = threading.Lock()
        self.state = "init"
        self.peers = {}

    def send(self, msg):
        self._slots.acquire()
        try:
            self.state = "busy"
        finally:
            self._slots.release()

    def set_state(self, state):
        self.state = state # SAFE

    def add_peer(self, name, peer):
        with self._lock:
            self.peers[name] = peer

    def drop_peer(self, name):
        self.peers.pop(name, None) # VULN
`,
  ),
  ...rules(
    "CWE-835",
    "batch107: one byte read and indexed (IndexError at end) vs a socket chunk never tested for end",
    `
import socket


def run_opcodes(stream, table):
    while True:
        op = stream.read(1)[0] # SAFE
        if table[op](stream) == "stop":
            return


def pump(sock: socket.socket, out):
    while True:
        chunk = sock.recv(4096) # VULN
        out.write(chunk)
`,
  ),
  ...fileCases(
    "batch107",
    "CWE-208",
    "page script comparing a link's href with the URL fragment vs a key check",
    `
document.querySelectorAll("a.line").forEach(function (a) {
  @ok if (a.getAttribute("href") == location.hash) {
    a.className = "highlight";
  }
});
function allowed(req) {
  @@ return req.headers["x-api-key"] == process.env.ADMIN_API_KEY;
}
`,
    "javascript",
  ),
  ...fileCases(
    "batch107",
    "CWE-829",
    "script fetched from the page's own host vs a script URL from the query string",
    `
$.ajaxSetup({ async: false });
@ok $.getScript("http://" + window.location.hostname + ":8988/static/js/figure.js");
const plugin = new URLSearchParams(window.location.search).get("plugin");
@@ $.getScript(plugin);
`,
    "javascript",
  ),
];
