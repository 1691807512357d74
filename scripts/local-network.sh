#!/usr/bin/env bash
# Starts Healthchain the way it is deployed, by hand, on this machine: a `rococo-local` relay
# chain with two validators (Alice, Bob) whose genesis registers Healthchain (the `local`
# chain spec, para id 2000) as a parachain, and one Healthchain collator (Alice) with an
# embedded relay-chain node. Waits until the collator's parachain blocks are finalised (which
# needs the relay chain to include them), prints the log lines that show it, and stops
# everything.
#
#   scripts/local-network.sh              # stop once parachain block #3 is finalised
#   scripts/local-network.sh --blocks 10  # wait for more
#   scripts/local-network.sh --keep       # leave the network running (Ctrl-C stops it)
#
# Needs the relay binaries (`scripts/relay.sh`; it builds them if missing, which takes more
# than an hour) and the node (`scripts/build.sh`). Everything it writes, specs, keys, databases
# and logs, goes to a fresh directory under /tmp that it names.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

para_id=2000
want_blocks=3
keep=0
while [ $# -gt 0 ]; do
	case "$1" in
	--blocks) want_blocks="$2"; shift 2 ;;
	--keep) keep=1; shift ;;
	*) echo "unknown argument $1 (known: --blocks N, --keep)" >&2; exit 2 ;;
	esac
done

relay_bin="$("$HEALTHCHAIN_ROOT/scripts/relay.sh" | tail -1)"
polkadot="$relay_bin/polkadot"
"$HEALTHCHAIN_ROOT/scripts/build.sh"
node="$HEALTHCHAIN_NODE_BIN"

work="$(mktemp -d /tmp/healthchain-network.XXXXXX)"
pids=()
stop_all() {
	for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
	for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_all EXIT
# Ctrl-C or a kill of this script stops the nodes too (through the EXIT trap).
trap 'exit 130' INT TERM
echo "working directory: $work"

step "relay chain spec: rococo-local with para $para_id in genesis"
"$node" export-genesis-head --chain local >"$work/genesis-head.hex"
"$node" export-genesis-wasm --chain local >"$work/genesis-wasm.hex"
"$polkadot" build-spec --chain rococo-local --disable-default-bootnode \
	>"$work/relay-plain.json" 2>"$work/build-spec.log"
python3 - "$work" "$para_id" <<'EOF'
import json, sys
work, para_id = sys.argv[1], int(sys.argv[2])
with open(f"{work}/relay-plain.json") as f:
    spec = json.load(f)
genesis = spec["genesis"]["runtimeGenesis"]
# A plain spec holds either a patch over the runtime's default genesis or the full config.
config = genesis["patch"] if "patch" in genesis else genesis["config"]
head = open(f"{work}/genesis-head.hex").read().strip()
code = open(f"{work}/genesis-wasm.hex").read().strip()
config.setdefault("paras", {})["paras"] = [
    [para_id, {"genesis_head": head, "validation_code": code, "parachain": True}]
]
with open(f"{work}/relay-plain.json", "w") as f:
    json.dump(spec, f)
EOF
"$polkadot" build-spec --chain "$work/relay-plain.json" --raw --disable-default-bootnode \
	>"$work/relay-raw.json" 2>>"$work/build-spec.log"

step "relay validators: alice (ws 9944), bob (ws 9945)"
# Authorities refuse to start without a node key; Alice's is fixed here so the others can
# name her as their bootnode.
"$polkadot" key generate-node-key --file "$work/alice.key" 2>"$work/alice.peer-id"
alice_peer="$(tail -1 "$work/alice.peer-id")"
alice_addr="/ip4/127.0.0.1/tcp/30333/p2p/$alice_peer"
validator() {
	local name="$1" port="$2" rpc="$3"
	shift 3
	"$polkadot" --chain "$work/relay-raw.json" --"$name" --validator \
		--base-path "$work/$name" --port "$port" --rpc-port "$rpc" \
		--insecure-validator-i-know-what-i-do --no-hardware-benchmarks \
		--no-prometheus --no-telemetry "$@" >"$work/$name.log" 2>&1 &
	pids+=($!)
}
validator alice 30333 9944 --node-key-file "$work/alice.key"
validator bob 30334 9945 --unsafe-force-node-key-generation --bootnodes "$alice_addr"

step "healthchain collator: alice (ws 9988), embedded relay node on port 30335"
"$node" --collator --alice --chain local --base-path "$work/collator" \
	--port 40333 --rpc-port 9988 --unsafe-force-node-key-generation \
	--no-prometheus --no-telemetry \
	-- --chain "$work/relay-raw.json" --port 30335 --bootnodes "$alice_addr" \
	--no-prometheus --no-telemetry >"$work/collator.log" 2>&1 &
pids+=($!)

step "waiting for parachain block #$want_blocks to be finalised (a relay session must pass first: about 2 minutes)"
started=$(date +%s)
deadline=$((started + 900))
# The collator's own lines have no prefix; its embedded relay node's start with [Relaychain].
# A parachain block is finalised only once the relay chain has included it and finalised that.
parachain_log() { grep -v '\[Relaychain\]' "$work/collator.log"; }
finalized() {
	parachain_log | sed -nE 's/.*finalized #([0-9]+).*/\1/p' | sort -n | tail -1
}
while :; do
	for pid in "${pids[@]}"; do
		if ! kill -0 "$pid" 2>/dev/null; then
			echo "a node exited early; its log:" >&2
			tail -n 30 "$work"/*.log >&2
			exit 1
		fi
	done
	best="$(finalized || true)"
	[ -n "$best" ] && [ "$best" -ge "$want_blocks" ] && break
	if [ "$(date +%s)" -ge "$deadline" ]; then
		echo "parachain block #$want_blocks not finalised after 15 minutes; logs in $work" >&2
		exit 1
	fi
	sleep 5
done
echo "parachain block #$best finalised $(($(date +%s) - started)) s after the nodes started"
echo "--- collator (parachain side):"
parachain_log | grep -E 'Parachain id|Prepared block for proposing|Imported #' | head -12
parachain_log | grep -E 'finalized #' | tail -1
echo "--- relay validator alice:"
grep -E 'finalized #' "$work/alice.log" | tail -1

if [ "$keep" -eq 1 ]; then
	step "running; logs in $work (Ctrl-C stops it)"
	wait
fi
