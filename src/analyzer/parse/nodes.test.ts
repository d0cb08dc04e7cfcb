import { expect, it } from "vitest";
import { loadGrammars, parseCode } from "./index.js";
import { sourceHas } from "./nodes.js";

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
