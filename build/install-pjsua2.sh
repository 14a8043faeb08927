#!/usr/bin/env bash
# Builds pjsua2 (pjproject's C++ API with its SWIG Java binding) and the company simulator that the system tests
# call, into a cache directory, once.
#
#   build/install-pjsua2.sh              build what is missing, print the cache directory
#   build/install-pjsua2.sh --simulator  the same, but print the path of the simulator's jar
#   build/install-pjsua2.sh --print      print the cache directory only (exit 1 when it is not built)
#
# pjproject has no binary in Debian or on Maven Central. Debian's source package `ring` (Jami) carries a full
# pjproject tree under daemon/contrib/tarballs-unpacked/pjproject-*; this script fetches that source package
# through a private apt directory (deb-src lines made from the system's own deb lines, so the same mirror), without
# touching the system's apt configuration, builds pjproject without video, sound devices or TLS, and runs SWIG
# for Java. pjsua answers SIP INFO carrying application/dtmf-relay only; build/pjproject-info-dtmf.patch makes it
# answer and report application/dtmf (the digit alone in the body) the same way. The result, under ${XDG_CACHE_HOME:-$HOME/.cache}/holdslayer/pjsua2-<version>/:
#
#   lib/libpjsua2.so     the JNI library (pass its directory as -Djava.library.path)
#   pjsua2.jar           the generated org.pjsip.pjsua2 classes
#   simulators/<digest>.jar  the company simulator (holdslayer-tests/src/simulator/java), one per version of its
#                            sources
#
# pjproject is GPL-2+: this is a test tool. Nothing built here goes into the EAR.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/holdslayer"
SIMULATOR_SRC="$ROOT/holdslayer-tests/src/simulator/java"
SOURCE_PACKAGE=ring

log() { printf '[install-pjsua2] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }
as_root() { if (( EUID == 0 )); then "$@"; else sudo "$@"; fi; }

# The newest finished build (a directory with a .complete stamp).
built_dir() {
    local dir
    dir="$(ls -d "$CACHE"/pjsua2-*/.complete 2>/dev/null | sort -V | tail -1)"
    [[ -n "$dir" ]] && dirname "$dir"
}

# apt-get with a private configuration: only deb-src lines, private lists and caches.
private_apt() {
    local apt_dir="$CACHE/apt-src"
    apt-get -q -o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts="$apt_dir/sources.list.d" \
        -o Dir::State::Lists="$apt_dir/lists" -o Dir::Cache="$apt_dir/cache" \
        -o Debug::NoLocking=1 -o APT::Sandbox::User="$(id -un)" "$@"
}

# deb-src stanzas for the mirrors the system already uses (deb822 .sources files and one-line .list files).
write_source_lines() {
    local apt_dir="$CACHE/apt-src" file
    mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial"
    : > "$apt_dir/sources.list.d/deb-src.sources"
    : > "$apt_dir/sources.list.d/deb-src.list"
    for file in /etc/apt/sources.list.d/*.sources; do
        [[ -f "$file" ]] || continue
        sed -E 's/^Types:.*/Types: deb-src/' "$file" >> "$apt_dir/sources.list.d/deb-src.sources"
        echo >> "$apt_dir/sources.list.d/deb-src.sources"
    done
    for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -f "$file" ]] || continue
        sed -nE 's/^deb (.*)/deb-src \1/p' "$file" >> "$apt_dir/sources.list.d/deb-src.list"
    done
}

# The pjproject tree (the directory with aconfigure) under the unpacked source package, if any.
find_tree() {
    local configure
    configure="$(find "$CACHE/src" -path '*/daemon/contrib/tarballs-unpacked/pjproject-*' -name aconfigure \
        -type f 2>/dev/null | sort -V | tail -1)"
    [[ -n "$configure" ]] && dirname "$configure"
}

# Unpacks the source package and prints the pjproject tree inside it.
fetch_pjproject() {
    local work="$CACHE/src"
    local tree
    tree="$(find_tree || true)"
    if [[ -z "$tree" ]]; then
        command -v dpkg-source >/dev/null || as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null
        write_source_lines
        log "Fetching the source package '$SOURCE_PACKAGE' (it carries pjproject)..."
        private_apt update -qq >&2
        rm -rf "$work" && mkdir -p "$work"
        (cd "$work" && private_apt source "$SOURCE_PACKAGE" >&2) || die "apt-get source $SOURCE_PACKAGE failed"
        tree="$(find_tree || true)"
        [[ -n "$tree" ]] || die "no daemon/contrib/tarballs-unpacked/pjproject-* in the '$SOURCE_PACKAGE' source package"
    fi
    echo "$tree"
}

build_pjsua2() {
    local tree="$1" out="$2"
    local packages=() package
    for package in build-essential swig; do
        dpkg -s "$package" >/dev/null 2>&1 || packages+=("$package")
    done
    command -v javac >/dev/null || packages+=(default-jdk-headless)
    if (( ${#packages[@]} )); then
        log "Installing ${packages[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
    fi
    log "Building pjproject in $tree (a few minutes the first time)..."
    (
        set -e
        cd "$tree"
        # pjsua answers and reports INFO with application/dtmf-relay only; the patch adds application/dtmf
        if ! grep -q 'STR_DTMF		 =' pjsip/src/pjsua-lib/pjsua_call.c; then
            patch -p1 < "$ROOT/build/pjproject-info-dtmf.patch"
        fi
        CFLAGS="-fPIC -O2" CXXFLAGS="-fPIC -O2" ./aconfigure --disable-video --disable-sound --disable-ssl \
            --disable-opencore-amr --disable-silk --disable-opus --disable-speex-codec --disable-speex-aec \
            --disable-gsm-codec --disable-ilbc-codec --disable-l16-codec --disable-g722-codec --disable-g7221-codec \
            --disable-bcg729 --disable-libyuv --disable-libwebrtc --disable-v4l2 --disable-ffmpeg --disable-openh264 \
            --disable-sdl --disable-upnp --disable-pjsua2-video
        # after aconfigure, which writes the default one
        : > pjlib/include/pj/config_site.h
        make dep
        make -j"$(nproc)"
        cd pjsip-apps/src/swig
        # the JNI library does not depend on the static libraries in make's eyes: link it afresh
        rm -f java/output/libpjsua2.so
        make java
    ) > "$out.build.log" 2>&1 || die "the pjproject build failed; see $out.build.log"
    local swig="$tree/pjsip-apps/src/swig/java"
    local library
    library="$(find "$swig" -name 'libpjsua2.so' | head -1)"
    [[ -n "$library" ]] || die "make java produced no libpjsua2.so; see $out.build.log"
    mkdir -p "$out/lib" "$out/classes"
    cp "$library" "$out/lib/"
    javac -nowarn -d "$out/classes" $(find "$swig/output" -name '*.java') 2>> "$out.build.log" \
        || die "compiling the generated pjsua2 classes failed; see $out.build.log"
    jar cf "$out/pjsua2.jar" -C "$out/classes" .
    rm -rf "$out/classes"
}

# The simulator jar is named by a digest of its sources, so that checkouts with different sources sharing the cache
# each run their own. Prints its path.
build_simulator() {
    local out="$1" digest
    [[ -d "$SIMULATOR_SRC" ]] || die "no simulator sources in $SIMULATOR_SRC"
    digest="$(find "$SIMULATOR_SRC" -name '*.java' -type f -print0 | sort -z | xargs -0 cat | sha256sum | cut -c1-16)"
    local jar="$out/simulators/$digest.jar"
    if [[ ! -f "$jar" ]]; then
        log "Compiling the company simulator"
        local classes
        mkdir -p "$out/simulators"
        classes="$(mktemp -d)"
        javac -nowarn --release 17 -cp "$out/pjsua2.jar" -d "$classes" $(find "$SIMULATOR_SRC" -name '*.java') >&2 \
            || { rm -rf "$classes"; die "compiling the simulator failed"; }
        jar cf "$jar.$$" -C "$classes" . && mv "$jar.$$" "$jar"
        rm -rf "$classes"
    fi
    echo "$jar"
}

main() {
    local out
    out="$(built_dir || true)"
    if [[ "${1:-}" == "--print" ]]; then
        [[ -n "$out" ]] || exit 1
        echo "$out"
        exit 0
    fi
    if [[ -z "$out" ]]; then
        mkdir -p "$CACHE"
        exec 9> "$CACHE/.pjsua2.lock"
        flock 9
        out="$(built_dir || true)"
        if [[ -z "$out" ]]; then
            local tree version
            tree="$(fetch_pjproject)"
            version="$(sed -nE 's/^export PJ_VERSION_(MAJOR|MINOR|REV) *:= *([0-9]+).*/\2/p' "$tree/version.mak" \
                | paste -sd.)"
            out="$CACHE/pjsua2-$version"
            rm -rf "$out" && mkdir -p "$out"
            build_pjsua2 "$tree" "$out"
            touch "$out/.complete"
            log "pjsua2 $version is in $out"
        fi
    fi
    local simulator
    simulator="$(build_simulator "$out")"
    if [[ "${1:-}" == "--simulator" ]]; then
        echo "$simulator"
    else
        echo "$out"
    fi
}

main "$@"
