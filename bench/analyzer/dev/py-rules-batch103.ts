// Dev suite "py-rules", batch 103 (format in py-rules.ts): cryptography, TLS and network clients in the less common
// libraries and spellings - PyCryptodome's rarer ciphers and modes, cryptography's decrepit algorithms, constant
// nonces and counters, small keys from paramiko / pyOpenSSL / M2Crypto, TLS switched off in database, queue and
// websocket clients, pyOpenSSL protocol methods, cleartext mail / RPC / websocket logins, tokens from non-secret
// generators, passlib and crypt schemes, JWT libraries besides PyJWT, RSA padding. Each weakness beside safe twins a
// careless tool would flag. Written blind, own code.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH103: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch103: PyCryptodome's rarer ciphers and modes (ARC2, CAST, Blowfish, DES3, ECB by number or keyword) vs AEAD modes",
    `
import os

from Crypto.Cipher import AES, ARC2, CAST, DES3, Blowfish, ChaCha20_Poly1305
from Crypto.Cipher import ARC4 as RC4
from Cryptodome.Cipher import AES as CAES
from Cryptodome.Cipher import DES as CDES
from Crypto.Random import get_random_bytes


def legacy_rc2(key, blob):
    cipher = ARC2.new(key, ARC2.MODE_CBC, iv=blob[:8]) # VULN
    return cipher.decrypt(blob[8:])


def cast_box(key, data):
    return CAST.new(key, CAST.MODE_EAX).encrypt(data) # VULN


def fish(key, data):
    iv = get_random_bytes(8)
    return iv + Blowfish.new(key, Blowfish.MODE_CBC, iv).encrypt(data) # VULN


def stream(key, data):
    return RC4.new(key).encrypt(data) # VULN


def triple(key, data):
    iv = os.urandom(8)
    return iv + DES3.new(key, DES3.MODE_CBC, iv).encrypt(data) # VULN


def des_dome(key, data):
    return CDES.new(key, CDES.MODE_OFB, iv=os.urandom(8)).encrypt(data) # VULN


def ecb_number(key, block):
    return AES.new(key, 1).encrypt(block) # VULN


def ecb_keyword(key, block):
    return CAES.new(key=key, mode=CAES.MODE_ECB).encrypt(block) # VULN


def ecb_alias(key, block):
    mode = AES.MODE_ECB
    return AES.new(key, mode).encrypt(block) # VULN


def gcm(key, data):
    c = AES.new(key, AES.MODE_GCM) # SAFE
    ct, tag = c.encrypt_and_digest(data)
    return c.nonce + tag + ct


def siv(key, data):
    c = CAES.new(key, CAES.MODE_SIV) # SAFE
    return c.encrypt_and_digest(data)


def chacha(key, data):
    c = ChaCha20_Poly1305.new(key=key) # SAFE
    return c.encrypt_and_digest(data)


def ctr_random(key, data):
    c = AES.new(key, AES.MODE_CTR, nonce=get_random_bytes(8)) # SAFE
    return c.nonce + c.encrypt(data)
`,
  ),
  ...rules(
    "CWE-327",
    "batch103: cryptography's decrepit and legacy algorithms (IDEA, CAST5, SEED, Blowfish, TripleDES, ARC4) and ECB imported by name",
    `
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.modes import ECB, CBC, GCM
from cryptography.hazmat.decrepit.ciphers import algorithms as old
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305, AESSIV


def idea(key, iv):
    return Cipher(algorithms.IDEA(key), modes.CBC(iv)).encryptor() # VULN


def cast5(key, iv):
    return Cipher(algorithms.CAST5(key), modes.CFB(iv)).encryptor() # VULN


def seed(key, iv):
    return Cipher(algorithms.SEED(key), modes.OFB(iv)).decryptor() # VULN


def decrepit_tdes(key, iv):
    return Cipher(old.TripleDES(key), modes.CBC(iv)).encryptor() # VULN


def decrepit_fish(key, iv):
    return Cipher(old.Blowfish(key), CBC(iv)).encryptor() # VULN


def decrepit_rc4(key):
    return Cipher(old.ARC4(key), mode=None).encryptor() # VULN


def ecb_by_name(key):
    return Cipher(algorithms.AES(key), ECB()).encryptor() # VULN


def ecb_split(key):
    algo = algorithms.AES256(key)
    mode = modes.ECB()
    return Cipher(algo, mode).encryptor() # VULN


def camellia(key):
    iv = os.urandom(16)
    return iv, Cipher(algorithms.Camellia(key), modes.CBC(iv)).encryptor() # SAFE


def aes_gcm(key):
    iv = os.urandom(12)
    return iv, Cipher(algorithms.AES(key), GCM(iv)).encryptor() # SAFE


def aead(key, data):
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None) # SAFE


def aead2(key, data):
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, data, b"hdr") # SAFE


def siv(key, data):
    return AESSIV(key).encrypt(data, [b"ctx"]) # SAFE
`,
  ),
  ...rules(
    "CWE-329",
    "batch103: constant IVs, nonces and counters across PyCryptodome and cryptography vs random ones and IVs read from the message",
    `
import os
import secrets

from Crypto.Cipher import AES, ChaCha20, Salsa20
from Crypto.Util import Counter
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305

ZERO_IV = b"\\x00" * 16
NONCE = b"fixednonce12"


def cbc_zero(key, data):
    return AES.new(key, AES.MODE_CBC, iv=bytes(16)).encrypt(data) # VULN


def cbc_const(key, data):
    return AES.new(key, AES.MODE_CBC, ZERO_IV).encrypt(data) # VULN


def cbc_literal(key, data):
    return AES.new(key, AES.MODE_CFB, b"1234567890abcdef").encrypt(data) # VULN


def ctr_const(key, data):
    return AES.new(key, AES.MODE_CTR, nonce=b"\\x00" * 8).encrypt(data) # VULN CWE-323


def ctr_counter(key, data):
    ctr = Counter.new(128, initial_value=1)
    return AES.new(key, AES.MODE_CTR, counter=ctr).encrypt(data) # VULN CWE-323


def chacha_const(key, data):
    return ChaCha20.new(key=key, nonce=b"8bytes!!").encrypt(data) # VULN CWE-323


def salsa_const(key, data):
    return Salsa20.new(key=key, nonce=b"\\x01" * 8).encrypt(data) # VULN CWE-323


def hazmat_cbc(key, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(b"\\x00" * 16)).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def hazmat_ctr(key, data):
    enc = Cipher(algorithms.AES(key), modes.CTR(ZERO_IV)).encryptor() # VULN CWE-323
    return enc.update(data) + enc.finalize()


def aead_const(key, data):
    return AESGCM(key).encrypt(NONCE, data, None) # VULN CWE-323


def aead_zero(key, data):
    return ChaCha20Poly1305(key).encrypt(bytes(12), data, None) # VULN CWE-323


def cbc_random(key, data):
    iv = os.urandom(16)
    return iv + AES.new(key, AES.MODE_CBC, iv=iv).encrypt(data) # SAFE


def cbc_from_message(key, blob):
    iv, body = blob[:16], blob[16:]
    return AES.new(key, AES.MODE_CBC, iv).decrypt(body) # SAFE


def ctr_random(key, data):
    ctr = Counter.new(64, prefix=secrets.token_bytes(8))
    return AES.new(key, AES.MODE_CTR, counter=ctr).encrypt(data) # SAFE


def aead_random(key, data):
    nonce = secrets.token_bytes(12)
    return nonce + AESGCM(key).encrypt(nonce, data, None) # SAFE


def aead_open(key, blob):
    return AESGCM(key).decrypt(blob[:12], blob[12:], None) # SAFE


def chacha_random(key, data):
    c = ChaCha20.new(key=key)
    return c.nonce + c.encrypt(data) # SAFE
`,
  ),
  ...rules(
    "CWE-326",
    "batch103: small asymmetric keys from paramiko, pyOpenSSL, M2Crypto, DH parameters and weak curves vs adequate sizes",
    `
import paramiko
from Crypto.PublicKey import DSA, RSA, ECC
from cryptography.hazmat.primitives.asymmetric import dh, dsa, ec, rsa, ed25519
from M2Crypto import RSA as M2RSA
from OpenSSL import crypto


def ssh_key():
    return paramiko.RSAKey.generate(1024) # VULN


def ssh_dss():
    return paramiko.DSSKey.generate(bits=1024) # VULN


def openssl_key():
    k = crypto.PKey()
    k.generate_key(crypto.TYPE_RSA, 1024) # VULN
    return k


def m2_key():
    return M2RSA.gen_key(1024, 65537) # VULN


def dh_params():
    return dh.generate_parameters(generator=2, key_size=1024) # VULN


def positional_rsa():
    return rsa.generate_private_key(65537, 1536) # VULN


def dsa_small():
    return dsa.generate_private_key(key_size=1024) # VULN


def dome_rsa():
    return RSA.generate(bits=1024) # VULN


def dome_dsa():
    return DSA.generate(1024) # VULN


def sect_curve():
    return ec.generate_private_key(ec.SECT163K1()) # VULN


def p192():
    return ECC.generate(curve="P-192") # VULN


def ssh_key_ok():
    return paramiko.RSAKey.generate(bits=3072) # SAFE


def openssl_key_ok():
    k = crypto.PKey()
    k.generate_key(crypto.TYPE_RSA, 4096) # SAFE
    return k


def dh_ok():
    return dh.generate_parameters(generator=2, key_size=2048) # SAFE


def rsa_ok():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048) # SAFE


def ec_ok():
    return ec.generate_private_key(ec.SECP384R1()) # SAFE


def dome_ecc_ok():
    return ECC.generate(curve="P-256") # SAFE


def ed():
    return ed25519.Ed25519PrivateKey.generate() # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch103: certificate checks off in database, queue, search and directory clients vs CA files",
    `
import ssl

import ldap3
import pika
import pymongo
import redis
from elasticsearch import Elasticsearch
from kombu import Connection
from opensearchpy import OpenSearch


def mongo(uri):
    return pymongo.MongoClient(uri, tls=True, tlsAllowInvalidCertificates=True) # VULN


def mongo_host(uri):
    return pymongo.MongoClient(uri, tls=True, tlsAllowInvalidHostnames=True) # VULN


def mongo_insecure(uri):
    return pymongo.MongoClient(uri, tlsInsecure=True) # VULN


def cache(host):
    return redis.Redis(host=host, port=6380, ssl=True, ssl_cert_reqs=None) # VULN


def cache_none(host):
    return redis.StrictRedis(host=host, ssl=True, ssl_cert_reqs="none") # VULN


def search(host):
    return Elasticsearch([host], verify_certs=False) # VULN


def search2(host):
    return OpenSearch(hosts=[host], use_ssl=True, verify_certs=False, ssl_show_warn=False) # VULN


def directory(host):
    tls = ldap3.Tls(validate=ssl.CERT_NONE) # VULN
    return ldap3.Server(host, use_ssl=True, tls=tls)


def queue(host):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return pika.BlockingConnection(pika.ConnectionParameters(host, 5671, ssl_options=pika.SSLOptions(ctx)))


def broker(url):
    return Connection(url, ssl={"cert_reqs": ssl.CERT_NONE}) # VULN


def mongo_ok(uri):
    return pymongo.MongoClient(uri, tls=True, tlsCAFile="/etc/ssl/mongo-ca.pem") # SAFE


def cache_ok(host):
    return redis.Redis(host=host, ssl=True, ssl_cert_reqs="required", ssl_ca_certs="/etc/ssl/ca.pem") # SAFE


def search_ok(host):
    return Elasticsearch([host], verify_certs=True, ca_certs="/etc/ssl/es-ca.pem") # SAFE


def directory_ok(host):
    tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file="/etc/ssl/ldap-ca.pem") # SAFE
    return ldap3.Server(host, use_ssl=True, tls=tls)


def broker_ok(url):
    return Connection(url, ssl={"cert_reqs": ssl.CERT_REQUIRED, "ca_certs": "/etc/ssl/ca.pem"}) # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch103: certificate checks off in HTTP, websocket, curl, tornado, boto and pyOpenSSL clients vs bundles and defaults",
    `
import ssl
import http.client
import xmlrpc.client

import boto3
import httpx
import pycurl
import pysftp
import websocket
from OpenSSL import SSL
from tornado import httpclient


def curl(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 0) # VULN
    c.setopt(c.SSL_VERIFYHOST, 0) # VULN
    c.perform()


async def tornado_fetch(url):
    client = httpclient.AsyncHTTPClient()
    return await client.fetch(url, validate_cert=False) # VULN


def tornado_req(url):
    return httpclient.HTTPRequest(url, method="GET", validate_cert=False) # VULN


def bucket():
    return boto3.client("s3", endpoint_url="https://minio.internal:9000", verify=False) # VULN


def ws(url):
    return websocket.create_connection(url, sslopt={"cert_reqs": ssl.CERT_NONE}) # VULN


def ws_app(url):
    app = websocket.WebSocketApp(url)
    app.run_forever(sslopt={"cert_reqs": ssl.CERT_NONE, "check_hostname": False}) # VULN


def rpc(url):
    return xmlrpc.client.ServerProxy(url, context=ssl._create_unverified_context()) # VULN


def conn(host):
    return http.client.HTTPSConnection(host, context=ssl._create_unverified_context()) # VULN


def openssl_ctx():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_NONE, lambda *a: True) # VULN
    return ctx


def sftp(host, user, key):
    opts = pysftp.CnOpts()
    opts.hostkeys = None # VULN
    return pysftp.Connection(host, username=user, private_key=key, cnopts=opts)


async def httpx_async(url):
    async with httpx.AsyncClient(verify=False, http2=True) as client: # VULN
        return await client.get(url)


def curl_ok(url):
    c = pycurl.Curl()
    c.setopt(pycurl.URL, url)
    c.setopt(pycurl.SSL_VERIFYPEER, 1) # SAFE
    c.setopt(pycurl.CAINFO, "/etc/ssl/certs/ca-certificates.crt") # SAFE
    c.perform()


async def tornado_ok(url):
    return await httpclient.AsyncHTTPClient().fetch(url, validate_cert=True, ca_certs="/etc/ssl/ca.pem") # SAFE


def bucket_ok():
    return boto3.client("s3", verify="/etc/ssl/minio-ca.pem") # SAFE


def ws_ok(url):
    return websocket.create_connection(url, sslopt={"ca_certs": "/etc/ssl/ca.pem"}) # SAFE


def rpc_ok(url):
    return xmlrpc.client.ServerProxy(url, context=ssl.create_default_context()) # SAFE


def openssl_ok():
    ctx = SSL.Context(SSL.TLS_CLIENT_METHOD)
    ctx.set_verify(SSL.VERIFY_PEER, None) # SAFE
    ctx.load_verify_locations("/etc/ssl/ca.pem")
    return ctx


async def httpx_ok(url):
    async with httpx.AsyncClient(verify="/etc/ssl/corp-ca.pem") as client: # SAFE
        return await client.get(url)
`,
  ),
  ...rules(
    "CWE-327",
    "batch103: old protocol versions and weak cipher strings in ssl and pyOpenSSL vs TLS 1.2+ floors",
    `
import ssl

from OpenSSL import SSL


def tls10_ctx():
    return ssl.SSLContext(ssl.PROTOCOL_TLSv1_1) # VULN


def floor_low():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1 # VULN
    return ctx


def ceiling_low():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_1 # VULN
    return ctx


def reenable():
    ctx = ssl.create_default_context()
    ctx.options &= ~ssl.OP_NO_TLSv1 # VULN
    return ctx


def seclevel():
    ctx = ssl.create_default_context()
    ctx.set_ciphers("DEFAULT:@SECLEVEL=0") # VULN
    return ctx


def rc4_ciphers():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.set_ciphers("RC4-SHA:DES-CBC3-SHA") # VULN
    return ctx


def null_ciphers():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.set_ciphers("ALL:eNULL") # VULN
    return ctx


def openssl_v1():
    return SSL.Context(SSL.TLSv1_METHOD) # VULN


def openssl_v3():
    return SSL.Context(SSL.SSLv3_METHOD) # VULN


def openssl_floor():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_VERSION) # VULN
    return ctx


def openssl_ciphers():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_cipher_list(b"EXP:NULL:RC4") # VULN
    return ctx


def floor_ok():
    ctx = ssl.create_default_context()
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    return ctx


def ceiling_ok():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_3 # SAFE
    return ctx


def disable_old():
    ctx = ssl.create_default_context()
    ctx.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1 # SAFE
    return ctx


def strong_ciphers():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20:!aNULL:!MD5") # SAFE
    return ctx


def openssl_ok():
    ctx = SSL.Context(SSL.TLS_METHOD)
    ctx.set_min_proto_version(SSL.TLS1_2_VERSION) # SAFE
    ctx.set_cipher_list(b"ECDHE+AESGCM") # SAFE
    return ctx
`,
  ),
  ...rules(
    "CWE-319",
    "batch103: mail, RPC, websocket and news logins over cleartext vs their TLS twins and loopback",
    `
import imaplib
import nntplib
import poplib
import smtplib
import ssl
import xmlrpc.client

import grpc
import websocket


def pop(host, user, pw):
    box = poplib.POP3(host) # VULN
    box.user(user)
    box.pass_(pw)
    return box.stat()


def imap(host, user, pw):
    box = imaplib.IMAP4(host, 143) # VULN
    box.login(user, pw)
    return box.select("INBOX")


def smtp_plain(host, user, pw, msg):
    s = smtplib.SMTP(host, 587)
    s.login(user, pw) # VULN
    s.send_message(msg)


def rpc(host, token):
    proxy = xmlrpc.client.ServerProxy(f"http://{host}/RPC2?token={token}") # VULN
    return proxy.system.listMethods()


def rpc_creds(user, pw):
    return xmlrpc.client.ServerProxy("http://%s:%s@erp.example.com/xmlrpc/2/common" % (user, pw)) # VULN


def ws_token(token):
    return websocket.create_connection("ws://stream.example.com/feed?access_token=" + token) # VULN


def ws_header(token):
    return websocket.create_connection("ws://push.example.com/v1", header=["Authorization: Bearer " + token]) # VULN


def news(host, user, pw):
    return nntplib.NNTP(host, user=user, password=pw) # VULN


def remote_grpc(target):
    return grpc.insecure_channel("payments.example.com:443") # VULN


def pop_ok(host, user, pw):
    box = poplib.POP3_SSL(host, context=ssl.create_default_context()) # SAFE
    box.user(user)
    box.pass_(pw)
    return box.stat()


def imap_ok(host, user, pw):
    box = imaplib.IMAP4(host) # SAFE
    box.starttls(ssl_context=ssl.create_default_context())
    box.login(user, pw)
    return box.select("INBOX")


def smtp_ok(host, user, pw, msg):
    s = smtplib.SMTP(host, 587)
    s.starttls(context=ssl.create_default_context())
    s.login(user, pw) # SAFE
    s.send_message(msg)


def rpc_ok(host, token):
    return xmlrpc.client.ServerProxy(f"https://{host}/RPC2?token={token}") # SAFE


def rpc_local():
    return xmlrpc.client.ServerProxy("http://127.0.0.1:8069/xmlrpc/2/common") # SAFE


def ws_ok(token):
    return websocket.create_connection("wss://stream.example.com/feed?access_token=" + token) # SAFE


def ws_local():
    return websocket.create_connection("ws://localhost:9222/devtools/browser") # SAFE


def news_ok(host, user, pw):
    return nntplib.NNTP_SSL(host, user=user, password=pw) # SAFE


def local_grpc():
    return grpc.insecure_channel("localhost:50051") # SAFE


def tls_grpc():
    return grpc.secure_channel("payments.example.com:443", grpc.ssl_channel_credentials()) # SAFE
`,
  ),
  ...rules(
    "CWE-338",
    "batch103: tokens, keys and reset codes from random, numpy and uuid1 vs secrets, SystemRandom and uuid4",
    `
import random
import string
import time
import uuid

import numpy as np
from numpy.random import default_rng


def api_key():
    return "%032x" % random.getrandbits(128) # VULN


def reset_code():
    return "".join(random.choices(string.ascii_letters + string.digits, k=24)) # VULN


def session_id():
    return str(random.random())[2:] # VULN


def aes_key():
    return random.randbytes(32) # VULN


def invite_token():
    rng = random.Random()
    return "".join(rng.choice(string.hexdigits) for _ in range(32)) # VULN


def np_secret():
    return "".join(map(str, np.random.randint(0, 10, size=16))) # VULN


def np_salt():
    return default_rng().bytes(16) # VULN


def reset_uuid():
    return uuid.uuid1().hex # VULN CWE-330


def nonce():
    return random.randint(0, 2**64) # VULN


def seeded_otp():
    random.seed(time.time())
    return "%06d" % random.randint(0, 999999) # VULN


def sysrand_key():
    return "".join(random.SystemRandom().choice(string.ascii_letters) for _ in range(32)) # SAFE


def uuid_token():
    return uuid.uuid4().hex # SAFE


def shuffle_questions(questions):
    random.shuffle(questions) # SAFE
    return questions


def sample_rows(rows):
    return np.random.default_rng(42).choice(rows, size=10) # SAFE


def jitter(base):
    return base + random.uniform(0, 0.5) # SAFE


def request_id():
    return uuid.uuid1() # SAFE
`,
  ),
  ...rules(
    "CWE-916",
    "batch103: passlib and crypt legacy schemes, low bcrypt rounds and small KDF work factors vs modern settings",
    `
import crypt
import hashlib
import os

import bcrypt
from argon2 import PasswordHasher
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from passlib.context import CryptContext
from passlib.hash import bcrypt as pl_bcrypt
from passlib.hash import des_crypt, ldap_md5, md5_crypt, pbkdf2_sha256, hex_sha256

legacy_ctx = CryptContext(schemes=["md5_crypt", "des_crypt"]) # VULN
modern_ctx = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto") # SAFE


def store_des(pw):
    return des_crypt.hash(pw) # VULN


def store_md5(pw):
    return md5_crypt.hash(pw) # VULN


def store_ldap(pw):
    return ldap_md5.hash(pw) # VULN


def store_hex(pw):
    return hex_sha256.hash(pw) # VULN


def store_crypt(pw):
    return crypt.crypt(pw, "ab") # VULN


def store_crypt_md5(pw):
    return crypt.crypt(pw, crypt.mksalt(crypt.METHOD_MD5)) # VULN


def store_bcrypt_fast(pw):
    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=4)) # VULN


def store_pbkdf2_fast(pw):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 1000) # VULN


def store_kdf_fast(pw):
    salt = os.urandom(16)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=500) # VULN
    return salt + kdf.derive(pw.encode())


def store_scrypt_fast(pw):
    salt = os.urandom(16)
    return salt + Scrypt(salt=salt, length=32, n=2, r=1, p=1).derive(pw.encode()) # VULN


def store_passlib_pbkdf2_fast(pw):
    return pbkdf2_sha256.using(rounds=1000).hash(pw) # VULN


def store_sha(pw, salt):
    return hashlib.sha512(salt + pw.encode()).hexdigest() # VULN


def store_ok(pw):
    return pbkdf2_sha256.hash(pw) # SAFE


def store_bcrypt_ok(pw):
    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt(rounds=12)) # SAFE


def store_pl_bcrypt(pw):
    return pl_bcrypt.using(rounds=13).hash(pw) # SAFE


def store_argon(pw):
    return PasswordHasher().hash(pw) # SAFE


def store_crypt_ok(pw):
    return crypt.crypt(pw, crypt.mksalt(crypt.METHOD_SHA512)) # SAFE


def store_pbkdf2_ok(pw):
    salt = os.urandom(16)
    return salt + hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600_000) # SAFE


def store_scrypt_ok(pw):
    salt = os.urandom(16)
    return salt + Scrypt(salt=salt, length=32, n=2**15, r=8, p=1).derive(pw.encode()) # SAFE


def verify(pw, stored):
    return modern_ctx.verify(pw, stored) # SAFE
`,
  ),
  ...rules(
    "CWE-347",
    "batch103: JWT libraries besides PyJWT (python-jose, authlib, jwcrypto, python_jwt) and PyJWT's rarer spellings",
    `
import jwt
import python_jwt
from authlib.jose import JsonWebToken
from authlib.jose import jwt as authlib_jwt
from jose import jws
from jose import jwt as jose_jwt
from jwcrypto import jwt as jwc


def jose_claims(token):
    return jose_jwt.get_unverified_claims(token)["sub"] # VULN


def jose_nosig(token, key):
    return jose_jwt.decode(token, key, options={"verify_signature": False}) # VULN


def jws_payload(token):
    return jws.get_unverified_claims(token) # VULN


def pyjwt_complete(token):
    return jwt.api_jwt.decode_complete(token, options={"verify_signature": False})["payload"] # VULN


def pyjwt_obj(token):
    return jwt.PyJWT().decode(token, options={"verify_signature": False}) # VULN


def pyjwt_v1(token, key):
    return jwt.decode(token, key, verify=False) # VULN


def pyjwt_none(token):
    return jwt.decode(token, None, algorithms=["none"]) # VULN


def issue_none(claims):
    return jwt.encode(claims, None, algorithm="none") # VULN


def authlib_none(token):
    j = JsonWebToken(["none"]) # VULN
    return j.decode(token, None)


def pyjwt_ok(token, key):
    return jwt.decode(token, key, algorithms=["RS256"], audience="api") # SAFE


def header_kid(token, keys):
    kid = jwt.get_unverified_header(token)["kid"] # SAFE
    return jwt.decode(token, keys[kid], algorithms=["ES256"])


def jose_ok(token, key):
    return jose_jwt.decode(token, key, algorithms=["RS256"], audience="api") # SAFE


def authlib_ok(token, key):
    claims = authlib_jwt.decode(token, key) # SAFE
    claims.validate()
    return claims


def jwcrypto_ok(token, key):
    return jwc.JWT(jwt=token, key=key, algs=["RS256"]).claims # SAFE


def python_jwt_ok(token, key):
    return python_jwt.verify_jwt(token, key, ["PS256"]) # SAFE


def jws_ok(token, key):
    return jws.verify(token, key, algorithms=["HS256"]) # SAFE
`,
  ),
  ...rules(
    "CWE-780",
    "batch103: RSA encryption with PKCS#1 v1.5 (cryptography, PyCryptodome, rsa, M2Crypto) vs OAEP and v1.5 signatures",
    `
import rsa as pyrsa
from Crypto.Cipher import PKCS1_OAEP, PKCS1_v1_5
from Crypto.Signature import pkcs1_15
from Crypto.Hash import SHA256
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from M2Crypto import RSA as M2RSA


def wrap_key(public_key, aes_key):
    return public_key.encrypt(aes_key, padding.PKCS1v15()) # VULN


def wrap_dome(key, secret):
    return PKCS1_v1_5.new(key).encrypt(secret) # VULN


def wrap_rsa(pub, secret):
    return pyrsa.encrypt(secret, pub) # VULN


def wrap_m2(path, secret):
    key = M2RSA.load_pub_key(path)
    return key.public_encrypt(secret, M2RSA.pkcs1_padding) # VULN


def unwrap(private_key, blob):
    pad = padding.PKCS1v15()
    return private_key.decrypt(blob, pad) # VULN


def wrap_oaep(public_key, aes_key):
    return public_key.encrypt(aes_key, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) # SAFE


def wrap_dome_oaep(key, secret):
    return PKCS1_OAEP.new(key, hashAlgo=SHA256).encrypt(secret) # SAFE


def sign(private_key, data):
    return private_key.sign(data, padding.PKCS1v15(), hashes.SHA256()) # SAFE


def verify(public_key, sig, data):
    public_key.verify(sig, data, padding.PKCS1v15(), hashes.SHA256()) # SAFE


def sign_dome(key, data):
    return pkcs1_15.new(key).sign(SHA256.new(data)) # SAFE


def sign_rsa(priv, data):
    return pyrsa.sign(data, priv, "SHA-256") # SAFE


def wrap_m2_oaep(path, secret):
    return M2RSA.load_pub_key(path).public_encrypt(secret, M2RSA.pkcs1_oaep_padding) # SAFE
`,
  ),
  ...rules(
    "CWE-328",
    "batch103: weak digests in signatures, certificates and hashlib.new / Crypto.Hash vs checksums marked not for security",
    `
import hashlib

from Crypto.Hash import MD4, SHA1
from Crypto.Signature import pss
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding


def sign_sha1(private_key, data):
    return private_key.sign(data, padding.PKCS1v15(), hashes.SHA1()) # VULN


def sign_ec_md5(private_key, data):
    return private_key.sign(data, ec.ECDSA(hashes.MD5())) # VULN


def cert(builder, key):
    return builder.sign(key, hashes.SHA1()) # VULN


def csr(subject, key):
    return x509.CertificateSigningRequestBuilder().subject_name(subject).sign(key, hashes.MD5()) # VULN


def md4(password):
    return hashlib.new("md4", password.encode("utf-16le")).hexdigest() # VULN


def dome_md4(data):
    return MD4.new(data).hexdigest() # VULN


def dome_pss(key, data):
    return pss.new(key).sign(SHA1.new(data)) # VULN


def sign_ok(private_key, data):
    return private_key.sign(data, padding.PKCS1v15(), hashes.SHA256()) # SAFE


def cert_ok(builder, key):
    return builder.sign(key, hashes.SHA384()) # SAFE


def cache_key(url):
    return hashlib.md5(url.encode(), usedforsecurity=False).hexdigest() # SAFE


def etag(body):
    return hashlib.new("sha1", body, usedforsecurity=False).hexdigest() # SAFE


def blake(data):
    return hashlib.blake2b(data, digest_size=32).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-321",
    "batch103: keys, HMAC secrets and salts written into the code (nacl, Fernet, itsdangerous, KDF salts) vs keys from the environment",
    `
import hashlib
import hmac
import os

import nacl.secret
import nacl.utils
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from itsdangerous import URLSafeTimedSerializer

BOX = nacl.secret.SecretBox(b"0123456789abcdef0123456789abcdef") # VULN
FERNET = Fernet(b"ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=") # VULN
SIGNER = URLSafeTimedSerializer("not-so-secret-signing-key") # VULN CWE-798


def sign_webhook(body):
    return hmac.new(b"whsec_live_8f3a9c1d2e", body, hashlib.sha256).hexdigest() # VULN CWE-798


def derive(pw):
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"static-salt-v1", iterations=600000) # VULN CWE-760
    return kdf.derive(pw.encode())


def derive2(pw):
    return hashlib.scrypt(pw.encode(), salt=b"NaCl", n=2**14, r=8, p=1) # VULN CWE-760


BOX_OK = nacl.secret.SecretBox(bytes.fromhex(os.environ["BOX_KEY"])) # SAFE
FERNET_OK = Fernet(os.environ["FERNET_KEY"].encode()) # SAFE
SIGNER_OK = URLSafeTimedSerializer(os.environ["SIGNING_KEY"]) # SAFE


def new_box():
    return nacl.secret.SecretBox(nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE)) # SAFE


def new_fernet():
    return Fernet(Fernet.generate_key()) # SAFE


def sign_webhook_ok(body):
    return hmac.new(os.environ["WEBHOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest() # SAFE


def derive_ok(pw):
    salt = os.urandom(16)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000) # SAFE
    return salt + kdf.derive(pw.encode())
`,
  ),
  ...rules(
    "CWE-208",
    "batch103: webhook and API-key comparisons with == / != / startswith vs compare_digest",
    `
import hashlib
import hmac
import os
import secrets

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["HOOK_SECRET"].encode()
API_KEY = os.environ["API_KEY"]


@app.post("/hooks/github")
def github():
    sig = "sha256=" + hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if sig != request.headers.get("X-Hub-Signature-256", ""): # VULN
        abort(401)
    return "ok"


@app.post("/hooks/shop")
def shop():
    digest = hmac.new(SECRET, request.get_data(), "sha256").digest()
    if not request.headers["X-Shop-Hmac"].encode() == digest: # VULN
        abort(401)
    return "ok"


@app.get("/api/data")
def data():
    if request.headers.get("X-Api-Key") == API_KEY: # VULN
        return {"rows": []}
    abort(403)


@app.post("/hooks/slack")
def slack():
    mac = hmac.new(SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if not mac.startswith(request.headers["X-Slack-Signature"][3:]): # VULN CWE-303
        abort(401)
    return "ok"


@app.post("/hooks/github2")
def github_ok():
    sig = "sha256=" + hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, request.headers.get("X-Hub-Signature-256", "")): # SAFE
        abort(401)
    return "ok"


@app.get("/api/data2")
def data_ok():
    if secrets.compare_digest(request.headers.get("X-Api-Key", ""), API_KEY): # SAFE
        return {"rows": []}
    abort(403)


@app.get("/api/version")
def version():
    if request.headers.get("Accept") == "application/json": # SAFE
        return {"v": 2}
    return "v2"
`,
  ),
  ...rules(
    "CWE-295",
    "batch103: aiohttp, urllib3, requests, asyncio and SSH clients that skip certificate or host-key checks, rarer spellings",
    `
import asyncio
import ssl
import urllib.request

import aiohttp
import asyncssh
import certifi
import paramiko
import requests
import urllib3
from requests.adapters import HTTPAdapter


async def fetch(url):
    conn = aiohttp.TCPConnector(ssl=False) # VULN
    async with aiohttp.ClientSession(connector=conn) as s:
        return await s.get(url)


async def fetch_old(url):
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(verify_ssl=False)) as s: # VULN
        return await s.get(url)


async def fetch_kw(session, url):
    return await session.get(url, verify_ssl=False) # VULN


def pool():
    return urllib3.PoolManager(cert_reqs=ssl.CERT_NONE) # VULN


def conn_pool(host):
    return urllib3.HTTPSConnectionPool(host, 443, cert_reqs="CERT_NONE", assert_hostname=False) # VULN


def session():
    s = requests.Session()
    s.verify = False # VULN
    return s


class NoVerify(HTTPAdapter):
    def init_poolmanager(self, *args, **kwargs):
        kwargs["cert_reqs"] = "CERT_NONE" # VULN
        return super().init_poolmanager(*args, **kwargs)


def opener():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False # VULN
    ctx.verify_mode = ssl.CERT_NONE # VULN
    return urllib.request.build_opener(urllib.request.HTTPSHandler(context=ctx))


def global_off():
    ssl._create_default_https_context = ssl._create_unverified_context # VULN


async def raw(host):
    return await asyncio.open_connection(host, 443, ssl=ssl._create_unverified_context()) # VULN


async def ssh(host, cmd):
    async with asyncssh.connect(host, known_hosts=None) as c: # VULN
        return await c.run(cmd)


def ssh_warn(host):
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN
    c.connect(host)
    return c


def ssh_base(host):
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.MissingHostKeyPolicy()) # VULN
    c.connect(host)
    return c


async def fetch_ok(url):
    ctx = ssl.create_default_context(cafile=certifi.where())
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=ctx)) as s: # SAFE
        return await s.get(url)


def pool_ok():
    return urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=certifi.where()) # SAFE


def session_ok():
    s = requests.Session()
    s.verify = "/etc/ssl/corp-bundle.pem" # SAFE
    return s


def get_ok(url):
    return requests.get(url, verify=certifi.where(), timeout=10) # SAFE


async def ssh_ok(host, cmd):
    async with asyncssh.connect(host, known_hosts="/etc/ssh/ssh_known_hosts") as c: # SAFE
        return await c.run(cmd)


def ssh_reject(host):
    c = paramiko.SSHClient()
    c.load_system_host_keys()
    c.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    c.connect(host)
    return c
`,
  ),
  ...rules(
    "CWE-319",
    "batch103: credentials and bearer tokens sent to http:// endpoints, FTP and telnet logins vs https, loopback and FTP_TLS",
    `
import ftplib
import telnetlib
import urllib.parse
import urllib.request

import httpx
import requests

TOKEN_URL = "http://auth.example.com/oauth/token"


def token(client_id, client_secret):
    return requests.post(TOKEN_URL, data={"client_id": client_id, "client_secret": client_secret}) # VULN


def me(access_token):
    return requests.get("http://api.example.com/v1/me", headers={"Authorization": f"Bearer {access_token}"}) # VULN


def login(user, pw):
    body = urllib.parse.urlencode({"username": user, "password": pw}).encode()
    return urllib.request.urlopen("http://portal.example.com/login", data=body) # VULN


def basic(user, pw):
    return httpx.post("http://billing.example.com/api/invoices", auth=(user, pw)) # VULN


def upload(host, user, pw, path):
    ftp = ftplib.FTP(host)
    ftp.login(user, pw) # VULN
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def switch(host, pw):
    t = telnetlib.Telnet(host, 23) # VULN
    t.read_until(b"Password: ")
    t.write(pw.encode() + b"\n")
    return t.read_all()


def token_ok(client_id, client_secret):
    return requests.post("https://auth.example.com/oauth/token", data={"client_id": client_id, "client_secret": client_secret}) # SAFE


def me_local(access_token):
    return requests.get("http://localhost:8000/v1/me", headers={"Authorization": f"Bearer {access_token}"}) # SAFE


def public_page():
    return requests.get("http://example.com/robots.txt", timeout=5) # SAFE


def upload_ok(host, user, pw, path):
    ftp = ftplib.FTP_TLS(host)
    ftp.login(user, pw) # SAFE
    ftp.prot_p()
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def basic_ok(user, pw):
    return httpx.post("https://billing.example.com/api/invoices", auth=(user, pw)) # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch103: pure-Python and binding cipher libraries (pyaes, pyDes, M2Crypto EVP, tgcrypto-style wrappers) in ECB or DES vs CBC/CTR AES",
    `
import os

import pyaes
import pyDes
from M2Crypto import EVP


def pyaes_ecb(key, block):
    return pyaes.AESModeOfOperationECB(key).encrypt(block) # VULN


def pyaes_const_iv(key, data):
    return pyaes.AESModeOfOperationCBC(key, iv=b"\x00" * 16).encrypt(data) # VULN CWE-329


def pyaes_const_ctr(key, data):
    return pyaes.AESModeOfOperationCTR(key, counter=pyaes.Counter(initial_value=0)).encrypt(data) # VULN CWE-323


def des(key, data):
    return pyDes.des(key, pyDes.CBC, os.urandom(8), pad=None, padmode=pyDes.PAD_PKCS5).encrypt(data) # VULN


def des_ecb(key, data):
    return pyDes.des(key, pyDes.ECB, padmode=pyDes.PAD_PKCS5).encrypt(data) # VULN


def tdes(key, data):
    return pyDes.triple_des(key, pyDes.CBC, b"\0\0\0\0\0\0\0\0", padmode=pyDes.PAD_PKCS5).encrypt(data) # VULN


def m2_tdes(key, iv, data):
    c = EVP.Cipher(alg="des_ede3_cbc", key=key, iv=iv, op=1) # VULN
    return c.update(data) + c.final()


def m2_ecb(key, data):
    c = EVP.Cipher("aes_128_ecb", key, b"", 1) # VULN
    return c.update(data) + c.final()


def m2_rc4(key, data):
    c = EVP.Cipher("rc4", key, b"", 1) # VULN
    return c.update(data) + c.final()


def m2_bf(key, iv, data):
    c = EVP.Cipher(alg="bf_cbc", key=key, iv=iv, op=1) # VULN
    return c.update(data) + c.final()


def pyaes_cbc(key, data):
    iv = os.urandom(16)
    return iv + pyaes.AESModeOfOperationCBC(key, iv=iv).encrypt(data) # SAFE


def pyaes_ctr(key, data):
    start = int.from_bytes(os.urandom(16), "big")
    return pyaes.AESModeOfOperationCTR(key, counter=pyaes.Counter(initial_value=start)).encrypt(data) # SAFE


def pyaes_stream(key, iv, blob):
    dec = pyaes.Decrypter(pyaes.AESModeOfOperationCBC(key, iv)) # SAFE
    return dec.feed(blob) + dec.feed()


def m2_gcm(key, data):
    iv = os.urandom(12)
    c = EVP.Cipher(alg="aes_256_gcm", key=key, iv=iv, op=1) # SAFE
    return iv + c.update(data) + c.final()


def m2_cbc(key, data):
    iv = os.urandom(16)
    c = EVP.Cipher("aes_256_cbc", key, iv, 1) # SAFE
    return iv + c.update(data) + c.final()


def m2_digest(data):
    md = EVP.MessageDigest("sha256") # SAFE
    md.update(data)
    return md.final()
`,
  ),
  ...rules(
    "CWE-328",
    "batch103: MD5 and SHA-1 for passwords and tokens in hashlib.new / Crypto.Hash spellings vs file checksums",
    `
import hashlib

from Crypto.Hash import MD5, SHA1, SHA256


def check_password(user, pw):
    return hashlib.new("sha1", pw.encode()).hexdigest() == user.pw_hash # VULN CWE-916


def legacy_token(user_id, secret):
    return MD5.new((str(user_id) + secret).encode()).hexdigest() # VULN


def api_signature(params, secret):
    h = hashlib.new("md5") # VULN
    h.update((params + secret).encode())
    return h.hexdigest()


def store(pw):
    return SHA1.new(pw.encode()).hexdigest() # VULN CWE-916


def file_sum(path):
    h = hashlib.new("md5", usedforsecurity=False) # SAFE
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def sig_ok(params, secret):
    return SHA256.new((params + secret).encode()).hexdigest() # SAFE
`,
  ),
  // ---- part 2 (written blind, after part 1's fixes; areas whose rules were not read)
  ...rules(
    "CWE-347",
    "batch103: PyJWT options held in names, header-chosen algorithms and 'none' in the allowed list vs fixed algorithms",
    `
import jwt
from jwt import PyJWKClient

NO_CHECK = {"verify_signature": False}
JWKS = PyJWKClient("https://login.example.com/.well-known/jwks.json")


def claims_from_name(token):
    return jwt.decode(token, options=NO_CHECK) # VULN


def claims_local_opts(token, key):
    opts = {"verify_signature": False, "verify_exp": True}
    return jwt.decode(token, key, algorithms=["HS256"], options=opts) # VULN


def claims_v1(token):
    return jwt.decode(token, verify=False) # VULN


def claims_header_alg(token, key):
    alg = jwt.get_unverified_header(token)["alg"]
    return jwt.decode(token, key, algorithms=[alg]) # VULN


def claims_none_allowed(token, key):
    return jwt.decode(token, key, algorithms=["none", "HS256"]) # VULN


def claims_ok(token, key):
    return jwt.decode(token, key, algorithms=["HS256"], options={"verify_aud": False}) # SAFE


def claims_jwks(token):
    signing_key = JWKS.get_signing_key_from_jwt(token)
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience="api") # SAFE


def kid_only(token):
    return jwt.get_unverified_header(token).get("kid") # SAFE


def claims_require(token, key):
    return jwt.decode(token, key, algorithms=["EdDSA"], options={"require": ["exp", "iat"]}) # SAFE
`,
  ),
  ...rules(
    "CWE-208",
    "batch103: tokens, CSRF values and MACs compared with == in helpers and Django views vs compare_digest",
    `
import hashlib
import hmac

from django.http import HttpResponseForbidden, JsonResponse


def valid_csrf(request):
    return request.POST.get("csrf_token") == request.session.get("csrf_token") # VULN


def check_api_token(user, presented):
    return user.api_token == presented # VULN


def verify_mac(key, body, received_mac):
    expected = hmac.new(key, body, hashlib.sha256).digest()
    return expected == received_mac # VULN


def verify_hex(key, body, signature):
    return hmac.new(key, body, hashlib.sha1).hexdigest() != signature # VULN


def hook(request):
    secret = b"from-settings"
    if hashlib.sha256(secret + request.body).hexdigest() != request.META.get("HTTP_X_SIGNATURE"): # VULN
        return HttpResponseForbidden()
    return JsonResponse({"ok": True})


def valid_csrf_ok(request):
    return hmac.compare_digest(request.POST.get("csrf_token", ""), request.session.get("csrf_token", "")) # SAFE


def verify_mac_ok(key, body, received_mac):
    return hmac.compare_digest(hmac.new(key, body, hashlib.sha256).digest(), received_mac) # SAFE


def status_ok(resp):
    return resp.status_code == 200 # SAFE


def same_user(request, user):
    return request.user.username == user.username # SAFE
`,
  ),
  ...rules(
    "CWE-330",
    "batch103: session ids, OTPs and nonces derived from the clock or a hash of it vs secrets",
    `
import hashlib
import secrets
import time
from datetime import datetime


def session_id(user):
    return hashlib.md5(f"{user.id}{time.time()}".encode()).hexdigest() # VULN


def otp():
    return "%06d" % (int(time.time() * 1000) % 1000000) # VULN


def reset_token(email):
    return hashlib.sha256((email + str(datetime.now())).encode()).hexdigest() # VULN


def api_nonce():
    return str(time.time_ns()) # VULN


def session_id_ok():
    return secrets.token_urlsafe(32) # SAFE


def otp_ok():
    return f"{secrets.randbelow(10**6):06d}" # SAFE


def created_at():
    return int(time.time()) # SAFE


def cache_key(url):
    return hashlib.sha256(url.encode()).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-1327",
    "batch103: servers bound to every interface (socket, socketserver, http.server, asyncio, xmlrpc) vs loopback",
    `
import asyncio
import http.server
import socket
import socketserver
from xmlrpc.server import SimpleXMLRPCServer


def raw():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("0.0.0.0", 9000)) # VULN
    s.listen()
    return s


def raw_empty():
    s = socket.socket()
    s.bind(("", 9001)) # VULN
    return s


def tcp(handler):
    return socketserver.TCPServer(("0.0.0.0", 9002), handler) # VULN


def web():
    return http.server.ThreadingHTTPServer(("", 8000), http.server.SimpleHTTPRequestHandler) # VULN


async def aio(handle):
    return await asyncio.start_server(handle, "0.0.0.0", 9003) # VULN


def rpc():
    return SimpleXMLRPCServer(("0.0.0.0", 8001)) # VULN


def raw_local():
    s = socket.socket()
    s.bind(("127.0.0.1", 9000)) # SAFE
    return s


def tcp_local(handler):
    return socketserver.TCPServer(("localhost", 9002), handler) # SAFE


async def aio_local(handle):
    return await asyncio.start_server(handle, "127.0.0.1", 9003) # SAFE


def rpc_local():
    return SimpleXMLRPCServer(("localhost", 8001)) # SAFE
`,
  ),
  ...rules(
    "CWE-319",
    "batch103: LDAP simple binds and SNMP v1/v2c or noPriv v3 over the network vs ldaps, StartTLS and authPriv",
    `
import ldap
import ldap3
from easysnmp import Session
from pysnmp.hlapi import CommunityData, UsmUserData, usmAesCfb128Protocol, usmHMACSHAAuthProtocol


def login_ldap(user_dn, pw):
    conn = ldap.initialize("ldap://dc1.corp.example.com")
    conn.simple_bind_s(user_dn, pw) # VULN
    return conn


def login_ldap3(user_dn, pw):
    server = ldap3.Server("dc1.corp.example.com", port=389, use_ssl=False)
    return ldap3.Connection(server, user=user_dn, password=pw, auto_bind=True) # VULN


def snmp_v1():
    return CommunityData("public", mpModel=0) # VULN


def snmp_v2():
    return CommunityData("s3cr3t-ro") # VULN


def snmp_nopriv(user, auth_key):
    return UsmUserData(user, auth_key, authProtocol=usmHMACSHAAuthProtocol) # VULN


def easy(host):
    return Session(hostname=host, community="private", version=2) # VULN


def login_ldaps(user_dn, pw):
    conn = ldap.initialize("ldaps://dc1.corp.example.com")
    conn.simple_bind_s(user_dn, pw) # SAFE
    return conn


def login_starttls(user_dn, pw):
    conn = ldap.initialize("ldap://dc1.corp.example.com")
    conn.start_tls_s()
    conn.simple_bind_s(user_dn, pw) # SAFE
    return conn


def login_ldap3_tls(user_dn, pw):
    server = ldap3.Server("dc1.corp.example.com", use_ssl=True)
    return ldap3.Connection(server, user=user_dn, password=pw, auto_bind=True) # SAFE


def login_ldap3_starttls(user_dn, pw):
    server = ldap3.Server("dc1.corp.example.com")
    return ldap3.Connection(server, user=user_dn, password=pw, auto_bind=ldap3.AUTO_BIND_TLS_BEFORE_BIND) # SAFE


def snmp_priv(user, auth_key, priv_key):
    return UsmUserData(user, auth_key, priv_key, authProtocol=usmHMACSHAAuthProtocol, privProtocol=usmAesCfb128Protocol) # SAFE


def easy_v3(host, user, a, p):
    return Session(hostname=host, version=3, security_level="auth_with_privacy", security_username=user, auth_password=a, privacy_password=p) # SAFE
`,
  ),
  ...rules(
    "CWE-760",
    "batch103: fixed or user-derived salts for password KDFs (bcrypt, PBKDF2, scrypt, Django) vs random salts and stored ones",
    `
import hashlib
import hmac
import os

import bcrypt
from Crypto.Protocol.KDF import PBKDF2
from django.contrib.auth.hashers import make_password

APP_SALT = "acme-2019"


def bc(pw):
    return bcrypt.hashpw(pw.encode(), b"$2b$12$abcdefghijklmnopqrstuu") # VULN


def pb(pw):
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), b"salt", 600000) # VULN


def sc(pw):
    return hashlib.scrypt(pw.encode(), salt=APP_SALT.encode(), n=2**14, r=8, p=1) # VULN


def dj(pw):
    return make_password(pw, salt="fixedsalt") # VULN


def dome(pw):
    return PBKDF2(pw, "static-salt", 32, count=600000) # VULN


def by_user(username, pw):
    return hashlib.pbkdf2_hmac("sha256", pw.encode(), username.encode(), 600000) # VULN


def bc_ok(pw):
    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt()) # SAFE


def pb_ok(pw):
    salt = os.urandom(16)
    return salt, hashlib.pbkdf2_hmac("sha256", pw.encode(), salt, 600000) # SAFE


def verify(pw, record):
    return hmac.compare_digest(hashlib.pbkdf2_hmac("sha256", pw.encode(), record.salt, 600000), record.hash) # SAFE


def dj_ok(pw):
    return make_password(pw) # SAFE
`,
  ),
  ...rules(
    "CWE-916",
    "batch103: encryption keys made from a password by one plain hash vs a KDF",
    `
import base64
import hashlib
import os

from Crypto.Cipher import AES
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC


def box(password):
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(password.encode()).digest())) # VULN


def aes(password, data):
    key = hashlib.md5(password.encode()).digest() # VULN
    c = AES.new(key, AES.MODE_GCM)
    return c.nonce, c.encrypt_and_digest(data)


def aes_sha(passphrase, data):
    key = hashlib.sha256(passphrase.encode()).digest() # VULN
    c = AES.new(key, AES.MODE_EAX)
    return c.nonce, c.encrypt_and_digest(data)


def box_ok(password):
    salt = os.urandom(16)
    kdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000)
    return salt, Fernet(base64.urlsafe_b64encode(kdf.derive(password.encode()))) # SAFE


def fingerprint(data):
    return hashlib.sha256(data).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-295",
    "batch103: mail and FTP over TLS with unverified or stdlib contexts vs create_default_context",
    `
import ftplib
import imaplib
import smtplib
import ssl


def send(host, user, pw, msg):
    with smtplib.SMTP_SSL(host, 465, context=ssl._create_unverified_context()) as s: # VULN
        s.login(user, pw)
        s.send_message(msg)


def fetch(host, user, pw):
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE # VULN
    box = imaplib.IMAP4_SSL(host, ssl_context=ctx)
    box.login(user, pw)
    return box


def upload(host, user, pw):
    ftp = ftplib.FTP_TLS(host, context=ssl._create_unverified_context()) # VULN
    ftp.login(user, pw)
    ftp.prot_p()
    return ftp


def send_ok(host, user, pw, msg):
    with smtplib.SMTP_SSL(host, 465, context=ssl.create_default_context()) as s: # SAFE
        s.login(user, pw)
        s.send_message(msg)


def fetch_ok(host, user, pw):
    box = imaplib.IMAP4_SSL(host, ssl_context=ssl.create_default_context(cafile="/etc/ssl/corp.pem")) # SAFE
    box.login(user, pw)
    return box
`,
  ),
];
