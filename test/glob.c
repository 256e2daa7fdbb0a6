/*
 * glob against glibc's answers, over a tree it makes under /tmp: sorting,
 * hidden names, GLOB_MARK, ONLYDIR, NOCHECK, NOMAGIC, BRACE, TILDE,
 * DOOFFS, APPEND, escapes, the error callback, GLOB_ALTDIRFUNC.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char top[64];

static void touch(const char *name)
{
	int fd = open(name, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	CHECK(fd >= 0);
	close(fd);
}

static void make_tree(void)
{
	snprintf(top, sizeof top, "/tmp/bh-glob-%d", (int)getpid());
	CHECK_INT(mkdir(top, 0755), 0);
	CHECK_INT(chdir(top), 0);
	touch("a.c");
	touch("b.c");
	touch("c.h");
	touch(".hidden");
	touch("q?m");
	touch("B.c");
	mkdir("dir1", 0755);
	mkdir("dir2", 0755);
	touch("dir1/x.c");
	touch("dir1/.y.c");
	touch("dir2/z.c");
}

static void remove_tree(void)
{
	static const char *const files[] = {
		"a.c", "b.c", "c.h", ".hidden", "q?m", "B.c",
		"dir1/x.c", "dir1/.y.c", "dir2/z.c",
	};
	size_t i;

	for (i = 0; i < sizeof files / sizeof files[0]; i++)
		unlink(files[i]);
	rmdir("dir1");
	rmdir("dir2");
	chdir("/");
	CHECK_INT(rmdir(top), 0);
}

/* The names, joined by spaces. */
static const char *joined(const glob_t *g)
{
	static char buf[1024];
	size_t i, n = 0;

	buf[0] = 0;
	for (i = 0; i < g->gl_pathc; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", i ? " " : "",
				      g->gl_pathv[g->gl_offs + i]);
	return buf;
}

#define GLOB_IS(pattern, flags, rc, names) do {				\
	glob_t gl_;							\
	const char *names_ = (names);					\
	CHECK_INT(glob(pattern, flags, NULL, &gl_), rc);			\
	if (names_ && ((rc) == 0 || (flags) & GLOB_NOCHECK))		\
		CHECK_STR(joined(&gl_), names_);				\
	if ((rc) == 0)							\
		globfree(&gl_);						\
} while (0)

static const char *err_path;
static int err_errno, err_calls;

static int on_error(const char *path, int e)
{
	static char copy[256];

	snprintf(copy, sizeof copy, "%s", path);
	err_path = copy;
	err_errno = e;
	err_calls++;
	return 0;
}

/* GLOB_ALTDIRFUNC: a directory that exists only here. */
static const char *const fake_names[] = { "two", ".dot", "one", "three" };
static int fake_pos, fake_opened;
static char fake_dir[1];

static void *fake_opendir(const char *path)
{
	fake_opened++;
	fake_pos = 0;
	return strcmp(path, ".") == 0 ? fake_dir : NULL;
}

static struct dirent *fake_readdir(void *dir)
{
	static struct dirent e;

	if (dir != fake_dir || fake_pos == 4)
		return NULL;
	memset(&e, 0, sizeof e);
	strcpy(e.d_name, fake_names[fake_pos++]);
	e.d_type = DT_REG;
	return &e;
}

static void fake_closedir(void *dir)
{
	(void)dir;
}

static int fake_stat(const char *__restrict path, struct stat *__restrict st)
{
	memset(st, 0, sizeof *st);
	st->st_mode = S_IFREG | 0644;
	return strcmp(path, "one") == 0 || strcmp(path, "./one") == 0 ? 0 : -1;
}

static void alt_dir_functions(void)
{
	glob_t g;

	memset(&g, 0, sizeof g);
	g.gl_opendir = fake_opendir;
	g.gl_readdir = fake_readdir;
	g.gl_closedir = fake_closedir;
	g.gl_stat = fake_stat;
	g.gl_lstat = fake_stat;
	CHECK_INT(glob("t*", GLOB_ALTDIRFUNC, NULL, &g), 0);
	CHECK_STR(joined(&g), "three two");
	CHECK_INT(fake_opened, 1);
	globfree(&g);
	CHECK_INT(glob("one", GLOB_ALTDIRFUNC, NULL, &g), 0);
	CHECK_STR(joined(&g), "one");
	globfree(&g);
	CHECK_INT(glob("two", GLOB_ALTDIRFUNC, NULL, &g), GLOB_NOMATCH);
}

int main(void)
{
	glob_t g;
	char want[256], pattern[256];

	make_tree();
	GLOB_IS("*.c", 0, 0, "B.c a.c b.c");
	GLOB_IS("*", 0, 0, "B.c a.c b.c c.h dir1 dir2 q?m");
	GLOB_IS(".h*", 0, 0, ".hidden");
	GLOB_IS("*/*.c", 0, 0, "dir1/x.c dir2/z.c");
	GLOB_IS("*/.*.c", 0, 0, "dir1/.y.c");
	GLOB_IS("*/*.c", GLOB_PERIOD, 0, "dir1/.y.c dir1/x.c dir2/z.c");
	GLOB_IS("*/", 0, 0, "dir1/ dir2/");
	GLOB_IS("d*", GLOB_MARK, 0, "dir1/ dir2/");
	GLOB_IS("*", GLOB_ONLYDIR, 0, "dir1 dir2");
	GLOB_IS("[ab].c", 0, 0, "a.c b.c");
	GLOB_IS("[!ab].?", 0, 0, "B.c c.h");
	GLOB_IS("dir?/[x-z].c", 0, 0, "dir1/x.c dir2/z.c");
	GLOB_IS("dir1//x.c", 0, 0, "dir1//x.c");
	GLOB_IS("*.c", GLOB_NOSORT, 0, NULL);
	GLOB_IS("nomatch*", 0, GLOB_NOMATCH, "");
	GLOB_IS("nomatch*", GLOB_NOCHECK, 0, "nomatch*");
	GLOB_IS("a.c", 0, 0, "a.c");
	GLOB_IS("nothere", 0, GLOB_NOMATCH, "");
	GLOB_IS("nothere", GLOB_NOMAGIC, 0, "nothere");
	GLOB_IS("noth*", GLOB_NOMAGIC, GLOB_NOMATCH, "");
	GLOB_IS("q\\?m", 0, 0, "q?m");
	GLOB_IS("q[?]m", 0, 0, "q?m");
	GLOB_IS("{a,b}.c", GLOB_BRACE, 0, "a.c b.c");
	GLOB_IS("{b,a}.c", GLOB_BRACE, 0, "b.c a.c");
	GLOB_IS("{dir2,dir1}/*.c", GLOB_BRACE, 0, "dir2/z.c dir1/x.c");
	GLOB_IS("{x,a}.{c,h}", GLOB_BRACE, 0, "a.c");
	GLOB_IS("{a,b}.c", 0, GLOB_NOMATCH, "");
	GLOB_IS("a.c/*", 0, GLOB_NOMATCH, "");

	CHECK_INT(glob("*.c", 0, NULL, &g), 0);
	CHECK(g.gl_flags & GLOB_MAGCHAR);
	globfree(&g);
	CHECK_INT(glob("a.c", 0, NULL, &g), 0);
	CHECK(!(g.gl_flags & GLOB_MAGCHAR));
	globfree(&g);

	g.gl_offs = 2;
	CHECK_INT(glob("*.h", GLOB_DOOFFS, NULL, &g), 0);
	CHECK_INT(g.gl_pathc, 1);
	CHECK(g.gl_pathv[0] == NULL && g.gl_pathv[1] == NULL);
	CHECK_STR(g.gl_pathv[2], "c.h");
	CHECK(g.gl_pathv[3] == NULL);
	CHECK_INT(glob("[ab].c", GLOB_DOOFFS | GLOB_APPEND, NULL, &g), 0);
	CHECK_INT(g.gl_pathc, 3);
	CHECK_STR(joined(&g), "c.h a.c b.c");
	CHECK(g.gl_pathv[5] == NULL);
	globfree(&g);

	CHECK_INT(glob("nonexist/*", 0, on_error, &g), GLOB_NOMATCH);
	CHECK_INT(err_calls, 1);
	CHECK_STR(err_path, "nonexist");
	CHECK_INT(err_errno, ENOENT);
	CHECK_INT(glob("nonexist/*", GLOB_ERR, NULL, &g), GLOB_ABORTED);
	globfree(&g);

	setenv("HOME", top, 1);
	snprintf(want, sizeof want, "%s/a.c", top);
	GLOB_IS("~/a.c", GLOB_TILDE, 0, want);
	GLOB_IS("~/a.c", 0, GLOB_NOMATCH, "");
	GLOB_IS("~nosuchuser-bh/a.c", GLOB_TILDE_CHECK, GLOB_NOMATCH, "");
	snprintf(pattern, sizeof pattern, "%s/dir*/z.c", top);
	snprintf(want, sizeof want, "%s/dir2/z.c", top);
	GLOB_IS(pattern, 0, 0, want);
	remove_tree();
	alt_dir_functions();
	return check_done();
}
