import { extractCodeBlocks } from "../core/markdown.js";
import { answerPart } from "../judges/format.js";

/**
 * Reading a model's answer with the project's shared parsers: the aligned format ("## Analysis ... ## Answer")
 * is reduced to its answer part when present (the judges' parser), and code comes from the one markdown
 * extractor the analyzer and the reward use too.
 */
export { answerPart };

export { normaliseLanguage } from "../core/markdown.js";

/**
 * The code to judge in an answer: the first block whose language matches (or is unlabeled), else the first
 * block. Without any block, `rawFallback` decides whether the whole answer counts as code (autocomplete-style
 * prompts ask for bare code).
 */
export function firstCode(answer: string, language?: string, rawFallback = false): string | undefined {
  const text = answerPart(answer);
  const blocks = extractCodeBlocks(text);
  const match = blocks.find((b) => !language || !b.language || b.language === language) ?? blocks[0];
  if (match) return match.code;
  return rawFallback && text.trim() ? text : undefined;
}
