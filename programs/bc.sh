# GNU bc: scripts (programs/bc/*.b) run with -l, the math library: long
# arithmetic, the library functions at high scale, bases, and bc's own
# example programs.
source=bc=1.07.1-3
pending=

build() {
	./configure --host="$HOST" CC="$CC"
	# The program only: the manuals (doc/) would need makeinfo.
	make -j"$JOBS" -C lib
	# bc's make generates libmath.h by running the fbc it has just built:
	# make cannot start a program of a target this host does not run, so
	# then the rule's own commands (Makefile.am, libmath.h) run again
	# through qemu-user.
	if ! make -C bc libmath.h; then
		(cd bc && $QEMU ./fbc -c ./libmath.b </dev/null >libmath.h &&
			./fix-libmath_h && rm -f ./fbc ./global.o)
	fi
	make -j"$JOBS" -C bc
}

checks="arith mathlib bases functions examples"

bc_script() { use bc/bc; cp "$D/$1.b" .; run ./bc -l "$1.b" </dev/null; echo "exit $?"; }
check_arith() { bc_script arith; }
check_mathlib() { bc_script mathlib; }
check_bases() { bc_script bases; }
check_functions() { bc_script functions; }
check_examples() {
	use bc/bc
	cp "$B/Examples/primes.b" "$B/Examples/twins.b" .
	echo 'scale=40; 4*a(1); e(1); l(10); sqrt(2)' | run ./bc -lq; echo "exit $?"
	printf 'primes(200)\nquit\n' | run ./bc -q primes.b 2>&1 | head -c 2000; echo
}
