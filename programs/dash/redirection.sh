# Redirection: files, appending, fds, duplication, closing, noclobber.
echo first >out.txt
echo second >>out.txt
cat out.txt
wc -l <out.txt
exec 3>fd3.txt
echo "via fd 3" >&3
exec 3>&-
cat fd3.txt
{ echo out; echo err >&2; } >both.txt 2>&1
cat both.txt
{ echo out; echo err >&2; } 2>/dev/null
echo swap 3>&1 1>&2 2>&3 3>&- 2>/dev/null
exec 4<out.txt
read l1 <&4; read l2 <&4
echo "$l2 $l1"
exec 4<&-
set -C
echo nope >out.txt 2>/dev/null || echo "noclobber refused"
echo yes >|out.txt && cat out.txt
set +C
cat <no-such-file 2>/dev/null || echo "missing input: $?"
echo a >x; echo b >>x; cat x x >y; cat y | sort | uniq -c | sed 's/^ *//'
: >empty; [ -s empty ] || echo "empty is empty"
echo "read-write" 1<>rw.txt; cat rw.txt
ls no-such-dir 2>&1 >/dev/null | sed 's/.*no-such-dir.*/ls complained/'
