/* abort ends the process with SIGABRT (status 134) even when the program
 * catches the signal and returns, ignores it, or blocks it, as glibc's.
 *   rt_abort plain | caught | ignored | blocked */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void handler(int sig)
{
	(void)sig;
	write(STDERR_FILENO, "handler ran\n", 12);
}

int main(int argc, char **argv)
{
	const char *how = argc > 1 ? argv[1] : "plain";

	if (strcmp(how, "caught") == 0)
		signal(SIGABRT, handler);
	if (strcmp(how, "ignored") == 0)
		signal(SIGABRT, SIG_IGN);
	if (strcmp(how, "blocked") == 0) {
		sigset_t set;

		sigemptyset(&set);
		sigaddset(&set, SIGABRT);
		sigprocmask(SIG_BLOCK, &set, NULL);
	}
	abort();
}
