/*
 * sysconf and getpagesize: fixed answers with glibc's values, limits from
 * getrlimit, the page size from the auxiliary vector, processors and
 * memory from the kernel.
 */
#include <errno.h>
#include <limits.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <unistd.h>
#include "kernel/runtime.h"
#include "kernel/syscall.h"

int getpagesize(void)
{
	return (int)runtime.page_size;
}

int sysinfo(struct sysinfo *info)
{
	return syscall_result(arch_syscall1(__NR_sysinfo, SC(info)));
}

/* A limit's soft value, or -1 (no limit, and errno untouched). */
static long soft_limit(int resource)
{
	struct rlimit rl;

	if (getrlimit(resource, &rl) < 0 || rl.rlim_cur == RLIM_INFINITY ||
	    rl.rlim_cur > LONG_MAX)
		return -1;
	return (long)rl.rlim_cur;
}

/* Room for arguments and environment: a quarter of the stack limit, as
 * the kernel allows, and never less than the historical 128 KiB. */
static long arg_max(void)
{
	struct rlimit rl;
	const long legacy = 131072;

	if (getrlimit(RLIMIT_STACK, &rl) < 0 || rl.rlim_cur / 4 < legacy)
		return legacy;
	return rl.rlim_cur / 4 > LONG_MAX ? LONG_MAX : (long)(rl.rlim_cur / 4);
}

/*
 * Physical or free memory in pages. Free memory is never more than all of
 * it: an emulator that truncates sysinfo's fields for a 32-bit guest (a
 * host with more than 4 GiB under qemu-user) can answer otherwise.
 */
static long memory_pages(int available)
{
	struct sysinfo si;
	unsigned long long unit, total, free;

	if (sysinfo(&si) < 0)
		return -1;
	unit = si.mem_unit ? si.mem_unit : 1;
	total = si.totalram * unit / runtime.page_size;
	free = si.freeram * unit / runtime.page_size;
	if (free > total)
		free = total;
	return (long)(available ? free : total);
}

long get_phys_pages(void)
{
	return memory_pages(0);
}

long get_avphys_pages(void)
{
	return memory_pages(1);
}

long sysconf(int name)
{
	switch (name) {
	case _SC_PAGESIZE:		return (long)runtime.page_size;
	case _SC_CLK_TCK:		return 100;
	case _SC_ARG_MAX:		return arg_max();
	case _SC_CHILD_MAX:		return soft_limit(RLIMIT_NPROC);
	case _SC_OPEN_MAX:		return soft_limit(RLIMIT_NOFILE);
	case _SC_NGROUPS_MAX:		return 65536;
	case _SC_STREAM_MAX:		return 16;
	case _SC_TZNAME_MAX:		return -1;
	case _SC_JOB_CONTROL:		return 1;
	case _SC_SAVED_IDS:		return 1;
	case _SC_VERSION:		return _POSIX_VERSION;
	case _SC_LINE_MAX:		return 2048;
	case _SC_GETPW_R_SIZE_MAX:	return 1024;
	case _SC_GETGR_R_SIZE_MAX:	return 1024;
	case _SC_LOGIN_NAME_MAX:	return LOGIN_NAME_MAX;
	case _SC_TTY_NAME_MAX:		return TTY_NAME_MAX;
	case _SC_HOST_NAME_MAX:		return HOST_NAME_MAX;
	case _SC_SYMLOOP_MAX:		return -1;
	case _SC_NPROCESSORS_CONF:	return get_nprocs_conf();
	case _SC_NPROCESSORS_ONLN:	return get_nprocs();
	case _SC_PHYS_PAGES:		return get_phys_pages();
	case _SC_AVPHYS_PAGES:		return get_avphys_pages();
	}
	errno = EINVAL;
	return -1;
}
