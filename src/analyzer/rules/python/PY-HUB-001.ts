import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-HUB-001",
    title: "Model or dataset loaded with trust_remote_code=True",
    cwe: ["CWE-94", "CWE-829"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags Hugging Face loaders (from_pretrained, pipeline, load_dataset, AutoConfig, ...) called with trust_remote_code=True.",
      why_bad:
        "The repository's own Python files (modeling code, dataset scripts) are downloaded and run in your process: whoever controls or compromises the repository runs code on your machine.",
      example_bad:
        "from transformers import AutoModel\nmodel = AutoModel.from_pretrained('acme/encoder', trust_remote_code=True)",
      example_good: "from transformers import AutoModel\nmodel = AutoModel.from_pretrained('acme/encoder')",
    },
    fix_hint:
      "Use architectures the library ships; if remote code is unavoidable, review it and pin the repository to a commit (revision='<sha>').",
  },
  trigger: /trust_remote_code/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const v = ctx.kwarg(node, "trust_remote_code");
    if (!v || !ctx.isTrue(ctx.resolve(v) ?? v)) return;
    // The fix this rule asks for: a repository named in the source and pinned to a commit runs the code that was
    // reviewed at that commit, whatever is pushed later - the author's own reviewed dependency, nothing to report.
    const repo =
      ctx.arg(node, 0, "pretrained_model_name_or_path") ??
      ctx.kwarg(node, "model") ??
      ctx.kwarg(node, "path");
    const rev = ctx.stringValue(ctx.kwarg(node, "revision")) ?? "";
    if (repo && ctx.stringValue(repo) !== undefined && /^[0-9a-f]{7,40}$/.test(rev)) return;
    report({
      node,
      message: `${ctx.callee(node)}(trust_remote_code=True) runs the repository's Python code`,
    });
  },
  cases: {
    valid: [
      "from transformers import AutoModel\nm = AutoModel.from_pretrained('acme/enc', revision='4f2c9e1a7b', trust_remote_code=True)",
      "from transformers import AutoModel\nm = AutoModel.from_pretrained('acme/encoder', trust_remote_code=False)",
      "from datasets import load_dataset\nd = load_dataset('acme/tickets')",
    ],
    invalid: [
      {
        code: "from transformers import AutoModel\nm = AutoModel.from_pretrained('acme/enc', revision='main', trust_remote_code=True)",
        line: 2,
      },
      {
        code: "from transformers import AutoModel\ndef f(name):\n    return AutoModel.from_pretrained(name, revision='4f2c9e1a7b', trust_remote_code=True)",
        line: 3,
        severity: "HIGH",
      },
      {
        code: "from datasets import load_dataset\nd = load_dataset('acme/tickets', trust_remote_code=True)",
        line: 2,
      },
      {
        code: "from transformers import pipeline\np = pipeline('text-classification', model=name, trust_remote_code=True)",
        line: 2,
      },
    ],
  },
});
