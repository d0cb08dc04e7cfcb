import { urlCompositionRule } from "../text-sinks.js";

export default urlCompositionRule({
  id: "GO-SSRF-002",
  languages: ["go"],
  examples: {
    example_bad:
      'func userURL(apiURL, userID string) string {\n\treturn fmt.Sprintf("%s/%s", apiURL, userID)\n}',
    example_good:
      'var validID = regexp.MustCompile(`^[A-Za-z0-9]+$`)\n\nfunc userURL(apiURL, userID string) string {\n\tif !validID.MatchString(userID) {\n\t\treturn ""\n\t}\n\treturn fmt.Sprintf("%s/%s", apiURL, userID)\n}',
  },
  cases: {
    valid: [
      'func f(domain string) string { return fmt.Sprintf("https://%s", domain) }',
      'func f(domain, sub string) string { if !regexp.MustCompile("^[a-z0-9.-]+$").MatchString(sub) { return "" }; return fmt.Sprintf("https://%s.%s", sub, domain) }',
      'func f(base, id string) string { return base + "/" + url.PathEscape(id) }',
    ],
    invalid: [
      'func f(domain, sub string) string { url := fmt.Sprintf("https://%s.%s", sub, domain); return url }',
      'func f(apiURL, id string) string { return apiURL + "/" + id }',
    ],
  },
});
