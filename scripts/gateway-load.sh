#!/usr/bin/env bash
# Load on the record gateway: starts a `healthchain-node --dev --instant-seal` and a gateway
# (embedded storage) on free ports, then client/examples/gateway_load.rs stores N documents
# of 4 KiB through it, has the chain log a read of each, reads each back, and prints stored
# documents per second, authorised reads per second and their latency percentiles.
#
#   scripts/gateway-load.sh            # 200 documents, 16 in flight
#   scripts/gateway-load.sh 1000 32
#
# The gateway and the load generator are built with the release profile; the node is the
# release node when it is built (scripts/build.sh --release), else the debug node, with a
# warning: every read asks the node questions (two, when others ask the same ones at one
# block), so the node's speed is the gateway's. HEALTHCHAIN_NODE overrides.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

count="${1:-200}"
concurrency="${2:-16}"
"$HEALTHCHAIN_ROOT/scripts/setup.sh" >/dev/null
measuring_node gateway-load.sh
# One uploader and a few readers make every request: the per-account rate limit is lifted so
# that the figures are the gateway's and the node's capacity.
step "building the gateway and the load generator (release profile)"
cargo build --locked --release --manifest-path client/Cargo.toml --bin healthchain --example gateway_load

work="$(mktemp -d /tmp/healthchain-gateway-load.XXXXXX)"
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
rpc_port="$(free_port)"
http_port="$(free_port)"
pids=()
cleanup() {
	for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

"$HEALTHCHAIN_NODE" --dev --instant-seal --tmp --no-telemetry --no-prometheus --no-hardware-benchmarks \
	--rpc-port "$rpc_port" --port "$(free_port)" 2>"$work/node.log" &
pids+=($!)
tool="$CARGO_TARGET_DIR/release/healthchain"
node_url="ws://127.0.0.1:$rpc_port"
for _ in $(seq 1 120); do
	"$tool" --url "$node_url" org show 0 >/dev/null 2>&1 && break
	sleep 1
done
"$tool" gateway new-kek "$work/kek.hex" >/dev/null
"$tool" --url "$node_url" gateway serve --listen "127.0.0.1:$http_port" --data-dir "$work/data" \
	--kek-file "$work/kek.hex" --suri //HospitalPractitioner \
	--rate-limit-per-minute 100000000 --rate-limit-burst 1000000 2>"$work/gateway.log" &
pids+=($!)
for _ in $(seq 1 60); do
	curl -sf "http://127.0.0.1:$http_port/health" >/dev/null && break
	sleep 0.5
done

step "load: $count documents, $concurrency in flight (node: $HEALTHCHAIN_NODE)"
"$CARGO_TARGET_DIR/release/examples/gateway_load" "$node_url" "http://127.0.0.1:$http_port" "$count" "$concurrency"
# How the uploads were anchored: transactions, and documents per transaction (the gateway's
# `anchored_batch` log lines).
python3 - "$work/gateway.log" <<'PY'
import json, sys
sizes = []
for line in open(sys.argv[1]):
    try:
        entry = json.loads(line)
    except ValueError:
        continue
    if entry.get("event") == "anchored_batch":
        sizes.append(entry["documents"])
if sizes:
    print(f"anchored in {len(sizes)} transactions: {sum(sizes) / len(sizes):.1f} documents each on average, at most {max(sizes)}")
PY
