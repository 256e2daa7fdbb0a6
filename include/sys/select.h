#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <sys/types.h>
#include <bits/timeval.h>
#include <signal.h>	/* sigset_t */
#include <time.h>	/* struct timespec */

#define FD_SETSIZE	1024
#define NFDBITS		(8 * (int)sizeof(long))

typedef struct {
	long fds_bits[FD_SETSIZE / (8 * sizeof(long))];
} fd_set;
typedef long fd_mask;

#define FD_ELT_(fd)	((unsigned)(fd) / (8 * sizeof(long)))
#define FD_BIT_(fd)	(1UL << ((unsigned)(fd) % (8 * sizeof(long))))
#define FD_WORD_(fd, set) ((set)->fds_bits[FD_ELT_(fd)])
#define FD_SET(fd, set)	((void)(FD_WORD_(fd, set) |= (long)FD_BIT_(fd)))
#define FD_CLR(fd, set)	((void)(FD_WORD_(fd, set) &= ~(long)FD_BIT_(fd)))
#define FD_ISSET(fd, set) ((FD_WORD_(fd, set) & (long)FD_BIT_(fd)) != 0)
#define FD_ZERO(set)	do {					\
	unsigned fd_i_;							\
	for (fd_i_ = 0; fd_i_ < FD_SETSIZE / (8 * sizeof(long)); fd_i_++) \
		(set)->fds_bits[fd_i_] = 0;				\
} while (0)

int select(int nfds, fd_set *__restrict readfds, fd_set *__restrict writefds,
	   fd_set *__restrict exceptfds, struct timeval *__restrict timeout);
int pselect(int nfds, fd_set *__restrict readfds, fd_set *__restrict writefds,
	    fd_set *__restrict exceptfds,
	    const struct timespec *__restrict timeout,
	    const sigset_t *__restrict sigmask);

#endif
