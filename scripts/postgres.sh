#!/usr/bin/env bash
# The tests' PostgreSQL: a throw-away cluster on loopback, created, started and removed by the test command, so no
# server is assumed to be running. (The team's own deployment uses a real server: see the README.)
#
#   scripts/postgres.sh start DIR   installs Debian's postgresql when missing, creates a cluster in DIR owned by an
#                                   unprivileged user, starts it on a free loopback port and prints its URL (stdout)
#   scripts/postgres.sh url DIR     prints the URL of the cluster running in DIR, or exits 1
#   scripts/postgres.sh stop DIR    stops it (if running) and removes DIR
#
# The cluster's files are in DIR/data. When the server's user cannot write DIR (say a checkout it cannot traverse)
# or DIR's path is too long for a Unix socket, they go to a mktemp folder under /tmp instead, DIR/data being a link
# to it; no permission of the caller's folders is changed.
set -euo pipefail
command=${1:-}
dir=${2:-}
usage() { echo "usage: $0 start|url|stop DIR" >&2; exit 2; }
[ -n "$command" ] && [ -n "$dir" ] || usage
fail() { echo "postgres: $*" >&2; exit 1; }
dir=$(realpath -m -- "$dir")
# pg_ctl is given the real path: the server's user may not be able to follow DIR/data through DIR's parents.
data() { realpath -m -- "$dir/data"; }

# The server refuses to run as root: as root, run it as Debian's postgres user (or nobody).
owner=$(id -un)
if [ "$(id -u)" = 0 ]; then owner=$(getent passwd postgres >/dev/null && echo postgres || echo nobody); fi
as_owner() { (cd / && if [ "$(id -u)" = 0 ]; then runuser -u "$owner" -- "$@"; else "$@"; fi); }
find_bin() { bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true); }
running() { [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ] && [ -f "$dir/url" ] \
  && as_owner "$bin/pg_ctl" -D "$(data)" status >/dev/null 2>&1; }
free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
    && return
  local port
  for port in $(seq 55432 55999); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}
# Stops the server of DIR if one runs; if pg_ctl cannot, stops the postmaster of postmaster.pid if it is this cluster's.
stop_server() {
  [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ] || return 0
  as_owner "$bin/pg_ctl" -D "$(data)" -m fast -w stop >/dev/null 2>&1 && return 0
  local pid cmd
  pid=$(head -1 "$dir/data/postmaster.pid")
  cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null || true)
  [[ "$cmd" == *"-D $(data) "* ]] || return 0
  kill -INT "$pid"
  for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
}
# Removes DIR, and the folder under /tmp its data links to, but refuses a DIR that is not one of ours.
remove() {
  [ -e "$dir" ] || return 0
  if [ -n "$(ls -A "$dir")" ] && [ ! -e "$dir/data" ] && [ ! -L "$dir/data" ] && [ ! -e "$dir/url" ]; then
    fail "$dir is not a cluster folder (no data or url in it); left alone"
  fi
  if [ -L "$dir/data" ]; then
    local root; root=$(dirname "$(readlink "$dir/data")")
    case "$root" in /tmp/fazhi-postgres.*) rm -rf "$root" ;; esac
  fi
  rm -rf "$dir"
}

find_bin
case "$command" in
  start)
    if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
      echo "postgres: installing Debian's postgresql" >&2
      { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null \
        || fail "could not install Debian's postgresql"
      find_bin
      [ -n "$bin" ] && [ -x "$bin/initdb" ] || fail "no initdb under /usr/lib/postgresql/*/bin after installing"
      if [ "$(id -u)" = 0 ]; then owner=$(getent passwd postgres >/dev/null && echo postgres || echo nobody); fi
    fi
    if running; then cat "$dir/url"; exit 0; fi
    stop_server
    remove
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown "$owner" "$dir"; fi
    root=$dir
    if ! as_owner test -w "$dir" -a -x "$dir" || [ ${#dir} -gt 80 ]; then
      root=$(mktemp -d /tmp/fazhi-postgres.XXXXXX)
      if [ "$(id -u)" = 0 ]; then chown "$owner" "$root"; fi
      ln -s "$root/data" "$dir/data"
    fi
    echo "postgres: creating a cluster in $root/data as $owner" >&2
    as_owner "$bin/initdb" -D "$root/data" -U fazhi --auth=trust -E UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
      || as_owner "$bin/initdb" -D "$root/data" -U fazhi --auth=trust -E UTF8 --locale=C >"$root/initdb.log" 2>&1 \
      || { tail -n 20 "$root/initdb.log" >&2; fail "initdb failed (log: $root/initdb.log)"; }
    # The port is free when chosen but could be taken before the server binds it: try a few.
    for attempt in 1 2 3; do
      port=$(free_port) || fail "no free TCP port on 127.0.0.1"
      as_owner "$bin/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 \
-p $port -k $root -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >"$root/pg_ctl.log" 2>&1 && break
      if [ "$attempt" = 3 ]; then
        tail -n 20 "$root/pg_ctl.log" "$root/server.log" >&2 || true
        fail "the server did not start (log: $root/server.log)"
      fi
    done
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U fazhi fazhi \
      || { tail -n 20 "$root/server.log" >&2; fail "could not create the database fazhi"; }
    echo "postgres://fazhi@127.0.0.1:$port/fazhi" > "$dir/url"
    echo "postgres: running on 127.0.0.1:$port" >&2
    cat "$dir/url"
    ;;
  url)
    running || { echo "postgres: no cluster running in $dir" >&2; exit 1; }
    cat "$dir/url"
    ;;
  stop)
    stop_server
    remove
    ;;
  *) usage ;;
esac
