# Builtins and control flow: test, case, read, eval, getopts, set, export,
# functions, return, break/continue, cd/pwd, umask, command, type.
[ 1 -lt 2 ] && [ abc = abc ] && [ -n x ] && [ -z "" ] && test -d / && echo "tests ok"
[ 10 -ge 9 -a ! 3 -eq 4 ] && echo "compound ok"
for x in apple 12 -n ''; do case $x in a*) echo "a-word $x";; [0-9]*) echo "number $x";; -*) echo "option $x";; '') echo empty;; esac; done
printf 'k1=v1\nk2=v2\n' | while IFS== read k v; do echo "$k -> $v"; done
read -r raw <<'EOT'
back\slash kept
EOT
echo "$raw"
eval 'e=evaluated'; echo "$e"; cmd='echo via eval'; eval "$cmd"
set -- -a -b val -c rest
while getopts ab:c o; do echo "opt $o ${OPTARG-}"; done; shift $((OPTIND - 1)); echo "left $*"
export EXPORTED=yes; $SH -c 'echo "child sees $EXPORTED"'
unset EXPORTED; $SH -c 'echo "child sees ${EXPORTED-nothing}"'
g() { return 3; }; g; echo "returned $?"
for i in 1 2 3 4 5; do [ $i = 2 ] && continue; [ $i = 4 ] && break; echo "i=$i"; done
mkdir -p d1/d2 && cd d1/d2 && echo "${PWD##*/}" && cd ../.. && rmdir d1/d2 d1
umask 027; umask; umask 022
command -v cd; type echo | sed 's/ is .*/ is known/'
alias ll='echo aliased'; eval ll
x=1; while :; do x=$((x * 2)); [ $x -gt 1000 ] && break; done; echo "$x"
if false; then echo no; elif true; then echo elif; else echo else; fi
until [ "${y:=0}" -ge 3 ]; do y=$((y + 1)); done; echo "y=$y"
set -e; (false; echo "not here") || echo "subshell failed under -e"; set +e
echo "$(( $(ulimit -n) > 0 ))"
times >/dev/null && echo "times ran"
kill -l 9 15
wait; echo "waited"
sleep 0 & wait $!; echo "background status $?"
exit 5
