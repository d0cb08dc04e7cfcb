// Dev suite "py-rules", batch 52 (format in py-rules.ts): written blind after a probe of another analyzer's
// public rule fixtures showed which idioms went unseen; the programs are written here, never copied from that
// probe or from a held-out corpus. File modes and shared locations: umask values that leave the world-write bit
// unmasked (octal, decimal, through a constant), chmod with stat flags or decimal modes, mkdir / makedirs /
// os.open / pathlib modes, fixed file names in world-writable directories other than /tmp (/usr/tmp,
// /run/lock, macOS /private/tmp and /Users/Shared, Windows temp folders), client TLS contexts built from
// ssl.SSLContext(PROTOCOL_TLS...) that never turn certificate checks on, and a morsel's secure flag cleared.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH52: DevCase[] = [
  ...rules(
    "CWE-732",
    "batch52: umask values and modes that let everyone write",
    `
import os
import stat
from pathlib import Path

SHARED_MASK = 0o000
PRIVATE_MASK = 0o077


def daemonize():
    os.umask(0o020) # VULN
    os.umask(0o770) # VULN
    os.umask(16) # VULN
    os.umask(SHARED_MASK) # VULN


def daemonize_safe():
    os.umask(0o022) # SAFE
    os.umask(0o002) # SAFE
    os.umask(18) # SAFE
    os.umask(PRIVATE_MASK) # SAFE


def publish(path: str):
    os.chmod(path, stat.S_IWOTH | stat.S_IRUSR | stat.S_IWUSR) # VULN
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE
    os.chmod(path, 438) # VULN
    os.chmod(path, 420) # SAFE
    os.chmod(path, 0o666) # VULN
    os.chmod(path, 0o640) # SAFE


def create(root: str):
    os.makedirs(os.path.join(root, "cache"), mode=0o777, exist_ok=True) # VULN
    os.makedirs(os.path.join(root, "state"), mode=0o700, exist_ok=True) # SAFE
    os.mkdir(os.path.join(root, "drop"), 0o777) # VULN
    Path(root, "spool").mkdir(mode=0o777, parents=True) # VULN
    Path(root, "keys").mkdir(mode=0o700, parents=True) # SAFE
    Path(root, "out.log").chmod(0o666) # VULN
    Path(root, "secret.key").chmod(0o600) # SAFE
    fd = os.open(os.path.join(root, "pid"), os.O_WRONLY | os.O_CREAT, 0o666) # VULN
    fd2 = os.open(os.path.join(root, "token"), os.O_WRONLY | os.O_CREAT, 0o600) # SAFE
    os.fchmod(fd, 0o777) # VULN
    os.fchmod(fd2, 0o600) # SAFE
    return fd, fd2
`,
  ),
  ...rules(
    "CWE-377",
    "batch52: fixed file names in world-writable directories other than /tmp",
    `
import json
import os
import tempfile


def dump_state(state: dict):
    with open("/usr/tmp/app-state.json", "w") as fh: # VULN
        json.dump(state, fh)
    with open("/run/lock/app.lock", "w") as fh: # VULN
        fh.write(str(os.getpid()))
    with open("/var/run/lock/app.lock", "w") as fh: # VULN
        fh.write(str(os.getpid()))
    with open("/private/tmp/app-export.csv", "w") as fh: # VULN
        fh.write("a,b\\n")
    with open("/Users/Shared/app-report.txt", "w") as fh: # VULN
        fh.write("report")
    with open(r"C:\\Windows\\Temp\\app-debug.log", "a") as fh: # VULN
        fh.write("started")
    with open("C:\\\\Temp\\\\app-dump.txt", "w") as fh: # VULN
        fh.write("dump")


def dump_state_safe(state: dict):
    with open("/var/lib/app/state.json", "w") as fh: # SAFE
        json.dump(state, fh)
    with open("/srv/app/tmp/state.json", "w") as fh: # SAFE
        json.dump(state, fh)
    with open(os.path.join(tempfile.mkdtemp(prefix="app-"), "state.json"), "w") as fh: # SAFE
        json.dump(state, fh)
    with open(r"C:\\ProgramData\\App\\state.json", "w") as fh: # SAFE
        json.dump(state, fh)
`,
  ),
  ...rules(
    "CWE-295",
    "batch52: client TLS contexts that never turn certificate checks on",
    `
import http.client
import socket
import ssl
import urllib.request


def fetch(url: str):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS) # VULN
    return urllib.request.urlopen(url, context=ctx).read()


def fetch_safe(url: str):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE
    ctx.load_default_certs()
    return urllib.request.urlopen(url, context=ctx).read()


def call(host: str):
    ctx = ssl.SSLContext(ssl.PROTOCOL_SSLv23) # VULN
    conn = http.client.HTTPSConnection(host, 443, context=ctx)
    conn.request("GET", "/health")
    return conn.getresponse().status


def call_safe(host: str):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS) # SAFE
    ctx.verify_mode = ssl.CERT_REQUIRED
    ctx.check_hostname = True
    ctx.load_default_certs()
    conn = http.client.HTTPSConnection(host, 443, context=ctx)
    conn.request("GET", "/health")
    return conn.getresponse().status


def raw(host: str):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS) # VULN
    with socket.create_connection((host, 443)) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            tls.sendall(b"PING\\r\\n")
            return tls.recv(64)


def serve(sock):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS) # SAFE
    ctx.load_cert_chain("/etc/app/cert.pem", "/etc/app/key.pem")
    return ctx.wrap_socket(sock, server_side=True)


def serve2(sock):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) # SAFE
    ctx.load_cert_chain("/etc/app/cert.pem", "/etc/app/key.pem")
    return ctx.wrap_socket(sock, server_side=True)
`,
  ),
  ...rules(
    "CWE-614",
    "batch52: a morsel's secure flag cleared on a stdlib cookie",
    `
from http.cookies import SimpleCookie


def session_header(sid: str) -> str:
    jar = SimpleCookie()
    jar["sid"] = sid
    jar["sid"]["httponly"] = True
    jar["sid"]["secure"] = False # VULN
    return jar.output(header="")


def session_header_safe(sid: str) -> str:
    jar = SimpleCookie()
    jar["sid"] = sid
    jar["sid"]["httponly"] = True
    jar["sid"]["secure"] = True # SAFE
    return jar.output(header="")
`,
  ),
];
