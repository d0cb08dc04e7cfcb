import { pyRule } from "./common.js";

/** The application's signing secret: Flask/Django SECRET_KEY and the like. */
const APP_SECRET = /SECRET_KEY|secret_key|SIGNING_KEY|JWT_SECRET/;

export default pyRule({
  meta: {
    id: "PY-HASHIDS-001",
    title: "Application secret used as a Hashids salt",
    cwe: ["CWE-327", "CWE-200"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Hashids(salt=...) whose salt is the application's secret key (SECRET_KEY, secret_key, a signing key).",
      why_bad:
        "Hashids is an encoding, not encryption: its salt can be recovered from a handful of ids shown to users. With the secret key as the salt, that recovers the key that signs sessions and tokens.",
      example_bad:
        "import hashids\nfrom flask import Flask\napp = Flask(__name__)\nh = hashids.Hashids(salt=app.config['SECRET_KEY'])",
      example_good: "import hashids, os\nh = hashids.Hashids(salt=os.environ['HASHIDS_SALT'], min_length=8)",
    },
    fix_hint:
      "Give Hashids its own salt (and never rely on it to hide ids); keep SECRET_KEY for signing only.",
  },
  trigger: /Hashids\(/,
  nodeTypes: ["call"],
  calls: ["Hashids"],
  detect(node, ctx, report) {
    if (!/(^|\.)Hashids$/.test(ctx.callee(node))) return;
    const salt = ctx.arg(node, 0, "salt");
    if (!salt) return;
    const t = ctx.text(ctx.resolve(salt) ?? salt);
    if (APP_SECRET.test(t) || APP_SECRET.test(ctx.text(salt)))
      report({ node, message: "the application's secret key is the Hashids salt (recoverable from ids)" });
  },
  cases: {
    valid: ["import hashids, os\nh = hashids.Hashids(salt=os.environ['HASHIDS_SALT'])"],
    invalid: [
      {
        code: "from hashids import Hashids\nfrom django.conf import settings\nh = Hashids(settings.SECRET_KEY, min_length=6)",
        line: 3,
      },
    ],
  },
});
