"""verl glue for the planners: a TaskRunner subclass, a RayPPOTrainer subclass and one wrapped function.

Where the sampler sits in verl's step (the same in every supported release, which is why it hooks there):
- the train dataloader is replaced by `PlannedLoader`: each step it asks the planner how many prompts to roll
  (single-step: min(B * max_roll_factor, B / r)), rounded up so the rollouts split over the ranks, and lets the
  history-aware planner skip saturated prompts;
- verl generates and scores that batch as usual (one generation round per step);
- `compute_advantage` (module function of verl.trainer.ppo.ray_trainer, called once per step after the
  rewards) is wrapped: it reports every group's rewards to the planner and keeps the rows of the informative
  groups (reward std > 1e-5), so the actor update trains on exactly those.

Kept thin on purpose: the decisions live in planner.py (standard library, tested against the TypeScript
library); this file only moves rows. torch is imported inside the functions that need it.
"""

import math

PROMPT_KEY = "purpcode_prompt"
_ACTIVE = []  # the trainer whose planner the wrapped compute_advantage feeds (one per TaskRunner process)


class SamplerSettings:
    def __init__(self, sampler="single-step", max_roll_factor=4, retry_probability=0.05, max_skips=8, seed=0):
        from .planner import SAMPLERS

        if sampler not in SAMPLERS:
            raise ValueError(f"purpcode.sampler={sampler!r}: use one of {', '.join(SAMPLERS)}")
        if sampler == "dapo":
            raise ValueError(
                "purpcode.sampler=dapo: plain DAPO runs in verl's own implementation "
                "(algorithm.filter_groups / recipe.dapo.main_dapo); `purpcode rl launch --sampler dapo` writes that"
            )
        self.sampler = sampler
        self.max_roll_factor = float(max_roll_factor)
        self.retry_probability = float(retry_probability)
        self.max_skips = int(max_skips)
        self.seed = int(seed)

    def planner(self, train_batch):
        from .planner import HistoryAwarePlanner, SingleStepPlanner

        if self.sampler == "history-aware":
            return HistoryAwarePlanner(
                train_batch, self.max_roll_factor, self.retry_probability, self.max_skips, self.seed
            )
        return SingleStepPlanner(train_batch, self.max_roll_factor)

    def as_dict(self):
        return dict(vars(self))


def settings_from_config(config):
    """Takes `purpcode.*` out of the composed config (verl never sees it) and returns the settings."""
    from omegaconf import OmegaConf, open_dict

    section = config.get("purpcode")
    raw = OmegaConf.to_container(section, resolve=True) if section is not None else {}
    with open_dict(config):
        config.pop("purpcode", None)
    unknown = set(raw) - {"sampler", "max_roll_factor", "retry_probability", "max_skips", "seed"}
    if unknown:
        raise ValueError(f"unknown purpcode.* settings: {', '.join(sorted(unknown))}")
    return SamplerSettings(**raw)


def task_runner_for(main_ppo, settings):
    """verl's TaskRunner with the sampler installed first, in the Ray process that builds the trainer.

    Returns (plain class, Ray actor class): `run_ppo(task_runner_class=...)` takes the actor class; a module
    whose TaskRunner is declared `@ray.remote` is patched with the actor class, one that wraps it later with
    the plain one.
    """
    import ray

    original = main_ppo.TaskRunner
    meta = getattr(original, "__ray_metadata__", None)
    base = meta.modified_class if meta is not None else original
    state = settings.as_dict()

    class PurpcodeTaskRunner(base):
        def run(self, config):
            install(SamplerSettings(**state))
            return super().run(config)

    actor = ray.remote(num_cpus=1)(PurpcodeTaskRunner)
    return (actor if meta is not None else PurpcodeTaskRunner), actor


def install(settings):
    """Swaps verl's RayPPOTrainer for the sampling subclass and wraps compute_advantage."""
    from verl.trainer import main_ppo
    from verl.trainer.ppo import ray_trainer

    base = ray_trainer.RayPPOTrainer
    if getattr(base, "_purpcode", False):
        return
    if not callable(getattr(ray_trainer, "compute_advantage", None)):
        raise RuntimeError("purpcode_verl: this verl has no ray_trainer.compute_advantage to hook")
    original_advantage = ray_trainer.compute_advantage

    class PurpcodeTrainer(base):
        _purpcode = True

        def _create_dataloader(self, *args, **kwargs):
            super()._create_dataloader(*args, **kwargs)
            cfg = self.config
            world = int(cfg.trainer.nnodes) * int(cfg.trainer.n_gpus_per_node)
            self.purpcode_planner = settings.planner(int(cfg.data.train_batch_size))
            self.train_dataloader = PlannedLoader(
                self.train_dataloader, self.purpcode_planner, int(cfg.actor_rollout_ref.rollout.n), world
            )
            _ACTIVE[:] = [self]

        def purpcode_select(self, data):
            return select_informative(data, self.purpcode_planner, self.train_dataloader)

    def compute_advantage(data, *args, **kwargs):
        if _ACTIVE and _has_prompt_keys(data):
            data = _ACTIVE[0].purpcode_select(data)
        return original_advantage(data, *args, **kwargs)

    ray_trainer.compute_advantage = compute_advantage
    ray_trainer.RayPPOTrainer = PurpcodeTrainer
    if hasattr(main_ppo, "RayPPOTrainer"):
        main_ppo.RayPPOTrainer = PurpcodeTrainer
    print(f"purpcode_verl: {settings.sampler} sampling installed ({settings.as_dict()})", flush=True)


def _prompt_key(extra_info):
    return extra_info.get(PROMPT_KEY) if isinstance(extra_info, dict) else None


def _has_prompt_keys(data):
    infos = data.non_tensor_batch.get("extra_info")
    return infos is not None and len(infos) > 0 and _prompt_key(infos[0]) is not None


class PlannedLoader:
    """The train dataloader, re-batched: each step is as many prompts as the planner asks for.

    Prompts come from verl's own sampler (its shuffle and seed), one pass after another, so every step is
    full; an epoch is as many steps as verl's loader had (so total_training_steps, the LR schedule and the
    last-step save and validation stay verl's). Each prompt's dataset index travels in extra_info.
    """

    def __init__(self, loader, planner, n, world_size):
        self.loader = loader
        self.dataset = loader.dataset
        self.sampler = loader.sampler
        self.collate_fn = loader.collate_fn
        self.planner = planner
        self.n = n
        self.world_size = world_size
        self.steps = len(loader)
        self.size = len(self.dataset)
        self._order = iter(())
        self.passes = 0
        self.last_step = {}

    def __len__(self):
        return self.steps

    def next(self):
        """The next prompt key (dataset index as text), reading verl's sampler pass after pass."""
        for _ in range(2):
            try:
                return str(int(next(self._order)))
            except StopIteration:
                self._order = iter(self.sampler)
                self.passes += 1
        raise RuntimeError("purpcode_verl: the train sampler yields no prompts")

    def __iter__(self):
        from .planner import align_to_world, draw_round

        for _ in range(self.steps):
            want = align_to_world(self.planner.next_round(), self.n, self.world_size)
            keys, skipped, drawn = draw_round(self.planner, self, want)
            items = []
            for key in keys:
                item = dict(self.dataset[int(key)])
                info = dict(item.get("extra_info") or {})
                info[PROMPT_KEY] = key
                item["extra_info"] = info
                items.append(item)
            self.last_step = {"rolled": len(keys), "skipped": skipped, "drawn": drawn}
            yield self.collate_fn(items)

    def state_dict(self):
        return {"planner": self.planner.state_dict(), "passes": self.passes}

    def load_state_dict(self, state):
        if isinstance(state, dict) and "planner" in state:
            self.planner.load_state_dict(state["planner"])


def select_informative(data, planner, loader):
    """Reports the step's groups to the planner; returns the rows of the groups it keeps."""
    import torch

    from .planner import Group, trim_to_world

    uids = list(data.non_tensor_batch["uid"])
    keys = [_prompt_key(info) for info in data.non_tensor_batch["extra_info"]]
    rewards = data.batch["token_level_rewards"].sum(dim=-1).tolist()
    order, groups = [], {}
    for uid, key, reward in zip(uids, keys, rewards):
        if uid not in groups:
            groups[uid] = Group(key, [])
            order.append(uid)
        groups[uid].rewards.append(float(reward))
    uid_of = {id(groups[uid]): uid for uid in order}
    planner.observe([groups[uid] for uid in order])
    selection = planner.finish_step()
    trained = trim_to_world(selection.trained, loader.n, loader.world_size)
    if not trained:
        # Nothing informative: train on the fewest groups the ranks can split (advantage 0, only the KL term
        # acts), since verl cannot update on an empty batch.
        step = loader.world_size // math.gcd(loader.world_size, loader.n)
        trained = [groups[uid] for uid in order][:step]
    keep = {uid_of[id(g)] for g in trained}
    rows = [i for i, uid in enumerate(uids) if uid in keep]
    out = data[rows] if len(rows) < len(uids) else data
    if "attention_mask" in out.batch.keys():
        out.meta_info["global_token_num"] = torch.sum(out.batch["attention_mask"], dim=-1).tolist()
    print(
        "purpcode_verl step: "
        f"rolled {len(order)} prompts ({loader.last_step.get('skipped', 0)} skipped), "
        f"informative {len(selection.trained)}, trained {len(trained)}, "
        f"zero-variance {len(selection.zero_variance)}, capped {selection.capped}",
        flush=True,
    )
    return out
