#!/bin/sh
# install_check.sh - an out-of-tree host (examples/embed/hello.c, copied to a scratch
# folder) built with pkg-config against the staged `make install` in @STAGE@ (PREFIX=/opt/minigo), linked
# statically and dynamically, run, output checked; the shared library must carry its
# versioned soname. The Makefile fills in @STAGE@ (PREFIX=/opt/minigo), @SRC@, @CC@ and
# @LDFLAGS@ (`make asan|ubsan`: an instrumented library needs its sanitizer runtime in
# the host's link too, as every other binary of the build gets it).
set -eu
stage=@STAGE@
lib=$stage/opt/minigo/lib
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp @SRC@/examples/embed/hello.c "$work/host.c"
cd "$work"
export PKG_CONFIG_SYSROOT_DIR="$stage" PKG_CONFIG_PATH="$lib/pkgconfig" PKG_CONFIG_LIBDIR="$lib/pkgconfig"
want="hello from a goroutine
status 0, exit 0, minigo $(pkg-config --modversion minigo)"
@CC@ @LDFLAGS@ -o host_dyn host.c $(pkg-config --cflags --libs minigo)
@CC@ @LDFLAGS@ -o host_static host.c $(pkg-config --cflags minigo) "$lib/libminigo.a" \
    $(pkg-config --static --libs-only-l minigo | sed 's/-lminigo//')
got=$(LD_LIBRARY_PATH="$lib" ./host_dyn)
[ "$got" = "$want" ] || { echo "dynamic host printed: $got"; exit 1; }
got=$(./host_static)
[ "$got" = "$want" ] || { echo "static host printed: $got"; exit 1; }
readelf -d host_dyn | grep -q 'NEEDED.*libminigo\.so\.0' || { echo "host_dyn does not need libminigo.so.0"; exit 1; }
readelf -d host_static | grep -q 'libminigo' && { echo "host_static needs libminigo"; exit 1; }
readelf -d "$lib/libminigo.so" | grep -q 'SONAME.*libminigo\.so\.0' || { echo "no soname"; exit 1; }
for f in bin/minigo include/minigo.h lib/libminigo.a share/man/man1/minigo.1 lib/pkgconfig/minigo.pc; do
    [ -e "$stage/opt/minigo/$f" ] || { echo "not installed: $f"; exit 1; }
done
echo ok
