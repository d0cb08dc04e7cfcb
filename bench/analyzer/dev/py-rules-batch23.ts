// Dev suite "py-rules", batch 23 (format in py-rules.ts): written blind after batch 22's fixes and measured before
// any fix. Families the suite lacked: message-broker and cache clients without TLS (pika, Kafka, redis URLs),
// request URLs whose host a suffix can still change (no slash after the host, a templated subdomain, urljoin),
// peewee and dataset raw SQL, plumbum commands, and string templates that are not code. Cases written here, never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH23: DevCase[] = [
  ...rules(
    "CWE-319",
    "batch23: brokers and caches without tls",
    `
import os
import ssl

import pika
import redis
from kafka import KafkaProducer

MQ_USER = os.environ["MQ_USER"]
MQ_PASS = os.environ["MQ_PASS"]


def amqp_plain():
    creds = pika.PlainCredentials(MQ_USER, MQ_PASS)
    return pika.BlockingConnection(pika.ConnectionParameters(host="mq.example.com", credentials=creds)) # VULN


def amqp_tls():
    creds = pika.PlainCredentials(MQ_USER, MQ_PASS)
    tls = pika.SSLOptions(ssl.create_default_context(), "mq.example.com")
    return pika.BlockingConnection(pika.ConnectionParameters(host="mq.example.com", port=5671, credentials=creds, ssl_options=tls)) # SAFE


def amqp_url():
    return pika.BlockingConnection(pika.URLParameters(f"amqp://{MQ_USER}:{MQ_PASS}@mq.example.com:5672/%2F")) # VULN


def amqp_url_tls():
    return pika.BlockingConnection(pika.URLParameters(f"amqps://{MQ_USER}:{MQ_PASS}@mq.example.com:5671/%2F")) # SAFE


def cache():
    return redis.from_url(f"redis://:{os.environ['REDIS_PASSWORD']}@cache.example.com:6379/0") # VULN


def cache_tls():
    return redis.from_url(f"rediss://:{os.environ['REDIS_PASSWORD']}@cache.example.com:6380/0") # SAFE


def cache_local():
    return redis.Redis(host="localhost", port=6379, password=os.environ["REDIS_PASSWORD"]) # SAFE


def events():
    return KafkaProducer(bootstrap_servers="kafka.example.com:9092", security_protocol="SASL_PLAINTEXT", sasl_mechanism="PLAIN", sasl_plain_username=MQ_USER, sasl_plain_password=MQ_PASS) # VULN


def events_tls():
    return KafkaProducer(bootstrap_servers="kafka.example.com:9093", security_protocol="SASL_SSL", sasl_mechanism="PLAIN", sasl_plain_username=MQ_USER, sasl_plain_password=MQ_PASS) # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch23: hosts a suffix can still change",
    `
from urllib.parse import quote, urljoin

import requests
from flask import Flask, request

app = Flask(__name__)


@app.route("/proxy1")
def proxy1():
    path = request.args["path"]
    return requests.get("https://api.example.com" + path, timeout=5).text # VULN


@app.route("/proxy2")
def proxy2():
    path = request.args["path"]
    return requests.get("https://api.example.com/" + path, timeout=5).text # SAFE


@app.route("/tenant")
def tenant():
    name = request.args["tenant"]
    return requests.get(f"https://{name}.example.com/api/status", timeout=5).text # VULN


@app.route("/proxy3")
def proxy3():
    path = request.args["path"]
    return requests.get(urljoin("https://api.example.com/v1/", path), timeout=5).text # VULN


@app.route("/proxy4")
def proxy4():
    path = request.args["path"]
    return requests.get("https://api.example.com/v1/" + quote(path, safe=""), timeout=5).text # SAFE
`,
  ),
  ...rules(
    "CWE-89",
    "batch23: peewee and dataset raw sql",
    `
import dataset
from flask import Flask, request
from peewee import SQL, CharField, Model, SqliteDatabase

app = Flask(__name__)
db = SqliteDatabase("app.db")
store = dataset.connect("sqlite:///events.db")


class Note(Model):
    title = CharField()

    class Meta:
        database = db


@app.route("/notes")
def notes():
    q = request.args.get("q", "")
    a = Note.raw("SELECT * FROM note WHERE title LIKE '%%%s%%'" % q) # VULN
    b = Note.raw("SELECT * FROM note WHERE title LIKE ?", f"%{q}%") # SAFE
    c = Note.select().where(SQL("title = '%s'" % q)) # VULN
    d = Note.select().where(SQL("title = ?", [q])) # SAFE
    cur = db.execute_sql(f"DELETE FROM note WHERE title = '{q}'") # VULN
    cur2 = db.execute_sql("DELETE FROM note WHERE title = ?", (q,)) # SAFE
    return {"n": len(list(a)) + len(list(b)) + len(list(c)) + len(list(d)) + cur.rowcount + cur2.rowcount}


@app.route("/events")
def events():
    kind = request.args.get("kind", "")
    rows = store.query(f"SELECT * FROM events WHERE kind = '{kind}'") # VULN
    rows2 = store.query("SELECT * FROM events WHERE kind = :kind", kind=kind) # SAFE
    return {"a": [dict(r) for r in rows], "b": [dict(r) for r in rows2]}
`,
  ),
  ...rules(
    "CWE-78",
    "batch23: plumbum commands",
    `
from flask import Flask, request
from plumbum import local

app = Flask(__name__)


@app.route("/lookup")
def lookup():
    host = request.args["host"]
    sh = local["sh"]
    return sh["-c", "nslookup " + host]() # VULN


@app.route("/lookup2")
def lookup2():
    host = request.args["host"]
    nslookup = local["nslookup"]
    return nslookup["--", host]() # SAFE
`,
  ),
  ...rules(
    "CWE-1336",
    "batch23: string templates that are and are not code",
    `
import string

import chevron
from flask import Flask, request
from tornado.template import Template

app = Flask(__name__)


@app.route("/greet")
def greet():
    tpl = request.args.get("tpl", "Hello $name")
    return string.Template(tpl).safe_substitute(name="guest") # SAFE


@app.route("/card")
def card():
    tpl = request.args.get("tpl", "Hello {{name}}")
    return chevron.render(tpl, {"name": "guest"}) # SAFE


@app.route("/page")
def page():
    tpl = request.args.get("tpl", "Hello {{ name }}")
    return Template(tpl).generate(name="guest") # VULN
`,
  ),
];
