// Dev suite "py-rules", batch 111 (format in py-rules.ts): look-alikes of last round's open Python shapes. An HMAC
// over a field checked in the validation layer (a DRF validate_<field>, a Django form's clean()) before pickle
// loads that field, beside a validator that only checks the charset and a key written in the file; CSV cells
// through a helper that neutralises '=' and '-' only; a mkstemp() name unlinked and reopened; tar loops that check
// names but extract link members; a host suffix check before the avatar is fetched. Each weakness beside safe
// twins. Own code.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH111: DevCase[] = [
  ...rules(
    "CWE-502",
    "batch111: DRF validate_<field> and a Django form clean() checking an HMAC of the field under the settings key vs a charset-only validator",
    `
import base64
import hashlib
import hmac
import pickle

from django import forms
from django.conf import settings
from django.http import JsonResponse
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response


class DraftIn(serializers.Serializer):
    draft = serializers.CharField()
    tag = serializers.CharField()

    def validate_draft(self, value):
        mac = hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(mac, self.initial_data.get("tag", "")):
            raise serializers.ValidationError("tampered draft")
        return value


class LooseDraftIn(serializers.Serializer):
    draft = serializers.CharField()

    def validate_draft(self, value):
        if not value.isascii():
            raise serializers.ValidationError("ascii only")
        return value


class ResumeForm(forms.Form):
    blob = forms.CharField()
    tag = forms.CharField()

    def clean(self):
        data = super().clean()
        mac = hmac.new(settings.SECRET_KEY.encode(), data["blob"].encode(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(mac, data.get("tag", "")):
            raise forms.ValidationError("tampered")
        return data


@api_view(["POST"])
def restore_draft(request):
    s = DraftIn(data=request.data)
    s.is_valid(raise_exception=True)
    return Response(pickle.loads(base64.b64decode(s.validated_data["draft"]))) # SAFE


@api_view(["POST"])
def restore_loose(request):
    s = LooseDraftIn(data=request.data)
    s.is_valid(raise_exception=True)
    return Response(pickle.loads(base64.b64decode(s.validated_data["draft"]))) # VULN


def resume(request):
    form = ResumeForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"error": "bad"}, status=400)
    return JsonResponse(pickle.loads(base64.b64decode(form.cleaned_data["blob"]))) # SAFE
`,
  ),
  ...rules(
    "CWE-1236",
    "batch111: CSV download of stored rows through a helper guarding '=' and '-' only vs one guarding every trigger",
    `
import csv
import io

from flask import Flask, Response

from .models import Lead

app = Flask(__name__)


def partial_guard(text):
    if text[:1] in ("=", "-"):
        return "'" + text
    return text


def full_guard(text):
    if text[:1] in ("=", "+", "-", "@", "\\t", "\\r"):
        return "'" + text
    return text


@app.get("/leads.csv")
def leads_csv():
    out = io.StringIO()
    w = csv.writer(out)
    for lead in Lead.query.all():
        w.writerow([partial_guard(lead.name), partial_guard(lead.source)]) # VULN
    return Response(out.getvalue(), mimetype="text/csv")


@app.get("/leads-safe.csv")
def leads_safe_csv():
    out = io.StringIO()
    w = csv.writer(out)
    for lead in Lead.query.all():
        w.writerow([full_guard(lead.name), full_guard(lead.source)]) # SAFE
    return Response(out.getvalue(), mimetype="text/csv")
`,
  ),
  ...rules(
    "CWE-377",
    "batch111: a mkstemp() name unlinked then opened again vs written through its descriptor and a name kept until done",
    `
import json
import os
import tempfile


def snapshot(state):
    handle, name = tempfile.mkstemp(prefix="snap-", suffix=".json")
    os.close(handle)
    os.unlink(name)
    with open(name, "w", encoding="utf-8") as out: # VULN
        json.dump(state, out)
    return name


def snapshot_fd(state):
    handle, name = tempfile.mkstemp(prefix="snap-", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as out: # SAFE
        json.dump(state, out)
    return name


def snapshot_kept(state):
    handle, name = tempfile.mkstemp(prefix="snap-", suffix=".json")
    os.close(handle)
    with open(name, "w", encoding="utf-8") as out: # SAFE
        json.dump(state, out)
    return name
`,
  ),
  ...rules(
    "CWE-22",
    "batch111: tar loops checking member names: one extracts link members too, one keeps regular files only, one refuses links",
    `
import os
import tarfile


def unpack_plugin(bundle, target):
    with tarfile.open(bundle, "r:gz") as arc:
        for entry in arc.getmembers():
            if os.path.isabs(entry.name) or ".." in entry.name.split("/"):
                raise ValueError("bad entry")
            arc.extract(entry, target) # VULN


def unpack_plugin_files(bundle, target):
    with tarfile.open(bundle, "r:gz") as arc:
        for entry in arc.getmembers():
            if not entry.isreg() or os.path.isabs(entry.name) or ".." in entry.name.split("/"):
                continue
            arc.extract(entry, target) # SAFE


def unpack_plugin_nolinks(bundle, target):
    with tarfile.open(bundle, "r:gz") as arc:
        for entry in arc.getmembers():
            if entry.issym() or entry.islnk():
                continue
            if os.path.isabs(entry.name) or ".." in entry.name.split("/"):
                continue
            arc.extract(entry, target) # SAFE
`,
  ),
  ...rules(
    "CWE-918",
    "batch111: avatar import checking the host with endswith and no dot before fetching vs the dotted suffix or equality",
    `
from urllib.parse import urlsplit

import httpx

TRUSTED = "images.example.net"


def import_avatar(src):
    host = urlsplit(src).hostname or ""
    if not host.endswith("example.net"): # VULN
        raise PermissionError(src)
    return httpx.get(src, timeout=5).content


def import_avatar_ok(src):
    host = urlsplit(src).hostname or ""
    if not (host == TRUSTED or host.endswith("." + TRUSTED)): # SAFE
        raise PermissionError(src)
    return httpx.get(src, timeout=5).content
`,
  ),
];
