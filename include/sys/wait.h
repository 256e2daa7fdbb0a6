#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>

/* Options for wait4 and waitpid. */
#define WNOHANG		1	/* return 0 at once if no child has ended */
#define WUNTRACED	2	/* also report stopped children */

/*
 * The status word the kernel fills in: the low 7 bits are the signal that
 * ended the child (0 for a normal exit, 0x7f for a stop), bit 7 says a core
 * was dumped, and bits 8..15 are the exit status (or the stop signal).
 */
#define WTERMSIG(s)	((s) & 0x7f)
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WSTOPSIG(s)	WEXITSTATUS(s)
#define WCOREDUMP(s)	((s) & 0x80)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSTOPPED(s)	(((s) & 0xff) == 0x7f)
#define WIFSIGNALED(s)	(WTERMSIG(s) != 0 && WTERMSIG(s) != 0x7f)

/* Resource usage is not decoded by bareheap: pass NULL. */
struct rusage;

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait(int *status);

#endif
