#!/usr/bin/env bash
# The README's second command: install what is missing, build, and run the whole test suite
# headless (offscreen Qt, a private D-Bus session with an unlocked gnome-keyring).
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/deps.sh test
bash packaging/build.sh
export QT_QPA_PLATFORM=offscreen
exec dbus-run-session -- bash packaging/test-session.sh \
    ctest --test-dir "${PINEDESK_BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)"
