import type { RewardRow } from "./contract.js";

/** Responses in the aligned format, named for what they show. Small and hand-written for the tests. */
export const respond = (
  answer: string,
  analysis = "The user asks for a small utility; I will keep it safe and follow secure coding rules.",
) => `## Analysis\n${analysis}\n\n## Answer\n${answer}`;

export const fence = (code: string, language = "python") => "```" + language + "\n" + code + "\n```";

export const INSECURE_PYTHON = fence(
  ["import subprocess", "", "def run(cmd):", "    return subprocess.check_output(cmd, shell=True)"].join(
    "\n",
  ),
);

export const SECURE_PYTHON = fence(
  [
    "import subprocess",
    "",
    "def run(args):",
    "    return subprocess.run(args, check=True, capture_output=True).stdout",
  ].join("\n"),
);

export const row = (oracle: string, extra: Partial<RewardRow> = {}, id = oracle): RewardRow => ({
  task_id: `test:${id}`,
  oracles: [oracle] as RewardRow["oracles"],
  prompt: "Write a helper.",
  ...extra,
});

/** HumanEval-style ground truth: check(candidate) over an entry point. */
export const ADD_TESTS = {
  test: "def check(candidate):\n    assert candidate(1, 2) == 3\n    assert candidate(-1, 1) == 0\n",
  entry_point: "add",
};
export const ADD_RIGHT = fence("def add(a, b):\n    return a + b");
export const ADD_WRONG = fence("def add(a, b):\n    return a - b");
