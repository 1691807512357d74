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
measuring_node full-blocks.sh
read -ra extra <<<"${HEALTHCHAIN_FULL_BLOCK_ARGS:-}"

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
		--pallet "$pallet" --extrinsic "$extrinsic" ${extra[@]+"${extra[@]}"} 2>&1 | tee "$out"
	# The node's own figures: the block a collator builds (every extrinsic checked), timed.
	read -r count ms < <(sed -n 's/.*executing that block of \([0-9]*\) takes \([0-9.]*\) ms.*/\1 \2/p' "$out" | tail -1) || true
	# The SDK's: its block (no proof recorded, so fewer fit) and each extrinsic's share of it.
	sdk_count="$(sed -n 's/.*Extrinsics per block: \([0-9]*\).*/\1/p' "$out" | tail -1)"
	average="$(sed -n 's/.*Average: \([0-9]*\),.*/\1/p' "$out" | tail -1)"
	[ -n "${count:-}" ] && [ -n "${ms:-}" ] && [ -n "$sdk_count" ] && [ -n "$average" ] ||
		{ echo "no figures in $out" >&2; exit 1; }
	# The node checked the first $count extrinsics; the SDK's block must not time others.
	[ "$sdk_count" -le "$count" ] || {
		echo "the SDK's block held $sdk_count, more than the $count the node checked" >&2
		exit 1
	}
	rows+=("$pallet::$extrinsic $count $ms $sdk_count $average")
	rm -rf "$work/db-$pallet-$extrinsic"
done

step "full blocks ($HEALTHCHAIN_NODE)"
# per block: what a collator's block holds (storage-weight reclaim refunding unread proof);
# full block ms: that block's execution, proof recorded, inherents included (median), against
# the 2 s a block may take; SDK block and µs each: the SDK's block (each extrinsic keeping its
# worst-case proof, so fewer fit) and its execution less an inherents-only block's, per
# extrinsic.
printf '%-34s %10s %14s %8s %10s %9s\n' call "per block" "full block ms" "of 2 s" "SDK block" "µs each"
for row in "${rows[@]}"; do
	read -r name count ms sdk_count average <<<"$row"
	awk -v name="$name" -v count="$count" -v ms="$ms" -v sdk="$sdk_count" -v average="$average" 'BEGIN {
		printf "%-34s %10d %14.1f %7.1f%% %10d %9.1f\n", name, count, ms, ms / 20, sdk, average / 1e3
	}'
done
