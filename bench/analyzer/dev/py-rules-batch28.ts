// Dev suite "py-rules", batch 28 (format in py-rules.ts): written blind after batch 27's fixes and measured before
// any fix. Scripts and services rather than request handlers: maintenance CLIs (argparse, click, argv) reaching
// subprocess, os.exec*/os.spawn* and paramiko, TLS contexts and client sessions, old protocol versions and cipher
// strings, digests for passwords and webhook signatures, fixed IVs and nonces held in module constants, key sizes
// in constants, and PyJWT decoding and signing switches. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH28: DevCase[] = [
  ...rules(
    "CWE-78",
    "batch28: maintenance scripts into subprocess, exec and spawn",
    `
import argparse
import os
import shlex
import subprocess
import sys

import click


def backup(target: str, dest: str) -> None:
    subprocess.run(f"tar czf {dest} {target}", shell=True, check=True) # VULN
    subprocess.run(["tar", "czf", dest, "--", target], check=True) # SAFE


def rotate(logdir: str) -> None:
    subprocess.Popen("find %s -name '*.log' -mtime +7 -delete" % shlex.quote(logdir), shell=True) # SAFE
    subprocess.Popen(shlex.join(["gzip", "-9", logdir + "/app.log"]), shell=True) # SAFE


@click.command()
@click.argument("host")
def probe(host):
    os.system("nc -zv " + host + " 443") # VULN
    os.execvp("nc", ["nc", "-zv", "--", host, "443"]) # SAFE


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--target", required=True)
    parser.add_argument("--dest", default="/backups/latest.tgz")
    args = parser.parse_args()
    backup(args.target, args.dest)
    rotate(os.path.dirname(args.dest))
    os.execl("/bin/sh", "sh", "-c", "sha256sum " + args.dest) # VULN
    os.spawnlp(os.P_WAIT, "sha256sum", "sha256sum", "--", args.dest) # SAFE
    cmd = sys.argv[-1]
    os.spawnv(os.P_WAIT, "/bin/bash", ["/bin/bash", "-c", cmd]) # VULN
    os.posix_spawn("/usr/bin/logger", ["logger", "-t", "backup", "done " + args.dest], os.environ) # SAFE


if __name__ == "__main__":
    main()
`,
  ),
  ...rules(
    "CWE-78",
    "batch28: paramiko remote commands from a deploy script",
    `
import shlex
import sys

import paramiko


def restart(host: str, service: str) -> str:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN CWE-322
    client.connect(host, username="deploy", key_filename="/etc/deploy/id_ed25519")
    _, out, _ = client.exec_command("sudo systemctl restart " + service) # VULN
    _, out2, _ = client.exec_command("sudo systemctl restart " + shlex.quote(service)) # SAFE
    return out.read().decode() + out2.read().decode()


def status(host: str) -> str:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE CWE-322
    client.connect(host, username="deploy")
    _, out, _ = client.exec_command("systemctl --failed --no-legend") # SAFE
    return out.read().decode()


if __name__ == "__main__":
    print(restart(sys.argv[1], sys.argv[2]))
    print(status(sys.argv[1]))
`,
  ),
  ...rules(
    "CWE-295",
    "batch28: tls contexts and client sessions",
    `
import socket
import ssl

import httpx
import requests


def open_feed(host: str) -> ssl.SSLSocket:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


def open_feed_pinned(host: str) -> ssl.SSLSocket:
    ctx = ssl.create_default_context(cafile="/etc/pki/feed-ca.pem")
    ctx.verify_mode = ssl.CERT_REQUIRED # SAFE
    return ctx.wrap_socket(socket.create_connection((host, 443)), server_hostname=host)


class FeedClient:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = False # VULN

    def fetch(self, path: str) -> bytes:
        return self.session.get(self.base_url + path, timeout=10).content


class PinnedFeedClient:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.verify = "/etc/pki/feed-ca.pem" # SAFE


def pull(url: str) -> bytes:
    with httpx.Client(verify=False, timeout=5) as client: # VULN
        return client.get(url).content


def pull_ctx(url: str) -> bytes:
    with httpx.Client(verify=ssl.create_default_context(), timeout=5) as client: # SAFE
        return client.get(url).content


def legacy(sock: socket.socket) -> ssl.SSLSocket:
    return ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE) # VULN
`,
  ),
  ...rules(
    "CWE-327",
    "batch28: old protocol versions and cipher strings",
    `
import ssl

from OpenSSL import SSL


def server_context(cert: str, key: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN
    ctx.load_cert_chain(cert, key)
    return ctx


def server_context_modern(cert: str, key: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER) # SAFE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    ctx.load_cert_chain(cert, key)
    return ctx


def client_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    ctx.set_ciphers("DES-CBC3-SHA:RC4-SHA") # VULN
    return ctx


def client_context_modern() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20") # SAFE
    return ctx


def openssl_context() -> SSL.Context:
    return SSL.Context(SSL.TLSv1_METHOD) # VULN


def openssl_context_modern() -> SSL.Context:
    return SSL.Context(SSL.TLS_METHOD) # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch28: digests for passwords and api keys",
    `
import hashlib
import secrets


class Account:
    password_hash: str = ""
    salt: bytes = b""


def set_password(account: Account, password: str) -> None:
    account.salt = secrets.token_bytes(16)
    account.password_hash = hashlib.sha256(account.salt + password.encode()).hexdigest() # VULN


def set_password_kdf(account: Account, password: str) -> None:
    account.salt = secrets.token_bytes(16)
    account.password_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), account.salt, 600_000).hex() # SAFE


def api_key_digest(api_key: str) -> str:
    return hashlib.new("md5", api_key.encode()).hexdigest() # VULN


def etag(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest() # SAFE


def api_key_digest_strong(api_key: str) -> str:
    return hashlib.new("sha3_256", api_key.encode()).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-208",
    "batch28: webhook signatures compared with ==",
    `
import hashlib
import hmac


def verify_webhook(secret: bytes, body: bytes, header_sig: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return expected == header_sig # VULN


def verify_webhook_safe(secret: bytes, body: bytes, header_sig: str) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, header_sig) # SAFE


def verify_token(stored_token: str, presented: str) -> bool:
    if presented != stored_token: # VULN
        return False
    return True


def same_version(a: str, b: str) -> bool:
    return a.strip() == b.strip() # SAFE
`,
  ),
  ...rules(
    "CWE-329",
    "batch28: fixed ivs and nonces held in module constants",
    `
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

IV = bytes(16)
NONCE = b"fixednonce12"


class TokenBox:
    def __init__(self, key: bytes):
        self.key = key
        self.aead = AESGCM(key)

    def seal_cbc(self, data: bytes) -> bytes:
        padder = padding.PKCS7(128).padder()
        enc = Cipher(algorithms.AES(self.key), modes.CBC(IV)).encryptor() # VULN
        return enc.update(padder.update(data) + padder.finalize()) + enc.finalize()

    def seal_cbc_literal(self, data: bytes) -> bytes:
        enc = Cipher(algorithms.AES(self.key), modes.CBC(b"0" * 16)).encryptor() # VULN
        return enc.update(data) + enc.finalize()

    def seal_cbc_random(self, data: bytes) -> bytes:
        iv = os.urandom(16)
        enc = Cipher(algorithms.AES(self.key), modes.CBC(iv)).encryptor() # SAFE
        return iv + enc.update(data) + enc.finalize()

    def seal_gcm(self, data: bytes) -> bytes:
        return self.aead.encrypt(NONCE, data, None) # VULN

    def seal_gcm_random(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + self.aead.encrypt(nonce, data, None) # SAFE

    def seal_chacha(self, data: bytes) -> bytes:
        nonce = os.urandom(12)
        return nonce + ChaCha20Poly1305(self.key).encrypt(nonce, data, b"v1") # SAFE

    def open_gcm(self, blob: bytes) -> bytes:
        return self.aead.decrypt(blob[:12], blob[12:], None) # SAFE
`,
  ),
  ...rules(
    "CWE-326",
    "batch28: key sizes held in constants",
    `
from Crypto.PublicKey import RSA as PyRSA
from cryptography.hazmat.primitives.asymmetric import dsa, rsa

KEY_BITS = 1024
STRONG_BITS = 3072


def device_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS) # VULN


def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=STRONG_BITS) # SAFE


def legacy_dsa():
    return dsa.generate_private_key(key_size=KEY_BITS) # VULN


def pycryptodome_key():
    return PyRSA.generate(bits=KEY_BITS) # VULN


def pycryptodome_key_ok():
    return PyRSA.generate(bits=STRONG_BITS) # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch28: pyjwt decoding and signing switches",
    `
import jwt
from jwt import PyJWKClient

NO_SIG = {"verify_signature": False}
jwks = PyJWKClient("https://idp.example.com/.well-known/jwks.json")


def claims_unverified(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False}) # VULN


def claims(token: str, key: str) -> dict:
    return jwt.decode(token, key, algorithms=["HS256"], audience="api") # SAFE


def claims_legacy(token: str, key: str) -> dict:
    return jwt.decode(token, key, verify=False) # VULN


def claims_opts(token: str, key: str) -> dict:
    return jwt.decode(token, key, algorithms=["HS256"], options=NO_SIG) # VULN


def issue_unsigned(payload: dict) -> str:
    return jwt.encode(payload, None, algorithm="none") # VULN


def issue(payload: dict, key: str) -> str:
    return jwt.encode(payload, key, algorithm="HS256") # SAFE


def key_id(token: str) -> str:
    return jwt.get_unverified_header(token)["kid"] # SAFE


def claims_jwks(token: str) -> dict:
    key = jwks.get_signing_key_from_jwt(token).key
    return jwt.decode(token, key, algorithms=["RS256"], audience="api") # SAFE
`,
  ),
];
