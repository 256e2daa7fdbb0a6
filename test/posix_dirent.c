/* Directory streams: readdir, scandir, telldir/seekdir, and their errors. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "check.h"

static char top[64];

static void path_of(char *buf, const char *name)
{
	snprintf(buf, 128, "%s/%s", top, name);
}

static void make_tree(void)
{
	static const char *files[] = { "b", "a", "c.txt" };
	char p[128];
	unsigned i;

	snprintf(top, sizeof(top), "/tmp/posix_dirent.%d", (int)getpid());
	CHECK_INT(mkdir(top, 0755), 0);
	for (i = 0; i < 3; i++) {
		int fd;

		path_of(p, files[i]);
		fd = open(p, O_CREAT | O_WRONLY, 0644);
		CHECK(fd >= 0);
		close(fd);
	}
	path_of(p, "sub");
	CHECK_INT(mkdir(p, 0755), 0);
}

static void remove_tree(void)
{
	static const char *names[] = { "a", "b", "c.txt" };
	char p[128];
	unsigned i;

	for (i = 0; i < 3; i++) {
		path_of(p, names[i]);
		CHECK_INT(unlink(p), 0);
	}
	path_of(p, "sub");
	CHECK_INT(rmdir(p), 0);
	CHECK_INT(rmdir(top), 0);
}

static int no_dots(const struct dirent *d)
{
	return d->d_name[0] != '.';
}

static void test_readdir(void)
{
	DIR *dir = opendir(top);
	struct dirent *d;
	int n = 0, seen_sub = 0, seen_a = 0;

	CHECK(dir != NULL);
	if (!dir)
		return;
	CHECK(dirfd(dir) >= 0);
	errno = 0;
	while ((d = readdir(dir)) != NULL) {
		n++;
		if (strcmp(d->d_name, "sub") == 0)
			seen_sub = d->d_type == DT_DIR || d->d_type == DT_UNKNOWN;
		if (strcmp(d->d_name, "a") == 0)
			seen_a = d->d_type == DT_REG || d->d_type == DT_UNKNOWN;
		CHECK(d->d_ino != 0);
	}
	CHECK_INT(errno, 0);		/* the end leaves errno alone */
	CHECK_INT(n, 6);		/* . .. a b c.txt sub */
	CHECK(seen_sub);
	CHECK(seen_a);
	CHECK(readdir(dir) == NULL);
	rewinddir(dir);
	n = 0;
	while (readdir(dir))
		n++;
	CHECK_INT(n, 6);
	CHECK_INT(closedir(dir), 0);
}

static void test_tell_seek(void)
{
	DIR *dir = opendir(top);
	char names[6][256];
	long pos[6];
	struct dirent *d;
	int i;

	if (!dir)
		return;
	CHECK_INT(telldir(dir), 0);
	for (i = 0; i < 6; i++) {
		d = readdir(dir);
		CHECK(d != NULL);
		if (!d)
			break;
		snprintf(names[i], sizeof(names[i]), "%s", d->d_name);
		pos[i] = telldir(dir);
		CHECK(pos[i] != -1);
	}
	/* seek back after the third: the fourth comes again */
	seekdir(dir, pos[2]);
	d = readdir(dir);
	CHECK(d != NULL);
	if (d)
		CHECK_STR(d->d_name, names[3]);
	seekdir(dir, 0);
	d = readdir(dir);
	CHECK(d != NULL);
	if (d)
		CHECK_STR(d->d_name, names[0]);
	closedir(dir);
}

static void test_readdir_r(void)
{
	DIR *dir = opendir(top);
	struct dirent entry, *result;
	int n = 0;

	if (!dir)
		return;
	while (readdir_r(dir, &entry, &result) == 0 && result) {
		CHECK(result == &entry);
		n++;
	}
	CHECK_INT(n, 6);
	CHECK(result == NULL);
	closedir(dir);
}

static void test_scandir(void)
{
	struct dirent **list;
	int n, i;

	n = scandir(top, &list, no_dots, alphasort);
	CHECK_INT(n, 4);
	if (n != 4)
		return;
	CHECK_STR(list[0]->d_name, "a");
	CHECK_STR(list[1]->d_name, "b");
	CHECK_STR(list[2]->d_name, "c.txt");
	CHECK_STR(list[3]->d_name, "sub");
	for (i = 0; i < n; i++)
		free(list[i]);
	free(list);

	n = scandir(top, &list, NULL, alphasort);
	CHECK_INT(n, 6);
	if (n == 6) {
		CHECK_STR(list[0]->d_name, ".");
		CHECK_STR(list[1]->d_name, "..");
		for (i = 0; i < n; i++)
			free(list[i]);
		free(list);
	}
	errno = 0;
	CHECK_INT(scandir("/nonexistent-bareheap", &list, NULL, NULL), -1);
	CHECK_INT(errno, ENOENT);
}

static void test_errors(void)
{
	char p[128];
	int fd;
	DIR *dir;

	errno = 0;
	CHECK(opendir("/nonexistent-bareheap") == NULL);
	CHECK_INT(errno, ENOENT);
	path_of(p, "a");
	errno = 0;
	CHECK(opendir(p) == NULL);
	CHECK_INT(errno, ENOTDIR);
	errno = 0;
	CHECK(opendir("") == NULL);
	CHECK_INT(errno, ENOENT);

	fd = open(p, O_RDONLY);
	errno = 0;
	CHECK(fdopendir(fd) == NULL);
	CHECK_INT(errno, ENOTDIR);
	close(fd);
	errno = 0;
	CHECK(fdopendir(-1) == NULL);
	CHECK_INT(errno, EBADF);

	fd = open(top, O_RDONLY | O_DIRECTORY);
	dir = fdopendir(fd);
	CHECK(dir != NULL);
	if (dir) {
		CHECK_INT(dirfd(dir), fd);
		CHECK(readdir(dir) != NULL);
		CHECK_INT(closedir(dir), 0);
		errno = 0;
		CHECK_INT(close(fd), -1);	/* closedir closed it */
		CHECK_INT(errno, EBADF);
	}
}

int main(void)
{
	make_tree();
	test_readdir();
	test_tell_seek();
	test_readdir_r();
	test_scandir();
	test_errors();
	remove_tree();
	return check_done();
}
