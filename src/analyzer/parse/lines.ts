/**
 * Line arithmetic over a source text, shared by the tree copy, the engine's snippets and the markup lowering:
 * line starts are computed once per text, so positions and snippets cost a lookup, not a split per finding.
 */

/** Offsets where each line starts (the first is 0). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based row holding `offset`: binary search over the line starts. */
export function rowAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The row of `offset` at or after row `from`: gallop forward, then binary search. The tree builders visit nodes
 * in pre-order, where start offsets never decrease, so each lookup starts at the previous node's row.
 */
export function rowFrom(starts: readonly number[], offset: number, from: number): number {
  let lo = from;
  let hi = from + 1;
  let step = 1;
  const end = starts.length;
  while (hi < end && starts[hi]! <= offset) {
    lo = hi;
    hi = lo + step;
    step *= 2;
  }
  if (hi > end) hi = end;
  // starts[lo] <= offset < starts[hi] (or hi is past the last line)
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Text of rows `from..to` (0-based, inclusive), without the last newline. */
export function rowsText(text: string, starts: readonly number[], from: number, to: number): string {
  const begin = starts[from];
  if (begin === undefined) return "";
  const next = starts[to + 1];
  return text.slice(begin, next === undefined ? text.length : next - 1);
}

/** A finding's snippet: at most five rows from its first, trimmed, at most 400 characters. */
export function snippetText(text: string, starts: readonly number[], from: number, to: number): string {
  const snippet = rowsText(text, starts, from, Math.min(to, from + 4)).trim();
  return snippet.length > 400 ? snippet.slice(0, 400) + "..." : snippet;
}
