#!/usr/bin/env bash
# Runs inside a private D-Bus session (dbus-run-session): starts gnome-keyring's secret service
# with an unlocked login keyring, so QtKeychain tests have a real backend and never touch the
# user's own keyring, and a scratch PostgreSQL cluster for the team-database tests. Then runs the
# given command.
set -euo pipefail
source "$(dirname "$0")/scratch-postgresql.sh"
keyring_home=$(mktemp -d)
trap 'scratch_pg_stop; rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# A throw-away password on stdin creates and unlocks the login keyring.
eval "$(printf 'pinedesk-test' | gnome-keyring-daemon --daemonize --unlock --components=secrets 2>/dev/null)" || true
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)" || true
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
scratch_pg_start || echo "The PostgreSQL tests will fail: no scratch cluster." >&2
"$@"
