import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-WEBVIEW-001",
    title: "WebView allowed to read local files",
    cwe: ["CWE-200"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Android WebSettings setAllowFileAccess(true), setAllowFileAccessFromFileURLs(true) and setAllowUniversalAccessFromFileURLs(true).",
      why_bad:
        "Script in loaded content can then read the app's private files (tokens, databases) and send them anywhere (exposure of sensitive information, CWE-200).",
      example_bad: "void setup(WebView w) {\n  w.getSettings().setAllowUniversalAccessFromFileURLs(true);\n}",
      example_good: "void setup(WebView w) {\n  w.getSettings().setAllowFileAccess(false);\n}",
    },
    fix_hint:
      "Leave file access off; serve local content through WebViewAssetLoader over https://appassets.androidplatform.net.",
  },
  trigger: /setAllow\w*Access/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const a = ctx.args(node)[0];
    if (
      /^setAllow(FileAccess|FileAccessFromFileURLs|UniversalAccessFromFileURLs)$/.test(m) &&
      a &&
      ctx.text(a) === "true"
    )
      report({ node, message: `${m}(true) exposes local files to web content` });
  },
  cases: {
    valid: ["class A { void f(WebSettings s) { s.setAllowFileAccess(false); } }"],
    invalid: ["class A { void f(WebSettings s) { s.setAllowFileAccess(true); } }"],
  },
});
