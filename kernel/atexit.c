/*
 * The exit handlers of atexit and __cxa_atexit, in one stack: exit runs
 * them newest first, so that handlers registered by constructors or main
 * run before the program's destructors (which exit runs after them, as if
 * registered before the first constructor: glibc's order).
 *
 * There is no limit: the first CONFIG_ATEXIT_MAX slots are static, further
 * ones come a page at a time from mmap, never from malloc, so that a
 * program without a heap keeps none. Pages stay once mapped, for reuse.
 */
#include <errno.h>
#include <stdlib.h>
#include "kernel/runtime.h"
#include "kernel/startup.h"
#include "kernel/syscall.h"

#define EXIT_PAGE	4096

enum handler_kind { HANDLER_DONE, HANDLER_ATEXIT, HANDLER_CXA };

struct exit_handler {
	void (*fn)(void);
	void *arg;
	void *dso;
	enum handler_kind kind;
};

struct exit_block {
	struct exit_block *older, *newer;
	unsigned int used, capacity;
	struct exit_handler *slot;
};

static struct exit_handler first_slots[CONFIG_ATEXIT_MAX > 0 ?
				       CONFIG_ATEXIT_MAX : 1];
static struct exit_block first_block = {
	.capacity = CONFIG_ATEXIT_MAX,
	.slot = first_slots,
};
static struct exit_block *newest = &first_block;

/* A block filling one fresh page, its slots after its header. */
static struct exit_block *block_map(void)
{
	struct exit_block *b;
	long p = arch_syscall6(__NR_mmap_pgoff, 0, EXIT_PAGE, 3 /* RW */,
			       0x22 /* MAP_PRIVATE | MAP_ANONYMOUS */, -1, 0);

	if (syscall_failed(p))
		return NULL;
	b = (struct exit_block *)p;
	b->slot = (struct exit_handler *)(b + 1);
	b->capacity = (EXIT_PAGE - sizeof(*b)) / sizeof(*b->slot);
	return b;
}

static int push(enum handler_kind kind, void (*fn)(void), void *arg,
		void *dso)
{
	struct exit_handler *h;

	if (newest->used == newest->capacity) {
		if (!newest->newer) {
			struct exit_block *b = block_map();

			if (!b) {
				errno = ENOMEM;
				return -1;
			}
			b->older = newest;
			newest->newer = b;
		}
		newest = newest->newer;
	}
	h = &newest->slot[newest->used++];
	h->fn = fn;
	h->arg = arg;
	h->dso = dso;
	h->kind = kind;
	return 0;
}

/* The newest handler, taken off the stack; NULL when there is none. */
static struct exit_handler *pop(void)
{
	while (newest->used == 0) {
		if (!newest->older)
			return NULL;
		newest = newest->older;
	}
	return &newest->slot[--newest->used];
}

static void call(struct exit_handler h)
{
	if (h.kind == HANDLER_CXA)
		((void (*)(void *))(void *)h.fn)(h.arg);
	else if (h.kind == HANDLER_ATEXIT)
		h.fn();
}

int atexit(void (*fn)(void))
{
	return push(HANDLER_ATEXIT, fn, NULL, NULL);
}

int __cxa_atexit(void (*fn)(void *), void *arg, void *dso)
{
	return push(HANDLER_CXA, (void (*)(void))(void *)fn, arg, dso);
}

void run_exit_handlers(void)
{
	struct exit_handler *h;

	/* Copied out first: a handler may register another into its slot. */
	while ((h = pop()) != NULL)
		call(*h);
}

/*
 * Runs, newest first, the handlers registered for dso (all of them for
 * NULL) and marks them done, as a shared object's unloading would. One at
 * a time from the top: a handler may register others.
 */
void __cxa_finalize(void *dso)
{
	struct exit_block *b;
	unsigned int i;

again:
	for (b = newest; b; b = b->older)
		for (i = b->used; i-- > 0;) {
			struct exit_handler h = b->slot[i];

			if (h.kind == HANDLER_DONE || (dso && h.dso != dso))
				continue;
			b->slot[i].kind = HANDLER_DONE;
			call(h);
			goto again;
		}
}
