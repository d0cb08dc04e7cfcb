import { mulberry32 } from "./synthetic.js";

/**
 * A synthetic file of coding tasks in the MBPP shape, for measuring the utility import at scale and for its
 * resume test. Each task asks for a distinct affine function; some are planted to be rejected, in known
 * proportions: a reference that fails its test, one that imports a blocked library, one that is a copy of a
 * HumanEval prompt (contaminated). Test data only: made by a seeded generator, not a real task set.
 */
export interface SyntheticTaskOptions {
  count: number;
  seed?: number;
  /** Share of tasks with a wrong reference (default 0.05), a blocked import (0.05), a copied eval prompt (0.02). */
  wrong?: number;
  blocked?: number;
  contaminated?: number;
  /** Prompts to copy for the contaminated share (e.g. HumanEval prompts). */
  evalPrompts?: string[];
}

export interface SyntheticTask {
  task_id: string;
  prompt: string;
  code: string;
  test_imports: string[];
  test_list: string[];
  planted?: "wrong" | "blocked" | "contaminated";
}

export function* syntheticTasks(options: SyntheticTaskOptions): Generator<SyntheticTask> {
  const rand = mulberry32(options.seed ?? 1);
  const wrong = options.wrong ?? 0.05;
  const blocked = options.blocked ?? 0.05;
  const contaminated = options.evalPrompts?.length ? (options.contaminated ?? 0.02) : 0;
  const nouns = [
    "apples",
    "tickets",
    "packets",
    "pages",
    "orders",
    "blocks",
    "tokens",
    "rows",
    "votes",
    "files",
  ];
  for (let i = 0; i < options.count; i++) {
    const a = 2 + Math.floor(rand() * 97);
    const b = Math.floor(rand() * 1000);
    const noun = nouns[Math.floor(rand() * nouns.length)]!;
    const name = `scale_${i}`;
    const r = rand();
    const planted: SyntheticTask["planted"] =
      r < wrong
        ? "wrong"
        : r < wrong + blocked
          ? "blocked"
          : r < wrong + blocked + contaminated
            ? "contaminated"
            : undefined;
    const prompt =
      planted === "contaminated"
        ? options.evalPrompts![Math.floor(rand() * options.evalPrompts!.length)]!
        : `Task ${i}: write a function ${name}(n) that returns the number of ${noun} after ${a} batches of n plus ${b} spare ones (task ${i}, seed ${a}-${b}).`;
    const body = planted === "wrong" ? `return n * ${a} + ${b + 1}` : `return n * ${a} + ${b}`;
    const code = `${planted === "blocked" ? "import requests\n" : ""}def ${name}(n):\n    ${body}\n`;
    yield {
      task_id: `${i}`,
      prompt,
      code,
      test_imports: [],
      test_list: [`assert ${name}(3) == ${3 * a + b}`, `assert ${name}(0) == ${b}`],
      ...(planted ? { planted } : {}),
    };
  }
}
