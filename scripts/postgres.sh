#!/usr/bin/env bash
# A private, throw-away PostgreSQL server for the record gateway's tests: its own data
# directory and port, trust authentication on 127.0.0.1 only, nothing shared with a system
# cluster.
#
#   scripts/postgres.sh start DIR   # initialises DIR (if new), starts the server, prints its URL
#   scripts/postgres.sh stop DIR    # stops it
#
# As root it runs the server as the `postgres` user (PostgreSQL refuses to run as root).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command="${1:-}"
dir="${2:-}"
[ -n "$command" ] && [ -n "$dir" ] || {
	echo "usage: scripts/postgres.sh start|stop DIR" >&2
	exit 2
}

# The server's binaries: Debian keeps them under /usr/lib/postgresql/<version>/bin.
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bin/pg_ctl" ] || {
	echo "postgres.sh: no PostgreSQL server installed (scripts/setup.sh installs Debian's postgresql)" >&2
	exit 1
}
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
	as_owner=(runuser -u postgres --)
fi

case "$command" in
start)
	mkdir -p "$dir"
	if [ "$(id -u)" -eq 0 ]; then
		chown postgres "$dir"
	fi
	if [ ! -f "$dir/data/PG_VERSION" ]; then
		"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -A trust -U healthchain >"$dir/initdb.log" 2>&1
	fi
	port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
	"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
		-o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
	echo "postgres://healthchain@127.0.0.1:$port/postgres"
	;;
stop)
	if [ -f "$dir/data/postmaster.pid" ]; then
		"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
	fi
	;;
*)
	echo "usage: scripts/postgres.sh start|stop DIR" >&2
	exit 2
	;;
esac
