/*
 * Signals from faults and around system calls: a SIGSEGV handler that
 * siglongjmps out (twice: the mask comes back), one that mends the page
 * and returns so the faulting store runs again, SIGFPE from a division
 * on x86, a signal raised inside a handler, and SA_RESTART against EINTR
 * for a read interrupted by alarm.
 */
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "check.h"

static sigjmp_buf back;
static volatile sig_atomic_t hits, code, inner;
static void *volatile fault_addr;
static char *page;
static int pipe_fds[2];

static void jump_out(int sig, siginfo_t *info, void *ctx)
{
	(void)sig;
	(void)ctx;
	hits++;
	code = info->si_code;
	fault_addr = info->si_addr;
	siglongjmp(back, 1);
}

static void mend(int sig, siginfo_t *info, void *ctx)
{
	(void)sig;
	(void)ctx;
	hits++;
	code = info->si_code;
	fault_addr = info->si_addr;
	mprotect(page, 4096, PROT_READ | PROT_WRITE);
}

static void inner_handler(int sig)
{
	(void)sig;
	inner++;
}

static void outer_handler(int sig)
{
	(void)sig;
	raise(SIGUSR2);		/* runs inside this one */
	hits += inner;
}

static void write_byte(int sig)
{
	(void)sig;
	hits++;
	write(pipe_fds[1], "x", 1);
}

static void catch(int sig, void (*fn)(int, siginfo_t *, void *))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = fn;
	sa.sa_flags = SA_SIGINFO;
	sigaction(sig, &sa, NULL);
}

static void segv(void)
{
	volatile int *bad = (volatile int *)16;
	sigset_t now;

	catch(SIGSEGV, jump_out);
	hits = 0;
	for (int round = 0; round < 2; round++) {
		if (sigsetjmp(back, 1) == 0) {
			*bad = 1;
			CHECK(!"the store went through");
		}
		CHECK_INT(hits, round + 1);
		CHECK_INT(code, SEGV_MAPERR);
		CHECK(fault_addr == (void *)16);
		sigprocmask(SIG_BLOCK, NULL, &now);
		CHECK_INT(sigismember(&now, SIGSEGV), 0);
	}

	/* a write to a read-only page: mended by the handler, then done */
	page = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	CHECK(page != MAP_FAILED);
	catch(SIGSEGV, mend);
	hits = 0;
	((volatile char *)page)[100] = 42;
	CHECK_INT(hits, 1);
	CHECK_INT(code, SEGV_ACCERR);
	CHECK(fault_addr == page + 100);
	CHECK_INT(page[100], 42);
	munmap(page, 4096);
	signal(SIGSEGV, SIG_DFL);
}

static void fpe(void)
{
#if defined(__x86_64__) || defined(__i386__)
	volatile int zero = 0, seven = 7, r = 0;

	catch(SIGFPE, jump_out);
	hits = 0;
	if (sigsetjmp(back, 1) == 0)
		r = seven / zero;
	CHECK_INT(hits, 1);
	CHECK_INT(code, FPE_INTDIV);
	CHECK_INT(r, 0);
	signal(SIGFPE, SIG_DFL);
#endif
}

static void nested(void)
{
	signal(SIGUSR1, outer_handler);
	signal(SIGUSR2, inner_handler);
	hits = inner = 0;
	raise(SIGUSR1);
	CHECK_INT(inner, 1);
	CHECK_INT(hits, 1);
	signal(SIGUSR1, SIG_DFL);
	signal(SIGUSR2, SIG_DFL);
}

static void restart(void)
{
	struct sigaction sa;
	char c = 0;

	CHECK_INT(pipe(pipe_fds), 0);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = write_byte;
	sa.sa_flags = SA_RESTART;
	sigaction(SIGALRM, &sa, NULL);
	hits = 0;
	alarm(1);
	CHECK_INT(read(pipe_fds[0], &c, 1), 1);	/* restarted, then read */
	CHECK_INT(hits, 1);
	CHECK_INT(c, 'x');

	sa.sa_flags = 0;
	sigaction(SIGALRM, &sa, NULL);
	alarm(1);
	errno = 0;
	CHECK_INT(read(pipe_fds[0], &c, 1), -1);
	CHECK_INT(errno, EINTR);
	CHECK_INT(hits, 2);
	CHECK_INT(read(pipe_fds[0], &c, 1), 1);	/* the handler's byte */

	/* siginterrupt(sig, 1) on a signal() handler: EINTR as well */
	signal(SIGALRM, write_byte);
	siginterrupt(SIGALRM, 1);
	alarm(1);
	errno = 0;
	CHECK_INT(read(pipe_fds[0], &c, 1), -1);
	CHECK_INT(errno, EINTR);
	siginterrupt(SIGALRM, 0);
	signal(SIGALRM, SIG_DFL);
	close(pipe_fds[0]);
	close(pipe_fds[1]);
}

int main(void)
{
	segv();
	fpe();
	nested();
	restart();
	return check_done();
}
