// Dev suite "py-rules", batch 38 (format in py-rules.ts): written after a probe against Bearer's public Python rule
// tests, before any fix for it: the idioms that probe found missing, in real-code shapes of our own - outbound
// HTTP clients given a caller-chosen host, proxy or base URL through constructors and attributes (http.client,
// urllib.request.Request, requests.Request, httpx/aiohttp clients, httplib2, urllib3 pools and proxies), Django
// form data (a bound form's cleaned_data, FormView.form_valid's form) reaching responses, redirects, templates and
// storage locations, and Django settings/storage permissions. Cases written here,
// never taken from a held-out corpus or copied from the probed suite.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH38: DevCase[] = [
  ...rules(
    "CWE-918",
    "batch38: stdlib clients bound to a caller-chosen host",
    `
import http.client
import urllib.request
from urllib.parse import urlparse

from flask import Flask, abort, request

app = Flask(__name__)
MIRRORS = {"mirror-a.example.org", "mirror-b.example.org"}


@app.get("/probe")
def probe():
    host = request.args.get("host", "")
    conn = http.client.HTTPSConnection(host, 443, timeout=4) # VULN
    conn.request("HEAD", "/")
    status = conn.getresponse().status
    home = http.client.HTTPSConnection("status.example.org", 443, timeout=4) # SAFE
    home.request("HEAD", "/")
    return {"status": status, "home": home.getresponse().status}


@app.get("/via")
def via_proxy():
    upstream = request.args["upstream"]
    conn = http.client.HTTPSConnection("proxy.corp.example", 3128)
    conn.set_tunnel(upstream, 443) # VULN
    conn.request("GET", "/")
    return conn.getresponse().read()


@app.get("/mirror")
def mirror():
    url = request.args["url"]
    req = urllib.request.Request(url, headers={"User-Agent": "mirror/1.0"}) # VULN
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.read()


@app.get("/mirror-checked")
def mirror_checked():
    url = request.args["url"]
    if urlparse(url).hostname not in MIRRORS:
        abort(400)
    req = urllib.request.Request(url, headers={"User-Agent": "mirror/1.0"}) # SAFE
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.read()


@app.get("/retarget")
def retarget():
    req = urllib.request.Request("https://feeds.example.org/latest")
    req.full_url = request.args["feed"] # VULN
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.read()


@app.get("/retarget-fixed")
def retarget_fixed():
    req = urllib.request.Request("https://feeds.example.org/latest")
    req.full_url = "https://feeds.example.org/archive" # SAFE
    with urllib.request.urlopen(req, timeout=5) as resp:
        return resp.read()
`,
  ),
  ...rules(
    "CWE-918",
    "batch38: requests/httpx/aiohttp/httplib2 clients with a caller-chosen URL",
    `
import aiohttp
import httplib2
import httpx
import requests
from fastapi import FastAPI, Query

api = FastAPI()
session = requests.Session()


@api.get("/preview")
def preview(link: str = Query(...)):
    prepared = requests.Request("GET", link, headers={"Accept": "text/html"}).prepare() # VULN
    resp = session.send(prepared, timeout=5)
    return {"len": len(resp.content)}


@api.get("/preview-fixed")
def preview_fixed(slug: str = Query(...)):
    prepared = requests.Request("GET", "https://cms.example.org/pages", params={"slug": slug}).prepare() # SAFE
    resp = session.send(prepared, timeout=5)
    return {"len": len(resp.content)}


@api.get("/tenant")
def tenant_status(base: str = Query(...)):
    with httpx.Client(base_url=base, timeout=5) as client: # VULN
        return client.get("/status").json()


@api.get("/tenant-fixed")
def tenant_fixed(path: str = Query(...)):
    with httpx.Client(base_url="https://tenants.example.org", timeout=5) as client: # SAFE
        return client.get("/status", params={"path": path}).json()


@api.get("/download")
def download(src: str = Query(...)):
    chunks = []
    with httpx.Client(timeout=10) as client:
        with client.stream("GET", src) as resp: # VULN
            for chunk in resp.iter_bytes():
                chunks.append(chunk)
    return {"size": sum(len(c) for c in chunks)}


@api.get("/hook")
async def fire_hook(endpoint: str = Query(...)):
    async with aiohttp.ClientSession(base_url=endpoint) as http: # VULN
        async with http.post("/notify", json={"ok": True}) as resp:
            return {"status": resp.status}


@api.get("/hook-fixed")
async def fire_hook_fixed(event: str = Query(...)):
    async with aiohttp.ClientSession(base_url="https://hooks.example.org") as http: # SAFE
        async with http.post("/notify", json={"event": event}) as resp:
            return {"status": resp.status}


@api.get("/legacy")
def legacy_fetch(addr: str = Query(...)):
    h = httplib2.Http(timeout=5)
    headers, body = h.request(addr, "GET") # VULN
    return {"len": len(body)}


@api.get("/legacy-fixed")
def legacy_fixed(item: str = Query(...)):
    h = httplib2.Http(timeout=5)
    headers, body = h.request("https://legacy.example.org/items", "GET") # SAFE
    return {"len": len(body), "item": item}
`,
  ),
  ...rules(
    "CWE-918",
    "batch38: urllib3 pools and proxies from request data",
    `
import urllib3
from django.http import JsonResponse

http = urllib3.PoolManager(num_pools=4)


def relay(request):
    proxy_url = request.GET["proxy"]
    proxied = urllib3.ProxyManager(proxy_url, timeout=5.0) # VULN
    resp = proxied.request("GET", "https://api.example.org/ping")
    return JsonResponse({"status": resp.status})


def relay_fixed(request):
    proxied = urllib3.ProxyManager("http://egress.corp.example:3128", timeout=5.0) # SAFE
    resp = proxied.request("GET", "https://api.example.org/ping")
    return JsonResponse({"status": resp.status, "who": request.user.pk})


def pooled(request):
    target = request.POST["target"]
    pool = http.connection_from_url(target) # VULN
    resp = pool.urlopen("GET", "/")
    return JsonResponse({"status": resp.status})


def host_pool(request):
    node = request.GET.get("node", "")
    pool = urllib3.HTTPConnectionPool(node, port=8080, maxsize=2) # VULN
    resp = pool.request("GET", "/metrics")
    return JsonResponse({"status": resp.status})


def host_pool_fixed(request):
    pool = urllib3.HTTPSConnectionPool("metrics.example.org", port=443, maxsize=2) # SAFE
    resp = pool.request("GET", "/metrics", fields={"node": request.GET.get("node", "")})
    return JsonResponse({"status": resp.status})


def module_pool(request):
    pool = urllib3.connection_from_url(request.GET["base"]) # VULN
    return JsonResponse({"status": pool.request("GET", "/").status})


def direct(request):
    resp = http.request("GET", request.GET["u"], timeout=3.0) # VULN
    return JsonResponse({"status": resp.status})
`,
  ),
  ...rules(
    "CWE-79",
    "batch38: django form data written into HTML responses",
    `
from django import forms
from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.views.generic.edit import FormView


class CommentForm(forms.Form):
    author = forms.CharField(max_length=80)
    text = forms.CharField(widget=forms.Textarea)


def comment_preview(request):
    form = CommentForm(request.POST)
    if not form.is_valid():
        return HttpResponse("invalid", status=400)
    author = form.cleaned_data["author"]
    body = form.cleaned_data["text"]
    page = HttpResponse("<h2>Preview</h2>" + "<p>" + body + "</p>") # VULN
    safe_page = HttpResponse(format_html("<p>{}</p>", body)) # SAFE
    page.write("<footer>by " + author + "</footer>") # VULN
    safe_page.write("<footer>by " + escape(author) + "</footer>") # SAFE
    return page if request.GET.get("raw") else safe_page


def comment_lines(request):
    form = CommentForm(data=request.POST)
    form.full_clean()
    resp = HttpResponse()
    resp.content = "<pre>" + form.cleaned_data.get("text", "") + "</pre>" # VULN
    return resp


class SignatureView(FormView):
    form_class = CommentForm
    template_name = "sig.html"

    def form_valid(self, form):
        sig = form.cleaned_data["text"]
        return HttpResponse("<div class='sig'>%s</div>" % sig) # VULN

    def form_invalid(self, form):
        count = len(form.errors)
        return HttpResponse("<div>%d errors</div>" % count, status=400) # SAFE
`,
  ),
  ...rules(
    "CWE-601",
    "batch38: django form data used as a redirect target",
    `
from django import forms
from django.http import HttpResponseRedirect, HttpResponsePermanentRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic.edit import FormView


class LoginForm(forms.Form):
    username = forms.CharField()
    password = forms.CharField(widget=forms.PasswordInput)
    next = forms.CharField(required=False)


def after_login(request):
    form = LoginForm(request.POST)
    if form.is_valid():
        target = form.cleaned_data["next"] or "/"
        return redirect(target) # VULN
    return redirect("login") # SAFE


def after_login_checked(request):
    form = LoginForm(request.POST)
    if form.is_valid():
        target = form.cleaned_data["next"] or "/"
        if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
            return HttpResponseRedirect(target) # SAFE
    return HttpResponseRedirect("/")


class MoveView(FormView):
    form_class = LoginForm

    def form_valid(self, form):
        return HttpResponsePermanentRedirect(form.cleaned_data["next"]) # VULN
`,
  ),
  ...rules(
    "CWE-1336",
    "batch38: django form data compiled as a template",
    `
from django import forms
from django.http import HttpResponse
from django.template import Context, Engine, Template


class BannerForm(forms.Form):
    headline = forms.CharField()
    layout = forms.CharField(widget=forms.Textarea)


def render_banner(request):
    form = BannerForm(request.POST)
    if not form.is_valid():
        return HttpResponse(status=400)
    tpl = Template(form.cleaned_data["layout"]) # VULN
    fixed = Template("<h1>{{ headline }}</h1>") # SAFE
    ctx = Context({"headline": form.cleaned_data["headline"]})
    return HttpResponse(tpl.render(ctx) + fixed.render(ctx))


def render_with_engine(request):
    form = BannerForm(request.POST)
    form.is_valid()
    engine = Engine.get_default()
    tpl = engine.from_string(form.cleaned_data["layout"]) # VULN
    return HttpResponse(tpl.render(Context({})))
`,
  ),
  ...rules(
    "CWE-22",
    "batch38: django storage rooted at a caller-chosen location",
    `
from django import forms
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.http import JsonResponse


class UploadForm(forms.Form):
    folder = forms.CharField()
    doc = forms.FileField()


def upload(request):
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"ok": False}, status=400)
    storage = FileSystemStorage(location=form.cleaned_data["folder"]) # VULN
    name = storage.save(form.cleaned_data["doc"].name, form.cleaned_data["doc"])
    return JsonResponse({"name": name})


def upload_fixed(request):
    form = UploadForm(request.POST, request.FILES)
    if not form.is_valid():
        return JsonResponse({"ok": False}, status=400)
    storage = FileSystemStorage(location=settings.MEDIA_ROOT / "uploads") # SAFE
    name = storage.save(form.cleaned_data["doc"].name, form.cleaned_data["doc"])
    return JsonResponse({"name": name})


def archive_to(request):
    where = request.POST.get("dest", "")
    storage = FileSystemStorage(where) # VULN
    name = storage.save("export.csv", ContentFile(b"id,total\\n"))
    return JsonResponse({"name": name})
`,
  ),
  ...rules(
    "CWE-732",
    "batch38: django upload permissions in settings and storages",
    `
from django.core.files.storage import FileSystemStorage

DEBUG = False
MEDIA_ROOT = "/srv/app/media"
FILE_UPLOAD_PERMISSIONS = 0o777 # VULN
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o777 # VULN
STATIC_ROOT = "/srv/app/static"

shared_store = FileSystemStorage(location="/srv/shared", file_permissions_mode=0o666) # VULN
public_dirs = FileSystemStorage(location="/srv/public", directory_permissions_mode=0o777) # VULN
private_store = FileSystemStorage(location="/srv/private", file_permissions_mode=0o600) # SAFE
private_dirs = FileSystemStorage(location="/srv/private", directory_permissions_mode=0o750) # SAFE
`,
  ),
  ...rules(
    "CWE-732",
    "batch38: django upload permissions, restrictive settings",
    `
MEDIA_ROOT = "/srv/app/media"
FILE_UPLOAD_PERMISSIONS = 0o640 # SAFE
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o750 # SAFE
`,
  ),
];
