import { hostSubstringRule } from "../text-sinks.js";

export default hostSubstringRule({
  id: "GO-URL-001",
  languages: ["go"],
  examples: {
    example_bad:
      'func redirectTarget(target, domain string) string {\n\tif strings.Contains(target, domain) {\n\t\treturn target\n\t}\n\treturn "https://" + domain\n}',
    example_good:
      'func redirectTarget(target, domain string) string {\n\tu, err := url.Parse(target)\n\tif err == nil && (u.Hostname() == domain || strings.HasSuffix(u.Hostname(), "."+domain)) {\n\t\treturn target\n\t}\n\treturn "https://" + domain\n}',
  },
  cases: {
    valid: [
      "func f(u *url.URL, domain string) bool { return u.Hostname() == domain }",
      'func f(text string) bool { return strings.Contains(text, "needle") }',
    ],
    invalid: [
      "func f(target, domain string) bool { netloc := target[8:]; return strings.Contains(netloc, domain) }",
      'func f(redirect string) bool { return strings.Contains(redirect, "example.com") }',
    ],
  },
});
