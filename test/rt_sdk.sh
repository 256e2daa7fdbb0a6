#!/bin/sh
# The SDK as users and build systems drive it: bareheap-cc's flags, its
# refusals, the host's libraries kept out, make install's layout and
# names, and a CMake project (and an autoconf one, when autoconf is
# installed) through the installed toolchain. Run from the source tree:
#   test/rt_sdk.sh ARCH SDK      e.g. test/rt_sdk.sh arm out/arm
# One PASS or FAIL line a check; exits 1 when any failed.
set -u
[ $# -eq 2 ] || { echo "usage: test/rt_sdk.sh ARCH SDK" >&2; exit 2; }
arch=$1 sdk=$(cd "$2" && pwd) || exit 2
top=$(pwd)
. "$top/scripts/arch.sh"
arch_check "$arch" || exit 2
triplet=$(arch_get $arch TRIPLET) cross=$(arch_get $arch CROSS_COMPILE) run=
arch_native $arch || run=$(arch_get $arch QEMU)
cc=$sdk/bin/bareheap-cc
work=$(mktemp -d "${TMPDIR:-/tmp}/rt_sdk.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
failed=0

check() {	# check NAME COMMAND...: passes when the command succeeds
	name=$1
	shift
	if "$@" >"$work/out" 2>&1; then
		echo "PASS  sdk/$arch $name"
	else
		echo "FAIL  sdk/$arch $name"
		sed 's/^/      | /' "$work/out" | head -n 10
		failed=1
	fi
}

runs() {	# runs PROGRAM WANT: its stdout is WANT
	[ "$($run ./"$1")" = "$2" ]
}

refused() {	# refused WORD ARGS...: fails, naming bareheap and WORD
	! "$cc" "$@" hello.c -o refused 2>err && grep -q "bareheap" err &&
		grep -q -- "$1" err && [ ! -e refused ]
}

cat >hello.c <<'C'
#include <math.h>
#include <stdio.h>
int main(void)
{
	printf("hello %d\n", (int)sqrt(49.0));
	return 0;
}
C
cat >smash.c <<'C'
#include <string.h>
__attribute__((noinline)) static void copy(const char *s, size_t n)
{
	char buf[8];
	memcpy(buf, s, n);
	__asm__ volatile ("" : : "r"(buf) : "memory");
}
int main(int argc, char **argv)
{
	char big[64];
	memset(big, 'A', sizeof(big));
	copy(big, argc > 1 ? sizeof(big) : 4);
	return 0;
}
C

# A program's code is the compiler's own for the target: the flags only
# the library takes (ARCH_LIB_CFLAGS: no contraction of a * b + c into a
# fused multiply-add, say) stay out of it.
cat >madd.c <<'C'
double madd(double a, double b, double c) { return a * b + c; }
C
check "code as the compiler makes it" sh -c '"$0" -O2 -S madd.c -o got.s &&
	"$1gcc" $2 -fno-pie -O2 -S madd.c -o want.s && cmp want.s got.s' \
	"$cc" "$cross" "$(arch_get $arch CFLAGS)"

check "usual flags" sh -c '"$0" -O2 -g -s -static -fPIC -Wall hello.c -lm -lc -lrt -o h1' "$cc"
check "usual flags: runs" runs h1 "hello 7"
check "-c then link" sh -c '"$0" -O2 -c hello.c -o h.o && "$0" h.o -o h2 -lm' "$cc"
check "-c then link: runs" runs h2 "hello 7"
check "source from stdin" sh -c '"$0" -x c - -o h3 <hello.c' "$cc"
check "source from stdin: runs" runs h3 "hello 7"
check "-S" sh -c '"$0" -S hello.c -o h.s && test -s h.s' "$cc"
check "-E takes the SDK's headers" sh -c '"$0" -E hello.c | grep -q "$1/include/stdio.h"' "$cc" "$sdk"
check "-M names no host header" sh -c '"$0" -M hello.c >deps && grep -q "$1/include/stdio.h" deps && ! grep -q " /usr/include" deps' "$cc" "$sdk"
check "no host library (-lz)" sh -c '! "$0" hello.c -lz -o hz 2>/dev/null && test ! -e hz' "$cc"
check "refuses -shared" refused -shared -shared
check "refuses -ldl" refused dlopen -ldl
check "refuses -pthread" refused threads -pthread
check "refuses -lpthread" refused threads -lpthread
check "-pie and -rdynamic dropped" sh -c '"$0" -fPIE -pie -rdynamic hello.c -o h4 -lm' "$cc"
check "-pie: runs" runs h4 "hello 7"
for info in -v --version -dumpmachine -print-prog-name=ld; do
	check "$info answers, links nothing" sh -c '"$0" "$1" && test ! -e a.out' "$cc" "$info"
done
check "-fstack-protector-strong builds" sh -c '"$0" -O2 -fstack-protector-strong smash.c -o smash' "$cc"
check "-fstack-protector-strong: intact frames run" sh -c '$0 ./smash' "$run"
check "-fstack-protector-strong: smash aborts" sh -c '$0 ./smash x 2>err; test $? = 134 && grep -q "stack smashing detected" err' "$run"

# make install's layout, through scripts/install-sdk as make calls it.
check "install" "$top/scripts/install-sdk" "$sdk" "$arch" "$triplet" "$cross" /opt/bh "$work/dest"
bin=$work/dest/opt/bh/bin
check "installed names" sh -c 'for t in cc gcc ar ranlib nm strip; do test -x "$0/$1-$t" || exit 1; done' "$bin" "$triplet"
check "installed compiler" sh -c '"$0/$1-cc" -O2 hello.c -o h5 -lm' "$bin" "$triplet"
check "installed compiler: runs" runs h5 "hello 7"

if command -v cmake >/dev/null; then
	mkdir -p cm
	cat >cm/CMakeLists.txt <<'CM'
cmake_minimum_required(VERSION 3.13)
project(rtsdk C)
include(CheckFunctionExists)
check_function_exists(strlcpy HAVE_STRLCPY)
if(NOT HAVE_STRLCPY)
	message(FATAL_ERROR "strlcpy not found")
endif()
add_library(twice STATIC twice.c)
add_executable(hello hello.c)
target_link_libraries(hello twice m)
CM
	echo 'int twice(int x) { return 2 * x; }' >cm/twice.c
	cp hello.c cm/
	check "cmake configures" cmake -S cm -B cmb \
		-DCMAKE_TOOLCHAIN_FILE="$work/dest/opt/bh/lib/bareheap/$arch/toolchain.cmake"
	check "cmake builds" cmake --build cmb
	check "cmake's program runs" runs cmb/hello "hello 7"
fi

if command -v autoconf >/dev/null; then
	mkdir -p ac
	cat >ac/configure.ac <<'AC'
AC_INIT([rtsdk], [1])
AC_PROG_CC
AC_CHECK_HEADERS([stdio.h unistd.h])
AC_CHECK_FUNCS([strlcpy])
AC_CHECK_LIB([m], [sqrt])
AC_OUTPUT
AC
	aux=$(ls -d /usr/share/automake-*/ 2>/dev/null | head -n 1)
	if [ -n "$aux" ]; then
		cp "$aux/config.sub" "$aux/config.guess" ac/
		check "autoconf" sh -c 'cd ac && autoconf'
		check "configure --host" sh -c 'cd ac && PATH="$0:$PATH" ./configure --host="$1" >log && grep -q "^CC=.$1-gcc" config.log && grep -q "checking for strlcpy... yes" log && grep -q "checking for sqrt in -lm... yes" log' "$bin" "$triplet"
	fi
fi
exit $failed
