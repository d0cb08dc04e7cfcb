import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";
import { PASSWORD } from "./web.js";

/** Prompts that ask for a secret. */
const SECRET_PROMPT = /pass(word|phrase|wd)?\b|\bpin\b|secret|api[ _-]?key|token/i;

export default pyRule({
  meta: {
    id: "PY-GETPASS-001",
    title: "Password read with input(), echoed on the screen",
    cwe: ["CWE-549"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags input() / raw_input() calls whose prompt asks for a password, PIN, secret or token, or whose result is stored in a password-named variable.",
      why_bad:
        "input() echoes what is typed: the secret shows on the screen, in screen shares and recordings, and in terminal scrollback.",
      example_bad: "def ask():\n    return input('Password: ')",
      example_good: "import getpass\ndef ask():\n    return getpass.getpass('Password: ')",
    },
    fix_hint: "Read secrets with getpass.getpass(), which turns echo off.",
  },
  trigger: /\b(raw_)?input\(/,
  nodeTypes: ["call"],
  calls: ["input", "raw_input"],
  detect(node, ctx, report) {
    if (!/^(input|raw_input|builtins\.input)$/.test(ctx.callee(node))) return;
    const prompt = ctx.stringValue(ctx.resolve(ctx.args(node)[0])) ?? "";
    const target = node.parent?.type === "assignment" ? ctx.text(field(node.parent, "left") ?? node) : "";
    if (SECRET_PROMPT.test(prompt) || PASSWORD.test(target))
      report({ node, message: "a secret is typed with echo on (use getpass.getpass)" });
  },
  cases: {
    valid: [
      "import getpass\ndef ask():\n    return getpass.getpass('Password: ')",
      "def ask():\n    return input('User name: ')",
      "def ask():\n    n = input('How many passes? ')\n    return int(n)",
    ],
    invalid: [
      {
        code: "def ask():\n    user = input('User: ')\n    pw = input('Password: ')\n    return user, pw",
        line: 3,
      },
      "def ask():\n    password = input()\n    return password",
    ],
  },
});
