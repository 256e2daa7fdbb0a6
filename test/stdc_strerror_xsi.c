/*
 * The XSI strerror_r, which a program gets from <string.h> without
 * _GNU_SOURCE: 0 with the message copied, ERANGE with it truncated,
 * EINVAL for a number Linux does not have.
 */
#include <errno.h>
#include <string.h>
#include "check.h"

int main(void)
{
	char buf[64], small[8];
	int r;

	CHECK_INT(strerror_r(ENOENT, buf, sizeof buf), 0);
	CHECK_STR(buf, "No such file or directory");
	CHECK_INT(strerror_r(ENOENT, small, sizeof small), ERANGE);
	CHECK_STR(small, "No such");
	CHECK_INT(strerror_r(EPERM, buf, 24), 0);	/* exactly fits */
	CHECK_STR(buf, "Operation not permitted");
	CHECK_INT(strerror_r(EPERM, buf, 23), ERANGE);
	CHECK_STR(buf, "Operation not permitte");
	r = strerror_r(1000, buf, sizeof buf);
	CHECK_INT(r, EINVAL);
	CHECK_STR(buf, "Unknown error 1000");
	CHECK_INT(strerror_r(-5, buf, sizeof buf), EINVAL);
	CHECK_STR(buf, "Unknown error -5");
	CHECK_INT(strerror_r(0, buf, sizeof buf), 0);
	CHECK_STR(buf, "Success");
	return check_done();
}
