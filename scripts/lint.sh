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
# The benchmarks and try-state checks compile only with these features; the runtime's
# features turn on the pallets' own.
step "cargo clippy of the runtime and pallets with runtime-benchmarks and try-runtime"
SKIP_WASM_BUILD=1 cargo clippy --locked \
	-p healthchain-primitives -p pallet-organizations -p pallet-ehr-anchor -p pallet-consent \
	-p pallet-drug-trace -p pallet-clinical-trial -p healthchain-runtime --all-targets \
	--features healthchain-runtime/runtime-benchmarks,healthchain-runtime/try-runtime \
	-- -D warnings
# The client and the network tests are workspaces of their own.
step "cargo fmt and clippy of client/ and zombienet/"
cargo fmt --manifest-path client/Cargo.toml --all -- --check
cargo clippy --locked --manifest-path client/Cargo.toml --all-targets -- -D warnings
cargo fmt --manifest-path zombienet/Cargo.toml --all -- --check
cargo clippy --locked --manifest-path zombienet/Cargo.toml --all-targets -- -D warnings
