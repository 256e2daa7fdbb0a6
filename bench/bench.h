/*
 * Helpers shared by the benchmark workloads in bench/: a clock, a random
 * number generator that every C library runs alike, a checksum, the peak
 * resident set from /proc/self/status, the result line.
 *
 * Every workload is one C file that builds unchanged with bareheap-cc
 * (bareheap's headers only: no FILE input, no floating point in printf)
 * and with the host's gcc against glibc or musl. It takes its size as the
 * last argument, runs once, checks what it computed, and prints
 *
 *   ops=N ns_per_op=X.YYY peak_rss_kib=N base_rss_kib=N live_peak_kib=N checksum=0x...
 *
 * ops counts the workload's own unit (a malloc+free pair, a realloc, a tree
 * node...), ns_per_op is the time around the workload over ops,
 * peak_rss_kib is VmHWM after it, base_rss_kib VmHWM before it (the
 * program and its C library), live_peak_kib the most bytes the workload had
 * asked for and not yet freed at any one time.
 *
 * A workload ends with exit status 1 and a message on stderr when a block
 * did not keep what was written into it, when calloc returned memory that
 * was not zero, when malloc failed, or when the checksum differs from the
 * one known for that size (bench_known tables): a broken allocator cannot
 * win. Checksums depend only on the data, never on addresses.
 */
#ifndef BENCH_H
#define BENCH_H

#include <fcntl.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- failing ---- */

__attribute__((noreturn, format(printf, 1, 2)))
static void bench_fail(const char *fmt, ...);

#include <stdarg.h>

static void bench_fail(const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fprintf(stderr, "bench: %s\n", msg);
	exit(1);
}

static inline void *bench_malloc(size_t n)
{
	void *p = malloc(n);

	if (!p)
		bench_fail("malloc(%zu) failed", n);
	return p;
}

/* Makes p visible to the outside as far as the compiler knows, so that a
 * malloc/free pair cannot be optimised away. */
static inline void bench_escape(void *p)
{
	__asm__ volatile("" : : "r"(p) : "memory");
}

/* ---- randomness: xorshift64*, the same sequence everywhere ---- */

static uint64_t bench_rng = 0x2545f4914f6cdd1dULL;

static inline void rng_seed(uint64_t s)
{
	bench_rng = s ? s : 0x2545f4914f6cdd1dULL;
}

static inline uint64_t rng_next(void)
{
	uint64_t x = bench_rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	bench_rng = x;
	return x * 0x2545f4914f6cdd1dULL;
}

/* Uniform in [0, n) for n < 2^32, by multiplication (no division). */
static inline uint32_t rng_below(uint32_t n)
{
	return (uint32_t)(((rng_next() >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi]. */
static inline uint32_t rng_range(uint32_t lo, uint32_t hi)
{
	return lo + rng_below(hi - lo + 1);
}

/* ---- checksum ---- */

static inline uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2);
	h *= 0xbf58476d1ce4e5b9ULL;
	return h ^ (h >> 31);
}

/* ---- time ---- */

static inline uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ULL + (uint64_t)ts.tv_nsec;
}

/* ---- memory ---- */

/* A "Key:   123 kB" value from /proc/self/status, in KiB; -1 when absent. */
static long status_kib(const char *key)
{
	char buf[4096];
	size_t klen = strlen(key), got = 0;
	ssize_t n;
	int fd = open("/proc/self/status", O_RDONLY);
	char *p, *end;

	if (fd < 0)
		return -1;
	while (got < sizeof buf - 1 &&
	       (n = read(fd, buf + got, sizeof buf - 1 - got)) > 0)
		got += (size_t)n;
	close(fd);
	buf[got] = 0;
	end = buf + got;
	for (p = buf; p < end; p++) {
		if ((p == buf || p[-1] == '\n') && !strncmp(p, key, klen) &&
		    p[klen] == ':') {
			long v = 0;

			p += klen + 1;
			while (*p == ' ' || *p == '\t')
				p++;
			while (*p >= '0' && *p <= '9')
				v = v * 10 + (*p++ - '0');
			return v;
		}
	}
	return -1;
}

/* Bytes the workload has asked for and not freed: kept by the workload. */
static size_t live_now, live_peak;

static inline void live_add(size_t n)
{
	live_now += n;
	if (live_now > live_peak)
		live_peak = live_now;
}

static inline void live_sub(size_t n)
{
	live_now -= n;
}

/* ---- arguments and the result ---- */

/* The last argument as a positive count, or def when there is none. */
static long bench_size(int argc, char **argv, long def)
{
	long v;

	if (argc < 2)
		return def;
	v = strtol(argv[argc - 1], NULL, 0);
	if (v <= 0)
		bench_fail("bad size \"%s\"", argv[argc - 1]);
	return v;
}

/* A known answer: the checksum the workload (in mode, at size n) must
 * compute. */
struct bench_known {
	const char *mode;
	long n;
	uint64_t sum;
};

static uint64_t bench_base_kib;
static uint64_t bench_t0;

/* Call right before the timed part. */
static void bench_start(void)
{
	long base = status_kib("VmHWM");

	bench_base_kib = base < 0 ? 0 : (uint64_t)base;
	bench_t0 = now_ns();
}

/* Call right after it: prints the result line and checks the checksum
 * against the known ones (mode may be "" for workloads without modes). */
static int bench_end(uint64_t ops, uint64_t sum, const char *mode, long n,
		     const struct bench_known *known, size_t nknown)
{
	uint64_t t = now_ns() - bench_t0;
	uint64_t milli = ops ? t * 1000 / ops : 0;
	long hwm = status_kib("VmHWM");
	size_t i;

	printf("ops=%llu ns_per_op=%llu.%03llu peak_rss_kib=%ld "
	       "base_rss_kib=%llu live_peak_kib=%llu checksum=0x%016llx\n",
	       (unsigned long long)ops, (unsigned long long)(milli / 1000),
	       (unsigned long long)(milli % 1000), hwm,
	       (unsigned long long)bench_base_kib,
	       (unsigned long long)((live_peak + 1023) / 1024),
	       (unsigned long long)sum);
	fflush(stdout);
	for (i = 0; i < nknown; i++) {
		if (known[i].n == n && !strcmp(known[i].mode, mode) &&
		    known[i].sum != sum)
			bench_fail("wrong checksum 0x%016llx for %s%s%ld, "
				   "want 0x%016llx",
				   (unsigned long long)sum, mode,
				   *mode ? " " : "", n,
				   (unsigned long long)known[i].sum);
	}
	return 0;
}

#define BENCH_NKNOWN(a) (sizeof(a) / sizeof((a)[0]))

#endif
