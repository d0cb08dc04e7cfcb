import { pyRule } from "./common.js";
import { sourceHas } from "../../parse/nodes.js";

/** A hub repository id (`org/name`), not a local directory. */
const HUB_ID = /^[A-Za-z0-9][\w.-]*\/[\w.-]+$/;
/** A full commit hash: the only revision that cannot move. */
const COMMIT = /^[0-9a-f]{40}$/;

export default pyRule({
  meta: {
    id: "PY-HUB-002",
    title: "Model hub download not pinned to a commit",
    cwe: ["CWE-494"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags Hugging Face from_pretrained / snapshot_download / hf_hub_download / pipeline(model=...) / datasets.load_dataset of a hub repository ('org/name') with no revision, or a revision that is a branch or tag rather than a 40-character commit hash.",
      why_bad:
        "Without a pinned commit every run fetches whatever the repository holds now: a compromised or changed repository swaps the weights (or pickled files) you load.",
      example_bad: "from transformers import AutoModel\nm = AutoModel.from_pretrained('acme/encoder')",
      example_good:
        "from transformers import AutoModel\nm = AutoModel.from_pretrained('acme/encoder', revision='9b8e0f3c1d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d')",
    },
    fix_hint: "Pass revision='<full commit sha>' (and prefer safetensors weights).",
  },
  trigger: /from_pretrained|snapshot_download|hf_hub_download|pipeline\(|load_dataset/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const q = ctx.callee(node);
    let repo;
    if (m === "from_pretrained") repo = ctx.arg(node, 0, "pretrained_model_name_or_path");
    else if (/(^|\.)(snapshot_download|hf_hub_download)$/.test(q) && sourceHas(ctx.tree, /huggingface_hub/))
      repo = ctx.arg(node, 0, "repo_id");
    else if (/^transformers\.pipeline$/.test(q)) repo = ctx.kwarg(node, "model");
    // A dataset repository runs its loading script or ships pickled/arrow files: the same trust as weights.
    else if (/^datasets\.load_dataset$/.test(q)) repo = ctx.arg(node, 0, "path");
    else return;
    const id = ctx.stringValue(ctx.resolve(repo));
    if (id === undefined || !HUB_ID.test(id) || id.startsWith(".")) return;
    const rev = ctx.kwarg(node, "revision");
    const pinned = rev ? ctx.stringValue(ctx.resolve(rev)) : undefined;
    if (rev && pinned === undefined) return;
    if (pinned !== undefined && COMMIT.test(pinned)) return;
    report({
      node,
      message:
        pinned === undefined
          ? `${id} is downloaded at whatever revision the hub holds (no revision=)`
          : `${id} is pinned to '${pinned}', a movable branch or tag, not a commit`,
    });
  },
  cases: {
    valid: [
      "from transformers import AutoModel\nm = AutoModel.from_pretrained('./models/encoder')",
      "from transformers import AutoModel\nm = AutoModel.from_pretrained('acme/encoder', revision='9b8e0f3c1d2a4b6c8e0f1a3b5c7d9e1f2a4b6c8d')",
      "from transformers import AutoModel\nm = AutoModel.from_pretrained(path)",
      "from datasets import load_dataset\nd = load_dataset('csv', data_files='train.csv')",
    ],
    invalid: [
      { code: "from transformers import AutoModel\nm = AutoModel.from_pretrained('acme/encoder')", line: 2 },
      { code: "from datasets import load_dataset\nd = load_dataset('acme/reviews', split='train')", line: 2 },
      {
        code: "from huggingface_hub import snapshot_download\np = snapshot_download('acme/encoder', revision='main')",
        line: 2,
      },
    ],
  },
});
