#!/usr/bin/env bash
# Builds a release and gathers it in one folder ($HEALTHCHAIN_RELEASE_DIR, by default
# ./release): the production `healthchain-node`, the runtime's compressed WASM (what a
# runtime upgrade submits) and its BLAKE2-256 code hash (what the council authorises with
# `system.authorizeUpgrade`), with a SHA256SUMS file. Prints what it wrote.
#
#   scripts/release.sh
#
# Operators check a binary they were given against the code hash the council authorised:
# `healthchain-node export-genesis-wasm` is the genesis runtime; the upgrade's WASM is the
# file here, and `b2sum -l 256` of it must equal the authorised hash.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$HEALTHCHAIN_ROOT"

"$HEALTHCHAIN_ROOT/scripts/setup.sh" >/dev/null
"$HEALTHCHAIN_ROOT/scripts/build.sh" --release

wasm="$CARGO_TARGET_DIR/production/wbuild/healthchain-runtime/healthchain_runtime.compact.compressed.wasm"
[ -f "$wasm" ] || { echo "release.sh: no runtime WASM at $wasm (was SKIP_WASM_BUILD set?)" >&2; exit 1; }

step "gathering the release in $HEALTHCHAIN_RELEASE_DIR"
mkdir -p "$HEALTHCHAIN_RELEASE_DIR"
cp "$HEALTHCHAIN_RELEASE_NODE_BIN" "$HEALTHCHAIN_RELEASE_DIR/healthchain-node"
cp "$wasm" "$HEALTHCHAIN_RELEASE_DIR/healthchain_runtime.compact.compressed.wasm"
# BLAKE2b with a 32-byte digest is Substrate's blake2_256, the runtime's code hash.
code_hash="0x$(b2sum -l 256 "$HEALTHCHAIN_RELEASE_DIR/healthchain_runtime.compact.compressed.wasm" | cut -d' ' -f1)"
echo "$code_hash" >"$HEALTHCHAIN_RELEASE_DIR/healthchain_runtime.code-hash"
"$HEALTHCHAIN_RELEASE_DIR/healthchain-node" --version >"$HEALTHCHAIN_RELEASE_DIR/VERSION"
(cd "$HEALTHCHAIN_RELEASE_DIR" &&
	sha256sum healthchain-node healthchain_runtime.compact.compressed.wasm >SHA256SUMS &&
	# What an operator given the folder runs (docs/OPERATING.md, section 2).
	sha256sum -c SHA256SUMS)

echo
echo "node:          $HEALTHCHAIN_RELEASE_DIR/healthchain-node ($(cat "$HEALTHCHAIN_RELEASE_DIR/VERSION"))"
echo "runtime:       $HEALTHCHAIN_RELEASE_DIR/healthchain_runtime.compact.compressed.wasm ($(stat -c %s "$HEALTHCHAIN_RELEASE_DIR/healthchain_runtime.compact.compressed.wasm") bytes)"
echo "code hash:     $code_hash (BLAKE2-256 of the compressed WASM; what system.authorizeUpgrade takes)"
echo "checksums:     $HEALTHCHAIN_RELEASE_DIR/SHA256SUMS"
