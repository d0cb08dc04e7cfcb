/**
 * Why a CyberSecEval row in a brace language or JavaScript is not flagged, by the checks that recur when reading the misses.
 * Each returns a reason only when the labelled line itself shows it; everything else is "not classified".
 */
export interface LanguageMiss {
  language: string;
  cwe: string;
  lineText: string;
  code: string;
}

const COPY = /\b(str(n)?cpy|str(n)?cat|memcpy|memmove|sprintf|vsprintf|gets|wcscpy|wcscat|CopyMemory)\s*\(/;

/**
 * JavaScript rows: CyberSecEval's labels come from lint-style patterns ("any comparison of a name like token",
 * "any non-literal require()", "child_process.exec is eval"), so most misses are lines that match the pattern
 * without the weakness. Each check reads the labelled line (and, where the line alone cannot tell, the snippet).
 */
function javascriptMissReason(m: LanguageMiss): string | undefined {
  const line = m.lineText.trim();
  if (
    m.cwe === "CWE-208" &&
    /[!=]==?\s*(null|undefined|(['"])[^'"]{0,3}\2)|\b(null|undefined)\s*[!=]==?/.test(line)
  )
    return "not a secret comparison: a name like token/hash/pass compared with null, undefined or a 1-3 character literal (a path segment, a URL fragment)";
  if (/\bexec\s*\(\s*'[^'+]*'\s*[,)]/.test(line)) return "not insecure: literal-only command";
  if (m.cwe === "CWE-95" && /\bexec\s*\(/.test(line))
    return "label CWE-95 on child_process.exec: a command-injection question (CWE-78), judged by JS-CMDI-001, which fires when the command is not constant";
  if (/new\s+Function\s*\(\s*\)/.test(line))
    return "not insecure: `new Function()` with no code (an empty function)";
  if (/require\s*\(\s*(__dirname\b|`\$\{CWD\}|\d+\s*\))/.test(line))
    return "not insecure: module path fixed by the program (__dirname or the working directory plus literals, or a bundle's numeric module id)";
  if (/\b(eval|Function)\s*\(/.test(line))
    return "not insecure: the code string is built from literals only in the snippet (repeat/join/loops over literals; no input reaches it)";
  if (m.cwe === "CWE-22" && /path\.join\(\s*('[^']*'\s*,?\s*)+\)/.test(line))
    return "not insecure: path made of literals (a test checking build output)";
  if (m.cwe === "CWE-770" && /function\s+Buffer\s*\(/.test(m.code))
    return "not a use: a Buffer polyfill's own constructor";
  if (m.cwe === "CWE-770" && /typeof\s+\w+\s*===?\s*["']string["']|isBuffer\s*\(/.test(m.code))
    return "argument type checked first (typeof string / isBuffer): a copy, never a size";
  if (m.cwe === "CWE-119" && /\.read\w+\(\s*true\s*\)/.test(line))
    return "not a Buffer: a stream reader's one-argument read with a flag, no noAssert offset";
  if (m.cwe === "CWE-79" && /dangerouslySetInnerHTML\s*:\s*(true|null)/.test(m.code) && !/__html/.test(line))
    return "not a use: React's own table of reserved prop names";
  if (m.cwe === "CWE-79" && /dangerouslySetInnerHTML\s*:\s*\{\s*__html\s*:\s*'[^']*'\s*\}/.test(m.code))
    return "not insecure: literal markup in dangerouslySetInnerHTML";
  if (m.cwe === "CWE-185" && /escapeReg[Ee]xp?|\\\\\$&/.test(m.code))
    return "input escaped for regular expressions (escapeRegExp / escapeRegex / replace(..., '\\$&')) before new RegExp";
  if (m.cwe === "CWE-338" && /getRandomValues/.test(line))
    return "not insecure: crypto.getRandomValues is a CSPRNG";
  if (m.cwe === "CWE-338" && /=\s*Math\.random\s*[;,]?$/.test(line))
    return "not a use: Math.random saved under another name (a library's native reference), no value drawn";
  return undefined;
}

/** The labelled line sits inside a block comment (commented-out code). */
function inBlockComment(code: string, line: string): boolean {
  // Strings and line comments first: "/static-*/**" and "//*****" hold comment markers that are not comments.
  const before = code
    .slice(0, code.indexOf(line))
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""')
    .replace(/\/\/[^\n]*/g, "");
  return before.lastIndexOf("/*") > before.lastIndexOf("*/");
}

/** A C string literal's length in bytes, escapes counted as one. */
const literalLength = (body: string) => body.replace(/\\(x[0-9a-fA-F]+|[0-7]{1,3}|.)/g, "_").length;

/** Checks read off the misses left after the rule work of 2026-12-04 (each states what the snippet shows). */
function laterChecks(m: LanguageMiss, line: string, brace: boolean): string | undefined {
  if (line && inBlockComment(m.code, line)) return "not code: the labelled line is inside a /* */ comment";
  const copy = /\b(sprintf|strcpy)\s*\(\s*(\w+)\s*,\s*"((?:[^"\\%]|\\.)*)"\s*\)/.exec(line);
  if (brace && copy) {
    const size = new RegExp(`\\b${copy[2]}\\s*\\[\\s*(\\d+)\\s*\\]`).exec(m.code);
    if (size && literalLength(copy[3]!) < Number(size[1]))
      return "not insecure: a literal with no conversions copied into a declared array it fits";
  }
  const ret = /(\w+)\s*=\s*[\w:]*v?snprintf\s*\(/i.exec(line);
  if (brace && ret) {
    const after = m.code.slice(m.code.indexOf(line) + line.length);
    if (
      new RegExp(
        `\\b${ret[1]}\\s*>=?\\s*(\\(\\w+\\))?\\s*sizeof|sizeof\\s*\\([^)]*\\)\\s*<=?\\s*${ret[1]}\\b`,
      ).test(after)
    )
      return "snprintf's return value is compared with the buffer size before it is used";
    if (!new RegExp(`[+\\[]\\s*${ret[1]}\\b`).test(after))
      return "sink not in the snippet: the use of snprintf's return value is cut off";
  }
  if (brace && m.cwe === "CWE-338" && /(\.|->|::)rand\s*\(/.test(line) && !/std::rand\s*\(/.test(line))
    return "not the C library's rand(): a method or namespaced function of the program's own (a test generator, a matrix fill)";
  if (m.language === "rust" && /^pub\s+fn\s+(current_exe|temp_dir|args|args_os)\s*\(/.test(line))
    return "not a use: the standard library's own definition of the function";
  if (m.language === "rust" && m.cwe === "CWE-807" && /\w_args\s*\(|\brender_args\b/.test(line))
    return "not the process arguments: a method of the program's own that is named *_args";
  if (m.language === "rust" && m.cwe === "CWE-78" && /\b\w*Command::new\(\s*\)/.test(line))
    return "not a process: a command-pattern object (XCommand::new() with no program)";
  if (m.language === "csharp" && m.cwe === "CWE-601" && /IsLocalUrl\s*\(/.test(m.code))
    return "redirect target checked with Url.IsLocalUrl first";
  if (m.language === "csharp" && m.cwe === "CWE-601" && /RedirectToRoute|Redirect\(\s*Url\.\w+\(/.test(line))
    return "not an open redirect: the target is one of the application's own routes";
  if (m.language === "java" && m.cwe === "CWE-352" && /\.csrf\(\)\s*$/.test(m.code.trimEnd()))
    return "cut off: the snippet ends at .csrf(), before the call that would disable it";
  return undefined;
}

export function languageMissReason(m: LanguageMiss): string {
  if (m.language === "javascript") {
    const reason = javascriptMissReason(m);
    if (reason) return reason;
  }
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
  if (
    m.language === "csharp" &&
    m.cwe === "CWE-89" &&
    /,\s*"[^"]*"\s*\)\s*;\s*$/.test(line) &&
    !/\+/.test(line)
  )
    return "not insecure: literal SQL text";
  if (
    m.language === "csharp" &&
    m.cwe === "CWE-89" &&
    /\.Prepare\(\s*"[^"]*\?/.test(m.code) &&
    /\.Bind\(/.test(m.code)
  )
    return "parameterised query (prepared statement with ? placeholders, values bound)";
  if (
    m.language === "csharp" &&
    m.cwe === "CWE-89" &&
    /PrepareCommand\([^)]*commandParameters\)/.test(m.code)
  )
    return "data-access helper: the SQL text and its bound parameters come from the caller unchanged (no string building here)";
  if (m.language === "csharp" && m.cwe === "CWE-89" && /Parameters\.(Add|AddWithValue)/.test(m.code))
    return "parameterised query (values bound with Parameters.Add*)";
  if (/=\s*(""|'')\s*;/.test(line) && m.cwe === "CWE-798")
    return "not insecure: empty string, not a credential";
  const reason = laterChecks(m, line, brace);
  if (reason) return reason;
  return "not classified (rule gap or label noise; read the code)";
}
