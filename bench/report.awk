# The report of scripts/bench: reads the sizes of the start-up programs
# ("build bytes" lines) and then the results ("workload alloc round
# ns_per_op peak_rss base_rss live_peak checksum" lines); writes docs/bench.md
# to stdout, the terminal table to tabout and bareheap's time ratios to each
# peer (for the chart) to datout. Variables come from scripts/bench.

function sortv(a, n,    i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
			t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
		}
}

# median of the values stored under key k in vals[] (count cnt[k])
function median(k,    a, i, n) {
	n = cnt[k]
	for (i = 1; i <= n; i++)
		a[i] = vals[k, i] + 0
	sortv(a, n)
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}

function minimum(k,    i, m) {
	m = vals[k, 1] + 0
	for (i = 2; i <= cnt[k]; i++)
		if (vals[k, i] + 0 < m)
			m = vals[k, i] + 0
	return m
}

function medof(arr, k,    a, i, n) {
	n = cnt[k]
	for (i = 1; i <= n; i++)
		a[i] = arr[k, i] + 0
	sortv(a, n)
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}

# a time in ns with about four significant digits
function fmt_ns(x) {
	if (x >= 10000) return sprintf("%.0f", x)
	if (x >= 1000) return sprintf("%.1f", x)
	if (x >= 100) return sprintf("%.1f", x)
	return sprintf("%.2f", x)
}

function ratio(x) {
	return x >= 10 ? sprintf("%.1f", x) : sprintf("%.2f", x)
}

function have(w, a) { return ((w, a) in cnt) }

# The peer with the smallest heap part on workload w ("" if none ran it);
# its heap part in bv.
function best_peer(w,    k, best) {
	best = ""; bv = 0
	for (k = 1; k <= np; k++)
		if (have(w, P[k]) && (best == "" || heapkib[w, P[k]] < bv)) {
			best = P[k]; bv = heapkib[w, P[k]]
		}
	return best
}

# One line of the targets: bareheap's median time at most (strict: below)
# limit times the peer's on every workload that both ran.
function time_target(title, peer, limit, strict,    i, w, t, miss, n) {
	miss = ""; n = 0
	for (i = 1; i <= nw; i++) {
		w = W[i]
		if (!((w, peer) in rat)) continue
		n++
		if (strict ? rat[w, peer] < limit : rat[w, peer] <= limit) continue
		t = sprintf("%s %s (%s)", w, ratio(rat[w, peer]), ratio(mn[w, "bareheap"] / mn[w, peer]))
		miss = miss (miss == "" ? "" : ", ") t
	}
	printf("- **%s: %s.**%s\n", title, miss == "" ? "met" : "missed",
	       miss == "" ? sprintf(" (%d workloads)", n) : " Missed on: " miss ".")
}

FNR == NR { size[$1] = $2; next }

$4 != "FAIL" {
	k = $1 SUBSEP $2
	i = ++cnt[k]
	vals[k, i] = $4
	peak[k, i] = $5
	base[k, i] = $6
	if ($7 + 0 > live[$1] + 0)
		live[$1] = $7
}

END {
	nw = split(wlist, W, " ")
	np = split("glibc musl mimalloc jemalloc scudo", P, " ")
	n = split(wargs, A, ";")
	for (i = 1; i <= n; i++) {
		split(A[i], kv, ":")
		args[kv[1]] = kv[2]
	}
	unit["small-pair"] = "malloc(32)+free"
	unit["batch-fifo"] = "malloc+free, 16..128 B, in batches of 1000 freed oldest first"
	unit["batch-lifo"] = "malloc+free, 16..128 B, in batches of 1000 freed newest first"
	unit["live-512"] = "replace one of 10 000 live blocks, 16..512 B"
	unit["live-64k"] = "replace one of 10 000 live blocks, 16 B..64 KiB, every page written"
	unit["realloc-chain"] = "realloc growing 8 buffers by 1/4 from 16 B to 64 KiB"
	unit["calloc-4k"] = "calloc(1, 4096)+free"
	unit["big-1m"] = "malloc(1 MiB), one write per page, free"
	unit["binary-trees"] = "one 16-byte tree node (malloc+free)"
	unit["symtab"] = "one token of a tokenizer + symbol table (strndup, realloc'd vectors, hash table)"
	unit["lua-churn"] = "Lua: one record (a table, an array, two strings) built, indexed by name, half of them dropped; a 200-piece string built and split every 1000"
	unit["sqlite-rows"] = "sqlite3: one row inserted (two indexes), queried, updated or deleted, sorted, self-joined, in memory"
	unit["bzip2-9"] = "bzip2 -9: one KiB of text compressed"
	n = split(nomusl, A, ";")
	for (i = 1; i <= n; i++)
		if (A[i] != "")
			musl_why[A[i]] = 1

	for (i = 1; i <= nw; i++) {
		w = W[i]
		for (j = 0; j <= np; j++) {
			a = j ? P[j] : "bareheap"
			if (!have(w, a)) continue
			med[w, a] = median(w SUBSEP a)
			mn[w, a] = minimum(w SUBSEP a)
			pk[w, a] = medof(peak, w SUBSEP a)
			heapkib[w, a] = pk[w, a] - medof(base, w SUBSEP a)
		}
		for (j = 1; j <= np; j++)
			if (have(w, P[j]) && med[w, P[j]] > 0)
				rat[w, P[j]] = med[w, "bareheap"] / med[w, P[j]]
		for (v = 1; v <= 2; v++) {
			a = v == 1 ? "bareheap-noharden" : "bareheap-junk"
			if (have(w, a)) {
				med[w, a] = median(w SUBSEP a)
				mn[w, a] = minimum(w SUBSEP a)
			}
		}
	}

	# ---- the terminal table ----
	printf("\n%-14s %12s %12s %12s %12s %12s %12s | %-36s\n", "ns/op (median)",
	       "bareheap", "glibc", "musl", "mimalloc", "jemalloc", "scudo",
	       "bareheap / glibc musl mi je scudo") > tabout
	for (i = 1; i <= nw; i++) {
		w = W[i]
		line = sprintf("%-14s", w)
		for (j = 0; j <= np; j++) {
			a = j ? P[j] : "bareheap"
			line = line sprintf(" %12s", have(w, a) ? fmt_ns(med[w, a]) : "-")
		}
		line = line " |"
		for (j = 1; j <= np; j++)
			line = line sprintf(" %6s", ((w, P[j]) in rat) ? ratio(rat[w, P[j]]) : "-")
		print line > tabout
	}
	printf("\n%-14s %12s %12s %12s %12s %12s %12s %10s\n", "peak RSS KiB",
	       "bareheap", "glibc", "musl", "mimalloc", "jemalloc", "scudo", "live KiB") > tabout
	for (i = 1; i <= nw; i++) {
		w = W[i]
		line = sprintf("%-14s", w)
		for (j = 0; j <= np; j++) {
			a = j ? P[j] : "bareheap"
			line = line sprintf(" %12s", have(w, a) ? pk[w, a] : "-")
		}
		print line sprintf(" %10s", live[w]) > tabout
	}
	if (have("startup", "bareheap")) {
		printf("\n%-14s %12s %12s %12s %12s\n", "start-up", "bareheap",
		       "musl", "glibc-static", "glibc") > tabout
		line = sprintf("%-14s", "us per run")
		split("bareheap musl glibc-static glibc", B, " ")
		for (j = 1; j <= 4; j++)
			line = line sprintf(" %12.1f", median("startup" SUBSEP B[j]) / 1000)
		print line > tabout
		line = sprintf("%-14s", "bytes")
		for (j = 1; j <= 4; j++)
			line = line sprintf(" %12s", size["startup:" B[j]])
		print line > tabout
		line = sprintf("%-14s", "no heap, us")
		for (j = 1; j <= 4; j++)
			line = line (have("empty", B[j]) ? sprintf(" %12.1f",
				median("empty" SUBSEP B[j]) / 1000) : sprintf(" %12s", "-"))
		print line > tabout
	}
	hline = ""
	for (i = 1; i <= nw; i++) {
		w = W[i]
		if (!have(w, "bareheap-noharden")) continue
		if (hline == "") {
			printf("\n%-14s %12s %12s %12s\n", "ns/op (median)",
			       "bareheap", "no harden", "junk") > tabout
			hline = "x"
		}
		printf("%-14s %12s %12s %12s\n", w, fmt_ns(med[w, "bareheap"]),
		       fmt_ns(med[w, "bareheap-noharden"]),
		       have(w, "bareheap-junk") ? fmt_ns(med[w, "bareheap-junk"]) : "-") > tabout
	}

	# ---- the chart's data ----
	print "# workload bareheap/glibc bareheap/musl bareheap/mimalloc bareheap/jemalloc bareheap/scudo (median ns/op ratios)" > datout
	for (i = 1; i <= nw; i++) {
		w = W[i]
		line = w
		for (j = 1; j <= np; j++)
			line = line " " (((w, P[j]) in rat) ? sprintf("%.4f", rat[w, P[j]]) : "NaN")
		print line > datout
	}

	# ---- docs/bench.md ----
	print "# bareheap benchmarks"
	print ""
	print "Written by `scripts/bench` (`make bench`); do not edit by hand, run it again."
	print ""
	print "| | |"
	print "|---|---|"
	printf("| command | `%s` |\n", cmdline)
	printf("| date | %s |\n", date)
	printf("| machine | %s, `nproc` = %s |\n", cpu, nproc)
	printf("| kernel | %s |\n", kernel)
	printf("| bareheap | %s, x86_64 defconfig build (`out/x86_64`) |\n", rev)
	printf("| peers | glibc %s, musl %s, mimalloc %s, jemalloc %s, scudo (LLVM's standalone runtime, libclang-rt-14-dev %s) (Debian packages) |\n",
	       glibcv, muslv, miv, jev, scudov)
	printf("| compiler | gcc %s, `-O2` for every workload (bareheap's own library: `-O2`, `-Oz` for its start-up and reports) |\n", gccv)
	printf("| rounds | %s, round-robin over the allocators within each round |\n", rounds)
	printf("| load average | %s at the start, %s at the end, at most %s while the rounds ran%s (anything else running makes the times noisy: compare the fastest rounds too) |\n",
	       load0, load1, loadmax, loadmax + 0 > 1.5 ? ": **the machine was loaded**, other work ran beside the bench" : "")
	print ""
	print "Builds: **bareheap** `out/x86_64/bin/bareheap-cc -O2` (static, freestanding);"
	print "**glibc** `gcc -O2` (dynamic, glibc's ptmalloc); **musl** `musl-gcc -O2 -static`"
	print "(mallocng); **mimalloc**, **jemalloc** and **scudo**: the glibc build run with"
	print "`LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libmimalloc.so.2`, `.../libjemalloc.so.2`"
	print "or `/usr/lib/llvm-14/lib/clang/14.0.6/lib/linux/libclang_rt.scudo_standalone-x86_64.so`"
	print "(scudo's default options)."
	print "Each workload times itself with `clock_gettime(CLOCK_MONOTONIC)` around the"
	print "work and reads its peak resident set (`VmHWM`) from `/proc/self/status`;"
	print "it checks every block's contents and a checksum known for its size, and"
	print "all allocators must agree on the checksum. Sources: `bench/*.c`."
	print ""
	if (have("lua-churn", "bareheap") || have("sqlite-rows", "bareheap") || have("bzip2-9", "bareheap")) {
		print "The **real programs** (the last rows) are those of the real-programs suite"
		print "(`programs/*.sh`: Debian's sources, built unchanged by their own build"
		print "systems, `scripts/programs.sh`): bareheap's build is the suite's x86_64"
		print "one with `bareheap-cc` (static); glibc's is the suite's reference with"
		print "`gcc` (dynamic), run as it is and with each peer preloaded; musl's is"
		print "the same recipe with `CC=\"musl-gcc -static\"`. Their own build flags"
		print "apply (Lua `-O2`, sqlite3 `-O1`, bzip2 `-O2 -g`). `bench/timeit.c` runs"
		print "each once per round and takes the time from fork to exit over the"
		print "operations, the peak resident set (`ru_maxrss`), and a checksum of its"
		print "output, which every allocator must share; Lua's checksum line and"
		print "sqlite3's first result are also checked against their known values,"
		print "and bzip2's output is decompressed once to the input. Inputs:"
		print "`bench/churn.lua`, `bench/rows.sql`, and for bzip2 a text generated"
		print "by the bench (a fixed vocabulary and a Park-Miller sequence)."
		print "Here the whole C library differs, not only the allocator: bareheap's"
		print "string functions and stdio run against glibc's (a preloaded peer"
		print "replaces glibc's malloc and nothing else), so a ratio above 1 may come"
		print "from `memcpy` or `memcmp` as well as from `malloc` (a profile tells)."
		for (w in musl_why)
			printf("No musl build of %s.\n", w)
		print ""
	}

	print "## Time per operation"
	print ""
	print "Nanoseconds per operation, median of the rounds (fastest round in"
	print "parentheses). Lower is better."
	print ""
	print "| workload | one operation | arguments | bareheap | glibc | musl | mimalloc | jemalloc | scudo |"
	print "|---|---|---|--:|--:|--:|--:|--:|--:|"
	for (i = 1; i <= nw; i++) {
		w = W[i]
		line = sprintf("| %s | %s | `%s` |", w, unit[w], args[w])
		for (j = 0; j <= np; j++) {
			a = j ? P[j] : "bareheap"
			line = line (have(w, a) ? sprintf(" %s (%s) |", fmt_ns(med[w, a]), fmt_ns(mn[w, a])) : " - |")
		}
		print line
	}
	print ""

	print "## bareheap's time relative to each peer"
	print ""
	print "bareheap's median time divided by the peer's: below 1 bareheap is faster"
	print "(0.50 = twice as fast), above 1 slower (**bold**); in parentheses the"
	print "same for the fastest rounds. The chart is `docs/bench.png`."
	print ""
	print "| workload | vs glibc | vs musl | vs mimalloc | vs jemalloc | vs scudo |"
	print "|---|--:|--:|--:|--:|--:|"
	for (i = 1; i <= nw; i++) {
		w = W[i]
		line = sprintf("| %s |", w)
		for (j = 1; j <= np; j++)
			line = line (((w, P[j]) in rat) ? sprintf(" %s%s%s (%s) |", rat[w, P[j]] > 1 ? "**" : "", ratio(rat[w, P[j]]), rat[w, P[j]] > 1 ? "**" : "", ratio(mn[w, "bareheap"] / mn[w, P[j]])) : " - |")
		print line
	}
	print ""
	print "![bareheap's time ratio to each peer](bench.png)"
	print ""

	print "## Peak resident set"
	print ""
	print "KiB, median of the rounds: the heap's part (peak `VmHWM` minus `VmHWM`"
	print "just before the workload, which is the program and its C library: about"
	print "50 KiB for the static builds, 1.2 MiB for the dynamic glibc one), with the"
	print "raw peak in parentheses. *live* is the most the workload itself had"
	print "asked for and not freed at any one time (symtab and the real programs do"
	print "not count it). For a real program the part before the workload is the"
	print "peak of the same build run with an option that exits before it"
	print "allocates (`-v`, `-version`, `-V`)."
	print ""
	print "| workload | live | bareheap | glibc | musl | mimalloc | jemalloc | scudo |"
	print "|---|--:|--:|--:|--:|--:|--:|--:|"
	for (i = 1; i <= nw; i++) {
		w = W[i]
		line = sprintf("| %s | %s |", w, live[w] > 0 ? live[w] : "-")
		for (j = 0; j <= np; j++) {
			a = j ? P[j] : "bareheap"
			line = line (have(w, a) ? sprintf(" %d (%d) |", heapkib[w, a], pk[w, a]) : " - |")
		}
		print line
	}
	print ""

	if (have("startup", "bareheap")) {
		print "## Start-up and size"
		print ""
		printf("`bench/startup.c` (one malloc, exit), stripped, started %s times in a\n", spawn_runs)
		print "row by `bench/spawn.c` (posix_spawn, then waitpid) per round: the time"
		print "from spawning to seeing the exit, median of the rounds (fastest in"
		print "parentheses)."
		print ""
		print "| build | µs per run | stripped size (bytes) |"
		print "|---|--:|--:|"
		split("bareheap musl glibc-static glibc", B, " ")
		split("bareheap (static)|musl (static, `musl-gcc -static`)|glibc (static, `gcc -static`)|glibc (dynamic, `gcc`)", BN, "|")
		for (j = 1; j <= 4; j++) {
			su[B[j]] = median("startup" SUBSEP B[j]) / 1000
			printf("| %s | %.1f (%.1f) | %s |\n", BN[j], su[B[j]],
			       minimum("startup" SUBSEP B[j]) / 1000, size["startup:" B[j]])
		}
		for (j = 1; j <= 2; j++) {
			if (!have("empty", B[j]))
				continue
			e[B[j]] = median("empty" SUBSEP B[j]) / 1000
			printf("| %s, no heap (`bench/empty.c`) | %.1f (%.1f) | %s |\n",
			       B[j], e[B[j]], minimum("empty" SUBSEP B[j]) / 1000,
			       size["empty:" B[j]])
		}
		print ""
		if (have("empty", "bareheap") && have("empty", "musl")) {
			printf("The rows without a heap (`bench/empty.c`, which returns at once)\n")
			printf("show the runtime alone; setting up the heap and the first malloc add\n")
			printf("%.1f µs to bareheap's start-up and %.1f µs to musl's.\n",
			       su["bareheap"] - e["bareheap"], su["musl"] - e["musl"])
			print ""
		}
	}

	hdr = 0
	for (i = 1; i <= nw; i++) {
		w = W[i]
		if (!have(w, "bareheap-noharden")) continue
		if (!hdr) {
			print "## What hardening costs"
			print ""
			print "bareheap's default build (`CONFIG_MM_HARDEN=y`: every free and"
			print "realloc checked; `CONFIG_MM_JUNK` off) against one build with"
			print "`# CONFIG_MM_HARDEN is not set` (`out/bench-noharden`) and one with"
			print "`CONFIG_MM_JUNK=y` (freed blocks filled with 0xdf, `out/bench-junk`),"
			print "on the small-object workloads. ns per operation, median (fastest);"
			print "the change is relative to the default build, medians (fastest"
			print "rounds)."
			print ""
			print "| workload | default | HARDEN off | change | JUNK on | change |"
			print "|---|--:|--:|--:|--:|--:|"
			hdr = 1
		}
		d = med[w, "bareheap"]
		dm = mn[w, "bareheap"]
		printf("| %s | %s (%s) | %s (%s) | %+.0f%% (%+.0f%%) | %s (%s) | %+.0f%% (%+.0f%%) |\n", w,
		       fmt_ns(d), fmt_ns(dm),
		       fmt_ns(med[w, "bareheap-noharden"]), fmt_ns(mn[w, "bareheap-noharden"]),
		       100 * (med[w, "bareheap-noharden"] / d - 1),
		       100 * (mn[w, "bareheap-noharden"] / dm - 1),
		       fmt_ns(med[w, "bareheap-junk"]), fmt_ns(mn[w, "bareheap-junk"]),
		       100 * (med[w, "bareheap-junk"] / d - 1),
		       100 * (mn[w, "bareheap-junk"] / dm - 1))
	}
	if (hdr) print ""

	# ---- targets ----
	print "## Targets"
	print ""
	print "Checked against this run's medians; ratios are bareheap / peer, medians"
	print "with the fastest rounds' in parentheses."
	print ""
	time_target("At or below mimalloc's time on every workload", "mimalloc", 1, 0)
	time_target("Below jemalloc's time on every workload", "jemalloc", 1, 1)
	time_target("At most half of scudo's time on every workload", "scudo", 0.5, 0)
	split("live-512 live-64k", L, " ")
	for (j = 1; j <= 2; j++) {
		w = L[j]
		if (!have(w, "bareheap") || !(live[w] > 0)) continue
		lim = 1.15 * live[w] + 1024
		printf("- **Peak RSS on %s at most 1.15 × live + 1 MiB (%d KiB): %s.** bareheap's heap part (peak minus the RSS before the workload) is %d KiB, %.3f × the %d KiB live",
		       w, lim, heapkib[w, "bareheap"] <= lim ? "met" : "missed",
		       heapkib[w, "bareheap"], heapkib[w, "bareheap"] / live[w], live[w])
		printf("; the peers: ")
		for (k = 1; k <= np; k++)
			printf("%s%s %.3f", k > 1 ? ", " : "", P[k], heapkib[w, P[k]] / live[w])
		print "."
	}
	w = "binary-trees"
	if (have(w, "bareheap")) {
		best = best_peer(w)
		printf("- **Peak RSS on binary-trees at most the best peer's: %s.** bareheap's heap part %d KiB, the best peer's (%s) %d KiB.\n",
		       heapkib[w, "bareheap"] <= bv ? "met" : "missed", heapkib[w, "bareheap"], best, bv)
	}
	miss = ""
	for (i = 1; i <= nw; i++) {
		w = W[i]
		best = best_peer(w)
		if (best != "" && heapkib[w, "bareheap"] > 1.1 * bv)
			miss = miss sprintf("%s%s %d KiB against %s's %d", miss == "" ? "" : ", ",
					    w, heapkib[w, "bareheap"], best, bv)
	}
	printf("- **Peak RSS (the heap's part) at most 10%% above the best peer's on every workload: %s.**%s\n",
	       miss == "" ? "met" : "missed", miss == "" ? "" : " Above on: " miss ".")
	if (have("startup", "bareheap")) {
		printf("- **Start-up at most static musl's: %s.** %.1f µs against %.1f µs (static glibc %.1f µs)",
		       su["bareheap"] <= su["musl"] ? "met" : "missed", su["bareheap"], su["musl"], su["glibc-static"])
		if (have("empty", "bareheap") && have("empty", "musl"))
			printf("; without a heap %.1f against %.1f µs, so the heap's set-up and first malloc cost %.1f µs against musl's %.1f",
			       e["bareheap"], e["musl"], su["bareheap"] - e["bareheap"], su["musl"] - e["musl"])
		printf(".\n")
		printf("- **Stripped start-up program no bigger than musl's: %s.** %d bytes against %d (%.2f ×; static glibc %d).\n",
		       size["startup:bareheap"] <= size["startup:musl"] ? "met" : "missed",
		       size["startup:bareheap"], size["startup:musl"],
		       size["startup:bareheap"] / size["startup:musl"], size["startup:glibc-static"])
	}
}
