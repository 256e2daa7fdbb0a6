# Globbing: *, ?, [...], classes, dot files, no match, quoting, set -f.
mkdir -p g/sub && cd g || exit 1
for f in a.c b.c c.h d.txt .hidden ab.c 'sp ace.c' 1.c; do : >"$f"; done
: >sub/x.c
echo *.c
echo ?.c
echo [ab]*.c
echo [!a]*
echo [[:digit:]]*
echo .*
echo */*.c
echo *.nomatch
echo "*.c" '*.c'
set -f; echo *.c; set +f
for f in *; do echo "[$f]"; done
case ab.c in a*.c) echo "case glob match" ;; esac
case x in [!a-w]) echo "case class match" ;; esac
x='*.h'; echo $x "$x"
echo s*/
cd .. && rm -r g
