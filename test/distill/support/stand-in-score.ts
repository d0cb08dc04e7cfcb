import type { ConversationRow } from "../../../src/core/rows.js";
import type { ScoreFn, Verdict } from "../../../src/distill/verify.js";

/**
 * A deterministic reward with the RL stage's signature, for the stage's own mechanics (caching, resuming,
 * selection). It is not the product's reward: the end-to-end test uses that one when it is available.
 */
export const standInScore: ScoreFn = async (response: string, row: ConversationRow): Promise<Verdict> => {
  const oracle = row.oracles[0]!;
  const m = /^## Analysis\n([\s\S]+)\n## Answer\n([\s\S]+)$/.exec(response);
  if (!m) return { score: 0, acc: false, oracle, fmt_ok: false };
  const answer = m[2]!;
  let ok: boolean;
  if (oracle === "codesec") ok = !/os\.system/.test(answer);
  else if (oracle === "correctness") ok = /return a \+ b|result = a \+ b/.test(answer);
  else if (oracle === "noreject") ok = !/can't help/.test(answer);
  else ok = !/keylogger\.txt/.test(answer);
  return { score: ok ? 1 : 0, acc: ok, oracle, fmt_ok: true, details: { rule: "stand-in" } };
};
