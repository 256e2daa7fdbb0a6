/* stdout (line-buffered) and stderr (unbuffered): the two streams there are. */
#include "stdio_impl.h"

static unsigned char stdout_buf[4096];

static struct bh_file stdout_file = {
	.fd = 1,
	.mode = BH_LINEBUFFERED,
	.buf = stdout_buf,
	.size = sizeof stdout_buf,
};

static struct bh_file stderr_file = {
	.fd = 2,
	.mode = BH_UNBUFFERED,
};

FILE *const stdout = &stdout_file;
FILE *const stderr = &stderr_file;
