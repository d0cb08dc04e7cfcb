/**
 * HumanEval-X programs (CodeGeeX's evaluate_humaneval_x.py, facts in ../shared/data/humaneval-x/assembly.json):
 * prompt + completion + the problem's test, assembled per language into one program that passes iff it compiles,
 * exits 0 and (JavaScript, whose console.assert only prints) writes nothing.
 */
export type HumanEvalXLanguage = "python" | "cpp" | "java" | "js" | "go" | "rust";

export interface HumanEvalXProblem {
  task_id: string;
  prompt: string;
  declaration?: string;
  canonical_solution: string;
  test: string;
  test_setup?: string;
  import?: string;
}

/** The program and the sandbox language it runs as (SandboxFusion's names; rust_test is ours, see toolchains). */
export interface AssembledProgram {
  language: string;
  code: string;
  /** Passing also requires empty stdout and stderr. */
  silent: boolean;
}

/** CodeGeeX's helper without its numpy imports (numpy is not installed in the sandbox; no canonical solution uses it). */
const PYTHON_HELPER = [
  "import math",
  "import re",
  "import sys",
  "import copy",
  "import datetime",
  "import itertools",
  "import collections",
  "import heapq",
  "import statistics",
  "import functools",
  "import hashlib",
  "import string",
  "from typing import *",
  "from collections import *",
];
const CPP_HELPER = [
  "#include<stdlib.h>",
  "#include<algorithm>",
  "#include<math.h>",
  "#include<stdio.h>",
  "#include<vector>",
  "#include<string>",
  "#include<climits>",
  "#include<cstring>",
  "#include<iostream>",
];
const GO_HELPER = [
  "math",
  "strings",
  "fmt",
  "strconv",
  "time",
  "bytes",
  "regexp",
  "sort",
  "math/rand",
  "crypto/md5",
];

export function assembleHumanEvalX(
  language: HumanEvalXLanguage,
  problem: HumanEvalXProblem,
  completion: string = problem.canonical_solution,
): AssembledProgram {
  switch (language) {
    case "python":
      return {
        language: "python",
        code: `${PYTHON_HELPER.join("\n")}\n${problem.prompt}${completion}\n${problem.test}\n`,
        silent: false,
      };
    case "cpp": {
      const helper = CPP_HELPER.filter((line) => !problem.prompt.includes(line))
        .map((line) => line + "\n")
        .join("");
      return {
        language: "cpp",
        code: `${helper}\n${problem.prompt}${completion}\n${problem.test}`,
        silent: false,
      };
    }
    case "java":
      return { language: "java", code: `${problem.prompt}${completion}\n${problem.test}`, silent: false };
    case "js":
      return { language: "nodejs", code: `${problem.prompt}${completion}\n${problem.test}`, silent: true };
    case "go":
      return { language: "go_test", code: goProgram(problem, completion), silent: false };
    case "rust":
      // Built as a test binary (cargo test in CodeGeeX). The declaration imports rand, regex and md5 in every
      // problem; the imports a program does not use are dropped, so only the programs that use a crate get the
      // crates (rust-crates.ts) handed to their compile, and the others compile as plain rustc --test.
      return {
        language: "rust_test",
        code: dropUnusedCrates(
          `\nfn main(){ \n } \n${problem.declaration ?? ""}${problem.prompt}${completion}${problem.test}`,
        ),
        silent: false,
      };
  }
}

/** test_setup, then the helper packages the code uses, then the prompt without its import block. */
function goProgram(problem: HumanEvalXProblem, completion: string): string {
  const setup =
    problem.test_setup ??
    'package main\n\nimport (\n    "testing"\n    "github.com/stretchr/testify/assert"\n)\n';
  const importBlock = /^import\s*\(([^)]*)\)\s*\n|^import\s+"[^"]+"\s*\n/m;
  const prompt = problem.prompt.replace(importBlock, "");
  const own = [...(problem.prompt.match(importBlock)?.[0] ?? "").matchAll(/"([^"]+)"/g)].map(
    (m) => m[1] as string,
  );
  const body = stripGoComments(prompt + completion + "\n" + problem.test);
  const packages = [...new Set([...GO_HELPER, ...own])].filter((pkg) => {
    if (setup.includes(`"${pkg}"`)) return false;
    const name = pkg.split("/").pop() as string;
    return new RegExp(`\\b${name}\\.`).test(body);
  });
  const imports = packages.length ? `import (\n${packages.map((p) => `    "${p}"`).join("\n")}\n)\n` : "";
  return `${setup}\n${imports}\n${prompt}${completion}\n${problem.test}`;
}

function stripGoComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/[^\n]*/g, "");
}

function dropUnusedCrates(code: string): string {
  const crates: Array<[RegExp, RegExp]> = [
    [/^use rand::Rng;\n/m, /\brand::|\.gen(_range)?\b|thread_rng/],
    [/^use regex::Regex;\n/m, /Regex::/],
    [/^use md5;\n/m, /md5::/],
  ];
  let out = code;
  for (const [line, used] of crates) if (!used.test(out.replace(line, ""))) out = out.replace(line, "");
  return out;
}

/** The outcome of an assembled program, from SandboxFusion's answer. */
export function humanEvalXPassed(
  program: AssembledProgram,
  answer: { status: string; run_result: { stdout: string; stderr: string } | null },
): boolean {
  if (answer.status !== "Success") return false;
  return !program.silent || (answer.run_result?.stdout === "" && answer.run_result.stderr === "");
}
