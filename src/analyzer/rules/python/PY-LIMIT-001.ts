import { field, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Framework settings that cap what one request may make the server parse or hold; None lifts the cap. */
const LIMITS =
  /^(DATA_UPLOAD_MAX_MEMORY_SIZE|DATA_UPLOAD_MAX_NUMBER_FIELDS|DATA_UPLOAD_MAX_NUMBER_FILES|MAX_CONTENT_LENGTH|MAX_FORM_MEMORY_SIZE|MAX_FORM_PARTS)$/;

export default pyRule({
  meta: {
    id: "PY-LIMIT-001",
    title: "Request size or field-count limit switched off",
    cwe: ["CWE-770", "CWE-400"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Django DATA_UPLOAD_MAX_MEMORY_SIZE / DATA_UPLOAD_MAX_NUMBER_FIELDS / DATA_UPLOAD_MAX_NUMBER_FILES and Flask MAX_CONTENT_LENGTH / MAX_FORM_MEMORY_SIZE / MAX_FORM_PARTS set to None (settings, app.config[...] or config.update()).",
      why_bad:
        "None removes the cap: one request with a huge body or hundreds of thousands of fields makes the server parse and hold all of it (memory and CPU exhaustion).",
      example_bad: "DATA_UPLOAD_MAX_MEMORY_SIZE = None",
      example_good: "DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024",
    },
    fix_hint:
      "Keep a finite limit sized to the largest legitimate request; raise it per view if one needs more.",
  },
  trigger: /DATA_UPLOAD_MAX_|MAX_CONTENT_LENGTH|MAX_FORM_|max_size\s*=\s*None/,
  nodeTypes: ["assignment", "keyword_argument"],
  detect(node, ctx, report) {
    let name: string | undefined;
    let value;
    if (node.type === "keyword_argument") {
      const call = node.parent?.parent;
      if (call?.type !== "call") return;
      // websockets' serve(handler, host, port, max_size=None): no cap on one incoming message (1 MiB by default).
      if (
        /^max_(size|message_size)$/.test(ctx.text(field(node, "name") ?? node)) &&
        field(node, "value")?.type === "none" &&
        /(^|\.)(serve|unix_serve)$/.test(ctx.callee(call)) &&
        sourceHas(ctx.tree, /^\s*(from|import)\s+websockets\b/m)
      ) {
        report({
          node,
          message: "websockets server with max_size=None: no limit on the size of one message",
        });
        return;
      }
      if (!/^(update|from_mapping)$/.test(ctx.method(call))) return;
      name = ctx.text(field(node, "name") ?? node);
      value = field(node, "value");
    } else {
      const left = field(node, "left");
      name =
        left?.type === "subscript" ? ctx.stringValue(field(left, "subscript")) : left ? ctx.text(left) : "";
      value = field(node, "right");
    }
    if (!name || !LIMITS.test(name) || value?.type !== "none") return;
    report({ node, message: `${name} = None: no limit on what one request may send` });
  },
  cases: {
    valid: [
      "DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024",
      "app.config['MAX_CONTENT_LENGTH'] = 16 * 1024 * 1024",
      "import websockets\nserver = websockets.serve(echo, 'localhost', 8765, max_size=2**20)",
    ],
    invalid: [
      { code: "app.config['MAX_FORM_PARTS'] = None", line: 1 },
      { code: "app.config.update(MAX_FORM_MEMORY_SIZE=None)", line: 1 },
      {
        code: "import websockets\nserver = websockets.serve(echo, 'localhost', 8765, max_size=None)",
        line: 2,
      },
      "DATA_UPLOAD_MAX_NUMBER_FIELDS = None",
    ],
  },
});
