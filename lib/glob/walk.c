/*
 * glob's directory walk: the pattern one component at a time. A component
 * without wildcards is taken as it is (its backslashes removed); one with
 * wildcards is matched by fnmatch against each entry of the directory so
 * far. Components before the last, and a last one followed by '/', keep
 * only directories.
 */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "lib/glob/glob_impl.h"

int glob_has_magic(const char *s, size_t len, int flags)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\\' && !(flags & GLOB_NOESCAPE) && i + 1 < len)
			i++;
		else if (s[i] == '*' || s[i] == '?')
			return 1;
		else if (s[i] == '[' && memchr(s + i + 1, ']', len - i - 1))
			return 1;
	}
	return 0;
}

int names_add(struct names *l, const char *s, size_t len, int mark)
{
	char *copy;

	if (l->n == l->cap) {
		size_t cap = l->cap ? 2 * l->cap : 16;
		char **grown = realloc(l->v, cap * sizeof *grown);

		if (!grown)
			return GLOB_NOSPACE;
		l->v = grown;
		l->cap = cap;
	}
	copy = malloc(len + 2);
	if (!copy)
		return GLOB_NOSPACE;
	memcpy(copy, s, len);
	if (mark)
		copy[len++] = '/';
	copy[len] = 0;
	l->v[l->n++] = copy;
	return 0;
}

/* The file system calls, or the caller's under GLOB_ALTDIRFUNC. */
static int do_stat(const struct walk *w, const char *path, struct stat *st)
{
	return w->dirs ? w->dirs->gl_stat(path, st) : stat(path, st);
}

static int do_lstat(const struct walk *w, const char *path, struct stat *st)
{
	return w->dirs ? w->dirs->gl_lstat(path, st) : lstat(path, st);
}

static void *do_opendir(const struct walk *w, const char *path)
{
	return w->dirs ? w->dirs->gl_opendir(path) : (void *)opendir(path);
}

static struct dirent *do_readdir(const struct walk *w, void *dir)
{
	return w->dirs ? w->dirs->gl_readdir(dir) : readdir(dir);
}

static void do_closedir(const struct walk *w, void *dir)
{
	if (w->dirs)
		w->dirs->gl_closedir(dir);
	else
		closedir(dir);
}

static int is_dir(const struct walk *w, const char *path)
{
	struct stat st;

	return do_stat(w, path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int exists(const struct walk *w, const char *path)
{
	struct stat st;

	return do_lstat(w, path, &st) == 0 || do_stat(w, path, &st) == 0;
}

/* A found path: GLOB_MARK and GLOB_ONLYDIR decide on directories. */
static int found(struct walk *w, const char *path)
{
	size_t len = strlen(path);
	int dir = -1;

	if (w->flags & (GLOB_MARK | GLOB_ONLYDIR))
		dir = is_dir(w, path);
	if ((w->flags & GLOB_ONLYDIR) && !dir)
		return 0;
	return names_add(w->out, path, len,
			 (w->flags & GLOB_MARK) && dir && len && path[len - 1] != '/');
}

/* prefix + the component's bytes (unescaped) + the separators after. */
static char *join(const char *prefix, const char *part, size_t len,
		  const char *seps, size_t nseps, int unescape)
{
	size_t plen = strlen(prefix), i, k = plen;
	char *s = malloc(plen + len + nseps + 1);

	if (!s)
		return NULL;
	memcpy(s, prefix, plen);
	for (i = 0; i < len; i++) {
		if (unescape && part[i] == '\\' && i + 1 < len)
			i++;
		s[k++] = part[i];
	}
	memcpy(s + k, seps, nseps);
	s[k + nseps] = 0;
	return s;
}

static int expand(struct walk *w, const char *prefix, const char *rest);

/* The entries of the directory prefix that match the component. */
static int match_dir(struct walk *w, const char *prefix, const char *comp,
		     size_t len, const char *seps, size_t nseps, const char *next)
{
	int fnflags = (w->flags & GLOB_PERIOD ? 0 : FNM_PERIOD) |
		      (w->flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0);
	size_t plen = strlen(prefix);
	char *pat = malloc(len + plen + 3), *path, *dirname = pat + len + 1;
	int want_dir = *next || nseps, e_no, err = 0;
	struct dirent *e;
	void *dir;

	if (!pat)
		return GLOB_NOSPACE;
	memcpy(pat, comp, len);
	pat[len] = 0;
	/* The directory as the caller wrote it, without its last '/'s. */
	while (plen > 1 && prefix[plen - 1] == '/')
		plen--;
	memcpy(dirname, plen ? prefix : ".", plen ? plen : 1);
	dirname[plen ? plen : 1] = 0;
	dir = do_opendir(w, dirname);
	if (!dir) {
		e_no = errno;
		err = e_no != ENOTDIR &&
		      ((w->errfunc && w->errfunc(dirname, e_no)) ||
		       (w->flags & GLOB_ERR)) ? GLOB_ABORTED : 0;
		free(pat);
		return err;
	}
	while (!err && (e = do_readdir(w, dir)) != NULL) {
		if (fnmatch(pat, e->d_name, fnflags) != 0)
			continue;
		/* As glibc: under GLOB_PERIOD a wildcard takes . and .. as
		 * names, not as directories to go through. */
		if (want_dir && *comp != '.' && e->d_name[0] == '.' &&
		    (!e->d_name[1] || (e->d_name[1] == '.' && !e->d_name[2])))
			continue;
		path = join(prefix, e->d_name, strlen(e->d_name), seps, nseps, 0);
		if (!path) {
			err = GLOB_NOSPACE;
			break;
		}
		if (*next)
			err = expand(w, path, next);
		else if (nseps)
			err = is_dir(w, path) ? found(w, path) : 0;
		else
			err = found(w, path);
		free(path);
	}
	do_closedir(w, dir);
	free(pat);
	return err;
}

/* Expands rest (components of the pattern) below the path prefix. */
static int expand(struct walk *w, const char *prefix, const char *rest)
{
	size_t len = strcspn(rest, "/"), nseps;
	const char *seps = rest + len, *next;
	char *path;
	int err;

	nseps = strspn(seps, "/");
	next = seps + nseps;
	if (glob_has_magic(rest, len, w->flags))
		return match_dir(w, prefix, rest, len, seps, nseps, next);
	path = join(prefix, rest, len, seps, nseps, !(w->flags & GLOB_NOESCAPE));
	if (!path)
		return GLOB_NOSPACE;
	if (*next)
		err = expand(w, path, next);
	else
		err = exists(w, path) && (!nseps || is_dir(w, path)) ? found(w, path) : 0;
	free(path);
	return err;
}

int glob_walk(struct walk *w, const char *pattern)
{
	size_t lead = strspn(pattern, "/");
	char *root = malloc(lead + 1);
	int err;

	if (!root)
		return GLOB_NOSPACE;
	memcpy(root, pattern, lead);
	root[lead] = 0;
	if (!pattern[lead])
		err = *root && exists(w, root) ? found(w, root) : 0;
	else
		err = expand(w, root, pattern + lead);
	free(root);
	return err;
}
