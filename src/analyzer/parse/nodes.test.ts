import { expect, it } from "vitest";
import { loadGrammars, parseCode } from "./index.js";
import { perTree, sourceHas } from "./nodes.js";

it("sourceHas answers per tree and per pattern (flags included)", async () => {
  await loadGrammars(["python"]);
  const cloud = parseCode("from google.cloud import storage\nx = 1\n", "python");
  const plain = parseCode("import os\n", "python");
  const re = /^\s*(import|from)\s+google\.cloud\b/m;
  expect(sourceHas(cloud, re)).toBe(true);
  expect(sourceHas(plain, re)).toBe(false);
  // Asked again (a fresh literal, as a detector evaluates it per node), the answers stay per tree.
  expect(sourceHas(cloud, /^\s*(import|from)\s+google\.cloud\b/m)).toBe(true);
  expect(sourceHas(plain, /^\s*(import|from)\s+google\.cloud\b/m)).toBe(false);
  // Same source text, different flags: a different question.
  expect(sourceHas(plain, /IMPORT/)).toBe(false);
  expect(sourceHas(plain, /IMPORT/i)).toBe(true);
  // A global regex's lastIndex does not leak between questions.
  const g = /os/g;
  expect(sourceHas(plain, g)).toBe(true);
  expect(sourceHas(parseCode("import os, sys\n", "python"), g)).toBe(true);
});

it("perTree computes once per tree, from the tree or a context holding it", async () => {
  await loadGrammars(["python"]);
  const a = parseCode("x = 1\n", "python");
  const b = parseCode("y = 2\nz = 3\n", "python");
  let calls = 0;
  const count = perTree((ctx: { tree: typeof a }) => (calls++, ctx.tree.nodes.length));
  expect(count({ tree: a })).toBe(a.nodes.length);
  expect(count({ tree: a })).toBe(a.nodes.length);
  expect(count({ tree: b })).toBe(b.nodes.length);
  expect(calls).toBe(2);
  // An undefined answer is remembered too.
  let misses = 0;
  const none = perTree((_tree: typeof a) => void misses++);
  none(a);
  none(a);
  expect(misses).toBe(1);
});
