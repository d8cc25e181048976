#!/usr/bin/env bash
# Builds the Debian package from a built tree, checks it (lintian, the desktop entry, the
# AppStream data), installs it, uses the installed program as a vendor would (--version, a
# headless grant applied on a sandbox, the menu entry's Exec line under Xvfb) and removes it.
# Usage: packaging/deb-test.sh BUILD_DIR. As root the package is installed with apt (and removed
# after); otherwise it is unpacked into a scratch root and run from there.
set -euo pipefail

build=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
app_id=com.pinedesk.PineDesk
scratch=$(mktemp -d)
server_pid=""
installed=0

fail() {
    echo "deb-test: $*" >&2
    exit 1
}

cleanup() {
    [[ -n "$server_pid" ]] && kill "$server_pid" 2>/dev/null || true
    if [[ $installed -eq 1 ]]; then
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq pinedesk >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# Waits up to $1 seconds for the command that follows to succeed, polling.
wait_for() {
    local seconds=$1
    shift
    local deadline=$((SECONDS + seconds))
    until "$@"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[[ -n "$version" ]] || fail "no project version in $build/CMakeCache.txt"

echo "== building the package"
cmake --build "$build" --target package >"$scratch/package.log" 2>&1 ||
    { cat "$scratch/package.log" >&2; fail "the package did not build"; }
deb=$(ls "$build"/pinedesk_"$version"_*.deb 2>/dev/null | head -n 1)
[[ -f "$deb" ]] || fail "no pinedesk_${version}_*.deb in $build"
echo "$(basename "$deb")"

echo "== lintian"
# Errors fail the test; any warning is listed here (none today).
lintian_rc=0
lintian --fail-on error "$deb" >"$scratch/lintian.out" 2>&1 || lintian_rc=$?
grep -v "running with root privileges" "$scratch/lintian.out" || true
[[ $lintian_rc -eq 0 ]] || fail "lintian reports errors"

echo "== contents"
dpkg-deb -x "$deb" "$scratch/root"
for path in usr/bin/pinedesk "usr/share/applications/$app_id.desktop" \
    "usr/share/metainfo/$app_id.metainfo.xml" "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
    "usr/share/icons/hicolor/48x48/apps/$app_id.png" usr/share/man/man1/pinedesk.1.gz \
    usr/lib/systemd/user/pinedesk-serve.service \
    usr/share/doc/pinedesk/copyright usr/share/doc/pinedesk/changelog.gz \
    usr/share/doc/pinedesk/api.yaml.gz; do
    [[ -e "$scratch/root/$path" ]] || fail "the package lacks /$path"
done
desktop-file-validate "$scratch/root/usr/share/applications/$app_id.desktop" ||
    fail "the desktop entry is not valid"
appstreamcli validate --no-net --pedantic "$scratch/root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null ||
    fail "the AppStream data is not valid"
# Every subcommand the program offers is in the man page.
man_text=$(zcat "$scratch/root/usr/share/man/man1/pinedesk.1.gz" | sed 's/\\-/-/g')
for command in demo-data sandbox tv session grant extend revoke sync queue reconcile import \
    backup backups restore serve webhooks indicators plans products api-key remind mail channels report; do
    grep -q "^\.SS \"$command" <<<"$man_text" ||
        fail "the man page does not cover '$command'"
done

echo "== installing"
if [[ $(id -u) -eq 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq --no-install-recommends "$deb" >"$scratch/apt.log" 2>&1 ||
        { cat "$scratch/apt.log" >&2; fail "the package does not install"; }
    installed=1
    exe=/usr/bin/pinedesk
    desktop=/usr/share/applications/$app_id.desktop
else
    echo "(not root: running from the unpacked package)"
    exe=$scratch/root/usr/bin/pinedesk
    desktop=$scratch/root/usr/share/applications/$app_id.desktop
fi

export HOME=$scratch/home LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_RUNTIME_DIR=$scratch/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM

echo "== pinedesk --version"
shown=$("$exe" --version)
echo "$shown"
[[ "$shown" == *"$version"* ]] || fail "--version says '$shown', not $version"

echo "== a headless grant applied on the sandbox"
"$exe" sandbox serve --port 0 --session deb-token --users 20 --scripts 1 >"$scratch/server.out" 2>&1 &
server_pid=$!
wait_for 20 grep -q "listening on " "$scratch/server.out" || { cat "$scratch/server.out" >&2; fail "the sandbox did not start"; }
base_url=$(sed -n 's/^listening on //p' "$scratch/server.out")
pine=$(sed -n 's/^script: \([^ ]*\) .*/\1/p' "$scratch/server.out" | head -n 1)
[[ -n "$pine" ]] || fail "the sandbox named no script"
db=$scratch/vendor.sqlite
export PINEDESK_TV_SESSION=sessionid=deb-token
"$exe" --db "$db" --base-url "$base_url" grant --users trader00003 --indicator "$pine" --duration 30D
"$exe" --db "$db" --base-url "$base_url" sync --until-idle --quiet || fail "sync did not apply the grant"
"$exe" --base-url "$base_url" tv list "$pine" | grep -q trader00003 ||
    fail "TradingView (the sandbox) does not list the granted user"
unset PINEDESK_TV_SESSION

echo "== the menu entry under Xvfb"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -n 1)
[[ -n "$exec_line" ]] || fail "the desktop entry has no Exec line"
# Exec names the program on PATH; when unpacked, that is the unpacked one.
[[ $installed -eq 1 ]] || exec_line="$scratch/root/usr/bin/$exec_line"
cat >"$scratch/menu.sh" <<EOF
#!/usr/bin/env bash
$exec_line --sandbox &
app=\$!
deadline=\$((SECONDS + 30))
until xwininfo -root -tree | grep -q '"PineDesk'; do
    if ! kill -0 \$app 2>/dev/null || ((SECONDS >= deadline)); then
        echo "no PineDesk window appeared" >&2
        exit 1
    fi
    sleep 0.2
done
kill \$app
wait \$app || true
EOF
chmod +x "$scratch/menu.sh"
xvfb-run -a -s "-screen 0 1366x768x24" "$scratch/menu.sh" || fail "the menu entry does not start PineDesk"
echo "PineDesk's window appeared"

if [[ $installed -eq 1 ]]; then
    echo "== removing"
    apt-get remove -y -qq pinedesk >/dev/null 2>&1 || fail "the package does not remove"
    installed=0
    [[ ! -e /usr/bin/pinedesk && ! -e "/usr/share/applications/$app_id.desktop" ]] ||
        fail "files stayed after removal"
    [[ "$(dpkg-query -W -f='${Status}' pinedesk 2>/dev/null || true)" != "install ok installed" ]] ||
        fail "dpkg still lists pinedesk as installed"
fi
echo "deb-test: the package builds, installs, works and removes cleanly"
