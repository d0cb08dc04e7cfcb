import { clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

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
  nodeTypes: ["attribute_list"],
  detect(node, ctx, report) {
    if (!/\bHttp(Post|Put|Delete|Patch)\b/.test(ctx.text(node))) return;
    // The attributes stacked on the same member: attribute lines above and below this one.
    const lines = ctx.tree.source.split("\n");
    let first = node.startRow;
    while (first > 0 && /^\s*\[/.test(lines[first - 1] ?? "")) first--;
    let last = node.startRow;
    while (last + 1 < lines.length && /^\s*\[/.test(lines[last + 1] ?? "")) last++;
    const attrs = lines.slice(first, last + 1).join("\n");
    if (
      /AntiForgery|Antiforgery/i.test(attrs) ||
      sourceHas(
        ctx.tree,
        /AutoValidateAntiforgeryToken|ValidateAntiForgeryToken\s*\]\s*(public\s+)?(partial\s+)?class|IgnoreAntiforgeryToken|\[ApiController\]/,
      )
    )
      return;
    report({ node, message: "state-changing action without [ValidateAntiForgeryToken]" });
  },
  cases: {
    valid: [
      "class C : Controller { [HttpPost] [ValidateAntiForgeryToken] public ActionResult Save(int id) { return View(); } }",
    ],
    invalid: ["class C : Controller { [HttpPost] public ActionResult Save(int id) { return View(); } }"],
  },
});
