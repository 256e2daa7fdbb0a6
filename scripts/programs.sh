# The real programs' sources and builds, shared by scripts/test-programs
# and scripts/bench: programs/NAME.sh recipes fetched from Debian's source
# packages and built with one toolchain a variant (see programs/README).
# Source it after scripts/arch.sh; the caller defines
#   say MESSAGE...               a progress line
#   result PASS|FAIL where what why   one result line
# and may redefine sdk_dir (the SDK of a target; default out/<arch>).
# Everything lives under out/programs/.
top=$arch_top/out/programs
recipes=$arch_top/programs
jobs=${JOBS:-2}
mkdir -p "$top/src" "$top/tree" "$top/built" "$top/log" "$top/run"

sdk_dir() { echo "$arch_top/out/$1"; }

# ---------------------------------------------------------------------------
# Sources: Debian's source packages through a private APT configuration.

apt_dir=$top/apt
apt_setup() {
	mkdir -p "$apt_dir/sources.list.d" "$apt_dir/lists/partial" \
		"$apt_dir/cache/archives/partial"
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		sed 's/^Types: deb$/Types: deb-src/' \
			/etc/apt/sources.list.d/debian.sources
	else
		printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: bookworm\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n'
	fi >"$apt_dir/sources.list.d/deb-src.sources"
	cat >"$apt_dir/apt.conf" <<-EOF
	Dir::Etc::SourceList "/dev/null";
	Dir::Etc::SourceParts "$apt_dir/sources.list.d";
	Dir::State::Lists "$apt_dir/lists";
	Dir::Cache "$apt_dir/cache";
	EOF
	APT_CONFIG=$apt_dir/apt.conf apt-get -q update >"$top/log/apt-update.log" 2>&1
}

fetch() {	# name: downloads and unpacks programs/NAME.sh's source=
	local n=$1 src dsc
	src=$(sed -n 's/^source=//p' "$recipes/$n.sh")
	[ -f "$top/tree/$n/.unpacked" ] && [ "$(cat "$top/tree/$n/.unpacked")" = "$src" ] && return 0
	dsc=$(printf '%s_%s.dsc' "${src%%=*}" "$(printf %s "${src#*=}" | sed 's/^[0-9]*://')")
	if [ ! -f "$top/src/$dsc" ]; then
		if [ ! -f "$apt_dir/apt.conf" ] || [ -z "$(ls "$apt_dir/lists" 2>/dev/null | grep Sources)" ]; then
			apt_setup || { tail -n 5 "$top/log/apt-update.log"; return 1; }
		fi
		(cd "$top/src" && APT_CONFIG=$apt_dir/apt.conf \
			apt-get -q source --download-only "$src") >"$top/log/fetch-$n.log" 2>&1 ||
			{ tail -n 5 "$top/log/fetch-$n.log"; return 1; }
	fi
	rm -rf "$top/tree/$n" "$top/tree/$n.tmp"
	dpkg-source -q --skip-patches -x "$top/src/$dsc" "$top/tree/$n.tmp" \
		>"$top/log/unpack-$n.log" 2>&1 || { tail -n 5 "$top/log/unpack-$n.log"; return 1; }
	mv "$top/tree/$n.tmp" "$top/tree/$n" && printf '%s\n' "$src" >"$top/tree/$n/.unpacked"
}

# ---------------------------------------------------------------------------
# Builds. Each program builds in the same directory (work/NAME) for every
# variant, so that paths compiled into it (__FILE__) are the same, and moves
# to built/NAME-VARIANT. The recipe's build() runs there with CC, AR,
# RANLIB, HOST (the configure triplet), CROSS (tool prefix), SDK and QEMU
# (qemu-user for the target; both empty for the host's builds), ARCH (the
# variant) and JOBS. The variants: glibc (the host's gcc), musl (musl-gcc
# -static, for scripts/bench) and each target of arch/ (bareheap-cc).

toolchain() {	# variant: sets CC AR RANLIB HOST CROSS SDK QEMU
	case $1 in
	glibc) CROSS= HOST=$(gcc -dumpmachine) CC=gcc SDK= QEMU= ;;
	musl) CROSS= HOST=$(gcc -dumpmachine) CC="musl-gcc -static" SDK= QEMU= ;;
	*) CROSS=$(arch_get $1 CROSS_COMPILE) HOST=$(arch_get $1 GNU_TYPE)
	   SDK=$(sdk_dir $1) && CC=$SDK/bin/bareheap-cc
	   QEMU=$(qemu_for $1) ;;
	esac
	AR=${CROSS}ar RANLIB=${CROSS}ranlib
}

# The first errors of a failed build, and what they say is missing.
build_errors() {	# log
	local log=$1 miss
	miss=$(grep -ho "fatal error: [^:]*\.h: No such file" "$log" | sed 's/fatal error: //; s/: No such.*//' | sort -u | tr '\n' ' ')
	[ -n "$miss" ] && echo "      missing headers: $miss"
	miss=$(grep -ho "undefined reference to \`[^']*'" "$log" | sed "s/.*\`//; s/'//" | sort -u | tr '\n' ' ')
	[ -n "$miss" ] && echo "      undefined: $miss"
	miss=$(grep -ho "implicit declaration of function '[^']*'" "$log" | sed "s/.*function '//; s/'//" | sort -u | tr '\n' ' ')
	[ -n "$miss" ] && echo "      undeclared: $miss"
	if grep -qE 'error:|undefined reference|Error [0-9]' "$log"; then
		grep -E 'error:|undefined reference|Error [0-9]|cannot find' "$log" | awk '!seen[$0]++' | head -n 15
	else
		tail -n 15 "$log"
	fi | cut -c1-200 | sed 's/^/      | /'
}

build_variant() {	# name variant -> 0 if built/NAME-VARIANT is ready
	local n=$1 v=$2
	local work=$top/work/$n dest=$top/built/$n-$v log=$top/log/build-$n-$v.log stamp
	# (a build with a host C library is kept while build() and the source
	# are unchanged; bareheap's are what is tested, and always rebuilt)
	stamp=$({ (. "$recipes/$n.sh" && declare -f build); cat "$top/tree/$n/.unpacked"; } |
		md5sum | cut -c1-32)
	if { [ $v = glibc ] || [ $v = musl ]; } && [ -f "$dest/.built" ] && [ "$(cat "$dest/.built")" = "$stamp" ]; then
		return 0
	fi
	say "build $n for $v"
	rm -rf "$work" "$dest"
	mkdir -p "$top/work"
	cp -a "$top/tree/$n" "$work"
	toolchain $v
	if ! (cd "$work" && . "$recipes/$n.sh" && export CC AR RANLIB HOST CROSS SDK QEMU ARCH=$v JOBS=$jobs &&
	      set -e && build) >"$log" 2>&1 </dev/null; then
		result FAIL $v "$n-build" "the build failed (log: out/programs/log/build-$n-$v.log)"
		build_errors "$log"
		rm -rf "$work"
		return 1
	fi
	mv "$work" "$dest" && echo "$stamp" >"$dest/.built"
}

