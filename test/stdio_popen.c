/*
 * Tests for popen and pclose (they need /bin/sh): reading a command's
 * output, writing its input, its exit status, close-on-exec of the
 * stream's end ("e"). Every answer was checked with glibc.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	char buf[64], path[64], cmd[128];
	FILE *f, *g;
	int status;

	fflush(stdout);		/* the child must not repeat our output */
	f = popen("echo one; echo two", "r");
	CHECK(f != NULL);
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "one\n");
	CHECK(fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "two\n");
	CHECK(fgets(buf, sizeof buf, f) == NULL);
	status = pclose(f);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 0);

	f = popen("exit 3", "r");
	status = pclose(f);
	CHECK(WIFEXITED(status));
	CHECK_INT(WEXITSTATUS(status), 3);

	snprintf(path, sizeof path, "/tmp/stdio_popen.%d", (int)getpid());
	snprintf(cmd, sizeof cmd, "cat > %s", path);
	f = popen(cmd, "w");
	CHECK(f != NULL);
	CHECK_INT(fprintf(f, "to %s\n", "cat"), 7);
	/* a second stream: its child must not hold the first one's pipe */
	g = popen("cat", "r");
	CHECK_INT(pclose(f), 0);
	CHECK_INT(pclose(g), 0);
	f = fopen(path, "r");
	CHECK(f && fgets(buf, sizeof buf, f) == buf);
	CHECK_STR(buf, "to cat\n");
	fclose(f);
	remove(path);

	/* the parent's end of the pipe is not inherited with "e" */
	f = popen("true", "re");
	CHECK(f != NULL);
	CHECK_INT(fcntl(fileno(f), F_GETFD), FD_CLOEXEC);
	CHECK_INT(pclose(f), 0);
	return check_done();
}
