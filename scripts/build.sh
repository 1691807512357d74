#!/usr/bin/env bash
# Builds healthchain-node with the runtime's WASM.
#
#   scripts/build.sh              # the dev build that dev.sh and test.sh share (every target)
#   scripts/build.sh --release    # the node operators run: the `production` profile (LTO)
#
# Other arguments go to cargo (for example --timings).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

if [ "${1:-}" = "--release" ]; then
	shift
	# Only the node: its feature set is the node's own, and the profile's artifacts are
	# separate from the dev build's anyway.
	step "building the release healthchain-node (production profile; target: $CARGO_TARGET_DIR)"
	cargo build --locked --profile production -p healthchain-node "$@"
	exit
fi

# The tests and the node use the same feature set, so one build serves both.
step "building healthchain-node and the runtime WASM (target: $CARGO_TARGET_DIR)"
# `--all-targets --profile dev`: exactly the graph the test step builds (docs/BUILDING.md), so
# neither invalidates the other's build.
cargo build --locked --workspace --all-targets --profile dev "$@"
