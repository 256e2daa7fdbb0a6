# sqlite3: the shell running SQL scripts (programs/sqlite3/*.sql) against a
# file database that persists from one script to the next.
source=sqlite3=3.40.1-2+deb12u2
pending=

build() {
	# Options of sqlite's own configure: no Tcl extension, no readline,
	# no threads, no dlopen, static only. -O1, not configure's -g -O2:
	# the amalgamation is one 8 MiB file that takes three times as long
	# at -g -O2 (for each target and for glibc), and what the checks
	# judge is the C library under sqlite, not the optimizer.
	./configure --host="$HOST" CC="$CC" CFLAGS=-O1 --disable-shared --disable-tcl \
		--disable-readline --disable-threadsafe --disable-load-extension
	make -j"$JOBS" sqlite3
}

checks="schema queries functions dump"

sql() { run ./sqlite3 -bail test.db <"$D/$1.sql"; echo "exit $?"; }
check_schema() { use sqlite3; sql schema; }
check_queries() { use sqlite3; sql schema >/dev/null; sql queries; }
check_functions() { use sqlite3; sql functions; }
check_dump() {
	use sqlite3; sql schema >/dev/null
	# (sqlite renders a REAL with 17 digits or more in long double where the
	# target has one: item's prices differ by design between targets)
	run ./sqlite3 test.db .schema 'SELECT printf("%.6f", price) FROM item LIMIT 20' \
		'.dump sale log'; echo "exit $?"
	run ./sqlite3 -csv -header test.db 'SELECT * FROM item ORDER BY id LIMIT 5'
	run ./sqlite3 test.db 'PRAGMA integrity_check; PRAGMA page_count;'
	run ./sqlite3 test.db 'SELECT * FROM nosuch'; echo "exit $?"
}
