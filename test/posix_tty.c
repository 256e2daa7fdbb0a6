/* Terminals, on a pseudo-terminal of our own: isatty, ttyname, termios
 * round trips, window sizes, data through the line discipline. Skipped
 * where /dev/ptmx or the slave (no devpts mounted) cannot be opened. */
#define _GNU_SOURCE	/* ptsname_r under glibc, to check the answers */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>
#include "check.h"

int main(void)
{
	struct termios t, back;
	struct winsize ws = { 24, 80, 0, 0 }, got;
	char name[64], buf[16];
	int m = posix_openpt(O_RDWR | O_NOCTTY), s;

	if (m < 0) {
		printf("no /dev/ptmx (errno %d): skipped\n", errno);
		return check_done();
	}
	CHECK_INT(grantpt(m), 0);
	CHECK_INT(unlockpt(m), 0);
	CHECK_INT(ptsname_r(m, name, sizeof(name)), 0);
	CHECK(strncmp(name, "/dev/pts/", 9) == 0);
	CHECK_STR(ptsname(m), name);
	CHECK_INT(ptsname_r(m, name, 5), ERANGE);
	CHECK_INT(ptsname_r(m, name, sizeof(name)), 0);
	errno = 0;
	CHECK(ptsname(0) == NULL || isatty(0));
	s = open(name, O_RDWR | O_NOCTTY);
	if (s < 0) {
		/* a /dev without devpts mounted: the master alone */
		printf("cannot open %s (errno %d): skipped\n", name, errno);
		close(m);
		return check_done();
	}
	CHECK_INT(isatty(s), 1);
	CHECK_INT(isatty(m), 1);
	CHECK_STR(ttyname(s), name);
	CHECK_INT(ttyname_r(s, buf, 3), ERANGE);

	CHECK_INT(tcgetattr(s, &t), 0);
	CHECK(t.c_lflag & ICANON);	/* a new terminal is cooked */
	CHECK(t.c_lflag & ECHO);
	CHECK_INT(t.c_cc[VINTR], 3);
	CHECK_INT(t.c_cc[VEOF], 4);
	CHECK_INT(cfgetospeed(&t), B38400);
	cfmakeraw(&t);
	CHECK_INT(cfsetspeed(&t, B9600), 0);
	CHECK_INT(tcsetattr(s, TCSANOW, &t), 0);
	memset(&back, 0, sizeof(back));
	CHECK_INT(tcgetattr(s, &back), 0);
	CHECK_INT(back.c_lflag, t.c_lflag);
	CHECK_INT(back.c_iflag, t.c_iflag);
	CHECK_INT(back.c_oflag, t.c_oflag);
	CHECK_INT(back.c_cflag, t.c_cflag);
	CHECK_INT(cfgetispeed(&back), B9600);
	CHECK_INT(back.c_cc[VMIN], 1);
	CHECK_INT(tcsetattr(s, TCSADRAIN, &t), 0);
	CHECK_INT(tcsetattr(s, TCSAFLUSH, &t), 0);

	CHECK_INT(ioctl(s, TIOCSWINSZ, &ws), 0);
	CHECK_INT(ioctl(m, TIOCGWINSZ, &got), 0);
	CHECK_INT(got.ws_row, 24);
	CHECK_INT(got.ws_col, 80);

	/* raw: bytes pass through at once, no newline needed */
	CHECK_INT(write(m, "ab", 2), 2);
	CHECK_INT(read(s, buf, sizeof(buf)), 2);
	CHECK(memcmp(buf, "ab", 2) == 0);
	CHECK_INT(write(s, "\n", 1), 1);
	CHECK_INT(read(m, buf, sizeof(buf)), 1);	/* no OPOST: no \r */
	CHECK_INT(buf[0], '\n');
	CHECK_INT(tcdrain(s), 0);
	CHECK_INT(tcflush(s, TCIOFLUSH), 0);
	CHECK_INT(tcflow(s, TCOON), 0);
	errno = 0;
	CHECK_INT(tcflush(s, 7), -1);
	CHECK_INT(errno, EINVAL);
	errno = 0;
	CHECK_INT(tcgetpgrp(s), -1);	/* not our controlling terminal */
	CHECK_INT(errno, ENOTTY);
	close(s);
	close(m);
	return check_done();
}
