# Lua 5.4: the interpreter running scripts (programs/lua/*.lua) on strings,
# tables, string.format, io, os.date and os.time, errors and coroutines.
source=lua5.4=5.4.4-3+deb12u1
pending=

build() {
	# "posix" is one of Lua's own platforms (make help): POSIX calls, no
	# dlopen or readline.
	make -j"$JOBS" posix CC="$CC" AR="$AR rcu" RANLIB="$RANLIB"
}

checks="strings tables format io os errors coroutines"

lua_script() { use src/lua; cp "$D/$1.lua" .; run ./lua "$1.lua"; echo "exit $?"; }
check_strings() { lua_script strings; }
check_tables() { lua_script tables; }
check_format() { lua_script format; }
check_io() { lua_script io; }
check_os() { lua_script os; }
check_errors() { lua_script errors; }
check_coroutines() { lua_script coroutines; }
