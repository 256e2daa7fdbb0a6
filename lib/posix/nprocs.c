/*
 * How many processors: the online ones from /sys/devices/system/cpu/online
 * ("0-3,6"), the configured ones from .../possible; where /sys is not
 * mounted, the CPUs this process may run on.
 */
#include <fcntl.h>
#include <sched.h>
#include <sys/sysinfo.h>
#include <unistd.h>

/* Counts the CPUs of a list such as "0-3,6\n"; 0 when unreadable. */
static int count_list(const char *path)
{
	char buf[256];
	int fd = open(path, O_RDONLY | O_CLOEXEC), n = 0;
	long len;
	char *p;

	if (fd < 0)
		return 0;
	len = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (len <= 0)
		return 0;
	buf[len] = '\0';
	for (p = buf; *p >= '0' && *p <= '9';) {
		long lo = 0, hi;

		while (*p >= '0' && *p <= '9')
			lo = lo * 10 + (*p++ - '0');
		hi = lo;
		if (*p == '-') {
			hi = 0;
			for (p++; *p >= '0' && *p <= '9'; p++)
				hi = hi * 10 + (*p - '0');
		}
		if (hi >= lo)
			n += (int)(hi - lo + 1);
		if (*p == ',')
			p++;
	}
	return n;
}

static int affinity_count(void)
{
	cpu_set_t set;

	if (sched_getaffinity(0, sizeof(set), &set) < 0)
		return 1;
	return CPU_COUNT(&set) ? CPU_COUNT(&set) : 1;
}

int get_nprocs(void)
{
	int n = count_list("/sys/devices/system/cpu/online");

	return n ? n : affinity_count();
}

int get_nprocs_conf(void)
{
	int n = count_list("/sys/devices/system/cpu/possible");

	return n ? n : get_nprocs();
}
