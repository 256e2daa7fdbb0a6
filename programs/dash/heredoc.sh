# Here-documents: expansion, quoting, tabs stripped, in loops and functions.
name=world
cat <<EOT
hello $name
sum $((2 + 3))
cmd $(echo substituted)
escaped \$name and backslash \\
EOT
cat <<'EOT'
quoted $name $(not run)
EOT
cat <<-EOT
	tabs are stripped
		even two
	EOT
f() {
	cat <<EOT
in function: $1
EOT
}
f arg
for i in 1 2; do cat <<EOT
loop $i
EOT
done
cat <<A; cat <<B
first doc
A
second doc
B
read a b <<EOT
alpha beta gamma
EOT
echo "$b|$a"
while read n; do echo "line $n"; done <<EOT
$(seq 1 3)
EOT
big=$(cat <<EOT
$(seq 1 2000)
EOT
)
echo "${#big}"
tr a-z A-Z <<EOT | rev
piped heredoc
EOT
