"""purpcode reward for TRL's GRPOTrainer: a template that POSTs completions to `purpcode rl reward-serve`.

    from trl import GRPOTrainer
    from trl_reward import purpcode_reward
    trainer = GRPOTrainer(model=..., reward_funcs=[purpcode_reward], train_dataset=dataset, ...)

The dataset is the verl parquet from `purpcode rl prepare` (datasets.load_dataset("parquet", ...)): TRL passes
its other columns (data_source, reward_model, extra_info) to the reward function as keyword arguments.
Service URLs come from PURPCODE_REWARD_URLS (comma-separated, round-robin), as for verl_reward.py.
Standard library only.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from verl_reward import _item, score_items  # noqa: E402  (same directory, shipped together)


def _text(value):
    """Conversational datasets give lists of messages; plain ones give strings."""
    if isinstance(value, list):
        return "".join(m.get("content", "") for m in value if isinstance(m, dict))
    return value


def purpcode_reward(prompts, completions, completion_ids=None, **kwargs):
    """TRL reward function: one float per completion (the purpcode score)."""
    n = len(completions)
    sources = kwargs.get("data_source") or [None] * n
    models = kwargs.get("reward_model") or [None] * n
    truths = kwargs.get("ground_truth") or [m.get("ground_truth") if isinstance(m, dict) else None for m in models]
    infos = kwargs.get("extra_info") or [None] * n
    items = [_item(sources[i], _text(completions[i]), truths[i], infos[i]) for i in range(n)]
    return [float(r["score"]) for r in score_items(items)]
