# Command substitution: $(...), backquotes, nesting, trailing newlines,
# exit status, large outputs, in assignments and arguments.
a=$(echo hello)
b=`echo world`
echo "$a $b"
echo "nested: $(echo "$(echo "$(echo deep)")")"
echo "lines: $(printf 'x\n\n\n')|"
n=$(seq 1 10000 | wc -l); echo "count $n"
x=$(exit 7); echo "status $?"
echo "$(cat <<EOT
from heredoc
EOT
)"
set -- $(echo one two three); echo "$# $2"
echo `echo \`echo backquoted\``
v=$(printf '%s' "$(seq 1 5)" | tr '\n' ,); echo "$v"
echo "pid same: $( [ "$$" = "$(echo $$)" ] && echo yes )"
f() { echo "f says $1"; }; echo "$(f hi)"
big=$(seq 1 50000); echo "${#big}"
echo $(( $(echo 6) * $(echo 7) ))
