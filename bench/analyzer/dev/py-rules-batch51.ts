// Dev suite "py-rules", batch 51 (format in py-rules.ts): written blind after a probe of another analyzer's
// public rule fixtures showed which idioms went unseen; the programs are written here, never copied from that
// probe or from a held-out corpus. Cryptographic configuration rather than data flow: TLS version floors and
// ceilings (ssl.TLSVersion, pyOpenSSL set_min_proto_version, urllib3's ssl_minimum_version), RSA public
// exponents and weak elliptic curves across cryptography / pycryptodome, small keys for paramiko / pyOpenSSL /
// ElGamal, password hashing through werkzeug / Django / passlib with a fast or unsalted scheme, and salts that
// are empty, constant or derived from the user name.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH51: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch51: TLS version floors and ceilings",
    `
import ssl

import urllib3
from OpenSSL import SSL


def legacy_client():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    return ctx


def modern_client():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    return ctx


def capped_server():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1 # VULN
    ctx.load_cert_chain("/etc/app/cert.pem", "/etc/app/key.pem")
    return ctx


def pinned_server():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_3 # SAFE
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3 # SAFE
    return ctx


def anything_goes():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED # VULN
    return ctx


def openssl_old():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION) # VULN
    return ctx


def openssl_new():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION) # SAFE
    return ctx


pool = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_1) # VULN
pool2 = urllib3.PoolManager(ssl_minimum_version=ssl.TLSVersion.TLSv1_2) # SAFE
pool3 = urllib3.PoolManager(ssl_version=ssl.PROTOCOL_TLSv1) # VULN
`,
  ),
  ...rules(
    "CWE-326",
    "batch51: rsa exponents, weak curves and short keys",
    `
import paramiko
from Crypto.PublicKey import ECC, ElGamal, RSA
from Crypto.Random import get_random_bytes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from OpenSSL import crypto


def make_keys():
    k1 = rsa.generate_private_key(public_exponent=3, key_size=2048) # VULN
    k2 = rsa.generate_private_key(public_exponent=65537, key_size=3072) # SAFE
    k3 = RSA.generate(2048, e=3) # VULN
    k4 = RSA.generate(3072) # SAFE
    k5 = ECC.generate(curve="P-192") # VULN
    k6 = ECC.generate(curve="P-256") # SAFE
    k7 = ec.generate_private_key(ec.SECP192R1()) # VULN
    k8 = ec.generate_private_key(ec.SECT163K1()) # VULN
    k9 = ec.generate_private_key(ec.SECP384R1()) # SAFE
    k10 = ElGamal.generate(1024, get_random_bytes) # VULN
    k11 = ElGamal.generate(2048, get_random_bytes) # SAFE
    k12 = paramiko.RSAKey.generate(1024) # VULN
    k13 = paramiko.RSAKey.generate(bits=4096) # SAFE
    pkey = crypto.PKey()
    pkey.generate_key(crypto.TYPE_RSA, 1024) # VULN
    pkey2 = crypto.PKey()
    pkey2.generate_key(crypto.TYPE_RSA, 4096) # SAFE
    curve = "secp192r1"
    k14 = ECC.generate(curve=curve) # VULN
    return [k1, k2, k3, k4, k5, k6, k7, k8, k9, k10, k11, k12, k13, k14, pkey, pkey2]
`,
  ),
  ...rules(
    "CWE-916",
    "batch51: fast or unsalted password hashing schemes",
    `
from django.conf import settings
from django.contrib.auth.hashers import SHA1PasswordHasher, make_password
from passlib.context import CryptContext
from passlib.hash import apr_md5_crypt, bcrypt, ldap_md5, md5_crypt
from werkzeug.security import generate_password_hash

LEGACY = ["django.contrib.auth.hashers.MD5PasswordHasher", "django.contrib.auth.hashers.SHA1PasswordHasher"]
MODERN = ["django.contrib.auth.hashers.Argon2PasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]


class LegacyImportHasher(SHA1PasswordHasher): # VULN
    algorithm = "legacy_sha1"


def configure(old):
    if old:
        settings.PASSWORD_HASHERS = LEGACY # VULN
    else:
        settings.PASSWORD_HASHERS = MODERN # SAFE


def store(password):
    a = generate_password_hash(password, method="md5") # VULN
    b = generate_password_hash(password, method="sha1", salt_length=4) # VULN
    c = generate_password_hash(password, method="scrypt") # SAFE
    d = generate_password_hash(password, method="pbkdf2:sha256:600000") # SAFE
    e = make_password(password, hasher="unsalted_md5") # VULN
    algo = "sha1"
    f = make_password(password, hasher=algo) # VULN
    g = make_password(password, hasher="argon2") # SAFE
    return [a, b, c, d, e, f, g]


def store_passlib(password):
    h1 = md5_crypt.hash(password) # VULN
    h2 = apr_md5_crypt.hash(password) # VULN
    h3 = ldap_md5.hash(password) # VULN
    h4 = bcrypt.hash(password) # SAFE
    return [h1, h2, h3, h4]


weak_ctx = CryptContext(schemes=["md5_crypt", "des_crypt"]) # VULN
strong_ctx = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto") # SAFE
`,
  ),
  ...rules(
    "CWE-760",
    "batch51: empty, constant and user-derived salts",
    `
import crypt
import hashlib

from Crypto.Protocol.KDF import bcrypt as kdf_bcrypt
from Crypto.Random import get_random_bytes


def unix_hash(password):
    a = crypt.crypt(password, "") # VULN
    b = crypt.crypt(password, "x9") # VULN
    c = crypt.crypt(password, crypt.mksalt(crypt.METHOD_SHA512)) # SAFE
    return a, b, c


def kdf_hash(password: bytes):
    a = kdf_bcrypt(password, 12, b"0123456789abcdef") # VULN
    b = kdf_bcrypt(password, 12, get_random_bytes(16)) # SAFE
    c = kdf_bcrypt(password, 12) # SAFE
    return a, b, c


def derive(username: str, password: str):
    k1 = hashlib.pbkdf2_hmac("sha256", password.encode(), username.encode(), 600000) # VULN
    k2 = hashlib.pbkdf2_hmac("sha256", password.encode(), get_random_bytes(16), 600000) # SAFE
    k3 = hashlib.scrypt(password.encode(), salt=b"", n=2**14, r=8, p=1) # VULN
    return k1, k2, k3
`,
  ),
];
