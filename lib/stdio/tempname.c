/*
 * temp_open: the engine of mkstemp, mkostemp, mkdtemp and tmpfile. Fills
 * the six X's that end a template with letters and digits and makes the
 * file (or directory), trying new letters while the name is taken.
 */
#include <errno.h>
#include <string.h>
#include <time.h>
#include "kernel/runtime.h"
#include "kernel/syscall.h"
#include "lib/stdio/temp.h"

#define TEMP_TRIES	1000

static const char letters[] =
	"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/* Unpredictable enough to keep names apart: the kernel's random bytes
 * when it has some to spare, else start-up's AT_RANDOM and the clock. */
static unsigned long long next_random(void)
{
	static unsigned long long state;
	unsigned long long r;
	struct timespec ts;

	if (!syscall_failed(arch_syscall3(__NR_getrandom, SC(&r), sizeof r,
					  1 /* GRND_NONBLOCK */)))
		return r;
	if (!state && runtime.random)
		memcpy(&state, runtime.random, sizeof state);
	clock_gettime(CLOCK_MONOTONIC, &ts);
	state = state * 6364136223846793005ULL + 1442695040888963407ULL;
	return state ^ ((unsigned long long)ts.tv_nsec << 20) ^
	       (unsigned long long)ts.tv_sec;
}

int temp_open(char *template, size_t suffix, int (*make)(const char *, int),
	      int arg)
{
	size_t len = strlen(template);
	char *x;
	int i, j;

	if (len < 6 + suffix ||
	    memcmp(template + len - suffix - 6, "XXXXXX", 6) != 0) {
		errno = EINVAL;
		return -1;
	}
	x = template + len - suffix - 6;
	for (i = 0; i < TEMP_TRIES; i++) {
		unsigned long long r = next_random();
		int fd;

		for (j = 0; j < 6; j++, r /= 62)
			x[j] = letters[r % 62];
		fd = make(template, arg);
		if (fd >= 0 || errno != EEXIST)
			return fd;
	}
	memcpy(x, "XXXXXX", 6);
	errno = EEXIST;
	return -1;
}
