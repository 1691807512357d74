#!/usr/bin/env bash
# Full-block benchmarks: for each healthcare call (and a remark and a transfer as yardsticks),
# how many extrinsics one block holds and how long executing that block takes, against the
# 2 s a parachain block may take to execute.
#
#   scripts/full-blocks.sh                          # every call below
#   scripts/full-blocks.sh ehranchor:anchor ...     # only these (pallet:extrinsic)
#
# `healthchain-node benchmark extrinsic` builds its block on the chain's genesis state, so this
# first makes a genesis that holds what the calls need (tests/e2e/load/full-block-state.mjs:
# patients with consent, records, a batch in stock with shipments in transit, a recruiting
# trial) and runs every benchmark on it. The node checks that every extrinsic of the full block
# succeeds before it times the block.
#
# It runs the release node (`scripts/build.sh --release`) when it is built, otherwise the debug
# node with a warning: a debug node's times are not the chain's. HEALTHCHAIN_NODE overrides.
# Options for the SDK's command (e.g. `--repeat 20`) go in HEALTHCHAIN_FULL_BLOCK_ARGS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

calls=("$@")
if [ ${#calls[@]} -eq 0 ]; then
	calls=(system:remark_with_event balances:transfer_keep_alive ehranchor:anchor
		ehranchor:request_access consent:grant drugtrace:ship drugtrace:receive clinicaltrial:enrol)
fi

"$HEALTHCHAIN_ROOT/scripts/setup.sh" >/dev/null
if [ -z "${HEALTHCHAIN_NODE:-}" ]; then
	if [ -x "$HEALTHCHAIN_RELEASE_NODE_BIN" ]; then
		HEALTHCHAIN_NODE="$HEALTHCHAIN_RELEASE_NODE_BIN"
		release_node_current || echo "full-blocks.sh: WARNING: the release node at $HEALTHCHAIN_RELEASE_NODE_BIN" \
			"was built from older node or runtime sources than this tree's (scripts/build.sh --release)" >&2
	else
		"$HEALTHCHAIN_ROOT/scripts/build.sh" >/dev/null
		HEALTHCHAIN_NODE="$HEALTHCHAIN_NODE_BIN"
		echo "full-blocks.sh: WARNING: no release node at $HEALTHCHAIN_RELEASE_NODE_BIN; timing the debug node," \
			"whose times are far above the chain's (scripts/build.sh --release builds the release node)" >&2
	fi
fi
export HEALTHCHAIN_NODE
# shellcheck disable=SC2206 # the SDK command's options, split on spaces on purpose
extra=(${HEALTHCHAIN_FULL_BLOCK_ARGS:-})

work="$(mktemp -d "${TMPDIR:-/tmp}/healthchain-full-blocks.XXXXXX")"
trap 'rm -rf "$work"' EXIT
spec="$work/full-block-spec.json"
step "the benchmark state: $HEALTHCHAIN_NODE --dev, set up through the demo consortium"
(cd "$HEALTHCHAIN_ROOT/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error >/dev/null &&
	node load/full-block-state.mjs --out "$spec")

report_dir="$CARGO_TARGET_DIR/benchmarks"
mkdir -p "$report_dir"
rows=()
for call in "${calls[@]}"; do
	pallet="${call%%:*}"
	extrinsic="${call#*:}"
	step "benchmark extrinsic $pallet::$extrinsic"
	out="$report_dir/full-block-$pallet-$extrinsic.txt"
	"$HEALTHCHAIN_NODE" benchmark extrinsic --chain "$spec" --base-path "$work/db-$pallet-$extrinsic" \
		--pallet "$pallet" --extrinsic "$extrinsic" "${extra[@]}" 2>&1 | tee "$out"
	count="$(sed -n 's/.*a full block holds \([0-9]*\).*/\1/p' "$out" | tail -1)"
	sdk_count="$(sed -n 's/.*Extrinsics per block: \([0-9]*\).*/\1/p' "$out" | tail -1)"
	average="$(sed -n 's/.*Average: \([0-9]*\),.*/\1/p' "$out" | tail -1)"
	[ -n "$count" ] && [ -n "$sdk_count" ] && [ -n "$average" ] || { echo "no figures in $out" >&2; exit 1; }
	rows+=("$pallet::$extrinsic $count $sdk_count $average")
	rm -rf "$work/db-$pallet-$extrinsic"
done

step "full blocks ($HEALTHCHAIN_NODE)"
# per block: what a collator's block holds (storage-weight reclaim refunding unread proof);
# timed block: what the SDK's block held (each extrinsic keeping its worst-case proof), whose
# execution time, less that of a block with only the inherents, divided by its count, is
# "µs each"; full block: µs each times the collator's count, against the 2 s budget.
printf '%-34s %10s %12s %10s %14s %8s\n' call "per block" "timed block" "µs each" "full block ms" "of 2 s"
for row in "${rows[@]}"; do
	read -r name count sdk_count average <<<"$row"
	awk -v name="$name" -v count="$count" -v sdk="$sdk_count" -v average="$average" 'BEGIN {
		ms = count * average / 1e6
		printf "%-34s %10d %12d %10.1f %14.1f %7.1f%%\n", name, count, sdk, average / 1e3, ms, ms / 20
	}'
done
