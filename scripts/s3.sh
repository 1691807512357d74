#!/usr/bin/env bash
# A private, throw-away S3-compatible object store for the record gateway's tests: moto's
# server (PyPI `moto[server]`, in a virtual environment under ~/.cache/healthchain/s3, installed
# once), on 127.0.0.1 and a free port, its objects in memory, with one bucket made.
#
#   scripts/s3.sh start DIR BUCKET   # starts it (pid and log in DIR), makes BUCKET, prints its endpoint
#   scripts/s3.sh stop DIR           # stops it
#
# Clients use any access key; AWS_ALLOW_HTTP=true, since it speaks plain HTTP.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command="${1:-}"
dir="${2:-}"
usage() {
	echo "usage: scripts/s3.sh start DIR BUCKET | stop DIR" >&2
	exit 2
}
[ -n "$command" ] && [ -n "$dir" ] || usage

venv="${HEALTHCHAIN_S3_VENV:-$HOME/.cache/healthchain/s3/venv}"
moto_version=5.2.5

case "$command" in
start)
	bucket="${3:-}"
	[ -n "$bucket" ] || usage
	if ! "$venv/bin/python" -c "import moto, flask; assert moto.__version__ == '$moto_version'" 2>/dev/null; then
		python3 -m venv "$venv" >&2
		"$venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$moto_version" >&2
	fi
	mkdir -p "$dir"
	port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
	"$venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$dir/s3.log" 2>&1 &
	echo $! >"$dir/s3.pid"
	endpoint="http://127.0.0.1:$port"
	for _ in $(seq 1 100); do
		curl -s -o /dev/null "$endpoint/" && break
		sleep 0.2
	done
	# moto accepts unsigned requests: a plain PUT makes the bucket.
	curl -sf -X PUT "$endpoint/$bucket" >/dev/null || {
		echo "s3.sh: the server at $endpoint did not make bucket $bucket (log: $dir/s3.log)" >&2
		exit 1
	}
	echo "$endpoint"
	;;
stop)
	if [ -f "$dir/s3.pid" ]; then
		kill "$(cat "$dir/s3.pid")" 2>/dev/null || true
		rm -f "$dir/s3.pid"
	fi
	;;
*) usage ;;
esac
