/*
 * dirname and basename, the POSIX forms: they cut trailing slashes off in
 * place. As glibc, a path of exactly two leading slashes keeps both ("//"
 * and "//a" have the directory "//").
 */
#include <libgen.h>
#include <string.h>

static char dot[] = ".";

/* The end of the run of slashes that p[0..n) ends with, backwards. */
static size_t before_slashes(const char *p, size_t n)
{
	while (n && p[n - 1] == '/')
		n--;
	return n;
}

/* p[0..n) is all slashes: the root, as "//" when there are exactly two. */
static char *root(char *p, size_t n)
{
	p[n == 2 ? 2 : 1] = '\0';
	return p;
}

char *dirname(char *path)
{
	size_t n, end;

	if (!path || !*path)
		return dot;
	n = strlen(path);
	end = before_slashes(path, n);
	if (end == 0)
		return root(path, n);
	while (end && path[end - 1] != '/')
		end--;			/* the last component goes */
	if (end == 0)
		return dot;
	n = end;
	end = before_slashes(path, n);
	if (end == 0)
		return root(path, n);
	path[end] = '\0';
	return path;
}

char *__xpg_basename(char *path)
{
	size_t end;
	char *slash;

	if (!path || !*path)
		return dot;
	end = before_slashes(path, strlen(path));
	if (end == 0) {
		path[1] = '\0';
		return path;
	}
	path[end] = '\0';
	slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}
