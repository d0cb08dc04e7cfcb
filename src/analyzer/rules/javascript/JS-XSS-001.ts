import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-XSS-001",
    title: "Untrusted data written into HTML",
    cwe: ["CWE-79"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "dangerouslySetInnerHTML with non-literal HTML that no untrusted input was traced to",
      },
    ],
    docs: {
      what_it_does:
        "Flags innerHTML/outerHTML assignments and document.write with non-literal values, dangerouslySetInnerHTML, AngularJS `$sce.trustAs*` and Angular `bypassSecurityTrust*` of non-literal content, and res.send/res.write of strings built from request data.",
      why_bad:
        "Markup in the value runs as script in the victim's browser, stealing sessions or acting as the user.",
      example_bad:
        "app.get('/hi', (req, res) => {\n  res.send('<h1>Hello ' + req.query.name + '</h1>');\n});",
      example_good:
        "const escapeHtml = require('escape-html');\napp.get('/hi', (req, res) => {\n  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');\n});",
    },
    fix_hint:
      "Use textContent or a templating engine with auto-escaping; escape values (escape-html, DOMPurify for HTML).",
  },
  trigger:
    /innerHTML|outerHTML|document\.write|dangerouslySetInnerHTML|\.send\(|\.write\(|\.end\(|trustAs|bypassSecurityTrust/,
  nodeTypes: ["assignment_expression", "call_expression", "jsx_attribute"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      const left = field(node, "left");
      if (left?.type !== "member_expression" || !/\.(innerHTML|outerHTML)$/.test(ctx.text(left))) return;
      if (ctx.level(field(node, "right"), "html") !== Level.CONST)
        report({ node, message: "non-literal HTML assigned to innerHTML" });
      return;
    }
    if (node.type === "jsx_attribute") {
      if (
        /^dangerouslySetInnerHTML/.test(ctx.text(node)) &&
        !/__html:\s*(['"`][^`$]*['"`]|DOMPurify\.sanitize)/.test(ctx.text(node))
      )
        report({ node, severity: "MEDIUM", message: "dangerouslySetInnerHTML with non-literal HTML" });
      return;
    }
    const q = ctx.callee(node);
    // AngularJS `$sce.trustAsHtml(x)` / `$sce.trustAs(type, x)` and Angular's DomSanitizer
    // `bypassSecurityTrustHtml(x)`: the framework stops escaping whatever is marked trusted.
    const m = ctx.method(node);
    if (
      /^(trustAs(Html|Js|ResourceUrl|Url|Css)?|bypassSecurityTrust(Html|Script|ResourceUrl|Url|Style))$/.test(
        m,
      )
    ) {
      const marked = m === "trustAs" ? ctx.args(node)[1] : ctx.args(node)[0];
      if (marked && ctx.level(marked, "html") !== Level.CONST)
        report({ node, message: `${m}() marks non-literal content as trusted, so it is not escaped` });
      return;
    }
    const arg = ctx.args(node)[0];
    if (!arg) return;
    if (/^document\.(write|writeln)$/.test(q)) {
      if (ctx.level(arg, "html") !== Level.CONST)
        report({ node, message: "document.write of non-literal HTML" });
      return;
    }
    if (
      /^(res|response|reply)\.(send|write|end)$/.test(q) &&
      ctx.isBuiltString(arg) &&
      ctx.level(arg, "html") === Level.SOURCE
    )
      report({ node, message: "response body built from request data without escaping" });
  },
  cases: {
    valid: [
      "el.textContent = name;",
      "el.innerHTML = '<b>hi</b>';",
      "app.get('/', (req, res) => res.send('ok'));",
      "angular.module('a').controller('C', function ($scope, $sce) { $scope.h = $sce.trustAsHtml('<b>hi</b>'); });",
      "const DOMPurify = require('dompurify');\nfunction f(q) { document.getElementById('x').innerHTML = DOMPurify.sanitize(q); }",
    ],
    invalid: [
      "function f(n) { document.getElementById('x').innerHTML = n; }",
      "app.get('/', (req, res) => { res.send(`<p>${req.query.q}</p>`); });",
      "angular.module('a').controller('C', function ($scope, $sce, $location) { $scope.h = $sce.trustAsHtml($location.search().msg); });",
      "class C { constructor(s) { this.s = s; } show(html) { return this.s.bypassSecurityTrustHtml(html); } }",
    ],
  },
});
