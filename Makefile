# bareheap: a freestanding C runtime and allocator for static Linux binaries.
#
#   make [ARCH=<a directory of arch/>] [O=dir] [CROSS_COMPILE=prefix] [V=1] [target]
#
# One architecture per output directory (default out/<arch>), so several
# coexist. "make help" lists the targets.

# The architectures are the directories of arch/ (arch/README).
ARCHES := $(patsubst arch/%/Makefile,%,$(wildcard arch/*/Makefile))
# make install installs the one tree the command line names, or every built one
install-one := $(filter command line,$(origin ARCH) $(origin O))
ARCH ?= x86_64
ifeq ($(filter $(ARCH),$(ARCHES)),)
$(error ARCH=$(ARCH) is not supported; choose one of: $(ARCHES))
endif
# PLATFORM=bare: a defconfig for the architecture's bare board, in
# out/<arch>-bare (the .config decides from then on).
PLATFORM ?= linux
ifeq ($(filter $(PLATFORM),linux bare),)
$(error PLATFORM=$(PLATFORM) is not supported; choose linux or bare)
endif
O ?= out/$(ARCH)$(if $(filter bare,$(PLATFORM)),-bare)
override O := $(abspath $(O))
srctree := $(CURDIR)

include arch/$(ARCH)/Makefile
CROSS_COMPILE ?= $(ARCH_CROSS_COMPILE)
CC := $(CROSS_COMPILE)gcc
AR := $(CROSS_COMPILE)ar
NM := $(CROSS_COMPILE)nm
OBJCOPY := $(CROSS_COMPILE)objcopy

ifeq ($(V),1)
Q :=
quiet = @:
else
Q := @
quiet = @printf '  %-8s %s\n'
endif

# Targets that must not need a configuration (or a compiler) first.
no-config-goals := help clean distclean setup defconfig %_defconfig \
		   menuconfig olddefconfig savedefconfig test test-% bench \
		   fuzz check-tools $(if $(install-one),,install)
config-goals := $(filter-out $(no-config-goals),$(or $(MAKECMDGOALS),all))
config-goals := $(filter-out %_defconfig,$(config-goals))

.DEFAULT_GOAL := all

# The rules name files by their absolute path ($(O) is made absolute); a
# goal given as a relative one (out/x86/test/start) is the same file.
rel-goals := $(foreach g,$(filter-out /%,$(MAKECMDGOALS)),$(if $(findstring /,$(g)),$(g)))
$(foreach g,$(rel-goals),$(eval $(g): $(abspath $(g))))
.PHONY: all help clean distclean setup menuconfig defconfig olddefconfig \
	savedefconfig run test test-user test-host test-system test-uml test-bare \
	test-math-full bench fuzz \
	check-tools tests sdk test-programs install install-sdk FORCE

# ---------------------------------------------------------------------------
# Tools. scripts/setup installs what is missing (apt-get, as root) or says
# which packages to install.

setup check-tools:
	$(Q)scripts/setup

# ---------------------------------------------------------------------------
# Configuration (kconfig-frontends). The .config lives in $(O); kconfig-conf
# runs there with srctree pointing back here, as Linux does with O=.

KCONFIG_ENV := SRCARCH=$(ARCH) srctree=$(srctree) KCONFIG_CONFIG=.config \
	KCONFIG_AUTOCONFIG=include/config/auto.conf \
	KCONFIG_AUTOHEADER=include/generated/autoconf.h
kconfig = $(Q)mkdir -p $(O)/include/config $(O)/include/generated && \
	cd $(O) && export $(KCONFIG_ENV) &&
kconfig-files := Kconfig $(wildcard */Kconfig arch/$(ARCH)/Kconfig)

defconfig: $(ARCH)_defconfig

defconfig-file = $(if $(filter bare,$(PLATFORM)),$(O)/bare_defconfig,$(srctree)/arch/$(ARCH)/$@)

%_defconfig: check-tools
	$(Q)test -f arch/$(ARCH)/$@ || { echo "no arch/$(ARCH)/$@ (ARCH=$(ARCH))" >&2; exit 1; }
	$(Q)$(if $(filter bare,$(PLATFORM)),mkdir -p $(O) && \
		{ cat arch/$(ARCH)/$@; echo CONFIG_PLATFORM_BARE=y; } >$(O)/bare_defconfig)
	$(kconfig) kconfig-conf -s --defconfig=$(defconfig-file) $(srctree)/Kconfig
	@echo "  CONFIG   $(O)/.config from arch/$(ARCH)/$@$(if $(filter bare,$(PLATFORM)), for the bare board)"

menuconfig: check-tools
	$(Q)test -f $(O)/.config || $(MAKE) --no-print-directory defconfig
	$(kconfig) kconfig-mconf $(srctree)/Kconfig

olddefconfig: check-tools
	$(Q)test -f $(O)/.config || $(MAKE) --no-print-directory defconfig
	$(kconfig) kconfig-conf -s --olddefconfig $(srctree)/Kconfig

savedefconfig: check-tools
	$(kconfig) kconfig-conf --savedefconfig=defconfig $(srctree)/Kconfig
	@echo "  SAVED    $(O)/defconfig (copy it to arch/$(ARCH)/$(ARCH)_defconfig to keep it)"

$(O)/.config:
	$(Q)$(MAKE) --no-print-directory defconfig

$(O)/include/config/auto.conf: $(O)/.config $(kconfig-files)
	$(quiet) KCONFIG $(O)/.config
	$(kconfig) kconfig-conf -s --olddefconfig $(srctree)/Kconfig && \
		kconfig-conf -s --silentoldconfig $(srctree)/Kconfig
	$(Q)touch $@

ifneq ($(config-goals),)
-include $(O)/include/config/auto.conf
endif

# ---------------------------------------------------------------------------
# The runtime library: configuration selects the objects, as in kbuild.

obj-y :=
small-y :=
nofp-y :=
include kernel/Makefile mm/Makefile lib/Makefile platform/Makefile
objs := $(addprefix $(O)/obj/,$(obj-y))
# The program entry: the kernel's, or the bare board's (platform/Makefile).
arch-dir := arch/$(ARCH)$(if $(CONFIG_PLATFORM_BARE),/bare)
start-obj := $(O)/obj/$(arch-dir)/start.o
crt := $(O)/lib/crt1.o
libbareheap := $(O)/lib/libbareheap.a

# What every compilation for the target takes, the library's and the
# programs' (bin/bareheap-cc): a bare board's code model and the like too.
target-cflags := $(ARCH_CFLAGS) $(if $(CONFIG_PLATFORM_BARE),$(ARCH_BARE_CFLAGS))

GCC_INCLUDE = $(shell $(CC) -print-file-name=include)
LIBGCC = $(shell $(CC) -print-libgcc-file-name)

KBUILD_CFLAGS := -std=gnu11 -g -Wall -Wextra -Wno-unused-parameter \
	-ffreestanding -fno-stack-protector -fno-pie -fno-common \
	-fno-asynchronous-unwind-tables -fno-unwind-tables \
	-fno-tree-loop-distribute-patterns -ffunction-sections -fdata-sections \
	-nostdinc -isystem $(GCC_INCLUDE) -I$(srctree)/include \
	-I$(O)/include $(if $(CONFIG_PLATFORM_BARE),-I$(srctree)/platform/bare/include) \
	-I$(srctree)/arch/$(ARCH)/include -I$(srctree) \
	$(target-cflags) $(ARCH_LIB_CFLAGS) $(EXTRA_CFLAGS)

# Code that runs once or seldom (start-up, exit, system-call wrappers, the
# heap's set-up, reports and checker: small-y) is built for size, the rest
# for speed: -Oz (gcc 12 and later) where the compiler has it, smaller than
# -Os again at a speed this code does not need. EXTRA_CFLAGS, last,
# overrides either.
OPT := -O2
OPT_SIZE := $(shell $(CC) -Oz -E -x c /dev/null >/dev/null 2>&1 && echo -Oz || echo -Os)
$(addprefix $(O)/obj/,$(small-y)): OPT := $(OPT_SIZE)
$(addprefix $(O)/obj/,$(nofp-y)): OPT += $(ARCH_NOFP_CFLAGS)

$(O)/obj/%.o: %.c $(O)/include/config/auto.conf
	$(quiet) CC $<
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(OPT) $(KBUILD_CFLAGS) -MMD -MP -c $< -o $@

$(O)/obj/%.o: %.S
	$(quiet) AS $<
	$(Q)mkdir -p $(dir $@)
	$(Q)$(CC) $(OPT) $(KBUILD_CFLAGS) -MMD -MP -c $< -o $@

# Namespace: a program may define any name the C library does not reserve
# (its own panic, heap or runtime). So every global name that the library
# defines and no public header mentions is renamed __bh_<name> in each
# object, definitions and references alike: the sources keep short names,
# the archive exports only standard names and reserved ones. The public
# names are read twice: from the headers as written (every branch of every
# #if) and as the compiler sees them with every macro expanded, because
# some declarations are made by macros (math.h's float and long double
# variants, sinf and sinl, exist only as name##f and name##l).
public-headers := $(shell find include -name '*.h')
names-map := $(O)/lib/internal-names.map

$(names-map): $(objs) $(start-obj) $(public-headers)
	$(quiet) NAMES $@
	$(Q)mkdir -p $(dir $@)
	$(Q){ cat $(public-headers) | $(CC) -w -fpreprocessed -dD -E -P - && \
	      printf '#include <%s>\n' $(patsubst include/%,%,$(public-headers)) | \
	      $(CC) $(KBUILD_CFLAGS) -D_GNU_SOURCE -w -E -P -; } | \
		grep -ow '[A-Za-z_][A-Za-z0-9_]*' | sort -u >$@.public
	$(Q)$(NM) -g --defined-only $(objs) $(start-obj) | \
		awk 'NF == 3 && $$3 !~ /^_/ { print $$3 }' | sort -u | \
		comm -23 - $@.public | awk '{ print $$1, "__bh_" $$1 }' >$@.tmp
	$(Q)rm -f $@.public && mv $@.tmp $@

$(crt): $(start-obj) $(names-map)
	$(Q)mkdir -p $(dir $@)
	$(Q)$(OBJCOPY) --redefine-syms=$(names-map) $< $@

$(libbareheap): $(objs) $(names-map)
	$(quiet) AR $@
	$(Q)mkdir -p $(dir $@) && rm -f $@ && $(AR) rcsD $@ $(objs)
	$(Q)$(OBJCOPY) --redefine-syms=$(names-map) $@

-include $(objs:.o=.d) $(start-obj:.o=.d)

# ---------------------------------------------------------------------------
# The SDK: headers, start-up object, linker scripts, library, and the
# compiler wrapper. Everything a user's program needs lives under $(O).

sdk-headers := $(patsubst include/%,$(O)/include/%,$(shell find include -name '*.h')) \
	$(O)/include/sys/syscall.h
sdk-ld := $(O)/lib/link.ld $(O)/lib/image.ld $(O)/lib/image-sections.ld
cc-wrapper := $(O)/bin/bareheap-cc
run-wrapper := $(O)/bin/bareheap-run
# The names build systems link with: -lm takes lib/math/'s objects (also in
# libbareheap.a, so a program that forgets -lm links as well), -lc and -lrt
# empty archives, since libbareheap.a holds it all. The specs file keeps
# the compiler's own library paths, the host's glibc, out of every link.
sdk-libs := $(O)/lib/libm.a $(O)/lib/libc.a $(O)/lib/librt.a \
	$(O)/lib/bareheap.specs
sdk := $(libbareheap) $(crt) $(sdk-headers) $(sdk-ld) $(sdk-libs) $(cc-wrapper) \
	$(run-wrapper) \
	$(O)/toolchain.cmake

$(O)/include/%.h: include/%.h
	$(Q)mkdir -p $(dir $@) && cp $< $@

# <sys/syscall.h>: the target's numbers (__NR_name) and glibc's names for
# them (SYS_name), from the arch's generated table.
$(O)/include/sys/syscall.h: arch/$(ARCH)/include/asm/unistd_nr.h
	$(quiet) GEN $@
	$(Q)mkdir -p $(dir $@)
	$(Q){ echo '/* $(ARCH): every system call by its number (__NR_name) and by'; \
	  echo ' * its glibc name (SYS_name); syscall() is declared in <unistd.h>.'; \
	  echo ' * Generated from arch/$(ARCH)/include/asm/unistd_nr.h. */'; \
	  echo '#ifndef _SYS_SYSCALL_H'; echo '#define _SYS_SYSCALL_H'; echo; \
	  awk '$$1 == "#define" && $$2 ~ /^__(ARM_)?NR_/ { print } \
	       $$1 == "#define" && $$2 ~ /^__NR_/ { n = $$2; sub(/^__NR_/, "", n); \
	         sys[++k] = n } \
	       END { print ""; for (i = 1; i <= k; i++) \
	         printf "#define SYS_%-28s __NR_%s\n", sys[i], sys[i] }' $<; \
	  echo; echo '#endif'; } >$@.tmp && mv $@.tmp $@

$(O)/lib/link.ld: $(arch-dir)/link.ld
	$(Q)mkdir -p $(dir $@) && cp $< $@

$(O)/lib/image.ld $(O)/lib/image-sections.ld: $(O)/lib/%: kernel/%
	$(Q)mkdir -p $(dir $@) && cp $< $@

libm-objs := $(filter $(O)/obj/lib/math/%,$(objs))

$(O)/lib/libm.a: $(libm-objs) $(names-map)
	$(quiet) AR $@
	$(Q)mkdir -p $(dir $@) && rm -f $@ && $(AR) rcsD $@ $(libm-objs)
	$(Q)$(if $(libm-objs),$(OBJCOPY) --redefine-syms=$(names-map) $@,:)

$(O)/lib/libc.a $(O)/lib/librt.a:
	$(Q)mkdir -p $(dir $@) && rm -f $@ && $(AR) rcs $@

$(O)/lib/bareheap.specs:
	$(Q)mkdir -p $(dir $@) && printf '%s\n\n\n' '*link_libgcc:' >$@

# The wrapper brings the archives and specs it names, for those who build
# only the files they use (scripts/bench).
$(cc-wrapper): scripts/bareheap-cc.in $(O)/include/config/auto.conf arch/$(ARCH)/Makefile | $(sdk-libs)
	$(quiet) GEN $@
	$(Q)mkdir -p $(dir $@)
	$(Q)sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@CC@|$(CC)|g' \
		-e 's|@ARCH_CFLAGS@|$(strip $(target-cflags))|g' \
		-e 's|@GCC_INCLUDE@|$(GCC_INCLUDE)|g' -e 's|@LIBGCC@|$(LIBGCC)|g' \
		$< > $@.tmp && chmod +x $@.tmp && mv $@.tmp $@

$(run-wrapper): scripts/bareheap-run.in $(O)/include/config/auto.conf arch/$(ARCH)/Makefile
	$(quiet) GEN $@
	$(Q)mkdir -p $(dir $@)
	$(Q)sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@QEMU@|$(ARCH_QEMU)|g' \
		-e 's|@NATIVE_ON@|$(ARCH_NATIVE_ON)|g' \
		-e 's|@PLATFORM@|$(if $(CONFIG_PLATFORM_BARE),bare,linux)|g' \
		-e 's|@BARE_QEMU@|$(ARCH_QEMU_SYSTEM) $(ARCH_BARE_MACHINE)|g' \
		-e 's|@BARE_STATUS@|$(or $(ARCH_BARE_STATUS),none)|g' \
		-e 's|@BARE_LOAD_AS@|$(or $(ARCH_BARE_LOAD_AS),none)|g' \
		-e 's|@OBJCOPY@|$(OBJCOPY)|g' \
		$< > $@.tmp && chmod +x $@.tmp && mv $@.tmp $@

$(O)/toolchain.cmake: scripts/toolchain.cmake.in arch/$(ARCH)/Makefile
	$(quiet) GEN $@
	$(Q)mkdir -p $(dir $@)
	$(Q)sed -e 's|@ARCH@|$(ARCH)|g' -e 's|@CROSS_COMPILE@|$(CROSS_COMPILE)|g' \
		-e 's|@PROCESSOR@|$(ARCH_CMAKE_PROCESSOR)|g' \
		-e 's|@QEMU@|$(ARCH_QEMU)|g' $< > $@

# make install [PREFIX=/usr/local] [DESTDIR=]: every SDK built in out/<arch>
# (or the one ARCH= or O= names) to PREFIX/lib/bareheap/<arch>, with
# <triplet>-cc, -gcc, -ar, ... in PREFIX/bin (scripts/install-sdk).
PREFIX ?= /usr/local
DESTDIR ?=
ifeq ($(install-one),)
install:
	$(Q)built=; for a in $(ARCHES); do \
		test -x out/$$a/bin/bareheap-cc || continue; built=1; \
		$(MAKE) --no-print-directory ARCH=$$a install-sdk || exit 1; \
	done; test -n "$$built" || { echo "make install: no SDK built yet (make, or make ARCH=...)" >&2; exit 1; }
else
install: install-sdk
endif

install-sdk: $(sdk)
	$(Q)scripts/install-sdk $(O) $(ARCH) $(ARCH_TRIPLET) '$(CROSS_COMPILE)' \
		'$(PREFIX)' '$(DESTDIR)'

all: $(sdk) tests

sdk: $(sdk)

# ---------------------------------------------------------------------------
# Programs: the demo and the tests, built with the SDK's own wrapper so that
# every test build also tests the wrapper.

include test/Makefile

# Tests look inside the runtime (kernel/runtime.h, mm/heap.h), so their
# objects take the library's internal names too before they are linked.
$(O)/test/%: test/%.c test/check.h $(sdk)
	$(quiet) CC $@
	$(Q)mkdir -p $(dir $@)
	$(Q)$(cc-wrapper) -O2 -g -fno-builtin -Wall -Wextra -I$(srctree)/test -I$(srctree) -I$(O)/include -c $< -o $@.o
	$(Q)$(OBJCOPY) --redefine-syms=$(names-map) $@.o
	$(Q)$(cc-wrapper) -g $@.o $(TEST_LDFLAGS) -o $@ && rm -f $@.o

tests: $(test-bins)

run: all
	$(Q)scripts/run-demo $(ARCH) $(O)

# ---------------------------------------------------------------------------
# Whole-project targets: every architecture, every environment.

test:
	$(Q)scripts/test-all

test-user test-host test-system test-uml test-bare:
	$(Q)scripts/test-all $(patsubst test-%,%,$@)

# Real programs from Debian's sources, built unchanged with bareheap-cc
# (programs/): PROGRAMS= names some, PROGRAMS=--all takes the pending too.
test-programs:
	$(Q)scripts/test-programs $(PROGRAMS)

# libm against MPFR on MATH_INPUTS inputs a function (float and long
# double too), and the binary128 long double functions (built for the
# host with _Float128, slower: double-quad in software) on MATH128_INPUTS;
# make test runs the same checks on 3000 and 1000.
MATH_INPUTS ?= 10000000
MATH128_INPUTS ?= 100000
test-math-full:
	$(Q)scripts/host-libm -n $(MATH_INPUTS) -s
	$(Q)scripts/host-libm binary128 -n $(MATH128_INPUTS)

bench:
	$(Q)scripts/bench
	$(Q)scripts/host-libm bench

FUZZ_SECONDS ?= 300
fuzz:
	$(Q)scripts/host-tests fuzz $(FUZZ_SECONDS)
	$(Q)scripts/stress

clean:
	rm -rf $(O)

distclean:
	rm -rf out

help:
	@echo 'bareheap: a freestanding C runtime and allocator for static Linux binaries'
	@echo
	@echo 'Build (one architecture, in O=):'
	@echo '  all             - library, SDK (bin/bareheap-cc), demo and tests (default)'
	@echo '  sdk             - library and SDK only: headers, crt1.o, bin/bareheap-cc'
	@echo '  run             - build, then run the demo (bin/bareheap-run: qemu-user,'
	@echo '                    or booted on the board with PLATFORM=bare)'
	@echo '  clean           - remove O=; distclean removes every out/'
	@echo '  install         - every built SDK (or the ARCH=/O= one) to'
	@echo '                    PREFIX/lib/bareheap/<arch> (PREFIX=/usr/local,'
	@echo '                    DESTDIR=), with <triplet>-cc in PREFIX/bin and'
	@echo '                    a CMake toolchain file in each SDK'
	@echo
	@echo 'Configure (kconfig-frontends):'
	@echo '  defconfig       - load arch/$$ARCH/$$ARCH_defconfig'
	@echo '  <arch>_defconfig, menuconfig, olddefconfig, savedefconfig'
	@echo
	@echo 'Prove (every architecture):'
	@echo '  test            - everything below, one summary line'
	@echo '  test-user       - qemu-user for each arch, natively where the host runs it'
	@echo '  test-system     - booted Debian kernels under qemu-system'
	@echo '  test-uml        - User-Mode Linux'
	@echo '  test-bare       - the heap and library tests booted on the bare boards'
	@echo '  test-host       - mm/ on the host: fault injection, a short fuzz run'
	@echo '  test-programs   - real programs from Debian sources, built with bareheap-cc,'
	@echo '                    checked against glibc (PROGRAMS="zlib lua" or --all)'
	@echo '  test-math-full  - libm against MPFR on MATH_INPUTS (10000000) inputs'
	@echo '                    a function, beside glibc, and binary128 long double on'
	@echo '                    MATH128_INPUTS (100000) (hours: run it alone)'
	@echo '  bench           - benchmarks against other allocators, real programs too'
	@echo '                    (BENCH_ROUNDS=5; BENCH_PROGRAMS= leaves them out;'
	@echo '                    BENCH_QUICK=1 runs each once at a tiny size), then libm'
	@echo '                    against glibc and musl (scripts/host-libm bench)'
	@echo '  fuzz            - fuzz the heap on the host for FUZZ_SECONDS (300), then'
	@echo '                    fill whole 32-bit address spaces (scripts/stress)'
	@echo '  setup           - install the tools (apt-get, as root)'
	@echo
	@echo 'Variables:'
	@echo '  ARCH=$(ARCH)    (one of: $(ARCHES))'
	@echo '  PLATFORM=linux  (or bare: a defconfig for the bare board, in out/<arch>-bare)'
	@echo '  CROSS_COMPILE=$(CROSS_COMPILE)'
	@echo '  O=$(O)'
	@echo '  V=1 shows the commands'

# Boot environments: init, initramfs (qemu/Makefile).
include qemu/Makefile
