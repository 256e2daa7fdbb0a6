/* abort and raise: signals to oneself. */
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include "kernel/syscall.h"

int raise(int sig)
{
	return kill(getpid(), sig);
}

void abort(void)
{
	raise(SIGABRT);
	/* Only reached when SIGABRT is blocked or caught and returns. */
	_exit(128 + SIGABRT);
}
