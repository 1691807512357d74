#!/usr/bin/env bash
# Builds and starts healthchain-node in standalone development mode: no relay chain, a block
# every 6 s, the demo consortium in genesis, JSON-RPC and WebSocket on 127.0.0.1:9944.
# Arguments go to the node, e.g. `scripts/dev.sh --instant-seal` or `--base-path <dir>` to
# keep the chain across restarts (without it the chain lives in a temporary directory).
#
# It also builds the `healthchain` tool and, once the node answers, anchors the demo document
# docs/demo/discharge-summary.txt for //Dave as the demo hospital's practitioner (after //Dave
# grants the hospital consent), unless the chain already knows it. Then, in another terminal:
#   scripts/healthchain verify docs/demo/discharge-summary.txt
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$HEALTHCHAIN_ROOT/scripts/setup.sh"
"$HEALTHCHAIN_ROOT/scripts/build.sh"
step "building the healthchain command-line tool"
cargo build --locked --manifest-path "$HEALTHCHAIN_ROOT/client/Cargo.toml"

url=ws://127.0.0.1:9944
demo="$HEALTHCHAIN_ROOT/docs/demo/discharge-summary.txt"
dave=5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy

# The demo document, anchored once: a fresh chain does not know it (exit 1), so //Dave lets
# the hospital write and its practitioner anchors it.
seed_demo_record() {
	local cli="$HEALTHCHAIN_CLI_BIN" answer=1
	for _ in $(seq 1 120); do
		answer=0
		"$cli" --url "$url" verify "$demo" >/dev/null 2>&1 || answer=$?
		[ "$answer" -ne 3 ] && break
		sleep 1
	done
	case "$answer" in
	0) step "the demo document is anchored already" ;;
	1)
		"$cli" --url "$url" consent grant --organization 0 --read --write --suri //Dave >/dev/null &&
			"$cli" --url "$url" anchor "$demo" --patient "$dave" --category DischargeSummary \
				--locator ehr://hospital-0/demo/discharge-summary --suri //HospitalPractitioner >/dev/null &&
			step "anchored the demo document: scripts/healthchain verify docs/demo/discharge-summary.txt"
		;;
	*) echo "dev.sh: the node did not answer at $url; the demo document is not anchored" >&2 ;;
	esac
}

step "starting healthchain-node --dev on $url (Ctrl-C stops it)"
"$HEALTHCHAIN_NODE_BIN" --dev --rpc-port 9944 "$@" &
node=$!
trap 'kill "$node" 2>/dev/null || true' INT TERM
seed_demo_record || echo "dev.sh: anchoring the demo document failed; the node runs on" >&2
wait "$node"
