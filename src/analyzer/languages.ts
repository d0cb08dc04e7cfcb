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

const PY_SIGNS = [
  /^\s*def \w+\s*\(.*\)\s*(->.*)?:\s*$/m,
  /^\s*(from [\w.]+ )?import [\w., ]+$/m,
  /^\s*class \w+(\(.*\))?:\s*$/m,
  /^\s*(if|elif|while|for|with|try|except)\b.*:\s*$/m,
  /\bprint\(/,
  /\bself\./,
  /^\s*@\w+/m,
];
const JS_SIGNS = [
  /\b(const|let|var)\s+[\w{[]/,
  /\bfunction\s*\w*\s*\(/,
  /=>/,
  /\brequire\(['"]/,
  /^\s*import .* from ['"]/m,
  /\bconsole\.\w+\(/,
  /;\s*$/m,
  /^\s*(module\.)?exports\b/m,
];
const TS_SIGNS = [
  /\binterface \w+\s*\{/,
  /:\s*(string|number|boolean|void|any|unknown)\b/,
  /\btype \w+\s*=/,
  /\bas const\b/,
];

/**
 * Guesses the language of an unlabelled snippet from surface signs. Returns undefined when neither side has a
 * clear lead, so the caller reports "unknown language" instead of analysing with the wrong grammar.
 */
export function detectLanguage(code: string): Language | undefined {
  const score = (signs: RegExp[]) => signs.reduce((n, re) => n + (re.test(code) ? 1 : 0), 0);
  const py = score(PY_SIGNS);
  const js = score(JS_SIGNS);
  if (py === 0 && js === 0) return undefined;
  if (py > js) return "python";
  if (js > py) return score(TS_SIGNS) > 0 ? "typescript" : "javascript";
  return undefined;
}
