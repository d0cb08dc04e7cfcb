import { firstCode } from "../answer.js";
import type { Oracles, TestOutcome, TestTask } from "../../verdict/index.js";
import type { EvalItem, Generation, LoadOptions, Suite, SuiteVerdict } from "../types.js";
import { flagRate, readDataFile, runTestsOf, verdictKey } from "./common.js";
import { InputError } from "../../core/errors.js";

/**
 * HumanEval+ and MBPP+ (EvalPlus): pass@1 on the base inputs and on base + plus inputs. The expected output of
 * each input is computed inside the sandbox by running the canonical solution next to the candidate, compared
 * as EvalPlus does (exact, or within `atol` for floats; NaN equals NaN).
 */

interface EvalPlusRow {
  task_id: string;
  prompt: string;
  entry_point: string;
  canonical_solution: string;
  base_input: unknown[];
  plus_input: unknown[];
  atol: number;
}

/**
 * The inputs travel to Python as the data's own JSON text and are parsed there: JavaScript numbers would lose
 * integers beyond 2^53, and a few rows hold NaN / Infinity, which Python's json accepts and JSON.parse does not.
 */
const NON_FINITE = /(?<![\w."])(-?Infinity|NaN)(?![\w"])/g;

function parseRow(line: string, file: string, lineNo: number): EvalPlusRow {
  try {
    return JSON.parse(line) as EvalPlusRow;
  } catch {
    try {
      return JSON.parse(line.replace(NON_FINITE, "null")) as EvalPlusRow;
    } catch (err) {
      throw new InputError(`not valid JSON: ${(err as Error).message}`, { file, line: lineNo });
    }
  }
}

// The harness: the canonical solution lives in its own namespace; every input is deep-copied per call. The
// candidate is captured before the harness defines check(), since an entry point may itself be named "check".
const HARNESS = `
import copy as _copy, json as _json, math as _math, re as _re, sys as _sys
if hasattr(_sys, "set_int_max_str_digits"):
    _sys.set_int_max_str_digits(0)
_CANDIDATE = globals()[_ENTRY]

def _same(got, exp, atol):
    # Match objects have no equality: a task returning re.search(...) is judged on found / not found.
    if isinstance(exp, _re.Match) or isinstance(got, _re.Match):
        return (got is None) == (exp is None)
    if isinstance(exp, float) or isinstance(got, float):
        try:
            g, e = float(got), float(exp)
        except (TypeError, ValueError):
            return False
        if _math.isnan(e):
            return _math.isnan(g)
        return g == e or _math.isclose(g, e, rel_tol=1e-7, abs_tol=max(atol, 1e-6))
    if isinstance(exp, (list, tuple)) and isinstance(got, (list, tuple)) and type(got) == type(exp):
        return len(got) == len(exp) and all(_same(a, b, atol) for a, b in zip(got, exp))
    return got == exp

def check(candidate):
    reference = {}
    exec(_REFERENCE, reference)
    ref = reference[_ENTRY]
    for i, args in enumerate(_restore(_json.loads(_ROW)[_KEY])):
        expected = ref(*_copy.deepcopy(args))
        got = _CANDIDATE(*_copy.deepcopy(args))
        assert _same(got, expected, _ATOL), f"input #{i}: expected {expected!r}, got {got!r}"
`;

/**
 * MBPP+ stores tuples, sets and complex numbers as JSON lists and strings; these restore the Python types the
 * canonical solutions expect, per task (the same task lists as EvalPlus's loader, written as shapes here).
 */
const MBPP_RESTORE = `
def _t(v):
    return tuple(v)

def _deep(v):
    return tuple(_deep(x) for x in v) if isinstance(v, list) else v

_SHAPES = {
    "args": lambda a: [_t(x) for x in a],
    "args-of-lists": lambda a: [[_t(y) for y in x] for x in a],
    "first-list": lambda a: [[_t(y) for y in a[0]]] + [a[1]],
    "second": lambda a: [a[0], _t(a[1])],
    "sets": lambda a: [[set(x) if isinstance(x, list) and len(x) else {} for x in a[0]]],
    "float-complex": lambda a: (float(a[0]), complex(a[1])),
    "first": lambda a: [_t(a[0])] + list(a[1:]),
    "nested-tuples": lambda a: [_t(_t(y) for y in x) for x in a],
    "first-items": lambda a: [_t(_t(x) if isinstance(x, list) else x for x in a[0])],
    "dict-values": lambda a: [{k: _t(v) for k, v in a[0].items()}] + list(a[1:]),
    "complex": lambda a: [complex(a[0])],
    "deep": _deep,
}
_TASKS = {}
for _shape, _ids in {
    "args": [2, 116, 132, 143, 222, 261, 273, 394, 399, 421, 424, 429, 470, 560, 579, 596, 616, 630, 726, 740, 744, 809],
    "args-of-lists": [63, 64, 70, 94, 120, 237, 272, 299, 400, 409, 417, 438, 473, 614, 780],
    "first-list": [75, 413, 444, 753],
    "second": [106, 750],
    "sets": [115],
    "float-complex": [124],
    "first": [250, 405, 446, 617, 720, 763, 808, 307],
    "nested-tuples": [259, 401, 445],
    "first-items": [278],
    "dict-values": [722],
    "complex": [252],
    "deep": [580, 615, 791],
}.items():
    for _id in _ids:
        _TASKS[_id] = _SHAPES[_shape]

def _restore(inputs):
    shape = _TASKS.get(_TASK_NUMBER)
    return [shape(a) for a in inputs] if shape else inputs
`;

function harness(row: {
  reference: string;
  entry: string;
  raw: string;
  key: string;
  atol: number;
  /** MBPP+ task number, whose inputs need Python types restored; undefined for HumanEval+. */
  mbpp?: number;
}): string {
  return [
    row.mbpp === undefined
      ? "def _restore(inputs):\n    return inputs"
      : `_TASK_NUMBER = ${row.mbpp}\n${MBPP_RESTORE}`,
    `_REFERENCE = ${JSON.stringify(row.reference)}`,
    `_ENTRY = ${JSON.stringify(row.entry)}`,
    `_ROW = ${JSON.stringify(row.raw)}`,
    `_KEY = ${JSON.stringify(row.key)}`,
    `_ATOL = ${Number(row.atol) || 0}`,
    HARNESS,
  ].join("\n");
}

function loader(
  file: string,
  dataset: string,
  prompt: (row: EvalPlusRow) => string,
  canonical: (row: EvalPlusRow) => string,
) {
  return async (options: LoadOptions): Promise<EvalItem[]> => {
    const text = readDataFile(options.dataDir, file);
    return text
      .split("\n")
      .map((line, i) => ({ line, i }))
      .filter(({ line }) => line.trim())
      .map(({ line, i }) => {
        const row = parseRow(line, file, i + 1);
        const reference = canonical(row);
        return {
          id: `${dataset}:${row.task_id.split("/").at(-1)}`,
          messages: [{ role: "user" as const, content: prompt(row) }],
          language: "python",
          references: { canonical: ["```python\n" + reference + "\n```"] },
          meta: {
            prompt_code: row.prompt,
            entry_point: row.entry_point,
            reference,
            raw: line,
            ...(dataset === "mbpp-plus" ? { mbpp: Number(row.task_id.split("/").at(-1)) } : {}),
            plus_count: row.plus_input.length,
            atol: row.atol,
          },
        };
      });
  };
}

/** Import lines of the prompt, which answers often leave out (`from typing import List`). */
function promptImports(promptCode: string): string {
  return promptCode
    .split("\n")
    .filter((l) => /^(import|from)\s+\S+/.test(l))
    .join("\n");
}

async function score(generation: Generation, oracles: Oracles): Promise<SuiteVerdict> {
  const runTests = (task: TestTask) => runTestsOf(oracles, task);
  const meta = generation.meta as {
    prompt_code: string;
    entry_point: string;
    reference: string;
    raw: string;
    mbpp?: number;
    plus_count: number;
    atol: number;
  };
  const base = verdictKey(generation);
  const code = firstCode(generation.answer, "python", false);
  if (code === undefined)
    return { ...base, outcome: "bad", flags: { base: false, plus: false, no_code: true }, detail: {} };
  // A bare function body (completion style) continues the prompt.
  const solution = new RegExp(`def\\s+${meta.entry_point}\\s*\\(`).test(code)
    ? `${promptImports(meta.prompt_code)}\n${code}`
    : `${meta.prompt_code}${code}`;
  const reference = `${promptImports(meta.prompt_code)}\n${meta.reference}`;
  const run = (key: "base_input" | "plus_input"): Promise<TestOutcome> =>
    runTests({
      kind: "humaneval",
      solution,
      entryPoint: meta.entry_point,
      test: harness({
        reference,
        entry: meta.entry_point,
        raw: meta.raw,
        key,
        atol: meta.atol,
        mbpp: meta.mbpp,
      }),
      timeoutMs: 60_000,
    });
  const baseRun = await run("base_input");
  const basePassed = baseRun.status === "passed";
  const plusRun = basePassed && meta.plus_count > 0 ? await run("plus_input") : undefined;
  const plusPassed = basePassed && (plusRun === undefined || plusRun.status === "passed");
  return {
    ...base,
    outcome: plusPassed ? "good" : "bad",
    flags: { base: basePassed, plus: plusPassed, no_code: false },
    detail: { solution, base: brief(baseRun), ...(plusRun ? { plus: brief(plusRun) } : {}) },
  };
}

const brief = (o: TestOutcome) => ({
  status: o.status,
  passed: o.passed,
  total: o.total,
  message: o.tests?.find((t) => t.status !== "passed")?.message?.slice(0, 2000),
  stderr: o.stderr?.slice(0, 2000),
});

function evalplusSuite(
  name: string,
  file: string,
  dataset: string,
  prompt: (row: EvalPlusRow) => string,
  canonical: (row: EvalPlusRow) => string,
  source: string,
): Suite {
  return {
    name,
    description: `pass@1 on ${dataset} base and plus tests (sandbox; expected outputs from the canonical solution)`,
    category: "utility",
    source,
    needs: ["sandbox"],
    load: loader(file, name, prompt, canonical),
    score,
    metrics: (verdicts) => ({
      metrics: [
        flagRate(verdicts, "plus", "pass@1_plus", "higher"),
        flagRate(verdicts, "base", "pass@1_base", "higher"),
      ],
      groups: [],
    }),
  };
}

export const humanevalPlus = evalplusSuite(
  "humaneval-plus",
  "evalplus/HumanEvalPlus-v0.1.10.jsonl.gz",
  "HumanEval+",
  (row) =>
    "Complete the following Python function. Return the whole function in one code block.\n\n```python\n" +
    row.prompt +
    "```",
  (row) => row.prompt + row.canonical_solution,
  "HumanEval+ v0.1.10, EvalPlus (Apache-2.0); HumanEval, openai/human-eval (MIT)",
);

export const mbppPlus = evalplusSuite(
  "mbpp-plus",
  "evalplus/MbppPlus-v0.2.0.jsonl.gz",
  "MBPP+",
  (row) =>
    row.prompt.trim().replace(/^"""\s*|\s*"""$/g, "") +
    `\nName the function \`${row.entry_point}\` and return it in one Python code block.`,
  (row) => row.canonical_solution,
  "MBPP+ v0.2.0, EvalPlus (Apache-2.0); MBPP, google-research (CC-BY-4.0)",
);
