# Helpers of the test drivers (scripts/test-all, scripts/try,
# qemu/test-system); source it after scripts/arch.sh.

# The test programs that the tests whose names match the globs run: the
# first word of their command in test/TESTS, one a line. With WHERE, only
# the tests whose where column has one of its tokens (bare bare-arm).
# suite_tests: another manifest than test/TESTS.
suite_programs() {	# "GLOB..." (separated by spaces or commas) ["WHERE..."]
	awk -F'|' -v globs="$1" -v where="${2:-}" '
	BEGIN { n = split(globs, g, /[ ,]+/)
		nw = split(where, t, " "); for (i = 1; i <= nw; i++) want[t[i]] }
	/^[ \t]*(#|@|$)/ { next }
	{	name = $1; gsub(/^[ \t]+|[ \t]+$/, "", name)
		split($2, c, " ")
		if (nw) { m = split($6, w, " "); found = 0
			for (i = 1; i <= m; i++) if (w[i] in want) found = 1
			if (!found) next }
		for (i = 1; i <= n; i++) {
			re = g[i]; gsub(/\*/, ".*", re); gsub(/\?/, ".", re)
			if (name ~ ("^" re "$")) print c[1]
		} }' "${suite_tests:-$arch_top/test/TESTS}" | sort -u
}

# Copies FILE to stdout as it grows, until DONE exists or process PID has
# ended: one job's log shown while it runs, while other jobs write theirs.
follow() {	# FILE DONE [PID]
	local off=0 size finished
	while :; do
		finished=no
		[ -e "$2" ] && finished=yes
		[ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null && finished=yes
		size=$(stat -c %s "$1" 2>/dev/null || echo 0)
		if [ "$size" -gt $off ]; then
			tail -c +$((off + 1)) "$1" | head -c $((size - off))
			off=$size
		fi
		[ $finished = yes ] && return
		sleep 0.2
	done
}
