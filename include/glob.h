#ifndef _GLOB_H
#define _GLOB_H

#include <stddef.h>

/* Path name expansion, as glibc does it (the GNU extensions included). */
#define GLOB_ERR	(1 << 0)	/* stop at an unreadable directory */
#define GLOB_MARK	(1 << 1)	/* a '/' after each directory */
#define GLOB_NOSORT	(1 << 2)
#define GLOB_DOOFFS	(1 << 3)	/* gl_offs NULLs first */
#define GLOB_NOCHECK	(1 << 4)	/* no match: the pattern itself */
#define GLOB_APPEND	(1 << 5)
#define GLOB_NOESCAPE	(1 << 6)
#define GLOB_PERIOD	(1 << 7)	/* wildcards may take a leading '.' */
#define GLOB_MAGCHAR	(1 << 8)	/* out: the pattern had wildcards */
#define GLOB_ALTDIRFUNC	(1 << 9)	/* gl_opendir and friends */
#define GLOB_BRACE	(1 << 10)	/* {a,b} */
#define GLOB_NOMAGIC	(1 << 11)	/* no wildcards: the pattern itself */
#define GLOB_TILDE	(1 << 12)	/* ~ and ~user */
#define GLOB_ONLYDIR	(1 << 13)
#define GLOB_TILDE_CHECK (1 << 14)	/* an unknown ~user: GLOB_NOMATCH */

#define GLOB_NOSPACE	1
#define GLOB_ABORTED	2
#define GLOB_NOMATCH	3
#define GLOB_NOSYS	4
#define GLOB_ABEND	GLOB_ABORTED

struct stat;
struct dirent;

typedef struct {
	size_t gl_pathc;
	char **gl_pathv;
	size_t gl_offs;
	int gl_flags;
	void (*gl_closedir)(void *);
	struct dirent *(*gl_readdir)(void *);
	void *(*gl_opendir)(const char *);
	int (*gl_lstat)(const char *__restrict, struct stat *__restrict);
	int (*gl_stat)(const char *__restrict, struct stat *__restrict);
} glob_t;

#define glob64_t	glob_t
#define glob64		glob
#define globfree64	globfree

int glob(const char *__restrict pattern, int flags,
	 int (*errfunc)(const char *, int), glob_t *__restrict pglob);
void globfree(glob_t *pglob);

#endif
