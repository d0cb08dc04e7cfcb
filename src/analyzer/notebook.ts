/**
 * Jupyter notebooks (`.ipynb`): JSON whose code cells are the program. The code cells are joined, in order, into
 * one Python source (a notebook's cells share one namespace, so data flows from cell to cell), and every line
 * of that source remembers the line of the notebook file holding it: nbformat writes a cell's `source` as an
 * array of one string per line, each on its own line of the file, so a finding's line is the line an editor
 * shows the code on inside the JSON. (A cell whose source is one string maps all its lines to that string's.)
 * IPython's own syntax is blanked to a comment of the same line count: `%magic` and `!shell` lines, and whole
 * cells of another language (`%%bash`, `%%html`, ...).
 */

export function isNotebookPath(path: string): boolean {
  return /\.ipynb$/i.test(path);
}

/** A JSON value with the 1-based line each string starts on (positions JSON.parse throws away). */
type J =
  | { kind: "str"; value: string; line: number }
  | { kind: "arr"; items: J[] }
  | { kind: "obj"; entries: Map<string, J> }
  | { kind: "other" };

/** A small JSON reader that keeps each string's line; undefined on malformed input. Linear in the text. */
function readJson(text: string): J | undefined {
  let i = 0;
  let line = 1;
  const ws = () => {
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
    }
  };
  const str = (): J | undefined => {
    const at = line;
    const start = i;
    i++;
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === "\\") i++;
      else if (c === '"') break;
      else if (c === "\n") return undefined;
    }
    if (i >= text.length) return undefined;
    i++;
    try {
      return { kind: "str", value: JSON.parse(text.slice(start, i)) as string, line: at };
    } catch {
      return undefined;
    }
  };
  const value = (depth: number): J | undefined => {
    if (depth > 64) return undefined;
    ws();
    const c = text[i];
    if (c === '"') return str();
    if (c === "[") {
      i++;
      const items: J[] = [];
      ws();
      if (text[i] === "]") {
        i++;
        return { kind: "arr", items };
      }
      for (;;) {
        const v = value(depth + 1);
        if (!v) return undefined;
        items.push(v);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "]") {
          i++;
          return { kind: "arr", items };
        } else return undefined;
      }
    }
    if (c === "{") {
      i++;
      const entries = new Map<string, J>();
      ws();
      if (text[i] === "}") {
        i++;
        return { kind: "obj", entries };
      }
      for (;;) {
        ws();
        if (text[i] !== '"') return undefined;
        const k = str();
        ws();
        if (k?.kind !== "str" || text[i] !== ":") return undefined;
        i++;
        const v = value(depth + 1);
        if (!v) return undefined;
        entries.set(k.value, v);
        ws();
        if (text[i] === ",") i++;
        else if (text[i] === "}") {
          i++;
          return { kind: "obj", entries };
        } else return undefined;
      }
    }
    const m = /^(?:true|false|null|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 32));
    if (!m) return undefined;
    i += m[0].length;
    return { kind: "other" };
  };
  const v = value(0);
  ws();
  return v && i === text.length ? v : undefined;
}

export interface NotebookSource {
  /** The code cells as one Python source. */
  code: string;
  /** lines[k]: the notebook file's 1-based line holding the source's line k + 1. */
  lines: number[];
}

/** A cell magic that makes the whole cell another language's (`%%bash`, `%%html`, `%%writefile x`, ...). */
const CELL_MAGIC = /^\s*%%/;
/** IPython line syntax Python cannot parse: `%time x`, `!pip install y`, `x = !ls`, `?obj`, `obj?`. */
const LINE_MAGIC = /^\s*(?:[%!?]|\w+\s*=\s*[%!])|^\s*[\w.]+\?\??\s*$/;

/** The Python code cells of a notebook, or undefined when the text is no notebook (or the kernel is not Python). */
export function notebookSource(text: string): NotebookSource | undefined {
  const nb = readJson(text);
  if (nb?.kind !== "obj") return undefined;
  const cells = nb.entries.get("cells");
  if (cells?.kind !== "arr") return undefined;
  const lang = kernelLanguage(nb);
  if (lang && lang !== "python") return undefined;
  const out: string[] = [];
  const lines: number[] = [];
  for (const cell of cells.items) {
    if (cell.kind !== "obj") continue;
    const type = cell.entries.get("cell_type");
    if (type?.kind !== "str" || type.value !== "code") continue;
    const src = cell.entries.get("source");
    const parts = src?.kind === "str" ? [src] : src?.kind === "arr" ? src.items : [];
    const cellLines: { text: string; line: number }[] = [];
    for (const p of parts) {
      if (p.kind !== "str") continue;
      // One array element is one line (ending in "\n" but the last); a single string holds them all.
      const split = p.value.replace(/\r\n?/g, "\n").split("\n");
      if (split.length > 1 && split[split.length - 1] === "") split.pop();
      for (const t of split) cellLines.push({ text: t, line: p.line });
    }
    const other = cellLines.length > 0 && CELL_MAGIC.test(cellLines[0]!.text);
    for (const l of cellLines) {
      out.push(other || LINE_MAGIC.test(l.text) ? `# ${l.text.trim().slice(0, 1)}` : l.text);
      lines.push(l.line);
    }
  }
  return { code: out.join("\n") + "\n", lines };
}

function kernelLanguage(nb: J & { kind: "obj" }): string | undefined {
  const meta = nb.entries.get("metadata");
  if (meta?.kind !== "obj") return undefined;
  for (const key of ["kernelspec", "language_info"]) {
    const o = meta.entries.get(key);
    const l =
      o?.kind === "obj"
        ? (o.entries.get(key === "kernelspec" ? "language" : "name") ?? undefined)
        : undefined;
    if (l?.kind === "str") return l.value.toLowerCase();
  }
  return undefined;
}

/** A finding's line in the joined source, as the notebook file's line. */
export function notebookLine(nb: NotebookSource, line: number): number {
  return nb.lines[line - 1] ?? nb.lines[nb.lines.length - 1] ?? 1;
}
