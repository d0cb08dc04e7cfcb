import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { handlerOf } from "./web.js";

/** A route that receives another service's events: by its path or function name. */
const WEBHOOK =
  /webhook|(^|[/_])hooks?([/_]|$)|(^|[/_])ipn([/_]|$)|(^|[/_\s])(pay|payments?|billing|checkout|gateway)[/_](callback|notify|notification)s?([/_\s]|$)/i;
/** A route that manages or sends webhooks rather than receiving one (`/webhooks/test`, `register_webhook`): its
 * caller is the signed-in user configuring them, not the provider. */
const MANAGES =
  /(^|[/_\s])(test|send|ping|register|subscribe|subscriptions?|settings?|config|manage|create|delete)([/_\s]|$)/i;
/** The handler reads the body it is sent. */
const READS_BODY =
  /request\.(data|json|get_json|get_data|body|stream|form|POST)\b|await\s+request\.(json|body|text|read)\(|\.model_dump\(|\.dict\(\)/;
/** Any sign the sender is checked: an HMAC or signature check, a provider SDK's verifying parser, a shared token. */
const VERIFIES =
  /hmac|compare_digest|signature|verify|construct_event|validate|x-hub|x-signature|authorization|secret|token|api_key|check_sig|\bsig\b|webhooks?\.(construct|verify)|is_valid/i;

/** The handler's own text without its docstring (which may say how the sender signs), plus local helpers it calls. */
function checkText(ctx: PythonContext, fn: SyntaxNode): string {
  const body = field(fn, "body");
  const first = body?.children.find((c) => c.named);
  const doc =
    first?.type === "expression_statement" && first.children[0]?.type === "string" ? first : undefined;
  const own = [field(fn, "parameters") ?? fn, ...(body?.children ?? []).filter((c) => c !== doc)]
    .map((c) => ctx.text(c))
    .join("\n");
  const helpers = descendants(fn)
    .filter((d) => d.type === "call")
    .map((c) => ctx.localCallee(c))
    .filter((h): h is SyntaxNode => !!h && h !== fn)
    .map((h) => ctx.text(h));
  return [own, ...helpers].join("\n");
}

/** A name for the secret a provider signs its deliveries with. */
const SIGNING_SECRET = /^\w*(signing|webhook|endpoint|hook)_?secret\w*$/i;
/** A check of a signature itself (not a name that merely mentions a key or a token). */
const SIGNATURE_CHECK =
  /hmac|compare_digest|construct_event|verify|is_valid|signature|webhooks?\.(construct|verify)|check_sig/i;
const unusedSecrets = new WeakMap<object, string | null>();

/**
 * A module-level signing secret (`SLACK_SIGNING_SECRET = os.environ[...]`) that nothing else in the file reads: the
 * answer loaded the key to verify deliveries with and never used it.
 */
function unusedSigningSecret(ctx: PythonContext): string | undefined {
  const memo = unusedSecrets.get(ctx.tree);
  if (memo !== undefined) return memo ?? undefined;
  let found: string | null = null;
  const counts = new Map<string, number>();
  for (const n of ctx.tree.nodes)
    if (n.type === "identifier" && SIGNING_SECRET.test(ctx.text(n)))
      counts.set(ctx.text(n), (counts.get(ctx.text(n)) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (count !== 1) continue;
    const id = ctx.tree.nodes.find((n) => n.type === "identifier" && ctx.text(n) === name);
    const assign = id?.parent;
    if (
      assign?.type === "assignment" &&
      field(assign, "left") === id &&
      assign.parent?.parent?.type === "module"
    ) {
      found = name;
      break;
    }
  }
  unusedSecrets.set(ctx.tree, found);
  return found ?? undefined;
}

const REPLAY_REASON =
  "the signature is checked but the signed message holds no timestamp and no event id is remembered: a captured delivery replays (LOW: the provider may sign only the body and dedupe itself)";
/** The handler adds or moves an amount on each event (marking an order paid twice is harmless; crediting is not). */
const MONEY = /credit|debit|payout|refund|deposit|top_?up|add_funds|balance\s*[+-]=/i;
/** Signs of replay protection: a signed timestamp, a tolerance, an event id remembered, a provider SDK's parser. */
const FRESHNESS =
  /timestamp|\bts\b|time\.time|tolerance|max_age|nonce|event_?id|\[["']id["']\]|seen|processed|already|idempot|delivery|construct_event|webhooks?\.(construct|verify)|unique/i;

export default pyRule({
  meta: {
    id: "PY-WEBHOOK-001",
    title: "Webhook handler acts on the payload without verifying who sent it",
    // CWE-940: the sender of the event (the channel's other end) is never verified.
    // CWE-294: a signed delivery with no time or id in it can be sent again.
    cwe: ["CWE-347", "CWE-345", "CWE-940", "CWE-294"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "LOW", when: REPLAY_REASON }],
    docs: {
      what_it_does:
        "Flags Flask/FastAPI routes and Django views whose path or name marks them as webhook receivers (webhook, /hooks/, IPN, a payment gateway's callback or notify URL; not routes that test, send, register or configure webhooks) when they read the request body and neither the handler, its decorators, nor a local helper it calls checks a signature, HMAC or shared secret.",
      why_bad:
        "A webhook URL is public: anyone who finds it can post a forged event (payment succeeded, push to main) and the service acts on it as if the provider had sent it.",
      example_bad:
        "import json\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/webhooks/payments', methods=['POST'])\ndef payment_webhook():\n    event = json.loads(request.data)\n    mark_paid(event['order_id'])\n    return '', 204",
      example_good:
        "import hmac, hashlib, json\nfrom flask import Flask, request, abort\napp = Flask(__name__)\n@app.route('/webhooks/payments', methods=['POST'])\ndef payment_webhook():\n    mac = hmac.new(SECRET, request.data, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(mac, request.headers.get('X-Signature', '')):\n        abort(401)\n    event = json.loads(request.data)\n    mark_paid(event['order_id'])\n    return '', 204",
    },
    fix_hint:
      "Verify the provider's signature over the raw body (hmac.compare_digest against the signature header, or the SDK's construct_event/verify helper) before parsing or acting on the event.",
  },
  trigger: /webhook|hooks?\b|ipn\b|callback|notif|signing_?secret|endpoint_?secret/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const h = handlerOf(ctx, node);
    if (!h || MANAGES.test(`${h.path} ${h.name}`)) return;
    // A signing secret the module loads and never reads: its routes that take a posted body were to check it.
    const unused = unusedSigningSecret(ctx);
    if (unused) {
      const body = checkText(ctx, node);
      if (
        READS_BODY.test(body) &&
        !SIGNATURE_CHECK.test(body) &&
        !sourceHas(ctx.tree, /before_request|MIDDLEWARE|add_middleware/)
      ) {
        report({
          node: field(node, "name") ?? node,
          message: `${h.path || h.name} acts on the posted body, and ${unused} is loaded but never used to check its signature`,
        });
        return;
      }
    }
    if (!WEBHOOK.test(`${h.path} ${h.name}`)) return;
    const text = checkText(ctx, node);
    // FastAPI hands the parsed body over as a pydantic model parameter (`def hook(event: Event)`).
    const modelParam =
      sourceHas(ctx.tree, /\bBaseModel\b/) &&
      /:\s*[A-Z]\w*\s*[,)=]/.test(ctx.text(field(node, "parameters") ?? node));
    if (!READS_BODY.test(text) && !modelParam) return;
    if (VERIFIES.test(text) || VERIFIES.test(h.decorators)) {
      if (/hmac|compare_digest/.test(text) && MONEY.test(text) && !FRESHNESS.test(text))
        report({
          node: field(node, "name") ?? node,
          severity: "LOW",
          message: `${h.path || h.name} checks the signature but nothing stops the same signed delivery being replayed`,
        });
      return;
    }
    // An app-wide hook or middleware may check every request out of this function's sight.
    if (sourceHas(ctx.tree, /before_request|MIDDLEWARE|add_middleware/)) return;
    report({
      node: field(node, "name") ?? node,
      message: `${h.path || h.name} acts on the posted event without checking its signature`,
    });
  },
  cases: {
    valid: [
      "import os\nfrom flask import Flask, request, abort\nfrom slack_sdk.signature import SignatureVerifier\napp = Flask(__name__)\nSLACK_SIGNING_SECRET = os.environ['SLACK_SIGNING_SECRET']\nverifier = SignatureVerifier(SLACK_SIGNING_SECRET)\n@app.post('/slack/events')\ndef events():\n    if not verifier.is_valid_request(request.get_data(), request.headers):\n        abort(401)\n    return handle(request.get_json())",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.get('/auth/callback')\ndef auth_callback():\n    return exchange(request.args['code'])",
      "import hmac, hashlib\nfrom flask import Flask, request, abort\napp = Flask(__name__)\n@app.route('/webhook', methods=['POST'])\ndef hook():\n    mac = hmac.new(KEY, request.data, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(mac, request.headers['X-Signature']):\n        abort(401)\n    handle(request.get_json())\n    return ''",
      "import stripe\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/stripe/webhook', methods=['POST'])\ndef hook():\n    event = stripe.Webhook.construct_event(request.data, request.headers['Stripe-Signature'], SECRET)\n    handle(event)\n    return ''",
      "from flask import Flask, request\napp = Flask(__name__)\n@app.route('/orders', methods=['POST'])\ndef orders():\n    handle(request.get_json())\n    return ''",
      "import requests\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/webhooks/test', methods=['POST'])\ndef test_webhook():\n    requests.post(SAVED_URL, json={'event': 'test', 'note': request.get_json()['note']}, timeout=5)\n    return ''",
      "import hmac, hashlib, time\nfrom flask import Flask, request, abort\napp = Flask(__name__)\n@app.post('/hooks/payment')\ndef payment_hook():\n    ts = request.headers['X-Timestamp']\n    mac = hmac.new(KEY, ts.encode() + request.get_data(), hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(mac, request.headers.get('X-Signature', '')) or time.time() - int(ts) > 300:\n        abort(401)\n    ev = request.get_json()\n    credit_account(ev['account'], ev['amount'])\n    return ''",
      "from flask import Flask, request, abort\napp = Flask(__name__)\ndef _check(req):\n    if not hmac.compare_digest(req.headers.get('X-Sig', ''), sign(req.data)):\n        abort(401)\n@app.route('/hooks/github', methods=['POST'])\ndef github_hook():\n    _check(request)\n    handle(request.get_json())\n    return ''",
    ],
    invalid: [
      {
        code: "import os\nfrom flask import Flask, request\napp = Flask(__name__)\nSLACK_SIGNING_SECRET = os.environ['SLACK_SIGNING_SECRET']\n@app.post('/slack/events')\ndef events():\n    return handle(request.get_json())",
        line: 6,
      },
      {
        code: "import json\nfrom flask import Flask, request\napp = Flask(__name__)\n@app.route('/webhooks/payments', methods=['POST'])\ndef payment_webhook():\n    event = json.loads(request.data)\n    mark_paid(event['order_id'])\n    return '', 204",
        line: 5,
      },
      {
        code: "from flask import Flask, request\napp = Flask(__name__)\n@app.post('/payments/callback')\ndef payment_callback():\n    if request.form['status'] == 'PAID':\n        mark_paid(request.form['order_id'])\n    return 'ok'",
        line: 4,
      },
      "from django.http import HttpResponse\ndef paypal_ipn(request):\n    if request.POST.get('payment_status') == 'Completed':\n        fulfil(request.POST['invoice'])\n    return HttpResponse('ok')",
      {
        code: "import hmac, hashlib\nfrom flask import Flask, request, abort\napp = Flask(__name__)\n@app.post('/hooks/payment')\ndef payment_hook():\n    mac = hmac.new(KEY, request.get_data(), hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(mac, request.headers.get('X-Signature', '')):\n        abort(401)\n    ev = request.get_json()\n    credit_account(ev['account'], ev['amount'])\n    return ''",
        line: 5,
        severity: "LOW",
      },
    ],
  },
});
