# Shared by the scripts: where builds go, and small helpers. Source it; do not run it.

# One persistent target directory outside the clone, shared by every script and by CI, so a
# second run (or CI on a developer's machine) reuses the build. Override with CARGO_TARGET_DIR.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/healthchain/target}"
export PATH="$HOME/.cargo/bin:$PATH"

# The workspace root, whatever directory the script was started from.
HEALTHCHAIN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export HEALTHCHAIN_ROOT

# The runtime's WASM is built by a nested cargo inside the target directory; it needs this
# to find the workspace's Cargo.lock (and so build the WASM with the locked versions).
export WASM_BUILD_WORKSPACE_HINT="$HEALTHCHAIN_ROOT"

# The node binary every script builds and runs (dev profile: what the tests exercise).
HEALTHCHAIN_NODE_BIN="$CARGO_TARGET_DIR/debug/healthchain-node"
export HEALTHCHAIN_NODE_BIN

# The `healthchain` command-line tool (client/, its own workspace), dev profile like the node.
HEALTHCHAIN_CLI_BIN="$CARGO_TARGET_DIR/debug/healthchain"
export HEALTHCHAIN_CLI_BIN

# Prints a step heading with the time, so logs show where the minutes go.
step() {
	printf '\n==> [%s] %s\n' "$(date +%H:%M:%S)" "$*"
}

# The relay-chain binaries (polkadot and its two workers) that scripts/relay.sh installs, kept
# outside the clone like the target directory: they take more than an hour to build.
export HEALTHCHAIN_RELAY_ROOT="${HEALTHCHAIN_RELAY_ROOT:-$HOME/.cache/healthchain/relay}"
export HEALTHCHAIN_RELAY_BIN="$HEALTHCHAIN_RELAY_ROOT/bin"

# The release node (`scripts/build.sh --release`) and where `scripts/release.sh` gathers what
# operators need.
HEALTHCHAIN_RELEASE_NODE_BIN="$CARGO_TARGET_DIR/production/healthchain-node"
export HEALTHCHAIN_RELEASE_NODE_BIN
export HEALTHCHAIN_RELEASE_DIR="${HEALTHCHAIN_RELEASE_DIR:-$HEALTHCHAIN_ROOT/release}"

# Whether the release node in $HEALTHCHAIN_RELEASE_NODE_BIN is this tree's node: its
# `--version` ends in the commit it was built from, and no file that goes into the node has
# changed since (a commit that touches only docs, READMEs, scripts or tests keeps it current; relinking
# the production profile's LTO build for each of them would take most of an hour).
release_node_current() {
	[ -x "$HEALTHCHAIN_RELEASE_NODE_BIN" ] || return 1
	local commit
	commit="$("$HEALTHCHAIN_RELEASE_NODE_BIN" --version 2>/dev/null | sed -n 's/.*-\([0-9a-f]\{7,40\}\)$/\1/p')"
	[ -n "$commit" ] || return 1
	git -C "$HEALTHCHAIN_ROOT" cat-file -e "$commit^{commit}" 2>/dev/null || return 1
	git -C "$HEALTHCHAIN_ROOT" diff --quiet "$commit" -- \
		Cargo.toml Cargo.lock rust-toolchain.toml node runtime primitives pallets ':(exclude)*.md'
}

# Exports HEALTHCHAIN_NODE for a script that reports the chain's figures (`$1`, its name):
# as given, else the release node when it is built (warning when it is older than this tree),
# else the debug node, built if need be, with a warning that its figures are not the chain's.
measuring_node() {
	if [ -z "${HEALTHCHAIN_NODE:-}" ]; then
		if [ -x "$HEALTHCHAIN_RELEASE_NODE_BIN" ]; then
			HEALTHCHAIN_NODE="$HEALTHCHAIN_RELEASE_NODE_BIN"
			release_node_current || echo "$1: WARNING: the release node at $HEALTHCHAIN_RELEASE_NODE_BIN" \
				"was built from older node or runtime sources than this tree's (scripts/build.sh --release)" >&2
		else
			"$HEALTHCHAIN_ROOT/scripts/build.sh" >/dev/null
			HEALTHCHAIN_NODE="$HEALTHCHAIN_NODE_BIN"
			echo "$1: WARNING: no release node at $HEALTHCHAIN_RELEASE_NODE_BIN; measuring the debug node," \
				"whose host code is unoptimised: its figures are not the chain's (scripts/build.sh --release" \
				"builds the release node)" >&2
		fi
	fi
	export HEALTHCHAIN_NODE
}
