# lz4: the command-line program's round trips at several levels and block
# options, through pipes and files, -t (integrity) and --list (frame listing).
source=lz4=1.9.4-1
pending=

build() {
	make -j"$JOBS" CC="$CC" AR="$AR" lz4
}

corpus() { cat "$B"/lib/*.c "$B"/lib/*.h "$B"/programs/*.c; head -c 200000 /dev/zero; }

checks="levels fast blocks files test list"

# The fast levels (1, 2, --fast) hash 4 bytes on 32-bit targets and 5 on
# 64-bit ones, so their frames differ by word size: they are checked by
# round trips through the glibc build ($R) instead of by their bytes.
cross() {	# options...: compresses with both, decompresses with the other
	run ./lz4 "$@" -c <data >t.lz4 && "$R/programs/lz4" -dc <t.lz4 | cmp - data &&
		"$R/programs/lz4" "$@" -c <data >g.lz4 && run ./lz4 -dc <g.lz4 | cmp - data &&
		echo "$* round trips"
}
check_levels() {
	use lz4
	corpus >data
	for l in -1 -2; do cross $l; done
	for l in -3 -6 -9 -12; do
		run ./lz4 $l -c <data >data.lz4 && echo "$l $(md5sum <data.lz4)"
		run ./lz4 -d -c <data.lz4 | cmp - data && echo "$l round trip"
	done
}
check_fast() {
	use lz4
	corpus >data
	for l in --fast --fast=5 --fast=20; do cross $l; done
}
check_blocks() {
	use lz4
	corpus >data
	for b in -B4 -B5 -B6 -B7 -BD "-BX -B4" --no-frame-crc --content-size -l; do
		cross -1 $b
		run ./lz4 -9 $b -c <data >data.lz4 && echo "-9 $b $(md5sum <data.lz4)"
		run ./lz4 -dc <data.lz4 | cmp - data && echo "-9 $b round trip"
	done
}
check_files() {
	use lz4
	corpus >data && cp data orig
	run ./lz4 -q data data.lz4 && ls
	run ./lz4 -q -d data.lz4 out && cmp out orig && echo same
	rm data.lz4 && run ./lz4 -q -m data orig && ls
	run ./lz4 -q data data.lz4; echo "exit $?"
	run ./lz4 -q -f --rm data data.lz4 && ls
	run ./lz4 -d nosuch.lz4 x; echo "exit $?"
}
check_test() {
	use lz4
	corpus >data
	run ./lz4 -q -9 data data.lz4 && run ./lz4 -t data.lz4; echo "exit $?"
	head -c 5000 data.lz4 >cut.lz4
	run ./lz4 -t cut.lz4; echo "exit $?"
}
check_list() {
	use lz4
	corpus >data
	run ./lz4 -q -9 data a.lz4 && run ./lz4 -q -12 -BD --content-size data b.lz4 &&
		run ./lz4 --list a.lz4 b.lz4; echo "exit $?"
	# (the banner names the target's word size)
	run ./lz4 -v --list b.lz4 2>&1 | sed 's/[0-9]*-bits/N-bits/'
}
