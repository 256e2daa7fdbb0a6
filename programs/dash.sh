# dash: the shell running scripts (programs/dash/*.sh): pipes, redirection,
# here-documents, trap, globbing, command substitution, arithmetic,
# parameter expansion, functions, read, case and job control basics.
source=dash=0.5.12-2
pending=

build() {
	./configure --host="$HOST" CC="$CC"
	make -j"$JOBS"
}

checks="pipes redirection heredoc trap glob substitution expansion builtins"

# The scripts run ./dash for nested shells: "$SH" names it.
dash_script() {
	use src/dash; cp "$D/$1.sh" .
	SH="${launcher[*]:+${launcher[*]} }./dash" run ./dash "$1.sh"; echo "exit $?"
}
check_pipes() { dash_script pipes; }
check_redirection() { dash_script redirection; }
check_heredoc() { dash_script heredoc; }
check_trap() { dash_script trap; }
check_glob() { dash_script glob; }
check_substitution() { dash_script substitution; }
check_expansion() { dash_script expansion; }
check_builtins() { dash_script builtins; }
