/*
 * The limits a runner sets really reach the program and the kernel really
 * applies them: rlimit AS DATA, each a size (K, M, G) or "none".
 *
 * getrlimit must report exactly AS and DATA (soft and hard). Then, with
 * what the process already uses read from /proc/self/status (VmSize counts
 * against RLIMIT_AS, VmData against RLIMIT_DATA):
 *   - AS: a mapping larger than the limit, and one 1 MiB larger than what
 *     is left, fail with ENOMEM; one 1 MiB smaller than what is left works.
 *   - DATA: the same with writable private mappings, which are what
 *     RLIMIT_DATA counts (Linux 4.7 on); a read-only mapping larger than
 *     what DATA leaves still works when AS leaves room for it.
 * This program never calls malloc, so no arena takes the address space.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>
#include "check.h"

#define MiB (1024ULL * 1024)

/* "64M" -> bytes; "none" -> RLIM_INFINITY. */
static rlim_t parse_size(const char *s)
{
	unsigned long long v;
	char *end;

	if (strcmp(s, "none") == 0)
		return RLIM_INFINITY;
	v = strtoull(s, &end, 10);
	switch (*end) {
	case 'G': v <<= 10;	/* fall through */
	case 'M': v <<= 10;	/* fall through */
	case 'K': v <<= 10;
	}
	return v;
}

/* A "Vm...:  N kB" field of /proc/self/status in bytes, or -1. */
static long long vm_field(const char *name)
{
	static char buf[4096];
	ssize_t n;
	char *p;
	int fd = open("/proc/self/status", O_RDONLY);

	if (fd < 0)
		return -1;
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	p = strstr(buf, name);
	if (!p)
		return -1;
	return strtoll(p + strlen(name), NULL, 10) * 1024;
}

static void *map(unsigned long long len, int prot)
{
	if (len > (size_t)-1)
		return MAP_FAILED;
	errno = 0;
	return mmap(NULL, (size_t)len, prot,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
}

/* A mapping of len must fail with ENOMEM. */
static void must_fail(unsigned long long len, int prot, const char *what)
{
	void *p = map(len, prot);

	printf("map %llu KiB (%s): %s\n", len >> 10, what,
	       p == MAP_FAILED ? strerror(errno) : "mapped");
	CHECK(p == MAP_FAILED);
	if (p == MAP_FAILED)
		CHECK_INT(errno, ENOMEM);
	else
		munmap(p, (size_t)len);
}

/* A mapping of len must work; it is touched when writable. */
static void must_map(unsigned long long len, int prot, const char *what)
{
	void *p = map(len, prot);

	printf("map %llu KiB (%s): %s\n", len >> 10, what,
	       p == MAP_FAILED ? strerror(errno) : "mapped");
	CHECK(p != MAP_FAILED);
	if (p == MAP_FAILED)
		return;
	if (prot & PROT_WRITE) {
		((char *)p)[0] = 1;
		((char *)p)[len - 1] = 1;
	}
	munmap(p, (size_t)len);
}

static void check_limit(int resource, const char *name, rlim_t want)
{
	struct rlimit rl;

	CHECK_INT(getrlimit(resource, &rl), 0);
	printf("%s: soft %llu, hard %llu, want %llu\n", name,
	       rl.rlim_cur, rl.rlim_max, want);
	CHECK_UINT(rl.rlim_cur, want);
	CHECK_UINT(rl.rlim_max, want);
}

int main(int argc, char **argv)
{
	rlim_t as, data;
	long long vm_size, vm_data;
	unsigned long long as_left = ~0ULL, data_left;

	if (argc < 2) {
		printf("usage: rlimit AS [DATA]   (sizes with K, M, G, or none)\n");
		return 2;
	}
	as = parse_size(argv[1]);
	data = parse_size(argc > 2 ? argv[2] : "none");
	check_limit(RLIMIT_AS, "RLIMIT_AS", as);
	check_limit(RLIMIT_DATA, "RLIMIT_DATA", data);

	vm_size = vm_field("VmSize:");
	vm_data = vm_field("VmData:");
	printf("VmSize %lld KiB, VmData %lld KiB\n", vm_size >> 10,
	       vm_data >> 10);
	if (vm_size < 0 || vm_data < 0) {
		printf("no /proc/self/status: mapping checks skipped\n");
		return check_done();
	}

	if (as != RLIM_INFINITY) {
		CHECK(as > (unsigned long long)vm_size + 2 * MiB);
		as_left = as - vm_size;
		must_fail(as + MiB, PROT_NONE, "more than RLIMIT_AS");
		must_fail(as_left + MiB, PROT_NONE, "1 MiB more than AS leaves");
		must_map(as_left - MiB, PROT_NONE, "1 MiB less than AS leaves");
	} else {
		must_map(64 * MiB, PROT_NONE, "64 MiB, no limit");
	}

	if (data != RLIM_INFINITY) {
		CHECK(data > (unsigned long long)vm_data + 2 * MiB);
		data_left = data - vm_data;
		must_fail(data + MiB, PROT_READ | PROT_WRITE,
			  "more than RLIMIT_DATA");
		must_fail(data_left + MiB, PROT_READ | PROT_WRITE,
			  "1 MiB more than DATA leaves");
		if (data_left <= as_left)
			must_map(data_left - MiB, PROT_READ | PROT_WRITE,
				 "1 MiB less than DATA leaves");
		if (data_left + 4 * MiB < as_left)
			must_map(data_left + 2 * MiB, PROT_READ,
				 "read-only, more than DATA leaves");
	}
	return check_done();
}
