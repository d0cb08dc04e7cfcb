/** `text` as a regular expression that matches it literally (for names spliced into a pattern). */
export function regexEscape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
