import { InputError } from "../core/errors.js";
import type { TestTask } from "../sandbox/index.js";

/*
 * A correctness row's tests, as the sandbox runs them (the sandbox's TestTask is the one test-task type). Ground
 * truths follow the reference implementation (integrations.md: `{pytest}` | `{functional}` | `{inputs, outputs}`)
 * plus the HumanEval and MBPP shapes.
 */

const str = (v: unknown): v is string => typeof v === "string";

/** Builds the sandbox task for `code` from a row's ground truth; an InputError says what shape was expected. */
export function testTaskFor(code: string, groundTruth: unknown): TestTask {
  const gt = (groundTruth ?? {}) as Record<string, unknown>;
  if (typeof groundTruth !== "object" || groundTruth === null)
    throw new InputError("correctness ground_truth must be an object with tests");
  const entryPoint = gt.entry_point ?? gt.entryPoint;
  // A sandbox language other than Python (SandboxFusion's names): stdin/stdout cases, or HumanEval-X style (the
  // test appended to the solution; the program's exit status is the verdict).
  const language = str(gt.language) && gt.language !== "python" ? gt.language : undefined;
  if (language && str(gt.test) && !str(entryPoint))
    return {
      kind: "program",
      language,
      program: `${code}\n${gt.test}`,
      ...(language === "nodejs" ? { silent: true } : {}),
    };
  if (str(gt.test) && str(entryPoint))
    return { kind: "humaneval", solution: code, test: gt.test, entryPoint };
  if (str(gt.functional)) return { kind: "asserts", solution: code, asserts: [gt.functional] };
  if (Array.isArray(gt.asserts) && gt.asserts.length > 0 && gt.asserts.every(str))
    return {
      kind: "asserts",
      solution: code,
      asserts: gt.asserts,
      ...(str(gt.setup) ? { setup: gt.setup } : {}),
    };
  if (str(gt.pytest))
    return {
      kind: "pytest",
      files: { "solution.py": code, "test_solution.py": gt.pytest },
      testFile: "test_solution.py",
    };
  if (
    Array.isArray(gt.inputs) &&
    Array.isArray(gt.outputs) &&
    gt.inputs.length === gt.outputs.length &&
    gt.inputs.length > 0
  )
    return {
      kind: "stdio",
      language: language ?? "python",
      program: code,
      cases: gt.inputs.map((input, i) => ({
        input: String(input),
        output: String((gt.outputs as unknown[])[i] ?? ""),
      })),
    };
  throw new InputError(
    "correctness ground_truth has no tests: expected {test, entry_point} | {functional} | {asserts} | {pytest} | {inputs, outputs} (with an optional language) | {language, test}",
  );
}
