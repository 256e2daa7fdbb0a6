# Pipes: between builtins, external programs and subshells; exit statuses.
echo "one two three" | tr ' ' '\n' | sort -r
printf '%s\n' c a b | sort | head -n 2
echo hello | { read x; echo "read: $x"; }
i=0; while [ $i -lt 5 ]; do echo $i; i=$((i + 1)); done | wc -l
true | false; echo "status $?"
false | true; echo "status $?"
! false | false; echo "negated $?"
seq 1 20000 | awk '{ s += $1 } END { print s }'
(echo sub1; echo sub2) | cat -n
yes | head -n 3
for w in x y z; do echo "$w"; done | tr a-z A-Z
echo to-stderr 1>&2 | cat
f() { while read line; do echo "f<$line>"; done; }
printf 'a\nb\n' | f
cat /dev/null | wc -c
echo "long pipe" | cat | cat | cat | cat | cat | cat | cat | cat
