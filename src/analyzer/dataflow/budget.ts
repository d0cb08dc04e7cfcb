/**
 * A per-file bound on the data flow's work. The analyzer is the reward of an RL run and reads whatever a model
 * writes: code built to make its questions expensive (thousands of bindings of one name, conditions over
 * conditions) would make the judge slow, and a generated parser bundle once ran for most of an hour. Each context
 * (one per parsed file) counts steps - the expensive queries each charge one - and past the budget every further
 * data-flow question throws BudgetExhausted: the detector asking it stops there (the engine catches a detector's
 * throw), so findings already made are kept and nothing after that point is looked for.
 *
 * Why that side: the alternative, answering "tainted" from then on, would flag every later sink of a large
 * legitimate file (a benign answer punished); stopping may miss findings instead, so the file is flagged
 * (`exhaustions`, reported as a warning by the CLI and on the batch result) and the caller decides - the score path
 * can fail a sample whose analysis was cut short rather than reward it.
 *
 * The budget is a count, not a time: the same input is cut at the same point on any machine. No file of the dev
 * suites, the 10th/11th JS samples or the Python stdlib that `purpcode analyze` reads by default reaches it; with
 * minified files included, three emscripten asm.js builds (sql.js) and two node-sql-parser bundles do (31M steps
 * unbounded, about 4M steps a second).
 */
export const DATAFLOW_BUDGET = 10_000_000;

/** Thrown by a data-flow query once its file's budget is spent. */
export class BudgetExhausted extends Error {
  constructor() {
    super("data-flow budget exhausted");
  }
}

/** Steps counted for one file (one context); `limit` is the budget. */
export interface StepCounter {
  steps: number;
  limit: number;
  exhausted: boolean;
}

let exhaustions = 0;
let last: StepCounter | undefined;
let budgetLimit = DATAFLOW_BUDGET;

/** A new counter for a file's context (the latest is what `lastCounter` shows, for benches and tests). */
export function newCounter(limit = budgetLimit): StepCounter {
  last = { steps: 0, limit, exhausted: false };
  return last;
}

/** Marks a counter spent (once) and throws. */
export function exhaust(c: StepCounter): never {
  if (!c.exhausted) {
    c.exhausted = true;
    exhaustions++;
  }
  throw new BudgetExhausted();
}

/**
 * How many files' budgets ran out in this thread so far: a synchronous analysis whose call saw this grow was cut
 * short (the engine's result carries no such field, so callers compare before and after).
 */
export function budgetExhaustions(): number {
  return exhaustions;
}

/** The counter of the context made last (the steps a bench or test file used). */
export function lastCounter(): StepCounter | undefined {
  return last;
}

/** Tests only: a smaller budget for the contexts made from now on (undefined: the default). */
export function setBudgetForTests(limit: number | undefined): void {
  budgetLimit = limit ?? DATAFLOW_BUDGET;
}

export const BUDGET_WARNING =
  "data-flow budget exhausted: the file's data flow was cut short; findings after that point may be missed";
