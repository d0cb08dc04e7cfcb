import { clikeRule } from "../clike.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-VALID-001",
    title: "Request validation disabled",
    cwe: ["CWE-554", "CWE-79"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags [ValidateInput(false)] and [AllowHtml] on controllers, actions and model properties.",
      why_bad:
        "ASP.NET's request validation rejects obvious script payloads; turning it off lets markup reach views that may render it unencoded (CWE-554, leading to XSS).",
      example_bad:
        "[ValidateInput(false)]\npublic ActionResult Save(string body) {\n  Store(body);\n  return View();\n}",
      example_good: "public ActionResult Save(string body) {\n  Store(body);\n  return View();\n}",
    },
    fix_hint:
      "Keep validation on; accept rich text only in a dedicated field and sanitise it with an HTML sanitiser.",
  },
  trigger: /ValidateInput|AllowHtml/,
  nodeTypes: ["attribute"],
  detect(node, ctx, report) {
    const t = ctx.text(node).replace(/\s+/g, "");
    if (/^ValidateInput\(false\)$/.test(t) || t === "AllowHtml")
      report({ node, message: `[${t}] turns request validation off` });
  },
  cases: {
    valid: ["class C { [HttpPost] public ActionResult F() { return null; } }"],
    invalid: ["class C { [ValidateInput(false)] public ActionResult F() { return null; } }"],
  },
});
