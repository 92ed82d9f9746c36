#!/usr/bin/env bash
# make dist: one archive, dist/icp-handbook-VERSION-linux-ARCH.tar.gz, with the release binary (Swift runtime
# linked in, so the server needs only libcmark and jemalloc), the built site, the nginx configuration, the
# systemd unit and INSTALL. ICP_BINARY=path packages that binary instead of building one (the tests use the
# debug build); DIST_DIR changes the output folder.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${DIST_DIR:-dist}
binary=${ICP_BINARY:-}
if [ -z "$binary" ]; then
    # Its own scratch folder: static linking changes every object, and the ordinary release build stays as it is.
    swift build -c release --static-swift-stdlib --product icp --scratch-path .build-dist
    binary=.build-dist/release/icp
fi
version=$(git describe --always --dirty 2>/dev/null || echo unknown)
name=icp-handbook
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/$name
mkdir -p "$root/bin" "$root/nginx" "$root/systemd" "$out"
install -m 755 "$binary" "$root/bin/icp"
[ -n "${ICP_BINARY:-}" ] || strip "$root/bin/icp"
"$root/bin/icp" build --root . --out "$root/site" --quiet
rm -f "$root/site/.icp-build"
install -m 644 deploy/nginx/*.conf "$root/nginx/"
install -m 644 deploy/systemd/icp-serve@.service "$root/systemd/"
install -m 644 deploy/INSTALL "$root/INSTALL"

# What the binary needs at run time besides the C libraries and zlib (all in a base Debian system): libcmark
# and jemalloc, nothing of the toolchain.
if [ -z "${ICP_BINARY:-}" ]; then
    extra=$(ldd "$root/bin/icp" | awk '{print $1}' | grep -Ev '^(linux-vdso|/lib|ld-linux|libc\.|libm\.|libdl\.|libpthread\.|librt\.|libutil\.|libgcc_s\.|libstdc\+\+\.|libz\.|libcmark\.|libjemalloc\.)' || true)
    if [ -n "$extra" ]; then echo "the release binary needs libraries a bare Debian server lacks: $extra" >&2; exit 1; fi
fi

archive="$out/$name-$version-linux-$(uname -m).tar.gz"
stamp=$(git log -1 --format=%ct 2>/dev/null || date +%s)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$stamp" -C "$stage" -czf "$archive" "$name"
echo "$archive"
