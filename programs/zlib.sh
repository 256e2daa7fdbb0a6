# zlib: the library's own example program, and minigzip round trips at
# several levels and strategies, through pipes and through files.
source=zlib=1:1.2.13.dfsg-1
pending=

build() {
	# zlib's own configure (not autoconf): CC and AR come from the
	# environment; --static builds libz.a only.
	./configure --static
	make -j"$JOBS" example minigzip
}

# Text (the sources, the same in every variant) and zeros.
corpus() { cat "$B"/*.c "$B"/*.h; head -c 300000 /dev/zero; }

checks="example pipe-default pipe-levels pipe-strategies files"

check_example() {
	use example
	# The compile flags say how wide uLong, pointers and z_off_t are,
	# which differs on 32-bit targets from the x86_64 reference.
	run ./example | sed 's/compile flags = 0x[0-9a-f]*/compile flags = (per target)/'
	gzip -dc foo.gz | od -c | head -n 3
}
check_pipe_default() {
	use minigzip
	corpus >data
	run ./minigzip <data >data.gz && md5sum <data.gz && gzip -t data.gz
	run ./minigzip -d <data.gz | md5sum
	md5sum <data
}
check_pipe_levels() {
	use minigzip
	corpus >data
	for l in -1 -2 -5 -6 -9; do
		run ./minigzip $l <data >data.gz && echo "$l $(md5sum <data.gz)"
		run ./minigzip -d <data.gz | cmp - data && echo "$l round trip"
	done
}
check_pipe_strategies() {
	use minigzip
	corpus >data
	for s in -f -h -r "-r -1" "-f -9"; do
		run ./minigzip $s <data >data.gz && echo "$s $(md5sum <data.gz)"
		run ./minigzip -d <data.gz | cmp - data && echo "$s round trip"
	done
}
check_files() {
	use minigzip
	corpus >data && cp data orig
	run ./minigzip data && ls && md5sum <data.gz
	run ./minigzip -d data.gz && ls && cmp data orig && echo same
	run ./minigzip -c orig | run ./minigzip -d | cmp - orig && echo "-c ok"
	run ./minigzip -d missing.gz; echo "exit $?"
}
