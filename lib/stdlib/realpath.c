/*
 * realpath: the absolute path of a file with no ".", ".." or symbolic
 * links in it. Walks the components one by one, asking the kernel whether
 * each prefix is a link (readlinkat); a link's target takes the place of
 * its component in what is left to walk. Errors as on glibc: EINVAL for a
 * NULL path, ENOENT for "" or a missing file, ENOTDIR, ELOOP after 40
 * links, ENAMETOOLONG past PATH_MAX. resolved NULL: the result is malloc'd.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "kernel/syscall.h"

#define AT_FDCWD	-100
#define LINKS_MAX	40

static long link_at(const char *path, char *buf, size_t size)
{
	return arch_syscall4(__NR_readlinkat, SC(AT_FDCWD), SC(path), SC(buf),
			     SC(size));
}

/* Puts target in front of the rest (still to walk) in rest's buffer. */
static int prepend(char *rest, const char *target, size_t tlen)
{
	size_t rlen = strlen(rest);

	size_t gap = rlen ? 1 : 0;	/* no '/' of our own at the end */

	if (tlen + gap + rlen + 1 > PATH_MAX)
		return -ENAMETOOLONG;
	memmove(rest + tlen + gap, rest, rlen + 1);
	memcpy(rest, target, tlen);
	if (gap)
		rest[tlen] = '/';
	return 0;
}

/* Resolves path into out (PATH_MAX + 1 bytes); 0 or -errno. */
static int resolve(const char *path, char *out)
{
	char rest[PATH_MAX], target[PATH_MAX];
	size_t len = 0;		/* of out, which never ends with '/' */
	char *p = rest;
	int links = 0;

	if (strlen(path) >= PATH_MAX)
		return -ENAMETOOLONG;
	strcpy(rest, path);
	if (*path != '/') {
		long n = arch_syscall2(__NR_getcwd, SC(out), PATH_MAX);

		if (syscall_failed(n))
			return (int)n;
		if (out[0] != '/')
			return -ENOENT;	/* the cwd is unreachable */
		len = strlen(out);
		if (len == 1)
			len = 0;
	}
	out[len] = '\0';
	for (;;) {
		size_t clen;
		long n;

		while (*p == '/')
			p++;
		if (!*p)
			break;
		clen = strcspn(p, "/");
		if (clen == 1 && p[0] == '.') {
			p += 1;
			continue;
		}
		if (clen == 2 && p[0] == '.' && p[1] == '.') {
			while (len > 0 && out[--len] != '/')
				;
			out[len] = '\0';
			p += 2;
			continue;
		}
		if (len + 1 + clen >= PATH_MAX)
			return -ENAMETOOLONG;
		out[len] = '/';
		memcpy(out + len + 1, p, clen);
		out[len + 1 + clen] = '\0';
		p += clen;
		n = link_at(out, target, sizeof target - 1);
		if (n >= 0) {
			int err;

			if (++links > LINKS_MAX)
				return -ELOOP;
			memmove(rest, p, strlen(p) + 1);
			p = rest;
			if ((err = prepend(rest, target, (size_t)n)) < 0)
				return err;
			if (target[0] == '/')
				len = 0;
			out[len] = '\0';
			continue;
		}
		if (n != -EINVAL)
			return (int)n;
		len += 1 + clen;
		/* Anything after it, even a lone '/': it must be a directory. */
		if (p[0] == '/') {
			out[len] = '/';
			out[len + 1] = '\0';
			n = link_at(out, target, sizeof target - 1);
			out[len] = '\0';
			if (n == -ENOTDIR)
				return (int)n;
		}
	}
	if (len == 0) {
		out[0] = '/';
		out[1] = '\0';
	}
	return 0;
}

char *realpath(const char *__restrict path, char *__restrict resolved)
{
	char buf[PATH_MAX + 1];	/* resolve may look at one byte past */
	int err;

	if (!path) {
		errno = EINVAL;
		return NULL;
	}
	if (!*path) {
		errno = ENOENT;
		return NULL;
	}
	err = resolve(path, buf);
	if (err < 0) {
		errno = -err;
		return NULL;
	}
	if (!resolved)
		return strdup(buf);
	strcpy(resolved, buf);
	return resolved;
}
