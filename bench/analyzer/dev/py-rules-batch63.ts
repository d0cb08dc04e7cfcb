// Dev suite "py-rules", batch 63 (format in py-rules.ts): written blind, before any fix for it (own code, never taken
// from an advisory or a held-out corpus). Regular-expression denial of service (CWE-1333) from a FIXED pattern whose
// matching time is super-linear in the input: exponential shapes (a quantified group whose body can match one run of
// characters in more than one way) and polynomial ones (two unbounded quantifiers in sequence over overlapping
// characters with a suffix that can fail), applied to request data (Flask, Django, FastAPI) or to a parameter of a
// public function a library module lists in `__all__`. Safe twins: the same pattern on a constant, on an input sliced
// or length-checked before a quadratic pattern (never before an exponential one), linear rewrites, Python 3.11's
// atomic groups and possessive quantifiers, and the `re2` module.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH63: DevCase[] = [
  ...rules(
    "CWE-1333",
    "batch63: Flask views matching query values against backtracking patterns",
    `
import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)

WORDS = re.compile(r"^(\\w+\\s?)*$")
FLAT = re.compile(r"^[\\w\\s]*$")


@app.route("/books")
def books():
    title = request.args.get("title", "")
    if not WORDS.match(title): # VULN
        abort(400)
    return jsonify(title=title)


@app.route("/films")
def films():
    title = request.args.get("title", "")
    if not FLAT.match(title): # SAFE
        abort(400)
    return jsonify(title=title)


@app.route("/selftest")
def selftest():
    return jsonify(ok=bool(WORDS.match("alpha beta gamma"))) # SAFE


@app.route("/code")
def code():
    value = request.args["code"]
    ok = re.fullmatch(r"(\\d+)+[a-z]", value) # VULN
    ok2 = re.fullmatch(r"\\d+[a-z]", value) # SAFE
    return jsonify(ok=bool(ok), ok2=bool(ok2))
`,
  ),
  ...rules(
    "CWE-1333",
    "batch63: Django form field checks with optional separators nested under a star",
    `
import re

from django.http import HttpResponseBadRequest, JsonResponse

EMAIL_LOOSE = re.compile(r"^([a-z0-9]+[._-]?)*[a-z0-9]+@corp\\.example$", re.I)
EMAIL_STRICT = re.compile(r"^[a-z0-9]+(?:[._-][a-z0-9]+)*@corp\\.example$", re.I)


def invite(request):
    email = request.POST.get("email", "")
    if not EMAIL_LOOSE.match(email): # VULN
        return HttpResponseBadRequest("bad email")
    return JsonResponse({"ok": True})


def invite_strict(request):
    email = request.POST.get("email", "")
    if not EMAIL_STRICT.match(email): # SAFE
        return HttpResponseBadRequest("bad email")
    return JsonResponse({"ok": True})


def tags(request):
    raw = request.GET.get("tags", "")
    if len(raw) > 200:
        return HttpResponseBadRequest("too long")
    ok = re.match(r"^(\\s*[\\w-]+\\s*,?)+$", raw) # VULN
    return JsonResponse({"ok": bool(ok)})
`,
  ),
  ...rules(
    "CWE-1333",
    "batch63: quadratic key=value and trailing-blank patterns on request text, uncapped vs capped",
    `
import re

from flask import Flask, request

app = Flask(__name__)

PAIR = re.compile(r"^([\\w.]+)=(.*?)\\s*$")


@app.post("/config")
def config():
    line = request.get_data(as_text=True)
    m = PAIR.match(line) # VULN
    return {"key": m.group(1) if m else None}


@app.post("/config-short")
def config_short():
    line = request.get_data(as_text=True)[:256]
    m = PAIR.match(line) # SAFE
    return {"key": m.group(1) if m else None}


@app.post("/config-guarded")
def config_guarded():
    line = request.get_data(as_text=True)
    if len(line) > 1000:
        return {"error": "too long"}, 413
    m = PAIR.match(line) # SAFE
    return {"key": m.group(1) if m else None}


@app.post("/bio")
def bio():
    text = request.form["bio"]
    cleaned = re.sub(r"[ \\t]+$", "", text) # VULN
    cleaned2 = text.rstrip(" \\t") # SAFE
    return {"n": len(cleaned) + len(cleaned2)}


@app.post("/split")
def split_last():
    raw = request.form["pair"]
    m = re.match(r"^(.*)\\s+(\\S+)$", raw) # VULN
    return {"ok": bool(m)}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch63: atomic groups, possessive quantifiers and re2 as the fixed forms of the same checks",
    `
import re

import re2
from flask import Flask, request

app = Flask(__name__)


@app.get("/atomic")
def atomic():
    q = request.args.get("q", "")
    ok = re.match(r"^(?>\\w+\\s?)*$", q) # SAFE
    return {"ok": bool(ok)}


@app.get("/possessive")
def possessive():
    q = request.args.get("q", "")
    ok = re.match(r"^(?:\\w+\\s?)*+$", q) # SAFE
    return {"ok": bool(ok)}


@app.get("/re2")
def with_re2():
    q = request.args.get("q", "")
    ok = re2.match(r"^(\\w+\\s?)*$", q) # SAFE
    return {"ok": bool(ok)}


@app.get("/plain")
def plain():
    q = request.args.get("q", "")
    ok = re.match(r"^(\\w+\\s?)*$", q) # VULN
    return {"ok": bool(ok)}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch63: FastAPI query and body values against nested and overlapping quantifiers",
    `
import re

from fastapi import FastAPI, HTTPException, Query
from pydantic import BaseModel

app = FastAPI()
HOST = re.compile(r"^((?:[a-z]|\\d|-)+\\.?)+$", re.I)
HOST_LINEAR = re.compile(r"^[a-z\\d-]+(?:\\.[a-z\\d-]+)*$", re.I)


class Upload(BaseModel):
    path: str
    html: str


@app.get("/host")
def host(name: str = Query(...)):
    if not HOST.match(name): # VULN
        raise HTTPException(400)
    if not HOST_LINEAR.match(name): # SAFE
        raise HTTPException(400)
    return {"ok": True}


@app.post("/upload")
def upload(item: Upload):
    if re.search(r".*<script.*>.*</script>", item.html, re.I): # VULN
        raise HTTPException(400)
    if "<script" in item.html.lower(): # SAFE
        raise HTTPException(400)
    if not re.match(r"^(/?[\\w.-]+)*/?$", item.path): # VULN
        raise HTTPException(400)
    return {"ok": True}


@app.get("/ticket")
def ticket(tid: str):
    ok = re.match(r"^\\d*\\d*[A-Z]$", tid) # VULN
    ok2 = re.match(r"^\\d*[A-Z]$", tid) # SAFE
    return {"ok": bool(ok), "ok2": bool(ok2)}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch63: a library module's public parse functions (listed in __all__) vs private helpers fed literals",
    `
"""Small helpers for parsing version comparators and durations."""
import re

__all__ = ["parse_comparator", "parse_exact", "parse_duration", "is_slug"]

_SLUG = re.compile(r"^([a-z0-9]+-?)+$")


def parse_comparator(spec):
    m = re.match(r"^\\s*([<>=~^]*)\\s*v?(\\d+)(\\.\\d+)*\\s*$", spec) # VULN
    if not m:
        raise ValueError("invalid comparator: %r" % (spec,))
    return m.group(1) or "=", int(m.group(2))


def parse_exact(spec):
    m = re.match(r"^([<>=~^]*)v?(\\d+)(\\.\\d+)*$", spec) # SAFE
    if not m:
        raise ValueError("invalid version")
    return m.group(1) or "=", int(m.group(2))


def parse_duration(text):
    m = re.match(r"^(\\d+)+ms$", text) # VULN
    return int(m.group(1)) if m else None


def is_slug(value):
    return bool(_SLUG.match(value)) # VULN


def _builtin_ok():
    return bool(_SLUG.match("hello-world")) # SAFE


def parse_heading(line):
    if len(line) > 120:
        raise ValueError("heading too long")
    m = re.match(r"^#+\\s*(.*?)\\s*#*\\s*$", line) # SAFE
    return m.group(1) if m else line
`,
  ),
  ...rules(
    "CWE-1333",
    "batch63: aiohttp and Starlette handlers reading headers and cookies into greedy captures",
    `
import re

from aiohttp import web

COOKIE_PAIR = re.compile(r"(.*)=(.*);(.*)")


async def prefs(request):
    header = request.headers.get("Cookie", "")
    m = COOKIE_PAIR.search(header) # VULN
    return web.json_response({"name": m.group(1) if m else None})


async def prefs_default(request):
    m = COOKIE_PAIR.search("theme=dark; path=/") # SAFE
    return web.json_response({"name": m.group(1) if m else None})


async def meta(request):
    raw = request.headers.get("X-Meta", "")[:128]
    m = re.match(r"^(.*)\\s+(\\S+)$", raw) # SAFE
    return web.json_response({"ok": bool(m)})


async def words(request):
    data = await request.post()
    text = data.get("text", "")
    ok = re.fullmatch(r"(?:\\w|\\d|_)+!", text) # VULN
    ok2 = re.fullmatch(r"(?:[a-z]|[0-9])+!", text) # SAFE
    return web.json_response({"ok": bool(ok), "ok2": bool(ok2)})


app = web.Application()
app.router.add_get("/prefs", prefs)
app.router.add_get("/prefs-default", prefs_default)
app.router.add_get("/meta", meta)
app.router.add_post("/words", words)
`,
  ),
];
