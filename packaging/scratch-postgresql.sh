#!/usr/bin/env bash
# Sourced by test-session.sh: starts a throw-away PostgreSQL cluster (Debian's postgresql
# package) in a temporary folder, on a free loopback port, as a non-root user, and exports its
# address as PINEDESK_TEST_POSTGRESQL. No cluster of the machine is touched. scratch_pg_stop
# stops it and removes the folder. When it cannot start, it says why; the PostgreSQL tests then
# fail with that reason.

scratch_pg_start() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
        echo "scratch PostgreSQL: initdb not found (install the postgresql package)" >&2
        return 1
    fi
    scratch_pg_dir=$(mktemp -d "${TMPDIR:-/tmp}/pinedesk-pg.XXXXXX")
    local as_user=()
    if [[ $(id -u) -eq 0 ]]; then
        # PostgreSQL refuses to run as root; Debian's package creates the postgres user.
        chown postgres: "$scratch_pg_dir"
        as_user=(runuser -u postgres --)
    fi
    scratch_pg_as=("${as_user[@]}")
    scratch_pg_bin=$bin
    local port
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    if ! "${as_user[@]}" "$bin/initdb" -D "$scratch_pg_dir/data" -U pinedesk_test --auth=trust \
        -E UTF8 --locale=C.UTF-8 >"$scratch_pg_dir/initdb.log" 2>&1; then
        echo "scratch PostgreSQL: initdb failed:" >&2
        cat "$scratch_pg_dir/initdb.log" >&2
        return 1
    fi
    # Durability is not what a scratch cluster is for: no fsync keeps CREATE DATABASE fast.
    if ! "${as_user[@]}" "$bin/pg_ctl" -D "$scratch_pg_dir/data" -l "$scratch_pg_dir/server.log" -w \
        -o "-p $port -k $scratch_pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null; then
        echo "scratch PostgreSQL: the server did not start:" >&2
        cat "$scratch_pg_dir/server.log" >&2
        return 1
    fi
    export PINEDESK_TEST_POSTGRESQL="postgresql://pinedesk_test@127.0.0.1:$port/postgres"
    echo "scratch PostgreSQL: $PINEDESK_TEST_POSTGRESQL" >&2
}

scratch_pg_stop() {
    [[ -n "${scratch_pg_dir:-}" ]] || return 0
    if [[ -f "$scratch_pg_dir/data/postmaster.pid" ]]; then
        "${scratch_pg_as[@]}" "$scratch_pg_bin/pg_ctl" -D "$scratch_pg_dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch_pg_dir"
}
