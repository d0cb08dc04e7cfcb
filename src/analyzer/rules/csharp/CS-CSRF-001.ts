import { clikeRule } from "../clike.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-CSRF-001",
    title: "State-changing MVC action without anti-forgery validation",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags controller actions marked [HttpPost], [HttpPut], [HttpDelete] or [HttpPatch] that carry no [ValidateAntiForgeryToken] (and whose class has no [AutoValidateAntiforgeryToken] / [ValidateAntiForgeryToken] either).",
      why_bad:
        "Without the token check, any site the user visits can submit the form with the user's cookies and perform the action as them (cross-site request forgery, CWE-352).",
      example_bad:
        "public class AccountController : Controller {\n  [HttpPost]\n  public ActionResult ChangeEmail(string email) {\n    Save(email);\n    return View();\n  }\n}",
      example_good:
        "public class AccountController : Controller {\n  [HttpPost]\n  [ValidateAntiForgeryToken]\n  public ActionResult ChangeEmail(string email) {\n    Save(email);\n    return View();\n  }\n}",
    },
    fix_hint:
      "Add [ValidateAntiForgeryToken] (or a global AutoValidateAntiforgeryTokenAttribute filter) and emit @Html.AntiForgeryToken() in the form.",
  },
  trigger: /Http(Post|Put|Delete|Patch)/,
  nodeTypes: ["method_declaration"],
  detect(node, ctx, report) {
    const attrs = node.children
      .filter((c) => c.type === "attribute_list")
      .map((c) => ctx.text(c))
      .join(" ");
    if (!/\bHttp(Post|Put|Delete|Patch)\b/.test(attrs)) return;
    if (
      /AntiForgery|Antiforgery/i.test(attrs) ||
      /AutoValidateAntiforgeryToken|ValidateAntiForgeryToken\s*\]\s*(public\s+)?(partial\s+)?class|IgnoreAntiforgeryToken|\[ApiController\]/.test(
        ctx.tree.source,
      )
    )
      return;
    report({
      node: node.children.find((c) => c.field === "name") ?? node,
      message: "POST action without [ValidateAntiForgeryToken]",
    });
  },
  cases: {
    valid: [
      "class C : Controller { [HttpPost] [ValidateAntiForgeryToken] public ActionResult Save(int id) { return View(); } }",
    ],
    invalid: ["class C : Controller { [HttpPost] public ActionResult Save(int id) { return View(); } }"],
  },
});
