/* quick_exit, at_quick_exit: leave after the at_quick_exit handlers alone,
 * last registered first, with no atexit handlers and no stdio flush. */
#include <stdlib.h>

#define QUICK_EXIT_MAX	32	/* ISO C guarantees at least 32 */

static void (*handlers[QUICK_EXIT_MAX])(void);
static int count;

int at_quick_exit(void (*fn)(void))
{
	if (count == QUICK_EXIT_MAX)
		return -1;
	handlers[count++] = fn;
	return 0;
}

void quick_exit(int status)
{
	while (count > 0)
		handlers[--count]();
	_Exit(status);
}
