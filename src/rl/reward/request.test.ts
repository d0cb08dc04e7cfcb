import { describe, expect, it } from "vitest";
import { InputError } from "../../core/errors.js";
import { fromOpenRlhf, fromVerlSample, MalformedRequestError } from "./request.js";
import { testTaskFor } from "../../verdict/tests.js";

describe("reward requests", () => {
  it("reads a verl sample: oracles from extra_info, ground truth parsed from its JSON string", () => {
    const item = fromVerlSample(
      {
        data_source: "purpcode:correctness",
        solution_str: "resp",
        ground_truth: '{"functional": "assert f() == 1"}',
        extra_info: { task_id: "he:1", prompt: "q", oracles: ["correctness"], index: 3 },
      },
      0,
    );
    expect(item).toEqual({
      response: "resp",
      row: {
        task_id: "he:1",
        oracles: ["correctness"],
        ground_truth: { functional: "assert f() == 1" },
        prompt: "q",
      },
    });
  });

  it("falls back to the data source for the oracle and names the row by source and index", () => {
    const item = fromVerlSample(
      { data_source: "purpcode:codesec", solution_str: "r", ground_truth: "not json" },
      7,
    );
    expect(item.row).toEqual({
      task_id: "purpcode:codesec#7",
      oracles: ["codesec"],
      ground_truth: "not json",
      prompt: undefined,
    });
  });

  it("cuts the prompt and trailing end-of-turn tokens from an OpenRLHF query", () => {
    const label = JSON.stringify({
      data_source: "purpcode:noreject",
      ground_truth: "null",
      extra_info: { task_id: "x:1" },
    });
    const item = fromOpenRlhf(
      "<|im_start|>user\nhi<|im_end|>\nANSWER<|im_end|>\n<|endoftext|>",
      "<|im_start|>user\nhi<|im_end|>\n",
      label,
      0,
    );
    expect(item.response).toBe("ANSWER");
    expect(item.row.oracles).toEqual(["noreject"]);
    expect(() => fromOpenRlhf("q", "p", "{oops", 2)).toThrow(MalformedRequestError);
    expect(() => fromOpenRlhf("q", "p", "{oops", 2)).toThrow(/labels\[2\]: not JSON/);
  });
});

describe("correctness ground truths", () => {
  it("maps each reference shape to a sandbox task", () => {
    expect(testTaskFor("C", { test: "T", entry_point: "f" })).toEqual({
      kind: "humaneval",
      solution: "C",
      test: "T",
      entryPoint: "f",
    });
    expect(testTaskFor("C", { functional: "F" })).toEqual({ kind: "asserts", solution: "C", asserts: ["F"] });
    expect(testTaskFor("C", { asserts: ["a", "b"], setup: "S" })).toEqual({
      kind: "asserts",
      solution: "C",
      asserts: ["a", "b"],
      setup: "S",
    });
    expect(testTaskFor("C", { pytest: "P" })).toEqual({
      kind: "pytest",
      files: { "solution.py": "C", "test_solution.py": "P" },
      testFile: "test_solution.py",
    });
    expect(testTaskFor("C", { inputs: ["1\n"], outputs: ["2"] })).toEqual({
      kind: "stdio",
      language: "python",
      program: "C",
      cases: [{ input: "1\n", output: "2" }],
    });
  });

  it("rejects ground truths without tests", () => {
    expect(() => testTaskFor("C", null)).toThrow(InputError);
    expect(() => testTaskFor("C", { inputs: ["1"], outputs: [] })).toThrow(/no tests/);
  });
});
