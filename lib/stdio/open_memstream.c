/*
 * open_memstream: a stream writing into a buffer that grows, handed to the
 * caller through *bufp and *sizep (the data so far, NUL-terminated, and
 * the current position) whenever the stream is flushed, moved or closed.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "lib/stdio_impl.h"

struct grow_mem {
	char *buf;
	size_t cap;		/* bytes allocated */
	size_t pos;		/* the backend's offset */
	size_t end;		/* the end of the data */
	char **bufp;
	size_t *sizep;
};

/* Makes room for need bytes and the NUL, zeroing what is new: 0 or -1. */
static int grow_to(struct grow_mem *m, size_t need)
{
	size_t cap = m->cap;
	char *p;

	if (need < m->cap)
		return 0;
	if (need >= (size_t)-1 / 2) {
		errno = ENOMEM;
		return -1;
	}
	while (cap <= need)
		cap *= 2;
	p = realloc(m->buf, cap);
	if (!p)
		return -1;
	memset(p + m->cap, 0, cap - m->cap);
	m->buf = p;
	m->cap = cap;
	return 0;
}

static void publish(struct grow_mem *m)
{
	*m->bufp = m->buf;
	*m->sizep = m->pos;
}

static int grow_write(FILE *f, const void *p, size_t n)
{
	struct grow_mem *m = f->cookie;

	if (grow_to(m, m->pos + n) < 0)
		return -1;
	memcpy(m->buf + m->pos, p, n);
	m->pos += n;
	if (m->pos > m->end)
		m->end = m->pos;
	m->buf[m->end] = '\0';
	publish(m);
	return 0;
}

static off_t grow_seek(FILE *f, off_t off, int whence)
{
	struct grow_mem *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ?
		     (off_t)m->pos : (off_t)m->end;

	if (off < -base || (unsigned long long)(base + off) >= (size_t)-1 / 2) {
		errno = EINVAL;
		return -1;
	}
	if (grow_to(m, (size_t)(base + off)) < 0)
		return -1;
	m->pos = (size_t)(base + off);
	if (m->pos > m->end)
		m->end = m->pos;	/* the gap reads as zeros */
	publish(m);
	return (off_t)m->pos;
}

static int grow_close(FILE *f)
{
	struct grow_mem *m = f->cookie;

	publish(m);
	free(m);
	return 0;
}

FILE *open_memstream(char **bufp, size_t *sizep)
{
	struct grow_mem *m;
	FILE *f;

	if (!bufp || !sizep) {
		errno = EINVAL;
		return NULL;
	}
	m = calloc(1, sizeof *m);
	if (!m)
		return NULL;
	m->cap = 64;
	m->buf = calloc(1, m->cap);
	f = m->buf ? file_new(-1, F_WRITE) : NULL;
	if (!f) {
		free(m->buf);
		free(m);
		return NULL;
	}
	m->bufp = bufp;
	m->sizep = sizep;
	publish(m);
	f->mode = BH_FULLYBUFFERED;
	f->read = NULL;
	f->write = grow_write;
	f->seek = grow_seek;
	f->close = grow_close;
	f->cookie = m;
	return f;
}
