# Per-architecture facts for the scripts, read from arch/<arch>/Makefile
# (one "ARCH_KEY := value" a line: arch/README), and builds of one
# architecture with its configuration changed.
# (Source it before changing directory: it finds the tree from $0.)
arch_top=$(cd "$(dirname "$0")/.." && pwd)

# Every architecture: the directories of arch/ with a Makefile.
arch_list() {
	local m list=
	for m in "$arch_top"/arch/*/Makefile; do
		m=${m%/Makefile}
		list="$list ${m##*/}"
	done
	echo $list
}

# The value of ARCH_KEY for an architecture (empty when it has none).
arch_get() {	# arch KEY
	[ -f "$arch_top/arch/$1/Makefile" ] || {
		echo "arch.sh: no architecture $1 (arch/ has: $(arch_list))" >&2
		return 2
	}
	sed -n "s/^ARCH_$2 :=[ ]*//p" "$arch_top/arch/$1/Makefile"
}

qemu_for() {
	arch_get "$1" QEMU
}

# Whether this host runs the architecture's programs without an emulator.
arch_native() {	# arch
	case " $(arch_get "$1" NATIVE_ON) " in
	*" $(uname -m) "*) return 0 ;;
	esac
	return 1
}

# Fails, saying so on stderr, when a name is not an architecture.
arch_check() {	# arch...
	local a
	for a in "$@"; do
		[ -f "$arch_top/arch/$a/Makefile" ] && continue
		echo "unknown architecture $a (arch/ has: $(arch_list))" >&2
		return 2
	done
}

# Configures DIR as out/ARCH with one option changed by a sed expression:
# DIR/.config is rewritten only when that changes it (so that nothing
# rebuilds for nothing), then Kconfig fills in the rest. Run from the top
# of the tree.
config_variant() {	# arch dir sed-expression
	mkdir -p "$2" &&
		sed -e "$3" "out/$1/.config" >"$2/.config.want" &&
		{ cmp -s "$2/.config.want" "$2/.config" ||
		  cp "$2/.config.want" "$2/.config"; } &&
		make -s ARCH="$1" O="$2" olddefconfig
}
