import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-FRAME-001",
    title: "Clickjacking protection switched off",
    cwe: ["CWE-1021"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Django's @xframe_options_exempt, X_FRAME_OPTIONS = 'ALLOWALL' (or 'ALLOW-FROM'), and X-Frame-Options response headers set to ALLOWALL.",
      why_bad:
        "A page any site may frame can be overlaid with a decoy: the user clicks what they see while the hidden frame receives the clicks (log in, confirm, transfer).",
      example_bad:
        "from django.views.decorators.clickjacking import xframe_options_exempt\n@xframe_options_exempt\ndef login_page(request):\n    return render(request, 'login.html')",
      example_good:
        "from django.views.decorators.clickjacking import xframe_options_sameorigin\n@xframe_options_sameorigin\ndef login_page(request):\n    return render(request, 'login.html')",
    },
    fix_hint:
      "Keep X-Frame-Options DENY/SAMEORIGIN (or a CSP frame-ancestors list naming the partners that may embed the page).",
  },
  trigger: /xframe_options_exempt|X_FRAME_OPTIONS|X-Frame-Options/i,
  nodeTypes: ["decorator", "assignment"],
  detect(node, ctx, report) {
    const t = ctx.text(node).replace(/\s+/g, "");
    if (node.type === "decorator") {
      if (/^@(\w+\.)*xframe_options_exempt\b|^@method_decorator\(xframe_options_exempt\b/.test(t))
        report({ node, message: "view exempt from X-Frame-Options: any site may frame it" });
      return;
    }
    const left = ctx.text(field(node, "left") ?? node);
    const v = ctx.stringValue(field(node, "right"));
    if (v === undefined || !/^(ALLOWALL|ALLOW-FROM\b)/i.test(v.trim())) return;
    if (/^X_FRAME_OPTIONS$/.test(left) || /\[['"]X-Frame-Options['"]\]$/i.test(left))
      report({ node, message: `X-Frame-Options set to ${v}` });
  },
  cases: {
    valid: ["X_FRAME_OPTIONS = 'DENY'", "resp['X-Frame-Options'] = 'SAMEORIGIN'"],
    invalid: [
      {
        code: "from django.views.decorators.clickjacking import xframe_options_exempt\n@xframe_options_exempt\ndef v(request):\n    return render(request, 'x.html')",
        line: 2,
      },
      "X_FRAME_OPTIONS = 'ALLOWALL'",
    ],
  },
});
