#!/usr/bin/env bash
# Runs the network tests (zombienet/tests/network.rs): a rococo-local relay chain with two
# validators and Healthchain with two collators, spawned by zombienet-sdk's native provider,
# driven as a cargo test. Builds what is missing first: the relay binaries (scripts/relay.sh;
# more than an hour cold), the two test runtimes the network runs, and the node
# (scripts/build.sh).
#
#   scripts/network-test.sh                # build what is missing, run the tests
#   scripts/network-test.sh -- --exact X   # arguments after -- go to the test binary
#
# The tests build in their own workspace (zombienet/Cargo.toml, its own Cargo.lock), so they do
# not change the node's feature set; they share the one target directory.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

test_args=()
if [ "${1:-}" = "--" ]; then
	shift
	test_args=("$@")
fi

relay_bin="$("$HEALTHCHAIN_ROOT/scripts/relay.sh" | tail -1)"

# The network's two runtimes: Healthchain's built with the test-only features `fast-sessions`
# (the genesis runtime: one-minute sessions, so a collator added by governance authors within
# minutes) and, for the upgrade scenario, `fast-sessions,increment-spec-version`. Compacted and
# compressed as a release runtime is (`WASM_BUILD_TYPE=release`): the relay chain takes at most
# 5 MiB of code, and the uncompressed debug build's WASM is larger. Each build writes its WASM
# where the normal build keeps its own, so each is copied out and the normal runtime is built
# again after them (touching build.rs makes its build script run again). They are rebuilt only
# when what they are built from changed.
runtimes="$(realpath -m "$CARGO_TARGET_DIR/network-runtimes")"
mkdir -p "$runtimes"
wbuild="$CARGO_TARGET_DIR/debug/wbuild/healthchain-runtime"
build_test_runtime() {
	local features="$1" file="$2"
	step "building the test runtime ($features) → $runtimes/$file"
	WASM_BUILD_TYPE=release cargo build --locked -p healthchain-runtime --features "$features"
	cp "$wbuild/healthchain_runtime.compact.compressed.wasm" "$runtimes/$file"
	rm -f "$wbuild"/healthchain_runtime.compact*.wasm
}
# What the test runtimes are built from, by content (a fresh clone's files are all new).
sources_digest() {
	find runtime pallets primitives Cargo.toml Cargo.lock -type f -print0 | sort -z |
		xargs -0 sha256sum | sha256sum | cut -d' ' -f1
}
digest="$(sources_digest)"
if [ -f "$runtimes/genesis.wasm" ] && [ -f "$runtimes/upgrade.wasm" ] &&
	[ "$(cat "$runtimes/sources.sha256" 2>/dev/null)" = "$digest" ]; then
	echo "test runtimes: up to date in $runtimes"
else
	build_test_runtime fast-sessions genesis.wasm
	build_test_runtime fast-sessions,increment-spec-version upgrade.wasm
	echo "$digest" >"$runtimes/sources.sha256"
	touch runtime/build.rs
fi
"$HEALTHCHAIN_ROOT/scripts/build.sh"
export HEALTHCHAIN_GENESIS_WASM="$runtimes/genesis.wasm"
export HEALTHCHAIN_UPGRADE_WASM="$runtimes/upgrade.wasm"

# zombienet finds `polkadot` (which finds its workers beside it) and `healthchain-node` on PATH.
export PATH="$relay_bin:$(dirname "$HEALTHCHAIN_NODE_BIN"):$PATH"
step "network tests: rococo-local relay (polkadot $(polkadot --version | awk '{print $2}')) + Healthchain collators"
# A failed scenario returns an error whose message is what a reader needs; a library backtrace
# (when the environment sets RUST_BACKTRACE) would print a hundred frames after it.
export RUST_LIB_BACKTRACE="${RUST_LIB_BACKTRACE:-0}"
# `--profile dev`, like test.sh: the dependencies this shares with the node's build are reused.
cargo test --locked --profile dev --manifest-path zombienet/Cargo.toml -- \
	--nocapture --test-threads 1 "${test_args[@]}"
