// The C-* text-sink rules also run on C++ (whose strings compose with `+` and `<<`), and the Go instances on Go:
// the rules' own cases run in their first language only, so these cover the other shapes.
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";
import type { Language } from "../types.js";

beforeAll(async () => {
  await loadGrammars(["c", "cpp", "go"]);
});

const fired = (code: string, language: Language, rule: string) =>
  analyzeSync(code, { language, rules: [rule] }).findings.map((f) => f.severity);

describe("log lines (CWE-117)", () => {
  it("flags a C++ stream named log that embeds a parameter, not one that strips CR/LF first", () => {
    const bad =
      'std::string entry(const std::string &msg) {\n  std::ostringstream log_line;\n  log_line << "Received: " << msg;\n  return log_line.str();\n}';
    const good =
      "std::string entry(const std::string &msg) {\n  std::string clean;\n  for (char ch : msg) clean += (ch == '\\n' || ch == '\\r') ? ' ' : ch;\n  std::ostringstream log_line;\n  log_line << \"Received: \" << clean;\n  return log_line.str();\n}";
    expect(fired(bad, "cpp", "C-LOG-001")).toEqual(["LOW"]);
    expect(fired(good, "cpp", "C-LOG-001")).toEqual([]);
  });

  it("is MEDIUM when argv reaches the log line, and ignores names that only look like log", () => {
    expect(
      fired('int main(int argc, char **argv) { syslog(LOG_INFO, "user %s", argv[1]); }', "c", "C-LOG-001"),
    ).toEqual(["MEDIUM"]);
    expect(
      fired('void f(const char *u) { char login[64]; snprintf(login, 64, "%s", u); }', "c", "C-LOG-001"),
    ).toEqual([]);
  });

  it("flags Go loggers and a Sprintf stored as a log entry; a Go error value is not the caller's text", () => {
    expect(fired('func f(name string) { logger.Infof("hello %s", name) }', "go", "GO-LOG-001")).toEqual([
      "LOW",
    ]);
    expect(
      fired(
        'func main() { db, err := sql.Open("sqlite3", os.Args[1]); if err != nil { log.Fatalf("open: %v", err) }; _ = db }',
        "go",
        "GO-LOG-001",
      ),
    ).toEqual([]);
  });
});

describe("response headers (CWE-113)", () => {
  it("flags a C++ header map written from a parameter; a helper that erases CR/LF is the sanitiser", () => {
    const bad =
      'void store(const std::string &value, std::map<std::string, std::string> &header) {\n  std::string v = value;\n  header["Accept-Language"] = v;\n}';
    const good =
      "void clean(std::string &s) { s.erase(std::remove(s.begin(), s.end(), '\\n'), s.end()); s.erase(std::remove(s.begin(), s.end(), '\\r'), s.end()); }\nvoid store(const std::string &value, std::map<std::string, std::string> &header) {\n  std::string v = value;\n  clean(v);\n  header[\"Accept-Language\"] = v;\n}";
    expect(fired(bad, "cpp", "C-HDR-001")).toEqual(["MEDIUM"]);
    expect(fired(good, "cpp", "C-HDR-001")).toEqual([]);
  });

  it("does not flag values parsed out of the input by other calls (a header parser, not a header write)", () => {
    const parser =
      'void parse(const char *input, Header *header) { char t[256]; strncpy(t, input, 255); char *tok = strtok(t, ":"); strncpy(header->value, tok + 1, 99); }';
    expect(fired(parser, "c", "C-HDR-001")).toEqual([]);
  });

  it("flags Go http.Header.Add from a parameter and accepts strings.NewReplacer as the sanitiser", () => {
    expect(fired('func f(h http.Header, v string) { h.Add("X-User", v) }', "go", "GO-HDR-001")).toEqual([
      "MEDIUM",
    ]);
    expect(
      fired(
        'func f(h http.Header, v string) { v = strings.NewReplacer("\\r", "", "\\n", "").Replace(v); h.Add("X-User", v) }',
        "go",
        "GO-HDR-001",
      ),
    ).toEqual([]);
  });
});

describe("composed URLs (CWE-918)", () => {
  it("flags a C++ concatenation of a base URL and a caller's id; an isalnum loop or a regex match is the guard", () => {
    const bad =
      'std::string url(const std::string &api_url, const std::string &id) { return api_url + "/" + id; }';
    const loop =
      'std::string url(const std::string &api_url, const std::string &id) {\n  for (char c : id) if (!std::isalnum(static_cast<unsigned char>(c))) return "";\n  return api_url + "/" + id;\n}';
    const regex =
      'std::string url(const std::string &domain, const std::string &sub) {\n  if (!std::regex_match(sub, std::regex("^[a-z0-9-]+$"))) return "https://" + domain;\n  return "https://" + sub + "." + domain;\n}';
    expect(fired(bad, "cpp", "C-SSRF-001")).toEqual(["LOW"]);
    expect(fired(loop, "cpp", "C-SSRF-001")).toEqual([]);
    expect(fired(regex, "cpp", "C-SSRF-001")).toEqual([]);
  });

  it("does not count a stub validator whose body checks nothing (Go)", () => {
    const stub =
      'func u(apiURL, id string) string {\n\tif !isValid(id) {\n\t\treturn ""\n\t}\n\treturn fmt.Sprintf("%s/%s", apiURL, id)\n}\nfunc isValid(id string) bool { return true }';
    const real =
      'func u(apiURL, id string) string {\n\tif !isValid(id) {\n\t\treturn ""\n\t}\n\treturn fmt.Sprintf("%s/%s", apiURL, id)\n}\nfunc isValid(id string) bool { return regexp.MustCompile(`^[a-z0-9]+$`).MatchString(id) }';
    expect(fired(stub, "go", "GO-SSRF-002")).toEqual(["LOW"]);
    expect(fired(real, "go", "GO-SSRF-002")).toEqual([]);
  });

  it("ignores a check that is only in a comment", () => {
    const commented =
      'void f(char *url, const char *d, const char *sub) {\n  // if (regexec(&re, sub, 0, NULL, 0) != 0) return;\n  snprintf(url, 256, "https://%s.%s", sub, d);\n}';
    expect(fired(commented, "c", "C-SSRF-001")).toEqual(["LOW"]);
  });
});

describe("host checks by substring (CWE-20)", () => {
  it("flags std::string::find of a domain in a URL, not an equality test on the parsed host", () => {
    const bad =
      "bool allowed(const std::string &target, const std::string &domain) { return target.find(domain) != std::string::npos; }";
    const good =
      "bool allowed(const std::string &host, const std::string &domain) { return host == domain || (host.size() > domain.size() && host.compare(host.size() - domain.size(), domain.size(), domain) == 0 && host[host.size() - domain.size() - 1] == '.'); }";
    expect(fired(bad, "cpp", "C-URL-001")).toEqual(["MEDIUM"]);
    expect(fired(good, "cpp", "C-URL-001")).toEqual([]);
  });
});

describe("archives and regular expressions (C++)", () => {
  it("flags zip slip when the '..' check is commented out, not when it is code", () => {
    const body = (check: string) =>
      `bool x(struct archive *a, struct archive *o, const std::string &dest) {\n  struct archive_entry *e;\n  while (archive_read_next_header(a, &e) == ARCHIVE_OK) {\n    std::string name = archive_entry_pathname(e);\n    ${check}\n    std::string full = dest + "/" + name;\n    archive_entry_set_pathname(e, full.c_str());\n    archive_write_header(o, e);\n  }\n  return true;\n}`;
    expect(
      fired(body('// if (name.find("..") != std::string::npos) return false;'), "cpp", "C-ZIP-001"),
    ).toEqual(["HIGH"]);
    expect(
      fired(body('if (name.find("..") != std::string::npos) return false;'), "cpp", "C-ZIP-001"),
    ).toEqual([]);
  });

  it("flags std::regex from a parameter, not from an escaping helper's result", () => {
    const bad =
      "bool s(const std::string &pattern, const std::string &text) { std::regex r(pattern); return std::regex_search(text, r); }";
    const good =
      "bool s(const std::string &pattern, const std::string &text) { std::regex r(quote(pattern)); return std::regex_search(text, r); }";
    expect(fired(bad, "cpp", "CPP-REGEX-001")).toEqual(["MEDIUM"]);
    expect(fired(good, "cpp", "CPP-REGEX-001")).toEqual([]);
  });
});
