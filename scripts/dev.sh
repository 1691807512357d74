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
# And it runs the demo hospital's record gateway (signing as //HospitalPractitioner, its data in
# a temporary directory) with the web viewer at http://127.0.0.1:8088/, where the development
# accounts sign in (//Dave is the demo patient; //ClinicPractitioner opens records).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$HEALTHCHAIN_ROOT/scripts/setup.sh"
"$HEALTHCHAIN_ROOT/scripts/build.sh"
step "building the healthchain command-line tool"
cargo build --locked --manifest-path "$HEALTHCHAIN_ROOT/client/Cargo.toml"
step "building the web viewer (js/, then client/viewer)"
(cd "$HEALTHCHAIN_ROOT/js" && npm ci --no-audit --no-fund --loglevel=error && npm run build >/dev/null)
(cd "$HEALTHCHAIN_ROOT/client/viewer" && npm ci --no-audit --no-fund --loglevel=error && npm run build)

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

# The demo hospital's gateway, with a new key-encryption key, in a directory that goes when it
# stops (like the chain without --base-path).
start_gateway() {
	local dir
	dir="$(mktemp -d -t healthchain-gateway-XXXXXX)"
	"$HEALTHCHAIN_CLI_BIN" gateway new-kek "$dir/kek.hex" >/dev/null
	"$HEALTHCHAIN_CLI_BIN" --url "$url" gateway serve --listen 127.0.0.1:8088 --data-dir "$dir/data" \
		--kek-file "$dir/kek.hex" --suri //HospitalPractitioner \
		--viewer "$HEALTHCHAIN_ROOT/client/viewer/dist" --viewer-dev-accounts 2>"$dir/gateway.log" &
	gateway=$!
	step "the record gateway and its viewer: http://127.0.0.1:8088/ (log: $dir/gateway.log)"
}

step "starting healthchain-node --dev on $url (Ctrl-C stops it)"
"$HEALTHCHAIN_NODE_BIN" --dev --rpc-port 9944 "$@" &
node=$!
gateway=
trap 'kill $gateway "$node" 2>/dev/null || true' INT TERM
seed_demo_record || echo "dev.sh: anchoring the demo document failed; the node runs on" >&2
start_gateway || echo "dev.sh: the record gateway did not start; the node runs on" >&2
wait "$node"
