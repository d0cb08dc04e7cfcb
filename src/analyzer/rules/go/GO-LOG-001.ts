import { logInjectionRule } from "../text-sinks.js";

export default logInjectionRule({
  id: "GO-LOG-001",
  languages: ["go"],
  examples: {
    example_bad:
      'func receiveLog(msg string) string {\n\tlogEntry := fmt.Sprintf("[%s] Received: %s", time.Now().Format(time.RFC3339), msg)\n\treturn logEntry\n}',
    example_good:
      'func receiveLog(msg string) string {\n\tclean := strings.NewReplacer("\\r", " ", "\\n", " ").Replace(msg)\n\tlogEntry := fmt.Sprintf("[%s] Received: %s", time.Now().Format(time.RFC3339), clean)\n\treturn logEntry\n}',
  },
  cases: {
    valid: [
      'func f(msg string) { clean := strings.ReplaceAll(strings.ReplaceAll(msg, "\\n", " "), "\\r", " "); log.Printf("got %s", clean) }',
      'func f(n int) { log.Printf("count %d", 3) }',
    ],
    invalid: [
      'func f(user string) { log.Printf("login failed for %s", user) }',
      'func f(msg string) string { logEntry := fmt.Sprintf("[%s] Received: %s", "t", string(msg)); return logEntry }',
    ],
  },
});
