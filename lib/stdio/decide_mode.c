/* file_decide_mode: a stream's automatic buffering, settled at first use. */
#include "kernel/syscall.h"
#include "lib/stdio_impl.h"

#define TCGETS_REQUEST	0x5401	/* the same on every target here */

void file_decide_mode(FILE *f)
{
	/* Any termios answer will do: only success matters, and the
	 * largest termios of the targets is under 64 bytes. */
	long termios[16];
	long r = arch_syscall3(__NR_ioctl, f->fd, TCGETS_REQUEST, SC(termios));

	f->mode = syscall_failed(r) ? BH_FULLYBUFFERED : BH_LINEBUFFERED;
}
