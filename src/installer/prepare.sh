#!/usr/bin/env bash
# Prepares what jpackage needs for `mvn -Pinstaller package` (pom.xml, profile "installer"):
#   prepare.sh TYPE TARGET_DIR ICON_SVG JPACKAGE
# checks the tools TYPE needs, stages the jar alone in TARGET_DIR/installer/input (jpackage copies the whole
# input folder), makes the icon PNG from ICON_SVG, writes the file-association properties and copies the
# package resources (desktop entry, postinst/prerm adding /usr/bin/claimscape) into TARGET_DIR/installer/resources.
set -euo pipefail

type=$1 target=$2 svg=$3 jpackage=$4
here=$(cd "$(dirname "$0")" && pwd)
work=$target/installer

fail() {
    echo "installer: $*" >&2
    exit 1
}
need() { # need TOOL HOW-TO-GET-IT
    command -v "$1" >/dev/null 2>&1 || fail "'$1' is needed to build a $type package and is not on the PATH; $2"
}

[ -x "$jpackage" ] || fail "no jpackage at $jpackage: build with a full JDK 17 or later (JAVA_HOME), not a JRE"
[ -f "$target/claimscape.jar" ] || fail "no $target/claimscape.jar: run the package phase (mvn -Pinstaller package)"
case "$type" in
    deb) need dpkg-deb "install it with: sudo apt-get install dpkg"
         need fakeroot "install it with: sudo apt-get install fakeroot" ;;
    rpm) need rpmbuild "install it with: sudo dnf install rpm-build (or apt-get install rpm)" ;;
    msi|exe) need candle "install WiX 3 (https://wixtoolset.org) and put its bin folder on the PATH"
             need light "install WiX 3 (https://wixtoolset.org) and put its bin folder on the PATH" ;;
    dmg|pkg|app-image) ;;
    *) fail "unknown installer.type '$type': use deb, rpm, msi, exe, dmg, pkg or app-image" ;;
esac

rm -rf "$work"
mkdir -p "$work/input" "$work/resources" "$work/out"
cp "$target/claimscape.jar" "$work/input/"

cat > "$work/claimscape-workspace.properties" <<'P'
mime-type=application/x-claimscape
extension=claimscape
description=Claimscape workspace
P
cat > "$work/geojson.properties" <<'P'
mime-type=application/geo+json
extension=geojson
description=GeoJSON map layer
P

# The options of this type and system, as jpackage argument files (pom.xml passes @package.args, @app-image.args).
base=$(cd "$here/../.." && pwd)
common=(--vendor Claimscape --copyright "Copyright (C) Claimscape contributors, GPL-3.0-or-later")
pkg=(--license-file "$base/LICENSE"
     --file-associations "$work/claimscape-workspace.properties" --file-associations "$work/geojson.properties")
case "$(uname -s)" in
    Linux)
        cp "$here"/linux/* "$work/resources/"
        # The icon: a PNG on Linux (jpackage wants .ico on Windows and .icns on macOS; those use jpackage's default).
        if command -v rsvg-convert >/dev/null 2>&1; then
            rsvg-convert -w 256 -h 256 "$svg" -o "$work/claimscape.png"
        elif command -v convert >/dev/null 2>&1; then
            convert -background none -density 1200 "$svg" -resize 256x256 "$work/claimscape.png"
        else
            fail "'rsvg-convert' or ImageMagick 'convert' is needed to make the icon from $svg; install one with: sudo apt-get install librsvg2-bin (or imagemagick)"
        fi
        echo "icon=$work/claimscape.png" >> "$work/claimscape-workspace.properties"
        echo "icon=$work/claimscape.png" >> "$work/geojson.properties"
        common+=(--icon "$work/claimscape.png")
        pkg+=(--resource-dir "$work/resources" --linux-shortcut --linux-menu-group "Education;Science;Geography;"
              --linux-app-category science --linux-package-name claimscape) ;;
    Darwin)
        pkg+=(--mac-package-name Claimscape) ;;
    MINGW*|MSYS*|CYGWIN*)
        pkg+=(--win-menu --win-menu-group Claimscape --win-shortcut --win-dir-chooser) ;;
esac
[ "$type" = app-image ] && pkg=()
to_native() { if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else printf '%s' "$1"; fi; }
quote() { for a in "$@"; do case "$a" in /*) a=$(to_native "$a") ;; esac; printf '"%s"\n' "$a"; done; }
quote "${common[@]}" "${pkg[@]}" > "$work/package.args"
quote "${common[@]}" > "$work/app-image.args"
echo "installer: staged $work (type $type)"
