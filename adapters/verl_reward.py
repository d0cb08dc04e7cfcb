"""purpcode reward for verl: POSTs responses to `purpcode rl reward-serve` and returns its scores.

Generated for verl main >= 2026-02 (reward.* config keys, verl-project/verl#5255). Use it as

    reward.custom_reward_function.path=/abs/path/to/adapters/verl_reward.py
    reward.custom_reward_function.name=compute_score          # per-sample (reward loop, naive/dapo managers)

or, with the legacy batch manager of older verl (reward_model.reward_manager=batch, use_reward_loop=False):

    custom_reward_function.name=compute_score_batch

Environment (read on every call, so Ray workers pick up what `ray start` inherited):
    PURPCODE_REWARD_URLS     comma-separated service URLs, used round-robin (required)
    PURPCODE_REWARD_TIMEOUT  seconds per request (default 300)
    PURPCODE_REWARD_RETRIES  retries on connection errors, 429 and 5xx (default 5)

Standard library only. Every sample returns the same numeric keys (score, acc, fmt_ok), as verl requires of
per-sample dicts; `acc` is what `algorithm.filter_groups.metric=acc` filters on.
"""

import itertools
import json
import os
import random
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

URLS_ENV = "PURPCODE_REWARD_URLS"
KEYS = ("score", "acc", "fmt_ok")
BATCH_CHUNK = 256

# A random start per process, so the reward workers of a job do not all begin on the first URL.
_next = itertools.count(random.randrange(1 << 16))
_lock = threading.Lock()


class RewardServiceError(RuntimeError):
    """The service rejected the request (4xx) or stayed unreachable after every retry."""


def _urls():
    raw = os.environ.get(URLS_ENV, "")
    urls = [u.strip().rstrip("/") for u in raw.split(",") if u.strip()]
    if not urls:
        raise RewardServiceError(f"set {URLS_ENV} to the reward service URL(s), e.g. http://127.0.0.1:8192")
    return urls


def _jsonable(value):
    """numpy scalars/arrays and other array-likes from the dataset become plain JSON values."""
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "tolist"):
        return _jsonable(value.tolist())
    if hasattr(value, "item") and callable(value.item):
        return value.item()
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _post(path, payload):
    urls = _urls()
    timeout = float(os.environ.get("PURPCODE_REWARD_TIMEOUT", "300"))
    retries = int(os.environ.get("PURPCODE_REWARD_RETRIES", "5"))
    with _lock:
        start = next(_next)
    body = json.dumps(payload).encode("utf-8")
    last = None
    for attempt in range(retries + 1):
        url = urls[(start + attempt) % len(urls)] + path
        request = urllib.request.Request(url, data=body, headers={"content-type": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace")
            if err.code != 429 and err.code < 500:
                raise RewardServiceError(f"{url}: HTTP {err.code}: {detail}") from None
            last = f"{url}: HTTP {err.code}: {detail}"
        except (urllib.error.URLError, OSError, TimeoutError) as err:
            last = f"{url}: {err}"
        if attempt < retries:
            time.sleep(min(10.0, 0.25 * 2**attempt) * (0.5 + random.random()))
    raise RewardServiceError(f"reward service unreachable after {retries + 1} attempts: {last}")


def _item(data_source, solution_str, ground_truth, extra_info):
    return {
        "data_source": data_source,
        "solution_str": solution_str,
        "ground_truth": _jsonable(ground_truth),
        "extra_info": _jsonable(extra_info) if extra_info is not None else None,
    }


def _numeric(result):
    return {key: float(result[key]) for key in KEYS}


def score_items(items):
    """Scores a list of sample dicts in one request; returns the service's full results (with details)."""
    return _post("/score", {"items": items})["results"]


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """verl per-sample reward: `solution_str` is the decoded response only."""
    result = score_items([_item(data_source, solution_str, ground_truth, extra_info)])[0]
    return _numeric(result)


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos, **kwargs):
    """verl batched reward (legacy batch manager): chunks go to the service URLs in parallel."""
    n = len(solution_strs)
    infos = extra_infos if extra_infos is not None else [None] * n
    items = [_item(data_sources[i], solution_strs[i], ground_truths[i], infos[i]) for i in range(n)]
    chunks = [items[i : i + BATCH_CHUNK] for i in range(0, n, BATCH_CHUNK)]
    if not chunks:
        return []
    with ThreadPoolExecutor(max_workers=min(len(chunks), 4 * len(_urls()))) as pool:
        scored = list(pool.map(score_items, chunks))
    return [_numeric(result) for chunk in scored for result in chunk]
