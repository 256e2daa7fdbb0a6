# Parameter and arithmetic expansion, field splitting, positional params.
s=abcdefabc
echo "${s#a*c}" "${s##a*c}" "${s%b*}" "${s%%b*}" "${#s}"
unset u; echo "${u:-default}" "${u-dash}" "${u:+alt}" "${s:+alt}"
echo "${u:=assigned}" "$u"
( : ${nope:?message here} ) 2>&1 | sed 's/.*nope: //'
echo $((1 + 2 * 3)) $((10 / 3)) $((10 % 3)) $((-7 / 2)) $((1 << 10)) $((0x1f)) $((010)) $((5 > 3)) $((~0))
i=5; : $((i += 10)); echo $i $((i *= 2)) $i $((i ? 1 : 2)) $((i == 30 && 1))
echo $((2147483647 + 1)) $((9223372036854775807))
IFS=:; v="a:b::c"; set -- $v; echo "$# [$1] [$3]"; IFS=' 	
'
set -- "with space" two three; echo "$#"; for a in "$@"; do echo "<$a>"; done; for a in $*; do echo "($a)"; done
echo "$*" "${1}" "${3}"; shift; echo "$1"; shift 2; echo "$#"
f() { echo "$# args: $*"; local x=inner; echo "$x"; }; x=outer; f 1 2 3; echo "$x"
echo ~ | sed "s|$HOME|HOME|"
printf '%s|%d|%5.2f|%x|%o|%c|%b\n' str 42 3.14159 255 8 char 'esc\tape'
printf '%-6s|%6s|%03d\n' l r 7
echo "$(( $(printf '%d' 0x10) + 1 ))"
readonly ro=1; (ro=2) 2>/dev/null || echo "readonly refused"
echo ${#} ${?} $- | tr -d 'h'
