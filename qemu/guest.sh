# Running one booted guest whose /init is qemu/init.c; sourced by
# qemu/test-system and qemu/test-uml.
#
#   guest_run LABEL LOG TIMEOUT INIT_DEADLINE COMMAND...
#
# Starts COMMAND (qemu-system or linux.uml) with its console in LOG and
# passes the guest's result lines through to stdout as they come: PASS,
# FAIL and SKIP lines unchanged, a failure's "out|" and "err|" lines, and
# the guest's summary as one indented line. Carriage returns are dropped.
# Everything else (the kernel's messages) stays in LOG.
#
# A guest that never reaches /init, hangs past TIMEOUT seconds, or ends
# without its summary gives one line "FAIL  LABEL boot: what happened",
# followed by the end of LOG. Returns 0 when the guest printed its
# summary, 3 when INIT_DEADLINE (seconds, 0 for none) passed before /init
# spoke (the caller may retry without KVM; nothing was printed then), and
# 1 otherwise.

guest_label() {	# env/arch name -> the column layout of test/run
	printf '%-16s %s' "$1" "$2"
}

guest_run() {
	local label=$1 log=$2 limit=$3 deadline=$4
	shift 4
	local t0 ppid wpid rc why line summary panic=no
	t0=$(date +%s)
	rm -f "$log" "$log.noinit" "$log.pid" "$log.rc"

	# The console flows through a pipe: kept whole in LOG, filtered to
	# stdout. (Nothing passes the filter before /init runs, so a boot that
	# is retried has shown nothing.)
	{
		timeout -k 5 "$limit" "$@" </dev/null 2>&1 &
		echo $! >"$log.pid"
		wait $!
		echo $? >"$log.rc"
	} | tee "$log" | sed -u 's/\r//g' |
		grep --line-buffered -E '^(PASS|FAIL|SKIP) |^      (out|err)\| ' &
	ppid=$!
	wpid=
	if [ "$deadline" -gt 0 ]; then
		(
			sleep "$deadline"
			if ! grep -q '^bareheap-init:' "$log"; then
				: >"$log.noinit"
				kill "$(cat "$log.pid")" 2>/dev/null
			fi
		) &
		wpid=$!
	fi
	# Stops the guest too when this script is interrupted.
	trap 'kill $(cat "$log.pid" 2>/dev/null) $wpid 2>/dev/null' INT TERM
	wait $ppid
	rc=$(cat "$log.rc" 2>/dev/null || echo 1)
	[ -n "$wpid" ] && kill "$wpid" 2>/dev/null
	[ -n "$wpid" ] && wait "$wpid" 2>/dev/null
	trap - INT TERM
	rm -f "$log.pid" "$log.rc"

	if [ -e "$log.noinit" ]; then
		rm -f "$log.noinit"
		return 3
	fi

	summary=$(sed 's/\r//g' "$log" | grep -E '^guest: [0-9]+ passed, [0-9]+ failed$' | tail -n 1)
	why=
	if [ $rc = 124 ] || [ $rc = 137 ]; then
		if [ -n "$summary" ]; then
			why="the guest ran its tests but did not power off within ${limit}s"
		elif grep -q '^bareheap-init:' "$log"; then
			line=$(sed -n 's/\r//; s/^bareheap-init: start //p' "$log" | tail -n 1)
			why="timed out after ${limit}s, in the tests (last started: ${line:-none})"
		else
			why="timed out after ${limit}s without reaching /init"
		fi
	elif [ -z "$summary" ]; then
		line=$(sed 's/\r//g' "$log" | grep -m 1 'Kernel panic')
		if [ -n "$line" ]; then
			line=${line#*\] }
			if grep -q '^bareheap-init:' "$log"; then
				why="in the tests: $line"
			else
				why="before /init: $line"
			fi
			panic=yes
		elif grep -q '^bareheap-init:' "$log"; then
			why="the guest stopped before its summary (exit status $rc)"
		else
			why="the guest ended without reaching /init (exit status $rc)"
		fi
	elif [ "$(sed 's/\r//g' "$log" | grep -c -E '^(PASS|FAIL) ')" != \
	       "$(echo "$summary" | awk '{ print $2 + $4 }')" ]; then
		# Kernel messages on the console can break a result line.
		why="the console shows fewer result lines than the guest's summary"
	fi
	if [ -n "$summary" ]; then
		printf '      %s %s, in %ds\n' "$label" "$summary" $(($(date +%s) - t0))
	fi
	if [ -n "$why" ]; then
		echo "FAIL  $(guest_label "$label" boot): $why"
		# The console's last lines, or those that led to the panic.
		sed 's/\r//g' "$log" |
			grep -v -E '^(PASS|FAIL|SKIP) |^      (out|err)\| |^bareheap-init: start ' |
			if [ $panic = yes ]; then grep -B 10 -m 1 'Kernel panic'; else tail -n 12; fi |
			sed 's/^/      log| /'
		echo "      log| (whole console: $log)"
		return 1
	fi
	return 0
}
