import { logInjectionRule } from "../text-sinks.js";

export default logInjectionRule({
  id: "C-LOG-001",
  languages: ["c", "cpp"],
  examples: {
    example_bad: 'void receive_log(const char *msg) {\n  syslog(LOG_INFO, "Received: %s", msg);\n}',
    example_good:
      "void receive_log(const char *msg) {\n  char clean[256];\n  size_t i = 0;\n  for (; msg[i] && i < sizeof clean - 1; i++) clean[i] = (msg[i] == '\\n' || msg[i] == '\\r') ? ' ' : msg[i];\n  clean[i] = '\\0';\n  syslog(LOG_INFO, \"Received: %s\", clean);\n}",
  },
  cases: {
    valid: [
      "void f(const char *m) { char log_entry[300]; char c[256]; for (int i = 0; m[i]; i++) c[i] = m[i] == '\\n' ? ' ' : m[i]; snprintf(log_entry, 300, \"Got %s\", c); }",
      'void f(int n) { syslog(LOG_INFO, "count %d", 3); }',
    ],
    invalid: [
      'char *f(const char *msg) { char *log_entry = malloc(300); snprintf(log_entry, 300, "[%s] Received: %s", "t", msg); return log_entry; }',
      'void f(const char *user) { syslog(LOG_WARNING, "login failed for %s", user); }',
    ],
  },
});
