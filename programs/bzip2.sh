# bzip2: its own "make test" (the sample files compressed at -1, -2, -3
# and decompressed, each compared with the reference files it ships), a
# round trip with -v statistics, -t and -s.
source=bzip2=1.0.8-5
pending=

build() {
	make -j"$JOBS" CC="$CC" AR="$AR" RANLIB="$RANLIB" bzip2 bzip2recover
}

checks="make-test roundtrip-verbose integrity small-memory"

# The commands of bzip2's own "make test", each program run through run
# (qemu-user cannot be reached from make's own ./bzip2 on other targets).
check_make_test() {
	use bzip2 sample1.ref sample2.ref sample3.ref sample1.bz2 sample2.bz2 sample3.bz2
	run ./bzip2 -1  < sample1.ref > sample1.rb2
	run ./bzip2 -2  < sample2.ref > sample2.rb2
	run ./bzip2 -3  < sample3.ref > sample3.rb2
	run ./bzip2 -d  < sample1.bz2 > sample1.tst
	run ./bzip2 -d  < sample2.bz2 > sample2.tst
	run ./bzip2 -ds < sample3.bz2 > sample3.tst
	cmp sample1.bz2 sample1.rb2 && cmp sample2.bz2 sample2.rb2 &&
	cmp sample3.bz2 sample3.rb2 && cmp sample1.tst sample1.ref &&
	cmp sample2.tst sample2.ref && cmp sample3.tst sample3.ref && echo "make test: ok"
}
check_roundtrip_verbose() {
	use bzip2
	cat "$B"/*.c "$B"/*.h >data
	run ./bzip2 -9 -v <data >data.bz2 && md5sum <data.bz2
	run ./bzip2 -d -vv <data.bz2 | cmp - data && echo "round trip"
}
check_integrity() {
	use bzip2 sample1.bz2 sample2.bz2
	run ./bzip2 -tv sample1.bz2 sample2.bz2; echo "exit $?"
	head -c 2000 sample2.bz2 >cut.bz2
	run ./bzip2 -t cut.bz2; echo "exit $?"
	run ./bzip2 -d nosuch.bz2; echo "exit $?"
}
check_small_memory() {
	use bzip2 sample3.bz2 sample3.ref
	run ./bzip2 -dcs sample3.bz2 | cmp - sample3.ref && echo "-s ok"
	cp sample3.ref s3 && run ./bzip2 -k s3 && run ./bzip2 -dc s3.bz2 | cmp - s3 && ls
}
