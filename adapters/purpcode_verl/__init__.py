"""purpcode's verl extension: PurpCode's dynamic sampling (single-step, history-aware, DAPO) inside verl.

`planner` is the standard-library planner core; `trainer` / `main` are the verl glue (they import verl,
torch and ray only when used). Run a training job with `python3 -m purpcode_verl.main <hydra overrides>`
with this folder's parent on PYTHONPATH (the launch script `purpcode rl launch --engine verl` writes does).
"""
