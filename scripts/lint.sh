#!/usr/bin/env bash
# Formatting and clippy over the whole workspace, warnings as errors. Separate from test.sh
# because clippy's check build of ~1,400 crates does not share the test build's artifacts.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

"$HEALTHCHAIN_ROOT/scripts/setup.sh"
step "cargo fmt --check"
cargo fmt --all -- --check
step "cargo clippy (SKIP_WASM_BUILD=1)"
SKIP_WASM_BUILD=1 cargo clippy --locked --workspace --all-targets -- -D warnings
