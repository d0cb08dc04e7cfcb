import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { field, namedChildren, nodesOfType, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Outgoing HTTP calls and the argument that holds the URL. */
const FETCH =
  /^(requests|httpx)\.(get|post|put|patch|delete|head|request|stream)$|^urllib\.request\.urlopen$|^(urllib\.request\.)?Request$/;
/** Records a customer registers to be called back: webhooks, callbacks, subscriptions, integrations. */
const HOOK_MODEL = /(Webhook|WebHook|Hook|Callback|Subscription|Subscriber|Integration|Endpoint)s?$/;
/** The record's field that holds where to call. */
const URL_FIELD =
  /^(target_url|callback_url|webhook_url|endpoint_url|notify_url|delivery_url|url|endpoint|target)$/;
/** Signs that the destination's address is vetted (a private/loopback test, a resolution check, an allow-list). */
const ADDRESS_CHECK =
  /is_private|is_loopback|is_link_local|is_global|is_reserved|ip_address\(|ip_network\(|getaddrinfo|gethostbyname|ALLOWED_HOST|allowed_host|allow_?list|white_?list|validate_url|safe_url|is_safe_url|public_url|_public_/i;

/** `Webhook.objects.get(...)`, `session.get(Webhook, id)`, `Webhook.query.get(id)`, `db.get_or_404(Webhook, id)`. */
function hookRecord(ctx: PythonContext, v: SyntaxNode | undefined): boolean {
  if (v?.type !== "call") return false;
  const text = ctx.text(field(v, "function") ?? v);
  const own = /^(\w+)\.(objects|query)\./.exec(text);
  if (own) return HOOK_MODEL.test(own[1]!);
  const first = ctx.args(v)[0];
  return (
    /(^|\.)(get|get_or_404|first_or_404|one_or_404)$/.test(text) &&
    first?.type === "identifier" &&
    HOOK_MODEL.test(ctx.text(first))
  );
}

/** The model a record query reads (`Webhook` of `Webhook.objects.get(...)` or `session.get(Webhook, id)`). */
function modelOf(ctx: PythonContext, q: SyntaxNode): string {
  const own = /^(\w+)\.(objects|query)\./.exec(ctx.text(field(q, "function") ?? q));
  return own ? own[1]! : ctx.text(ctx.args(q)[0] ?? q);
}

/**
 * This file's own writes of the field (`Webhook.objects.create(url=...)`, `Webhook(url=...)`), when there are any
 * and none takes an untrusted value: the records hold the program's own destinations.
 */
function writtenOnlyFromConstants(ctx: PythonContext, model: string, fieldName: string): boolean {
  const ctor = new RegExp(`^${model}(\\.objects\\.(create|update_or_create|get_or_create))?$`);
  const writes = nodesOfType(ctx.tree, "call")
    .filter((c) => ctor.test(ctx.text(field(c, "function") ?? c)))
    .map((c) => ctx.kwarg(c, fieldName))
    .filter((v): v is SyntaxNode => !!v);
  return writes.length > 0 && writes.every((v) => ctx.level(v, "url") !== Level.SOURCE);
}

/**
 * The URL is a stored hook record's field: `hook.target_url` for hook fetched (or iterated) from such a query.
 * Gives the model and the field's name.
 */
function storedHookUrl(ctx: PythonContext, url: SyntaxNode | undefined): [string, string] | undefined {
  const u = url?.type === "identifier" ? ctx.resolve(url) : url;
  if (u?.type !== "attribute" || !URL_FIELD.test(ctx.text(field(u, "attribute") ?? u))) return undefined;
  const fieldName = ctx.text(field(u, "attribute") ?? u);
  const obj = field(u, "object");
  if (obj?.type !== "identifier") return undefined;
  const v = ctx.resolve(obj);
  if (v && v !== obj) return hookRecord(ctx, v) ? [modelOf(ctx, v), fieldName] : undefined;
  // `def deliver(hook: Webhook, payload)`: a parameter typed as the hook model is such a record.
  const name = ctx.text(obj);
  const fn = ctx.enclosingFunction(obj);
  for (const p of fn ? namedChildren(field(fn, "parameters") ?? fn) : []) {
    if (p.type !== "typed_parameter" && p.type !== "typed_default_parameter") continue;
    const pname = p.type === "typed_parameter" ? namedChildren(p)[0] : field(p, "name");
    const type = ctx.text(field(p, "type") ?? p).replace(/^["']|["']$/g, "");
    if (pname && ctx.text(pname) === name && /^\w+$/.test(type) && HOOK_MODEL.test(type))
      return [type, fieldName];
  }
  // `for hook in Webhook.objects.filter(event=...)`: each record the query yields.
  for (let p = obj.parent; p; p = p.parent) {
    if (p.type === "for_statement" && ctx.text(field(p, "left") ?? p) === name) {
      const it = field(p, "right");
      const inner = it?.type === "call" ? it : undefined;
      return inner && /^(\w+)\.(objects|query)\./.test(ctx.text(inner)) && hookRecord(ctx, inner)
        ? [modelOf(ctx, inner), fieldName]
        : undefined;
    }
    if (p.type === "function_definition") return undefined;
  }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-HOOKSSRF-001",
    title: "Request sent to a URL a customer registered, with no address check",
    cwe: ["CWE-918"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags requests/httpx/urllib calls whose URL is the target field (target_url, callback_url, url, endpoint ...) of a webhook, callback, subscription or integration record read from the database, in a module that never checks the destination's address (private/loopback ranges, DNS resolution, an allow-list).",
      why_bad:
        "Whoever registers the webhook chooses where the server connects: http://169.254.169.254/ (cloud credentials), http://localhost:6379/ or any internal service, with the server's network position and retries.",
      example_bad:
        "import httpx\nfrom .models import Webhook\ndef deliver(webhook_id, payload):\n    hook = Webhook.objects.get(pk=webhook_id)\n    return httpx.post(hook.target_url, json=payload, timeout=10)",
      example_good:
        "import ipaddress, socket\nfrom urllib.parse import urlparse\nimport httpx\nfrom .models import Webhook\ndef deliver(webhook_id, payload):\n    hook = Webhook.objects.get(pk=webhook_id)\n    host = urlparse(hook.target_url).hostname\n    if any(ipaddress.ip_address(i[4][0]).is_private for i in socket.getaddrinfo(host, 443)):\n        return None\n    return httpx.post(hook.target_url, json=payload, timeout=10, follow_redirects=False)",
    },
    fix_hint:
      "Resolve the host and refuse private, loopback, link-local and reserved addresses (or allow-list destinations), and do not follow redirects.",
  },
  trigger: /Webhook|WebHook|Hook\b|Callback|Subscri|Integration|Endpoint/,
  nodeTypes: ["call"],
  calls: ["get", "post", "put", "patch", "delete", "head", "request", "stream", "urlopen", "Request"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!FETCH.test(q)) return;
    const method = /\.request$/.test(q);
    const url = ctx.arg(node, method ? 1 : 0, "url");
    const stored = storedHookUrl(ctx, url);
    if (!stored || sourceHas(ctx.tree, ADDRESS_CHECK)) return;
    if (writtenOnlyFromConstants(ctx, stored[0], stored[1])) return;
    report({ node, message: `${q}() calls the URL a customer registered, with no check of where it points` });
  },
  cases: {
    valid: [
      // This file registers the hooks, always from its own table of destinations.
      "import requests\nfrom django.db import models\nTARGETS = {'slack': 'https://hooks.slack.com/x'}\nclass Webhook(models.Model):\n    url = models.URLField()\ndef deliver(i, p):\n    hook = Webhook.objects.get(pk=i)\n    requests.post(hook.url, json=p, timeout=5)\ndef register(request):\n    Webhook.objects.create(url=TARGETS.get(request.POST.get('kind'), TARGETS['slack']))",
      // A fixed service's record, and a hook URL whose address is checked first.
      "import requests\nfrom .models import Service\ndef ping(i):\n    s = Service.objects.get(pk=i)\n    return requests.get(s.url, timeout=5)",
      "import ipaddress, socket, httpx\nfrom urllib.parse import urlparse\nfrom .models import Webhook\ndef deliver(i, p):\n    hook = Webhook.objects.get(pk=i)\n    host = urlparse(hook.target_url).hostname\n    if ipaddress.ip_address(socket.gethostbyname(host)).is_private:\n        return\n    httpx.post(hook.target_url, json=p)",
      "import requests\nfrom .models import Webhook\ndef show(i):\n    hook = Webhook.objects.get(pk=i)\n    return requests.get('https://api.example.com/hooks/' + str(hook.id), timeout=5)",
    ],
    invalid: [
      {
        code: "import requests\nfrom django.db import models\nclass Webhook(models.Model):\n    url = models.URLField()\ndef deliver(i, p):\n    hook = Webhook.objects.get(pk=i)\n    requests.post(hook.url, json=p, timeout=5)\ndef register(request):\n    Webhook.objects.create(url=request.POST['url'])",
        line: 7,
      },
      {
        code: "import httpx\nfrom .models import Webhook\ndef deliver(webhook_id, payload):\n    hook = Webhook.objects.get(pk=webhook_id)\n    return httpx.post(hook.target_url, json=payload, timeout=10)",
        line: 5,
      },
      {
        code: "import requests\nfrom .models import Subscription\ndef fanout(event, payload):\n    for sub in Subscription.objects.filter(event=event):\n        requests.post(sub.callback_url, json=payload, timeout=5)",
        line: 5,
      },
      {
        code: "import requests\nfrom .models import Webhook\ndef deliver(session, i, p):\n    hook = session.get(Webhook, i)\n    requests.post(hook.url, json=p, timeout=5)",
        line: 5,
      },
    ],
  },
});
