#!/usr/bin/env bash
# Generates the runtime's weights with the release node (`scripts/build.sh --release`, the
# `production` profile): each pallet's `weights.rs`, the runtime's base weights (`benchmark
# overhead`: `BlockExecutionWeight`, `ExtrinsicBaseWeight`), and first a `benchmark machine`
# report of this machine against Substrate's reference hardware.
#
#   scripts/benchmark.sh                       # everything below
#   scripts/benchmark.sh pallet_consent ...    # only these pallets (no overhead, no machine)
#   scripts/benchmark.sh --overhead            # only the base weights (may follow pallets)
#
# The benchmarks run in a runtime WASM built with the `runtime-benchmarks` feature (the node is
# built without it: the host code that storage, tries and hashing run on is what the release
# profile changes). That WASM shares its path in the target directory with the normal one, so
# afterwards the normal dev build is restored; `benchmark overhead` then measures that normal
# runtime. Figures and the machine's report go to $CARGO_TARGET_DIR/benchmarks/ as well;
# docs/PERFORMANCE.md quotes them.
#
# HEALTHCHAIN_BENCHMARK_NODE=PATH uses that (release) node instead of building one: the
# benchmarks run the runtime given to them, so a release node of an older runtime, with this
# tree's host code (the same Cargo.lock versions of the SDK), measures this tree exactly.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

# pallet → the weights file it generates. Healthchain's pallets use scripts/weights-template.hbs
# (their own WeightInfo traits); the SDK pallets the runtime configures with generated weights
# use the CLI's built-in template (an impl of the pallet's WeightInfo in runtime/src/weights/).
declare -A outputs=(
	[pallet_organizations]=pallets/organizations/src/weights.rs
	[pallet_ehr_anchor]=pallets/ehr-anchor/src/weights.rs
	[pallet_consent]=pallets/consent/src/weights.rs
	[pallet_drug_trace]=pallets/drug-trace/src/weights.rs
	[pallet_clinical_trial]=pallets/clinical-trial/src/weights.rs
	[frame_system]=runtime/src/weights/frame_system.rs
	[pallet_balances]=runtime/src/weights/pallet_balances.rs
)
overhead=1
machine=1
selected=()
overhead_asked=0
for arg in "$@"; do
	case "$arg" in
	--overhead) overhead_asked=1 ;;
	*)
		[ -n "${outputs[$arg]:-}" ] || { echo "unknown pallet $arg (known: ${!outputs[*]})" >&2; exit 1; }
		selected+=("$arg") ;;
	esac
done
if [ $# -eq 0 ]; then
	selected=("${!outputs[@]}")
else
	# Only what was named: the listed pallets, the base weights if --overhead was given.
	machine=0
	overhead=$overhead_asked
fi

if [ -n "${HEALTHCHAIN_BENCHMARK_NODE:-}" ]; then
	node="$HEALTHCHAIN_BENCHMARK_NODE"
else
	"$HEALTHCHAIN_ROOT/scripts/build.sh" --release
	node="$HEALTHCHAIN_RELEASE_NODE_BIN"
fi
step "benchmarking with $node ($("$node" --version))"
report_dir="$CARGO_TARGET_DIR/benchmarks"
mkdir -p "$report_dir"

if [ "$machine" -eq 1 ]; then
	step "benchmark machine (this machine against Substrate's reference hardware)"
	scratch="$(mktemp -d)"
	# --allow-fail: a machine below the reference is a figure to report, not a reason to stop.
	"$node" benchmark machine --base-path "$scratch" --allow-fail 2>&1 | tee "$report_dir/machine.txt"
	rm -rf "$scratch"
fi

if [ ${#selected[@]} -gt 0 ]; then
	step "building the runtime WASM with runtime-benchmarks"
	cargo build --locked -p healthchain-runtime --features runtime-benchmarks
	bench_wasm="$CARGO_TARGET_DIR/healthchain_runtime.benchmarks.wasm"
	cp "$CARGO_TARGET_DIR/debug/wbuild/healthchain-runtime/healthchain_runtime.wasm" "$bench_wasm"

	for pallet in "${selected[@]}"; do
		output="${outputs[$pallet]}"
		template=()
		case "$pallet" in
		pallet_organizations | pallet_ehr_anchor | pallet_consent | pallet_drug_trace | pallet_clinical_trial)
			template=(--template "$HEALTHCHAIN_ROOT/scripts/weights-template.hbs") ;;
		esac
		step "benchmarking $pallet → $output"
		mkdir -p "$(dirname "$output")"
		"$node" benchmark pallet \
			--runtime "$bench_wasm" \
			--genesis-builder runtime \
			--pallet "$pallet" \
			--extrinsic '*' \
			--wasm-execution compiled \
			--steps 50 \
			--repeat 20 \
			--heap-pages 4096 \
			--header "$HEALTHCHAIN_ROOT/scripts/weights-header.txt" \
			"${template[@]}" \
			--output "$output" 2>&1 | tee "$report_dir/$pallet.txt"
	done
fi

if [ ${#selected[@]} -gt 0 ]; then
	step "restoring the normal runtime WASM (the dev build)"
	touch runtime/build.rs
	"$HEALTHCHAIN_ROOT/scripts/build.sh"
elif [ "$overhead" -eq 1 ]; then
	"$HEALTHCHAIN_ROOT/scripts/build.sh"
fi

if [ "$overhead" -eq 1 ]; then
	# The normal runtime: base weights are what every block and extrinsic costs on the chain,
	# not in the benchmarking build.
	# (The dev build's WASM is built optimised but not compacted: the same code.)
	wasm="$CARGO_TARGET_DIR/debug/wbuild/healthchain-runtime/healthchain_runtime.wasm"
	step "benchmark overhead → runtime/src/weights/{block,extrinsic}_weights.rs"
	mkdir -p runtime/src/weights
	"$node" benchmark overhead \
		--runtime "$wasm" \
		--genesis-builder runtime \
		--genesis-builder-preset development \
		--para-id 2000 \
		--wasm-execution compiled \
		--header "$HEALTHCHAIN_ROOT/scripts/weights-header.txt" \
		--weight-path runtime/src/weights 2>&1 | tee "$report_dir/overhead.txt"
fi
