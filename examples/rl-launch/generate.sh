#!/usr/bin/env bash
# Regenerates the committed `purpcode rl launch --dry-run` outputs (run from the repository root after
# `npm run build`). Paths are illustrative: /data/purpcode is where `purpcode rl prepare` wrote its output,
# /opt/purpcode the installed package on every node.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=examples/rl-launch
common=(--data /data/purpcode/rl --adapter /opt/purpcode/adapters/verl_reward.py --out /tmp/purpcode-launch --dry-run)
node bin/purpcode.js rl launch --engine verl --nodes 1 --gpus-per-node 8 --serve-reward 2 "${common[@]}" > $out/verl-1node.sh
node bin/purpcode.js rl launch --engine verl --nodes 4 --gpus-per-node 8 --serve-reward 4 \
  --head-address 10.0.0.1 --reward-host 10.0.0.1 "${common[@]}" > $out/verl-4nodes.sh
node bin/purpcode.js rl launch --engine openrlhf --nodes 1 --gpus-per-node 8 --serve-reward 2 "${common[@]}" > $out/openrlhf-1node.sh
node bin/purpcode.js rl launch --engine openrlhf --nodes 4 --gpus-per-node 8 --head-address 10.0.0.1 \
  --reward-url http://10.0.0.1:8192 --reward-url http://10.0.0.2:8192 "${common[@]}" > $out/openrlhf-4nodes.sh
node bin/purpcode.js rl launch --engine axolotl --gpus-per-node 8 --sft-data /data/purpcode/distill/sft.jsonl \
  --out $out/axolotl --dry-run > $out/axolotl/launch-axolotl.sh
sed -i "s#$(pwd)/##g" $out/axolotl/*.yaml $out/axolotl/launch-axolotl.sh
