import { clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

/** NIST SP 800-63B's floor for a memorised secret chosen by the user (OWASP ASVS 2.1.1 says the same). */
const MIN_LENGTH = 8;

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-PASS-001",
    title: "Password policy accepts passwords shorter than 8 characters",
    cwe: ["CWE-521"],
    severity: "MEDIUM",
    docs: {
      what_it_does: `Flags ASP.NET Identity password rules that set RequiredLength below ${MIN_LENGTH}: \`new PasswordValidator { RequiredLength = 6 }\` and \`options.Password.RequiredLength = 4\`.`,
      why_bad:
        "Short passwords fall to online guessing and, once a hash leaks, to offline cracking in minutes; NIST SP 800-63B and OWASP ASVS require at least 8 characters (weak password requirements, CWE-521).",
      example_bad:
        "manager.PasswordValidator = new PasswordValidator\n{\n    RequiredLength = 6,\n    RequireDigit = false,\n};",
      example_good:
        "manager.PasswordValidator = new PasswordValidator\n{\n    RequiredLength = 12,\n    RequireDigit = false,\n};",
    },
    fix_hint:
      "Require at least 8 characters (12+ without composition rules), allow long passphrases, and check new passwords against a breached-password list.",
  },
  trigger: /RequiredLength/,
  nodeTypes: ["assignment_expression"],
  detect(node, ctx, report) {
    const left = node.children.find((c) => c.field === "left");
    const right = node.children.find((c) => c.field === "right");
    if (!left || !right || !/(^|\.)RequiredLength$/.test(ctx.text(left).replace(/\s+/g, ""))) return;
    if (!sourceHas(ctx.tree, /Password/)) return;
    const n = /^\d+$/.test(ctx.text(right).trim()) ? Number(ctx.text(right)) : NaN;
    if (!(n < MIN_LENGTH)) return;
    report({ node, message: `passwords of ${n} characters are accepted (at least ${MIN_LENGTH} needed)` });
  },
  cases: {
    valid: [
      "class S { void F(UserManager m) { m.PasswordValidator = new PasswordValidator { RequiredLength = 12 }; } }",
      "class S { void F(IdentityOptions options) { options.Password.RequiredLength = MinLength; } }",
      "class S { void F(Field f) { f.RequiredLength = 2; } }",
    ],
    invalid: [
      "class S { void F(UserManager m) { m.PasswordValidator = new PasswordValidator { RequiredLength = 6, RequireDigit = false }; } }",
      "class S { void F(IdentityOptions options) { options.Password.RequiredLength = 4; } }",
    ],
  },
});
