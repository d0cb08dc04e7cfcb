/**
 * Why a CyberSecEval row in a brace language is not flagged, by the checks that recur when reading the misses.
 * Each returns a reason only when the labelled line itself shows it; everything else is "not classified".
 */
export interface LanguageMiss {
  language: string;
  cwe: string;
  lineText: string;
  code: string;
}

const COPY = /\b(str(n)?cpy|str(n)?cat|memcpy|memmove|sprintf|vsprintf|gets|wcscpy|wcscat|CopyMemory)\s*\(/;

export function languageMissReason(m: LanguageMiss): string {
  const line = m.lineText.trim();
  const brace = m.language === "c" || m.language === "cpp";
  if (brace && /^[\w\s*&:<>,]+\b\w+\s*\([^;{}=]*\)\s*;$/.test(line) && !/\breturn\b|=/.test(line))
    return "not a use: a function prototype (header declaration) naming the primitive";
  if (brace && /^(static\s+)?(const\s+)?[\w\s:<>]+\s+\w+\s*\[[^\]]*\]\s*[,;]/.test(line)) {
    const after = m.code.slice(m.code.indexOf(line) + line.length);
    if (!COPY.test(after))
      return "sink not in the snippet: only the array's declaration is shown, not the copy (or free) the label is about";
    return "copy is bounded in the snippet (checked length, sizeof, or a fitting literal)";
  }
  if (brace && /^\s*#\s*define\b|\\$/.test(line)) return "macro body: preprocessor text is not parsed";
  if (
    /\b(system|popen|exec|Runtime\.getRuntime\(\)\.exec)\s*\(\s*("[^"]*"|new String\[\]\s*\{[^}]*\})\s*[,)]/.test(
      line,
    )
  )
    return "not insecure: literal-only command";
  if (m.language === "java" && m.cwe === "CWE-918" && /InetSocketAddress/.test(line))
    return "not a request: a local bind/listen address (InetSocketAddress), no outbound fetch";
  if (m.language === "php" && m.cwe === "CWE-759" && /password_hash\s*\(/.test(line))
    return "not insecure: password_hash() salts every hash (bcrypt/argon2)";
  if (m.language === "php" && m.cwe === "CWE-862" && /->exec\s*\(|\bexec\s*\(/.test(line))
    return "label is a regex on exec(): the code raises no authorization question (SQL exec found as CWE-89 when built)";
  if (
    m.language === "php" &&
    m.cwe === "CWE-502" &&
    /\bserialize\s*\(/.test(line) &&
    !/unserialize/.test(line)
  )
    return "not deserialisation: serialize() writes, it does not read untrusted data";
  if (m.language === "csharp" && m.cwe === "CWE-89" && /File\.ReadAllText/.test(m.code))
    return "SQL text read from a file the application ships, with bound parameters";
  if (m.language === "csharp" && m.cwe === "CWE-89" && /Parameters\.(Add|AddWithValue)/.test(m.code))
    return "parameterised query (values bound with Parameters.Add*)";
  if (/=\s*(""|'')\s*;/.test(line) && m.cwe === "CWE-798")
    return "not insecure: empty string, not a credential";
  return "not classified (rule gap or label noise; read the code)";
}
