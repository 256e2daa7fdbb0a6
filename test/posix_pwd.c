/* The user and group databases: the system's /etc/passwd and /etc/group
 * (user native), compared with what a line-by-line reading finds. */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "check.h"

/* The number of lines with a name in a file, counted independently. */
static int count_lines(const char *path)
{
	char buf[256];
	int fd = open(path, O_RDONLY), n = 0, at_start = 1;
	long got, i;

	if (fd < 0)
		return -1;
	while ((got = read(fd, buf, sizeof(buf))) > 0)
		for (i = 0; i < got; i++) {
			if (at_start && buf[i] != '\n' && buf[i] != '#')
				n++;
			at_start = buf[i] == '\n';
		}
	close(fd);
	return n;
}

static void test_passwd(void)
{
	struct passwd pw, *r, *p;
	char buf[1024];
	int n;

	errno = 0;
	p = getpwnam("root");
	CHECK(p != NULL);
	CHECK_INT(errno, 0);
	if (p) {
		CHECK_STR(p->pw_name, "root");
		CHECK_INT(p->pw_uid, 0);
		CHECK_INT(p->pw_gid, 0);
		CHECK_STR(p->pw_dir, "/root");
		CHECK(p->pw_shell[0] == '/');
	}
	p = getpwuid(0);
	CHECK(p != NULL);
	if (p)
		CHECK_STR(p->pw_name, "root");

	errno = 0;
	CHECK(getpwnam("no-such-user-bareheap") == NULL);
	CHECK_INT(errno, 0);
	errno = 0;
	CHECK(getpwuid(4000000) == NULL);
	CHECK_INT(errno, 0);
	/* (glibc crashes on these; bareheap answers "no such name") */
	CHECK(getpwnam(NULL) == NULL);
	CHECK(getgrnam(NULL) == NULL);

	CHECK_INT(getpwnam_r("root", &pw, buf, sizeof(buf), &r), 0);
	CHECK(r == &pw);
	CHECK_STR(pw.pw_name, "root");
	CHECK(pw.pw_name >= buf && pw.pw_name < buf + sizeof(buf));
	CHECK_INT(getpwuid_r(0, &pw, buf, sizeof(buf), &r), 0);
	CHECK(r == &pw);
	CHECK_INT(getpwnam_r("no-such-user-bareheap", &pw, buf, sizeof(buf),
			     &r), 0);
	CHECK(r == NULL);
	errno = 0;
	CHECK_INT(getpwnam_r("root", &pw, buf, 10, &r), ERANGE);
	CHECK(r == NULL);
	CHECK_INT(errno, ERANGE);

	n = 0;
	setpwent();
	while (getpwent())
		n++;
	endpwent();
	CHECK_INT(n, count_lines("/etc/passwd"));
	setpwent();
	p = getpwent();
	CHECK(p != NULL);
	if (p)
		CHECK_STR(p->pw_name, "root");
	setpwent();
	p = getpwent();
	if (p)
		CHECK_STR(p->pw_name, "root");	/* setpwent rewinds */
	endpwent();
}

static void test_group(void)
{
	struct group gr, *r, *g;
	char buf[1024];
	gid_t groups[64];
	int n;

	errno = 0;
	g = getgrnam("root");
	CHECK(g != NULL);
	CHECK_INT(errno, 0);
	if (g) {
		CHECK_INT(g->gr_gid, 0);
		CHECK(g->gr_mem != NULL);
	}
	g = getgrgid(0);
	CHECK(g != NULL);
	if (g)
		CHECK_STR(g->gr_name, "root");
	errno = 0;
	CHECK(getgrnam("no-such-group-bareheap") == NULL);
	CHECK_INT(errno, 0);
	CHECK_INT(getgrgid_r(0, &gr, buf, sizeof(buf), &r), 0);
	CHECK(r == &gr);
	CHECK_INT(getgrnam_r("root", &gr, buf, 10, &r), ERANGE);
	CHECK(r == NULL);

	n = 0;
	setgrent();
	while ((g = getgrent()) != NULL) {
		char **m;

		for (m = g->gr_mem; *m; m++)
			CHECK(**m != '\0');
		n++;
	}
	endgrent();
	CHECK_INT(n, count_lines("/etc/group"));

	n = 64;
	CHECK(getgrouplist("root", 0, groups, &n) >= 1);
	CHECK_INT(groups[0], 0);
	n = 0;
	CHECK_INT(getgrouplist("root", 12345, groups, &n), -1);
	CHECK(n >= 1);
}

int main(void)
{
	test_passwd();
	test_group();
	return check_done();
}
