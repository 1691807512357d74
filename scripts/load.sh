#!/usr/bin/env bash
# The load generator (tests/e2e/load/load.mjs): starts a `healthchain-node --dev`, pre-signs
# enough transactions of each kind to fill blocks for at least 60 s of chain time, submits them,
# and prints per block and per kind what was included, against the capacity computed from the
# weights the runtime charges.
#
#   scripts/load.sh                                   # remark, transfer, anchor, grant; 60 s each
#   scripts/load.sh --kinds anchor --seconds 120      # one kind, longer
#   scripts/load.sh --json /tmp/load.json             # also write the figures as JSON
#
# It runs the release node (`scripts/build.sh --release`) when it is built, otherwise the debug
# node with a warning: a debug node's figures are not the chain's. HEALTHCHAIN_NODE overrides.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$HEALTHCHAIN_ROOT/scripts/setup.sh" >/dev/null
measuring_node load.sh

cd "$HEALTHCHAIN_ROOT/tests/e2e"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
exec node load/load.mjs "$@"
