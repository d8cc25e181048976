#!/usr/bin/env bash
# The README's first command: install what is missing, build, and start PineDesk.
# Extra arguments go to pinedesk (e.g. --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/deps.sh run
bash packaging/build.sh
exec "${PINEDESK_BUILD_DIR:-build}/app/pinedesk" "$@"
