// Dev suite "py-rules", batch 75 (format in py-rules.ts): false alarms on real library code, eighth round.
// Written after a seeded sample (seed 4141) of the analyzer's MEDIUM+ findings on twenty-six Debian bookworm
// packages never analysed before (a WAMP/WebSocket framework, an ACME client and its library, a Git implementation
// and a Git wrapper, two Socket.IO/Engine.IO packages, an ASGI server, a WSGI test client, two database drivers,
// an ORM utility package, an FTP server, SCP over SSH, WinRM, Google's auth library, RSA/ECDSA/NaCl/GnuPG/JOSE
// helpers, an HTML sanitiser, a mustache engine and two CLI frameworks), in the same shapes but new code:
// constructors asserting the types and lengths of authentication fields, key and blob classes' own from_string()
// parsers, driver-escaped values and dialect-quoted database names, character alphabets and user-facing messages
// in credential-named constants, comparisons with signal constants, file digests and magic headers, shell-quoted
// remote paths, read loops whose end test goes through len(), a no_proxy suffix given its dot before the test, the
// WebSocket accept hash, and a retry counter in a log line. Marked positives beside them guard recall. Own code,
// never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH75: DevCase[] = [
  ...rules(
    "CWE-703",
    "batch75: a protocol message's constructor asserts the types of its authentication fields",
    `
class Challenge:
    KIND = 4

    def __init__(self, method, extra=None, authid=None, authrole=None, session_token=None):
        assert type(method) == str
        assert authid is None or type(authid) == str # SAFE
        assert(authrole is None or type(authrole) is str) # SAFE
        assert extra is None or type(extra) == dict
        assert session_token is None or type(session_token) in (str, bytes) # SAFE
        self.method = method
        self.authid = authid
        self.authrole = authrole
        self.session_token = session_token
`,
  ),
  ...rules(
    "CWE-703",
    "batch75: a forwarding list is asserted to hold dicts with string auth keys",
    `
def check_hops(hops):
    for hop in hops:
        assert type(hop) == dict
        assert 'authid' in hop and (hop['authid'] is None or type(hop['authid']) == str) # SAFE
        assert 'authrole' in hop and type(hop['authrole']) == str, 'authrole must be a str' # SAFE
    return hops
`,
  ),
  ...rules(
    "CWE-703",
    "batch75: typed-data signing helpers assert a signature's type and length",
    `
SIG_LENGTH = 65

def sign_typed(key, payload):
    sig = key.sign(payload)
    assert type(sig) == bytes and len(sig) == SIG_LENGTH # SAFE
    return sig

def recover_signer(payload, signature):
    assert is_signature(signature) # SAFE
    assert len(signature) > 0 # SAFE
    return _recover(payload, signature)
`,
  ),
  ...rules(
    "CWE-703",
    "batch75: a parser asserts the message tag against the class constant; a replacement must differ in its signature",
    `
class Welcome:
    TAG = 2

    @classmethod
    def parse(cls, frame):
        # the serializer already dispatched on the tag
        assert len(frame) > 0 and frame[0] == Authenticate.TAG # SAFE
        return cls(*frame[1:])

def replace_receipt(old, new):
    assert old.channel == new.channel
    assert old.signature != new.signature # SAFE
    return new

def header_field(name):
    assert name in Signature.header_fields # SAFE
    return name
`,
  ),
  ...rules(
    "CWE-703",
    "batch75: positives: asserts that are the access check itself",
    `
def delete_invoice(request, invoice):
    assert request.user.is_staff # VULN
    invoice.delete()

def accept_webhook(body, signature, secret):
    assert verify_signature(body, signature, secret) # VULN
    return json.loads(body)

def rotate_key(user, key):
    assert user.role in ('admin', 'owner') # VULN
    key.rotate()
`,
  ),
  ...rules(
    "CWE-1336",
    "batch75: key and blob classes parse raw bytes with their own from_string()",
    `
from ecdsa import SigningKey, VerifyingKey

def load_peer(raw_point, curve):
    return VerifyingKey.from_string(raw_point, curve) # SAFE

def load_own(secret_bytes, curve):
    return SigningKey.from_string(secret_bytes, curve=curve) # SAFE

class Importer:
    def blob_handler(self, cmd):
        blob = Blob.from_string(cmd.data) # SAFE
        self.store.add_object(blob)

def submodule_entry(sha):
    return Blob.from_string(b"Subproject commit " + sha + b"\\n") # SAFE

def verifier_for(cert):
    return crypt.RSAVerifier.from_string(cert) # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch75: positive: a Jinja environment compiles a template the request supplies",
    `
from flask import request
from jinja2 import Environment

env = Environment()

def preview():
    tpl = env.from_string(request.form["body"]) # VULN
    return tpl.render(name="x")
`,
  ),
  ...rules(
    "CWE-89",
    "batch75: a driver's multi-row insert joins rows formatted through the connection's escape()",
    `
def insert_many(cursor, prefix, row_fmt, rows, conn, limit=1024 * 1024):
    sql = bytearray(prefix)
    it = iter(rows)
    sql += row_fmt % conn.literal(next(it))
    done = 0
    for row in it:
        part = row_fmt % conn.literal(row)
        if len(sql) + len(part) > limit:
            done += cursor.execute(bytes(sql)) # SAFE
            sql = bytearray(prefix)
        else:
            sql += b","
        sql += part
    done += cursor.execute(bytes(sql)) # SAFE
    return done
`,
  ),
  ...rules(
    "CWE-89",
    "batch75: database create/drop helpers quote the name through the dialect's identifier preparer",
    `
def quote_ident(bind, name):
    return bind.dialect.identifier_preparer.quote(name)

def create_db(engine, name):
    stmt = "CREATE DATABASE {0}".format(quote_ident(engine, name))
    with engine.connect() as conn:
        conn.execute(stmt) # SAFE

def drop_db(engine, name):
    stmt = "DROP DATABASE {0}".format(quote_ident(engine, name))
    with engine.connect() as conn:
        conn.execute(stmt) # SAFE

def drop_db_raw(engine, name):
    with engine.connect() as conn:
        conn.execute("DROP DATABASE %s" % name) # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch75: alphabets for generated tokens, user-facing messages and a public contract address",
    `
import os

# visually ambiguous characters left out
DEFAULT_TOKEN_CHARS = '2345679ACDEFGHJKMNPRSTUVWXYZ' # SAFE
SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789" # SAFE

class BaseAuthorizer:
    msg_no_such_user = "Login incorrect."
    msg_wrong_password = "Login incorrect." # SAFE

if "DEBUG_TOKEN_ADDR" in os.environ:
    DEBUG_TOKEN_ADDR = os.environ["DEBUG_TOKEN_ADDR"]
    DEBUG_TOKEN_ADDR_SRC = 'environment variable $DEBUG_TOKEN_ADDR' # SAFE
else:
    DEBUG_TOKEN_ADDR = '0x5b1869D9A4C187F2EAa108f3062412ecf0526b24' # SAFE
    DEBUG_TOKEN_ADDR_SRC = 'builtin'
`,
  ),
  ...rules(
    "CWE-798",
    "batch75: positive: a deploy token pasted into a module constant",
    `
import requests

DEPLOY_TOKEN = "q8Ve2LxT0pWm4NsRjc7KfYbH3aDgUz9E"  # VULN

def push(url, data):
    return requests.post(url, data=data, headers={"Authorization": "Bearer " + DEPLOY_TOKEN}, timeout=10)
`,
  ),
  ...rules(
    "CWE-208",
    "batch75: signal dispositions, installed-file digests and a binary format's magic header",
    `
import signal

HANDLED = [signal.SIGTERM]
for sig in (signal.SIGHUP, signal.SIGQUIT):
    if signal.getsignal(sig) != signal.SIG_IGN: # SAFE
        HANDLED.append(sig)

def refresh_config(dest, current_hash, known_hashes):
    active_digest = sha256_of(dest)
    if active_digest == current_hash: # SAFE
        return False
    return active_digest in known_hashes

_COPY_SIGNATURE = b"PGCOPY\\n\\xff\\r\\n\\x00"

def strip_header(data):
    if data[: len(_COPY_SIGNATURE)] != _COPY_SIGNATURE: # SAFE
        raise ValueError("not a binary copy stream")
    return data[len(_COPY_SIGNATURE):]
`,
  ),
  ...rules(
    "CWE-208",
    "batch75: positive: a webhook's HMAC compared with ==",
    `
import hashlib
import hmac

def valid_hook(secret, body, received_signature):
    expected_signature = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return received_signature == expected_signature # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch75: an SCP client quotes each remote path through its sanitize hook (shlex.quote by default)",
    `
import shlex

class Copier:
    def __init__(self, transport, sanitize=shlex.quote):
        self.transport = transport
        self.sanitize = sanitize
        self.command = b"scp"

    def put(self, remote_path, recursive=False):
        chan = self.transport.open_session()
        flags = (b" -t ", b" -r -t ")[recursive]
        chan.exec_command(self.command + flags + self.sanitize(remote_path)) # SAFE
        return chan

    def get(self, remote_paths):
        quoted = [self.sanitize(p) for p in remote_paths]
        chan = self.transport.open_session()
        chan.exec_command(self.command + b" -f " + b" ".join(quoted)) # SAFE
        return chan

    def remove(self, remote_path):
        chan = self.transport.open_session()
        chan.exec_command(b"rm -f " + remote_path) # VULN
        return chan
`,
  ),
  ...rules(
    "CWE-78",
    "batch75: a pager probe on a mkstemp name and a Windows kill of a child's pid",
    `
import os
import subprocess
import tempfile

def probe_more():
    fd, name = tempfile.mkstemp()
    os.close(fd)
    try:
        return os.system(f'more "{name}"') == 0 # SAFE
    finally:
        os.unlink(name)

def kill_tree(proc):
    subprocess.call("TASKKILL /F /T /PID %s 2>nul 1>nul" % str(proc.pid), shell=True) # SAFE
`,
  ),
  ...rules(
    "CWE-835",
    "batch75: a block reader's end test goes through len() of the block",
    `
def blocks(infile, size):
    while True:
        block = infile.read(size) # SAFE
        got = len(block)
        if got == 0:
            break
        yield block

def drain(sock):
    chunks = []
    while True:
        data = sock.recv(4096) # VULN
        chunks.append(data)
        if b"\\r\\n\\r\\n" in b"".join(chunks):
            break
    return b"".join(chunks)
`,
  ),
  ...rules(
    "CWE-20",
    "batch75: a no_proxy test gives the suffix its dot first; a Host header's IPv6 bracket test",
    `
def bypass_proxy(hostname, no_proxy):
    for entry in no_proxy.split(","):
        entry = entry.strip()
        if hostname == entry:
            return True
        entry = "." + entry  # only whole labels
        if hostname.endswith(entry): # SAFE
            return True
    return False

def split_host(host):
    if host.find(":") >= 0 and not host.endswith("]"): # SAFE
        name, port = host.rsplit(":", 1)
        return name, int(port)
    return host, None

def allowed_origin(origin_host, trusted):
    return origin_host.endswith(trusted) # VULN
`,
  ),
  ...rules(
    "CWE-328",
    "batch75: the WebSocket opening handshake's accept value is SHA-1 by RFC 6455",
    `
import base64
import hashlib

WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"

def accept_value(client_key):
    sha1 = hashlib.sha1() # SAFE
    sha1.update(client_key.encode("ascii") + WS_GUID)
    return base64.b64encode(sha1.digest()).decode()

def check_accept(sent_key, got):
    h = hashlib.sha1(sent_key + WS_GUID) # SAFE
    return base64.b64encode(h.digest()).decode() == got

def store_password(pw):
    return hashlib.sha1(pw.encode()).hexdigest() # VULN
`,
  ),
  ...rules(
    "CWE-532",
    "batch75: a retry counter named after the credential refresh is logged",
    `
import logging

log = logging.getLogger(__name__)

class AuthorizedSession:
    def send(self, req, _credential_refresh_attempt=0):
        resp = self._send(req)
        if resp.status in (401,) and _credential_refresh_attempt < self.max_refresh:
            log.info("Refreshing credentials after a %s. Attempt %s/%s.", resp.status, # SAFE
                     _credential_refresh_attempt + 1, self.max_refresh)
            self.credentials.refresh(self._request)
            return self.send(req, _credential_refresh_attempt=_credential_refresh_attempt + 1)
        return resp

    def debug_token(self):
        log.debug("using access token %s", self.credentials.token) # VULN
`,
  ),
];
