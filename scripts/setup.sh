#!/usr/bin/env bash
# Installs what building and testing Healthchain needs, idempotently: Debian packages,
# the Rust toolchain's WASM target and components, Node.js for the end-to-end tests and
# PostgreSQL for the record gateway's tests; with --tests, also Chromium, in which the end-to-end
# suite drives the gateway's web viewer, and Python's venv, in which scripts/s3.sh installs an
# S3-compatible server for the gateway's tests (scripts/test.sh passes it).
# Safe to run again and again; it only installs what is missing.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

apt_packages=(protobuf-compiler clang libclang-dev pkg-config libssl-dev openssl make git curl nodejs npm postgresql)
[ "${1:-}" = "--tests" ] && apt_packages+=(chromium python3-venv)

missing=()
for package in "${apt_packages[@]}"; do
	dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
		missing+=("$package")
done
# Node.js may come from elsewhere than Debian; any node >= 20 with npm will do.
if command -v node >/dev/null && command -v npm >/dev/null &&
	[ "$(node -p 'process.versions.node.split(".")[0]')" -ge 20 ]; then
	missing=("${missing[@]/nodejs/}")
	missing=("${missing[@]/npm/}")
fi
read -r -a missing <<<"${missing[*]}"

if ((${#missing[@]})); then
	step "installing Debian packages: ${missing[*]}"
	sudo_cmd=()
	[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
	"${sudo_cmd[@]}" apt-get update -qq
	DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ! command -v rustup >/dev/null; then
	echo "rustup is required (https://rustup.rs); install it and run this script again." >&2
	exit 1
fi

# rust-toolchain.toml names the toolchain; make sure it, the WASM target and the components
# are installed.
cd "$HEALTHCHAIN_ROOT"
toolchain="$(sed -n 's/^channel *= *"\(.*\)"/\1/p' rust-toolchain.toml)"
rustup toolchain list | grep -q "^$toolchain" || rustup toolchain install "$toolchain" --profile minimal
rustup target list --installed --toolchain "$toolchain" | grep -qx wasm32v1-none ||
	rustup target add --toolchain "$toolchain" wasm32v1-none
installed_components="$(rustup component list --installed --toolchain "$toolchain")"
for component in rust-src clippy rustfmt; do
	grep -q "^$component" <<<"$installed_components" ||
		rustup component add --toolchain "$toolchain" "$component"
done

# The end-to-end tests use Node's test runner as it is in Node 20.
if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
	echo "Node.js >= 20 is required for the end-to-end tests (found: $(node --version 2>/dev/null || echo none))." >&2
	exit 1
fi

mkdir -p "$CARGO_TARGET_DIR"
echo "setup: ready (CARGO_TARGET_DIR=$CARGO_TARGET_DIR)"
