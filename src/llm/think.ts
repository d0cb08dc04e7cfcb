const LEADING_THINK = /^\s*<think>([\s\S]*?)<\/think>\s*/;

/** Splits a reasoning model's leading `<think>...</think>` block from its final text. */
export function stripThink(text: string): { text: string; reasoning?: string } {
  const match = LEADING_THINK.exec(text);
  if (!match) return { text };
  return { text: text.slice(match[0].length), reasoning: match[1]!.trim() };
}
