import type { Message } from "../core/rows.js";
import { answerPart } from "../judges/format.js";
import type { VerdictSettings } from "./settings.js";

/**
 * The conversation as a judge reads it: with `judge_view: answer` every assistant turn is reduced to its
 * `## Answer` part (a turn without the aligned format is kept whole); system turns are dropped (the judges see
 * what the user and the assistant said). `response` keeps every turn whole.
 */
export function judgedConversation(messages: Message[], view: VerdictSettings["judge_view"]): Message[] {
  return messages
    .filter((m) => m.role !== "system")
    .map((m) => (view === "answer" && m.role === "assistant" ? { ...m, content: answerPart(m.content) } : m));
}
