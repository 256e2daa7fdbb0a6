# Per-architecture facts for the scripts, read from arch/<arch>/Makefile.
qemu_for() {
	sed -n 's/^ARCH_QEMU := //p' "$(dirname "$0")/../arch/$1/Makefile"
}
