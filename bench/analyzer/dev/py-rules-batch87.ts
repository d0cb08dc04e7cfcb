// Dev suite "py-rules", batch 87 (format in py-rules.ts): false alarms on real library code, fourteenth round.
// Written after a stratified seeded sample (seed 7777; at most 10 findings per package, 25 per rule) of the analyzer's
// MEDIUM+ findings on thirty-four Debian bookworm packages never analysed before (a SIP scanner, an NTLM library, a
// torrent client, a Zigbee stack, Xiaomi device tools, backup front ends, a web scanner, a packet toolkit, a GitHub
// client, an XMPP library, PDF and e-book writers, translation tools, static-site generators, a password-database
// library, a keyring CLI, a proxy, git helpers), in the same shapes but new code. Marked positives beside them guard
// recall. Own code, never taken from an advisory or a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH87: DevCase[] = [
  ...rules(
    "CWE-90",
    "batch87: regular expressions over a tool's own arguments and a catalog header (not LDAP filters); a proxy's LDAP login that splices the user name",
    `
import re
import sys

import ldap3


def warn_old_options():
    """Options renamed since 2.0 (--htpasswd, ldap:server:dn are now --proxyauth)."""
    for arg in sys.argv[1:]:
        if re.search(r"^--(\\w+)_(\\w+)", arg):  # SAFE
            print("use hyphens in", arg)


def header_charset(unit):
    found = re.search("charset=([^\\\\s;]+)", "".join(unit.msgstr))  # SAFE
    return found.group(1) if found else "utf-8"


class LdapProxyAuth:
    def __init__(self, server, subtree, conn):
        self.server = server
        self.subtree = subtree
        self.conn = conn

    def __call__(self, username, password):
        self.conn.search(self.subtree, f"(uid={username})")  # VULN
        return bool(self.conn.response)
`,
  ),
  ...rules(
    "CWE-703",
    "batch87: an API client's argument asserts (sentinel defaults, one of two arguments, a role sent on, a packed length); an assert that is the admin check",
    `
class NotSet:
    pass


NOT_SET = NotSet()


class Org:
    def invite(self, user=NOT_SET, email=NOT_SET, role=NOT_SET):
        assert (email is NOT_SET) ^ (user is NOT_SET), "give one of email or user"  # SAFE
        assert role is NOT_SET or isinstance(role, str), role  # SAFE
        params = {}
        if role is not NOT_SET:
            assert role in ["admin", "direct_member", "billing_manager"]  # SAFE
            params["role"] = role
        return self._requester.post(self.url + "/invitations", input=params)


class Seal:
    BODY_LENGTH = 16

    def pack(self):
        signature = self.version + self.checksum + self.seq_num
        assert self.BODY_LENGTH == len(signature), "bad signature length"  # SAFE
        return signature


def purge_all(request, store):
    assert request.user.role in ("admin", "owner")  # VULN
    store.purge()
`,
  ),
  ...rules(
    "CWE-117",
    "batch87: a SIP relay logs socket errors and repr() of what it relays; the raw reply logged",
    `
import logging
import socket

log = logging.getLogger("scanner")


class Relay:
    def forward(self, sock, upstream):
        buff, addr = sock.recvfrom(8192)
        try:
            upstream.sendto(buff, (self.host, self.port))
        except socket.timeout:
            log.warning("no answer from %s" % self.host)
            return None
        except (socket.error, ConnectionResetError) as err:
            log.error("socket error: %s" % err)  # SAFE
            return None
        log.debug("relayed: %s" % buff.__repr__())  # SAFE
        first = buff.decode("utf-8", "ignore").splitlines()[0]
        log.info("first line: %s" % first)  # VULN
        return first
`,
  ),
  ...rules(
    "CWE-328",
    "batch87: MD5 of SIP Digest authentication, SHA-1 torrent pieces, short digests as names and cache keys; MD5 of a stored password",
    `
import hashlib
from hashlib import md5, sha1


def digest_response(username, realm, passwd, nonce, method, uri):
    ha1 = md5(("%s:%s:%s" % (username, realm, passwd)).encode()).hexdigest()  # SAFE
    ha2 = md5(("%s:%s" % (method, uri)).encode()).hexdigest()  # SAFE
    return md5(("%s:%s:%s" % (ha1, nonce, ha2)).encode()).hexdigest()  # SAFE


def torrent_pieces(chunks, piece_length):
    pieces = []
    for buf in chunks:
        pieces.append(sha1(buf).digest())  # SAFE
    return b"".join(pieces)


def history_name(server, root_url):
    return "{}_{}.db".format(server, md5(root_url.encode()).hexdigest()[:8])  # SAFE


class ImageReader:
    def __init__(self):
        self._cache = {}

    def remember(self, data):
        return self._cache.setdefault(md5(data).digest(), data)  # SAFE


def store_password(db, user, password):
    db.save(user, hashlib.md5(password.encode()).hexdigest())  # VULN
`,
  ),
  ...rules(
    "CWE-798",
    "batch87: a dummy device's token of repeated digits, a CSS token, an XSRF opt-out header; a device token written in the source",
    `
class DummyHumidifier:
    def __init__(self):
        self.device_info = {"model": "zhimi.humidifier.ca1", "token": "68ffffffffffffffffffffffffffffff"}  # SAFE


def bookmark(box, compute):
    css_token = "bookmark-label"  # SAFE
    return compute(box, css_token)


def upload_avatar(session, url, fh):
    headers = {"X-Atlassian-Token": "no-check"}  # SAFE
    return session.post(url, files={"file": fh}, headers=headers)


class Vacuum:
    def __init__(self, ip):
        self.ip = ip
        self.token = "3a9c1f07d2b84e65a0c3b7d9e1f24c68"  # VULN
`,
  ),
  ...rules(
    "CWE-94",
    "batch87: a hand-written JS lexer reads its number and string tokens back with eval, a repr round trip in a test; the inside of a string token evaluated",
    `
import re


def scan_number(text):
    m = re.match(r"^0[xX][\\da-fA-F]+|^\\d+", text)
    if m:
        return eval(m.group(0))  # SAFE
    m = re.match(r"^0[0-7]+", text)
    if m:
        return eval("0o" + m.group(0)[1:])  # SAFE
    return None


def scan_string(text):
    m = re.match(r'^"(?:\\\\.|[^"])*"|^\\'(?:\\\\.|[^\\'])*\\'', text)
    return eval(m.group(0)) if m else None  # SAFE


def scan_template(text):
    m = re.match(r'^"(?:\\\\.|[^"])*"', text)
    return eval(m.group(0)[1:-1]) if m else None  # VULN
`,
  ),
  ...rules(
    "CWE-208",
    "batch87: hardware addresses compared in packet filters; a record MAC compared with ==",
    `
import hashlib
import hmac


def keep(pkt, mac_src, mac_src_filter):
    if mac_src_filter and mac_src != mac_src_filter:  # SAFE
        return False
    return True


class AccessPoint:
    def __init__(self, mac):
        self.mac = mac

    def to_me(self, pkt):
        return pkt.type == 2 and pkt.addr1 == self.mac  # SAFE


def record_ok(secret, msg, seq, mac):
    h = hmac.new(secret, msg + seq, hashlib.sha256).digest()
    return h == mac  # VULN
`,
  ),
  ...rules(
    "CWE-532",
    "batch87: a flag saying a password is at hand and a token rate's interval in logs; the device token logged",
    `
import logging

logger = logging.getLogger(__name__)


def mount(cfg):
    password_available = cfg.password is not None
    logger.debug("Password available: %s" % password_available)  # SAFE


def throttled(token_issuing_rate_interval_seconds):
    logger.warning("token rate limited, retry in %s s", token_issuing_rate_interval_seconds)  # SAFE


def connect(ip, token):
    logger.info("Connecting to %s with token %s", ip, token)  # VULN
`,
  ),
];
