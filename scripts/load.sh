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
if [ -z "${HEALTHCHAIN_NODE:-}" ]; then
	if [ -x "$HEALTHCHAIN_RELEASE_NODE_BIN" ]; then
		HEALTHCHAIN_NODE="$HEALTHCHAIN_RELEASE_NODE_BIN"
		release_node_current || echo "load.sh: WARNING: the release node at $HEALTHCHAIN_RELEASE_NODE_BIN" \
			"was built from older node or runtime sources than this tree's (scripts/build.sh --release)" >&2
	else
		"$HEALTHCHAIN_ROOT/scripts/build.sh" >/dev/null
		HEALTHCHAIN_NODE="$HEALTHCHAIN_NODE_BIN"
		echo "load.sh: WARNING: no release node at $HEALTHCHAIN_RELEASE_NODE_BIN; measuring the debug node," \
			"whose figures are far below the chain's (scripts/build.sh --release builds the release node)" >&2
	fi
fi
export HEALTHCHAIN_NODE

cd "$HEALTHCHAIN_ROOT/tests/e2e"
npm ci --no-audit --no-fund --loglevel=error >/dev/null
exec node load/load.mjs "$@"
