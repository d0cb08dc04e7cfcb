import { headerInjectionRule } from "../text-sinks.js";

export default headerInjectionRule({
  id: "C-HDR-001",
  languages: ["c", "cpp"],
  examples: {
    example_bad:
      "void set_language(Header *header, const char *value) {\n  strncpy(header->value, value, sizeof header->value - 1);\n}",
    example_good:
      'void set_language(Header *header, const char *value) {\n  if (strpbrk(value, "\\r\\n")) return;\n  strncpy(header->value, value, sizeof header->value - 1);\n}',
  },
  cases: {
    valid: [
      "void f(Header *header, const char *v) { char c[100]; strncpy(c, v, 99); strip(c); strncpy(header->value, c, 99); }\nvoid strip(char *s) { char *d = s; for (; *s; s++) if (*s != '\\n' && *s != '\\r') *d++ = *s; *d = 0; }",
      'void f(Header *header) { strncpy(header->value, "gzip", 99); }',
    ],
    invalid: [
      "void f(Header *header, const char *v) { char c[100]; strncpy(c, v, 99); c[99] = '\\0'; strncpy(header->entries[0].value, c, 99); }",
      'struct curl_slist *f(struct curl_slist *headers, const char *lang) { char b[128]; snprintf(b, sizeof b, "Accept-Language: %s", lang); return curl_slist_append(headers, b); }',
    ],
  },
});
