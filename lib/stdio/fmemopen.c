/*
 * fmemopen: a stream on a caller's buffer of fixed size. Reads stop at the
 * end of the data (all of the buffer for "r", what was written for "w",
 * the first NUL for "a"); writes stop at the end of the buffer and keep a
 * NUL after the data, in the last byte if nowhere else.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "lib/stdio_impl.h"

struct fixed_mem {
	unsigned char *buf;
	size_t size;
	size_t pos;		/* the backend's offset */
	size_t end;		/* the end of the data */
	int append;
	int owned;		/* buf is ours (fmemopen was given NULL) */
};

static ssize_t mem_read(FILE *f, void *p, size_t n)
{
	struct fixed_mem *m = f->cookie;
	size_t left = m->pos < m->end ? m->end - m->pos : 0;

	if (n > left)
		n = left;
	memcpy(p, m->buf + m->pos, n);
	m->pos += n;
	return (ssize_t)n;
}

static int mem_write(FILE *f, const void *p, size_t n)
{
	struct fixed_mem *m = f->cookie;
	size_t fit;

	if (m->append)
		m->pos = m->end;
	fit = m->size - m->pos;
	if (fit > n)
		fit = n;
	memcpy(m->buf + m->pos, p, fit);
	m->pos += fit;
	if (m->pos > m->end)
		m->end = m->pos;
	if (m->size)
		m->buf[m->end < m->size ? m->end : m->size - 1] = '\0';
	if (fit < n) {
		errno = ENOSPC;
		return -1;
	}
	return 0;
}

static off_t mem_seek(FILE *f, off_t off, int whence)
{
	struct fixed_mem *m = f->cookie;
	off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ?
		     (off_t)m->pos : (off_t)m->end;

	if (off < -base || base + off > (off_t)m->size) {
		errno = EINVAL;
		return -1;
	}
	m->pos = (size_t)(base + off);
	return (off_t)m->pos;
}

static int mem_close(FILE *f)
{
	struct fixed_mem *m = f->cookie;

	if (m->owned)
		free(m->buf);
	free(m);
	return 0;
}

FILE *fmemopen(void *restrict buf, size_t size, const char *restrict mode)
{
	struct fixed_mem *m;
	int oflags, fflags;
	FILE *f;

	if (file_mode_flags(mode, &oflags, &fflags) < 0)
		return NULL;
	if (!buf && !size) {
		errno = EINVAL;
		return NULL;
	}
	m = calloc(1, sizeof *m);
	if (!m)
		return NULL;
	m->buf = buf;
	if (!buf) {
		m->buf = calloc(1, size);
		m->owned = 1;
		if (!m->buf) {
			free(m);
			return NULL;
		}
	}
	m->size = size;
	m->append = mode[0] == 'a';
	m->end = mode[0] == 'r' ? size : mode[0] == 'w' ? 0 :
		 strnlen((char *)m->buf, size);
	m->pos = m->append ? m->end : 0;
	f = file_new(-1, fflags);
	if (!f) {
		if (m->owned)
			free(m->buf);
		free(m);
		return NULL;
	}
	f->mode = BH_FULLYBUFFERED;
	f->read = mem_read;
	f->write = mem_write;
	f->seek = mem_seek;
	f->close = mem_close;
	f->cookie = m;
	return f;
}
