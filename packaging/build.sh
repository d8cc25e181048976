#!/usr/bin/env bash
# Configures (once) and builds PineDesk into build/. Incremental: fast when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${PINEDESK_BUILD_DIR:-build}
if [[ ! -f "$build_dir/build.ninja" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)"
