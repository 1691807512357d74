#!/usr/bin/env bash
# Builds healthchain-node with the runtime's WASM: the one build that dev.sh and test.sh share.
# Extra arguments go to cargo (for example --timings).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

# The tests and the node use the same feature set, so one build serves both.
step "building healthchain-node and the runtime WASM (target: $CARGO_TARGET_DIR)"
cargo build --locked --workspace --all-targets "$@"
