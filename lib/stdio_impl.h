/* The FILE structure and the internal interfaces of lib/'s stdio. */
#ifndef LIB_STDIO_IMPL_H
#define LIB_STDIO_IMPL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

enum bh_bufmode {
	BH_UNBUFFERED,		/* every write goes straight to the fd */
	BH_LINEBUFFERED,	/* flushed when full and after a newline */
	BH_FULLYBUFFERED,	/* flushed when full */
};

struct bh_file {
	int fd;
	int mode;		/* enum bh_bufmode */
	int error;		/* set when a write failed */
	unsigned char *buf;	/* NULL when unbuffered */
	size_t size;		/* capacity of buf */
	size_t len;		/* bytes waiting in buf */
};

/* Where the formatter's output goes: write is called with each piece. */
struct bh_sink {
	void (*write)(struct bh_sink *sink, const char *p, size_t n);
	size_t count;		/* bytes produced so far (kept by the formatter) */
};

/*
 * The one printf formatter. Returns the number of bytes produced, or -1 with
 * errno EOVERFLOW when that exceeds INT_MAX.
 */
int bh_vformat(struct bh_sink *sink, const char *fmt, va_list ap);

/*
 * Formats into a buffer on the stack and hands it out in as few pieces as
 * possible: to f when f is not NULL (an unbuffered stream), else to fd.
 * Returns as printf does.
 */
int bh_vprint_stacked(FILE *f, int fd, const char *fmt, va_list ap);

/* Writes all n bytes to fd, retrying short writes and EINTR: 0 or -1. */
int bh_write_all(int fd, const void *p, size_t n);

/* Adds n bytes to f's buffer (or writes them if unbuffered): 0 or EOF. */
int bh_file_put(FILE *f, const void *p, size_t n);

/* Writes out f's buffer: 0 or EOF. */
int bh_file_flush(FILE *f);

/* After a put of p[0..n): flushes a line-buffered f if p had a newline. */
int bh_file_line_done(FILE *f, const void *p, size_t n);

#endif
