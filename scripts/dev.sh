#!/usr/bin/env bash
# Builds and starts healthchain-node in standalone development mode: no relay chain, a block
# every 6 s, the demo consortium in genesis, JSON-RPC and WebSocket on 127.0.0.1:9944.
# Arguments go to the node, e.g. `scripts/dev.sh --instant-seal` or `--base-path <dir>` to
# keep the chain across restarts (without it the chain lives in a temporary directory).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$HEALTHCHAIN_ROOT/scripts/setup.sh"
"$HEALTHCHAIN_ROOT/scripts/build.sh"

step "starting healthchain-node --dev on ws://127.0.0.1:9944 (Ctrl-C stops it)"
exec "$HEALTHCHAIN_NODE_BIN" --dev --rpc-port 9944 "$@"
