#!/usr/bin/env bash
# Installs the Debian 12 packages PineDesk needs and are missing; does nothing when all are
# there. Usage: packaging/deps.sh run|test
set -euo pipefail

build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qtkeychain-qt6-dev libgl-dev qt6-httpserver-dev qt6-websockets-dev
    librsvg2-bin dpkg-dev libcurl4-openssl-dev
)
run_packages=(qt6-qpa-plugins libqt6svg6 fonts-dejavu-core)
# Tests run offscreen, keychain tests need a private D-Bus session with gnome-keyring, and the
# e-mail tests a local SMTP server (aiosmtpd, started by the tests themselves). The
# package test checks the .deb (lintian, desktop entry, AppStream), installs it (its
# dependencies are already here) and starts its menu entry under Xvfb. The PDF reports are
# read back with poppler's pdfinfo, pdftotext and pdfimages. The team-database tests run on a
# scratch PostgreSQL cluster (packaging/scratch-postgresql.sh).
test_packages=(dbus dbus-x11 gnome-keyring libsecret-tools xauth python3-aiosmtpd
    lintian desktop-file-utils appstream xvfb x11-utils hicolor-icon-theme poppler-utils
    postgresql)

case "${1:-run}" in
    run) wanted=("${build_packages[@]}" "${run_packages[@]}") ;;
    test) wanted=("${build_packages[@]}" "${run_packages[@]}" "${test_packages[@]}") ;;
    *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "PineDesk: installing ${missing[*]}" >&2
as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
