import type { Language } from "./types.js";

const MARKER = /(?:#|\/\/|\/\*)\s*purpcode:\s*ignore(?:\[([^\]]*)\])?/;

/**
 * Lines carrying `# purpcode: ignore[ID, ...]` (or `//` in JS). A bare `ignore` silences every rule on the line.
 * A comment alone on its line applies to the next line, as with most linters.
 */
export function suppressedLines(code: string, language: Language): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (!code.includes("purpcode")) return out;
  const lines = code.split("\n");
  lines.forEach((text, i) => {
    const m = MARKER.exec(text);
    if (!m) return;
    const commentStart = language === "python" ? text.indexOf("#") : text.search(/\/\/|\/\*/);
    const alone = text.slice(0, commentStart).trim() === "";
    const ids = m[1]
      ? m[1]
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean)
      : ["*"];
    const target = alone ? i + 2 : i + 1;
    const set = out.get(target) ?? new Set<string>();
    for (const id of ids) set.add(id);
    out.set(target, set);
  });
  return out;
}
