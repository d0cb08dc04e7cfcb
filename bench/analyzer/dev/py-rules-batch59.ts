// Dev suite "py-rules", batch 59 (format in py-rules.ts): hard-coded credentials, written blind (own code, before any
// fix for it). The ways a secret sits in Python source: user:password in database and broker URLs, password/passwd/
// api_key/secret/token keyword arguments of real clients, Django/Flask settings dicts and config attributes, pydantic
// settings and class attributes, default parameter values, os.environ.get fallbacks, JWT/HMAC/Fernet/AES keys,
// provider tokens with recognisable formats (AWS, GitHub, Slack, Stripe, Google, PEM private keys). Beside each, the
// look-alikes a credential scanner must leave alone: placeholders, environment and vault look-ups, empty strings,
// field names, URLs and labels named after passwords, public keys and certificates, test fixtures.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH59: DevCase[] = [
  ...rules(
    "CWE-798",
    "batch59: user:password in database and broker URLs",
    `
import os

import pymongo
import redis
from celery import Celery
from sqlalchemy import create_engine

engine = create_engine("postgresql+psycopg2://billing:Vq7!rTz2pLm@db.internal:5432/billing") # VULN
engine_env = create_engine(os.environ["DATABASE_URL"]) # SAFE
engine_local = create_engine("sqlite:///instance/app.db") # SAFE
engine_nopw = create_engine("postgresql://billing@db.internal/billing") # SAFE
engine_doc = create_engine("postgresql://<user>:<password>@<host>/<dbname>") # SAFE
cache = redis.Redis.from_url("redis://:Kc9-wq2Lx7@cache.internal:6379/0") # VULN
mongo = pymongo.MongoClient("mongodb://root:m0ngoR00t-2291@mongo-0.internal:27017/?authSource=admin") # VULN
mongo_env = pymongo.MongoClient(os.environ.get("MONGO_URI", "mongodb://localhost:27017")) # SAFE
celery_app = Celery("tasks", broker="amqp://orders:Ordr-Q8x2w@rabbit.internal:5672/orders") # VULN


def engine_for(user, password, host):
    return create_engine(f"mysql+pymysql://{user}:{password}@{host}/shop") # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: password/passwd/api_key/token keyword arguments of real clients",
    `
import getpass
import os
import ftplib

import hvac
import mysql.connector
import paramiko
import psycopg2
import requests
from openai import OpenAI
from requests.auth import HTTPBasicAuth
from slack_sdk import WebClient

pg = psycopg2.connect(dbname="crm", user="crm_app", password="crm#Passw0rd-19", host="10.2.0.4") # VULN
pg_env = psycopg2.connect(dbname="crm", user="crm_app", password=os.environ["CRM_DB_PASSWORD"], host="10.2.0.4") # SAFE
my = mysql.connector.connect(user="report", passwd="r3portz!", host="mysql.internal", database="dw") # VULN
my_prompt = mysql.connector.connect(user="report", passwd=getpass.getpass("MySQL password: "), host="mysql.internal") # SAFE
ai = OpenAI(api_key="sk-proj-Jq2Wm7Xz9Lp4Rt8Vn1Bc6Hd3Fg5Ks0Aa") # VULN
ai_env = OpenAI(api_key=os.environ["OPENAI_API_KEY"]) # SAFE
vault = hvac.Client(url="https://vault.internal:8200", token="hvs.CAESIBq7Wz2Lm9Xp4Rt1Vn6Yc3Hd8") # VULN
slack = WebClient(token=os.environ["SLACK_BOT_TOKEN"]) # SAFE


def fetch_report(url):
    return requests.get(url, auth=HTTPBasicAuth("reporter", "rep0rt-Basic-55"), timeout=10) # VULN


def fetch_report_env(url):
    return requests.get(url, auth=HTTPBasicAuth(os.environ["RPT_USER"], os.environ["RPT_PASS"]), timeout=10) # SAFE


def upload(path):
    ftp = ftplib.FTP("ftp.partner.example")
    ftp.login("acme-upload", "Upl0ad!2020") # VULN
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def deploy(host, args):
    ssh = paramiko.SSHClient()
    ssh.set_missing_host_key_policy(paramiko.RejectPolicy())
    ssh.connect(host, username="deploy", password="d3ploy-Ssh-44") # VULN
    ssh.connect(host, username="deploy", password=args.password) # SAFE
    return ssh
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: settings dicts, app.config and module attributes",
    `
import os
import secrets

import stripe
from flask import Flask

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "orders",
        "PASSWORD": "0rders-pg-2023!", # VULN
        "HOST": "pg.internal",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "orders",
        "USER": "orders_ro",
        "PASSWORD": os.environ.get("REPLICA_DB_PASSWORD", ""), # SAFE
    },
}
EMAIL_HOST_PASSWORD = "smtp-Relay-pw-7781" # VULN
EMAIL_HOST_PASSWORD_FROM_ENV = os.environ["EMAIL_HOST_PASSWORD"] # SAFE
AUTH_PASSWORD_VALIDATORS = [{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"}] # SAFE
PASSWORD_RESET_TIMEOUT = 3600 # SAFE

app = Flask(__name__)
app.config["SECRET_KEY"] = "f1ask-S3ssion-Signing-Key-8472" # VULN
app.config["MAIL_PASSWORD"] = "mailgun-pw-Zx81q" # VULN
app.config["SECRET_KEY_FALLBACK"] = secrets.token_hex(32) # SAFE
app.secret_key = os.urandom(32) # SAFE

stripe.api_key = "sk_live_51Nq8WxLm2Zp7Rt4Vb9Kc3Hd6Fg1Js0Aq" # VULN
stripe.api_key = os.environ["STRIPE_SECRET_KEY"] # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: class attributes, pydantic settings and default parameter values",
    `
from pydantic import SecretStr
from pydantic_settings import BaseSettings


class ProductionConfig:
    SECRET_KEY = "pr0d-Flask-Secret-Key-vX91" # VULN
    SQLALCHEMY_DATABASE_URI = "mysql://app:App-Db-Pw-3321@mysql.prod/app" # VULN
    SESSION_COOKIE_SECURE = True


class Settings(BaseSettings):
    database_password: str = "pgSettings-Pw-662" # VULN
    api_token: SecretStr # SAFE
    admin_password: str = "" # SAFE
    password_min_length: int = 12 # SAFE


def connect_warehouse(host, user="etl", password="etl-Warehouse-Pw!4"): # VULN
    return host, user, password


def connect_cache(host, password=None): # SAFE
    return host, password


def make_client(base_url, token: str = ""): # SAFE
    return base_url, token
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: os.environ fallbacks",
    `
import os

JWT_SECRET = os.environ.get("JWT_SECRET", "jwt-dev-Fallback-Secret-2024") # VULN
API_KEY = os.getenv("PARTNER_API_KEY", "pk_9fQ2xL7mW4zR8tV1nB6c") # VULN
DB_PASSWORD = os.environ.get("DB_PASSWORD", "") # SAFE
SMTP_PASSWORD = os.getenv("SMTP_PASSWORD", "changeme") # SAFE
REDIS_PASSWORD = os.environ.get("REDIS_PASSWORD") # SAFE
DEBUG = os.environ.get("DEBUG", "false") # SAFE
TOKEN_TTL = int(os.getenv("TOKEN_TTL", "3600")) # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: JWT, itsdangerous and HMAC signing keys",
    `
import hashlib
import hmac
import os

import jwt
from itsdangerous import URLSafeTimedSerializer

SIGNING_KEY = os.environ["SIGNING_KEY"].encode()


def issue(user_id):
    return jwt.encode({"sub": user_id}, "jwt-Signing-Secret-k8Q2", algorithm="HS256") # VULN


def issue_env(user_id):
    return jwt.encode({"sub": user_id}, os.environ["JWT_SECRET"], algorithm="HS256") # SAFE


def read(token):
    return jwt.decode(token, "jwt-Signing-Secret-k8Q2", algorithms=["HS256"]) # VULN


def reset_link_serializer():
    return URLSafeTimedSerializer("reset-Link-Salt-Secret-71") # VULN


def webhook_signature(body):
    return hmac.new(b"whsec_Lm2Qx8Zp4Wv7Rt1Nb", body, hashlib.sha256).hexdigest() # VULN


def webhook_signature_env(body):
    return hmac.new(SIGNING_KEY, body, hashlib.sha256).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-321",
    "batch59: hard-coded symmetric encryption keys",
    `
import os

from cryptography.fernet import Fernet
from Crypto.Cipher import AES

fernet = Fernet(b"Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGw=") # VULN
fernet_env = Fernet(os.environ["FERNET_KEY"].encode()) # SAFE


def seal(data, nonce):
    cipher = AES.new(b"k3y-0f-16-bytes!", AES.MODE_GCM, nonce=nonce) # VULN
    return cipher.encrypt_and_digest(data)


def seal_env(data, nonce):
    cipher = AES.new(bytes.fromhex(os.environ["AES_KEY_HEX"]), AES.MODE_GCM, nonce=nonce) # SAFE
    return cipher.encrypt_and_digest(data)
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: provider tokens with recognisable formats outside credential-named variables",
    `
import requests

AWS_ACCESS_KEY_ID = "AKIA4QW7ZL2XRT9NBVMC" # VULN
GH_HEADERS = {"Authorization": "token ghp_Wq8Zx2Lm7Pn4Rt1Vb6Hc9Kd3Fj5Gs0Ay2Bt4"} # VULN
SLACK_HOOK_TOKEN = "xoxb-4410293847-5520394857-Rq7Wz2Lm9Xp4Tv1Nb6Hc3Kd8" # VULN
GEOCODE = "https://maps.googleapis.com/maps/api/geocode/json?key=AIzaSyQ7wZ2lM9xP4rT1vN6bC3hD8kF5gJ0aS2d" # VULN
STRIPE_PUBLISHABLE_KEY = "pk_live_51Nq8WxLm2Zp7Rt4Vb9Kc3Hd6Fg1Js0Aq" # SAFE
SERVICE_KEY = """-----BEGIN RSA PRIVATE KEY----- # VULN
MIIEpAIBAAKCAQEAvQ7wZ2lM9xP4rT1vN6bC3hD8kF5gJ0aS2dQw8Zx2Lm7Pn4Rt
1Vb6Hc9Kd3Fj5Gs0Ay2Bt4Wq8Zx2Lm7Pn4Rt1Vb6Hc9Kd3Fj5Gs0Ay2Bt4Wq8Z
-----END RSA PRIVATE KEY-----"""
SERVICE_PUBLIC_KEY = """-----BEGIN PUBLIC KEY----- # SAFE
MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvQ7wZ2lM9xP4rT1vN6bC
-----END PUBLIC KEY-----"""


def repos():
    return requests.get("https://api.github.com/user/repos", headers=GH_HEADERS, timeout=10)
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: names that mention passwords and tokens but hold no secret",
    `
import os

import boto3
import keyring
from django import forms
from django.utils.translation import gettext_lazy as _

PASSWORD_FIELD = "password" # SAFE
PASSWORD_RESET_URL = "/accounts/password/reset/" # SAFE
TOKEN_ENDPOINT = "https://login.example.com/oauth2/v2.0/token" # SAFE
API_KEY_HEADER = "X-API-Key" # SAFE
SECRET_KEY_PATH = "/run/secrets/django_secret_key" # SAFE
TOKEN_TYPE = "Bearer" # SAFE
MASKED_PASSWORD = "********" # SAFE
password_help = _("Your password must contain at least 12 characters.") # SAFE
api_key_label = _("API key") # SAFE


class LoginForm(forms.Form):
    username = forms.CharField(label=_("Username"))
    password = forms.CharField(label=_("Password"), widget=forms.PasswordInput) # SAFE


def db_password():
    sm = boto3.client("secretsmanager")
    return sm.get_secret_value(SecretId="prod/orders/db")["SecretString"] # SAFE


def smtp_password():
    return keyring.get_password("smtp-relay", os.environ["USER"]) # SAFE


def read_secret_key():
    with open(SECRET_KEY_PATH) as fh:
        return fh.read().strip() # SAFE
`,
  ),
  ...rules(
    "CWE-798",
    "batch59: test fixtures and compared hashes",
    `
import hashlib
import unittest

from django.contrib.auth.models import User
from django.test import TestCase

from accounts.crypto import hash_token


class HashTokenTest(unittest.TestCase):
    def test_sha256(self):
        self.assertEqual(hash_token("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") # SAFE

    def test_md5_legacy(self):
        digest = hashlib.md5(b"x", usedforsecurity=False).hexdigest()
        self.assertEqual(digest, "9dd4e461268c8034f5c8564e155c67a6") # SAFE


class LoginViewTest(TestCase):
    def setUp(self):
        self.user = User.objects.create_user(username="alice", password="alice-test-pw") # SAFE

    def test_login(self):
        ok = self.client.login(username="alice", password="alice-test-pw") # SAFE
        self.assertTrue(ok)
`,
  ),
];
