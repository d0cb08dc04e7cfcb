import { BUDGET_WARNING, budgetExhaustions } from "./dataflow/budget.js";

/**
 * Whether an analysis ran whole. Two things cut one short without failing it: the data flow's work budget
 * (dataflow/budget.ts) and a detector that threw on odd input - the engine catches the throw so the other rules'
 * findings are kept, but that rule saw no further nodes of the tree it threw on. Both are counted per thread and
 * turned into the result's `warning`, which the CLI prints and the score path fails closed on: a verdict that may
 * miss findings is not a clean one, and a policy must not learn to write code that makes a rule throw.
 */
let failures = 0;
let lastFailure = "";

/** Records a detector's (or the callee naming's) throw; the budget's own throw is counted by budget.ts. */
export function detectorFailed(ruleId: string, err: unknown): void {
  failures++;
  // PURPCODE_TRACE_FAILURES=1 prints the stack: the warning names only the rule and the message.
  if (process.env.PURPCODE_TRACE_FAILURES) console.error(err);
  const why = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  lastFailure = `${ruleId} (${why.slice(0, 200)})`;
}

/** Detector throws in this thread so far (tests compare before and after). */
export function detectorFailures(): number {
  return failures;
}

/** Runs one analysis and sets `warning` when the budget ran out or a detector threw during it. */
export function noteCutShort<T extends { warning?: string }>(run: () => T): T {
  const cuts = budgetExhaustions();
  const fails = failures;
  const r = run();
  if (budgetExhaustions() > cuts) return { ...r, warning: BUDGET_WARNING };
  if (failures > fails)
    return {
      ...r,
      warning: `a rule failed on this input and its findings here may be missing: ${lastFailure}`,
    };
  return r;
}
