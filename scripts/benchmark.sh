#!/usr/bin/env bash
# Generates pallets' weights.rs with `healthchain-node benchmark pallet`.
#
#   scripts/benchmark.sh                      # every Healthchain pallet
#   scripts/benchmark.sh pallet_organizations # one pallet
#
# The benchmarks run in a runtime WASM built with the `runtime-benchmarks` feature; the node
# itself is built without it. Both share the target directory, so afterwards the normal
# runtime WASM is rebuilt (the benchmark build overwrites it in place).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

# pallet name → crate directory
declare -A pallets=(
	[pallet_organizations]=pallets/organizations
	[pallet_ehr_anchor]=pallets/ehr-anchor
	[pallet_consent]=pallets/consent
	[pallet_drug_trace]=pallets/drug-trace
	[pallet_clinical_trial]=pallets/clinical-trial
)
selected=("$@")
[ ${#selected[@]} -gt 0 ] || selected=("${!pallets[@]}")

"$HEALTHCHAIN_ROOT/scripts/build.sh"

step "building the runtime WASM with runtime-benchmarks"
cargo build --locked -p healthchain-runtime --features runtime-benchmarks
wasm_dir="$CARGO_TARGET_DIR/debug/wbuild/healthchain-runtime"
bench_wasm="$CARGO_TARGET_DIR/healthchain_runtime.benchmarks.wasm"
cp "$wasm_dir/healthchain_runtime.wasm" "$bench_wasm"

for pallet in "${selected[@]}"; do
	dir="${pallets[$pallet]:-}"
	if [ -z "$dir" ]; then
		echo "unknown pallet $pallet (known: ${!pallets[*]})" >&2
		exit 1
	fi
	step "benchmarking $pallet → $dir/src/weights.rs"
	"$HEALTHCHAIN_NODE_BIN" benchmark pallet \
		--runtime "$bench_wasm" \
		--genesis-builder runtime \
		--pallet "$pallet" \
		--extrinsic '*' \
		--steps 50 \
		--repeat 20 \
		--heap-pages 4096 \
		--header "$HEALTHCHAIN_ROOT/scripts/weights-header.txt" \
		--template "$HEALTHCHAIN_ROOT/scripts/weights-template.hbs" \
		--output "$dir/src/weights.rs"
done

step "restoring the normal runtime WASM"
touch runtime/build.rs
"$HEALTHCHAIN_ROOT/scripts/build.sh"
