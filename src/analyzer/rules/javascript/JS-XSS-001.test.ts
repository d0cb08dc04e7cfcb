import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "typescript", rules: ["JS-XSS-001"] }).findings.map((f) => f.line);

describe("JS-XSS-001 on TSX", () => {
  it("takes an app component's `action` prop for its own data, a form's action for a URL", () => {
    const code = [
      "import React from 'react';",
      "import { useParams, useSearchParams } from 'react-router-dom';",
      "export function Page({ actions }: { actions: { name: string }[] }) {",
      "  const { actionName } = useParams();",
      "  const [sp] = useSearchParams();",
      "  const next = sp.get('next') ?? '';",
      "  const listAction = actions.find((a) => a.name === actionName);",
      "  return (",
      "    <div>",
      "      <ActionHeader action={listAction} />",
      "      <form action={next} />",
      "    </div>",
      "  );",
      "}",
    ].join("\n");
    expect(lines(code)).toEqual([11]);
  });
});
