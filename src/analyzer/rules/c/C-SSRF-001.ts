import { urlCompositionRule } from "../text-sinks.js";

export default urlCompositionRule({
  id: "C-SSRF-001",
  languages: ["c", "cpp"],
  examples: {
    example_bad:
      'char *user_url(const char *api_url, const char *user_id) {\n  char *url = malloc(strlen(api_url) + strlen(user_id) + 2);\n  if (!url) return NULL;\n  sprintf(url, "%s/%s", api_url, user_id);\n  return url;\n}',
    example_good:
      'char *user_url(const char *api_url, const char *user_id) {\n  for (const char *p = user_id; *p; p++) if (!isalnum((unsigned char)*p)) return NULL;\n  char *url = malloc(strlen(api_url) + strlen(user_id) + 2);\n  if (!url) return NULL;\n  sprintf(url, "%s/%s", api_url, user_id);\n  return url;\n}',
  },
  cases: {
    valid: [
      'void f(char *out, const char *domain) { sprintf(out, "https://%s", domain); }',
      'void f(char *url, const char *d, const char *sub) { regex_t r; regcomp(&r, "^[a-z0-9-]+$", REG_EXTENDED); if (regexec(&r, sub, 0, NULL, 0) != 0) return; snprintf(url, 256, "https://%s.%s", sub, d); }',
    ],
    invalid: [
      'void f(char *url, const char *domain, const char *sub) { snprintf(url, 256, "https://%s.%s", sub, domain); }',
      'char *f(const char *api_url, const char *id) { char *full_url = malloc(300); snprintf(full_url, 300, "%s/%s", api_url, id); return full_url; }',
    ],
  },
});
