#!/usr/bin/env bash
# Runs every test layer, in the order that shares one build:
#   1. the build (node + runtime WASM), once;
#   2. pallet, primitives and runtime tests (mock runtimes; the runtime wired together;
#      the compiled WASM's metadata and genesis presets);
#   3. the Rust client library and the `healthchain` tool (client/), against a dev node;
#   4. @healthchain/api (js/), the Polkadot.js package: built, and its own tests;
#   5. node end-to-end: the real healthchain-node --dev, driven through JSON-RPC with
#      @polkadot/api and the package as a wallet would, and the record gateway's web viewer
#      in headless Chromium (and the release node's, when built);
#   6. network: a rococo-local relay chain and Healthchain's collators (zombienet/), when the
#      relay binaries are in their cache (scripts/relay.sh builds them, more than an hour);
#      otherwise one line says it was skipped.
# Prints a summary line "N passed, N failed" at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

"$HEALTHCHAIN_ROOT/scripts/setup.sh" --tests

# Counts from a layer's log: `cargo test`'s "test result:" lines, or node:test's "# pass" and
# "# fail"/"# cancelled" lines (a test cancelled because its suite's set-up failed did not pass).
cargo_passed() { awk '/^test result:/ { s += $4 } END { print s + 0 }' "$1"; }
cargo_failed() { awk '/^test result:/ { s += $6 } END { print s + 0 }' "$1"; }
node_passed() { awk '/^# pass / { n = $3 } END { print n + 0 }' "$1"; }
node_failed() { awk '/^# (fail|cancelled) / { n += $3 } END { print n + 0 }' "$1"; }
# A layer that failed without a failing test (a build, install or spawn error) counts as one
# failure: `failures STATUS COUNT`.
failures() { if [ "$1" -ne 0 ] && [ "$2" -eq 0 ]; then echo 1; else echo "$2"; fi; }
# The lines of a failed layer's log that say why, repeated under the summary: a long log (a
# network test prints the nodes' last lines) scrolls them away.
why_failed() {
	grep -E '^Error: |panicked at |^not ok |^\[ *[0-9.]+s\] failed: |^error(\[E[0-9]+\])?: |: error TS[0-9]+: |^npm error ' "$1" |
		tail -n 12 || true
}

# Every layer's log, kept until the end for the summary.
logs="$(mktemp -d)"
trap 'rm -rf "$logs"' EXIT

step "checking formatting"
cargo fmt --all -- --check
cargo fmt --manifest-path zombienet/Cargo.toml --all -- --check
cargo fmt --manifest-path client/Cargo.toml --all -- --check

"$HEALTHCHAIN_ROOT/scripts/build.sh"

step "Rust tests: pallets, primitives, runtime, WASM"
cargo_log="$logs/cargo.log"
# `--all-targets --profile dev`, as scripts/build.sh builds: the same graph, so nothing is
# compiled again (docs/BUILDING.md: plain `cargo test` uses the `test` profile, whose name is part
# of every unit's hash, and without `--all-targets` it leaves out the node, which changes the
# features of the host dependencies and so the runtime's build script). Doc tests are not among
# `--all-targets`: they run after, for every crate but the runtime and the node.
# A failing test (or a compile error) fails the layer, and the later layers still run.
rust_status=0
{
	cargo test --locked --workspace --all-targets --profile dev &&
		cargo test --locked --workspace --doc --profile dev \
			--exclude healthchain-runtime --exclude healthchain-node
} 2>&1 | tee "$cargo_log" || rust_status=$?
rust_passed=$(cargo_passed "$cargo_log")
rust_failed=$(failures "$rust_status" "$(cargo_failed "$cargo_log")")

# The Rust client library and the `healthchain` tool (client/, its own workspace): unit tests,
# then the tool against a real dev node (client/tests/cli.rs starts one), and the record
# gateway over HTTP against another (client/tests/gateway.rs, once on SQLite and a directory,
# and once on a private PostgreSQL server and S3-compatible store it starts with
# scripts/postgres.sh and scripts/s3.sh). `--profile dev`: the
# profile scripts/dev.sh builds the tool with, so neither rebuilds the other's graph.
step "client (client/): the Rust client library and the healthchain tool, against a dev node"
client_log="$logs/client.log"
client_status=0
HEALTHCHAIN_NODE="$HEALTHCHAIN_NODE_BIN" cargo test --locked --profile dev --manifest-path client/Cargo.toml 2>&1 |
	tee "$client_log" || client_status=$?
client_passed=$(cargo_passed "$client_log")
client_failed=$(failures "$client_status" "$(cargo_failed "$client_log")")

# The Polkadot.js package (js/): built, then its own tests (helpers on test vectors, a
# TypeScript program type-checked against it). The end-to-end suite installs what it built.
step "@healthchain/api (js/): build and tests"
cd "$HEALTHCHAIN_ROOT/js"
js_log="$logs/js.log"
js_status=0
# A failed install or build (a type error) counts as the layer's failure, with the rest of the
# run still going and the summary saying why.
{ npm ci --no-audit --no-fund --loglevel=error && npm run build && npm test; } 2>&1 |
	tee "$js_log" || js_status=$?
js_passed=$(node_passed "$js_log")
js_failed=$(failures "$js_status" "$(node_failed "$js_log")")

# The gateway's web viewer (client/viewer) is bundled on the package just built; the
# end-to-end suite's viewer.test.mjs serves it with the healthchain tool the client layer built
# and drives it in headless Chromium. A failed viewer build fails this layer.
step "node end-to-end tests (tests/e2e), with the gateway's web viewer in headless Chromium"
e2e_log="$logs/e2e.log"
e2e_status=0
{
	(cd "$HEALTHCHAIN_ROOT/client/viewer" && npm ci --no-audit --no-fund --loglevel=error && npm run build) &&
		cd "$HEALTHCHAIN_ROOT/tests/e2e" &&
		npm ci --no-audit --no-fund --loglevel=error &&
		HEALTHCHAIN_NODE="$HEALTHCHAIN_NODE_BIN" HEALTHCHAIN_CLI="$HEALTHCHAIN_CLI_BIN" npm test
} 2>&1 | tee "$e2e_log" || e2e_status=$?
cd "$HEALTHCHAIN_ROOT/tests/e2e"
e2e_passed=$(node_passed "$e2e_log")
e2e_failed=$(failures "$e2e_status" "$(node_failed "$e2e_log")")

# The release node (production profile) is too long a build for every run; when one built from
# this tree's node sources is there (scripts/release.sh; lib.sh's release_node_current), the
# dev-node suite runs on it too: it must start, seal blocks, include a transfer and keep its
# state across a restart like the debug node.
step "release node end-to-end (tests/e2e/dev-node.test.mjs on the production build)"
release_passed=0
release_failed=0
release_status=0
release_summary="skipped"
if release_node_current; then
	release_log="$logs/release.log"
	HEALTHCHAIN_NODE="$HEALTHCHAIN_RELEASE_NODE_BIN" node --test --test-concurrency=1 \
		--test-timeout=600000 dev-node.test.mjs 2>&1 | tee "$release_log" || release_status=$?
	release_passed=$(node_passed "$release_log")
	release_failed=$(failures "$release_status" "$(node_failed "$release_log")")
	release_summary="$release_passed passed, $release_failed failed"
else
	echo "release node tests SKIPPED: no production healthchain-node built from this tree's node" \
		"sources at $HEALTHCHAIN_RELEASE_NODE_BIN; scripts/release.sh builds it (see docs/BUILDING.md)"
fi

cd "$HEALTHCHAIN_ROOT"
step "network tests (zombienet/: rococo-local relay chain, Healthchain collators)"
network_passed=0
network_failed=0
network_status=0
network_summary="skipped"
if "$HEALTHCHAIN_ROOT/scripts/relay.sh" --check; then
	network_log="$logs/network.log"
	"$HEALTHCHAIN_ROOT/scripts/network-test.sh" 2>&1 | tee "$network_log" || network_status=$?
	network_passed=$(cargo_passed "$network_log")
	network_failed=$(failures "$network_status" "$(cargo_failed "$network_log")")
	network_summary="$network_passed passed, $network_failed failed"
else
	echo "network tests SKIPPED: the relay binaries are not in $HEALTHCHAIN_RELAY_BIN;" \
		"scripts/relay.sh builds them (more than an hour), then scripts/network-test.sh runs this layer"
fi

for log in "$logs"/*.log; do why_failed "$log"; done >"$logs/why"
passed=$((rust_passed + client_passed + js_passed + e2e_passed + release_passed + network_passed))
failed=$((rust_failed + client_failed + js_failed + e2e_failed + release_failed + network_failed))
echo
echo "Rust: $rust_passed passed, $rust_failed failed; client: $client_passed passed, $client_failed failed; js: $js_passed passed, $js_failed failed; end-to-end: $e2e_passed passed, $e2e_failed failed; release node: $release_summary; network: $network_summary"
if [ -s "$logs/why" ]; then
	echo "why (the failing lines above, repeated):"
	sed 's/^/  /' "$logs/why"
fi
echo "$passed passed, $failed failed"
[ "$rust_status" -eq 0 ] && [ "$client_status" -eq 0 ] && [ "$js_status" -eq 0 ] && [ "$e2e_status" -eq 0 ] && [ "$release_status" -eq 0 ] && [ "$network_status" -eq 0 ] &&
	[ "$failed" -eq 0 ] && [ "$client_passed" -gt 0 ] && [ "$js_passed" -gt 0 ] && [ "$e2e_passed" -gt 0 ]
