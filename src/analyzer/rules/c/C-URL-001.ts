import { hostSubstringRule } from "../text-sinks.js";

export default hostSubstringRule({
  id: "C-URL-001",
  languages: ["c", "cpp"],
  examples: {
    example_bad:
      'const char *redirect_target(const char *target, const char *domain) {\n  if (strstr(target, domain) != NULL) return target;\n  return "/";\n}',
    example_good:
      'const char *redirect_target(const char *target, const char *domain) {\n  char host[256];\n  if (sscanf(target, "https://%255[^/]", host) != 1) return "/";\n  size_t h = strlen(host), d = strlen(domain);\n  if (strcmp(host, domain) == 0 || (h > d && host[h - d - 1] == \'.\' && strcmp(host + h - d, domain) == 0)) return target;\n  return "/";\n}',
  },
  cases: {
    valid: [
      "int f(const char *name, const char *domain) { return strcmp(name, domain) == 0; }",
      'int f(const char *text) { return strstr(text, "needle") != NULL; }',
    ],
    invalid: [
      "int f(const char *target, const char *domain) { const char *netloc = target + 8; return strstr(netloc, domain) != NULL; }",
      'int f(const char *url) { return strstr(url, "example.com") != NULL; }',
    ],
  },
});
