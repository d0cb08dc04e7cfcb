#!/usr/bin/env bash
# Regenerates the committed `purpcode rl launch --dry-run` outputs (run from the repository root after
# `npm run build`). Paths are illustrative: /data/purpcode is where `purpcode rl prepare` wrote its output,
# /ckpt/purpcode-sft the SFT stage's model, /opt/purpcode the installed package on every node.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=examples/rl-launch
rm -f $out/*.sh.tmp
common=(--data /data/purpcode/rl --model /ckpt/purpcode-sft --adapter /opt/purpcode/adapters/verl_reward.py
  --out /tmp/purpcode-launch --dry-run)
cli() { node bin/purpcode.js "$@"; }
# verl: one script per supported release, PurpCode's single-step sampler (the default).
for v in v0.5.0 v0.6.1 v0.7.0 main-2026-01 v0.8.0 v0.9.0; do
  cli rl launch --engine verl --verl-version $v --nodes 1 --gpus-per-node 8 --serve-reward 2 "${common[@]}" \
    > $out/verl-$v-1node.sh
done
cli rl launch --engine verl --verl-version v0.9.0 --nodes 4 --gpus-per-node 8 --serve-reward 4 \
  --head-address 10.0.0.1 --reward-host 10.0.0.1 "${common[@]}" > $out/verl-v0.9.0-4nodes.sh
# The other samplers: history-aware (purpcode_verl) and plain DAPO (verl's own: native in v0.9.0, recipe before).
cli rl launch --engine verl --verl-version v0.9.0 --sampler history-aware --serve-reward 2 "${common[@]}" \
  > $out/verl-v0.9.0-1node-history-aware.sh
cli rl launch --engine verl --verl-version v0.9.0 --sampler dapo --serve-reward 2 "${common[@]}" \
  > $out/verl-v0.9.0-1node-dapo.sh
cli rl launch --engine verl --verl-version v0.7.0 --sampler dapo --serve-reward 2 "${common[@]}" \
  > $out/verl-v0.7.0-1node-dapo.sh
for v in 0.9.10 0.11.0; do
  cli rl launch --engine openrlhf --openrlhf-version $v --nodes 1 --gpus-per-node 8 --serve-reward 2 "${common[@]}" \
    > $out/openrlhf-$v-1node.sh
  cli rl launch --engine openrlhf --openrlhf-version $v --nodes 4 --gpus-per-node 8 --head-address 10.0.0.1 \
    --reward-url http://10.0.0.1:8192 --reward-url http://10.0.0.2:8192 "${common[@]}" > $out/openrlhf-$v-4nodes.sh
done
cli rl launch --engine axolotl --gpus-per-node 8 --model Qwen/Qwen2.5-14B-Instruct-1M \
  --sft-data /data/purpcode/distill/sft.jsonl --out $out/axolotl --dry-run > $out/axolotl/launch-axolotl.sh
sed -i "s#$(pwd)/##g" $out/axolotl/*.yaml $out/axolotl/launch-axolotl.sh
