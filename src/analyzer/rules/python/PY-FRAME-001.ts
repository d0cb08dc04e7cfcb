import { field } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A CSP frame-ancestors directive whose sources include the bare wildcard (or any http/https origin). */
const ANY_ANCESTOR = /frame-ancestors\s+(?:[^;]*\s)?(?:\*|https?:)(?=\s|;|$)/i;

export default pyRule({
  meta: {
    id: "PY-FRAME-001",
    title: "Pages allowed to be framed by any site (clickjacking)",
    cwe: ["CWE-1021"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a Django view exempted from X-Frame-Options (@xframe_options_exempt): right for an embeddable widget, wrong for a page with actions",
      },
    ],
    docs: {
      what_it_does:
        "Flags Content-Security-Policy frame-ancestors with * (or any https: origin), X-Frame-Options set to ALLOWALL / ALLOW-FROM (ignored by current browsers) or to a value from the request, and (LOW) Django views decorated @xframe_options_exempt.",
      why_bad:
        "A page any site may frame can be overlaid with a decoy: the victim's clicks land on the real, logged-in page (transfers, settings, deletes).",
      example_bad:
        "from flask import make_response\ndef page():\n    r = make_response('...')\n    r.headers['Content-Security-Policy'] = 'frame-ancestors *'\n    return r",
      example_good:
        "from flask import make_response\ndef page():\n    r = make_response('...')\n    r.headers['Content-Security-Policy'] = \"frame-ancestors 'self'\"\n    return r",
    },
    fix_hint:
      "Send X-Frame-Options: DENY (or SAMEORIGIN) or frame-ancestors 'self' / a fixed partner list; exempt only pages meant to be embedded.",
  },
  trigger: /xframe_options_exempt|frame-ancestors|ALLOWALL|ALLOW-FROM|X-Frame-Options|X_FRAME_OPTIONS/i,
  nodeTypes: ["decorator", "string", "pair", "assignment", "keyword_argument"],
  detect(node, ctx, report) {
    if (node.type === "decorator") {
      const d = node.children.find((c) => c.named);
      let name = ctx.qname(d?.type === "call" ? field(d, "function") : d);
      // `@method_decorator(xframe_options_exempt, name="dispatch")` on a class-based view.
      if (d?.type === "call" && /(^|\.)method_decorator$/.test(name)) name = ctx.qname(ctx.args(d)[0]);
      if (/(^|\.)xframe_options_exempt$/.test(name))
        report({
          node,
          severity: "LOW",
          message: "view exempted from X-Frame-Options: any site may frame it",
        });
      return;
    }
    if (node.type === "keyword_argument") {
      // flask-talisman's frame_options='ALLOW-FROM': ignored by current browsers, so no protection.
      if (
        ctx.text(field(node, "name") ?? node) === "frame_options" &&
        /^(ALLOWALL|ALLOW-FROM\b)/i.test((ctx.stringValue(field(node, "value")) ?? "").trim())
      )
        report({
          node,
          message: "frame_options ALLOW-FROM is ignored by browsers: any site may frame the page",
        });
      return;
    }
    if (node.type === "string") {
      const v = ctx.stringValue(node);
      // headers.pop('X-Frame-Options') / del resp['X-Frame-Options']: the protection taken off the response.
      if (v !== undefined && /^x-frame-options$/i.test(v)) {
        const call = node.parent?.parent;
        const removed =
          (node.parent?.type === "argument_list" &&
            call?.type === "call" &&
            ctx.args(call)[0] === node &&
            /^(pop|remove|__delitem__)$/.test(ctx.method(call))) ||
          (node.parent?.type === "subscript" &&
            (node.parent.parent?.type === "delete_statement" ||
              node.parent.parent?.parent?.type === "delete_statement"));
        if (removed)
          report({
            node: call?.type === "call" ? call : node.parent!,
            message: "X-Frame-Options removed from the response: any site may frame the page",
          });
        return;
      }
      if (v !== undefined && ANY_ANCESTOR.test(v))
        report({ node, message: "CSP frame-ancestors lets any site frame the page" });
      return;
    }
    if (node.type === "pair") {
      // flask-talisman / django-csp style dicts: {'frame-ancestors': '*'} or ['*'].
      if (!/^frame-ancestors$/i.test(ctx.stringValue(field(node, "key")) ?? "")) return;
      const value = field(node, "value");
      if (value && /(['"])(\*|https?:)\1/.test(ctx.text(value)))
        report({ node, message: "CSP frame-ancestors lets any site frame the page" });
      return;
    }
    // resp.headers['X-Frame-Options'] = 'ALLOWALL' (or the request's value); Django X_FRAME_OPTIONS = 'ALLOWALL'.
    const left = field(node, "left");
    const right = field(node, "right");
    if (!left || !right) return;
    // response.xframe_options_exempt = True: what the Django decorator does, written on one response.
    if (left.type === "attribute" && ctx.text(field(left, "attribute") ?? left) === "xframe_options_exempt") {
      if (right.type === "true")
        report({
          node,
          severity: "LOW",
          message: "response exempted from X-Frame-Options: any site may frame it",
        });
      return;
    }
    const key = left.type === "subscript" ? ctx.stringValue(field(left, "subscript")) : ctx.text(left);
    if (!/^(x-frame-options|X_FRAME_OPTIONS)$/i.test(key ?? "")) return;
    // ALLOW-FROM is ignored by current browsers, so the page is as frameable as with ALLOWALL.
    if (/^(ALLOWALL|ALLOW-FROM\b)/i.test((ctx.stringValue(right) ?? "").trim()))
      report({ node, message: "X-Frame-Options ALLOWALL is no protection: any site may frame the page" });
    else if (ctx.level(right, "header") === Level.SOURCE)
      report({ node, message: "X-Frame-Options value comes from the request" });
  },
  cases: {
    valid: [
      "from flask import make_response\ndef page():\n    r = make_response('x')\n    r.headers['Content-Security-Policy'] = \"frame-ancestors 'self' https://partner.example\"\n    return r",
      "from django.views.decorators.clickjacking import xframe_options_sameorigin\n@xframe_options_sameorigin\ndef v(request):\n    pass",
      "X_FRAME_OPTIONS = 'DENY'",
      "resp['X-Frame-Options'] = 'SAMEORIGIN'",
      "Talisman(app, frame_options='DENY')",
      "resp.headers.get('X-Frame-Options')",
      "resp.xframe_options_exempt = False",
    ],
    invalid: [
      {
        code: "from flask import make_response\ndef page():\n    r = make_response('x')\n    r.headers['Content-Security-Policy'] = 'default-src self; frame-ancestors *'\n    return r",
        line: 4,
      },
      {
        code: "from django.views.decorators.clickjacking import xframe_options_exempt\n@xframe_options_exempt\ndef v(request):\n    pass",
        line: 2,
        severity: "LOW",
      },
      {
        code: "from flask_talisman import Talisman\nTalisman(app, content_security_policy={'frame-ancestors': '*'})",
        line: 2,
      },
      { code: "X_FRAME_OPTIONS = 'ALLOWALL'", line: 1 },
      { code: "X_FRAME_OPTIONS = 'ALLOW-FROM https://partner.example'", line: 1 },
      {
        code: "from django.utils.decorators import method_decorator\nfrom django.views.decorators.clickjacking import xframe_options_exempt\n@method_decorator(xframe_options_exempt, name='dispatch')\nclass V(View):\n    pass",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from flask import request, make_response\ndef page():\n    r = make_response('x')\n    r.headers['X-Frame-Options'] = request.args['f']\n    return r",
        line: 4,
      },
      {
        code: "from flask_talisman import Talisman\nTalisman(app, frame_options='ALLOW-FROM', frame_options_allow_from='*')",
        line: 2,
      },
      { code: "def after(resp):\n    resp.headers.pop('X-Frame-Options', None)\n    return resp", line: 2 },
      { code: "def after(resp):\n    del resp['X-Frame-Options']\n    return resp", line: 2 },
      {
        code: "def v(request):\n    r = HttpResponse('x')\n    r.xframe_options_exempt = True\n    return r",
        line: 3,
        severity: "LOW",
      },
    ],
  },
});
