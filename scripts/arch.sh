# Per-architecture facts for the scripts, read from arch/<arch>/Makefile,
# and builds of one architecture with its configuration changed.
# (Source it before changing directory: it finds the tree from $0.)
arch_top=$(cd "$(dirname "$0")/.." && pwd)

qemu_for() {
	sed -n 's/^ARCH_QEMU := //p' "$arch_top/arch/$1/Makefile"
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
