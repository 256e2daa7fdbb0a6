/*
 * Signals. The numbers are the kernel's, the same on x86_64, x86 and arm.
 * sigset_t has room for 1024 signals as a glibc program expects; the kernel
 * is handed its first 8 bytes (64 signals).
 */
#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <stddef.h>
#include <sys/types.h>

#define SIGHUP		1
#define SIGINT		2
#define SIGQUIT		3
#define SIGILL		4
#define SIGTRAP		5
#define SIGABRT		6
#define SIGIOT		SIGABRT
#define SIGBUS		7
#define SIGFPE		8
#define SIGKILL		9
#define SIGUSR1		10
#define SIGSEGV		11
#define SIGUSR2		12
#define SIGPIPE		13
#define SIGALRM		14
#define SIGTERM		15
#define SIGSTKFLT	16
#define SIGCHLD		17
#define SIGCLD		SIGCHLD
#define SIGCONT		18
#define SIGSTOP		19
#define SIGTSTP		20
#define SIGTTIN		21
#define SIGTTOU		22
#define SIGURG		23
#define SIGXCPU		24
#define SIGXFSZ		25
#define SIGVTALRM	26
#define SIGPROF		27
#define SIGWINCH	28
#define SIGIO		29
#define SIGPOLL		SIGIO
#define SIGPWR		30
#define SIGSYS		31
#define SIGUNUSED	SIGSYS

/* 32 and 33 are kept back for threads, as glibc does. */
#define SIGRTMIN	34
#define SIGRTMAX	64
#define _NSIG		65
#define NSIG		_NSIG

typedef void (*__sighandler_t)(int);
typedef __sighandler_t sighandler_t;
typedef __sighandler_t sig_t;

#define SIG_ERR		((__sighandler_t)-1)
#define SIG_DFL		((__sighandler_t)0)
#define SIG_IGN		((__sighandler_t)1)

typedef int sig_atomic_t;

typedef struct {
	unsigned long __val[1024 / (8 * sizeof(unsigned long))];
} sigset_t;

union sigval {
	int sival_int;
	void *sival_ptr;
};
typedef union sigval sigval_t;

/* How a timer or an asynchronous event reports: 64 bytes, as the kernel's.
 * SIGEV_THREAD needs threads, which bareheap does not start. */
typedef struct sigevent {
	union sigval sigev_value;
	int sigev_signo;
	int sigev_notify;
	union {
		int __pad[(64 - 2 * sizeof(int) - sizeof(union sigval)) /
			  sizeof(int)];
		pid_t __tid;
		struct {
			void (*__notify_function)(union sigval);
			void *__notify_attributes;
		} __notify_thread;
	} __sigev_un;
} sigevent_t;

#define sigev_notify_thread_id		__sigev_un.__tid
#define sigev_notify_function		__sigev_un.__notify_thread.__notify_function
#define sigev_notify_attributes		__sigev_un.__notify_thread.__notify_attributes

#define SIGEV_SIGNAL	0
#define SIGEV_NONE	1
#define SIGEV_THREAD	2
#define SIGEV_THREAD_ID	4

/* 128 bytes; the union starts after three ints, aligned for a pointer. */
#if __SIZEOF_POINTER__ == 8
#define __SI_PAD_INTS	28
#else
#define __SI_PAD_INTS	29
#endif

typedef struct {
	int si_signo;
	int si_errno;
	int si_code;
	union {
		int __pad[__SI_PAD_INTS];
		struct {
			pid_t si_pid;
			uid_t si_uid;
		} __kill;
		struct {
			int si_tid;
			int si_overrun;
			union sigval si_sigval;
		} __timer;
		struct {
			pid_t si_pid;
			uid_t si_uid;
			union sigval si_sigval;
		} __rt;
		struct {
			pid_t si_pid;
			uid_t si_uid;
			int si_status;
			long si_utime;
			long si_stime;
		} __sigchld;
		struct {
			void *si_addr;
			short si_addr_lsb;
		} __sigfault;
		struct {
			long si_band;
			int si_fd;
		} __sigpoll;
	} __sifields;
} siginfo_t;

#define si_pid		__sifields.__kill.si_pid
#define si_uid		__sifields.__kill.si_uid
#define si_timerid	__sifields.__timer.si_tid
#define si_overrun	__sifields.__timer.si_overrun
#define si_value	__sifields.__rt.si_sigval
#define si_int		__sifields.__rt.si_sigval.sival_int
#define si_ptr		__sifields.__rt.si_sigval.sival_ptr
#define si_status	__sifields.__sigchld.si_status
#define si_utime	__sifields.__sigchld.si_utime
#define si_stime	__sifields.__sigchld.si_stime
#define si_addr		__sifields.__sigfault.si_addr
#define si_addr_lsb	__sifields.__sigfault.si_addr_lsb
#define si_band		__sifields.__sigpoll.si_band
#define si_fd		__sifields.__sigpoll.si_fd

/* si_code values */
#define SI_ASYNCNL	(-60)
#define SI_TKILL	(-6)
#define SI_SIGIO	(-5)
#define SI_ASYNCIO	(-4)
#define SI_MESGQ	(-3)
#define SI_TIMER	(-2)
#define SI_QUEUE	(-1)
#define SI_USER		0
#define SI_KERNEL	0x80

#define ILL_ILLOPC	1
#define ILL_ILLOPN	2
#define ILL_ILLADR	3
#define ILL_ILLTRP	4
#define ILL_PRVOPC	5
#define ILL_PRVREG	6
#define ILL_COPROC	7
#define ILL_BADSTK	8
#define FPE_INTDIV	1
#define FPE_INTOVF	2
#define FPE_FLTDIV	3
#define FPE_FLTOVF	4
#define FPE_FLTUND	5
#define FPE_FLTRES	6
#define FPE_FLTINV	7
#define FPE_FLTSUB	8
#define SEGV_MAPERR	1
#define SEGV_ACCERR	2
#define BUS_ADRALN	1
#define BUS_ADRERR	2
#define BUS_OBJERR	3
#define TRAP_BRKPT	1
#define TRAP_TRACE	2
#define CLD_EXITED	1
#define CLD_KILLED	2
#define CLD_DUMPED	3
#define CLD_TRAPPED	4
#define CLD_STOPPED	5
#define CLD_CONTINUED	6
#define POLL_IN		1
#define POLL_OUT	2
#define POLL_MSG	3
#define POLL_ERR	4
#define POLL_PRI	5
#define POLL_HUP	6

struct sigaction {
	union {
		__sighandler_t sa_handler;
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sigaction_handler;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};
#define sa_handler	__sigaction_handler.sa_handler
#define sa_sigaction	__sigaction_handler.sa_sigaction

#define SA_NOCLDSTOP	0x00000001
#define SA_NOCLDWAIT	0x00000002
#define SA_SIGINFO	0x00000004
#define SA_ONSTACK	0x08000000
#define SA_RESTART	0x10000000
#define SA_NODEFER	0x40000000
#define SA_RESETHAND	0x80000000
#define SA_NOMASK	SA_NODEFER
#define SA_ONESHOT	SA_RESETHAND
#define SA_STACK	SA_ONSTACK

#define SIG_BLOCK	0
#define SIG_UNBLOCK	1
#define SIG_SETMASK	2

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

#define SS_ONSTACK	1
#define SS_DISABLE	2
#if defined(__aarch64__)	/* room for the SVE and SME frame records */
#define MINSIGSTKSZ	5120
#define SIGSTKSZ	16384
#else
#define MINSIGSTKSZ	2048
#define SIGSTKSZ	8192
#endif

struct timespec;

__sighandler_t signal(int sig, __sighandler_t handler);
__sighandler_t bsd_signal(int sig, __sighandler_t handler);
__sighandler_t sysv_signal(int sig, __sighandler_t handler);
int sigaction(int sig, const struct sigaction *__restrict act,
	      struct sigaction *__restrict oact);
int raise(int sig);
int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);
int sigisemptyset(const sigset_t *set);
int sigandset(sigset_t *dest, const sigset_t *left, const sigset_t *right);
int sigorset(sigset_t *dest, const sigset_t *left, const sigset_t *right);
int sigprocmask(int how, const sigset_t *__restrict set,
		sigset_t *__restrict oset);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
int sigwait(const sigset_t *__restrict set, int *__restrict sig);
int sigwaitinfo(const sigset_t *__restrict set, siginfo_t *__restrict info);
int sigtimedwait(const sigset_t *__restrict set, siginfo_t *__restrict info,
		 const struct timespec *__restrict timeout);
int sigqueue(pid_t pid, int sig, const union sigval value);
int sigaltstack(const stack_t *__restrict ss, stack_t *__restrict oss);
int siginterrupt(int sig, int flag);
void psignal(int sig, const char *s);

/* The old BSD and System V calls, on the first 32 signals. */
#define sigmask(sig)	((int)(1u << ((sig) - 1)))
int sigblock(int mask);
int sigsetmask(int mask);
int siggetmask(void);
int sighold(int sig);
int sigrelse(int sig);
int sigignore(int sig);
void psiginfo(const siginfo_t *info, const char *s);

#endif
