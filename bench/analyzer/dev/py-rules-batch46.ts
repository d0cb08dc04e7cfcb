// Dev suite "py-rules", batch 46 (format in py-rules.ts): written blind before any fix, after a probe on CodeQL's
// experimental e-mail XSS tests. Request data placed in the HTML part of an e-mail: Flask-Mail messages (html=
// and .html), SendGrid (html_content, HtmlContent, Content("text/html")), Django (send_mail/mail_admins
// html_message, EmailMultiAlternatives.attach_alternative, EmailMessage with content_subtype "html"), the
// standard library's MIMEText and EmailMessage.add_alternative; then MongoDB queries built from request data
// (pymongo, motor, flask_pymongo, mongoengine): $where strings and whole filters parsed from JSON. Safe twins
// send plain text, escape the value, render an autoescaped template, or coerce the value to a string.
// Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH46: DevCase[] = [
  ...rules(
    "CWE-79",
    "batch46: flask-mail html bodies",
    `
from flask import Flask, render_template, request
from flask_mail import Mail, Message
from markupsafe import escape

app = Flask(__name__)
mail = Mail(app)


@app.post("/invite")
def invite():
    note = request.form["note"]
    msg = Message("You are invited", recipients=[request.form["email"]], html="<p>" + note + "</p>") # VULN
    mail.send(msg)
    plain = Message("You are invited", recipients=[request.form["email"]], body=note) # SAFE
    mail.send(plain)
    return "sent"


@app.post("/invite2")
def invite2():
    note = request.form["note"]
    msg = Message("You are invited", recipients=["team@example.com"])
    msg.html = f"<h2>Note</h2><div>{note}</div>" # VULN
    mail.send(msg)
    msg2 = Message("You are invited", recipients=["team@example.com"])
    msg2.html = f"<h2>Note</h2><div>{escape(note)}</div>" # SAFE
    mail.send(msg2)
    msg3 = Message("You are invited", recipients=["team@example.com"])
    msg3.html = render_template("invite_mail.html", note=note) # SAFE
    mail.send(msg3)
    return "sent"


@app.post("/feedback")
def feedback():
    data = request.get_json()
    with mail.connect() as conn:
        conn.send(Message("Feedback", recipients=["support@example.com"], html=data["comment"])) # VULN
    return "ok"
`,
  ),
  ...rules(
    "CWE-79",
    "batch46: sendgrid html content",
    `
import html

from flask import Flask, request
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Content, HtmlContent, Mail, MimeType, PlainTextContent

app = Flask(__name__)
sg = SendGridAPIClient("SG.key-from-env")


@app.post("/share")
def share():
    comment = request.form["comment"]
    message = Mail(from_email="noreply@example.com", to_emails="owner@example.com", subject="New comment", html_content="<blockquote>" + comment + "</blockquote>") # VULN
    sg.send(message)
    safe_message = Mail(from_email="noreply@example.com", to_emails="owner@example.com", subject="New comment", html_content="<blockquote>" + html.escape(comment) + "</blockquote>") # SAFE
    sg.send(safe_message)
    text_message = Mail(from_email="noreply@example.com", to_emails="owner@example.com", subject="New comment", plain_text_content=comment) # SAFE
    sg.send(text_message)
    return "ok"


@app.post("/share2")
def share2():
    comment = request.form["comment"]
    body = HtmlContent(f"<p>{comment}</p>") # VULN
    text = PlainTextContent(comment) # SAFE
    sg.send(Mail("noreply@example.com", "owner@example.com", "New comment", text, body))
    return "ok"


@app.post("/share3")
def share3():
    comment = request.form["comment"]
    rich = Content("text/html", "<p>" + comment + "</p>") # VULN
    rich2 = Content(MimeType.html, comment) # VULN
    plain = Content("text/plain", comment) # SAFE
    mail = Mail("noreply@example.com", "owner@example.com", "New comment", plain, rich)
    mail.add_content(rich2)
    sg.client.mail.send.post(request_body=mail.get())
    return "ok"
`,
  ),
  ...rules(
    "CWE-79",
    "batch46: django mail with html",
    `
from django.core.mail import EmailMessage, EmailMultiAlternatives, mail_admins, mail_managers, send_mail
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.html import escape, format_html


def contact(request):
    body = request.POST["body"]
    send_mail("Contact form", body, "web@example.com", ["sales@example.com"], html_message="<div>%s</div>" % body) # VULN
    send_mail("Contact form", body, "web@example.com", ["sales@example.com"], html_message=format_html("<div>{}</div>", body)) # SAFE
    send_mail("Contact form", body, "web@example.com", ["sales@example.com"]) # SAFE
    return HttpResponse("thanks")


def report(request):
    detail = request.GET.get("detail", "")
    mail_admins("Error report", detail, html_message="<pre>" + detail + "</pre>") # VULN
    mail_managers("Error report", detail, html_message="<pre>" + escape(detail) + "</pre>") # SAFE
    mail_managers("Error report", detail, html_message=f"<pre>{detail}</pre>") # VULN
    return HttpResponse("ok")


def newsletter(request):
    intro = request.POST["intro"]
    msg = EmailMultiAlternatives("Newsletter", intro, "news@example.com", ["list@example.com"])
    msg.attach_alternative("<p>" + intro + "</p>", "text/html") # VULN
    msg.send()
    msg2 = EmailMultiAlternatives("Newsletter", intro, "news@example.com", ["list@example.com"])
    msg2.attach_alternative(render_to_string("newsletter.html", {"intro": intro}), "text/html") # SAFE
    msg2.send()
    return HttpResponse("queued")


def announce(request):
    text = request.POST["text"]
    msg = EmailMessage("Announcement", "<h1>" + text + "</h1>", "news@example.com", ["all@example.com"]) # VULN
    msg.content_subtype = "html"
    msg.send()
    return HttpResponse("sent")
`,
  ),
  ...rules(
    "CWE-79",
    "batch46: smtplib with MIMEText and EmailMessage",
    `
import html
import smtplib
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from fastapi import FastAPI, Form

api = FastAPI()


def deliver(msg):
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)


@api.post("/welcome")
async def welcome(name: str = Form(...), email: str = Form(...)):
    outer = MIMEMultipart("alternative")
    outer.attach(MIMEText("Welcome, " + name, "plain")) # SAFE
    outer.attach(MIMEText("<h1>Welcome, " + name + "</h1>", "html")) # VULN
    outer["To"] = email
    deliver(outer)
    return {"ok": True}


@api.post("/welcome2")
async def welcome2(name: str = Form(...), email: str = Form(...)):
    part = MIMEText(f"<h1>Welcome, {html.escape(name)}</h1>", "html") # SAFE
    part["To"] = email
    deliver(part)
    return {"ok": True}


@api.post("/welcome3")
async def welcome3(name: str = Form(...), email: str = Form(...)):
    msg = EmailMessage()
    msg["To"] = email
    msg.set_content("Welcome, " + name) # SAFE
    msg.add_alternative("<h1>Welcome, " + name + "</h1>", subtype="html") # VULN
    deliver(msg)
    return {"ok": True}


@api.post("/welcome4")
async def welcome4(name: str = Form(...)):
    body = "<html><body><p>Hello %s</p></body></html>" % name
    part = MIMEText(body, _subtype="html") # VULN
    deliver(part)
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-943",
    "batch46: pymongo, motor and flask_pymongo queries",
    `
import json
import re

from bson import json_util
from flask import Flask, jsonify, request
from flask_pymongo import PyMongo
from motor.motor_asyncio import AsyncIOMotorClient
from pymongo import MongoClient

app = Flask(__name__)
users = MongoClient("mongodb://localhost")["app"]["users"]
mongo = PyMongo(app, uri="mongodb://localhost/app")
motor_db = AsyncIOMotorClient("mongodb://localhost")["app"]


@app.get("/where")
def where():
    owner = request.args.get("owner", "")
    rows = users.find({"$where": "this.owner == '" + owner + "'"}) # VULN
    rows2 = users.find({"owner": owner}) # SAFE
    return jsonify([r["_id"] for r in rows] + [r["_id"] for r in rows2])


@app.get("/filter")
def custom_filter():
    spec = json.loads(request.args.get("filter", "{}"))
    rows = users.find(spec) # VULN
    return jsonify([str(r["_id"]) for r in rows])


@app.post("/login")
def login():
    body = request.get_json()
    user = users.find_one({"name": body["name"], "password_hash": body["hash"]}) # VULN
    user2 = users.find_one({"name": str(body["name"]), "password_hash": str(body["hash"])}) # SAFE
    return jsonify(ok=bool(user and user2))


@app.get("/report")
def report():
    stage = json_util.loads(request.args["match"])
    rows = users.aggregate([{"$match": stage}, {"$group": {"_id": "$team", "n": {"$sum": 1}}}]) # VULN
    rows2 = users.aggregate([{"$match": {"team": request.args.get("team", "")}}]) # SAFE
    return jsonify(list(rows) + list(rows2))


@app.get("/search")
def search():
    q = request.args.get("q", "")
    rows = mongo.db.posts.find({"$where": f"this.title.indexOf('{q}') >= 0"}) # VULN
    rows2 = mongo.db.posts.find({"title": {"$regex": re.escape(q)}}) # SAFE
    return jsonify([r["title"] for r in rows] + [r["title"] for r in rows2])


@app.post("/delete")
def delete():
    users.delete_many(json.loads(request.data)) # VULN
    users.delete_one({"_id": str(request.form["id"])}) # SAFE
    return "ok"


@app.post("/profile")
def profile():
    users.update_one({"_id": str(request.args["id"])}, json.loads(request.data)) # VULN
    found = users.find_one(request.json) # VULN
    older = users.find({"age": {"$gt": int(request.args.get("age", "0"))}}) # SAFE
    return jsonify(found=str(found), n=len(list(older)))


@app.get("/count")
async def count():
    spec = json.loads(request.args["spec"])
    n = await motor_db.events.count_documents(spec) # VULN
    n2 = await motor_db.events.count_documents({"kind": request.args.get("kind", "")}) # SAFE
    return jsonify(n=n + n2)
`,
  ),
  ...rules(
    "CWE-943",
    "batch46: mongoengine raw queries",
    `
import json

from django.http import JsonResponse
from mongoengine import Document, StringField


class Article(Document):
    title = StringField()
    author = StringField()


def articles(request):
    raw = json.loads(request.body)
    found = Article.objects(__raw__=raw) # VULN
    found2 = Article.objects(author=request.GET.get("author", "")) # SAFE
    return JsonResponse({"n": found.count() + found2.count()})


def articles_where(request):
    author = request.GET.get("author", "")
    found = Article.objects.where("this.author == '%s'" % author) # VULN
    return JsonResponse({"n": found.count()})
`,
  ),
  ...rules(
    "CWE-90",
    "batch46: ldap3 and python-ldap filters and DNs",
    `
import ldap
import ldap.dn
import ldap.filter
from flask import Flask, jsonify, request
from ldap3 import ALL, Connection, Server
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

app = Flask(__name__)
server = Server("ldap://ldap.internal", get_info=ALL)
BASE = "ou=people,dc=example,dc=com"


@app.get("/who")
def who():
    uid = request.args.get("uid", "")
    conn = Connection(server, "cn=reader,dc=example,dc=com", "reader-secret-from-env", auto_bind=True)
    conn.search(BASE, "(uid=" + uid + ")", attributes=["cn", "mail"]) # VULN
    conn.search(BASE, "(uid=" + escape_filter_chars(uid) + ")", attributes=["cn"]) # SAFE
    conn.search(search_base=BASE, search_filter=f"(&(objectClass=person)(mail={uid}))") # VULN
    conn.search("uid=" + uid + "," + BASE, "(objectClass=*)") # VULN
    conn.search("uid=" + escape_rdn(uid) + "," + BASE, "(objectClass=*)") # SAFE
    return jsonify([str(e) for e in conn.entries])


@app.get("/group")
def group():
    name = request.args.get("name", "")
    l = ldap.initialize("ldap://ldap.internal")
    l.simple_bind_s("cn=reader,dc=example,dc=com", "reader-secret-from-env")
    res = l.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=%s)" % name) # VULN
    res2 = l.search_s(BASE, ldap.SCOPE_SUBTREE, ldap.filter.filter_format("(cn=%s)", [name])) # SAFE
    res3 = l.search_s(BASE, ldap.SCOPE_SUBTREE, "(cn=" + ldap.filter.escape_filter_chars(name) + ")") # SAFE
    msgid = l.search(BASE, ldap.SCOPE_SUBTREE, f"(memberUid={name})") # VULN
    res4 = l.search_ext_s(BASE, ldap.SCOPE_ONELEVEL, "(|(cn=" + name + ")(ou=" + name + "))") # VULN
    res5 = l.search_s("cn=" + name + "," + BASE, ldap.SCOPE_BASE) # VULN
    res6 = l.search_s("cn=" + ldap.dn.escape_dn_chars(name) + "," + BASE, ldap.SCOPE_BASE) # SAFE
    return jsonify(n=len(res) + len(res2) + len(res3) + len(res4) + len(res5) + len(res6), m=msgid)
`,
  ),
];
