// Dev suite "py-rules", batch 57 (format in py-rules.ts): written blind, the way a large community rule set's
// test files look: one file per rule topic with several flagged lines and several look-alikes that must stay
// quiet. Django (extra/RawSQL/cursor SQL, mark_safe, HttpResponse and its subclasses with request data, redirect,
// csrf_exempt, a settings module with DEBUG, empty password validators and insecure cookie/SSL settings, open of a
// request-named file), Flask (render_template_string, send_file, make_response/Response/string returns,
// app.run debug and host, hard-coded SECRET_KEY), requests (verify, timeout), hashes, ciphers and modes, key
// sizes, random for secrets, and deserialisers. Idioms vary: aliased imports, keyword arguments, **kwargs,
// variables holding the flag values. Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH57: DevCase[] = [
  ...rules(
    "CWE-89",
    "batch57: django extra/RawSQL/cursor with request data",
    `
from django.db import connection as db_conn
from django.db.models.expressions import RawSQL as Raw
from django.http import JsonResponse
from shop.models import Product


def product_search(request):
    term = request.GET.get("q", "")
    qs = Product.objects.extra(select={"hit": "title LIKE '%%" + term + "%%'"}) # VULN
    qs2 = Product.objects.extra(select={"hit": "title LIKE %s"}, select_params=("%" + term + "%",)) # SAFE
    where_clause = "category = '%s'" % request.GET["cat"]
    qs3 = Product.objects.extra(where=[where_clause]) # VULN
    qs4 = Product.objects.annotate(score=Raw("price * %s" % request.GET["w"], ())) # VULN
    qs5 = Product.objects.annotate(score=Raw("price * %s", (request.GET["w"],))) # SAFE
    qs6 = Product.objects.order_by(request.GET.get("sort", "name")) # SAFE
    with db_conn.cursor() as cur:
        cur.execute("SELECT id FROM shop_product WHERE sku = '" + term + "'") # VULN
        cur.execute("SELECT id FROM shop_product WHERE sku = %s", [term]) # SAFE
        sql = "SELECT id FROM shop_product WHERE title = %(t)s"
        cur.execute(sql, {"t": term}) # SAFE
        ids = [r[0] for r in cur.fetchall()]
    return JsonResponse({"n": qs.count() + qs2.count() + qs3.count() + qs4.count() + qs5.count() + qs6.count(), "ids": ids})
`,
  ),
  ...rules(
    "CWE-79",
    "batch57: django HttpResponse and mark_safe with request data",
    `
from django.http import HttpResponse as Resp, HttpResponseBadRequest
from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe as trusted


def greet(request):
    name = request.GET.get("name", "")
    return Resp("<h1>Hello " + name + "</h1>") # VULN


def greet_escaped(request):
    name = request.GET.get("name", "")
    return Resp("<h1>Hello " + escape(name) + "</h1>") # SAFE


def greet_formatted(request):
    return Resp(format_html("<h1>Hello {}</h1>", request.GET.get("name", ""))) # SAFE


def greet_text(request):
    return Resp("Hello " + request.GET.get("name", ""), content_type="text/plain") # SAFE


def bio(request):
    bio_html = trusted(request.POST["bio"]) # VULN
    return render(request, "profile.html", {"bio": bio_html})


def banner(request):
    banner_html = trusted("<b>Maintenance tonight at 22:00</b>") # SAFE
    return render(request, "home.html", {"banner": banner_html})


def bad_field(request):
    field = request.GET["field"]
    return HttpResponseBadRequest(f"<p>Invalid field: {field}</p>") # VULN
`,
  ),
  ...rules(
    "CWE-601",
    "batch57: django redirect with request data",
    `
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    nxt = request.GET.get("next", "/")
    return redirect(nxt) # VULN


def login_done_checked(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        nxt = "/"
    return redirect(nxt) # SAFE


def logout_view(request):
    return HttpResponseRedirect(request.POST["return_to"]) # VULN


def to_profile(request, username):
    return redirect("accounts:profile", username=username) # SAFE


def shop_page(request):
    target = "/shop/" + request.GET.get("page", "")
    return redirect(target) # SAFE
`,
  ),
  ...rules(
    "CWE-22",
    "batch57: django view opening a request-named file",
    `
from pathlib import Path

from django.http import Http404, HttpResponse

LOG_ROOT = Path("/var/log/app")


def read_log(request):
    name = request.GET["log"]
    with open("/var/log/app/" + name) as fh: # VULN
        return HttpResponse(fh.read(), content_type="text/plain")


def read_log_checked(request):
    base = LOG_ROOT.resolve()
    target = (base / request.GET["log"]).resolve()
    if not target.is_relative_to(base):
        raise Http404()
    with open(target) as fh: # SAFE
        return HttpResponse(fh.read(), content_type="text/plain")


def read_export(request, export_id: int):
    with open(LOG_ROOT / f"export-{int(export_id)}.csv", "rb") as fh: # SAFE
        return HttpResponse(fh.read(), content_type="text/csv")


def tail(request):
    path = LOG_ROOT.joinpath(request.POST.get("file", "app.log"))
    return HttpResponse(path.read_text()[-4096:], content_type="text/plain") # VULN
`,
  ),
  ...rules(
    "CWE-352",
    "batch57: django csrf_exempt on state-changing views",
    `
import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.csrf import csrf_exempt as no_csrf


@csrf_exempt # VULN
def transfer(request):
    request.user.account.transfer(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})


@no_csrf # VULN
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@method_decorator(csrf_exempt, name="dispatch") # VULN
class DeleteAccountView(View):
    def post(self, request):
        request.user.delete()
        return JsonResponse({"ok": True})


@csrf_protect # SAFE
def update_profile(request):
    request.user.profile.bio = request.POST["bio"]
    request.user.profile.save()
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-489",
    "batch57: django settings module with debug, validators and cookie settings off",
    `
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = True # VULN

ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.sessions",
    "shop",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
]

ROOT_URLCONF = "shop.urls"

AUTH_PASSWORD_VALIDATORS = [] # VULN CWE-521

SESSION_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_SECURE = False # VULN CWE-614
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
SECURE_SSL_REDIRECT = False # VULN CWE-319
`,
  ),
  ...rules(
    "CWE-489",
    "batch57: django production settings module (look-alikes)",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1" # SAFE

ALLOWED_HOSTS = ["shop.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.sessions",
    "shop",
]

ROOT_URLCONF = "shop.urls"

AUTH_PASSWORD_VALIDATORS = [ # SAFE CWE-521
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

SESSION_COOKIE_SECURE = True # SAFE CWE-614
CSRF_COOKIE_SECURE = True # SAFE CWE-614
SESSION_COOKIE_HTTPONLY = True # SAFE CWE-1004
SECURE_SSL_REDIRECT = True # SAFE CWE-319
SECURE_HSTS_SECONDS = 31536000
`,
  ),
  ...rules(
    "CWE-1336",
    "batch57: flask render_template_string with request data in the template",
    `
from flask import Flask, render_template, request
from flask import render_template_string as rts

app = Flask(__name__)


@app.route("/hello")
def hello():
    name = request.args.get("name", "world")
    tpl = "<h1>Hello %s!</h1>" % name
    return rts(tpl) # VULN


@app.route("/hello2")
def hello2():
    name = request.args.get("name", "world")
    return rts("<h1>Hello {{ name }}!</h1>", name=name) # SAFE


@app.route("/notice")
def notice():
    body = request.form.get("body", "")
    return rts("{% extends 'base.html' %}{% block content %}" + body + "{% endblock %}") # VULN


@app.route("/page")
def page():
    return render_template("page.html", title=request.args.get("t")) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch57: flask make_response, Response and string returns with request data",
    `
from flask import Flask, Response, jsonify, make_response, request
from markupsafe import escape

app = Flask(__name__)


@app.route("/search")
def search():
    q = request.args.get("q", "")
    resp = make_response("<p>No results for " + q + "</p>") # VULN
    return resp


@app.route("/search2")
def search2():
    q = request.args.get("q", "")
    return make_response("<p>No results for " + str(escape(q)) + "</p>") # SAFE


@app.route("/api/search")
def api_search():
    q = request.args.get("q", "")
    return jsonify({"query": q, "results": []}) # SAFE


@app.route("/echo", methods=["POST"])
def echo():
    body = request.get_data(as_text=True)
    return Response(body, mimetype="text/html") # VULN


@app.route("/echo.txt", methods=["POST"])
def echo_txt():
    return Response(request.get_data(as_text=True), mimetype="text/plain") # SAFE


@app.route("/greet/<name>")
def greet(name):
    return f"<h2>Welcome back, {name}</h2>" # VULN
`,
  ),
  ...rules(
    "CWE-22",
    "batch57: flask send_file with a request path",
    `
import os

from flask import Flask, abort, request, send_file, send_from_directory
from werkzeug.utils import safe_join, secure_filename

app = Flask(__name__)
UPLOAD_DIR = "/srv/uploads"


@app.route("/download")
def download():
    fname = request.args["file"]
    return send_file(os.path.join(UPLOAD_DIR, fname)) # VULN


@app.route("/download2")
def download2():
    fname = secure_filename(request.args["file"])
    return send_file(os.path.join(UPLOAD_DIR, fname)) # SAFE


@app.route("/download3")
def download3():
    return send_from_directory(UPLOAD_DIR, request.args["file"]) # SAFE


@app.route("/report/<path:name>")
def report(name):
    path = UPLOAD_DIR + "/reports/" + name
    return send_file(path, as_attachment=True) # VULN


@app.route("/avatar")
def avatar():
    p = safe_join(UPLOAD_DIR, request.args.get("p", ""))
    if p is None:
        abort(404)
    return send_file(p) # SAFE
`,
  ),
  ...rules(
    "CWE-489",
    "batch57: flask app.run debug and bind address, hard-coded SECRET_KEY",
    `
import os

from flask import Flask

app = Flask(__name__)
app.config["SECRET_KEY"] = "dev-secret-key-8f3a1c" # VULN CWE-798
app.secret_key = os.environ["FLASK_SECRET_KEY"] # SAFE CWE-798
app.config.update(SECRET_KEY="s3cr3t-k3y-value-991", SESSION_COOKIE_SECURE=True) # VULN CWE-798


def main():
    opts = {"debug": True, "use_reloader": False}
    app.run(**opts) # VULN


def main_env():
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE


def main_flag():
    debug_mode = True
    app.run(port=5000, debug=debug_mode) # VULN


def serve_public():
    app.run(host="0.0.0.0", port=80) # VULN CWE-668


def serve_local():
    bind = "127.0.0.1"
    app.run(host=bind, port=5000, debug=False) # SAFE CWE-668
`,
  ),
  ...rules(
    "CWE-295",
    "batch57: requests verify=False through aliases, variables, kwargs and sessions",
    `
import requests as rq
from requests import Session

VERIFY_TLS = False


def get_status(url):
    return rq.get(url, verify=False, timeout=5) # VULN


def get_status_ca(url):
    return rq.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=5) # SAFE


def post_data(url, payload):
    return rq.post(url, json=payload, verify=VERIFY_TLS, timeout=5) # VULN


def with_session(url):
    s = Session()
    s.verify = False # VULN
    return s.get(url, timeout=5)


def kw_call(url):
    kwargs = {"verify": False, "timeout": 3}
    return rq.get(url, **kwargs) # VULN


def kw_call_ok(url):
    kwargs = {"verify": True, "timeout": 3}
    return rq.get(url, **kwargs) # SAFE
`,
  ),
  ...rules(
    "CWE-400",
    "batch57: requests calls without a timeout",
    `
import requests
from requests import post as http_post


def no_timeout(url):
    return requests.get(url) # VULN


def no_timeout_alias(url, body):
    return http_post(url, data=body) # VULN


def with_timeout(url):
    return requests.request("GET", url, timeout=(3.05, 27)) # SAFE


def with_timeout_var(url, body):
    t = 10
    return http_post(url, data=body, timeout=t) # SAFE
`,
  ),
  ...rules(
    "CWE-328",
    "batch57: md5/sha1 for passwords and keys",
    `
import hashlib
from hashlib import sha1 as _sha1


def store_password(user, password):
    user.pw_hash = hashlib.md5(password.encode()).hexdigest() # VULN


def store_password_kdf(user, password, salt):
    user.pw_hash = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex() # SAFE


def api_key_digest(api_key):
    return _sha1(api_key.encode()).hexdigest() # VULN


def check_password(user, password):
    return hashlib.new("md5", password.encode()).hexdigest() == user.pw_hash # VULN


def etag(body):
    return hashlib.md5(body, usedforsecurity=False).hexdigest() # SAFE


def content_id(blob):
    return hashlib.new("sha256", blob).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-327",
    "batch57: DES, RC4, Blowfish, 3DES and ECB mode",
    `
from Crypto.Cipher import AES, ARC4, DES, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def enc_des(key, data):
    return DES.new(key, DES.MODE_CBC, iv=get_random_bytes(8)).encrypt(pad(data, 8)) # VULN


def enc_rc4(key, data):
    return ARC4.new(key).encrypt(data) # VULN


def enc_bf(key, data):
    iv = get_random_bytes(8)
    return iv + Blowfish.new(key, Blowfish.MODE_CBC, iv).encrypt(pad(data, 8)) # VULN


def enc_ecb(key, data):
    return AES.new(key, AES.MODE_ECB).encrypt(pad(data, 16)) # VULN


def enc_gcm(key, data):
    cipher = AES.new(key, AES.MODE_GCM) # SAFE
    ct, tag = cipher.encrypt_and_digest(data)
    return cipher.nonce + tag + ct


def enc_hazmat_ecb(key, data):
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN
    return enc.update(data) + enc.finalize()


def enc_hazmat_cbc(key, iv, data):
    enc = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor() # SAFE
    return enc.update(data) + enc.finalize()


def enc_3des(key, iv, data):
    enc = Cipher(algorithms.TripleDES(key), modes.CBC(iv)).encryptor() # VULN
    return enc.update(data) + enc.finalize()
`,
  ),
  ...rules(
    "CWE-326",
    "batch57: small RSA and DSA keys",
    `
from Crypto.PublicKey import RSA as PyRSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa


def make_keys():
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN
    strong = rsa.generate_private_key(public_exponent=65537, key_size=3072) # SAFE
    d = dsa.generate_private_key(key_size=1024) # VULN
    d2 = dsa.generate_private_key(key_size=2048) # SAFE
    bits = 512
    k = PyRSA.generate(bits) # VULN
    k2 = PyRSA.generate(bits=4096) # SAFE
    e = ec.generate_private_key(ec.SECP256R1()) # SAFE
    return weak, strong, d, d2, k, k2, e
`,
  ),
  ...rules(
    "CWE-338",
    "batch57: random module for tokens and codes",
    `
import random
import secrets
import string
from random import choice as pick


def reset_token():
    return "".join(random.choice(string.ascii_letters + string.digits) for _ in range(32)) # VULN


def reset_token_ok():
    return secrets.token_urlsafe(32) # SAFE


def otp_code():
    return "%06d" % random.randint(0, 999999) # VULN


def session_id():
    return "".join(pick("abcdef0123456789") for _ in range(40)) # VULN


def api_key():
    sysrand = random.SystemRandom()
    return "".join(sysrand.choice(string.hexdigits) for _ in range(40)) # SAFE


def backoff(attempt):
    return min(30, 2 ** attempt) * random.uniform(0.5, 1.5) # SAFE


def shuffle_quiz(questions):
    random.shuffle(questions) # SAFE
    return questions
`,
  ),
  ...rules(
    "CWE-502",
    "batch57: pickle, yaml, jsonpickle and dill deserialisers",
    `
import json
import pickle as pkl

import dill
import jsonpickle
import yaml
from flask import Flask, request
from yaml import SafeLoader

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_data():
    obj = pkl.loads(request.get_data()) # VULN
    return {"type": type(obj).__name__}


@app.route("/import.json", methods=["POST"])
def import_json():
    obj = json.loads(request.get_data()) # SAFE
    return {"keys": list(obj)}


def load_config(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=yaml.Loader) # VULN


def load_config_safe(path):
    with open(path) as fh:
        return yaml.load(fh, Loader=SafeLoader) # SAFE


def load_text(text):
    return yaml.safe_load(text) # SAFE


def load_text_unsafe(text):
    return yaml.unsafe_load(text) # VULN


@app.route("/restore", methods=["POST"])
def restore():
    state = jsonpickle.decode(request.form["state"]) # VULN
    return {"ok": state is not None}


@app.route("/run", methods=["POST"])
def run_fn():
    fn = dill.loads(request.files["fn"].read()) # VULN
    return {"result": fn()}
`,
  ),
];
