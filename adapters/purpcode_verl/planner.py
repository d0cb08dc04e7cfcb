"""PurpCode's dynamic-sampling planners: a line-for-line port of src/rl/sampling (TypeScript).

Standard library only (no torch, no numpy), so it imports anywhere and the cross-language test can run it
with /usr/bin/python3. The verl glue (`trainer.py`) drives these planners; `replay.py` replays a scenario for
the test that checks the decisions equal the TypeScript library's.

A step is a loop: `next_round()` says how many prompts to roll next (0 ends the step), the trainer rolls that
many admitted prompts and reports them with `observe()`, and `finish_step()` returns the selection.
"""

import math

# A group is informative iff the population std of its rewards exceeds this (the reference's threshold).
INFORMATIVE_STD = 1e-5
_M32 = 0xFFFFFFFF


def reward_std(rewards):
    """Population std (numpy's np.std, ddof 0)."""
    if not rewards:
        return 0.0
    mean = sum(rewards) / len(rewards)
    return math.sqrt(sum((r - mean) * (r - mean) for r in rewards) / len(rewards))


def group_kind(rewards):
    if len(rewards) == 1:
        return "singleton"
    return "informative" if reward_std(rewards) > INFORMATIVE_STD else "zero-variance"


def keep_group(rewards, keep_singletons=True):
    kind = group_kind(rewards)
    if kind == "singleton":
        return keep_singletons
    return kind == "informative"


class Group:
    """One prompt's rollouts in a step: the prompt's key and its n sequence rewards."""

    __slots__ = ("uid", "rewards")

    def __init__(self, uid, rewards):
        self.uid = uid
        self.rewards = list(rewards)


class StepSelection:
    def __init__(self, trained, zero_variance, surplus, rounds, prompts_rolled, capped):
        self.trained = trained
        self.zero_variance = zero_variance
        self.surplus = surplus
        self.rounds = rounds
        self.prompts_rolled = prompts_rolled
        self.capped = capped


def _positive_int(value, name):
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{name} must be a positive integer, got {value!r}")
    return value


class _StepAccumulator:
    def __init__(self, keep_singletons=True):
        self.keep_singletons = keep_singletons
        self.rounds = 0
        self.prompts_rolled = 0
        self.kept = []
        self.zero_variance = []

    def admit(self, uid):
        return True

    def observe(self, groups):
        self.rounds += 1
        self.prompts_rolled += len(groups)
        for group in groups:
            (self.kept if keep_group(group.rewards, self.keep_singletons) else self.zero_variance).append(group)

    def _close(self, limit, capped):
        kept = self.kept if limit is None else self.kept[:limit]
        surplus = [] if limit is None else self.kept[limit:]
        selection = StepSelection(kept, self.zero_variance, surplus, self.rounds, self.prompts_rolled, capped)
        self.rounds = 0
        self.prompts_rolled = 0
        self.kept = []
        self.zero_variance = []
        return selection


class DapoPlanner(_StepAccumulator):
    """DAPO: rounds of gen_batch prompts until train_batch informative groups, truncated to train_batch."""

    name = "dapo"

    def __init__(self, train_batch, gen_batch=None, max_gen_batches=10, keep_singletons=True):
        super().__init__(keep_singletons)
        self.train_batch = _positive_int(train_batch, "train_batch")
        self.gen_batch = _positive_int(train_batch if gen_batch is None else gen_batch, "gen_batch")
        self.max_gen_batches = max(0, math.floor(max_gen_batches))

    def next_round(self):
        if len(self.kept) >= self.train_batch:
            return 0
        if self.max_gen_batches > 0 and self.rounds >= self.max_gen_batches:
            return 0
        return self.gen_batch

    def finish_step(self):
        return self._close(self.train_batch, len(self.kept) < self.train_batch)


def single_step_roll_count(train_batch, max_roll_factor, informative, rolled):
    """min(B * max_roll_factor, B / r) with r = informative / rolled, exact (B / (1/3) is 3B)."""
    cap = math.inf if math.isinf(max_roll_factor) else max(train_batch, math.floor(train_batch * max_roll_factor))
    if informative <= 0 or rolled <= 0:
        return cap
    return min(cap, -(-(train_batch * rolled) // informative))


class SingleStepPlanner(_StepAccumulator):
    """One round per step, sized by the previous step's informative fraction; every informative group trains."""

    name = "single-step"

    def __init__(self, train_batch, max_roll_factor=4, keep_singletons=True):
        super().__init__(keep_singletons)
        self.train_batch = _positive_int(train_batch, "train_batch")
        if not max_roll_factor >= 1:
            raise ValueError(f"max_roll_factor must be >= 1, got {max_roll_factor!r}")
        self.max_roll_factor = max_roll_factor
        self.last_informative = 1
        self.last_rolled = 1
        self._planned_at_cap = False

    @property
    def informative_rate(self):
        return self.last_informative / self.last_rolled if self.last_rolled > 0 else 0.0

    def next_round(self):
        if self.rounds > 0:
            return 0
        planned = single_step_roll_count(
            self.train_batch, self.max_roll_factor, self.last_informative, self.last_rolled
        )
        uncapped = single_step_roll_count(self.train_batch, math.inf, self.last_informative, self.last_rolled)
        self._planned_at_cap = uncapped > planned
        return planned

    def finish_step(self):
        capped = self._planned_at_cap
        if self.prompts_rolled > 0:
            self.last_informative = len(self.kept)
            self.last_rolled = self.prompts_rolled
        return self._close(None, capped)

    def state_dict(self):
        return {"last_informative": self.last_informative, "last_rolled": self.last_rolled}

    def load_state_dict(self, state):
        self.last_informative = int(state["last_informative"])
        self.last_rolled = int(state["last_rolled"])


class HistoryAwarePlanner(SingleStepPlanner):
    """Single-step plus a per-prompt prior: prompts whose recent groups were all-equal are skipped for a while."""

    name = "history-aware"

    def __init__(self, train_batch, max_roll_factor=4, retry_probability=0.05, max_skips=8, seed=0, keep_singletons=True):
        super().__init__(train_batch, max_roll_factor, keep_singletons)
        if not 0 <= retry_probability <= 1:
            raise ValueError(f"retry_probability must be within [0, 1], got {retry_probability!r}")
        if not isinstance(max_skips, int) or max_skips < 0:
            raise ValueError(f"max_skips must be an integer >= 0, got {max_skips!r}")
        self.retry_probability = retry_probability
        self.max_skips = max_skips
        self.records = {}  # uid -> [streak, skips, last_mean]
        self.random = Prng(seed)

    def skip_allowance(self, streak):
        if streak <= 0:
            return 0
        return min(self.max_skips, 2 ** min(streak - 1, 30))

    def admit(self, uid):
        record = self.records.get(uid)
        if record is None or record[1] >= self.skip_allowance(record[0]):
            return True
        if self.retry_probability > 0 and self.random.next() < self.retry_probability:
            return True
        record[1] += 1
        return False

    def observe(self, groups):
        super().observe(groups)
        for group in groups:
            self.remember(group)

    def remember(self, group):
        record = self.records.get(group.uid) or [0, 0, 0.0]
        record[0] = record[0] + 1 if group_kind(group.rewards) == "zero-variance" else 0
        record[1] = 0
        record[2] = sum(group.rewards) / len(group.rewards) if group.rewards else 0.0
        self.records[group.uid] = record

    def state_dict(self):
        state = super().state_dict()
        state["records"] = {uid: list(r) for uid, r in self.records.items()}
        state["random"] = self.random.state()
        return state

    def load_state_dict(self, state):
        super().load_state_dict(state)
        self.records = {uid: list(r) for uid, r in state.get("records", {}).items()}
        if "random" in state:
            self.random.set_state(state["random"])


SAMPLERS = ("single-step", "history-aware", "dapo")


def create_planner(name, train_batch, max_roll_factor=4, **options):
    if name == "single-step":
        return SingleStepPlanner(train_batch, max_roll_factor)
    if name == "history-aware":
        return HistoryAwarePlanner(train_batch, max_roll_factor, **options)
    if name == "dapo":
        return DapoPlanner(train_batch, **options)
    raise ValueError(f"unknown sampler {name!r}: use one of {', '.join(SAMPLERS)}")


def draw_round(planner, source, want):
    """Draws `want` prompts for one round: declined prompts are replaced by the next ones from the source;
    if a whole pass over the pool cannot fill the round, declined prompts are rolled after all.
    Returns (uids to roll, prompts skipped, prompts drawn)."""
    admitted, declined = [], []
    max_draws = want + source.size
    drawn = 0
    while len(admitted) < want and drawn < max_draws:
        uid = source.next()
        drawn += 1
        (admitted if planner.admit(uid) else declined).append(uid)
    fill = declined[: want - len(admitted)]
    return admitted + fill, len(declined) - len(fill), drawn


def sample_step(planner, source, roll):
    """One step of a planner against a prompt source and a rollout function (uids -> Groups)."""
    skipped = drawn = 0
    want = planner.next_round()
    while want > 0:
        uids, skip, draw = draw_round(planner, source, want)
        skipped += skip
        drawn += draw
        planner.observe(roll(uids))
        want = planner.next_round()
    return planner.finish_step(), skipped, drawn


def align_to_world(count, n, world_size, minimum=1):
    """Rounds a prompt count up so that count * n rollouts split evenly over world_size ranks."""
    step = world_size // math.gcd(world_size, n)
    return max(minimum, -(-count // step) * step)


def trim_to_world(groups, n, world_size):
    """Keeps the longest prefix of groups whose rollouts split evenly over world_size ranks."""
    step = world_size // math.gcd(world_size, n)
    return groups[: len(groups) - len(groups) % step]


# --- seeded numbers, bit-identical to src/rl/sampling/random.ts (uniform draws only) ---


def _splitmix32(state):
    nxt = (state + 0x9E3779B9) & _M32
    z = nxt
    z = ((z ^ (z >> 16)) * 0x85EBCA6B) & _M32
    z = ((z ^ (z >> 13)) * 0xC2B2AE35) & _M32
    return nxt, (z ^ (z >> 16)) & _M32


def mix_seed(*parts):
    h = 0x2545F491
    for part in parts:
        h = _splitmix32((h ^ (part & _M32)) & _M32)[1]
    return h


def _rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & _M32


class Prng:
    """xoshiro128** seeded through splitmix32, as the TypeScript Prng."""

    def __init__(self, seed):
        state = seed & _M32
        words = []
        for _ in range(4):
            state, out = _splitmix32(state)
            words.append(out)
        self.s = words
        if not any(words):
            self.s[0] = 1

    def next_uint32(self):
        s0, s1, s2, s3 = self.s
        result = (_rotl((s1 * 5) & _M32, 7) * 9) & _M32
        t = (s1 << 9) & _M32
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = _rotl(s3, 11)
        self.s = [s0, s1, s2, s3]
        return result

    def next(self):
        return self.next_uint32() / 4294967296.0

    def int(self, bound):
        return math.floor(self.next() * bound)

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.int(i + 1)
            items[i], items[j] = items[j], items[i]
        return items

    def state(self):
        return list(self.s)

    def set_state(self, words):
        self.s = [int(w) & _M32 for w in words]


class EpochSource:
    """Every prompt index once per epoch, in a fresh seeded order each epoch (the simulator's data loader)."""

    def __init__(self, size, seed):
        self.size = size
        self.seed = seed
        self.order = []
        self.position = 0
        self.epoch = 0

    def next(self):
        if self.position >= len(self.order):
            self.order = Prng(mix_seed(self.seed, 0x5EED, self.epoch)).shuffle(list(range(self.size)))
            self.epoch += 1
            self.position = 0
        uid = str(self.order[self.position])
        self.position += 1
        return uid
