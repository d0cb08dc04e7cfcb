// Dev suite "py-rules", batch 24 (format in py-rules.ts): written blind and measured before any fix. Django
// beyond the function view reading request.GET: class-based and DRF views (self.request, form.cleaned_data,
// request.data, request.query_params, cookies, headers, JSON bodies), format_html misuse, Context autoescape,
// replica cursors and RawSQL subqueries, FileResponse and storage paths, redirects, make_password arguments,
// and the safe shapes next to each (escape, int(), a dict of columns, safe_join, url_has_allowed_host_and_scheme).
// Cases written here, never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH24: DevCase[] = [
  ...rules(
    "CWE-79",
    "batch24: class-based views and forms into html",
    `
from django import forms
from django.http import HttpResponse
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe
from django.views import View
from django.views.generic import FormView, TemplateView


class CommentForm(forms.Form):
    author = forms.CharField(max_length=80)
    body = forms.CharField(widget=forms.Textarea)


class EchoView(View):
    def get(self, request, *args, **kwargs):
        term = self.request.GET.get("q", "")
        return HttpResponse("<p>You searched for " + term + "</p>") # VULN


class EscapedEchoView(View):
    def get(self, request, *args, **kwargs):
        term = self.request.GET.get("q", "")
        return HttpResponse("<p>You searched for " + escape(term) + "</p>") # SAFE


class CommentView(FormView):
    form_class = CommentForm
    template_name = "comment.html"

    def form_valid(self, form):
        body = form.cleaned_data["body"]
        return HttpResponse(mark_safe(f"<blockquote>{body}</blockquote>")) # VULN


class CommentPreviewView(FormView):
    form_class = CommentForm
    template_name = "comment.html"

    def form_valid(self, form):
        author = form.cleaned_data["author"]
        return HttpResponse(format_html("<blockquote>{}</blockquote>", author)) # SAFE


class BannerView(TemplateView):
    template_name = "banner.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["banner"] = mark_safe(self.request.GET.get("msg", "")) # VULN
        ctx["plain"] = self.request.GET.get("msg", "") # SAFE
        return ctx
`,
  ),
  ...rules(
    "CWE-79",
    "batch24: format_html misuse",
    `
from django.http import HttpResponse
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import mark_safe


def user_badge(request):
    name = request.GET.get("name", "")
    kind = request.GET.get("kind", "grey")
    a = format_html(f"<span class='badge'>{name}</span>") # VULN
    b = format_html("<span class='badge'>{}</span>".format(name)) # VULN
    c = format_html("<span class='badge badge-{}'>{}</span>", kind, name) # SAFE
    d = format_html("<span>{}</span>", mark_safe(name)) # VULN
    e = format_html_join("", "<li>{}</li>", [(t,) for t in request.GET.getlist("t")]) # SAFE
    f = mark_safe("<em>%s</em>" % conditional_escape(name)) # SAFE
    return HttpResponse(a + b + c + d + e + f)
`,
  ),
  ...rules(
    "CWE-79",
    "batch24: cookies, headers, bodies and drf into responses",
    `
import json

from django.http import HttpResponse, JsonResponse
from django.template import Context, Template
from rest_framework.decorators import api_view
from rest_framework.response import Response


def referer_echo(request):
    ref = request.META.get("HTTP_REFERER", "")
    return HttpResponse("<a href='%s'>back</a>" % ref) # VULN


def header_echo(request):
    agent = request.headers.get("User-Agent", "")
    return HttpResponse(agent, content_type="text/plain") # SAFE


def cookie_echo(request):
    theme = request.COOKIES.get("theme", "light")
    return HttpResponse(f"<body class='{theme}'>") # VULN


def body_echo(request):
    payload = json.loads(request.body)
    return HttpResponse("<h2>" + payload["title"] + "</h2>") # VULN


def body_json(request):
    payload = json.loads(request.body)
    return JsonResponse({"title": payload["title"]}) # SAFE


@api_view(["POST"])
def drf_echo(request):
    return Response({"echo": request.data.get("text")}) # SAFE


@api_view(["GET"])
def drf_html(request):
    name = request.query_params.get("name", "")
    return HttpResponse(f"<p>{name}</p>") # VULN


def preview(request):
    body = request.POST.get("body", "")
    raw = Template("<div>{{ body }}</div>").render(Context({"body": body}, autoescape=False)) # VULN
    esc = Template("<div>{{ body }}</div>").render(Context({"body": body})) # SAFE
    return HttpResponse(raw + esc)
`,
  ),
  ...rules(
    "CWE-89",
    "batch24: drf views, replica cursors and subqueries",
    `
from django.db import connection, connections
from django.db.models.expressions import RawSQL
from rest_framework.response import Response
from rest_framework.views import APIView

from .models import Invoice

SORTABLE = {"date": "issued_on", "amount": "total"}


class InvoiceSearch(APIView):
    def get(self, request):
        customer = request.query_params.get("customer", "")
        qs = Invoice.objects.raw("SELECT * FROM billing_invoice WHERE customer = '" + customer + "'") # VULN
        return Response([i.pk for i in qs])

    def post(self, request):
        status = request.data.get("status")
        with connections["replica"].cursor() as cur:
            cur.execute("SELECT id FROM billing_invoice WHERE status = '%s'" % status) # VULN
            rows = cur.fetchall()
        return Response(rows)


class InvoiceTotals(APIView):
    def get(self, request):
        year = int(request.query_params.get("year", "2024"))
        with connection.cursor() as cur:
            cur.execute("SELECT SUM(total) FROM billing_invoice WHERE EXTRACT(year FROM issued_on) = %d" % year) # SAFE
            total = cur.fetchone()[0]
        col = SORTABLE.get(request.query_params.get("sort"), "issued_on")
        with connection.cursor() as cur:
            cur.execute(f"SELECT id FROM billing_invoice ORDER BY {col}") # SAFE
            ids = [r[0] for r in cur.fetchall()]
        return Response({"total": total, "ids": ids})


def overdue(request):
    days = request.GET.get("days", "30")
    a = Invoice.objects.filter(id__in=RawSQL("SELECT id FROM billing_invoice WHERE age > " + days, [])) # VULN
    b = Invoice.objects.filter(id__in=RawSQL("SELECT id FROM billing_invoice WHERE age > %s", [days])) # SAFE
    c = Invoice.objects.extra(select={"late": "age > %s" % days}) # VULN
    d = Invoice.objects.extra(select={"late": "age > %s"}, select_params=[days]) # SAFE
    return list(a) + list(b) + list(c) + list(d)
`,
  ),
  ...rules(
    "CWE-22",
    "batch24: django file responses and storage paths",
    `
import os
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils._os import safe_join

REPORTS = Path(settings.MEDIA_ROOT) / "reports"


def download(request):
    name = request.GET["file"]
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, name), "rb")) # VULN


def download_basename(request):
    name = os.path.basename(request.GET["file"])
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, name), "rb")) # SAFE


def download_safe_join(request):
    path = safe_join(settings.MEDIA_ROOT, request.GET["file"])
    return FileResponse(open(path, "rb"), as_attachment=True) # SAFE


def report(request):
    name = request.GET.get("name", "summary")
    return FileResponse((REPORTS / f"{name}.pdf").open("rb")) # VULN


def report_checked(request):
    target = (REPORTS / request.GET.get("name", "summary")).resolve()
    if not target.is_relative_to(REPORTS.resolve()):
        raise Http404()
    return FileResponse(target.open("rb")) # SAFE


def delete_upload(request):
    os.remove(os.path.join(settings.MEDIA_ROOT, "uploads", request.POST["name"])) # VULN
    return HttpResponse(status=204)
`,
  ),
  ...rules(
    "CWE-601",
    "batch24: django redirect classes and helpers",
    `
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    nxt = request.GET.get("next", "/")
    return HttpResponseRedirect(nxt) # VULN


def login_done_checked(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        nxt = "/"
    return HttpResponseRedirect(nxt) # SAFE


def go_back(request):
    return redirect(request.META.get("HTTP_REFERER", "/")) # VULN


def moved(request):
    target = request.POST.get("to")
    return HttpResponsePermanentRedirect(target) # VULN


def moved_named(request):
    return redirect("invoice-detail", pk=request.GET.get("pk")) # SAFE


def switch_lang(request):
    lang = request.GET.get("lang", "en")
    return redirect("/" + lang) # VULN


def switch_lang_prefixed(request):
    lang = request.GET.get("lang", "en")
    return redirect(f"/i18n/{lang}/home/") # SAFE
`,
  ),
  ...rules(
    "CWE-78",
    "batch24: django views into commands, eval and imports",
    `
import ast
import importlib
import subprocess

from django.http import HttpResponse, JsonResponse


def ping(request):
    host = request.GET.get("host", "")
    out = subprocess.check_output("ping -c 1 " + host, shell=True) # VULN
    out2 = subprocess.check_output(["ping", "-c", "1", "--", host]) # SAFE
    return HttpResponse(out + out2, content_type="text/plain")


def calc(request):
    expr = request.POST.get("expr", "0")
    return JsonResponse({"v": eval(expr)}) # VULN CWE-95


def calc_literal(request):
    return JsonResponse({"v": ast.literal_eval(request.POST.get("expr", "0"))}) # SAFE CWE-95


def plugin(request):
    mod = importlib.import_module(request.GET["plugin"]) # VULN CWE-94
    return JsonResponse({"name": mod.__name__})


def plugin_allowed(request):
    name = request.GET["plugin"]
    if name not in {"csv_export", "pdf_export"}:
        return HttpResponse(status=400)
    mod = importlib.import_module(f"exporters.{name}") # SAFE CWE-94
    return JsonResponse({"name": mod.__name__})
`,
  ),
  ...rules(
    "CWE-327",
    "batch24: make_password hashers and salts",
    `
from django.contrib.auth.hashers import make_password
from django.http import JsonResponse

from .models import LegacyAccount


def migrate(request):
    pw = request.POST["password"]
    a = make_password(pw, hasher="unsalted_md5") # VULN
    b = make_password(pw, hasher="md5") # VULN
    c = make_password(pw, salt="s3cr3tsalt") # VULN CWE-760
    d = make_password(pw) # SAFE
    e = make_password(pw, hasher="argon2") # SAFE
    LegacyAccount.objects.create(a=a, b=b, c=c, d=d, e=e)
    return JsonResponse({"ok": True})
`,
  ),
];
