import { headerInjectionRule } from "../text-sinks.js";

export default headerInjectionRule({
  id: "GO-HDR-001",
  languages: ["go"],
  examples: {
    example_bad:
      'func storeLanguage(header map[string]string, lang string) map[string]string {\n\theader["Accept-Language"] = lang\n\treturn header\n}',
    example_good:
      'func storeLanguage(header map[string]string, lang string) map[string]string {\n\tif strings.ContainsAny(lang, "\\r\\n") {\n\t\treturn header\n\t}\n\theader["Accept-Language"] = lang\n\treturn header\n}',
  },
  cases: {
    valid: [
      'func f(w http.ResponseWriter, v string) { v = strings.ReplaceAll(v, "\\n", ""); v = strings.ReplaceAll(v, "\\r", ""); w.Header().Set("X-Info", v) }',
      'func f(h map[string]string) { h["Cache-Control"] = "no-store" }',
    ],
    invalid: [
      "func f(header map[string]string, k, v string) map[string]string { header[k] = v; return header }",
      'func f(w http.ResponseWriter, lang string) { w.Header().Set("Content-Language", lang) }',
    ],
  },
});
