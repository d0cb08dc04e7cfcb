import { CALLS, jsRule } from "./common.js";

/** Sanitiser calls whose second argument is their options. */
const SANITIZE =
  /^(sanitizeHtml|sanitize-html|xss|filterXSS|xss\.filterXSS|(DOMPurify|dompurify|purify)\.sanitize)$/;

export default jsRule({
  meta: {
    id: "JS-SANCONF-001",
    title: "HTML sanitiser configured to keep script, event handlers or javascript: URLs",
    cwe: ["CWE-79"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags sanitize-html, js-xss and DOMPurify calls (and DOMPurify.setConfig, new FilterXSS) whose options keep what runs: script / iframe / object tags added, every tag or attribute allowed, on* handlers listed, javascript: or unknown URL schemes allowed, or a js-xss callback that hands back the markup it was asked to judge.",
      why_bad:
        "A sanitiser exists to take script out of HTML someone else wrote; told to keep script tags, handlers or javascript: links it passes an attack through while the code reads as sanitised.",
      example_bad:
        "const sanitizeHtml = require('sanitize-html');\nconst clean = sanitizeHtml(input, { allowedTags: false, allowedAttributes: false });",
      example_good:
        "const sanitizeHtml = require('sanitize-html');\nconst clean = sanitizeHtml(input, { allowedTags: ['b', 'i', 'a'], allowedAttributes: { a: ['href'] } });",
    },
    fix_hint:
      "Keep the library defaults or a narrow list of formatting tags and attributes; never add script, iframe, on* attributes or javascript: schemes.",
  },
  trigger: /sanitize|xss|setConfig/i,
  nodeTypes: CALLS,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    let opts;
    if (node.type === "new_expression" && /^(xss\.)?FilterXSS$/.test(q)) opts = args[0];
    else if (/^(DOMPurify|dompurify|purify)\.setConfig$/.test(q)) opts = args[0];
    else if (node.type === "call_expression" && SANITIZE.test(q)) {
      // Markup the program wrote itself needs no sanitiser to be safe.
      if (typeof ctx.constValue(args[0]) === "string") return;
      opts = args[1];
    }
    if (opts && ctx.looseSanitizer(node, opts))
      report({
        node,
        message: `${q} told to keep script, handlers or script URLs: the markup passes through`,
      });
  },
  cases: {
    valid: [
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml(input);",
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml(input, { allowedTags: ['b', 'i', 'a'], allowedAttributes: { a: ['href'] } });",
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml('<b>hi</b>', { allowedTags: false });",
      "const c = DOMPurify.sanitize(input, { ADD_TAGS: ['my-widget'], ADD_ATTR: ['data-id'] });",
      "const xss = require('xss');\nconst wl = Object.assign({}, xss.getDefaultWhiteList(), { span: ['class'] });\nconst f = new xss.FilterXSS({ whiteList: wl });",
      "const c = DOMPurify.sanitize(input, { ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i });",
      "const xss = require('xss');\nconst c = xss(input, { stripIgnoreTag: true, onIgnoreTag: (tag, html) => '' });",
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml(input, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['img']) });",
    ],
    invalid: [
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml(input, { allowedTags: false, allowedAttributes: false });",
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml(input, { allowedTags: sanitizeHtml.defaults.allowedTags.concat(['script']) });",
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml(input, { allowedTags: [...sanitizeHtml.defaults.allowedTags, 'iframe'] });",
      "const sanitizeHtml = require('sanitize-html');\nconst c = sanitizeHtml(input, { allowedTags: ['a'], allowedSchemes: ['https', 'javascript'] });",
      "const c = DOMPurify.sanitize(input, { ALLOW_UNKNOWN_PROTOCOLS: true });",
      "const c = DOMPurify.sanitize(input, { ALLOWED_URI_REGEXP: /.*/ });",
      "DOMPurify.setConfig({ ADD_TAGS: ['script'] });",
      "const xss = require('xss');\nconst c = xss(input, { whiteList: { a: ['href', 'onclick'] } });",
      "const xss = require('xss');\nconst c = xss(input, { onIgnoreTag: (tag, html) => html });",
      "const xss = require('xss');\nconst c = xss(input, { safeAttrValue: function (tag, name, value) { return value; } });",
      "const { FilterXSS } = require('xss');\nconst f = new FilterXSS({ whiteList: { script: ['src'] } });",
      "const xss = require('xss');\nconst wl = Object.assign({}, xss.getDefaultWhiteList(), { iframe: ['src'] });\nconst f = new xss.FilterXSS({ whiteList: wl });",
    ],
  },
});
