/*
 * glob's parts: glob.c checks the flags, expands braces (brace.c) and a
 * leading tilde (tilde.c), then walks the directories one component of
 * the pattern at a time (walk.c), collecting names in a growing list;
 * glob.c sorts what it added and appends it to gl_pathv.
 */
#ifndef LIB_GLOB_IMPL_H
#define LIB_GLOB_IMPL_H

#include <glob.h>
#include <stddef.h>

struct names {
	char **v;
	size_t n, cap;
};

struct walk {
	int flags;
	const glob_t *dirs;	/* GLOB_ALTDIRFUNC: its gl_opendir and friends */
	int (*errfunc)(const char *, int);
	struct names *out;
};

/* 0, GLOB_NOSPACE or GLOB_ABORTED. */
int names_add(struct names *l, const char *s, size_t len, int mark);
int glob_walk(struct walk *w, const char *pattern);
int glob_has_magic(const char *s, size_t len, int flags);
/* Each pattern the braces of pattern stand for, to one_pattern, in order;
 * stops at the first result that is not 0 or GLOB_NOMATCH. */
int glob_braces(const char *pattern, int (*one_pattern)(void *, const char *),
		void *ctx);
/* The pattern with ~ or ~user at its start replaced (malloc'd), or NULL
 * when there is nothing to replace; *unknown says ~user named nobody. */
char *glob_tilde(const char *pattern, int *unknown, int *nomem);

#endif
