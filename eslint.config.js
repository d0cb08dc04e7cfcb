import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "coverage/",
      "**/*.d.ts",
      "bench/**/results/",
      ".runs/",
      "examples/**/out/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/consistent-type-imports": "error",
      eqeqeq: ["error", "smart"],
      "no-console": "off",
    },
  },
  {
    // Detectors run on every node of a type: a whole-source scan there is quadratic on large files. The per-file
    // memos in parse/nodes.ts (sourceHas, sourceMatches, sourceIncludes) answer each question once per tree.
    files: ["src/analyzer/**/*.ts"],
    ignores: ["**/*.test.ts", "src/analyzer/parse/nodes.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "CallExpression[callee.property.name=/^(test|exec)$/][arguments.0.property.name='source'][arguments.0.object.property.name='tree'], CallExpression[callee.property.name=/^(test|exec)$/][arguments.0.property.name='source'][arguments.0.object.name='tree']",
          message:
            "A whole-source regex scan: use sourceHas / sourceMatches (parse/nodes.ts), once per tree.",
        },
        {
          selector:
            "CallExpression[callee.property.name='includes'][callee.object.property.name='source'][callee.object.object.property.name='tree']",
          message: "A whole-source search: use sourceIncludes (parse/nodes.ts), once per tree.",
        },
      ],
    },
  },
);
