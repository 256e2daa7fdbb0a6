# trap: EXIT, signals sent to itself, traps in subshells, reset, ignore.
trap 'echo "exit trap, status $?"' EXIT
trap 'echo "got USR1"' USR1
kill -USR1 $$
echo "after USR1"
trap 'echo "got TERM"' TERM
kill -TERM $$
trap - TERM
trap '' INT
kill -INT $$
echo "INT ignored"
trap
(trap 'echo "subshell exit"' EXIT; echo "in subshell")
( exit 4 ); echo "main still here, subshell $?"
sh_pid=$$
f() { trap 'echo "HUP in function"' HUP; kill -HUP $sh_pid; }
f
trap 'echo "ALRM"' ALRM; kill -ALRM $$
r=$( trap 'echo "cmdsubst exit"' EXIT; echo inner ); echo "$r"
$SH -c 'trap "echo child-exit" EXIT; exit 3'; echo "child status $?"
$SH -c 'kill -TERM $$; echo not reached'; echo "killed child status $?"
false
