#!/usr/bin/env bash
# Installs the relay-chain binaries of Healthchain's release line (polkadot-sdk stable2609):
# `polkadot`, `polkadot-prepare-worker` and `polkadot-execute-worker`, from crates.io
# (`polkadot` 41.0.0, which ships all three), into one persistent cache outside the clone.
# Idempotent: when the three are there at the right version it builds nothing. Prints the
# directory that holds them on the last line.
#
# A cold build takes well over an hour on 2 cores (docs/BUILDING.md has the figures): it
# compiles the relay node and four relay runtime WASMs (rococo and westend, normal and fast).
# The build directory is kept beside the binaries, so an interrupted build resumes.
#
#   scripts/relay.sh            # install if missing, print the bin directory
#   scripts/relay.sh --check    # exit 0 if installed, 1 if not; builds nothing
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

polkadot_version="41.0.0"
binaries=(polkadot polkadot-prepare-worker polkadot-execute-worker)

installed() {
	local bin
	for bin in "${binaries[@]}"; do
		[ -x "$HEALTHCHAIN_RELAY_BIN/$bin" ] || return 1
	done
	# `polkadot --version` prints e.g. "polkadot 1.20.0-<commit>": the crate's version is in
	# cargo's install record, which is what says the binaries are 41.0.0.
	grep -q "\"polkadot $polkadot_version " "$HEALTHCHAIN_RELAY_ROOT/.crates.toml" 2>/dev/null
}

if [ "${1:-}" = "--check" ]; then
	installed
	exit
fi

if installed; then
	echo "relay binaries: polkadot $polkadot_version already installed"
else
	"$HEALTHCHAIN_ROOT/scripts/setup.sh" >/dev/null
	step "building polkadot $polkadot_version and its workers (cold: more than an hour on 2 cores)"
	# Its own target directory: the relay node's features differ from ours, and sharing one
	# would make each build invalidate the other's artifacts.
	# Without lib.sh's WASM_BUILD_WORKSPACE_HINT: it names *our* workspace, and the relay
	# runtimes' WASM builds then look for their package in our Cargo.lock and fail ("Failed to
	# find entry for package rococo-runtime").
	env -u WASM_BUILD_WORKSPACE_HINT CARGO_TARGET_DIR="$HEALTHCHAIN_RELAY_ROOT/target" \
		cargo install polkadot --version "$polkadot_version" --locked \
		--root "$HEALTHCHAIN_RELAY_ROOT"
	# Unlike a plain `cargo install`, a set CARGO_TARGET_DIR keeps the build (9.3 GB here):
	# the binaries are all that is used, and a reinstall would be a fresh build anyway.
	rm -rf "$HEALTHCHAIN_RELAY_ROOT/target"
fi
"$HEALTHCHAIN_RELAY_BIN/polkadot" --version >&2
echo "$HEALTHCHAIN_RELAY_BIN"
