// Dev suite "py-rules", batch 80 (format in py-rules.ts), written blind in four parts, one file per rule idea in the
// style of a rule set's test files (many short variants of one API, positives and look-alikes side by side). Part 1:
// Django in depth (mark_safe / format_html, HttpResponse, extra / raw / RawSQL / cursor, redirects, CSRF exemptions,
// settings, password hashers and validators, file responses, templates from strings, mass assignment). Part 2:
// FastAPI / Starlette / aiohttp / Tornado / Pyramid / Bottle (HTML responses, redirects, CORS, file responses,
// cookies, templates from strings, SSRF). Part 3: cryptography and transport (hazmat, PyCryptodome, hashlib, ssl,
// HTTP clients, paramiko, cleartext protocols, JWT). Part 4: dangerous APIs (deserialisation, archives, temp files,
// permissions, shell, eval, XML, jinja2, logging listener, assert, timeouts, binding). Own code, never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

const PART1: DevCase[] = [
  ...rules(
    "CWE-79",
    "batch80: p1 django mark_safe, SafeString and format_html with request data",
    `
from django import template
from django.http import HttpResponse
from django.utils.html import conditional_escape, escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def greeting(request):
    name = request.GET.get("name", "")
    a = mark_safe("<b>%s</b>" % name) # VULN
    b = mark_safe("<b>%s</b>" % escape(name)) # SAFE
    c = format_html("<b>{}</b>", name) # SAFE
    d = format_html("<b>" + name + "</b>") # VULN
    e = format_html(f"<b>{name}</b>") # VULN
    f = SafeString(f"<i>{name}</i>") # VULN
    g = mark_safe("<hr>") # SAFE
    h = format_html_join("", "<li>{}</li>", ((n,) for n in name.split(","))) # SAFE
    i = mark_safe(f"<span>{conditional_escape(name)}</span>") # SAFE
    j = mark_safe("<a href='/u/{}'>profile</a>".format(name)) # VULN
    k = format_html("<a href='/u/{}'>{}</a>", name, name) # SAFE
    return HttpResponse(a + b + c + d + e + f + g + h + i + j + k)


def banner(request):
    msg = request.POST["message"]
    html = "<div class='banner'>" + msg + "</div>"
    return HttpResponse(mark_safe(html)) # VULN


def banner_escaped(request):
    msg = escape(request.POST["message"])
    html = "<div class='banner'>" + msg + "</div>"
    return HttpResponse(mark_safe(html)) # SAFE


@register.simple_tag
def badge(label):
    return mark_safe(f"<span class='badge'>{label}</span>") # VULN


@register.simple_tag
def badge_safe(label):
    return format_html("<span class='badge'>{}</span>", label) # SAFE


@register.filter(is_safe=True)
def highlight(value, term):
    return mark_safe(value.replace(term, "<mark>" + term + "</mark>")) # VULN


@register.filter(needs_autoescape=True)
def highlight_escaped(value, term, autoescape=True):
    esc = conditional_escape if autoescape else (lambda s: s)
    value, term = esc(value), esc(term)
    return mark_safe(value.replace(term, "<mark>%s</mark>" % term)) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch80: p1 django HttpResponse family built from request data",
    `
from django.http import HttpResponse, HttpResponseBadRequest, HttpResponseNotFound, JsonResponse
from django.shortcuts import render
from django.utils.html import escape


def echo(request):
    q = request.GET.get("q", "")
    return HttpResponse("You searched for " + q) # VULN


def echo_escaped(request):
    q = request.GET.get("q", "")
    return HttpResponse("You searched for " + escape(q)) # SAFE


def echo_plain(request):
    q = request.GET.get("q", "")
    return HttpResponse(q, content_type="text/plain") # SAFE


def echo_json(request):
    return JsonResponse({"q": request.GET.get("q", "")}) # SAFE


def bad_request(request):
    field = request.POST.get("field")
    return HttpResponseBadRequest(f"<p>invalid field {field}</p>") # VULN


def not_found(request, name):
    return HttpResponseNotFound("<h1>No page named %s</h1>" % name) # VULN


def not_found_escaped(request, name):
    return HttpResponseNotFound("<h1>No page named %s</h1>" % escape(name)) # SAFE


def streamed(request):
    resp = HttpResponse()
    resp.write("<div>" + request.GET["msg"] + "</div>") # VULN
    return resp


def rendered(request):
    return render(request, "search.html", {"q": request.GET.get("q")}) # SAFE


def page_number(request):
    n = int(request.GET.get("page", "1"))
    return HttpResponse("<p>page %d</p>" % n) # SAFE


def referer(request):
    back = request.META.get("HTTP_REFERER", "/")
    return HttpResponse('<a href="%s">back</a>' % back) # VULN


def cookie_echo(request):
    theme = request.COOKIES.get("theme", "light")
    return HttpResponse("<body class='{}'>".format(theme)) # VULN
`,
  ),
  ...rules(
    "CWE-89",
    "batch80: p1 django extra, raw, RawSQL and cursor.execute variants",
    `
from django.db import connection, connections
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Order

SORTABLE = {"created", "-created", "total"}


def orders(request):
    status = request.GET.get("status", "open")
    qty = request.GET.get("qty", "1")
    a = Order.objects.extra(select={"total": "price * %s" % qty}) # VULN
    b = Order.objects.extra(select={"total": "price * %s"}, select_params=(qty,)) # SAFE
    c = Order.objects.extra(where=["status = '" + status + "'"]) # VULN
    d = Order.objects.extra(where=["status = %s"], params=[status]) # SAFE
    e = Order.objects.raw("SELECT * FROM shop_order WHERE status = %s", [status]) # SAFE
    f = Order.objects.raw("SELECT * FROM shop_order WHERE status = '{}'".format(status)) # VULN
    g = Order.objects.raw("SELECT * FROM shop_order WHERE status = '%s'" % status) # VULN
    h = Order.objects.annotate(x=RawSQL("SELECT 1 FROM audit WHERE s = %s", (status,))) # SAFE
    i = Order.objects.annotate(x=RawSQL(f"SELECT 1 FROM audit WHERE s = '{status}'", ())) # VULN
    j = Order.objects.filter(id__in=RawSQL("SELECT order_id FROM audit WHERE s = '%s'" % status, [])) # VULN
    k = Order.objects.filter(Q(status=status) | Q(note__icontains=status)) # SAFE
    sql = "SELECT * FROM shop_order WHERE status = '" + status + "'"
    m = Order.objects.raw(sql) # VULN
    return JsonResponse({"n": sum(len(list(x)) for x in (a, b, c, d, e, f, g, h, i, j, k, m))})


def order_admin(request):
    status = request.POST["status"]
    sort = request.POST.get("sort", "created")
    with connection.cursor() as cur:
        cur.execute("UPDATE shop_order SET status = %s WHERE id = %s", [status, 1]) # SAFE
        cur.execute("UPDATE shop_order SET status = '%s'" % status) # VULN
        cur.execute(f"SELECT * FROM shop_order ORDER BY {sort}") # VULN
        cur.execute("SELECT * FROM shop_order WHERE status = '" + status + "'") # VULN
        cur.executemany("INSERT INTO audit(msg) VALUES (%s)", [(status,)]) # SAFE
    with connections["replica"].cursor() as cur:
        cur.execute("SELECT count(*) FROM shop_order WHERE status = %(s)s", {"s": status}) # SAFE
        cur.execute("SELECT count(*) FROM shop_order WHERE status = '%(s)s'" % {"s": status}) # VULN
        n = cur.fetchone()[0]
    if sort in SORTABLE:
        with connection.cursor() as cur:
            cur.execute(f"SELECT * FROM shop_order ORDER BY {sort}") # SAFE
    rows = Order.objects.order_by(sort) # SAFE
    return JsonResponse({"n": n, "rows": len(rows)})


def by_ids(request):
    ids = [int(x) for x in request.GET.getlist("id")]
    placeholders = ", ".join(["%s"] * len(ids))
    with connection.cursor() as cur:
        cur.execute(f"SELECT * FROM shop_order WHERE id IN ({placeholders})", ids) # SAFE
        cur.execute("SELECT * FROM shop_order WHERE id IN (%s)" % ",".join(request.GET.getlist("id"))) # VULN
        return JsonResponse({"rows": cur.fetchall()})
`,
  ),
  ...rules(
    "CWE-601",
    "batch80: p1 django redirects and url_has_allowed_host_and_scheme",
    `
from django.conf import settings
from django.http import HttpResponse, HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    nxt = request.GET.get("next", "/")
    return redirect(nxt) # VULN


def login_done_checked(request):
    nxt = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(nxt) # SAFE
    return redirect("/") # SAFE


def login_done_negated(request):
    nxt = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts=settings.ALLOWED_HOSTS):
        nxt = reverse("home")
    return HttpResponseRedirect(nxt) # SAFE


def logout_then(request):
    return HttpResponseRedirect(request.GET["return_to"]) # VULN


def moved(request):
    return HttpResponsePermanentRedirect(request.GET.get("to", "/")) # VULN


def go(request):
    target = request.GET.get("url")
    response = HttpResponse(status=302)
    response["Location"] = target # VULN
    return response


def profile(request):
    return redirect(reverse("profile", args=[request.GET["id"]])) # SAFE


def search(request):
    return redirect("/search/?q=" + request.GET.get("q", "")) # SAFE


def named(request):
    return redirect("account:settings") # SAFE


def unchecked_after_logging(request):
    nxt = request.GET.get("next") or "/"
    request.session["last_next"] = nxt
    return redirect(nxt, permanent=False) # VULN
`,
  ),
  ...rules(
    "CWE-352",
    "batch80: p1 django CSRF exemptions on session-authenticated state changes",
    `
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators.csrf import csrf_exempt, csrf_protect, ensure_csrf_cookie

from .models import Account


@csrf_exempt # VULN
@login_required
def transfer(request):
    acct = Account.objects.get(owner=request.user)
    acct.send(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})


@csrf_protect # SAFE
@login_required
def transfer_protected(request):
    acct = Account.objects.get(owner=request.user)
    acct.send(request.POST["to"], int(request.POST["amount"]))
    return JsonResponse({"ok": True})


@login_required # SAFE
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


@method_decorator(csrf_exempt, name="dispatch") # VULN
class DeleteAccountView(View):
    def post(self, request):
        request.user.delete()
        return JsonResponse({"ok": True})


class SettingsView(View):
    @method_decorator(csrf_exempt) # VULN
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def post(self, request):
        request.user.profile.update(bio=request.POST["bio"])
        return JsonResponse({"ok": True})


@ensure_csrf_cookie # SAFE
def home(request):
    return JsonResponse({"user": request.user.username})


def set_password(request):
    request.user.set_password(request.POST["password"])
    request.user.save()
    return JsonResponse({"ok": True})


urlpatterns = [
    path("password/", csrf_exempt(set_password)), # VULN
    path("home/", home), # SAFE
]
`,
  ),
  ...rules(
    "CWE-798",
    "batch80: p1 django settings module: secret key, debug, hosts, cookies",
    `
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "django-insecure-8x#k2!q7@v$w0z^m3p&r5t*y9u1i4o6e" # VULN
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"] # SAFE
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "k9#mzq2!vx8@w7$r4^p0&t6*y3u1i5o") # VULN

DEBUG = True # VULN CWE-489
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1" # SAFE
TEMPLATE_DEBUG = True # SAFE CWE-489

ALLOWED_HOSTS = ["*"] # VULN CWE-183
ALLOWED_HOSTS = ["shop.example.com", "www.shop.example.com"] # SAFE

SESSION_COOKIE_SECURE = False # VULN CWE-614
SESSION_COOKIE_SECURE = True # SAFE
CSRF_COOKIE_SECURE = False # VULN CWE-614
CSRF_COOKIE_SECURE = True # SAFE
SESSION_COOKIE_HTTPONLY = False # VULN CWE-1004
SESSION_COOKIE_HTTPONLY = True # SAFE
SECURE_SSL_REDIRECT = True # SAFE

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": "s3cr3t-Pg-pass-2024", # VULN
        "HOST": "db",
    },
    "replica": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "shop",
        "USER": "shop",
        "PASSWORD": os.environ["REPLICA_DB_PASSWORD"], # SAFE
        "HOST": "db-replica",
    },
}

EMAIL_HOST_PASSWORD = "mailgun-Pa55word!" # VULN
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "") # SAFE
`,
  ),
  ...rules(
    "CWE-916",
    "batch80: p1 django password hashers, make_password and validators",
    `
from django.contrib.auth.hashers import check_password, make_password

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.UnsaltedMD5PasswordHasher", # VULN CWE-328
    "django.contrib.auth.hashers.Argon2PasswordHasher", # SAFE
]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"] # VULN CWE-328
PASSWORD_HASHERS = ["django.contrib.auth.hashers.UnsaltedSHA1PasswordHasher"] # VULN CWE-328
PASSWORD_HASHERS = ["django.contrib.auth.hashers.SHA1PasswordHasher"] # VULN CWE-328
PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher", "django.contrib.auth.hashers.BCryptSHA256PasswordHasher"] # SAFE

AUTH_PASSWORD_VALIDATORS = [] # VULN CWE-521
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 4}}, # VULN CWE-521
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}}, # SAFE
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]


def register(username, password):
    a = make_password(password, hasher="unsalted_md5") # VULN CWE-328
    b = make_password(password, salt="static-salt") # VULN CWE-760
    c = make_password(password) # SAFE
    d = make_password(password, hasher="md5") # VULN CWE-328
    e = make_password(password, hasher="argon2") # SAFE
    return a, b, c, d, e, check_password(password, c)
`,
  ),
  ...rules(
    "CWE-22",
    "batch80: p1 django FileResponse and open() of request paths",
    `
import os
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join


def download(request):
    name = request.GET["file"]
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, name), "rb")) # VULN


def download_safe_join(request):
    name = request.GET["file"]
    try:
        path = safe_join(settings.MEDIA_ROOT, name)
    except SuspiciousFileOperation:
        raise Http404("no such file")
    return FileResponse(open(path, "rb")) # SAFE


def download_basename(request):
    name = os.path.basename(request.GET["file"])
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, name), "rb")) # SAFE


def read_log(request):
    with open("/var/log/app/" + request.GET["log"]) as fh: # VULN
        return HttpResponse(fh.read(), content_type="text/plain")


def read_log_checked(request):
    base = os.path.realpath("/var/log/app")
    path = os.path.realpath(os.path.join(base, request.GET["log"]))
    if not path.startswith(base + os.sep):
        raise Http404()
    with open(path) as fh: # SAFE
        return HttpResponse(fh.read(), content_type="text/plain")


def export(request, filename):
    return FileResponse(open(filename, "rb"), as_attachment=True) # VULN


def export_pathlib(request):
    target = Path(settings.MEDIA_ROOT) / request.GET["name"]
    return HttpResponse(target.read_bytes(), content_type="application/octet-stream") # VULN


def export_pathlib_checked(request):
    root = Path(settings.MEDIA_ROOT).resolve()
    target = (root / request.GET["name"]).resolve()
    if not target.is_relative_to(root):
        raise Http404()
    return HttpResponse(target.read_bytes(), content_type="application/octet-stream") # SAFE


def delete_upload(request):
    os.remove(os.path.join(settings.MEDIA_ROOT, "uploads", request.POST["name"])) # VULN
    return HttpResponse(status=204)


def report(request):
    kind = request.GET.get("kind", "daily")
    reports = {"daily": "daily.csv", "weekly": "weekly.csv"}
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, reports.get(kind, "daily.csv")), "rb")) # SAFE
`,
  ),
  ...rules(
    "CWE-79",
    "batch80: p1 django templates compiled from Python strings with escaping turned off",
    `
from django.http import HttpResponse
from django.template import Context, Engine, Template, engines


def preview(request):
    t = Template("{% autoescape off %}<div>{{ body }}</div>{% endautoescape %}") # VULN
    return HttpResponse(t.render(Context({"body": request.POST["body"]})))


def preview_escaped(request):
    t = Template("<div>{{ body }}</div>") # SAFE
    return HttpResponse(t.render(Context({"body": request.POST["body"]})))


def preview_safe_filter(request):
    t = Template("<div>{{ body|safe }}</div>") # VULN
    return HttpResponse(t.render(Context({"body": request.POST["body"]})))


def preview_context_off(request):
    t = Template("<div>{{ body }}</div>")
    return HttpResponse(t.render(Context({"body": request.POST["body"]}, autoescape=False))) # VULN


def preview_engine(request):
    django_engine = engines["django"]
    t = django_engine.from_string("<p>{{ title|safe }}</p>") # VULN
    return HttpResponse(t.render({"title": request.GET.get("title", "")}))


def preview_engine_off(request):
    engine = Engine(autoescape=False) # VULN
    t = engine.from_string("<p>{{ title }}</p>")
    return HttpResponse(t.render(Context({"title": request.GET.get("title", "")})))


def user_template(request):
    t = Template(request.POST["template"]) # VULN CWE-1336
    return HttpResponse(t.render(Context({"user": request.user})))


def user_template_engine(request):
    t = engines["django"].from_string(request.GET["tpl"]) # VULN CWE-1336
    return HttpResponse(t.render({}))


def fixed_template(request):
    t = engines["django"].from_string("Hello {{ name }}") # SAFE
    return HttpResponse(t.render({"name": request.GET.get("name", "")}))
`,
  ),
  ...rules(
    "CWE-915",
    "batch80: p1 django ORM calls fed the whole request dict (mass assignment)",
    `
from django import forms
from django.http import JsonResponse

from .models import Product, Profile


def search(request):
    a = Product.objects.filter(**request.GET.dict()) # VULN CWE-943
    b = Product.objects.filter(name__icontains=request.GET.get("q", "")) # SAFE
    allowed = {k: v for k, v in request.GET.items() if k in {"category", "color"}}
    c = Product.objects.filter(**allowed) # SAFE
    d = Product.objects.exclude(**dict(request.GET.items())) # VULN CWE-943
    return JsonResponse({"n": a.count() + b.count() + c.count() + d.count()})


def update_profile(request):
    Profile.objects.filter(user=request.user).update(**request.POST.dict()) # VULN
    Profile.objects.filter(user=request.user).update(bio=request.POST.get("bio", "")) # SAFE
    return JsonResponse({"ok": True})


def create_profile(request):
    p = Profile.objects.create(**request.POST.dict()) # VULN
    q = Profile.objects.create(user=request.user, bio=request.POST.get("bio", "")) # SAFE
    return JsonResponse({"id": p.id, "id2": q.id})


def patch_profile(request):
    profile = Profile.objects.get(user=request.user)
    for key, value in request.POST.items():
        setattr(profile, key, value) # VULN
    profile.save()
    return JsonResponse({"ok": True})


def patch_profile_allowed(request):
    profile = Profile.objects.get(user=request.user)
    for key in ("bio", "website", "avatar"):
        if key in request.POST:
            setattr(profile, key, request.POST[key]) # SAFE
    profile.save()
    return JsonResponse({"ok": True})


class ProfileForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = "__all__" # VULN


class ProfileBioForm(forms.ModelForm):
    class Meta:
        model = Profile
        fields = ["bio", "website"] # SAFE

`,
  ),
];

const PART2: DevCase[] = [
  ...rules(
    "CWE-79",
    "batch80: p2 FastAPI and Starlette HTML responses with request data",
    `
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from markupsafe import escape
from starlette.applications import Starlette
from starlette.responses import HTMLResponse as StarletteHTML
from starlette.routing import Route

app = FastAPI()


@app.get("/hello", response_class=HTMLResponse)
def hello(name: str = ""):
    return f"<h1>Hello {name}</h1>" # VULN


@app.get("/hello-escaped", response_class=HTMLResponse)
def hello_escaped(name: str = ""):
    return f"<h1>Hello {html.escape(name)}</h1>" # SAFE


@app.get("/card")
def card(name: str):
    return HTMLResponse(content="<p>" + name + "</p>") # VULN


@app.get("/card-escaped")
def card_escaped(name: str):
    return HTMLResponse("<p>%s</p>" % escape(name)) # SAFE


@app.get("/plain")
def plain(name: str):
    return PlainTextResponse("Hello " + name) # SAFE


@app.get("/search")
async def search(request: Request):
    q = request.query_params.get("q", "")
    return HTMLResponse(f"<div>Results for {q}</div>") # VULN


@app.get("/raw")
def raw(name: str):
    return Response(content=f"<b>{name}</b>", media_type="text/html") # VULN


@app.get("/raw-json")
def raw_json(name: str):
    return JSONResponse({"greeting": f"<b>{name}</b>"}) # SAFE


@app.get("/count")
def count(n: int):
    return HTMLResponse(f"<p>{n} items</p>") # SAFE


@app.get("/dict")
def as_dict(name: str):
    return {"greeting": f"Hello {name}"} # SAFE


@app.post("/comment")
async def comment(request: Request):
    form = await request.form()
    body = form["body"]
    return HTMLResponse("<article>" + body + "</article>") # VULN


@app.get("/ua")
async def user_agent(request: Request):
    return HTMLResponse("<pre>" + request.headers.get("user-agent", "") + "</pre>") # VULN


async def starlette_home(request):
    user = request.query_params["user"]
    return StarletteHTML("<h2>" + user + "</h2>") # VULN


async def starlette_profile(request):
    user = request.path_params["user"]
    return StarletteHTML(f"<h2>{html.escape(user)}</h2>") # SAFE


async def starlette_raw(request):
    user = request.path_params["user"]
    return StarletteHTML(f"<h2>{user}</h2>") # VULN


sapp = Starlette(routes=[Route("/", starlette_home), Route("/u/{user}", starlette_profile), Route("/r/{user}", starlette_raw)])
`,
  ),
  ...rules(
    "CWE-79",
    "batch80: p2 aiohttp, Tornado, Pyramid and Bottle responses with request data",
    `
import html

import tornado.escape
import tornado.web
from aiohttp import web
from bottle import request as brequest
from bottle import response as bresponse
from bottle import route, template
from pyramid.response import Response
from pyramid.view import view_config


async def aio_hello(request):
    name = request.match_info.get("name", "anonymous")
    return web.Response(text="<h1>" + name + "</h1>", content_type="text/html") # VULN


async def aio_plain(request):
    name = request.match_info.get("name", "anonymous")
    return web.Response(text="Hello " + name, content_type="text/plain") # SAFE


async def aio_search(request):
    q = request.query.get("q", "")
    return web.Response(body=f"<p>{q}</p>".encode(), content_type="text/html") # VULN


async def aio_comment(request):
    data = await request.post()
    return web.Response(text=f"<p>{html.escape(data['c'])}</p>", content_type="text/html") # SAFE


async def aio_json(request):
    return web.json_response({"q": request.query.get("q", "")}) # SAFE


class HelloHandler(tornado.web.RequestHandler):
    def get(self):
        name = self.get_argument("name")
        self.write("<p>Hello " + name + "</p>") # VULN
        self.write("<p>Hello " + tornado.escape.xhtml_escape(name) + "</p>") # SAFE
        self.write({"name": name}) # SAFE


class SearchHandler(tornado.web.RequestHandler):
    def get(self):
        self.finish(f"<div>{self.get_query_argument('q')}</div>") # VULN

    def post(self):
        self.render("search.html", q=self.get_body_argument("q")) # SAFE


@view_config(route_name="hello")
def pyramid_hello(request):
    name = request.params.get("name", "")
    return Response("<p>" + name + "</p>") # VULN


@view_config(route_name="hello_escaped")
def pyramid_hello_escaped(request):
    name = request.params.get("name", "")
    return Response(f"<p>{html.escape(name)}</p>") # SAFE


@view_config(route_name="item")
def pyramid_item(request):
    return Response(body="item " + request.matchdict["id"], content_type="text/plain") # SAFE


@view_config(route_name="item_html")
def pyramid_item_html(request):
    resp = Response()
    resp.text = "<h3>" + request.matchdict["id"] + "</h3>" # VULN
    return resp


@route("/hello")
def bottle_hello():
    name = brequest.query.get("name")
    return "<b>Hello %s</b>" % name # VULN


@route("/hello-tpl")
def bottle_hello_tpl():
    return template("<b>Hello {{name}}</b>", name=brequest.query.name) # SAFE


@route("/hello-raw")
def bottle_hello_raw():
    return template("<b>Hello {{!name}}</b>", name=brequest.query.name) # VULN


@route("/hello-text")
def bottle_hello_text():
    bresponse.content_type = "text/plain"
    return "Hello " + brequest.query.name # SAFE
`,
  ),
  ...rules(
    "CWE-601",
    "batch80: p2 redirects in FastAPI, Starlette, aiohttp, Tornado, Pyramid and Bottle",
    `
from urllib.parse import urlparse

import tornado.web
from aiohttp import web
from bottle import redirect as bredirect
from bottle import request as brequest
from bottle import route
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from pyramid.httpexceptions import HTTPFound
from pyramid.view import view_config

app = FastAPI()
SAFE_NEXT = {"/", "/dashboard", "/settings"}


@app.get("/login/done")
def login_done(next: str = "/"):
    return RedirectResponse(url=next) # VULN


@app.get("/login/done-checked")
def login_done_checked(next: str = "/"):
    if next not in SAFE_NEXT:
        next = "/"
    return RedirectResponse(url=next) # SAFE


@app.get("/out")
async def out(request: Request):
    return RedirectResponse(request.query_params["url"], status_code=302) # VULN


@app.get("/local")
def local_only(next: str = "/"):
    parsed = urlparse(next)
    if parsed.scheme or parsed.netloc or next.startswith("//"):
        next = "/"
    return RedirectResponse(next) # SAFE


async def aio_go(request):
    raise web.HTTPFound(request.query["next"]) # VULN


async def aio_home(request):
    raise web.HTTPFound(request.app.router["index"].url_for()) # SAFE


class LoginHandler(tornado.web.RequestHandler):
    def get(self):
        self.redirect(self.get_argument("next", "/")) # VULN

    def post(self):
        self.redirect(self.reverse_url("home")) # SAFE


@view_config(route_name="login")
def pyramid_login(request):
    came_from = request.params.get("came_from", "/")
    return HTTPFound(location=came_from) # VULN


@view_config(route_name="logout")
def pyramid_logout(request):
    return HTTPFound(location=request.route_url("home")) # SAFE


@route("/go")
def bottle_go():
    bredirect(brequest.query.next) # VULN


@route("/go-home")
def bottle_home():
    bredirect("/login") # SAFE
`,
  ),
  ...rules(
    "CWE-942",
    "batch80: p2 CORS with any origin and credentials",
    `
import aiohttp_cors
import tornado.web
from aiohttp import web
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pyramid.view import view_config
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware as SCORSMiddleware

app = FastAPI()
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, allow_methods=["*"], allow_headers=["*"]) # VULN
app.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"], allow_credentials=True, allow_methods=["*"]) # SAFE
app.add_middleware(CORSMiddleware, allow_origin_regex=".*", allow_credentials=True) # VULN
app.add_middleware(CORSMiddleware, allow_origin_regex=r"https://[a-z0-9-]+\\.example\\.com", allow_credentials=True) # SAFE
app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"]) # SAFE

sapp = Starlette(middleware=[Middleware(SCORSMiddleware, allow_origins=["*"], allow_credentials=True)]) # VULN
sapp2 = Starlette(middleware=[Middleware(SCORSMiddleware, allow_origins=["https://admin.example.com"], allow_credentials=True)]) # SAFE

aio = web.Application()
cors = aiohttp_cors.setup(aio, defaults={"*": aiohttp_cors.ResourceOptions(allow_credentials=True, expose_headers="*", allow_headers="*")}) # VULN
cors2 = aiohttp_cors.setup(aio, defaults={"https://app.example.com": aiohttp_cors.ResourceOptions(allow_credentials=True)}) # SAFE


class ApiHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", self.request.headers.get("Origin", "")) # VULN
        self.set_header("Access-Control-Allow-Credentials", "true")


class PublicApiHandler(tornado.web.RequestHandler):
    def set_default_headers(self):
        self.set_header("Access-Control-Allow-Origin", "https://app.example.com") # SAFE
        self.set_header("Access-Control-Allow-Credentials", "true")


@view_config(route_name="api", renderer="json")
def pyramid_api(request):
    request.response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "") # VULN
    request.response.headers["Access-Control-Allow-Credentials"] = "true"
    return {"user": request.authenticated_userid}


ALLOWED_ORIGINS = {"https://app.example.com", "https://admin.example.com"}


@view_config(route_name="api2", renderer="json")
def pyramid_api_checked(request):
    origin = request.headers.get("Origin", "")
    if origin in ALLOWED_ORIGINS:
        request.response.headers["Access-Control-Allow-Origin"] = origin # SAFE
        request.response.headers["Access-Control-Allow-Credentials"] = "true"
    return {"user": request.authenticated_userid}
`,
  ),
  ...rules(
    "CWE-22",
    "batch80: p2 file responses from request paths outside Flask and Django",
    `
import os

import tornado.web
from aiohttp import web
from bottle import request as brequest
from bottle import route, static_file
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles
from pyramid.response import FileResponse as PyramidFileResponse
from pyramid.view import view_config
from starlette.responses import FileResponse as StarletteFileResponse

FILES = "/srv/files"
app = FastAPI()
app.mount("/static", StaticFiles(directory="static"), name="static") # SAFE


@app.get("/files")
def get_file(name: str):
    return FileResponse(f"{FILES}/{name}") # VULN


@app.get("/files-base")
def get_file_base(name: str):
    return FileResponse(os.path.join(FILES, os.path.basename(name))) # SAFE


@app.get("/files-checked")
def get_file_checked(name: str):
    path = os.path.realpath(os.path.join(FILES, name))
    if os.path.commonpath([path, FILES]) != FILES:
        raise HTTPException(status_code=404)
    return FileResponse(path) # SAFE


@app.get("/files/{path:path}")
def get_file_path(path: str):
    with open(os.path.join(FILES, path), "rb") as fh: # VULN
        return fh.read()


async def starlette_file(request):
    return StarletteFileResponse(os.path.join(FILES, request.query_params["f"])) # VULN


async def aio_file(request):
    return web.FileResponse(os.path.join(FILES, request.query["fname"])) # VULN


async def aio_file_base(request):
    return web.FileResponse(os.path.join(FILES, os.path.basename(request.query["fname"]))) # SAFE


class DownloadHandler(tornado.web.RequestHandler):
    def get(self):
        with open(os.path.join(FILES, self.get_argument("f")), "rb") as fh: # VULN
            self.write(fh.read())


@route("/dl")
def bottle_dl():
    return static_file(brequest.query.name, root=FILES) # SAFE


@route("/dl-raw")
def bottle_dl_raw():
    with open(FILES + "/" + brequest.query.name, "rb") as fh: # VULN
        return fh.read()


@view_config(route_name="dl")
def pyramid_dl(request):
    return PyramidFileResponse(os.path.join(FILES, request.params["name"]), request=request) # VULN
`,
  ),
  ...rules(
    "CWE-614",
    "batch80: p2 session cookies set without Secure / HttpOnly",
    `
import secrets

import tornado.web
from aiohttp import web
from bottle import response as bresponse
from bottle import route
from fastapi import FastAPI, Response
from pyramid.view import view_config

app = FastAPI()
COOKIE_SECRET = "loaded-at-startup"


@app.post("/login")
def login(response: Response):
    token = secrets.token_urlsafe(32)
    response.set_cookie("session", token) # VULN
    response.set_cookie("session", token, secure=True, httponly=True, samesite="lax") # SAFE
    response.set_cookie("session", token, httponly=True) # VULN
    response.set_cookie("session", token, secure=True) # VULN CWE-1004
    response.set_cookie("lang", "en") # SAFE
    return {"ok": True}


async def aio_login(request):
    resp = web.json_response({"ok": True})
    sid = secrets.token_hex(16)
    resp.set_cookie("sid", sid) # VULN
    resp.set_cookie("sid", sid, secure=True, httponly=True, samesite="Strict") # SAFE
    return resp


class LoginHandler(tornado.web.RequestHandler):
    def post(self):
        sid = secrets.token_hex(16)
        self.set_cookie("sid", sid) # VULN
        self.set_cookie("sid", sid, secure=True, httponly=True) # SAFE
        self.set_secure_cookie("user", self.get_body_argument("user")) # VULN
        self.set_secure_cookie("user", self.get_body_argument("user"), secure=True, httponly=True) # SAFE


@view_config(route_name="login", renderer="json")
def pyramid_login(request):
    sid = secrets.token_hex(16)
    request.response.set_cookie("sid", sid) # VULN
    request.response.set_cookie("sid", sid, secure=True, httponly=True) # SAFE
    return {"ok": True}


@route("/login", method="POST")
def bottle_login():
    sid = secrets.token_hex(16)
    bresponse.set_cookie("sid", sid) # VULN
    bresponse.set_cookie("sid", sid, secret=COOKIE_SECRET, secure=True, httponly=True) # SAFE
    return {"ok": True}
`,
  ),
  ...rules(
    "CWE-1336",
    "batch80: p2 templates compiled from request strings (Tornado, Jinja2, Mako, Bottle)",
    `
import jinja2
import tornado.web
from bottle import request as brequest
from bottle import route, template
from fastapi import FastAPI
from fastapi.responses import PlainTextResponse
from mako.template import Template as MakoTemplate
from tornado.template import Template

app = FastAPI()
env = jinja2.Environment(autoescape=True)


class PreviewHandler(tornado.web.RequestHandler):
    def post(self):
        tpl = self.get_body_argument("tpl")
        self.write(Template(tpl).generate(name="guest")) # VULN
        self.write(Template("<p>{{ name }}</p>").generate(name=self.get_body_argument("name"))) # SAFE
        self.write(Template("<p>{% raw name %}</p>").generate(name=self.get_body_argument("name"))) # VULN CWE-79
        self.write(Template("<p>{{ name }}</p>", autoescape=None).generate(name=self.get_body_argument("name"))) # VULN CWE-79


@app.get("/greet")
def greet(tpl: str, name: str):
    a = env.from_string(tpl).render(name=name) # VULN
    b = jinja2.Template("Hello " + name).render() # VULN
    c = jinja2.Template("Hello {{ name }}").render(name=name) # SAFE
    d = MakoTemplate(tpl).render(name=name) # VULN
    e = MakoTemplate("Hello \${name}").render(name=name) # SAFE
    f = env.get_template("greet.txt").render(name=name) # SAFE
    return PlainTextResponse(a + b + c + d + e + f)


@route("/bottle-greet")
def bottle_greet():
    return template(brequest.query.tpl, name="guest") # VULN


@route("/bottle-greet-ok")
def bottle_greet_ok():
    return template("greet", name=brequest.query.name) # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch80: p2 server-side requests through httpx, aiohttp and Tornado clients",
    `
from urllib.parse import quote, urlparse

import aiohttp
import httpx
import requests
import tornado.web
from bottle import request as brequest
from bottle import route
from fastapi import FastAPI, HTTPException
from pyramid.view import view_config
from tornado.httpclient import AsyncHTTPClient

app = FastAPI()
ALLOWED = {"api.github.com", "hooks.slack.com"}


@app.get("/fetch")
async def fetch(url: str):
    async with httpx.AsyncClient() as client:
        r = await client.get(url) # VULN
    s = httpx.get(url) # VULN
    return {"a": r.status_code, "b": s.status_code}


@app.get("/fetch-checked")
async def fetch_checked(url: str):
    parsed = urlparse(url)
    if parsed.scheme != "https" or parsed.hostname not in ALLOWED:
        raise HTTPException(status_code=400)
    async with httpx.AsyncClient(follow_redirects=False) as client:
        r = await client.get(url) # SAFE
    return {"a": r.status_code}


@app.get("/user")
def user(user_id: str):
    r = httpx.get("https://api.example.com/users/" + quote(user_id, safe="")) # SAFE
    return r.json()


@app.get("/status")
def status(host: str):
    with httpx.Client() as client:
        return client.get(f"https://{host}/status").json() # VULN


@app.get("/items")
def items(item_id: str):
    with httpx.Client(base_url="https://api.example.com") as client:
        return client.get(f"/items/{quote(item_id, safe='')}").json() # SAFE


@app.get("/proxy")
async def proxy(url: str):
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as resp: # VULN
            return await resp.text()


@app.post("/hook")
async def hook(svc: str):
    async with aiohttp.ClientSession() as session:
        await session.post(f"http://{svc}.internal/hook", json={}) # VULN
        await session.get("https://api.example.com/v1/items", params={"q": svc}) # SAFE


class FetchHandler(tornado.web.RequestHandler):
    async def get(self):
        resp = await AsyncHTTPClient().fetch(self.get_argument("url")) # VULN
        self.write(resp.body)


@view_config(route_name="preview", renderer="json")
def pyramid_preview(request):
    return {"body": requests.get(request.params["u"], timeout=5).text} # VULN


@route("/bottle-fetch")
def bottle_fetch():
    return requests.get(brequest.query.url, timeout=5).text # VULN
`,
  ),
];

const PART3: DevCase[] = [
  ...rules(
    "CWE-327",
    "batch80: p3 cryptography hazmat ciphers and modes",
    `
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305


def encrypt_record(key: bytes, data: bytes) -> bytes:
    iv = os.urandom(16)
    nonce = os.urandom(12)
    a = Cipher(algorithms.AES(key), modes.ECB()).encryptor() # VULN
    b = Cipher(algorithms.AES(key), modes.GCM(nonce)).encryptor() # SAFE
    c = Cipher(algorithms.TripleDES(key[:24]), modes.CBC(iv[:8])).encryptor() # VULN
    d = Cipher(algorithms.Blowfish(key), modes.CBC(iv[:8])).encryptor() # VULN
    e = Cipher(algorithms.ARC4(key), mode=None).encryptor() # VULN
    f = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor() # SAFE
    g = Cipher(algorithms.AES(key), modes.CTR(nonce + bytes(4))).encryptor() # SAFE
    h = Cipher(algorithms.CAST5(key), modes.ECB()).encryptor() # VULN
    i = Cipher(algorithms.IDEA(key[:16]), modes.CFB(iv[:8])).encryptor() # VULN
    j = Cipher(algorithms.SEED(key[:16]), modes.CBC(iv)).encryptor() # VULN
    out = b"".join(x.update(data) for x in (a, b, c, d, e, f, g, h, i, j))
    return out


ECB = modes.ECB()


def encrypt_block(key: bytes, block: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), ECB).encryptor() # VULN
    return enc.update(block) + enc.finalize()


def encrypt_iv_static(key: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CBC(b"\\x00" * 16)).encryptor() # VULN CWE-329
    return enc.update(data) + enc.finalize()


STATIC_IV = b"0123456789abcdef"


def encrypt_iv_const(key: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CBC(STATIC_IV)).encryptor() # VULN CWE-329
    return enc.update(data) + enc.finalize()


def encrypt_iv_zeros(key: bytes, data: bytes) -> bytes:
    enc = Cipher(algorithms.AES(key), modes.CBC(bytes(16))).encryptor() # VULN CWE-329
    return enc.update(data) + enc.finalize()


NONCE = b"fixed-nonce!"


def seal(key: bytes, data: bytes, aad: bytes) -> bytes:
    a = AESGCM(key).encrypt(NONCE, data, aad) # VULN CWE-323
    b = AESGCM(key).encrypt(b"\\x00" * 12, data, aad) # VULN CWE-323
    n = os.urandom(12)
    c = AESGCM(key).encrypt(n, data, aad) # SAFE
    d = ChaCha20Poly1305(key).encrypt(NONCE, data, aad) # VULN CWE-323
    e = ChaCha20Poly1305(key).encrypt(n, data, aad) # SAFE
    return n + a + b + c + d + e
`,
  ),
  ...rules(
    "CWE-327",
    "batch80: p3 cryptography signatures, hashes and RSA padding",
    `
import os

from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

private_key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
public_key = private_key.public_key()
ec_key = ec.generate_private_key(ec.SECP256R1())


def sign(data: bytes) -> list:
    a = private_key.sign(data, padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH), hashes.SHA256()) # SAFE
    b = private_key.sign(data, padding.PKCS1v15(), hashes.MD5()) # VULN
    c = private_key.sign(data, padding.PKCS1v15(), hashes.SHA1()) # VULN
    d = ec_key.sign(data, ec.ECDSA(hashes.SHA1())) # VULN
    e = ec_key.sign(data, ec.ECDSA(hashes.SHA256())) # SAFE
    f = private_key.sign(data, padding.PKCS1v15(), hashes.SHA256()) # SAFE
    return [a, b, c, d, e, f]


def verify(sig: bytes, data: bytes) -> None:
    public_key.verify(sig, data, padding.PKCS1v15(), hashes.SHA1()) # VULN
    public_key.verify(sig, data, padding.PKCS1v15(), hashes.SHA512()) # SAFE


def encrypt_secret(message: bytes) -> list:
    a = public_key.encrypt(message, padding.PKCS1v15()) # VULN CWE-780
    b = public_key.encrypt(message, padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA256()), algorithm=hashes.SHA256(), label=None)) # SAFE
    return [a, b]


def mac(key: bytes, data: bytes) -> bytes:
    h = hmac.HMAC(key, hashes.SHA256()) # SAFE
    h.update(data)
    return h.finalize()


def hash_password(password: str) -> bytes:
    digest = hashes.Hash(hashes.MD5()) # VULN CWE-328
    digest.update(password.encode())
    return digest.finalize()


def hash_password_sha1(password: str) -> bytes:
    digest = hashes.Hash(hashes.SHA1()) # VULN CWE-328
    digest.update(password.encode())
    return digest.finalize()


def fingerprint(blob: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA256()) # SAFE
    digest.update(blob)
    return digest.finalize()


def derive(password: str) -> bytes:
    salt = os.urandom(16)
    a = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=1000).derive(password.encode()) # VULN CWE-916
    b = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600_000).derive(password.encode()) # SAFE
    c = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=b"static-salt", iterations=600_000).derive(password.encode()) # VULN CWE-760
    d = Scrypt(salt=salt, length=32, n=2**14, r=8, p=1).derive(password.encode()) # SAFE
    e = PBKDF2HMAC(algorithm=hashes.MD5(), length=16, salt=salt, iterations=600_000).derive(password.encode()) # VULN
    return salt + a + b + c + d + e
`,
  ),
  ...rules(
    "CWE-326",
    "batch80: p3 asymmetric keys that are too small",
    `
from Crypto.PublicKey import DSA, RSA
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa

KEY_BITS = 512
STRONG_BITS = 4096


def keys():
    a = rsa.generate_private_key(public_exponent=65537, key_size=1024) # VULN
    b = rsa.generate_private_key(public_exponent=65537, key_size=2048) # SAFE
    c = dsa.generate_private_key(key_size=1024) # VULN
    d = dsa.generate_private_key(key_size=3072) # SAFE
    e = ec.generate_private_key(ec.SECP192R1()) # VULN
    f = ec.generate_private_key(ec.SECP384R1()) # SAFE
    g = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS) # VULN
    h = rsa.generate_private_key(public_exponent=65537, key_size=STRONG_BITS) # SAFE
    i = rsa.generate_private_key(65537, 768) # VULN
    return [a, b, c, d, e, f, g, h, i]


def legacy_keys():
    a = RSA.generate(1024) # VULN
    b = RSA.generate(3072) # SAFE
    c = DSA.generate(1024) # VULN
    d = DSA.generate(2048) # SAFE
    e = RSA.generate(bits=1536) # VULN
    return [a, b, c, d, e]
`,
  ),
  ...rules(
    "CWE-327",
    "batch80: p3 PyCryptodome / PyCrypto ciphers, modes, IVs and hashes",
    `
import os

from Crypto.Cipher import AES, ARC4, DES, DES3, PKCS1_OAEP, PKCS1_v1_5, Blowfish
from Crypto.Hash import MD5, SHA256
from Crypto.PublicKey import RSA
from Crypto.Random import get_random_bytes

KEY = get_random_bytes(16)
rsa_key = RSA.generate(3072)


def encrypt(data: bytes, iv: bytes) -> list:
    a = AES.new(KEY, AES.MODE_ECB).encrypt(data) # VULN
    b = AES.new(KEY, AES.MODE_GCM).encrypt_and_digest(data) # SAFE
    c = AES.new(KEY, AES.MODE_CBC, iv=b"\\x00" * 16).encrypt(data) # VULN CWE-329
    d = AES.new(KEY, AES.MODE_CBC, iv=get_random_bytes(16)).encrypt(data) # SAFE
    e = AES.new(KEY, AES.MODE_CBC).encrypt(data) # SAFE
    f = DES.new(KEY[:8], DES.MODE_CBC, iv[:8]).encrypt(data) # VULN
    g = DES3.new(KEY + KEY[:8], DES3.MODE_EAX).encrypt(data) # VULN
    h = ARC4.new(KEY).encrypt(data) # VULN
    i = Blowfish.new(KEY, Blowfish.MODE_CBC, iv[:8]).encrypt(data) # VULN
    j = AES.new(KEY, AES.MODE_GCM, nonce=b"fixednonce12").encrypt_and_digest(data) # VULN CWE-323
    k = AES.new(KEY, AES.MODE_GCM, nonce=os.urandom(12)).encrypt_and_digest(data) # SAFE
    m = AES.new(b"0123456789abcdef", AES.MODE_GCM).encrypt_and_digest(data) # VULN CWE-321
    n = AES.new(KEY, 1).encrypt(data) # VULN
    return [a, b, c, d, e, f, g, h, i, j, k, m, n]


def wrap_key(session_key: bytes) -> list:
    a = PKCS1_v1_5.new(rsa_key.publickey()).encrypt(session_key) # VULN CWE-780
    b = PKCS1_OAEP.new(rsa_key.publickey()).encrypt(session_key) # SAFE
    return [a, b]


def digest_password(password: str) -> list:
    a = MD5.new(password.encode()).hexdigest() # VULN CWE-328
    b = SHA256.new(password.encode()).hexdigest() # VULN CWE-916
    return [a, b]


def digest_file(blob: bytes) -> str:
    return SHA256.new(blob).hexdigest() # SAFE
`,
  ),
  ...rules(
    "CWE-916",
    "batch80: p3 hashlib and hmac for passwords and tokens, usedforsecurity",
    `
import hashlib
import hmac
import os

SECRET = os.environ["APP_SECRET"].encode()


def store_password(password: str) -> str:
    return hashlib.md5(password.encode()).hexdigest() # VULN CWE-328


def store_password_sha256(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest() # VULN


def store_password_salted(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + hashlib.sha1(salt + password.encode()).hexdigest() # VULN CWE-328


def store_password_hmac(password: str) -> str:
    return hmac.new(SECRET, password.encode(), hashlib.sha1).hexdigest() # VULN


def store_password_pbkdf2(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000).hex() # SAFE


def store_password_pbkdf2_weak(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + hashlib.pbkdf2_hmac("sha1", password.encode(), salt, 1000).hex() # VULN


def store_password_scrypt(password: str) -> str:
    salt = os.urandom(16)
    return salt.hex() + hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1).hex() # SAFE


def store_password_static_salt(password: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), b"pepper", 600_000).hex() # VULN CWE-760


def sign_token(token: str) -> str:
    return hashlib.new("md5", SECRET + token.encode()).hexdigest() # VULN CWE-328


def sign_token_hmac(token: str) -> str:
    return hmac.new(SECRET, token.encode(), hashlib.sha256).hexdigest() # SAFE


def cache_key(template_name: str) -> str:
    return "tpl:" + hashlib.md5(template_name.encode(), usedforsecurity=False).hexdigest() # SAFE


def etag(body: bytes) -> str:
    return hashlib.sha1(body, usedforsecurity=False).hexdigest() # SAFE


def file_digest(body: bytes) -> str:
    return hashlib.new("sha256", body).hexdigest() # SAFE


def reset_token(email: str) -> str:
    return hashlib.md5(email.encode() + SECRET).hexdigest() # VULN CWE-328
`,
  ),
  ...rules(
    "CWE-295",
    "batch80: p3 ssl contexts, HTTP clients without verification, SSH host keys",
    `
import socket
import ssl

import aiohttp
import httpx
import paramiko
import requests
import urllib3


def contexts(sock: socket.socket):
    a = ssl.SSLContext(ssl.PROTOCOL_TLSv1) # VULN CWE-327
    b = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) # SAFE
    c = ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3) # VULN CWE-327
    d = ssl.create_default_context()
    d.check_hostname = False # VULN
    d.verify_mode = ssl.CERT_NONE # VULN
    e = ssl.create_default_context(cafile="/etc/ssl/internal-ca.pem") # SAFE
    e.verify_mode = ssl.CERT_REQUIRED # SAFE
    f = ssl._create_unverified_context() # VULN
    g = ssl.create_default_context()
    g.minimum_version = ssl.TLSVersion.TLSv1 # VULN CWE-327
    g.minimum_version = ssl.TLSVersion.TLSv1_2 # SAFE
    g.set_ciphers("RC4-SHA:DES-CBC3-SHA") # VULN CWE-327
    g.set_ciphers("ECDHE+AESGCM:ECDHE+CHACHA20") # SAFE
    h = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1) # VULN CWE-327
    return [a, b, c, d, e, f, g, h]


ssl._create_default_https_context = ssl._create_unverified_context # VULN


def clients(url: str, payload: dict):
    a = requests.get(url, verify=False, timeout=5) # VULN
    b = requests.post(url, json=payload, verify="/etc/ssl/internal-ca.pem", timeout=5) # SAFE
    session = requests.Session()
    session.verify = False # VULN
    c = urllib3.PoolManager(cert_reqs="CERT_NONE") # VULN
    d = urllib3.PoolManager(cert_reqs="CERT_REQUIRED") # SAFE
    e = httpx.get(url, verify=False) # VULN
    f = httpx.Client(verify=False) # VULN
    g = httpx.AsyncClient(verify=ssl.create_default_context()) # SAFE
    h = urllib3.HTTPSConnectionPool("api.example.com", cert_reqs=ssl.CERT_NONE) # VULN
    i = requests.get(url, timeout=5) # SAFE
    return [a, b, c, d, e, f, g, h, i, session]


async def aio_clients(url: str):
    conn = aiohttp.TCPConnector(ssl=False) # VULN
    async with aiohttp.ClientSession(connector=conn) as s:
        await s.get(url)
    async with aiohttp.ClientSession() as s:
        await s.get(url, ssl=False) # VULN
        await s.get(url, ssl=ssl.create_default_context()) # SAFE
    conn2 = aiohttp.TCPConnector(verify_ssl=False) # VULN
    return conn2


def ssh(host: str):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy()) # VULN
    client.set_missing_host_key_policy(paramiko.WarningPolicy()) # VULN
    client.set_missing_host_key_policy(paramiko.RejectPolicy()) # SAFE
    client.set_missing_host_key_policy(paramiko.client.AutoAddPolicy) # VULN
    client.load_system_host_keys() # SAFE
    client.connect(host, username="deploy")
    return client
`,
  ),
  ...rules(
    "CWE-319",
    "batch80: p3 cleartext FTP, Telnet, SMTP, POP3 and IMAP with credentials",
    `
import ftplib
import imaplib
import os
import poplib
import smtplib
import ssl
import telnetlib

USER = os.environ["MAIL_USER"]
PASSWORD = os.environ["MAIL_PASSWORD"]


def ftp_upload(path: str):
    ftp = ftplib.FTP("ftp.example.com") # VULN
    ftp.login(USER, PASSWORD)
    with open(path, "rb") as fh:
        ftp.storbinary("STOR report.csv", fh)


def ftps_upload(path: str):
    ftps = ftplib.FTP_TLS("ftp.example.com") # SAFE
    ftps.login(USER, PASSWORD)
    ftps.prot_p()
    with open(path, "rb") as fh:
        ftps.storbinary("STOR report.csv", fh)


def router_shell(host: str):
    tn = telnetlib.Telnet(host, 23) # VULN
    tn.read_until(b"login: ")
    tn.write(USER.encode() + b"\\n")
    tn.read_until(b"Password: ")
    tn.write(PASSWORD.encode() + b"\\n")
    return tn.read_all()


def send_mail(msg):
    s = smtplib.SMTP("smtp.example.com", 25) # VULN
    s.login(USER, PASSWORD)
    s.send_message(msg)
    s.quit()


def send_mail_starttls(msg):
    s = smtplib.SMTP("smtp.example.com", 587) # SAFE
    s.starttls(context=ssl.create_default_context())
    s.login(USER, PASSWORD)
    s.send_message(msg)
    s.quit()


def send_mail_ssl(msg):
    with smtplib.SMTP_SSL("smtp.example.com", 465, context=ssl.create_default_context()) as s: # SAFE
        s.login(USER, PASSWORD)
        s.send_message(msg)


def fetch_pop():
    box = poplib.POP3("pop.example.com") # VULN
    box.user(USER)
    box.pass_(PASSWORD)
    return box.stat()


def fetch_pop_ssl():
    box = poplib.POP3_SSL("pop.example.com") # SAFE
    box.user(USER)
    box.pass_(PASSWORD)
    return box.stat()


def fetch_imap():
    box = imaplib.IMAP4("imap.example.com") # VULN
    box.login(USER, PASSWORD)
    return box.select("INBOX")


def fetch_imap_ssl():
    box = imaplib.IMAP4_SSL("imap.example.com") # SAFE
    box.login(USER, PASSWORD)
    return box.select("INBOX")


def send_relay(msg):
    with smtplib.SMTP("localhost") as s: # SAFE
        s.send_message(msg)
`,
  ),
  ...rules(
    "CWE-347",
    "batch80: p3 JWT decoding without verification or with weak algorithms (PyJWT, python-jose)",
    `
import os

import jwt
from jose import jwt as jose_jwt

SECRET = os.environ["JWT_SECRET"]
PUBLIC_KEY = open("/etc/keys/jwt.pub").read()


def current_user(token: str) -> str:
    a = jwt.decode(token, options={"verify_signature": False}) # VULN
    b = jwt.decode(token, SECRET, algorithms=["HS256"]) # SAFE
    c = jwt.decode(token, SECRET, verify=False) # VULN
    d = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"]) # SAFE
    e = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_signature": False}) # VULN
    return a["sub"] + b["sub"] + c["sub"] + d["sub"] + e["sub"]


def current_user_jose(token: str) -> str:
    a = jose_jwt.decode(token, PUBLIC_KEY) # VULN
    b = jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"]) # SAFE
    c = jose_jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"verify_signature": False}) # VULN
    d = jose_jwt.get_unverified_claims(token)["sub"] # VULN
    return a["sub"] + b["sub"] + c["sub"] + d


def issue(user_id: str) -> list:
    a = jwt.encode({"sub": user_id}, None, algorithm="none") # VULN
    b = jwt.encode({"sub": user_id}, SECRET, algorithm="HS256") # SAFE
    c = jwt.encode({"sub": user_id}, "super-secret-signing-key", algorithm="HS256") # VULN CWE-798
    d = jose_jwt.encode({"sub": user_id}, "changeme-jwt-secret", algorithm="HS256") # VULN CWE-798
    return [a, b, c, d]


def header_kid(token: str) -> str:
    return jwt.get_unverified_header(token).get("kid", "") # SAFE
`,
  ),
];

const PART4: DevCase[] = [
  ...rules(
    "CWE-502",
    "batch80: p4 pickle, dill, jsonpickle, marshal, shelve and yaml on request bodies",
    `
import base64
import json
import marshal
import pickle
import shelve

import dill
import jsonpickle
import yaml
from flask import Flask, request

app = Flask(__name__)


@app.route("/import", methods=["POST"])
def import_state():
    blob = request.get_data()
    a = pickle.loads(blob) # VULN
    b = dill.loads(blob) # VULN
    c = jsonpickle.decode(blob.decode()) # VULN
    d = json.loads(blob) # SAFE
    e = yaml.load(blob, Loader=yaml.Loader) # VULN
    f = yaml.safe_load(blob) # SAFE
    g = yaml.load(blob, Loader=yaml.SafeLoader) # SAFE
    h = yaml.unsafe_load(blob) # VULN
    i = marshal.loads(blob) # VULN
    j = yaml.load(blob, Loader=yaml.UnsafeLoader) # VULN
    k = yaml.load_all(blob, Loader=yaml.CSafeLoader) # SAFE
    m = pickle.Unpickler(request.stream).load() # VULN
    return str([a, b, c, d, e, f, g, h, i, j, k, m])


@app.route("/cart")
def cart():
    state = pickle.loads(base64.b64decode(request.cookies["cart"])) # VULN
    state2 = json.loads(base64.b64decode(request.cookies["cart"])) # SAFE
    return str(state) + str(state2)


@app.route("/db")
def open_db():
    with shelve.open(request.args["name"]) as db: # VULN
        return str(dict(db))


@app.route("/export")
def export_state():
    return base64.b64encode(pickle.dumps({"user": request.args.get("u")})) # SAFE


@app.route("/upload", methods=["POST"])
def upload():
    f = request.files["state"]
    a = pickle.load(f) # VULN
    b = dill.load(f.stream) # VULN
    return str(a) + str(b)
`,
  ),
  ...rules(
    "CWE-502",
    "batch80: p4 model and array loaders on uploaded files (torch, joblib, numpy, pandas)",
    `
import os

import joblib
import numpy as np
import pandas as pd
import torch
from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
UPLOADS = "/srv/uploads"


def saved_upload() -> str:
    f = request.files["model"]
    path = os.path.join(UPLOADS, secure_filename(f.filename))
    f.save(path)
    return path


@app.route("/models", methods=["POST"])
def load_model():
    path = saved_upload()
    a = torch.load(path) # VULN
    b = torch.load(path, weights_only=True) # SAFE
    c = joblib.load(path) # VULN
    d = np.load(path, allow_pickle=True) # VULN
    e = np.load(path) # SAFE
    f = np.load(path, allow_pickle=False) # SAFE
    g = pd.read_pickle(path) # VULN
    h = pd.read_csv(path) # SAFE
    i = torch.load(path, map_location="cpu", weights_only=False) # VULN
    return str([a, b, c, d, e, f, g, h, i])


@app.route("/models/stream", methods=["POST"])
def load_model_stream():
    a = torch.load(request.files["model"].stream) # VULN
    b = joblib.load(request.files["model"]) # VULN
    c = np.load(request.files["arr"], allow_pickle=True) # VULN
    d = np.load(request.files["arr"]) # SAFE
    return str([a, b, c, d])
`,
  ),
  ...rules(
    "CWE-22",
    "batch80: p4 tarfile / zipfile extraction of uploaded archives",
    `
import os
import shutil
import tarfile
import zipfile

DEST = "/srv/data"


def unpack_tar(upload: str):
    with tarfile.open(upload) as tf:
        tf.extractall(DEST) # VULN


def unpack_tar_filtered(upload: str):
    with tarfile.open(upload) as tf:
        tf.extractall(DEST, filter="data") # SAFE


def unpack_tar_members(upload: str):
    with tarfile.open(upload, "r:gz") as tf:
        for member in tf.getmembers():
            tf.extract(member, DEST) # VULN


def unpack_tar_checked(upload: str):
    root = os.path.realpath(DEST)
    with tarfile.open(upload) as tf:
        members = []
        for m in tf.getmembers():
            target = os.path.realpath(os.path.join(root, m.name))
            if target.startswith(root + os.sep) and (m.isfile() or m.isdir()):
                members.append(m)
        tf.extractall(root, members=members) # SAFE


def unpack_tar_filter_fn(upload: str):
    with tarfile.open(upload) as tf:
        tf.extractall(DEST, filter=tarfile.data_filter) # SAFE


def unpack_tar_fully_trusted(upload: str):
    with tarfile.open(upload) as tf:
        tf.extractall(DEST, filter="fully_trusted") # VULN


def unpack_zip_manual(upload: str):
    with zipfile.ZipFile(upload) as zf:
        for name in zf.namelist():
            with open(os.path.join(DEST, name), "wb") as out: # VULN
                out.write(zf.read(name))


def unpack_zip_checked(upload: str):
    root = os.path.realpath(DEST)
    with zipfile.ZipFile(upload) as zf:
        for info in zf.infolist():
            target = os.path.realpath(os.path.join(root, info.filename))
            if not target.startswith(root + os.sep):
                continue
            with open(target, "wb") as out: # SAFE
                out.write(zf.read(info))


def unpack_zip_builtin(upload: str):
    with zipfile.ZipFile(upload) as zf:
        zf.extractall(DEST) # SAFE


def unpack_any(upload: str):
    shutil.unpack_archive(upload, DEST) # VULN


def unpack_any_filtered(upload: str):
    shutil.unpack_archive(upload, DEST, filter="data") # SAFE
`,
  ),
  ...rules(
    "CWE-377",
    "batch80: p4 temporary files with predictable names",
    `
import os
import tempfile


def write_report(rows):
    path = tempfile.mktemp() # VULN
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def write_report_csv(rows):
    path = tempfile.mktemp(suffix=".csv", dir="/tmp") # VULN
    with open(path, "w") as fh:
        fh.writelines(rows)
    return path


def write_report_mkstemp(rows):
    fd, path = tempfile.mkstemp(suffix=".csv") # SAFE
    with os.fdopen(fd, "w") as fh:
        fh.writelines(rows)
    return path


def write_report_named(rows):
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as fh: # SAFE
        fh.writelines(rows)
        return fh.name


def write_report_fixed(rows):
    with open("/tmp/report.csv", "w") as fh: # VULN
        fh.writelines(rows)


def write_report_pid(rows):
    path = "/tmp/report-%d.csv" % os.getpid()
    with open(path, "w") as fh: # VULN
        fh.writelines(rows)


def write_report_dir(rows):
    with tempfile.TemporaryDirectory() as d:
        with open(os.path.join(d, "report.csv"), "w") as fh: # SAFE
            fh.writelines(rows)
`,
  ),
  ...rules(
    "CWE-732",
    "batch80: p4 world-writable permissions",
    `
import os
import stat
from pathlib import Path


def publish(path: str, script: str, key_path: str):
    os.chmod(path, 0o777) # VULN
    os.chmod(path, 0o600) # SAFE
    os.chmod(path, stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO) # VULN
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR) # SAFE
    os.chmod(path, 0o666) # VULN
    os.chmod(script, 0o755) # SAFE
    Path(path).chmod(0o777) # VULN
    Path(path).chmod(0o640) # SAFE
    os.chmod(path, 0o646) # VULN
    os.chmod(key_path, stat.S_IRUSR) # SAFE
    os.chmod(path, stat.S_IWOTH | stat.S_IRUSR) # VULN
    os.umask(0) # VULN
    os.umask(0o077) # SAFE
    os.chmod(path, 511) # VULN
`,
  ),
  ...rules(
    "CWE-78",
    "batch80: p4 shell commands built from request data",
    `
import asyncio
import os
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/convert")
def convert():
    name = request.args["name"]
    subprocess.run(f"convert {name} out.png", shell=True) # VULN
    subprocess.run(["convert", name, "out.png"]) # SAFE
    subprocess.call("ls " + name, shell=True) # VULN
    subprocess.Popen("tar czf backup.tgz " + shlex.quote(name), shell=True) # SAFE
    subprocess.check_output("git log -n 5", shell=True) # SAFE
    subprocess.check_call("file %s" % name, shell=True) # VULN
    subprocess.run(["sh", "-c", "echo " + name]) # VULN
    subprocess.run("echo hi", shell=True) # SAFE
    return "ok"


@app.route("/ping")
def ping():
    host = request.args.get("host", "localhost")
    os.system("ping -c 1 " + host) # VULN
    out = os.popen("nslookup " + host).read() # VULN
    up = os.popen("uptime").read() # SAFE
    du = subprocess.getoutput("du -sh " + host) # VULN
    st = subprocess.getstatusoutput(f"ls {host}") # VULN
    os.execl("/bin/sh", "sh", "-c", "dig " + host) # VULN
    return out + up + du + str(st)


@app.route("/ping-ok")
def ping_ok():
    host = request.args.get("host", "localhost")
    os.system("ping -c 1 " + shlex.quote(host)) # SAFE
    out = subprocess.run(["nslookup", host], capture_output=True, text=True).stdout # SAFE
    return out


@app.route("/transcode")
async def transcode():
    src = request.args["src"]
    p = await asyncio.create_subprocess_shell(f"ffmpeg -i {src} out.mp4") # VULN
    q = await asyncio.create_subprocess_exec("ffmpeg", "-i", src, "out.mp4") # SAFE
    await p.wait()
    await q.wait()
    return "ok"
`,
  ),
  ...rules(
    "CWE-95",
    "batch80: p4 eval, exec and compile of request data",
    `
import ast

from flask import Flask, request

app = Flask(__name__)


@app.route("/calc")
def calc():
    expr = request.args["expr"]
    a = eval(expr) # VULN
    b = ast.literal_eval(expr) # SAFE
    c = eval("1 + 2") # SAFE
    d = eval(compile(expr, "<expr>", "eval"), {"__builtins__": {}}) # VULN
    e = eval(expr, {"__builtins__": None}, {}) # VULN
    return str([a, b, c, d, e])


@app.route("/run", methods=["POST"])
def run():
    code = request.form["code"]
    exec(code) # VULN
    exec(f"result = {request.form['x']}") # VULN
    obj = compile(code, "<user>", "exec") # VULN
    exec(obj, {})
    exec("import json") # SAFE
    return "ok"


@app.route("/config", methods=["POST"])
def config():
    values = ast.literal_eval(request.form["values"]) # SAFE
    return str(values)
`,
  ),
  ...rules(
    "CWE-611",
    "batch80: p4 XML parsers resolving external entities",
    `
import xml.sax

import defusedxml.ElementTree as DET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.route("/xml", methods=["POST"])
def parse_xml():
    data = request.get_data()
    p1 = etree.XMLParser(resolve_entities=True) # VULN
    a = etree.fromstring(data, p1)
    p2 = etree.XMLParser(resolve_entities=False, no_network=True) # SAFE
    b = etree.fromstring(data, p2)
    p3 = etree.XMLParser(load_dtd=True, no_network=False) # VULN
    c = etree.fromstring(data, p3)
    d = DET.fromstring(data) # SAFE
    e = etree.parse(request.files["doc"], etree.XMLParser(resolve_entities=True, dtd_validation=True)) # VULN
    return str([a, b, c, d, e])


class Handler(xml.sax.ContentHandler):
    pass


@app.route("/sax", methods=["POST"])
def parse_sax():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True) # VULN
    parser.setContentHandler(Handler())
    parser.parse(request.files["doc"])
    return "ok"


@app.route("/sax-ok", methods=["POST"])
def parse_sax_ok():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, False) # SAFE
    parser.setContentHandler(Handler())
    parser.parse(request.files["doc"])
    return "ok"
`,
  ),
  ...rules(
    "CWE-79",
    "batch80: p4 jinja2 environments without autoescape and Markup",
    `
import jinja2
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

app = Flask(__name__)

env1 = Environment(loader=FileSystemLoader("templates")) # VULN
env2 = Environment(loader=FileSystemLoader("templates"), autoescape=True) # SAFE
env3 = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"])) # SAFE
env4 = jinja2.Environment(loader=jinja2.PackageLoader("shop"), autoescape=False) # VULN


@app.route("/card")
def card():
    name = request.args.get("name", "")
    a = jinja2.Template("<p>{{ name }}</p>").render(name=name) # VULN
    b = Markup(f"<b>{name}</b>") # VULN
    c = Markup("<b>{}</b>").format(name) # SAFE
    d = Markup("<b>%s</b>") % name # SAFE
    e = Markup("<b>" + str(escape(name)) + "</b>") # SAFE
    f = Markup("<b>" + name + "</b>") # VULN
    g = env2.get_template("card.html").render(name=name) # SAFE
    return a + b + c + d + e + f + g
`,
  ),
  ...rules(
    "CWE-94",
    "batch80: p4 logging.config.listen and other config loaders that run code",
    `
import logging.config


def start_log_listener(verify_signature):
    t = logging.config.listen(9999) # VULN
    t.start()
    u = logging.config.listen(9998, verify=verify_signature) # SAFE
    u.start()
    return t, u


def configure(path: str):
    logging.config.fileConfig(path, disable_existing_loggers=False) # SAFE
    logging.config.dictConfig({"version": 1, "root": {"level": "INFO"}}) # SAFE
`,
  ),
  ...rules(
    "CWE-703",
    "batch80: p4 assert used for authorization checks",
    `
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse

from .models import User


def delete_user(request, uid):
    assert request.user.is_superuser # VULN
    User.objects.filter(id=uid).delete()
    return JsonResponse({"ok": True})


def delete_user_checked(request, uid):
    if not request.user.is_superuser: # SAFE
        raise PermissionDenied()
    User.objects.filter(id=uid).delete()
    return JsonResponse({"ok": True})


def export_users(request):
    assert request.user.has_perm("accounts.export_user"), "forbidden" # VULN
    assert isinstance(request.GET.get("fmt", "csv"), str) # SAFE
    return JsonResponse({"users": list(User.objects.values("id", "email"))})


def rotate_key(request, key):
    assert key.owner_id == request.user.id # VULN
    key.rotate()
    return JsonResponse({"ok": True})
`,
  ),
  ...rules(
    "CWE-400",
    "batch80: p4 outbound HTTP calls without a timeout",
    `
import requests


def sync(url: str, payload: dict):
    a = requests.get(url) # VULN
    b = requests.get(url, timeout=10) # SAFE
    c = requests.post(url, data=payload) # VULN
    d = requests.request("GET", url) # VULN
    e = requests.put(url, json=payload, timeout=(3.05, 27)) # SAFE
    f = requests.get(url, timeout=None) # VULN
    s = requests.Session()
    g = s.get(url) # VULN
    h = s.post(url, json=payload, timeout=5) # SAFE
    i = requests.delete(url) # VULN
    j = requests.head(url, timeout=2) # SAFE
    return [a, b, c, d, e, f, g, h, i, j]
`,
  ),
  ...rules(
    "CWE-1327",
    "batch80: p4 sockets and debug servers bound to all interfaces",
    `
import os
import socket

from flask import Flask

app = Flask(__name__)


def admin_console():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("0.0.0.0", 9000)) # VULN
    sock.listen(1)
    return sock


def admin_console_local():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 9000)) # SAFE
    sock.listen(1)
    return sock


def metrics_socket():
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("", 9100)) # VULN
    return sock


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True) # VULN CWE-489
    app.run(host="127.0.0.1", port=5000, debug=True) # VULN CWE-489
    app.run(debug=os.environ.get("FLASK_DEBUG") == "1") # SAFE
    app.run(host="127.0.0.1", port=5000) # SAFE
`,
  ),
];

export const BATCH80: DevCase[] = [...PART1, ...PART2, ...PART3, ...PART4];
