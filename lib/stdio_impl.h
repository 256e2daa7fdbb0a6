/*
 * The FILE structure and the internal interfaces of lib/stdio.
 *
 * A stream is a buffer in front of a backend. The backend is four function
 * pointers (read, write, seek, close): file descriptors for files, pipes and
 * the standard streams, memory for fmemopen and open_memstream. Because the
 * stream only calls through the pointers, a program that prints never links
 * fopen's or the memory streams' code.
 *
 * One buffer serves both directions, holding either read-ahead
 * (buf[rpos..rend)) or pending output (buf[0..len)), never both: a read
 * first writes out pending output, a write first gives back read-ahead
 * (seeking the backend back over it). ungetc's bytes sit in their own small
 * stack, back[], in front of the read-ahead.
 *
 * Every open stream is on one list (open_files), newest first, so that
 * fflush(NULL) and exit can write them all out.
 */
#ifndef LIB_STDIO_IMPL_H
#define LIB_STDIO_IMPL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

enum bh_bufmode {
	BH_UNBUFFERED,		/* every write goes straight to the backend */
	BH_LINEBUFFERED,	/* flushed when full and after a newline */
	BH_FULLYBUFFERED,	/* flushed when full */
	BH_AUTOBUFFERED,	/* line-buffered on a terminal, else fully:
				 * decided at the first read or write */
};

/* f->flags */
#define F_READ		0x01	/* opened for reading */
#define F_WRITE		0x02	/* opened for writing */
#define F_APPEND	0x04	/* every write goes to the end */
#define F_EOF		0x08	/* end of file seen (sticky until cleared) */
#define F_ERR		0x10	/* an operation failed */
#define F_FREE		0x20	/* the FILE itself is malloc's: free at fclose */
#define F_FREEBUF	0x40	/* buf is malloc's, apart from the FILE */
#define F_USED		0x80	/* read or written: too late for setvbuf */

#define UNGET_MAX	8	/* bytes ungetc can push back */

struct bh_file {
	int fd;			/* -1 for memory streams */
	int mode;		/* enum bh_bufmode */
	int flags;		/* F_* */
	unsigned char *buf;	/* NULL: unbuffered, or not allocated yet */
	size_t size;		/* capacity of buf */
	size_t len;		/* output waiting in buf[0..len) */
	size_t rpos, rend;	/* read-ahead in buf[rpos..rend) */
	int nback;		/* bytes in back[] */
	unsigned char back[UNGET_MAX];	/* ungetc's bytes, last pushed last */

	/* The backend. write writes all n bytes or fails; read returns the
	 * count, 0 at the end, -1; seek returns the new offset or -1. */
	ssize_t (*read)(struct bh_file *f, void *p, size_t n);
	int (*write)(struct bh_file *f, const void *p, size_t n);
	off_t (*seek)(struct bh_file *f, off_t off, int whence);
	int (*close)(struct bh_file *f);
	void *cookie;		/* the backend's own state */
	pid_t pid;		/* popen's child, 0 for others */

	struct bh_file *next;	/* on open_files */
};

/* Every open stream, newest first; stdout, stderr and stdin to start. */
extern struct bh_file *open_files;

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

/* The file-descriptor backend (fd_io.c). */
ssize_t fd_read(FILE *f, void *p, size_t n);
int fd_write(FILE *f, const void *p, size_t n);
off_t fd_seek(FILE *f, off_t off, int whence);
int fd_close(FILE *f);

/* Adds n bytes to f's buffer (or writes them if unbuffered): 0 or EOF. */
int bh_file_put(FILE *f, const void *p, size_t n);

/* Writes out f's buffer: 0 or EOF. */
int bh_file_flush(FILE *f);

/* After a put of p[0..n): flushes a line-buffered f if p had a newline. */
int bh_file_line_done(FILE *f, const void *p, size_t n);

/* Settles an automatic buffering mode by asking whether f is a terminal. */
void file_decide_mode(FILE *f);

/*
 * Makes f ready to write: fails with EBADF on a read-only stream, gives
 * back read-ahead and ungetc's bytes. 0 or EOF.
 */
int file_to_write(FILE *f);

/*
 * Makes f ready to read (file_to_write's counterpart): fails with EBADF on a
 * write-only stream, writes out pending output, allocates the buffer.
 * 1 when reading may go on, 0 when F_EOF is set, EOF on an error.
 */
int file_to_read(FILE *f);

/* Reads from the backend, setting F_EOF or F_ERR: as read(2). */
ssize_t file_read_raw(FILE *f, void *p, size_t n);

/*
 * Makes f ready to read and fills its buffer when empty: 1 when bytes wait
 * in back[] or buf[rpos..rend), 0 at the end (F_EOF set), EOF on an error
 * (F_ERR set, errno).
 */
int file_fill(FILE *f);

/* Reads one byte the slow way, when neither back[] nor the buffer has one. */
int file_getc_slow(FILE *f);

/* getc: the byte, or EOF at the end or on an error. */
static inline int file_getc(FILE *f)
{
	if (f->nback)
		return f->back[--f->nback];
	if (f->rpos < f->rend)
		return f->buf[f->rpos++];
	return file_getc_slow(f);
}

/* How far the caller's position is behind the backend's: read-ahead and
 * pushed-back bytes. */
static inline off_t file_unread(const FILE *f)
{
	return (off_t)(f->rend - f->rpos) + f->nback;
}

/*
 * Parses an fopen mode ("r", "w+", "ab", "rxe", ...) into open(2) flags and
 * F_READ/F_WRITE/F_APPEND: 0, or -1 with errno EINVAL.
 */
int file_mode_flags(const char *mode, int *oflags, int *fflags);

/*
 * A new stream on fd with a buffer of BUFSIZ (one allocation), on
 * open_files, with the fd backend; NULL with errno ENOMEM.
 */
FILE *file_new(int fd, int fflags);

/*
 * Ends f's life as an open stream but keeps the FILE (fclose frees it):
 * flushes, leaves a seekable descriptor where the reader stood, closes the
 * backend, takes f off the list. 0, or EOF if the flush or close failed.
 */
int file_close(FILE *f);

/* Takes f off open_files. */
void file_unlink(FILE *f);

/* Writes out every stream's pending output: 0, or EOF if any failed. */
int file_flush_all(void);

#endif
