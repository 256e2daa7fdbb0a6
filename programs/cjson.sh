# cJSON: its own unit tests (tests/, the Unity framework), each run by
# itself as ctest would run it, and its cJSON_test program.
source=cjson=1.7.15-1+deb12u4
pending=

build() {
	set -- -DBUILD_SHARED_LIBS=OFF -DENABLE_CJSON_TEST=ON \
		-DCMAKE_BUILD_TYPE=Release
	# the SDK's CMake toolchain file, for bareheap
	if [ -n "$SDK" ]; then
		set -- "$@" -DCMAKE_TOOLCHAIN_FILE="$SDK/toolchain.cmake"
	fi
	cmake -S . -B build "$@"
	make -C build -j"$JOBS"
}

unity_tests="parse_examples parse_number parse_hex4 parse_string parse_array
parse_object parse_value print_string print_number print_array print_object
print_value misc_tests parse_with_opts compare_tests cjson_add
readme_examples minify_tests"
checks="$unity_tests cJSON_test"

unity() { cp -a "$B/build/tests/inputs" . && use "build/tests/$1" && run "./$1"; }
for t in $unity_tests; do eval "check_$t() { unity $t; }"; done
check_cJSON_test() { use build/cJSON_test; run ./cJSON_test; }
