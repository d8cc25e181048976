#!/usr/bin/env bash
# Builds the Debian package from a clean tree: installs what is missing, configures a release
# build without the tests in build-deb/, and writes pinedesk_<version>_<arch>.deb into out/ (or
# the folder given). Usage: packaging/deb.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out_dir=$(mkdir -p "${1:-out}" && cd "${1:-out}" && pwd)
bash packaging/deps.sh run
cmake -S . -B build-deb -G Ninja -DCMAKE_BUILD_TYPE=Release -DPINEDESK_BUILD_TESTS=OFF >/dev/null
cmake --build build-deb --parallel "$(nproc)"
cmake --build build-deb --target package
cp build-deb/pinedesk_*.deb "$out_dir/"
ls "$out_dir"/pinedesk_*.deb
