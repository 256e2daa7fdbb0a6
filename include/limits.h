/*
 * The compiler's own limits.h for the C types, then the system's limits
 * as glibc gives them on Linux. (Told that no libc limits.h lies behind
 * it, since programs built with bareheap-cc are hosted and would look for
 * one.)
 */
#ifndef _LIBC_LIMITS_H_
#define _LIBC_LIMITS_H_
#endif
/* Outside the guard: the library's own build finds the SDK's copy of this
 * file next, and that copy must still reach the compiler's. */
#include_next <limits.h>

#ifndef _BAREHEAP_LIMITS_H
#define _BAREHEAP_LIMITS_H

/* glibc's: the longest multibyte character of any locale. */
#undef MB_LEN_MAX
#define MB_LEN_MAX	16

#ifndef LLONG_MAX
#define LLONG_MAX	__LONG_LONG_MAX__
#define LLONG_MIN	(-LLONG_MAX - 1LL)
#define ULLONG_MAX	(LLONG_MAX * 2ULL + 1ULL)
#endif
#ifndef LONG_LONG_MAX
#define LONG_LONG_MAX	__LONG_LONG_MAX__
#define LONG_LONG_MIN	(-LONG_LONG_MAX - 1LL)
#define ULONG_LONG_MAX	(LONG_LONG_MAX * 2ULL + 1ULL)
#endif

#define SSIZE_MAX	__LONG_MAX__
#define LONG_BIT	(__SIZEOF_LONG__ * 8)
#define WORD_BIT	32

/* Linux's own limits. */
#define NGROUPS_MAX	65536
#define MAX_CANON	255
#define MAX_INPUT	255
#define NAME_MAX	255
#define PATH_MAX	4096
#define PIPE_BUF	4096
#define XATTR_NAME_MAX	255
#define XATTR_SIZE_MAX	65536
#define XATTR_LIST_MAX	65536
#define RTSIG_MAX	32
#define IOV_MAX		1024
#define HOST_NAME_MAX	64
#define LOGIN_NAME_MAX	256
#define TTY_NAME_MAX	32
#define PTHREAD_KEYS_MAX 1024
#define PTHREAD_DESTRUCTOR_ITERATIONS _POSIX_THREAD_DESTRUCTOR_ITERATIONS
#define PTHREAD_STACK_MIN 16384
#define DELAYTIMER_MAX	2147483647
#define AIO_PRIO_DELTA_MAX 20
#define MQ_PRIO_MAX	32768
#define SEM_VALUE_MAX	(2147483647)
#define NZERO		20

/* POSIX.1 minimum values. */
#define _POSIX_AIO_LISTIO_MAX	2
#define _POSIX_AIO_MAX		1
#define _POSIX_ARG_MAX		4096
#define _POSIX_CHILD_MAX	25
#define _POSIX_CLOCKRES_MIN	20000000
#define _POSIX_DELAYTIMER_MAX	32
#define _POSIX_HOST_NAME_MAX	255
#define _POSIX_LINK_MAX		8
#define _POSIX_LOGIN_NAME_MAX	9
#define _POSIX_MAX_CANON	255
#define _POSIX_MAX_INPUT	255
#define _POSIX_MQ_OPEN_MAX	8
#define _POSIX_MQ_PRIO_MAX	32
#define _POSIX_NAME_MAX		14
#define _POSIX_NGROUPS_MAX	8
#define _POSIX_OPEN_MAX		20
#define _POSIX_FD_SETSIZE	_POSIX_OPEN_MAX
#define _POSIX_PATH_MAX		256
#define _POSIX_PIPE_BUF		512
#define _POSIX_HIWAT		_POSIX_PIPE_BUF
#define _POSIX_QLIMIT		1
#define _POSIX_RE_DUP_MAX	255
#define _POSIX_RTSIG_MAX	8
#define _POSIX_SEM_NSEMS_MAX	256
#define _POSIX_SEM_VALUE_MAX	32767
#define _POSIX_SIGQUEUE_MAX	32
#define _POSIX_SSIZE_MAX	32767
#define _POSIX_STREAM_MAX	8
#define _POSIX_SYMLINK_MAX	255
#define _POSIX_SYMLOOP_MAX	8
#define _POSIX_THREAD_DESTRUCTOR_ITERATIONS 4
#define _POSIX_THREAD_KEYS_MAX	128
#define _POSIX_THREAD_THREADS_MAX 64
#define _POSIX_TIMER_MAX	32
#define _POSIX_TTY_NAME_MAX	9
#define _POSIX_TZNAME_MAX	6
#define _POSIX_UIO_MAXIOV	16
#define _XOPEN_IOV_MAX		_POSIX_UIO_MAXIOV

/* POSIX.2 (the utilities) minimum values, and glibc's own. */
#define _POSIX2_BC_BASE_MAX	99
#define _POSIX2_BC_DIM_MAX	2048
#define _POSIX2_BC_SCALE_MAX	99
#define _POSIX2_BC_STRING_MAX	1000
#define _POSIX2_CHARCLASS_NAME_MAX 14
#define _POSIX2_COLL_WEIGHTS_MAX 2
#define _POSIX2_EXPR_NEST_MAX	32
#define _POSIX2_LINE_MAX	2048
#define _POSIX2_RE_DUP_MAX	255
#define BC_BASE_MAX		_POSIX2_BC_BASE_MAX
#define BC_DIM_MAX		_POSIX2_BC_DIM_MAX
#define BC_SCALE_MAX		_POSIX2_BC_SCALE_MAX
#define BC_STRING_MAX		_POSIX2_BC_STRING_MAX
#define COLL_WEIGHTS_MAX	255
#define EXPR_NEST_MAX		_POSIX2_EXPR_NEST_MAX
#define LINE_MAX		_POSIX2_LINE_MAX
#define CHARCLASS_NAME_MAX	2048
#define RE_DUP_MAX		(0x7fff)

/* XSI message catalogues. */
#define NL_ARGMAX	_POSIX_ARG_MAX
#define NL_LANGMAX	_POSIX2_LINE_MAX
#define NL_MSGMAX	__INT_MAX__
#define NL_NMAX		__INT_MAX__
#define NL_SETMAX	__INT_MAX__
#define NL_TEXTMAX	__INT_MAX__

#endif
