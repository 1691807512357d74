#!/usr/bin/env bash
# Runs the runtime's call-sequence fuzzer (runtime/tests/fuzz.rs) on the build scripts/build.sh
# makes: random sequences of signed, governance and balance calls applied block by block to the
# native runtime, with every pallet's try_state and the cross-pallet invariants checked after
# every block. The short run with fixed seeds is part of scripts/test.sh (cargo test).
#
#   scripts/fuzz.sh                  # fresh seeds for 30 minutes
#   scripts/fuzz.sh --minutes 120    # ... for two hours
#   scripts/fuzz.sh --seed 1234      # replays one seed, as a failure prints it
#
# Options: --blocks N (blocks per seed, 30 by default), --calls-per-block N (20). A long run
# prints calls per second as it goes, then how often each call was tried and succeeded. On a
# failure it prints the seed, block and call, and the command that replays it; the exit status
# is then non-zero.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

minutes=30
seed=""
while [ $# -gt 0 ]; do
	case "$1" in
	--minutes) minutes="${2:?--minutes needs a number}"; shift 2 ;;
	--seed) seed="${2:?--seed needs a number}"; shift 2 ;;
	--blocks) export HEALTHCHAIN_FUZZ_BLOCKS="${2:?--blocks needs a number}"; shift 2 ;;
	--calls-per-block) export HEALTHCHAIN_FUZZ_CALLS_PER_BLOCK="${2:?--calls-per-block needs a number}"; shift 2 ;;
	-h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "unknown argument $1 (known: --minutes N, --seed S, --blocks N, --calls-per-block N)" >&2; exit 2 ;;
	esac
done
if ! [[ "$minutes" =~ ^[0-9]+$ ]] || [ "$minutes" -eq 0 ]; then
	echo "scripts/fuzz.sh: --minutes wants a whole number of minutes, not $minutes" >&2
	exit 2
fi
if [ -n "$seed" ] && ! [[ "$seed" =~ ^[0-9]+$ ]]; then
	echo "scripts/fuzz.sh: --seed wants the decimal seed a failure printed, not $seed" >&2
	exit 2
fi

"$HEALTHCHAIN_ROOT/scripts/build.sh"

# `--workspace --profile dev`: the feature set and profile of the build above, so that cargo
# reuses its test binary instead of rebuilding (see scripts/test.sh).
fuzz_test=(cargo test --locked --workspace --profile dev --test fuzz --)
if [ -n "$seed" ]; then
	step "replaying seed $seed"
	HEALTHCHAIN_FUZZ_SEEDS="$seed" "${fuzz_test[@]}" --exact fuzz_fixed_seeds --nocapture
else
	step "fuzzing the runtime for $minutes min (fresh seeds; the seed of any failure is printed)"
	HEALTHCHAIN_FUZZ_MINUTES="$minutes" "${fuzz_test[@]}" --ignored --exact fuzz_for_minutes --nocapture
fi
