/*
 * glob: the names a pattern stands for, sorted with strcmp (strcoll in
 * the C locale) unless GLOB_NOSORT, appended to gl_pathv after gl_offs
 * empty slots. No name: GLOB_NOMATCH, or the pattern itself under
 * GLOB_NOCHECK (and under GLOB_NOMAGIC when it has no wildcards).
 */
#include <errno.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include "lib/glob/glob_impl.h"

#define KNOWN_FLAGS	((GLOB_TILDE_CHECK << 1) - 1)

struct run {
	struct walk walk;
	struct names names;
	int magic;
};

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* One pattern (after braces): walk, sort what it found. */
static int one_pattern(void *ctx, const char *pattern)
{
	struct run *r = ctx;
	size_t first = r->names.n;
	char *expanded = NULL;
	int flags = r->walk.flags, unknown, nomem, err;

	if (flags & (GLOB_TILDE | GLOB_TILDE_CHECK)) {
		expanded = glob_tilde(pattern, &unknown, &nomem);
		if (nomem)
			return GLOB_NOSPACE;
		if (unknown && (flags & GLOB_TILDE_CHECK))
			return GLOB_NOMATCH;
	}
	if (glob_has_magic(pattern, strlen(pattern), flags))
		r->magic = 1;
	err = glob_walk(&r->walk, expanded ? expanded : pattern);
	if (!err && r->names.n == first && (flags & GLOB_NOMAGIC) &&
	    !glob_has_magic(pattern, strlen(pattern), flags))
		err = names_add(&r->names, pattern, strlen(pattern), 0);
	free(expanded);
	if (err)
		return err;
	if (!(flags & GLOB_NOSORT))
		qsort(r->names.v + first, r->names.n - first, sizeof(char *), by_name);
	return r->names.n > first ? 0 : GLOB_NOMATCH;
}

/* gl_pathv grown by the names found; 0 or GLOB_NOSPACE. */
static int publish(glob_t *g, struct names *l)
{
	size_t offs = g->gl_offs, old = g->gl_pathc, i;
	char **v = realloc(g->gl_pathv, (offs + old + l->n + 1) * sizeof *v);

	if (!v)
		return GLOB_NOSPACE;
	if (!g->gl_pathv)
		for (i = 0; i < offs; i++)
			v[i] = NULL;
	memcpy(v + offs + old, l->v, l->n * sizeof *v);
	v[offs + old + l->n] = NULL;
	g->gl_pathv = v;
	g->gl_pathc = old + l->n;
	l->n = 0;
	return 0;
}

int glob(const char *__restrict pattern, int flags,
	 int (*errfunc)(const char *, int), glob_t *__restrict pglob)
{
	struct run r;
	size_t i;
	int err;

	if (!pattern || (flags & ~KNOWN_FLAGS)) {
		errno = EINVAL;
		return -1;
	}
	if (!(flags & GLOB_APPEND)) {
		pglob->gl_pathc = 0;
		pglob->gl_pathv = NULL;
		if (!(flags & GLOB_DOOFFS))
			pglob->gl_offs = 0;
	}
	memset(&r, 0, sizeof r);
	r.walk.flags = flags;
	r.walk.errfunc = errfunc;
	r.walk.dirs = flags & GLOB_ALTDIRFUNC ? pglob : NULL;
	r.walk.out = &r.names;
	if (flags & GLOB_BRACE)
		err = glob_braces(pattern, one_pattern, &r);
	else
		err = one_pattern(&r, pattern);
	if (err == GLOB_NOMATCH && (flags & GLOB_NOCHECK))
		err = names_add(&r.names, pattern, strlen(pattern), 0);
	if (!err || err == GLOB_ABORTED) {
		if (publish(pglob, &r.names))
			err = GLOB_NOSPACE;
	}
	for (i = 0; i < r.names.n; i++)
		free(r.names.v[i]);
	free(r.names.v);
	pglob->gl_flags = flags | (r.magic ? GLOB_MAGCHAR : 0);
	return err;
}
