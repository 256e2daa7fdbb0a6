/*
 * Tests for the stream side of <stdio.h>: return values of the output
 * functions on stdout, stderr and raw fds, write errors, perror and
 * strerror's messages. (What reaches the terminal is not captured here;
 * the printed lines just have to look right.)
 */
#define _POSIX_C_SOURCE 200809L	/* strnlen, stpcpy, strdup, dprintf */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "check.h"


static int call_vprintf(const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vprintf(fmt, ap);
	va_end(ap);
	return r;
}

static int call_vfprintf(FILE *f, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

static int call_vdprintf(int fd, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}

static void test_stdout(void)
{
	static const char block[] = "fwrite block\n";

	CHECK(puts("puts: a line") >= 0);
	CHECK(puts("") >= 0);
	CHECK(fputs("fputs: text", stdout) >= 0);
	CHECK(fputs("", stdout) >= 0);
	CHECK_INT(putchar('\n'), '\n');
	CHECK_INT(fputc('c', stdout), 'c');
	CHECK_INT(putc('d', stdout), 'd');
	CHECK_INT(putchar('\n'), '\n');
	/* the result is the byte written, as an unsigned char */
	CHECK_INT(putchar('A' + 256), 'A');
	CHECK_INT(putchar('\n'), '\n');

	CHECK_UINT(fwrite(block, 1, sizeof block - 1, stdout), sizeof block - 1);
	CHECK_UINT(fwrite("ab\ncd\n", 3, 2, stdout), 2);
	CHECK_UINT(fwrite(block, 0, 5, stdout), 0);
	CHECK_UINT(fwrite(block, 5, 0, stdout), 0);

	CHECK_INT(printf("printf: %s %d\n", "value", 42), 17);
	CHECK_INT(printf("%s", ""), 0);
	CHECK_INT(printf("%5d|%-5s|%c\n", -12, "ab", 'z'), 14);
	CHECK_INT(fprintf(stdout, "fprintf: %#x\n", 255u), 14);
	CHECK_INT(call_vprintf("vprintf: %lld\n", -9223372036854775807LL - 1), 30);
	CHECK_INT(call_vfprintf(stdout, "vfprintf: %u\n", 7u), 12);
	/* longer than any buffer inside the library */
	CHECK_INT(printf("%5000s|\n", "wide"), 5002);
	CHECK_INT(fflush(stdout), 0);
	CHECK_INT(fflush(NULL), 0);
}

static void test_fds(void)
{
	/* Raw fd output must come after what stdout holds: flush first. */
	CHECK_INT(fflush(stdout), 0);
	CHECK_INT(dprintf(1, "dprintf: %d\n", 7), 11);
	CHECK_INT(dprintf(STDOUT_FILENO, "%s", ""), 0);
	CHECK_INT(call_vdprintf(1, "vdprintf: %s\n", "ok"), 13);
	CHECK_INT(dprintf(1, "%3000d|\n", 1), 3002);

	/* write errors give -1 */
	errno = 0;
	CHECK_INT(dprintf(-1, "lost %d\n", 1), -1);
	CHECK_INT(errno, EBADF);
	errno = 0;
	CHECK_INT(call_vdprintf(-1, "lost\n"), -1);
	CHECK_INT(errno, EBADF);
}

static void test_stderr(void)
{
	CHECK_INT(fprintf(stderr, "stderr: fprintf %d\n", 1), 18);
	CHECK(fputs("stderr: fputs\n", stderr) >= 0);
	CHECK_INT(fputc('\n', stderr), '\n');
	CHECK_UINT(fwrite("stderr: fwrite\n", 5, 3, stderr), 3);
	CHECK_INT(call_vfprintf(stderr, "stderr: %s\n", "vfprintf"), 17);
	CHECK_INT(fprintf(stderr, "stderr: %2000s|\n", "wide"), 2010);
	CHECK_INT(fflush(stderr), 0);

	errno = ENOENT;
	perror("lib_stdio perror");
	CHECK_INT(errno, ENOENT);	/* perror leaves errno alone */
	errno = EACCES;
	perror(NULL);
	errno = EINVAL;
	perror("");
	CHECK_INT(errno, EINVAL);
}

static void test_strerror(void)
{
	CHECK_STR(strerror(0), "Success");
	CHECK_STR(strerror(EPERM), "Operation not permitted");
	CHECK_STR(strerror(ENOENT), "No such file or directory");
	CHECK_STR(strerror(ESRCH), "No such process");
	CHECK_STR(strerror(EINTR), "Interrupted system call");
	CHECK_STR(strerror(EIO), "Input/output error");
	CHECK_STR(strerror(ENXIO), "No such device or address");
	CHECK_STR(strerror(E2BIG), "Argument list too long");
	CHECK_STR(strerror(ENOEXEC), "Exec format error");
	CHECK_STR(strerror(EBADF), "Bad file descriptor");
	CHECK_STR(strerror(ECHILD), "No child processes");
	CHECK_STR(strerror(EAGAIN), "Resource temporarily unavailable");
	CHECK_STR(strerror(EWOULDBLOCK), "Resource temporarily unavailable");
	CHECK_STR(strerror(ENOMEM), "Cannot allocate memory");
	CHECK_STR(strerror(EACCES), "Permission denied");
	CHECK_STR(strerror(EFAULT), "Bad address");
	CHECK_STR(strerror(EBUSY), "Device or resource busy");
	CHECK_STR(strerror(EEXIST), "File exists");
	CHECK_STR(strerror(EXDEV), "Invalid cross-device link");
	CHECK_STR(strerror(ENODEV), "No such device");
	CHECK_STR(strerror(ENOTDIR), "Not a directory");
	CHECK_STR(strerror(EISDIR), "Is a directory");
	CHECK_STR(strerror(EINVAL), "Invalid argument");
	CHECK_STR(strerror(ENFILE), "Too many open files in system");
	CHECK_STR(strerror(EMFILE), "Too many open files");
	CHECK_STR(strerror(ENOTTY), "Inappropriate ioctl for device");
	CHECK_STR(strerror(EFBIG), "File too large");
	CHECK_STR(strerror(ENOSPC), "No space left on device");
	CHECK_STR(strerror(ESPIPE), "Illegal seek");
	CHECK_STR(strerror(EROFS), "Read-only file system");
	CHECK_STR(strerror(EMLINK), "Too many links");
	CHECK_STR(strerror(EPIPE), "Broken pipe");
	CHECK_STR(strerror(EDOM), "Numerical argument out of domain");
	CHECK_STR(strerror(ERANGE), "Numerical result out of range");
	CHECK_STR(strerror(ENOSYS), "Function not implemented");
	CHECK_STR(strerror(EOVERFLOW), "Value too large for defined data type");
	CHECK_STR(strerror(-1), "Unknown error -1");
	CHECK_STR(strerror(9999), "Unknown error 9999");
	CHECK_STR(strerror(-2147483647 - 1), "Unknown error -2147483648");
}

int main(void)
{
	test_stdout();
	test_fds();
	test_stderr();
	test_strerror();
	return check_done();
}
