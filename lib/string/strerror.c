/* strerror: the message for an error number, worded as on glibc. */
#include <errno.h>
#include <string.h>

static const char *const messages[] = {
	[0]		= "Success",
	[EPERM]		= "Operation not permitted",
	[ENOENT]	= "No such file or directory",
	[ESRCH]		= "No such process",
	[EINTR]		= "Interrupted system call",
	[EIO]		= "Input/output error",
	[ENXIO]		= "No such device or address",
	[E2BIG]		= "Argument list too long",
	[ENOEXEC]	= "Exec format error",
	[EBADF]		= "Bad file descriptor",
	[ECHILD]	= "No child processes",
	[EAGAIN]	= "Resource temporarily unavailable",
	[ENOMEM]	= "Cannot allocate memory",
	[EACCES]	= "Permission denied",
	[EFAULT]	= "Bad address",
	[15]		= "Block device required",
	[EBUSY]		= "Device or resource busy",
	[EEXIST]	= "File exists",
	[EXDEV]		= "Invalid cross-device link",
	[ENODEV]	= "No such device",
	[ENOTDIR]	= "Not a directory",
	[EISDIR]	= "Is a directory",
	[EINVAL]	= "Invalid argument",
	[ENFILE]	= "Too many open files in system",
	[EMFILE]	= "Too many open files",
	[ENOTTY]	= "Inappropriate ioctl for device",
	[26]		= "Text file busy",
	[EFBIG]		= "File too large",
	[ENOSPC]	= "No space left on device",
	[ESPIPE]	= "Illegal seek",
	[EROFS]		= "Read-only file system",
	[EMLINK]	= "Too many links",
	[EPIPE]		= "Broken pipe",
	[EDOM]		= "Numerical argument out of domain",
	[ERANGE]	= "Numerical result out of range",
	[35]		= "Resource deadlock avoided",
	[36]		= "File name too long",
	[37]		= "No locks available",
	[ENOSYS]	= "Function not implemented",
	[39]		= "Directory not empty",
	[40]		= "Too many levels of symbolic links",
	[EOVERFLOW]	= "Value too large for defined data type",
};

char *strerror(int errnum)
{
	static char unknown[32] = "Unknown error ";
	char digits[12], *d = digits + sizeof digits, *p;
	unsigned int mag;

	if (errnum >= 0 &&
	    (unsigned int)errnum < sizeof messages / sizeof messages[0] &&
	    messages[errnum])
		return (char *)messages[errnum];

	mag = errnum < 0 ? 0u - (unsigned int)errnum : (unsigned int)errnum;
	*--d = '\0';
	do {
		/* mag / 10 as an exact multiply: no division helper on ARM. */
		unsigned int q = (unsigned int)
			(((unsigned long long)mag * 0xcccccccdu) >> 35);

		*--d = (char)('0' + (mag - q * 10));
		mag = q;
	} while (mag);
	if (errnum < 0)
		*--d = '-';
	p = unknown + sizeof "Unknown error " - 1;
	while ((*p++ = *d++) != '\0')
		;
	return unknown;
}
