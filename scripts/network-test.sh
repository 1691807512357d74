#!/usr/bin/env bash
# Runs the network tests (zombienet/tests/network.rs): a rococo-local relay chain with two
# validators and Healthchain with two collators, spawned by zombienet-sdk's native provider,
# driven as a cargo test. Builds what is missing first: the relay binaries (scripts/relay.sh;
# more than an hour cold) and the node (scripts/build.sh).
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
"$HEALTHCHAIN_ROOT/scripts/build.sh"

# zombienet finds `polkadot` (which finds its workers beside it) and `healthchain-node` on PATH.
export PATH="$relay_bin:$(dirname "$HEALTHCHAIN_NODE_BIN"):$PATH"
step "network tests: rococo-local relay (polkadot $(polkadot --version | awk '{print $2}')) + Healthchain collators"
# `--profile dev`, like test.sh: the dependencies this shares with the node's build are reused.
cargo test --locked --profile dev --manifest-path zombienet/Cargo.toml -- \
	--nocapture --test-threads 1 "${test_args[@]}"
