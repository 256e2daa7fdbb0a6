#ifndef _SYS_WAIT_H
#define _SYS_WAIT_H

#include <sys/types.h>
#include <signal.h>		/* siginfo_t */
#include <sys/resource.h>	/* struct rusage */

/* Options for wait4 and waitpid. */
#define WNOHANG		1	/* return 0 at once if no child ended */
#define WUNTRACED	2	/* also report stopped children */
#define WSTOPPED	WUNTRACED
#define WEXITED		4
#define WCONTINUED	8
#define WNOWAIT		0x01000000

/*
 * The status word the kernel fills in: the low 7 bits are the signal that
 * ended the child (0 for a normal exit, 0x7f for a stop), bit 7 says a core
 * was dumped, and bits 8..15 are the exit status (or the stop signal);
 * 0xffff is a continued child.
 */
#define WTERMSIG(s)	((s) & 0x7f)
#define WEXITSTATUS(s)	(((s) >> 8) & 0xff)
#define WSTOPSIG(s)	WEXITSTATUS(s)
#define WCOREDUMP(s)	((s) & 0x80)
#define WIFEXITED(s)	(WTERMSIG(s) == 0)
#define WIFSTOPPED(s)	(((s) & 0xff) == 0x7f)
#define WIFSIGNALED(s)	(WTERMSIG(s) != 0 && WTERMSIG(s) != 0x7f)
#define WIFCONTINUED(s)	((s) == 0xffff)
#define W_EXITCODE(ret, sig)	((ret) << 8 | (sig))
#define W_STOPCODE(sig)		((sig) << 8 | 0x7f)
#define WCOREFLAG	0x80

/* What waitid waits for. */
typedef enum {
	P_ALL,
	P_PID,
	P_PGID,
	P_PIDFD
} idtype_t;

pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage);
int waitid(idtype_t idtype, id_t id, siginfo_t *info, int options);
pid_t wait3(int *status, int options, struct rusage *usage);
pid_t waitpid(pid_t pid, int *status, int options);
pid_t wait(int *status);

#endif
