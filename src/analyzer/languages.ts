import { normaliseLanguage } from "../core/markdown.js";
import { LANGUAGES, type Language } from "./types.js";

/** Maps a fence label or a --lang value to a supported language (aliases as in core/markdown). */
export function languageFromLabel(label: string): Language | undefined {
  const name = normaliseLanguage(label);
  return (LANGUAGES as readonly string[]).includes(name ?? "") ? (name as Language) : undefined;
}

const EXTENSIONS: Record<string, Language> = {
  ".py": "python",
  ".pyw": "python",
  ".js": "javascript",
  ".mjs": "javascript",
  ".cjs": "javascript",
  ".jsx": "javascript",
  ".ts": "typescript",
  ".mts": "typescript",
  ".cts": "typescript",
  ".tsx": "typescript",
  ".c": "c",
  ".h": "c",
  ".cpp": "cpp",
  ".cc": "cpp",
  ".cxx": "cpp",
  ".c++": "cpp",
  ".hpp": "cpp",
  ".hh": "cpp",
  ".hxx": "cpp",
  ".cs": "csharp",
  ".java": "java",
  ".php": "php",
  ".phtml": "php",
  ".go": "go",
  ".rs": "rust",
};

export function languageFromPath(path: string): Language | undefined {
  const dot = path.lastIndexOf(".");
  return dot < 0 ? undefined : EXTENSIONS[path.slice(dot).toLowerCase()];
}

/** A surface sign of a language and how much it says (3: nearly decisive, 1: common to several languages). */
type Sign = [RegExp, number];

const PY_SIGNS: Sign[] = [
  [/^\s*def \w+\s*\(.*\)\s*(->.*)?:\s*$/m, 2],
  [/^\s*(from [\w.]+ )?import [\w., ]+$/m, 1],
  [/^\s*class \w+(\(.*\))?:\s*$/m, 2],
  [/^\s*(if|elif|while|for|with|try|except)\b.*:\s*$/m, 1],
  [/\bprint\(/, 1],
  [/\bself\./, 1],
  [/^\s*@\w+/m, 1],
];
const JS_SIGNS: Sign[] = [
  [/\b(const|let|var)\s+[\w{[]/, 1],
  [/\bfunction\s*\w*\s*\(/, 1],
  [/=>/, 1],
  [/\brequire\(['"]/, 2],
  [/^\s*import .* from ['"]/m, 2],
  [/\bconsole\.\w+\(/, 2],
  [/;\s*$/m, 1],
  [/^\s*(module\.)?exports\b/m, 2],
];
const TS_SIGNS = [
  /\binterface \w+\s*\{/,
  /:\s*(string|number|boolean|void|any|unknown)\b/,
  /\btype \w+\s*=/,
  /\bas const\b/,
];
/** Signs shared by C and C++ (C++ wins when one of its own signs is there too). */
const C_SIGNS: Sign[] = [
  [/^\s*#\s*include\s*[<"]/m, 3],
  [/^\s*#\s*(define|ifn?def|endif|pragma)\b/m, 2],
  [
    /\b(printf|fprintf|malloc|calloc|realloc|free|strcpy|strncpy|strcat|memcpy|memset|sprintf|snprintf|fgets)\s*\(/,
    2,
  ],
  [/\bint\s+main\s*\(/, 2],
  [/\b(unsigned|size_t|uint\d+_t|int\d+_t|struct)\s+\**\w+/, 2],
  [/\bchar\s*\*+\s*\w+|\bchar\s+\w+\s*\[/, 3],
  [/->\w+/, 1],
];
const CPP_SIGNS: Sign[] = [
  [
    /\bstd::(string|vector|cout|cerr|cin|endl|map|unordered_map|unique_ptr|shared_ptr|make_\w+|move|array|pair|sort|ifstream|ofstream|getline|to_string)\b/,
    3,
  ],
  [/^\s*#\s*include\s*<(iostream|string|vector|map|unordered_map|memory|algorithm|fstream|sstream)>/m, 3],
  [/\b(cout|cerr|cin)\s*(<<|>>)/, 3],
  [/\btemplate\s*</, 2],
  [/\busing namespace\b/, 3],
  [/^\s*(public|private|protected):\s*$/m, 3],
  [/\b\w+::\w+\s*\(/, 1],
];
const JAVA_SIGNS: Sign[] = [
  [/^\s*import javax?\.[\w.*]+;/m, 3],
  [/^\s*package [\w.]+;/m, 3],
  [/\bSystem\.(out|err)\.print/, 3],
  [/\bString\[\]\s+\w+/, 2],
  [/\bpublic\s+(static\s+)?(final\s+)?(abstract\s+)?class\s+\w+/, 1],
  [/@Override\b/, 2],
  [/\bthrows\s+\w+(Exception|Error)\b/, 2],
  [/\b(ArrayList|HashMap|List|Map)<\w+/, 1],
];
const CSHARP_SIGNS: Sign[] = [
  [/^\s*using System[\w.]*;/m, 3],
  [/\bConsole\.(Write|WriteLine|ReadLine)\(/, 3],
  [/^\s*namespace [\w.]+\s*[{;]?\s*$/m, 2],
  [/\bstring\[\]\s+\w+/, 2],
  [/\{\s*get;\s*(private\s+)?set;\s*\}/, 3],
  [/\bpublic\s+(static\s+)?(async\s+)?(void|Task|string|int|bool)\s+[A-Z]\w*\s*\(/, 1],
  [/\[(HttpGet|HttpPost|Route|ApiController|Test|Fact)\b/, 3],
  [/\bvar\s+\w+\s*=\s*new\s+\w+/, 1],
];
const PHP_SIGNS: Sign[] = [
  [/<\?php\b/, 5],
  [/\$_(GET|POST|REQUEST|SERVER|COOKIE|FILES|SESSION)\b/, 4],
  [/\bfunction\s+\w+\s*\(\s*(\?\w+\s+)?\$\w+/, 4],
  [/\$\w+\s*(=|->)/, 2],
  [/\becho\s+/, 1],
];
const GO_SIGNS: Sign[] = [
  [/^\s*package \w+\s*$/m, 3],
  [/\bfunc\s+(\(\s*\w+\s+\*?\w+\s*\)\s*)?\w+\s*\(/, 3],
  [/^\s*import\s+\(\s*$/m, 2],
  [/\w\s*:=\s*/, 1],
  [/\bfmt\.\w+\(/, 2],
  [/\berr\s*!=\s*nil\b/, 3],
];
const RUST_SIGNS: Sign[] = [
  [/\bfn\s+\w+\s*(<[^>]*>)?\s*\(/, 3],
  [/\blet\s+mut\b/, 3],
  [/\b(println|format|vec|panic|assert_eq|write|writeln)!\s*[([]/, 3],
  [/^\s*use\s+(std|crate|super)::/m, 3],
  [/^\s*impl\b/m, 2],
  [/&(mut\s+)?self\b/, 2],
  [/->\s*(Result|Option|Vec|String|i32|i64|u8|u32|u64|usize|bool|Self)\b/, 1],
];

const SIGNS: [Language, Sign[]][] = [
  ["python", PY_SIGNS],
  ["javascript", JS_SIGNS],
  ["c", [...C_SIGNS, ...CPP_SIGNS]],
  ["java", JAVA_SIGNS],
  ["csharp", CSHARP_SIGNS],
  ["php", PHP_SIGNS],
  ["go", GO_SIGNS],
  ["rust", RUST_SIGNS],
];

const score = (code: string, signs: Sign[]) => signs.reduce((n, [re, w]) => n + (re.test(code) ? w : 0), 0);

/**
 * Guesses the language of an unlabelled snippet from weighted surface signs. Returns undefined when no language
 * has a clear lead, so the caller falls back to the language it expects (or reports "unknown language") instead
 * of analysing with the wrong grammar. C and C++ are one contest (C++ when a C++-only sign is present), as are
 * JavaScript and TypeScript.
 */
export function detectLanguage(code: string): Language | undefined {
  const scores = SIGNS.map(([language, signs]) => [language, score(code, signs)] as const).sort(
    (a, b) => b[1] - a[1],
  );
  const [best, second] = scores;
  if (!best || best[1] === 0 || best[1] === second![1]) return undefined;
  if (best[0] === "c") return score(code, CPP_SIGNS) > 0 ? "cpp" : "c";
  if (best[0] === "javascript") return TS_SIGNS.some((re) => re.test(code)) ? "typescript" : "javascript";
  return best[0];
}

/** Languages one grammar family covers: code detected as one of them is analysed as the one the caller expects. */
const FAMILIES: Language[][] = [
  ["c", "cpp"],
  ["javascript", "typescript"],
];

/** The detected language, or the expected one when detection is undecided or names the same family. */
export function resolveLanguage(code: string, expected: Language | undefined): Language | undefined {
  const detected = detectLanguage(code);
  if (!detected) return expected;
  if (expected && FAMILIES.some((f) => f.includes(detected) && f.includes(expected))) return expected;
  return detected;
}
