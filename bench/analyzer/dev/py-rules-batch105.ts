// Dev suite "py-rules", batch 105 (format in py-rules.ts): look-alikes of the false shapes the twentieth Python sample
// and last round's blind batches left open: digests kept as a record's `hash` or a function's fingerprint, command-line
// paths in a tool's own log, a notification list rendered |safe through a loop variable. Each weakness beside safe
// twins a careless tool would flag. Own code.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH105: DevCase[] = [
  ...rules(
    "CWE-328",
    "batch105: a mirror's change fingerprints stored as each entry's hash and an anchor digest vs a password digest",
    `
import hashlib
import os


def list_entries(root):
    entries = []
    for name in sorted(os.listdir(root)):
        st = os.stat(os.path.join(root, name))
        entry = {"name": name, "size": st.st_size, "mtime": st.st_mtime}
        marker = "%s|%d|%d" % (name, st.st_size, int(st.st_mtime))
        entry["hash"] = hashlib.md5(marker.encode("utf-8")).hexdigest() # SAFE
        entries.append(entry)
    return entries


def _section_anchor_hash(title, version):
    # anchors of pages published years ago must keep resolving
    seed = "%s %s" % (version, title[:80])
    return hashlib.md5(seed.encode("ascii", "ignore")).hexdigest() # SAFE


class Account:
    def __init__(self, login):
        self.login = login
        self.hash = None

    def set_password(self, password):
        self.hash = hashlib.md5(password.encode()).hexdigest() # VULN


def store_login(db, login, pw):
    row = {"login": login}
    row["hash"] = hashlib.sha1(pw.encode()).hexdigest() # VULN
    db.insert(row)
`,
  ),
  ...rules(
    "CWE-117",
    "batch105: a converter CLI logging the file paths its user passed (lazy %s) vs a web hook logging a form field",
    `
import logging
import sys

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("iconconv")


def convert(icon_path, out_path):
    log.debug("converting %s to %s", icon_path, out_path) # SAFE
    try:
        with open(icon_path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        log.warning("cannot read %s: %s", icon_path, exc) # SAFE
        return False
    with open(out_path, "wb") as fh:
        fh.write(data)
    return True


def main():
    if len(sys.argv) != 3:
        print("usage: iconconv IN OUT")
        return 2
    src = sys.argv[1]
    dst = sys.argv[2]
    log.info("input " + src) # SAFE
    return 0 if convert(src, dst) else 1


@app.post("/convert")
def convert_hook():
    name = request.form["name"]
    log.info("convert requested for " + name) # VULN
    return "queued"
`,
  ),
  ...rules(
    "CWE-79",
    "batch105: render_template_string marking each loaded notification's text |safe through a loop variable vs its level",
    `
from flask import Flask, render_template_string
from flask_login import current_user, login_required

from .models import Notice

app = Flask(__name__)

RAW = """
<ul>{% for note in notes %}<li>{{ note.text|safe }}</li>{% endfor %}</ul>
"""

LEVELS = """
<ul>{% for note in notes %}<li class="{{ note.level|safe }}">{{ note.text }}</li>{% endfor %}</ul>
"""


@app.get("/notices")
@login_required
def notices():
    notes = Notice.query.filter_by(owner_id=current_user.id).order_by(Notice.id.desc()).all()
    return render_template_string(RAW, notes=notes) # VULN


@app.get("/notices/levels")
@login_required
def notice_levels():
    notes = Notice.query.filter_by(owner_id=current_user.id).all()
    return render_template_string(LEVELS, notes=notes) # SAFE
`,
  ),
];
