/* fwrite, fwrite_unlocked: write an array of elements to a stream. */
#include "lib/stdio_impl.h"

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f)
{
	size_t total;

	if (size == 0 || n == 0)
		return 0;
	if (__builtin_mul_overflow(size, n, &total))
		return 0;
	if (bh_file_put(f, p, total) < 0 || bh_file_line_done(f, p, total) < 0)
		return 0;
	return n;
}

size_t fwrite_unlocked(const void *restrict p, size_t size, size_t n,
		       FILE *restrict f)
{
	return fwrite(p, size, n, f);
}
