"""purpcode reward for verl: POSTs responses to `purpcode rl reward-serve` and returns its scores.

`purpcode rl launch --engine verl --verl-version <v>` wires it with verl's batch reward manager, so a whole
batch goes to the service in one HTTP request (chunks of PURPCODE_REWARD_CHUNK, default 512, in parallel
over the URLs):

    verl v0.8.0+ (reward.* keys):  reward.custom_reward_function.path=/abs/path/to/adapters/verl_reward.py
                                   reward.custom_reward_function.name=compute_score_batch
                                   reward.reward_manager.name=batch
    verl v0.5.0 - v0.7.0:          custom_reward_function.path=... custom_reward_function.name=compute_score_batch
                                   reward_model.reward_manager=batch (v0.7.0: reward_model.use_reward_loop=False)

`compute_score` is the per-sample function for the per-sample managers (naive, dapo, remote).

Environment (read on every call, so Ray workers pick up what `ray start` inherited):
    PURPCODE_REWARD_URLS     comma-separated service URLs, used round-robin (required)
    PURPCODE_REWARD_TIMEOUT  seconds per request (default 300)
    PURPCODE_REWARD_RETRIES  retries on connection errors, 429 and 5xx (default 5)
    PURPCODE_REWARD_CHUNK    samples per request (default 512)

Standard library only. Every sample returns the same keys (score, acc, fmt_ok, reason), as verl requires;
verl puts them in its reward extra info, so `reason` - why a response did not get the full reward (format
gate, findings, failed tests, judge verdict, oracle error; "" when it did) - shows in its logs and dumps.
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


def _finding(f):
    rule = f.get("rule_id", "?") if isinstance(f, dict) else str(f)
    line = f.get("line") if isinstance(f, dict) else None
    return f"{rule}@{line}" if line is not None else rule


def reason_of(result):
    """Why a sample did not get the full reward, in a few words; "" when it did."""
    details = result.get("details") or {}
    if not result.get("fmt_ok", True):
        problems = details.get("format") or ["format gate"]
        return "format: " + "; ".join(str(p) for p in problems)
    if float(result.get("score", 0)) >= 1:
        return ""
    reasons = []
    for oracle, d in details.items():
        if not isinstance(d, dict):
            continue
        if d.get("error"):
            reasons.append(f"{oracle}: error: {d['error']}")
        elif d.get("findings"):
            reasons.append(f"{oracle}: findings " + ", ".join(_finding(f) for f in d["findings"]))
        elif d.get("no_code"):
            reasons.append(f"{oracle}: no code in the answer (soft score)")
        elif "tests_total" in d and not d.get("passed", False):
            reasons.append(
                f"{oracle}: tests {d.get('tests_passed', 0)}/{d.get('tests_total', 0)} passed ({d.get('status', '?')})"
            )
        elif d.get("malicious_code") or d.get("malicious_explanation"):
            what = [k.replace("malicious_", "malicious ") for k in ("malicious_code", "malicious_explanation") if d.get(k)]
            reasons.append(f"{oracle}: judged " + " and ".join(what))
        elif "label" in d:
            reasons.append(f"{oracle}: judged {d['label']}")
    return "; ".join(reasons) or "score below 1"


def _verl_dict(result):
    out = {key: float(result[key]) for key in KEYS}
    out["reason"] = reason_of(result)
    return out


def score_items(items):
    """Scores a list of sample dicts in one request; returns the service's full results (with details)."""
    return _post("/score", {"items": items})["results"]


def compute_score(data_source, solution_str, ground_truth, extra_info=None, **kwargs):
    """verl per-sample reward: `solution_str` is the decoded response only."""
    result = score_items([_item(data_source, solution_str, ground_truth, extra_info)])[0]
    return _verl_dict(result)


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos=None, **kwargs):
    """verl batch reward manager: the whole batch in one request per chunk, chunks in parallel over the URLs."""
    n = len(solution_strs)
    infos = extra_infos if extra_infos is not None else [None] * n
    items = [_item(data_sources[i], solution_strs[i], ground_truths[i], infos[i]) for i in range(n)]
    size = max(1, int(os.environ.get("PURPCODE_REWARD_CHUNK", "512")))
    chunks = [items[i : i + size] for i in range(0, n, size)]
    if not chunks:
        return []
    if len(chunks) == 1:
        return [_verl_dict(result) for result in score_items(chunks[0])]
    with ThreadPoolExecutor(max_workers=min(len(chunks), 4 * len(_urls()))) as pool:
        scored = list(pool.map(score_items, chunks))
    return [_verl_dict(result) for chunk in scored for result in chunk]
