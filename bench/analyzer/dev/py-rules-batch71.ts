// Dev suite "py-rules", batch 71 (format in py-rules.ts): ReDoS between multi-character alternatives, written
// from the shapes real validators and cleaners have (own code, never taken from an advisory or a held-out
// corpus). Vulnerable: a repeated group whose alternatives can split one word two ways (`foo|bar|foobar`,
// `/api|/v1|/api/v1`, `item|ite\w`) under re.fullmatch / re.match with a failing end, exponential; and re.search,
// re.sub and re.findall (which retry at every start) looking for a repeated multi-character word before `$` or a
// fixed tail, quadratic, on request data. Safe twins: alternatives that cannot split a word two ways, atomic
// groups and possessive loops (Python 3.11), the same search anchored by re.match or `^`, or without a tail.
import type { DevCase } from "./cases.js";
import { rules } from "./py-rules.js";

export const BATCH71: DevCase[] = [
  ...rules(
    "CWE-1333",
    "batch71: word list where one word is two others joined vs the same list in an atomic group",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/words")
def words():
    text = request.form["text"]
    ok = re.fullmatch(r"(?:foo|bar|foobar)+\\.", text) is not None # VULN
    return {"ok": ok}


@app.post("/words2")
def words2():
    text = request.form["text"]
    ok = re.fullmatch(r"(?>foo|bar|foobar)+\\.", text) is not None # SAFE
    return {"ok": ok}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: route prefixes where /api/v1 is also /api then /v1 vs the two prefixes alone",
    `
import re

from flask import Flask, abort, request

app = Flask(__name__)


@app.before_request
def only_known_prefixes():
    path = request.args.get("path", "")
    if re.match(r"(?:/api|/v1|/api/v1)+$", path): # VULN
        return None
    if re.match(r"(?:/api|/v1)+$", path): # SAFE
        return None
    abort(404)
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: laughter (ha|hah|h)+ where hah splits two ways vs syllables with distinct second letters",
    `
import re

from flask import Flask, request

app = Flask(__name__)
LAUGH = re.compile(r"(?:ha|hah|h)+!")
SYLLABLES = re.compile(r"(?:ha|ho|hi)+!")


@app.post("/laugh")
def laugh():
    text = request.get_json()["text"]
    laughing = LAUGH.fullmatch(text) is not None # VULN
    sung = SYLLABLES.fullmatch(text) is not None # SAFE
    return {"laughing": laughing, "sung": sung}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: item codes (item|ite\\w)+ where item matches both vs ite then a digit, and a possessive loop",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/cart")
def cart():
    codes = request.form.get("codes", "")
    valid = bool(re.fullmatch(r"(?:item|ite\\w)+,", codes)) # VULN
    numbered = bool(re.fullmatch(r"(?:item|ite\\d)+,", codes)) # SAFE
    possessive = bool(re.fullmatch(r"(?:item|ite\\w)++,", codes)) # SAFE
    return {"valid": valid, "numbered": numbered, "possessive": possessive}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: comment closers (-->|--|>)+ where --> splits two ways vs (--|>)+",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/closers")
def closers():
    body = request.get_data(as_text=True)
    only = re.fullmatch(r"(?:-->|--|>)+", body) is not None # VULN
    dashes = re.fullmatch(r"(?:--|>)+", body) is not None # SAFE
    return {"only": only, "dashes": dashes}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: re.sub of trailing <br> tags (searches every start: quadratic) vs the leading ones, anchored",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/tidy")
def tidy():
    html = request.form["html"]
    tail = re.sub(r"(?:<br>)+$", "", html) # VULN
    head = re.sub(r"^(?:<br>)+", "", html) # SAFE
    return {"tail": tail, "head": head}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: re.findall of trailing &nbsp; entities (quadratic) vs replacing every run (no tail to fail)",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/nbsp")
def nbsp():
    html = request.form["html"]
    padded = re.findall(r"(?:&nbsp;)+$", html) # VULN
    clean = re.sub(r"(?:&nbsp;)+", " ", html) # SAFE
    return {"padded": bool(padded), "clean": clean}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: traversal probe searched anywhere (quadratic on ../../..) vs re.match, anchored at the start",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/probe")
def probe():
    path = request.form["path"]
    hostile = re.search(r"(?:\\.\\./)+etc/passwd", path) is not None # VULN
    leading = re.match(r"(?:\\.\\./)+etc/passwd", path) is not None # SAFE
    return {"hostile": hostile, "leading": leading}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: SQL keyword firewall (select|sel|ect)+ where select splits two ways vs whole keywords",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.get("/firewall")
def firewall():
    q = request.args.get("q", "").lower()
    keywords = re.fullmatch(r"(?:select|sel|ect)+;", q) is not None # VULN
    statements = re.fullmatch(r"(?:select|insert|update)+;", q) is not None # SAFE
    return {"keywords": keywords, "statements": statements}
`,
  ),
  ...rules(
    "CWE-1333",
    "batch71: record tags (data|dat|a)+ where data splits two ways vs data|date",
    `
import re

from flask import Flask, request

app = Flask(__name__)


@app.post("/tags")
def tags():
    value = request.form["tags"]
    raw = re.fullmatch(r"(?:data|dat|a)+", value) is not None # VULN
    dated = re.fullmatch(r"(?:data|date)+", value) is not None # SAFE
    return {"raw": raw, "dated": dated}
`,
  ),
];
