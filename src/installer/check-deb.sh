#!/usr/bin/env bash
# Checks the .deb that `mvn -Pinstaller package` made (run by `mvn -Pinstaller verify`):
#   check-deb.sh TYPE INSTALLER_DIR LAYER.geojson
# unpacks it into a temporary root (dpkg-deb -x, no root rights needed), runs the launcher headless on a layer
# (exit 0 and the "valid" line), and checks the desktop entry, the maintainer scripts and the app-image archive.
set -euo pipefail

type=$1 dir=$2 layer=$3
if [ "$type" != deb ]; then
    echo "check-deb: installer.type is $type, not deb: nothing to check"
    exit 0
fi
fail() {
    echo "check-deb: FAILED: $*" >&2
    exit 1
}

shopt -s nullglob
debs=("$dir"/out/*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one .deb in $dir/out, found ${#debs[@]}"
deb=${debs[0]}
echo "check-deb: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends

root=$(mktemp -d "${TMPDIR:-/tmp}/claimscape-deb.XXXXXX")
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
dpkg-deb -e "$deb" "$root/DEBIAN"
echo "check-deb: unpacked into $root ($(du -sh "$root/opt/claimscape" | cut -f1) under /opt/claimscape)"

launcher=$root/opt/claimscape/bin/claimscape
[ -x "$launcher" ] || fail "no launcher at /opt/claimscape/bin/claimscape"

# Headless: no display, as on a server or in CI.
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" validate "$layer" 2>&1) || fail "launcher exited $?: $out"
echo "check-deb: claimscape validate $(basename "$layer") -> $out"
grep -q "^$layer: valid, [0-9]* of [0-9]* features sound, 0 errors" <<<"$out" || fail "unexpected output: $out"
env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" --help >/dev/null || fail "claimscape --help failed"

desktop=("$root"/opt/claimscape/lib/*.desktop)
[ ${#desktop[@]} -eq 1 ] || fail "expected one desktop entry in /opt/claimscape/lib, found ${#desktop[@]}"
echo "check-deb: ${desktop[0]#"$root"}:"
sed 's/^/    /' "${desktop[0]}"
grep -qx 'Name=Claimscape' "${desktop[0]}" || fail "desktop entry: no Name=Claimscape"
grep -qx 'Exec=/opt/claimscape/bin/claimscape %F' "${desktop[0]}" || fail "desktop entry: Exec is not the launcher with the files opened (%F)"
icon=$(sed -n 's/^Icon=//p' "${desktop[0]}")
[ -n "$icon" ] && [ -s "$root$icon" ] || fail "desktop entry: Icon '$icon' is not in the package"
grep -q '^MimeType=.*application/x-claimscape' "${desktop[0]}" || fail "desktop entry: no .claimscape MIME type"
grep -q '^MimeType=.*application/geo+json' "${desktop[0]}" || fail "desktop entry: no .geojson MIME type"

grep -q 'ln -sf /opt/claimscape/bin/claimscape /usr/bin/claimscape' "$root/DEBIAN/postinst" \
    || fail "postinst does not link /usr/bin/claimscape"
grep -q 'xdg-desktop-menu install' "$root/DEBIAN/postinst" || fail "postinst does not install the desktop entry"
grep -q 'rm -f /usr/bin/claimscape' "$root/DEBIAN/prerm" || fail "prerm does not remove /usr/bin/claimscape"
grep -q 'xdg-mime' "$root/DEBIAN/postinst" || fail "postinst does not register the MIME types"

tars=("$dir"/out/*-app-image.tar.gz)
[ ${#tars[@]} -eq 1 ] || fail "expected one app-image tar.gz in $dir/out, found ${#tars[@]}"
tar -xzf "${tars[0]}" -C "$root"
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$root/claimscape/bin/claimscape" validate "$layer" 2>&1) \
    || fail "app image launcher exited $?: $out"
echo "check-deb: $(basename "${tars[0]}") ($(du -h "${tars[0]}" | cut -f1)) -> $out"
echo "check-deb: OK"
