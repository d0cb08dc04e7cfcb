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
TEMPLATE_DEBUG = True # VULN CWE-489

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

export const BATCH80: DevCase[] = [...PART1];
