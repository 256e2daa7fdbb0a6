#!/usr/bin/env bash
# Every public header of the SDK must compile on its own, and all of them
# together, quietly (-Wall -Wextra -pedantic -Werror) under each C
# standard programs are built with, and with the feature macros they
# define: test/headers.sh ARCH SDK. One line a standard, in test/run's
# format, naming the headers that failed.
set -u
arch=$1 sdk=$2
cc=$sdk/bin/bareheap-cc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
headers=$(cd "$sdk/include" && find . -name '*.h' ! -path './config/*' \
	! -path './generated/*' | sed 's|^\./||' | sort)
for h in $headers; do echo "#include <$h>"; done >"$tmp/all.c"
echo 'int main(void) { return 0; }' >>"$tmp/all.c"

# compile SOURCE [FLAGS...]: quietly, or the first errors in $tmp/err
compile() {
	local src=$1
	shift
	"$cc" "$@" -Wall -Wextra -pedantic -Werror -fsyntax-only "$src" \
		>"$tmp/err" 2>&1
}

for std in c89 gnu89 c99 c11 c17 gnu17; do
	label=$(printf '%-16s %s' "headers/$arch" "std=$std")
	bad= first=
	# each header alone, then all together under the feature macros
	# programs define
	for h in $headers; do
		printf '#include <%s>\nint main(void) { return 0; }\n' "$h" >"$tmp/one.c"
		compile "$tmp/one.c" -std=$std && continue
		bad="$bad $h"
		[ -n "$first" ] || first=$(head -n 8 "$tmp/err")
	done
	for feature in "" -D_GNU_SOURCE -D_DEFAULT_SOURCE \
		-D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700; do
		compile "$tmp/all.c" -std=$std $feature && continue
		bad="$bad all${feature:+($feature)}"
		[ -n "$first" ] || first=$(head -n 8 "$tmp/err")
	done
	if [ -z "$bad" ]; then
		echo "PASS  $label ($(echo $headers | wc -w) headers, and all of them together under 5 feature macros)"
	else
		echo "FAIL  $label:$bad"
		sed 's/^/      err| /' <<<"$first"
	fi
done
