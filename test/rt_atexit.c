/* atexit has no limit (C asks for 32 at least, glibc has none): 5000
 * handlers run newest first, mixed with __cxa_atexit ones, and a handler
 * may call exit, which goes on with the rest; __cxa_finalize runs (and
 * retires) only the handlers of its object.
 *   rt_atexit   (the last handler reports on stderr) */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

#define MANY 5000

int __cxa_atexit(void (*fn)(void *), void *arg, void *dso);
void __cxa_finalize(void *dso);

static int next_expected = MANY - 1, wrong, counted;
static int object_a, object_b;
static int finalized_a, finalized_b;
static int result;

static void check_order(void)
{
	/* Every handler of this kind checks it runs after its successor. */
	counted++;
}

static void with_arg(void *arg)
{
	int i = (int)(long)arg;

	if (i != next_expected)
		wrong++;
	next_expected--;
}

static void finalize_a(void *arg) { finalized_a += arg == &object_a; }
static void finalize_b(void *arg) { finalized_b += arg == &object_b; }

static void report(void)
{
	const char *text = !wrong && counted == MANY && next_expected == -1 &&
			   finalized_a == 1 && finalized_b == 1 ?
			   "atexit ok\n" : "atexit wrong\n";

	write(STDERR_FILENO, text, strlen(text));
}

static void exits_again(void)
{
	exit(result);	/* the remaining handlers still run */
}

int main(void)
{
	int i, failed = 0;

	failed |= atexit(report);
	failed |= __cxa_atexit(finalize_b, &object_b, &object_b);
	for (i = 0; i < MANY; i++) {
		failed |= atexit(check_order);
		failed |= __cxa_atexit(with_arg, (void *)(long)i, NULL);
	}
	failed |= __cxa_atexit(finalize_a, &object_a, &object_a);
	failed |= atexit(exits_again);
	CHECK_INT(failed, 0);
	__cxa_finalize(&object_a);
	CHECK_INT(finalized_a, 1);
	CHECK_INT(finalized_b, 0);
	__cxa_finalize(&object_a);	/* nothing left for it */
	CHECK_INT(finalized_a, 1);
	result = check_done();
	return result;
}
